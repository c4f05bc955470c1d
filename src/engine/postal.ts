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
// Its text parts in windows-1252 (and the charsets read as it: iso-8859-1,
// us-ascii, ...) are decoded by src/engine/windows1252.ts, not by Node's
// TextDecoder, which reads bytes 0x80-0x9F as control characters on Node 20;
// a quoted-printable part's lines are kept as their bytes and the part decoded
// once, and a part that names no charset is read in the one a mail program
// reads it in (thirty-ninth round).
// The replacements are verified on a known message at load; if postal-mime's
// internals ever change so that the result differs, the originals are restored
// (slower; and text read as postal-mime reads it: on Node 20 windows-1252 as
// TextDecoder reads it, 8-bit bytes in quoted-printable twice, every part that
// names no charset as UTF-8).
import path from 'node:path'
import { isAscii, isUtf8 } from 'node:buffer'
import { decodeWindows1252, readsAsWindows1252 } from './windows1252'

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
 * `binary`: the string chunks are bytes as latin1 characters (a quoted-printable part's lines, BINARY_LINES), each
 * character one byte.
 */
export function concatChunks(chunks: Array<string | Uint8Array | ArrayBuffer>, binary = false): ArrayBuffer {
  const parts: Uint8Array[] = []
  let total = 0
  let run: string[] = []
  const add = (p: Uint8Array): void => {
    parts.push(p)
    total += p.byteLength
  }
  const flush = (): void => {
    if (run.length) add(Buffer.from(run.length === 1 ? run[0] : run.join(''), binary ? 'latin1' : 'utf8'))
    run = []
  }
  for (const c of chunks) {
    if (typeof c === 'string') {
      if (!binary && run.length && pairsAcross(run[run.length - 1], c)) flush()
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
  prototype: object
}
interface DecoderState {
  chunks: Array<string | Uint8Array | ArrayBuffer>
  remainder?: string
  decodeChunks?(s: string): void
  maxChunkSize?: number
  /** base64 lines not yet read (the fast update keeps them and reads them together) */
  pending?: Uint8Array[]
  pendingBytes?: number
  /** a quoted-printable part's lines are read as bytes (BINARY_LINES) */
  binary?: boolean
}

const BASE64_VALUES = new Uint8Array(128)
for (let i = 0; i < 64; i++) BASE64_VALUES['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i

/**
 * postal-mime's decodeBase64 for a string of base64 letters only (A-Z, a-z, 0-9, "+", "/": what its decoder passes
 * it, "=" and everything else removed), decoded by Node instead of a loop in JavaScript. The one difference is a last
 * group of a single letter, which Node drops and postal-mime decodes to three bytes (the letter's six bits, then
 * zeros): done here as postal-mime does it.
 */
export function decodeBase64Letters(letters: string): Uint8Array {
  const whole = letters.length % 4 === 1 ? letters.length - 1 : letters.length
  const bytes = Buffer.from(whole === letters.length ? letters : letters.slice(0, whole), 'base64')
  if (whole === letters.length) return bytes
  const out = new Uint8Array(bytes.byteLength + 3)
  out.set(bytes)
  out[bytes.byteLength] = BASE64_VALUES[letters.charCodeAt(whole)] << 2
  return out
}

const QP_ESCAPE = /=[0-9a-fA-F]{2}/g

/**
 * What postal-mime's QPDecoder.decodeChunks adds to its chunks for one string, without its split on a lookahead
 * and a DataView per run of escapes: soft line breaks removed, each run of "=XX" escapes as its bytes, the text
 * between them as strings. Its quirk is kept: text before the first escape that starts with "=" and is shorter
 * than three characters (the part "=" or "=4" its split leaves) is dropped.
 */
export function decodeQuotedPrintable(encoded: string): Array<string | Uint8Array> {
  const str = encoded.replace(/=\r?\n/g, '')
  // (split of an empty string: one empty part, pushed as text)
  if (!str) return ['']
  const out: Array<string | Uint8Array> = []
  let bytes: number[] = []
  const flush = (): void => {
    if (bytes.length) out.push(Uint8Array.from(bytes))
    bytes = []
  }
  const text = (from: number, to: number): void => {
    if (to <= from) return
    if (from === 0 && str.charCodeAt(0) === 61 && to - from < 3) return
    flush()
    out.push(str.slice(from, to))
  }
  let pos = 0
  QP_ESCAPE.lastIndex = 0
  for (let m = QP_ESCAPE.exec(str); m; m = QP_ESCAPE.exec(str)) {
    text(pos, m.index)
    bytes.push(parseInt(m[0].slice(1), 16))
    pos = m.index + 3
  }
  text(pos, str.length)
  flush()
  return out
}

/**
 * text decoded, when it is base64 letters only (A-Z, a-z, 0-9, "+", "/") in whole groups of four: what the lines
 * of an attachment are but for its last (with its "=" padding); Node decodes them to the bytes postal-mime gives.
 * Otherwise undefined. Node reads "-" and "_" as letters too (the URL-safe alphabet), and skips or stops at
 * anything else, so a text holding anything but letters decodes to fewer than three bytes for each four
 * characters, or holds "-" or "_": two searches and the length of the decoding tell, without a scan in JavaScript.
 */
export function decodeWholeLetterGroups(text: string): Uint8Array | undefined {
  if (!text || text.length % 4 !== 0 || text.indexOf('-') >= 0 || text.indexOf('_') >= 0) return undefined
  const bytes = Buffer.allocUnsafe((text.length / 4) * 3)
  return bytes.write(text, 'base64') === bytes.length ? bytes : undefined
}

/** How many bytes of base64 lines are read at once. */
const BASE64_BATCH = 64 * 1024

/**
 * The base64 characters of the pending lines appended to the remainder, and whole groups of four decoded once
 * the remainder reaches maxChunkSize: what postal-mime's Base64Decoder.update does line by line (a TextDecoder
 * call and a regular expression for each line of an attachment), for many lines at once. The characters kept
 * are the same: the ASCII letters, digits, "+" and "/" of the bytes, which UTF-8 and Latin-1 decoding both keep
 * as they are; and the decoded bytes do not depend on where the remainder is cut into groups of four. So lines
 * that are letters only in whole groups (an attachment's lines but its last), with nothing held back, are
 * decoded at once by Node (decodeWholeLetterGroups), without the filter or a remainder that grows to
 * maxChunkSize (a string over 128 KB, which V8 allocates on pages of its own).
 */
export function readBase64Lines(state: DecoderState): void {
  const pending = state.pending
  if (!pending?.length) return
  const joined = pending.length === 1 ? Buffer.from(pending[0].buffer, pending[0].byteOffset, pending[0].byteLength) : Buffer.concat(pending)
  state.pending = []
  state.pendingBytes = 0
  const text = joined.toString('latin1')
  // the common case (nothing held back, letters only, whole groups): decoded at once, without the filter
  const decoded = state.remainder ? undefined : decodeWholeLetterGroups(text)
  if (decoded) {
    state.chunks.push(decoded)
    return
  }
  state.remainder = (state.remainder ?? '') + text.replace(/[^a-zA-Z0-9+/]+/g, '')
  const max = state.maxChunkSize ?? 100 * 1024
  if (state.remainder.length >= max) {
    const whole = Math.floor(state.remainder.length / 4) * 4
    if (whole) state.chunks.push(decodeBase64Letters(state.remainder.slice(0, whole)))
    state.remainder = state.remainder.slice(whole)
  }
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

interface LineReader {
  av: Uint8Array
  buf: ArrayBuffer
  readPos: number
}

/**
 * postal-mime's readLine, with the line's end found by indexOf instead of a loop over every byte in JavaScript:
 * the bytes up to the next "\n" (or the end), without the "\r"s before it, and whether the input is read.
 */
export function readLineFast(this: LineReader): { bytes: Uint8Array; done: boolean } {
  const start = this.readPos
  const newline = this.av.indexOf(10, start)
  let end = newline < 0 ? this.av.length : newline
  while (end > start && this.av[end - 1] === 13) end--
  this.readPos = newline < 0 ? this.av.length : newline + 1
  return { bytes: new Uint8Array(this.buf, start, end - start), done: this.readPos >= this.av.length }
}

interface MimeNodeClass {
  prototype: {
    processHeaders(this: { headerLines: string[] }): unknown
    setupContentDecoder(this: MimeNodeState, transferEncoding: string): unknown
    getTextContent(this: MimeNodeState): string
  }
}

/** What the replacements of setupContentDecoder and getTextContent below read of a MimeNode. */
interface MimeNodeState {
  content?: ArrayBuffer
  contentType?: { parsed?: { value?: string; params?: Record<string, string | undefined> } }
  contentDecoder?: false | { decoder?: { encoding?: string } | typeof BINARY_LINES; binary?: boolean }
  decodeFlowedText(text: string, delSp: boolean): string
}

/**
 * How a quoted-printable part's lines are read (thirty-ninth round): as the bytes they are, one latin1 character a byte,
 * and joined back into those bytes (concatChunks, binary), so that the part is decoded once, in its charset, by
 * getTextContent. postal-mime decoded each line in the charset and encoded the text back as UTF-8, and then decoded the
 * whole part in the charset again: 8-bit bytes written as they are in such a part (invalid, but mailers and spammers
 * write them; a mail program shows them in the charset) came out as mojibake in any charset but UTF-8 ("Grüße" in
 * iso-8859-1 as "GrÃ¼ÃŸe"), and a UTF-8 character split by a soft line break as two U+FFFD.
 */
const BINARY_LINES = {
  encoding: 'x-user-defined',
  decode: (bytes: Uint8Array | ArrayBuffer): string =>
    (bytes instanceof Uint8Array ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : Buffer.from(bytes)).toString('latin1'),
}

/** How far into an HTML part its <meta> charset is looked for: as a browser's prescan looks (the HTML standard, 1,024 bytes). */
const META_PRESCAN_BYTES = 1024

/** The charset a <meta> names in the head of an HTML part ("charset=koi8-r" or <meta charset="big5">), if a decoder knows it. */
function metaCharset(head: Uint8Array): string | undefined {
  const m = /<meta\b[^>]{0,512}?charset\s{0,3}=\s{0,3}["']?\s{0,3}([a-z0-9_.:+-]{1,40})/i.exec(Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1'))
  if (!m) return undefined
  try {
    // a page that says it is UTF-16 but was read as bytes is UTF-8, as the HTML standard says
    return new TextDecoder(m[1]).encoding.startsWith('utf-16') ? 'utf-8' : m[1]
  } catch {
    return undefined
  }
}

/**
 * The charset a mail program reads a text part in whose Content-Type names none (thirty-ninth round): undefined (UTF-8,
 * as postal-mime reads it) when its bytes are ASCII or UTF-8; for HTML the charset its <meta> names; else windows-1252,
 * the fallback of browsers and mail programs in Western locales. postal-mime read every such part as UTF-8: the "£" and
 * "é" of a Latin-1 part, and a whole Big5 or KOI8-R page, came out as U+FFFD.
 */
function undeclaredCharset(bytes: Uint8Array, type: string | undefined): string | undefined {
  if (isAscii(bytes)) return undefined
  const meta = /^text\/html$/i.test(type ?? '') ? metaCharset(bytes.subarray(0, META_PRESCAN_BYTES)) : undefined
  if (meta) return meta
  return isUtf8(bytes) ? undefined : 'windows-1252'
}

/** A part's Content-Type as postal-mime's MimeNode holds it once its headers are read. */
interface ContentTypeField {
  parsed?: { value?: string }
}

/**
 * A Content-Type with no subtype ("Content-Type: text; charset=utf-8", written by a bulk kit) is syntactically
 * invalid, and RFC 2045 (5.2) says to read such a part as text/plain, as mail programs show it; postal-mime kept it
 * as an attachment of type "text", whose words nothing read. The charset given is kept. (Part of the processHeaders
 * replacement below; with postal-mime's originals restored, such a part stays an attachment.)
 */
export function readInvalidTypeAsText(contentType: ContentTypeField | undefined): void {
  const parsed = contentType?.parsed
  if (parsed && typeof parsed.value === 'string' && !parsed.value.includes('/')) parsed.value = 'text/plain'
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
  // every method replaced, with what it was: put back if anything below fails
  const replaced: Array<[Record<string, unknown>, string, unknown]> = []
  const replace = <F>(prototype: object, name: string, by: (original: F) => F): void => {
    const methods = prototype as Record<string, unknown>
    const original = methods[name]
    if (typeof original !== 'function') throw new Error(`postal-mime has no ${name}`)
    replaced.push([methods, name, original])
    methods[name] = by(original as F)
  }
  try {
    const base64 = loadInternal('base64-decoder.cjs') as DecoderClass
    const qp = loadInternal('qp-decoder.cjs') as DecoderClass
    const pass = loadInternal('pass-through-decoder.cjs') as DecoderClass
    const expected = fingerprint(await PostalMime.parse(SELF_TEST))
    replace(base64.prototype, 'update', () =>
      function (this: DecoderState, line: Uint8Array) {
        ;(this.pending ??= []).push(line)
        this.pendingBytes = (this.pendingBytes ?? 0) + line.byteLength
        if (this.pendingBytes >= BASE64_BATCH) readBase64Lines(this)
      },
    )
    // (the remainder holds base64 letters only: readBase64Lines keeps nothing else)
    replace(base64.prototype, 'finalize', () =>
      function (this: DecoderState) {
        readBase64Lines(this)
        if (this.remainder && !/^=+$/.test(this.remainder)) this.chunks.push(decodeBase64Letters(this.remainder))
        this.remainder = ''
        return Promise.resolve(concatChunks(this.chunks))
      },
    )
    replace(qp.prototype, 'decodeChunks', () =>
      function (this: DecoderState, str: string) {
        for (const chunk of decodeQuotedPrintable(str)) this.chunks.push(chunk)
      },
    )
    replace(qp.prototype, 'finalize', () =>
      function (this: DecoderState) {
        if (this.remainder && this.remainder.length && this.decodeChunks) {
          this.decodeChunks(this.remainder)
          this.remainder = ''
        }
        return Promise.resolve(concatChunks(this.chunks, this.binary === true))
      },
    )
    replace(pass.prototype, 'finalize', () =>
      function (this: DecoderState) {
        return Promise.resolve(concatChunks(this.chunks))
      },
    )
    replace(PostalMime.prototype, 'readLine', () => readLineFast)
    const mimeNode = loadInternal('mime-node.cjs') as MimeNodeClass
    replace<MimeNodeClass['prototype']['processHeaders']>(mimeNode.prototype, 'processHeaders', (original) =>
      function (this: { headerLines: string[]; contentType?: ContentTypeField }) {
        if (Array.isArray(this.headerLines)) this.headerLines = unfoldHeaderLines(this.headerLines)
        const result = original.call(this)
        readInvalidTypeAsText(this.contentType)
        return result
      },
    )
    // a quoted-printable part's lines read as the bytes they are (BINARY_LINES): the part is decoded once, in its
    // charset, by getTextContent (its decoder read each encoded line in the charset before the =XX escapes were undone)
    replace<MimeNodeClass['prototype']['setupContentDecoder']>(mimeNode.prototype, 'setupContentDecoder', (original) =>
      function (this: MimeNodeState, transferEncoding: string) {
        const result = original.call(this, transferEncoding)
        if (this.contentDecoder && this.contentDecoder.decoder && /quoted-printable/i.test(transferEncoding)) {
          this.contentDecoder.decoder = BINARY_LINES
          this.contentDecoder.binary = true
        }
        return result
      },
    )
    // a text part's decoded bytes: windows-1252 (and the charsets read as it) decoded as WHATWG decodes it, whatever
    // Node's TextDecoder does with bytes 0x80-0x9F (src/engine/windows1252.ts); a part that names no charset in the
    // charset a mail program reads it in (undeclaredCharset)
    replace<MimeNodeClass['prototype']['getTextContent']>(mimeNode.prototype, 'getTextContent', (original) =>
      function (this: MimeNodeState) {
        const params = this.contentType?.parsed?.params ?? {}
        if (!this.content) return original.call(this)
        const bytes = new Uint8Array(this.content)
        const declared = params.charset?.trim() ? params.charset : undefined
        const charset = declared ?? undeclaredCharset(bytes, this.contentType?.parsed?.value)
        const windows1252 = charset !== undefined && readsAsWindows1252(charset)
        if (!windows1252 && charset === declared) return original.call(this)
        // as postal-mime's getTextContent, with the charset found (one a decoder knows: undeclaredCharset's)
        const text = windows1252 ? decodeWindows1252(bytes) : new TextDecoder(charset).decode(bytes)
        return /^flowed$/i.test(params.format ?? '') ? this.decodeFlowedText(text, /^yes$/i.test(params.delsp ?? '')) : text
      },
    )
    const got = fingerprint(await PostalMime.parse(SELF_TEST))
    if (got !== expected) throw new Error('fast decoders disagree with postal-mime')
    patchState = 'patched'
    return true
  } catch {
    for (const [methods, name, original] of replaced.reverse()) methods[name] = original
    patchState = 'original'
    return false
  }
}

export function fastDecodersActive(): boolean {
  return patchState === 'patched'
}

export { PostalMime }
