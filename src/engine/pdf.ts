// The web addresses an attached PDF links to: its link annotations (/URI). A lure sent as a PDF carries
// its words and its "button" inside the document, where the rules did not look: the Brazilian bank and
// tax lures ("Liberação de IRPF", "Ourocard") whose only link, in the PDF, goes to a page on
// web.core.windows.net, the "mining balance" PDFs with a bit.ly link (issue 10, twentieth round: 37 of the
// evaluation part's missed phishing and scams carry a PDF; the links of 27 could be read, 15 of them to free
// hosting or a shortener). What rspamd's PDF module and SpamAssassin's PDFInfo do, bounded.
//
// A link annotation is a dictionary "/URI (https://...)" or "/URI <68747470...>". Most PDFs write it in
// plain objects; PDF 1.5 may pack objects into compressed object streams (/Type /ObjStm), which are
// inflated. Page content streams draw text and hold no links: they are not inflated. Pure and bounded:
// the first MAX_SCAN_BYTES of the file, at most MAX_OBJECT_STREAMS streams of at most MAX_STREAM_BYTES
// each, at most MAX_INFLATED_BYTES inflated in all, at most MAX_PDF_LINKS addresses.
import zlib from 'node:zlib'

const MAX_SCAN_BYTES = 1024 * 1024
const MAX_OBJECT_STREAMS = 20
const MAX_STREAM_BYTES = 256 * 1024
const MAX_INFLATED_BYTES = 1024 * 1024
export const MAX_PDF_LINKS = 50

/** What the PDF readers read of a file: its first MAX_SCAN_BYTES, as bytes and as Latin-1 text (made once for both readers) */
export interface PdfSource {
  buf: Buffer
  text: string
}

export function pdfSource(bytes: Uint8Array): PdfSource {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, MAX_SCAN_BYTES))
  return { buf, text: buf.toString('latin1') }
}

/** An attachment that is a PDF by its name or its first bytes ("%PDF-"). */
export function looksLikePdf(filename: string, head: Uint8Array): boolean {
  return /\.pdf$/i.test(filename) || (head.length >= 5 && String.fromCharCode(...head.subarray(0, 5)) === '%PDF-')
}

/** "/URI (literal string)" with escaped characters, or "/URI <hex string>" */
const URI_ENTRY = /\/URI\s{0,8}(?:\(((?:\\[\s\S]|[^\\)]){1,2000})\)|<([0-9A-Fa-f\s]{2,4000})>)/g

/** The start of a stream whose dictionary declares an object stream: "<< /Type /ObjStm ... >> stream" */
const OBJECT_STREAM = /\/Type\s{0,8}\/ObjStm[^]{0,600}?stream\r?\n/g

/** A PDF literal string's bytes with its escapes read: \( \) \\ and \n, \r, \t, octal; a backslash before a line end joins lines, before any other character is dropped. */
export function literalBytes(raw: Uint8Array): number[] {
  const out: number[] = []
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (c !== 92 || i + 1 >= raw.length) {
      out.push(c)
      continue
    }
    const e = raw[++i]
    if (e >= 48 && e <= 55) {
      let v = e - 48
      for (let k = 0; k < 2 && i + 1 < raw.length && raw[i + 1] >= 48 && raw[i + 1] <= 55; k++) v = v * 8 + raw[++i] - 48
      out.push(v & 0xff)
    } else if (e === 13) {
      if (raw[i + 1] === 10) i++
    } else if (e !== 10) {
      out.push(({ 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 } as Record<number, number>)[e] ?? e)
    }
  }
  return out
}

/** A PDF hex string's bytes (the digits between "<" and ">", blanks between them skipped); an odd last digit counts as followed by 0. */
export function hexBytes(raw: Uint8Array): number[] {
  const out: number[] = []
  let high = -1
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1
    if (v < 0) continue
    if (high < 0) high = v
    else {
      out.push(high * 16 + v)
      high = -1
    }
  }
  if (high >= 0) out.push(high * 16)
  return out
}

const latin1 = (bytes: number[]): string => {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return s
}

function collect(text: string, into: string[]): void {
  URI_ENTRY.lastIndex = 0
  for (let m = URI_ENTRY.exec(text); m && into.length < MAX_PDF_LINKS; m = URI_ENTRY.exec(text)) {
    const uri = latin1(m[1] !== undefined ? literalBytes(Buffer.from(m[1], 'latin1')) : hexBytes(Buffer.from(m[2], 'latin1'))).trim()
    if (/^(?:https?:\/\/|mailto:)/i.test(uri) && !into.includes(uri)) into.push(uri)
  }
}

/** The http(s) and mailto: addresses the PDF's link annotations point to, in file order; [] when it is no PDF or has none. */
export function pdfLinks(file: Uint8Array | PdfSource): string[] {
  const { buf, text } = file instanceof Uint8Array ? pdfSource(file) : file
  if (!text.startsWith('%PDF-') && !text.slice(0, 1024).includes('%PDF-')) return []
  const links: string[] = []
  collect(text, links)
  let inflated = 0
  let streams = 0
  OBJECT_STREAM.lastIndex = 0
  for (let m = OBJECT_STREAM.exec(text); m && streams < MAX_OBJECT_STREAMS && links.length < MAX_PDF_LINKS && inflated < MAX_INFLATED_BYTES; m = OBJECT_STREAM.exec(text)) {
    streams++
    const start = m.index + m[0].length
    const end = text.indexOf('endstream', start)
    if (end < 0 || end - start > MAX_STREAM_BYTES) continue
    try {
      const out = zlib.inflateSync(buf.subarray(start, end), { maxOutputLength: MAX_INFLATED_BYTES - inflated })
      inflated += out.byteLength
      collect(out.toString('latin1'), links)
    } catch {
      // not Flate, truncated, encrypted or over the budget: what was read stays
      inflated += end - start
    }
  }
  return links
}
