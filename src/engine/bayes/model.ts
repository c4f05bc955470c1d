// The token model: per-token spam and ham counts plus the number of messages
// learned of each kind, stored as JSON. Writes are atomic (temp file, fsync,
// rename) so a crash or a concurrent reader never sees half a model.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'

export const MODEL_FORMAT = 'outpost-bayes'
export const MODEL_VERSION = 1

export interface BayesModel {
  nspam: number
  nham: number
  /** token -> [spam count, ham count] */
  tokens: Map<string, [number, number]>
  /** digest of each learned message -> 's' | 'h', so relearning the same mail is idempotent (local models only) */
  learned: Map<string, 's' | 'h'>
}

interface ModelFile {
  format: string
  version: number
  nspam: number
  nham: number
  tokens: Record<string, [number, number]>
  learned?: Record<string, 's' | 'h'>
}

export function emptyModel(): BayesModel {
  return { nspam: 0, nham: 0, tokens: new Map(), learned: new Map() }
}

export class ModelError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${file}: ${detail}`)
    this.name = 'ModelError'
  }
}

export function parseModel(text: string, file: string): BayesModel {
  let doc: ModelFile
  try {
    doc = JSON.parse(text) as ModelFile
  } catch (err) {
    throw new ModelError(file, `not valid JSON (${(err as Error).message})`)
  }
  if (!doc || doc.format !== MODEL_FORMAT) throw new ModelError(file, `not an ${MODEL_FORMAT} model`)
  if (doc.version !== MODEL_VERSION) throw new ModelError(file, `model version ${doc.version}, this engine reads ${MODEL_VERSION}`)
  if (!Number.isInteger(doc.nspam) || !Number.isInteger(doc.nham) || doc.nspam < 0 || doc.nham < 0 || typeof doc.tokens !== 'object') {
    throw new ModelError(file, 'nspam, nham or tokens missing or invalid')
  }
  const tokens = new Map<string, [number, number]>()
  for (const [tok, counts] of Object.entries(doc.tokens)) {
    if (!Array.isArray(counts) || counts.length !== 2) throw new ModelError(file, `token "${tok}" has no [spam, ham] counts`)
    tokens.set(tok, [counts[0] | 0, counts[1] | 0])
  }
  return { nspam: doc.nspam, nham: doc.nham, tokens, learned: new Map(Object.entries(doc.learned ?? {})) }
}

export function loadModel(file: string): BayesModel {
  return parseModel(fs.readFileSync(file, 'utf8'), file)
}

export function serializeModel(model: BayesModel, opts: { withLearned?: boolean } = {}): string {
  // sorted, one token per line: deterministic output and readable diffs of the shipped model
  const keys = [...model.tokens.keys()].sort()
  const lines = keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(model.tokens.get(k))}`)
  let learned = ''
  if (opts.withLearned !== false && model.learned.size) {
    const l = [...model.learned.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    learned = `,\n"learned":{\n${l.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}\n}`
  }
  return (
    `{"format":${JSON.stringify(MODEL_FORMAT)},"version":${MODEL_VERSION},"nspam":${model.nspam},"nham":${model.nham},\n` +
    `"tokens":{\n${lines.join(',\n')}\n}${learned}}\n`
  )
}

/** Write a model atomically: temp file in the same directory, fsync, rename, fsync the directory. */
export function saveModel(model: BayesModel, file: string, opts: { withLearned?: boolean; mode?: number; owner?: { uid: number; gid: number } } = {}): void {
  const dir = path.dirname(file)
  fs.mkdirSync(dir, { recursive: true })
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`)
  const fd = fs.openSync(tmp, 'w', opts.mode ?? 0o640)
  try {
    fs.writeSync(fd, serializeModel(model, opts))
    // given to the gateway's user before it appears under the real name: never a moment it cannot read it
    if (opts.owner) fs.fchownSync(fd, opts.owner.uid, opts.owner.gid)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  try {
    fs.renameSync(tmp, file)
  } catch (err) {
    fs.rmSync(tmp, { force: true })
    throw err
  }
  try {
    const dfd = fs.openSync(dir, 'r')
    try {
      fs.fsyncSync(dfd)
    } finally {
      fs.closeSync(dfd)
    }
  } catch {
    /* some filesystems refuse fsync on a directory; the rename is still atomic */
  }
}

/** Add (sign 1) or remove (sign -1) one message's tokens. */
export function train(model: BayesModel, tokens: Iterable<string>, isSpam: boolean, sign: 1 | -1 = 1): void {
  const idx = isSpam ? 0 : 1
  for (const t of tokens) {
    let c = model.tokens.get(t)
    if (!c) {
      if (sign < 0) continue
      c = [0, 0]
      model.tokens.set(t, c)
    }
    c[idx] = Math.max(0, c[idx] + sign)
    if (c[0] === 0 && c[1] === 0) model.tokens.delete(t)
  }
  if (isSpam) model.nspam = Math.max(0, model.nspam + sign)
  else model.nham = Math.max(0, model.nham + sign)
}

/** Drop tokens seen fewer than minCount times in all: they carry little evidence and most of the size. */
export function prune(model: BayesModel, minCount: number): void {
  for (const [t, c] of model.tokens) if (c[0] + c[1] < minCount) model.tokens.delete(t)
}

/** A model whose counts are the sum of the given ones (learned digests are not carried over). */
export function combine(models: BayesModel[]): BayesModel {
  const out = emptyModel()
  for (const m of models) {
    out.nspam += m.nspam
    out.nham += m.nham
    for (const [t, c] of m.tokens) {
      const e = out.tokens.get(t)
      if (e) {
        e[0] += c[0]
        e[1] += c[1]
      } else out.tokens.set(t, [c[0], c[1]])
    }
  }
  return out
}

export function messageDigest(raw: Buffer): string {
  return crypto.createHash('sha256').update(raw).digest('hex').slice(0, 24)
}
