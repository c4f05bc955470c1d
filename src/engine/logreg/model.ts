// L2-regularised logistic regression over hashed token features: the
// discriminative companion of the Bayes classifier. Trained by deterministic
// stochastic gradient descent (fixed seed, fixed message order, Bottou's
// weight-scaling trick so the L2 decay costs nothing per step) and stored as
// quantised 16-bit weights in a small binary file, models/outpost-logreg.bin.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { DEFAULT_HASH_BITS, type HashedFeatures } from './features'

export const LOGREG_MAGIC = 'OPLOGREG'
// 2: features include src/engine/logreg/tokens.ts (subject trigrams, header shapes); a version-1 file was trained without them
// 3: features include the From display name's character trigrams (fc:, issue 10, seventeenth round)
export const LOGREG_VERSION = 3
const HEADER_BYTES = 32

export interface LogRegModel {
  /** log2 of the number of weights */
  bits: number
  bias: number
  weights: Float64Array
}

export interface LogRegParams {
  bits: number
  /** L2 penalty per message: the loss is mean log-loss + lambda/2 * |w|^2 */
  lambda: number
  epochs: number
  /** initial learning rate; step t uses eta0 / (1 + eta0 * lambda * t) */
  eta0: number
  seed: number
}

export const DEFAULT_LOGREG_PARAMS: Readonly<LogRegParams> = Object.freeze({
  bits: DEFAULT_HASH_BITS,
  lambda: 1e-6,
  epochs: 20,
  eta0: 2,
  seed: 1,
})

export interface LabelledFeatures {
  x: HashedFeatures
  spam: boolean
}

export class LogRegModelError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${file}: ${detail}`)
    this.name = 'LogRegModelError'
  }
}

/** A small seeded PRNG (mulberry32): the same seed shuffles the same way on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z))
  const e = Math.exp(z)
  return e / (1 + e)
}

export function predict(model: LogRegModel, x: HashedFeatures): number {
  const w = model.weights
  let z = model.bias
  for (let i = 0; i < x.index.length; i++) z += w[x.index[i]] * x.value[i]
  return sigmoid(z)
}

/**
 * Deterministic SGD on the log-loss with L2 decay (the bias is not decayed).
 * The messages are visited in a seeded shuffle of the given order, so the same
 * input in the same order gives the same weights.
 */
export function trainLogReg(samples: readonly LabelledFeatures[], p: Readonly<LogRegParams> = DEFAULT_LOGREG_PARAMS): LogRegModel {
  const size = 1 << p.bits
  const mask = size - 1
  const v = new Float64Array(size)
  let scale = 1 // w = scale * v
  let bias = 0
  const order = samples.map((_, i) => i)
  const rand = prng(p.seed)
  let t = 0
  for (let epoch = 0; epoch < p.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      const tmp = order[i]
      order[i] = order[j]
      order[j] = tmp
    }
    for (const k of order) {
      const { x, spam } = samples[k]
      const eta = p.eta0 / (1 + p.eta0 * p.lambda * t++)
      let z = 0
      for (let i = 0; i < x.index.length; i++) z += v[x.index[i] & mask] * x.value[i]
      z = z * scale + bias
      const g = sigmoid(z) - (spam ? 1 : 0)
      scale *= 1 - eta * p.lambda
      if (scale < 1e-9) {
        for (let i = 0; i < size; i++) v[i] *= scale
        scale = 1
      }
      const step = (eta * g) / scale
      for (let i = 0; i < x.index.length; i++) v[x.index[i] & mask] -= step * x.value[i]
      bias -= eta * g
    }
  }
  for (let i = 0; i < size; i++) v[i] *= scale
  return { bits: p.bits, bias, weights: v }
}

/** Weights are stored as 16-bit integers times one scale: a quarter of the size, far below the model's noise. */
export function serializeLogReg(model: LogRegModel): Buffer {
  const n = 1 << model.bits
  let maxAbs = 0
  for (let i = 0; i < n; i++) maxAbs = Math.max(maxAbs, Math.abs(model.weights[i]))
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1
  const buf = Buffer.alloc(HEADER_BYTES + 2 * n)
  buf.write(LOGREG_MAGIC, 0, 'latin1')
  buf.writeUInt32LE(LOGREG_VERSION, 8)
  buf.writeUInt32LE(model.bits, 12)
  buf.writeDoubleLE(model.bias, 16)
  buf.writeDoubleLE(scale, 24)
  for (let i = 0; i < n; i++) buf.writeInt16LE(Math.round(model.weights[i] / scale), HEADER_BYTES + 2 * i)
  return buf
}

export function parseLogReg(buf: Buffer, file: string): LogRegModel {
  if (buf.length < HEADER_BYTES || buf.toString('latin1', 0, 8) !== LOGREG_MAGIC) throw new LogRegModelError(file, 'not an outpost logistic-regression model')
  const version = buf.readUInt32LE(8)
  if (version !== LOGREG_VERSION) throw new LogRegModelError(file, `model version ${version}, this engine reads ${LOGREG_VERSION}`)
  const bits = buf.readUInt32LE(12)
  if (bits < 8 || bits > 24) throw new LogRegModelError(file, `hash size 2^${bits} out of range`)
  const n = 1 << bits
  if (buf.length !== HEADER_BYTES + 2 * n) throw new LogRegModelError(file, `expected ${HEADER_BYTES + 2 * n} bytes, found ${buf.length}`)
  const bias = buf.readDoubleLE(16)
  const scale = buf.readDoubleLE(24)
  if (!Number.isFinite(bias) || !Number.isFinite(scale) || scale <= 0) throw new LogRegModelError(file, 'bias or weight scale invalid')
  const weights = new Float64Array(n)
  for (let i = 0; i < n; i++) weights[i] = buf.readInt16LE(HEADER_BYTES + 2 * i) * scale
  return { bits, bias, weights }
}

export function loadLogReg(file: string): LogRegModel {
  return parseLogReg(fs.readFileSync(file), file)
}

/** Atomic write: temp file in the same directory, fsync, rename. */
export function saveLogReg(model: LogRegModel, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`)
  const fd = fs.openSync(tmp, 'w', 0o644)
  try {
    fs.writeSync(fd, serializeLogReg(model))
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(tmp, file)
}
