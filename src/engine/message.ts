// One bounded parse of the raw message into the plain facts every rule and
// the tokeniser read. postal-mime does the MIME work; this module caps what it
// is given and never lets a parse error escape.
import { PostalMime, ensureFastDecoders, type Address, type Email } from './postal'
import { c1AsWindows1252 } from './windows1252'
import { Latin1Bytes, headerSafePieces, type Latin1Text } from './latin1_bytes'
import { hostOf, htmlFacts, linksInText, type Link } from './html'
import { looksLikePdf, MAX_PDF_LINKS, pdfLinks, pdfSource } from './pdf'
import { pdfText } from './pdf_text'
import { docxContent, looksLikeDocx, type DocxContent } from './docx'
import { looksLikeZip, zipEntries } from './zip'
import { trimTrailing } from './trim'
import {
  MAX_CUT_BLOCK_BYTES,
  MAX_FIELD_IN_CUT_BLOCK,
  MAX_HEADER_BYTES,
  MAX_HEADER_FIELD_BYTES,
  MAX_HEADER_SCAN_BYTES,
  MAX_HTML_CHARS,
  MAX_LINKS,
  MAX_MIME_DEPTH,
  MAX_NAME_SCAN_BYTES,
  MAX_PARSE_BYTES,
  MAX_PARTS,
  MAX_TEXT_CHARS,
} from './limits'

/**
 * Attached PDFs, and Word documents, read of a message (src/engine/pdf.ts, pdf_text.ts, docx.ts): a lure sends one;
 * the rest are the same document's kin.
 */
const MAX_DOCUMENTS = 3

/**
 * The file names a browser opens as a web page (HTML, or an SVG image that runs script): the attachment rules' "attached
 * web page" (src/engine/rules/attachment.ts), whose words the message reads (pageText).
 */
export const HTML_EXTENSIONS = new Set(['htm', 'html', 'shtml', 'xhtml', 'svg', 'svgz'])
/** Of an attached web page, the bytes read and the characters of its words kept. */
const MAX_PAGE_BYTES = 65536
const MAX_PAGE_CHARS = 4000

/** A file name's extensions, lower-case, trailing dots and spaces left out ("Invoice.PDF.htm. " -> ["pdf", "htm"]). */
export function fileExtensions(name: string): string[] {
  // the last 255 characters are enough for the extensions
  const tail = name.length > 255 ? name.slice(-255) : name
  return trimTrailing(tail, /[\s.]/).toLowerCase().split('.').slice(1)
}

/** An attachment a browser opens as a web page: by its last extension, or by its type when its name has none. */
function isWebPage(filename: string, mimeType: string): boolean {
  const exts = fileExtensions(filename)
  return exts.length ? HTML_EXTENSIONS.has(exts[exts.length - 1]) : mimeType === 'text/html' || mimeType === 'image/svg+xml'
}
/**
 * A message is attached whole (message/rfc822): a user forwarding a lure to IT as an attachment, whose attached page and
 * words are the report's, not the sender's (pageText; src/engine/rules/document.ts's attachedPage).
 */
export function attachesWholeMessage(msg: Pick<ParsedMessage, 'attachments'>): boolean {
  return msg.attachments.some((a) => a.mimeType === 'message/rfc822')
}

/** Entries of an attached archive's directory read, and the names kept of them (AttachmentFacts.archiveNames) */
const MAX_ARCHIVE_ENTRIES = 200
export const MAX_ARCHIVE_NAMES = 20
/** Characters of a window piece read as one string: under the 128 KB of a string V8 puts on pages of its own */
const WINDOW_PIECE_CHARS = 60 * 1024

export interface Mailbox {
  name: string
  address: string
}

export interface AttachmentFacts {
  filename: string
  mimeType: string
  size: number
  /** the first bytes of the decoded content (magic numbers) */
  head: Uint8Array
  /** of a ZIP archive: the files it holds (not its folders), the first MAX_ARCHIVE_NAMES of them; empty for any other attachment */
  archiveNames: string[]
  /** of a ZIP archive: how many files it holds, counted up to MAX_ARCHIVE_ENTRIES; 0 for any other attachment */
  archiveFiles: number
}

export interface ParsedMessage {
  rawSize: number
  /** bytes handed to the MIME parser (< rawSize when the message was cut at MAX_PARSE_BYTES or MAX_PARTS) */
  parsedBytes: number
  /** MIME part delimiters seen in the parsed bytes */
  partCount: number
  /** why the MIME parse failed, if it did (headers may still be known) */
  parseError?: string
  /** header fields or blocks over the caps, cut before parsing: "x-pad: 307207 bytes", ... (at most 5) */
  oversizedHeaders: string[]
  /** lower-case header name -> values, top-level header block, in order */
  headers: Map<string, string[]>
  subject: string
  /** the Subject header as it came, before RFC 2047 decoding */
  rawSubject: string
  from?: Mailbox
  replyTo: Mailbox[]
  to: Mailbox[]
  cc: Mailbox[]
  /** decoded text: the text/plain body, or the HTML body stripped, capped at MAX_TEXT_CHARS */
  text: string
  /** the text/html body (capped) or '' */
  html: string
  /** the text/html body reduced to visible text (capped), or '' */
  htmlText: string
  /**
   * when `text` is a stub text part with the HTML's text appended (plainStub), the text part's length: the classifiers
   * read the two parts apart, as they always have (src/engine/bayes/tokenize.ts)
   */
  textPartChars?: number
  hasPlainText: boolean
  hasHtml: boolean
  /** visible characters of the HTML body once stripped */
  htmlVisibleChars: number
  links: Link[]
  images: number
  /** the hosts the HTML body's images are loaded from (src/engine/html.ts) */
  imageHosts: string[]
  /**
   * the words the first MAX_DOCUMENTS attached PDFs and Word documents show (src/engine/pdf_text.ts, src/engine/docx.ts),
   * each up to 4,000 characters, or '': read by the rules that look for what a lure says (withAttachedWordsToScore,
   * src/engine/reported.ts), not by those about how the message is written, nor by the classifiers
   */
  attachmentText: string
  /**
   * the words the first attached web page (.htm, .html, .svg) shows, up to MAX_PAGE_CHARS of its first MAX_PAGE_BYTES, or ''
   * (also when a whole message is attached: that is a user's report, and its page is the report's): read by PASTE_AND_RUN,
   * whose steps a lure shows in such a page as often as in its text, and by no other rule nor the classifiers
   */
  pageText: string
  /** the links of the attached PDFs and Word documents (src/engine/pdf.ts, src/engine/docx.ts), at most MAX_PDF_LINKS in all */
  attachmentLinks: Link[]
  forms: number
  /** <input type=password> fields in the HTML body */
  passwordFields: number
  /** text elements of the HTML body hidden by their own style after text is shown (src/engine/html.ts withoutHiddenText) */
  hiddenTexts: number
  attachments: AttachmentFacts[]
  /** file names declared in the part of a message beyond the parse cap */
  namesBeyondCap: string[]
  /** multipart containers declared in the parsed bytes */
  multipartCount: number
  /** a multipart Content-Type without a boundary parameter was seen */
  multipartWithoutBoundary: boolean
  /** the top-level Content-Type value, lower-case, or '' */
  contentType: string
  /** charsets declared anywhere in the parsed bytes, lower-case */
  charsets: string[]
}

/** The addresses of a header, their names' C1 characters read as windows-1252 (decodedWords). */
function mailboxes(list: Address[] | Address | undefined): Mailbox[] {
  if (!list) return []
  const out: Mailbox[] = []
  for (const a of Array.isArray(list) ? list : [list]) {
    if (a.group) for (const g of a.group) out.push({ name: decodedWords(g.name ?? ''), address: (g.address ?? '').toLowerCase() })
    else out.push({ name: decodedWords(a.name ?? ''), address: (a.address ?? '').toLowerCase() })
  }
  return out
}

/**
 * A header's encoded words as postal-mime decoded them, with any C1 control character read as windows-1252: its decoder
 * gives them for the windows-1252 and iso-8859-1 words ("=?iso-8859-1?Q?don=92t?=") on Node 20 (src/engine/windows1252.ts),
 * and no header means one. postal-mime does not say which charset a word had, so the C1 characters of a UTF-8 word
 * are read so too, on every Node alike.
 */
const decodedWords = c1AsWindows1252

/**
 * The files (not the folders) an attached ZIP archive lists in its directory, at most MAX_ARCHIVE_ENTRIES; none if it has
 * none (zipEntries reads only within the bytes: a record pointing outside them ends the list, nothing throws).
 */
function archiveFiles(content: ArrayBuffer): string[] {
  return zipEntries(Buffer.from(content), MAX_ARCHIVE_ENTRIES)
    .map((e) => e.name)
    .filter((name) => name !== '' && !name.endsWith('/'))
}

/** End of the top-level header block (index of the blank line), or -1. */
function headerEnd(raw: Buffer, limit: number): number {
  const max = Math.min(raw.length, limit)
  for (let i = 0; i < max; i++) {
    if (raw[i] === 10) {
      if (raw[i + 1] === 10) return i + 1
      if (raw[i + 1] === 13 && raw[i + 2] === 10) return i + 1
    }
  }
  return -1
}

const NAME_PARAM = Buffer.from('name')

/** Cheap search, without parsing, for `name="..."`/`filename=...` parameters in bytes the parser never saw. */
export function scanNames(raw: Buffer, from: number): string[] {
  const names: string[] = []
  const end = Math.min(raw.length, from + MAX_NAME_SCAN_BYTES)
  let pos = from
  // bounded work: a body full of the word "name" must not turn this into millions of probes
  for (let probes = 0; names.length < 50 && pos < end && probes < 20000; probes++) {
    const i = raw.indexOf(NAME_PARAM, pos)
    if (i < 0 || i >= end) break
    pos = i + 4
    // name [*] [ws] = value, preceded by ; or whitespace or "file"
    const before = raw.subarray(Math.max(0, i - 5), i).toString('latin1').toLowerCase()
    if (!/(?:[;\s]|file)$/.test(before)) continue
    const after = raw.subarray(i + 4, Math.min(end, i + 300)).toString('latin1')
    const m = /^\*?\s*=\s*(?:"([^"\r\n]{1,255})"|([^\s;"]{1,255}))/.exec(after)
    if (m) names.push((m[1] ?? m[2]).trim())
  }
  return names
}

function emptyMessage(raw: Buffer): ParsedMessage {
  return {
    rawSize: raw.length, parsedBytes: 0, partCount: 0, oversizedHeaders: [], headers: new Map(), subject: '', rawSubject: '', replyTo: [], to: [], cc: [],
    text: '', html: '', htmlText: '', hasPlainText: false, hasHtml: false, htmlVisibleChars: 0, links: [], images: 0, imageHosts: [], attachmentLinks: [], attachmentText: '', pageText: '', forms: 0, passwordFields: 0, hiddenTexts: 0,
    attachments: [], namesBeyondCap: [], multipartCount: 0, multipartWithoutBoundary: false, contentType: '', charsets: [],
  }
}

function applyEmail(msg: ParsedMessage, email: Email): void {
  for (const h of email.headers) {
    const list = msg.headers.get(h.key)
    if (list) list.push(h.value)
    else msg.headers.set(h.key, [h.value])
  }
  msg.rawSubject = msg.headers.get('subject')?.[0] ?? ''
  msg.subject = decodedWords(email.subject ?? '').replace(/\s+/g, ' ').trim()
  msg.from = email.from ? mailboxes(email.from)[0] : undefined
  msg.replyTo = mailboxes(email.replyTo)
  msg.to = mailboxes(email.to)
  msg.cc = mailboxes(email.cc)
  msg.contentType = (msg.headers.get('content-type')?.[0] ?? '').toLowerCase()
}

/** Index of the delimiter line that starts part MAX_PARTS + 1, or -1; and the number of delimiters seen. */
function partLimit(latin: Latin1Text, boundaries: string[]): { cut: number; parts: number } {
  if (!boundaries.length) return { cut: -1, parts: 0 }
  let parts = 0
  let pos = 0
  for (;;) {
    const i = latin.indexOf('\n--', pos)
    if (i < 0) return { cut: -1, parts }
    pos = i + 3
    if (!boundaries.some((b) => latin.startsWith(b, i + 3))) continue
    parts++
    if (parts > MAX_PARTS) return { cut: i + 1, parts }
  }
}

/** header fields kept (their first occurrence) when an oversized block is cut down, wherever they stand */
const ESSENTIAL_FIELDS = new Set([
  'from', 'sender', 'reply-to', 'to', 'cc', 'subject', 'date', 'message-id', 'mime-version',
  'content-type', 'content-transfer-encoding', 'content-disposition',
])

interface Field {
  start: number
  /** after its last line break */
  end: number
  name: string
}

/** The field [f.start, f.end) cut to at most max bytes, ending in a line break. */
function cutField(latin: Latin1Text, f: Field, max: number): string {
  if (f.end - f.start <= max) return latin.slice(f.start, f.end)
  return trimTrailing(latin.slice(f.start, f.start + max), '\r\n') + '\r\n'
}

/**
 * Header blocks (the top one and each MIME part's) made readable by the parser:
 * a field over MAX_HEADER_FIELD_BYTES is cut to that size, and a block over
 * MAX_HEADER_BYTES (where the parser gives up on the whole message) is cut down
 * to MAX_CUT_BLOCK_BYTES of fields, keeping the first From, To, Subject,
 * Content-Type... wherever they stand. Without this one 300 KiB `X-Pad:` line made
 * the parse fail and the message was scored on its raw text, far below what its
 * parts score. One pass over the lines, mirroring how postal-mime finds header
 * blocks (after the start and after each delimiter line of a known boundary,
 * up to the first empty line). Returns undefined when nothing needs cutting.
 */
export function boundHeaderBlocks(latin: Latin1Text, boundaries: string[]): { text: string; oversized: string[] } | undefined {
  const edits: Array<{ start: number; end: number; text: string }> = []
  const oversized: string[] = []
  let inHeader = true
  let blockStart = 0
  let fields: Field[] = []
  let longField = false

  const endBlock = (end: number) => {
    const total = end - blockStart
    if (longField || total > MAX_HEADER_BYTES) {
      const cutBlock = total > MAX_HEADER_BYTES
      const cap = cutBlock ? MAX_FIELD_IN_CUT_BLOCK : MAX_HEADER_FIELD_BYTES
      let kept = 0
      let dropped = 0
      const seen = new Set<string>()
      const out: string[] = []
      for (const f of fields) {
        const len = f.end - f.start
        if (len > MAX_HEADER_FIELD_BYTES) oversized.push(`${f.name || '(no name)'}: ${len} bytes`)
        const essential = ESSENTIAL_FIELDS.has(f.name) && !seen.has(f.name)
        if (essential) seen.add(f.name)
        const piece = cutField(latin, f, cap)
        if (!essential && kept + piece.length > MAX_CUT_BLOCK_BYTES) {
          dropped++
          continue
        }
        kept += piece.length
        out.push(piece)
      }
      if (cutBlock) oversized.push(`header block ${total} bytes in ${fields.length} fields${dropped ? `, ${dropped} dropped` : ''}`)
      const first = fields[0]?.start ?? blockStart
      const last = fields.length ? fields[fields.length - 1].end : blockStart
      edits.push({ start: first, end: last, text: out.join('') })
    }
    fields = []
    longField = false
  }

  let pos = 0
  const length = latin.length
  while (pos < length) {
    if (!inHeader && !(latin.charCodeAt(pos) === 45 && latin.charCodeAt(pos + 1) === 45)) {
      // in a body only a delimiter line matters: skip to the next line that starts with --
      const next = latin.indexOf('\n--', pos)
      if (next < 0) break
      pos = next + 1
    }
    let nl = latin.indexOf('\n', pos)
    if (nl < 0) nl = length - 1
    const next = nl + 1
    // the line without its line break (postal-mime drops every trailing CR and LF)
    let lineEnd = nl + 1
    while (lineEnd > pos && (latin.charCodeAt(lineEnd - 1) === 10 || latin.charCodeAt(lineEnd - 1) === 13)) lineEnd--
    if (lineEnd - pos > 2 && latin.charCodeAt(pos) === 45 && latin.charCodeAt(pos + 1) === 45) {
      const delimiter = delimiterKind(latin, pos, lineEnd, boundaries)
      if (delimiter) {
        if (inHeader) endBlock(pos)
        inHeader = delimiter === 'open'
        blockStart = next
        pos = next
        continue
      }
    }
    if (inHeader) {
      if (lineEnd === pos) {
        endBlock(pos)
        inHeader = false
      } else {
        const c = latin.charCodeAt(pos)
        const last = fields[fields.length - 1]
        if ((c === 32 || c === 9) && last) last.end = next
        else {
          // the name: up to the colon, looked for within the line's first 100 characters only
          let nameEnd = pos
          const nameLimit = Math.min(lineEnd, pos + 100)
          while (nameEnd < nameLimit && latin.charCodeAt(nameEnd) !== 58) nameEnd++
          fields.push({ start: pos, end: next, name: latin.slice(pos, nameEnd).trim().toLowerCase() })
        }
        const f = fields[fields.length - 1]
        if (f.end - f.start > MAX_HEADER_FIELD_BYTES) longField = true
      }
    }
    pos = next
  }
  if (inHeader) endBlock(length)
  if (!edits.length) return undefined
  const parts: string[] = []
  let at = 0
  for (const e of edits) {
    parts.push(latin.slice(at, e.start), e.text)
    at = e.end
  }
  parts.push(latin.slice(at))
  return { text: parts.join(''), oversized: oversized.slice(0, 5) }
}

/** 'open' or 'close' when the line [start, end) is a delimiter line of one of the boundaries, as postal-mime reads them. */
function delimiterKind(latin: Latin1Text, start: number, end: number, boundaries: string[]): 'open' | 'close' | undefined {
  for (const b of boundaries) {
    if (end - start < b.length + 2 || !latin.startsWith(b, start + 2)) continue
    let at = start + 2 + b.length
    let kind: 'open' | 'close' = 'open'
    if (end - at >= 2 && latin.charCodeAt(at) === 45 && latin.charCodeAt(at + 1) === 45) {
      kind = 'close'
      at += 2
    }
    while (at < end && (latin.charCodeAt(at) === 32 || latin.charCodeAt(at) === 9)) at++
    if (at === end) return kind
  }
  return undefined
}

/** Index just after the empty line that ends the top-level header block, searched within limit bytes; -1 if none. */
export function topHeaderEnd(raw: Buffer, limit: number): number {
  const region = raw.length > limit ? raw.subarray(0, limit) : raw
  if (region[0] === 10) return 1
  if (region[0] === 13 && region[1] === 10) return 2
  // CRLF first (what SMTP carries); a bare-LF blank line only counts before it, so neither search runs past the header
  const crlf = region.indexOf('\n\r\n')
  const lf = (crlf < 0 ? region : region.subarray(0, crlf + 1)).indexOf('\n\n')
  if (lf >= 0) return lf + 2
  return crlf >= 0 ? crlf + 3 : -1
}

/**
 * A top-level header block larger than the parser accepts, read field by field
 * from the raw bytes without copying it: the fields kept as boundHeaderBlocks
 * keeps them in a cut block (each cut to MAX_FIELD_IN_CUT_BLOCK, in order up to
 * MAX_CUT_BLOCK_BYTES, the first From, To, Subject, Content-Type... wherever
 * they stand), so that the body after it can be parsed too.
 */
function cutTopHeader(raw: Buffer, end: number): { text: string; oversized: string[] } {
  const out: string[] = []
  const oversized: string[] = []
  const seen = new Set<string>()
  let kept = 0
  let count = 0
  let dropped = 0
  let fieldStart = -1
  const emit = (start: number, stop: number) => {
    count++
    let nameEnd = start
    while (nameEnd < stop && nameEnd - start < 100 && raw[nameEnd] !== 58 && raw[nameEnd] !== 10) nameEnd++
    const name = raw.toString('latin1', start, nameEnd).trim().toLowerCase()
    if (stop - start > MAX_HEADER_FIELD_BYTES && oversized.length < 5) oversized.push(`${name || '(no name)'}: ${stop - start} bytes`)
    const essential = ESSENTIAL_FIELDS.has(name) && !seen.has(name)
    if (essential) seen.add(name)
    const piece = trimTrailing(raw.toString('latin1', start, Math.min(stop, start + MAX_FIELD_IN_CUT_BLOCK)), '\r\n') + '\r\n'
    if (!essential && kept + piece.length > MAX_CUT_BLOCK_BYTES) {
      dropped++
      return
    }
    kept += piece.length
    out.push(piece)
  }
  let pos = 0
  while (pos < end) {
    let nl = raw.indexOf(10, pos)
    if (nl < 0 || nl >= end) nl = end - 1
    const c = raw[pos]
    const blank = c === 10 || (c === 13 && raw[pos + 1] === 10)
    if (blank) break
    if (!(c === 32 || c === 9) || fieldStart < 0) {
      if (fieldStart >= 0) emit(fieldStart, pos)
      fieldStart = pos
    }
    pos = nl + 1
  }
  if (fieldStart >= 0) emit(fieldStart, pos)
  oversized.push(`header block ${end} bytes in ${count} fields${dropped ? `, ${dropped} dropped` : ''}`)
  return { text: out.join(''), oversized }
}

export interface ParseOptions {
  /**
   * read the HTML's runs of text hidden by their own style as shown (src/engine/html.ts withoutHiddenText): only for
   * the labelling aid of `outpost eval`, which must read the messages as it did before the rules stopped reading them
   */
  keepHiddenText?: boolean
}

export async function parseMessage(raw: Buffer, options: ParseOptions = {}): Promise<ParsedMessage> {
  await ensureFastDecoders()
  const msg = emptyMessage(raw)
  let window: Buffer
  /** where in raw the bytes the parser sees end */
  let rawEnd: number
  const top = topHeaderEnd(raw, MAX_HEADER_SCAN_BYTES)
  if (top > MAX_HEADER_BYTES || (top < 0 && raw.length > MAX_HEADER_BYTES)) {
    // a top-level header block the parser would refuse: read it cut down, then the body after it
    const headerEnd = top < 0 ? Math.min(raw.length, MAX_HEADER_SCAN_BYTES) : top
    const cutHeader = cutTopHeader(raw, headerEnd)
    msg.oversizedHeaders = cutHeader.oversized
    if (top < 0 && raw.length > MAX_HEADER_SCAN_BYTES) msg.oversizedHeaders.push(`no end of the header block in the first ${MAX_HEADER_SCAN_BYTES} bytes`)
    const head = Buffer.from(cutHeader.text + '\r\n', 'latin1')
    if (top < 0) {
      // no body found: what follows the scanned part is not read
      window = head
      rawEnd = headerEnd
    } else {
      const bodyBytes = Math.max(0, Math.min(raw.length - top, MAX_PARSE_BYTES - head.length))
      window = Buffer.concat([head, raw.subarray(top, top + bodyBytes)])
      rawEnd = top + bodyBytes
    }
  } else {
    window = raw.length > MAX_PARSE_BYTES ? raw.subarray(0, MAX_PARSE_BYTES) : raw
    rawEnd = window.length
  }

  // structure facts postal-mime does not report, from one pass over the parsed bytes (read in pieces: no string of
  // the whole window, latin1_bytes.ts)
  const ctRe = /content-type:\s*([a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+)([^\n]*(?:\n[ \t][^\n]*)*)/gi
  const charsets = new Set<string>()
  const boundaries = new Set<string>()
  let m: RegExpExecArray | null
  for (const piece of headerSafePieces(window, WINDOW_PIECE_CHARS)) {
    ctRe.lastIndex = 0
    while ((m = ctRe.exec(piece))) {
      const params = m[2]
      if (m[1].toLowerCase().startsWith('multipart/')) {
        msg.multipartCount++
        const b = /boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/i.exec(params)
        if (b) boundaries.add(b[1] ?? b[2])
        else msg.multipartWithoutBoundary = true
      }
      const cs = /charset\s*=\s*"?([a-z0-9_.:-]{1,40})/i.exec(params)
      if (cs && charsets.size < 20) charsets.add(cs[1].toLowerCase())
    }
  }
  msg.charsets = [...charsets]
  const { cut, parts } = partLimit(new Latin1Bytes(window), [...boundaries].slice(0, 50))
  msg.partCount = parts
  if (cut > 0) {
    rawEnd -= window.length - cut
    window = window.subarray(0, cut)
  }
  // bytes of the raw message the parser reads (the whole header block counts as read when it was cut down)
  msg.parsedBytes = rawEnd
  if (raw.length > rawEnd) msg.namesBeyondCap = scanNames(raw, rawEnd)

  // oversized fields (top block, MIME parts) and oversized part header blocks, cut down
  const bounded = boundHeaderBlocks(new Latin1Bytes(window), [...boundaries].slice(0, 50))
  if (bounded) {
    msg.oversizedHeaders.push(...bounded.oversized)
    window = Buffer.from(bounded.text, 'latin1')
  }

  let email: Email | undefined
  try {
    email = await PostalMime.parse(window, {
      maxNestingDepth: MAX_MIME_DEPTH,
      maxHeadersSize: MAX_HEADER_BYTES,
      attachmentEncoding: 'arraybuffer',
    })
  } catch (err) {
    msg.parseError = err instanceof Error ? err.message : String(err)
    // keep what the top-level headers say, so header rules and the sender still count
    const end = headerEnd(window, MAX_HEADER_BYTES)
    if (end > 0) {
      try {
        applyEmail(msg, await PostalMime.parse(Buffer.concat([window.subarray(0, end), Buffer.from('\r\n')])))
      } catch {
        /* headers unreadable too: rules see an empty header block */
      }
    }
    msg.text = new Latin1Bytes(window).slice(end > 0 ? end : 0, (end > 0 ? end : 0) + MAX_TEXT_CHARS)
    linksInText(msg.text, msg.links)
    return msg
  }

  applyEmail(msg, email)
  const plain = email.text ?? ''
  msg.hasPlainText = plain.trim().length > 0
  if (email.html) {
    msg.hasHtml = true
    msg.html = email.html.length > MAX_HTML_CHARS ? email.html.slice(0, MAX_HTML_CHARS) : email.html
    const facts = htmlFacts(msg.html, options.keepHiddenText)
    msg.links = facts.links
    msg.images = facts.images
    msg.imageHosts = facts.imageHosts
    msg.forms = facts.forms
    msg.passwordFields = facts.passwordFields
    msg.hiddenTexts = facts.hiddenTexts
    msg.htmlVisibleChars = facts.visibleChars
    msg.htmlText = facts.text.slice(0, MAX_TEXT_CHARS)
    if (!msg.hasPlainText) {
      msg.text = facts.text.slice(0, MAX_TEXT_CHARS)
      // a URL written as text in the HTML, not in an <a href>: the reader's mail program makes it a link (Outlook,
      // Gmail and Apple Mail do), so it is one of the message's links as in a plain-text part
      addLinksInText(msg, msg.text, true)
    }
  }
  if (msg.hasPlainText) {
    msg.text = plain.length > MAX_TEXT_CHARS ? plain.slice(0, MAX_TEXT_CHARS) : plain
    // URLs the HTML part did not already list
    addLinksInText(msg, msg.text, false)
    // a text part that says much less than the HTML the reader sees ("Your mail program cannot show this message", a
    // line of the offer): the rules read the HTML's text after it
    if (msg.hasHtml && plainStub(msg.text, msg.htmlText)) {
      msg.textPartChars = msg.text.length
      // (the HTML's first STUB_READ_CHARS characters: what the reader sees first, and what the lure families read of
      // any text; a stub beside a huge HTML page would otherwise have every rule read the page twice over)
      const read = msg.htmlText.slice(0, STUB_READ_CHARS)
      msg.text = `${msg.text}\n\n${read}`.slice(0, MAX_TEXT_CHARS)
      // and the URLs written as text in what is read of the HTML, as in an HTML-only message
      addLinksInText(msg, read, true)
    }
  } else if (!msg.hasHtml) {
    msg.text = ''
  }
  let pdfs = 0
  let wordDocuments = 0
  const documentTexts: string[] = []
  let pageText: string | undefined
  for (const a of email.attachments) {
    const content = a.content as ArrayBuffer
    const size = content ? content.byteLength : 0
    const head = content ? new Uint8Array(content, 0, Math.min(8, size)) : new Uint8Array(0)
    const mimeType = (a.mimeType ?? '').toLowerCase()
    // what an attached ZIP archive holds: a program inside an archive of a few files is how malware passes filters
    // that read only the attachment's own name (src/engine/rules/attachment.ts)
    const files = content && looksLikeZip(head) ? archiveFiles(content) : []
    msg.attachments.push({ filename: decodedWords(a.filename ?? ''), mimeType, size, head, archiveNames: files.slice(0, MAX_ARCHIVE_NAMES), archiveFiles: files.length })
    // the words of the first attached web page, as a browser shows them (its scripts and styles left out)
    if (pageText === undefined && size > 0 && isWebPage(a.filename ?? '', mimeType)) {
      const source = new TextDecoder('utf-8').decode(new Uint8Array(content, 0, Math.min(size, MAX_PAGE_BYTES)))
      pageText = htmlFacts(source).text.slice(0, MAX_PAGE_CHARS)
    }
    // the links and words of the first MAX_DOCUMENTS attached PDFs: a lure sent as a document has its button and its story there
    const pdf = size > 8 && (mimeType === 'application/pdf' || looksLikePdf(a.filename ?? '', head))
    if (pdf && pdfs < MAX_DOCUMENTS) {
      pdfs++
      const file = pdfSource(new Uint8Array(content))
      if (msg.attachmentLinks.length < MAX_PDF_LINKS) addAttachmentLinks(msg, pdfLinks(file))
      // (a PDF that defeats the reader leaves its words unread, as a picture of text does: the message is scored on the rest)
      let text = ''
      try {
        text = pdfText(file)
      } catch {
        text = ''
      }
      if (text) documentTexts.push(text)
    } else if (wordDocuments < MAX_DOCUMENTS && looksLikeDocx(a.filename ?? '', mimeType, head)) {
      // and the first MAX_DOCUMENTS Word documents' words and links, as a PDF's
      wordDocuments++
      let doc: DocxContent = { text: '', links: [] }
      try {
        doc = docxContent(new Uint8Array(content))
      } catch {
        // unread, as above
      }
      addAttachmentLinks(msg, doc.links)
      if (doc.text) documentTexts.push(doc.text)
    }
  }
  msg.attachmentText = documentTexts.join('\n\n')
  msg.pageText = attachesWholeMessage(msg) ? '' : (pageText ?? '')
  return msg
}

/** An attached document's links, after the others, up to MAX_PDF_LINKS in all */
function addAttachmentLinks(msg: ParsedMessage, urls: string[]): void {
  for (const url of urls) {
    if (msg.attachmentLinks.length >= MAX_PDF_LINKS) break
    msg.attachmentLinks.push({ url, host: hostOf(url) })
  }
}

/** The URLs of a text that the message's links do not list yet, up to MAX_LINKS in all; written: marked as written in an HTML part (Link.written). */
function addLinksInText(msg: ParsedMessage, text: string, written: boolean): void {
  const seen = new Set(msg.links.map((l) => l.url))
  for (const l of linksInText(text)) {
    if (msg.links.length >= MAX_LINKS) break
    if (!seen.has(l.url)) msg.links.push(written ? { ...l, written: true } : l)
  }
}

/** The text part alone: the rules' text without the HTML's text read after a stub text part (ParsedMessage.textPartChars). */
export function textPart(msg: ParsedMessage): string {
  return msg.textPartChars === undefined ? msg.text : msg.text.slice(0, msg.textPartChars)
}

/** Visible characters (white space runs as one) from which an HTML part says enough to be read (STUB_SHARE). */
const STUB_HTML_CHARS = 200
/** A text part under this share of the HTML part's visible characters is a stub beside it. */
const STUB_SHARE = 0.3
/** Characters of the HTML's text the rules read after a stub text part. */
const STUB_READ_CHARS = 20000

/**
 * The text part says much less than the HTML part: under STUB_SHARE of its visible characters, when it has STUB_HTML_CHARS.
 * Each part is counted only as far as the answer needs (a text part of ordinary length ends the count early).
 */
export function plainStub(plain: string, htmlText: string): boolean {
  // a text part with STUB_SHARE of the HTML's characters, even counted whole, is no stub
  const plainLimit = Math.ceil(STUB_SHARE * htmlText.length)
  const plainChars = visibleLength(plain, plainLimit)
  if (plainChars >= plainLimit) return false
  const needed = Math.max(STUB_HTML_CHARS, Math.floor(plainChars / STUB_SHARE) + 1)
  return visibleLength(htmlText, needed) >= needed
}

/** Characters with every run of white space counted as one and the ends trimmed, counted up to `limit`. */
function visibleLength(text: string, limit: number): number {
  let n = 0
  let space = true
  for (let i = 0; i < text.length && n < limit + 1; i++) {
    const c = text.charCodeAt(i)
    const white = c === 32 || (c >= 9 && c <= 13) || c === 160
    if (white) {
      if (!space) n++
      space = true
    } else {
      n++
      space = false
    }
  }
  const trimmed = space && n > 0 ? n - 1 : n
  return Math.min(trimmed, limit)
}
