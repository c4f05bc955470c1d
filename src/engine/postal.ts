// postal-mime, made fast (and linear) on Node.
// postal-mime 2.x joins each decoded part by building a Blob and awaiting
// blob.arrayBuffer(); on Node that costs ~1 ms per part and made the 99th
// percentile of scoring 10x slower than the rest of the engine put together.
// We replace the decoders' finalize() with a synchronous concatenation.
// Its MimeNode.processHeaders() unfolds continuation lines from the last one
// backwards, appending each to the one before and splicing the array: a header
// of 60,000 short continuation lines (240 KB, under every size cap) took 29 s.
// We unfold them first, forwards in one pass, into exactly the lines it would
// build, so its own loop finds nothing left to join. This also covers headers
// the engine never sees raw (an inline message/rfc822 part in base64).
// The replacements are verified on a known message at load; if postal-mime's
// internals ever change so that the result differs, the originals are restored
// (slower, never wrong).
import path from 'node:path'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const PostalMime = require('postal-mime').default as typeof import('postal-mime').default
export type { Email, Attachment, Address } from 'postal-mime'

/** Whether joining b to a would pair a high surrogate at a's end with a low one at b's start (which apart encode as two U+FFFD). */
function pairsAcross(a: string, b: string): boolean {
  const high = a.charCodeAt(a.length - 1)
  const low = b.charCodeAt(0)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

/**
 * The chunks' bytes, each string chunk UTF-8 encoded on its own (as a Blob of them is, lone surrogates as U+FFFD).
 * Runs of string chunks (a decoded part is a line and a "\n" at a time) are joined and encoded at once where that
 * gives the same bytes: everywhere but between a lone high surrogate and a lone low one. Buffer.from encodes as
 * TextEncoder does, a third of the time (test/unit/engine_postal.test.ts compares the result with a Blob's).
 */
export function concatChunks(chunks: Array<string | Uint8Array | ArrayBuffer>): ArrayBuffer {
  const parts: Uint8Array[] = []
  let total = 0
  let run: string[] = []
  const add = (p: Uint8Array): void => {
    parts.push(p)
    total += p.byteLength
  }
  const flush = (): void => {
    if (run.length) add(Buffer.from(run.length === 1 ? run[0] : run.join(''), 'utf8'))
    run = []
  }
  for (const c of chunks) {
    if (typeof c === 'string') {
      if (run.length && pairsAcross(run[run.length - 1], c)) flush()
      if (c.length) run.push(c)
      continue
    }
    flush()
    add(c instanceof Uint8Array ? c : new Uint8Array(c))
  }
  flush()
  const out = new Uint8Array(total)
  let offset = 0
  for (const p of parts) {
    out.set(p, offset)
    offset += p.byteLength
  }
  return out.buffer
}

interface DecoderClass {
  prototype: { finalize(this: DecoderState): Promise<ArrayBuffer> }
}
interface DecoderState {
  chunks: Array<string | Uint8Array | ArrayBuffer>
  remainder?: string
  decodeChunks?(s: string): void
}

function loadInternal(file: string): unknown {
  const dir = path.dirname(require.resolve('postal-mime'))
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(dir, file))
  return mod && mod.prototype ? mod : mod?.default
}

const SELF_TEST =
  'From: a@example.com\r\nSubject: t\r\n =?utf-8?Q?=C3=A9?=\r\n\tend\r\nTo: "B" <b@example.org>,\r\n  c@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed;\r\n boundary="b"\r\n\r\n' +
  '--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nh=C3=A9llo =\r\nworld\r\n' +
  '--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\nPGI+aGk8L2I+\r\n' +
  '--b\r\nContent-Type: application/octet-stream; name="x.bin"\r\nContent-Transfer-Encoding: 7bit\r\n\r\nline1\r\nline2\r\n--b--\r\n'

function fingerprint(e: import('postal-mime').Email): string {
  return JSON.stringify([e.headers, e.subject, e.to, e.text, e.html, e.attachments.map((a) => [a.filename, Buffer.from(a.content as ArrayBuffer).toString('hex')])])
}

interface MimeNodeClass {
  prototype: { processHeaders(this: { headerLines: string[] }): unknown }
}

/** Continuation lines (starting with white space) joined to the line before with "\n", in one forward pass. */
export function unfoldHeaderLines(lines: string[]): string[] {
  const out: string[] = []
  let field: string[] = []
  const flush = () => {
    if (field.length) out.push(field.length === 1 ? field[0] : field.join('\n'))
    field = []
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const c = line.charCodeAt(0)
    // the same test as postal-mime's /^\s/ (any white space, Unicode included); the first line is never joined
    const continues = i > 0 && line.length > 0 && (c === 32 || c === 9 || /^\s/.test(line))
    if (!continues) flush()
    field.push(line)
  }
  flush()
  return out
}

let patchState: 'pending' | 'patched' | 'original' = 'pending'

/** Install the fast decoders (once); resolves to whether they are in use. */
export async function ensureFastDecoders(): Promise<boolean> {
  if (patchState !== 'pending') return patchState === 'patched'
  patchState = 'original'
  let classes: Array<[DecoderClass, DecoderClass['prototype']['finalize']]> = []
  let mimeNode: MimeNodeClass | undefined
  let processHeaders: MimeNodeClass['prototype']['processHeaders'] | undefined
  try {
    const base64 = loadInternal('base64-decoder.cjs') as DecoderClass
    const qp = loadInternal('qp-decoder.cjs') as DecoderClass
    const pass = loadInternal('pass-through-decoder.cjs') as DecoderClass
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const strings = require(path.join(path.dirname(require.resolve('postal-mime')), 'decode-strings.cjs'))
    const decodeBase64 = (strings.decodeBase64 ?? strings.default?.decodeBase64) as (s: string) => ArrayBuffer
    if (typeof decodeBase64 !== 'function') return false
    const expected = fingerprint(await PostalMime.parse(SELF_TEST))
    classes = [base64, qp, pass].map((c) => [c, c.prototype.finalize])
    base64.prototype.finalize = function (this: DecoderState) {
      if (this.remainder && !/^=+$/.test(this.remainder)) this.chunks.push(decodeBase64(this.remainder))
      this.remainder = ''
      return Promise.resolve(concatChunks(this.chunks))
    }
    qp.prototype.finalize = function (this: DecoderState) {
      if (this.remainder && this.remainder.length && this.decodeChunks) {
        this.decodeChunks(this.remainder)
        this.remainder = ''
      }
      return Promise.resolve(concatChunks(this.chunks))
    }
    pass.prototype.finalize = function (this: DecoderState) {
      return Promise.resolve(concatChunks(this.chunks))
    }
    mimeNode = loadInternal('mime-node.cjs') as MimeNodeClass
    const original = (processHeaders = mimeNode.prototype.processHeaders)
    if (typeof original !== 'function') throw new Error('postal-mime has no MimeNode.processHeaders')
    mimeNode.prototype.processHeaders = function (this: { headerLines: string[] }) {
      if (Array.isArray(this.headerLines)) this.headerLines = unfoldHeaderLines(this.headerLines)
      return original.call(this)
    }
    const got = fingerprint(await PostalMime.parse(SELF_TEST))
    if (got !== expected) throw new Error('fast decoders disagree with postal-mime')
    patchState = 'patched'
    return true
  } catch {
    for (const [c, original] of classes) c.prototype.finalize = original
    if (mimeNode && processHeaders) mimeNode.prototype.processHeaders = processHeaders
    patchState = 'original'
    return false
  }
}

export function fastDecodersActive(): boolean {
  return patchState === 'patched'
}

export { PostalMime }
