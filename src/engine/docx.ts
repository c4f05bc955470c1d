// The words and the links of an attached Word document (.docx). A lure sent as a document puts its story
// and its button in the document, as in a PDF (src/engine/pdf_text.ts, src/engine/pdf.ts): "Your mailbox
// is full, click here to release your messages", a QR code's instructions, an invoice's "pay here". A .docx
// is a ZIP archive; the text is in word/document.xml, the targets of its hyperlinks in
// word/_rels/document.xml.rels. Read through the archive's central directory (src/engine/zip.ts), bounded and pure.
import zlib from 'node:zlib'
import { tidyLines } from './trim'
import { looksLikeZip, zipEntries } from './zip'

/** Bytes of the file read: a letter of a few pages with a logo is well under a megabyte. */
const MAX_SCAN_BYTES = 4 * 1024 * 1024
/** Entries of the central directory looked at */
const MAX_ENTRIES = 2000
/** Bytes one part may inflate to */
const MAX_PART_BYTES = 1024 * 1024
/** The text kept of one document, as of one PDF */
export const MAX_DOCX_TEXT_CHARS = 4000
/** Links kept of one document */
const MAX_DOCX_LINKS = 50

export interface DocxContent {
  text: string
  links: string[]
}

/** A .docx by its name or its type, and a ZIP archive by its first bytes. */
export function looksLikeDocx(filename: string, mimeType: string, head: Uint8Array): boolean {
  return looksLikeZip(head) && (/\.docx?m?$/i.test(filename) || mimeType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
}

/** The named parts of the archive, inflated within the budget: name -> text (UTF-8). */
function parts(buf: Buffer, wanted: Set<string>): Map<string, string> {
  const found = new Map<string, string>()
  for (const { name, method, size, local } of zipEntries(buf, MAX_ENTRIES)) {
    if (found.size >= wanted.size) break
    if (!wanted.has(name) || local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) continue
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
    const data = buf.subarray(start, Math.min(buf.length, start + size))
    try {
      if (method === 8) found.set(name, zlib.inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES }).toString('utf8'))
      else if (method === 0) found.set(name, data.subarray(0, MAX_PART_BYTES).toString('utf8'))
    } catch {
      // damaged, encrypted or over the budget: the part is not read
    }
  }
  return found
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** XML character data with its entities read */
function unescapeXml(s: string): string {
  return s.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g, (_m, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return ENTITIES[named]
    const code = dec ? Number(dec) : parseInt(hex ?? '0', 16)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
  })
}

/**
 * The document's text, a paragraph a line, and the web and mailto targets of its relationships (its hyperlinks, and a
 * remote template, which Word fetches on opening); empty when it is no .docx.
 */
export function docxContent(bytes: Uint8Array): DocxContent {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, MAX_SCAN_BYTES))
  const body = 'word/document.xml'
  const rels = 'word/_rels/document.xml.rels'
  let read: Map<string, string>
  try {
    read = buf.length >= 22 ? parts(buf, new Set([body, rels])) : new Map()
  } catch {
    // a record that points outside the file
    read = new Map()
  }
  const xml = read.get(body) ?? ''
  let text = ''
  // the runs' text (<w:t>), a tab for <w:tab/>, a line end for each paragraph and break
  const token = /<w:t(?:\s[^>]{0,200})?>([^<]{0,5000})<\/w:t>|<w:(?:tab|br|cr)\b[^>]{0,200}>|<\/w:p>/g
  for (let m = token.exec(xml); m && text.length < MAX_DOCX_TEXT_CHARS; m = token.exec(xml)) {
    if (m[1] !== undefined) text += unescapeXml(m[1])
    else text += m[0].startsWith('<w:tab') ? '\t' : '\n'
  }
  const links: string[] = []
  const relation = /<Relationship\b[^>]{0,2000}>/g
  const relsXml = read.get(rels) ?? ''
  for (let m = relation.exec(relsXml); m && links.length < MAX_DOCX_LINKS; m = relation.exec(relsXml)) {
    const target = /Target\s*=\s*"([^"]{1,2000})"/.exec(m[0])
    const url = target ? unescapeXml(target[1]).trim() : ''
    if (/^(?:https?:\/\/|mailto:)/i.test(url) && !links.includes(url)) links.push(url)
  }
  return {
    text: tidyLines(text).slice(0, MAX_DOCX_TEXT_CHARS),
    links,
  }
}
