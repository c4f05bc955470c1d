// One bounded parse of the raw message into the plain facts every rule and
// the tokeniser read. postal-mime does the MIME work; this module caps what it
// is given and never lets a parse error escape.
import { PostalMime, ensureFastDecoders, type Address, type Email } from './postal'
import { htmlFacts, linksInText, type Link } from './html'
import { MAX_HEADER_BYTES, MAX_HTML_CHARS, MAX_MIME_DEPTH, MAX_NAME_SCAN_BYTES, MAX_PARSE_BYTES, MAX_PARTS, MAX_TEXT_CHARS } from './limits'

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
}

export interface ParsedMessage {
  rawSize: number
  /** bytes handed to the MIME parser (< rawSize when the message was cut at MAX_PARSE_BYTES or MAX_PARTS) */
  parsedBytes: number
  /** MIME part delimiters seen in the parsed bytes */
  partCount: number
  /** why the MIME parse failed, if it did (headers may still be known) */
  parseError?: string
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
  hasPlainText: boolean
  hasHtml: boolean
  /** visible characters of the HTML body once stripped */
  htmlVisibleChars: number
  links: Link[]
  images: number
  forms: number
  /** <input type=password> fields in the HTML body */
  passwordFields: number
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

function mailboxes(list: Address[] | Address | undefined): Mailbox[] {
  if (!list) return []
  const out: Mailbox[] = []
  for (const a of Array.isArray(list) ? list : [list]) {
    if (a.group) for (const g of a.group) out.push({ name: g.name ?? '', address: (g.address ?? '').toLowerCase() })
    else out.push({ name: a.name ?? '', address: (a.address ?? '').toLowerCase() })
  }
  return out
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
    rawSize: raw.length, parsedBytes: 0, partCount: 0, headers: new Map(), subject: '', rawSubject: '', replyTo: [], to: [], cc: [],
    text: '', html: '', htmlText: '', hasPlainText: false, hasHtml: false, htmlVisibleChars: 0, links: [], images: 0, forms: 0, passwordFields: 0,
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
  msg.subject = (email.subject ?? '').replace(/\s+/g, ' ').trim()
  msg.from = email.from ? mailboxes(email.from)[0] : undefined
  msg.replyTo = mailboxes(email.replyTo)
  msg.to = mailboxes(email.to)
  msg.cc = mailboxes(email.cc)
  msg.contentType = (msg.headers.get('content-type')?.[0] ?? '').toLowerCase()
}

/** Index of the delimiter line that starts part MAX_PARTS + 1, or -1; and the number of delimiters seen. */
function partLimit(latin: string, boundaries: string[]): { cut: number; parts: number } {
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

export async function parseMessage(raw: Buffer): Promise<ParsedMessage> {
  await ensureFastDecoders()
  const msg = emptyMessage(raw)
  let window = raw.length > MAX_PARSE_BYTES ? raw.subarray(0, MAX_PARSE_BYTES) : raw

  // structure facts postal-mime does not report, from one pass over the parsed bytes
  let latin = window.toString('latin1')
  const ctRe = /content-type:\s*([a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+)([^\n]*(?:\n[ \t][^\n]*)*)/gi
  const charsets = new Set<string>()
  const boundaries = new Set<string>()
  let m: RegExpExecArray | null
  while ((m = ctRe.exec(latin))) {
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
  msg.charsets = [...charsets]
  const { cut, parts } = partLimit(latin, [...boundaries].slice(0, 50))
  msg.partCount = parts
  if (cut > 0) {
    window = window.subarray(0, cut)
    latin = latin.slice(0, cut)
  }
  msg.parsedBytes = window.length
  if (raw.length > window.length) msg.namesBeyondCap = scanNames(raw, window.length)

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
    msg.text = latin.slice(end > 0 ? end : 0, (end > 0 ? end : 0) + MAX_TEXT_CHARS)
    linksInText(msg.text, msg.links)
    return msg
  }

  applyEmail(msg, email)
  const plain = email.text ?? ''
  msg.hasPlainText = plain.trim().length > 0
  if (email.html) {
    msg.hasHtml = true
    msg.html = email.html.length > MAX_HTML_CHARS ? email.html.slice(0, MAX_HTML_CHARS) : email.html
    const facts = htmlFacts(msg.html)
    msg.links = facts.links
    msg.images = facts.images
    msg.forms = facts.forms
    msg.passwordFields = facts.passwordFields
    msg.htmlVisibleChars = facts.visibleChars
    msg.htmlText = facts.text.slice(0, MAX_TEXT_CHARS)
    if (!msg.hasPlainText) msg.text = facts.text.slice(0, MAX_TEXT_CHARS)
  }
  if (msg.hasPlainText) {
    msg.text = plain.length > MAX_TEXT_CHARS ? plain.slice(0, MAX_TEXT_CHARS) : plain
    // URLs the HTML part did not already list
    const seen = new Set(msg.links.map((l) => l.url))
    for (const l of linksInText(msg.text)) if (!seen.has(l.url)) msg.links.push(l)
  } else if (!msg.hasHtml) {
    msg.text = ''
  }
  for (const a of email.attachments) {
    const content = a.content as ArrayBuffer
    const size = content ? content.byteLength : 0
    msg.attachments.push({
      filename: a.filename ?? '',
      mimeType: (a.mimeType ?? '').toLowerCase(),
      size,
      head: content ? new Uint8Array(content, 0, Math.min(8, size)) : new Uint8Array(0),
    })
  }
  return msg
}
