// Complaint reports from mailbox providers' feedback loops, parsed into plain
// facts: what kind of report, which message it is about (its Message-ID and
// envelope/header senders), and who complained.
//
// Formats:
// - ARF (RFC 5965): multipart/report; report-type=feedback-report with a
//   human-readable part, a message/feedback-report part (Feedback-Type,
//   Original-Mail-From, Original-Rcpt-To, Source-IP, Arrival-Date, ...) and
//   the original as message/rfc822 or text/rfc822-headers (often redacted).
//   Yahoo, AOL, Comcast, Return Path, Microsoft JMRP in its ARF mode.
// - Microsoft JMRP's own format: a message from staff@hotmail.com (or
//   feedback@...) whose message/rfc822 attachment is the original message
//   stamped with X-HmXmrOriginalRecipient (the complainer) and X-SID-PRA;
//   or, in older reports, the original message inline as the report's body.
//
// The MIME work is postal-mime's (the same parser the engine uses), with
// message/rfc822 parts kept as attachments. Input is capped: a report is a
// few kilobytes, and a hostile one must not cost more than MAX_REPORT_BYTES.
import { PostalMime } from '../engine/postal'

/** Feedback reports are small; anything beyond this is not parsed. */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024
/** Header blocks of embedded originals are read up to this many bytes. */
const MAX_HEADER_BLOCK = 256 * 1024

export type FeedbackFormat = 'arf' | 'jmrp'

export interface FeedbackReport {
  format: FeedbackFormat
  /** ARF Feedback-Type (abuse, fraud, virus, other, not-spam, auth-failure); JMRP: abuse */
  feedbackType: string
  /** who sent the report (the report's From address) */
  reporter: string
  /** User-Agent of the ARF report, or "Microsoft JMRP" */
  userAgent?: string
  /** Message-ID of the complained-about message, without angle brackets, as found */
  messageId?: string
  /** envelope sender of the original (ARF Original-Mail-From, else its Return-Path) */
  originalMailFrom?: string
  /** header From: address of the original */
  originalFrom?: string
  /** X-SID-PRA of a JMRP original (Microsoft's purported responsible address) */
  pra?: string
  /** the complaining recipient, when the report names one (often redacted) */
  complainant?: string
  /** Source-IP of the report, or the IP Microsoft names */
  sourceIp?: string
  /** Arrival-Date / Received-Date of the original, as written */
  arrivalDate?: string
  /** Subject of the original, when it is included */
  subject?: string
  /** whether the report carried the original's headers at all */
  hasOriginal: boolean
}

export class NotAFeedbackReport extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'NotAFeedbackReport'
  }
}

type Headers = Map<string, string[]>

/** RFC 5322 header block (unfolded) -> lower-case name -> values. Stops at the first empty line. */
export function parseHeaderBlock(text: string): Headers {
  const out: Headers = new Map()
  const end = text.search(/\r?\n\r?\n/)
  const block = (end >= 0 ? text.slice(0, end) : text).slice(0, MAX_HEADER_BLOCK)
  let name = ''
  let value = ''
  const flush = (): void => {
    if (!name) return
    const key = name.toLowerCase()
    const list = out.get(key) ?? []
    list.push(value.trim())
    out.set(key, list)
    name = ''
  }
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line)) {
      if (name) value += ' ' + line.trim()
      continue
    }
    flush()
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    name = line.slice(0, colon).trim()
    value = line.slice(colon + 1)
  }
  flush()
  return out
}

function first(h: Headers, name: string): string | undefined {
  const v = h.get(name.toLowerCase())?.[0]
  return v === undefined || v === '' ? undefined : v
}

/** The bare address in "Name <a@b>", "<a@b>" or "a@b"; undefined for <> or no address. */
export function bareAddress(value: string | undefined): string | undefined {
  if (!value) return undefined
  const angle = /<([^<>\s]*)>/.exec(value)
  const candidate = (angle ? angle[1] : value.trim().split(/\s+/)[0]).replace(/^mailto:/i, '').trim()
  if (!candidate || !candidate.includes('@')) return undefined
  return candidate.toLowerCase()
}

/** A Message-ID as the gateway stores it: without angle brackets and surrounding space. */
export function normaliseMessageId(value: string | undefined): string | undefined {
  if (!value) return undefined
  const angle = /<([^<>]+)>/.exec(value)
  const id = (angle ? angle[1] : value).trim()
  return id && id.length <= 998 && !/\s/.test(id) ? id : undefined
}

function text(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content
  return Buffer.from(content instanceof Uint8Array ? content : new Uint8Array(content)).toString('utf8')
}

function reportFields(t: string): Headers {
  // the machine-readable part is a header block; some producers put a blank line first
  return parseHeaderBlock(t.replace(/^(\r?\n)+/, ''))
}

function ipFromText(t: string): string | undefined {
  return /\b(?:from|IP)\s+(\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]*:[0-9a-f:]+)\b/i.exec(t)?.[1]
}

function fromOriginal(report: FeedbackReport, orig: Headers): void {
  report.hasOriginal = orig.size > 0
  report.messageId = report.messageId ?? normaliseMessageId(first(orig, 'message-id'))
  report.originalMailFrom = report.originalMailFrom ?? bareAddress(first(orig, 'return-path'))
  report.originalFrom = bareAddress(first(orig, 'from'))
  report.pra = bareAddress(first(orig, 'x-sid-pra'))
  const subject = first(orig, 'subject')
  if (subject) report.subject = subject.slice(0, 300)
  const hm = bareAddress(first(orig, 'x-hmxmroriginalrecipient'))
  if (hm) report.complainant = report.complainant ?? hm
}

/**
 * Parse a complaint report. Throws NotAFeedbackReport when the message is
 * neither ARF nor JMRP (the caller answers 550 / reports the file).
 */
export async function parseFeedbackReport(raw: Buffer): Promise<FeedbackReport> {
  if (raw.length > MAX_REPORT_BYTES) throw new NotAFeedbackReport(`report larger than ${MAX_REPORT_BYTES} bytes`)
  const top = parseHeaderBlock(raw.subarray(0, MAX_HEADER_BLOCK).toString('utf8'))
  if (top.size === 0) throw new NotAFeedbackReport('no header block')
  const email = await PostalMime.parse(raw, { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' } as never)
  const reporter = bareAddress(first(top, 'from')) ?? ''
  const contentType = (first(top, 'content-type') ?? '').toLowerCase()
  const parts = (email.attachments ?? []).map((a) => ({ mime: (a.mimeType ?? '').toLowerCase(), content: a.content as ArrayBuffer }))

  const fbPart = parts.find((p) => p.mime === 'message/feedback-report')
  const originalPart = parts.find((p) => p.mime === 'message/rfc822' || p.mime === 'text/rfc822-headers')
  const isArf = fbPart !== undefined || (/multipart\/report/.test(contentType) && /report-type\s*=\s*"?feedback-report/.test(contentType))

  if (isArf) {
    if (!fbPart) throw new NotAFeedbackReport('multipart/report of type feedback-report without a message/feedback-report part')
    const f = reportFields(text(fbPart.content))
    const feedbackType = (first(f, 'feedback-type') ?? '').toLowerCase()
    if (!feedbackType) throw new NotAFeedbackReport('message/feedback-report part has no Feedback-Type field')
    const ua = first(f, 'user-agent')
    const report: FeedbackReport = {
      format: 'arf',
      feedbackType,
      reporter,
      userAgent: ua,
      originalMailFrom: bareAddress(first(f, 'original-mail-from')),
      complainant: bareAddress(first(f, 'original-rcpt-to')) ?? bareAddress(first(f, 'removal-recipient')),
      sourceIp: first(f, 'source-ip'),
      arrivalDate: first(f, 'arrival-date') ?? first(f, 'received-date'),
      hasOriginal: false,
    }
    if (originalPart) fromOriginal(report, parseHeaderBlock(text(originalPart.content)))
    return report
  }

  // JMRP: the original attached as message/rfc822, stamped by Microsoft
  const attached = parts.filter((p) => p.mime === 'message/rfc822').map((p) => parseHeaderBlock(text(p.content)))
  const stamped = attached.find((h) => h.has('x-hmxmroriginalrecipient'))
  if (stamped) {
    const report: FeedbackReport = {
      format: 'jmrp',
      feedbackType: 'abuse',
      reporter,
      userAgent: 'Microsoft JMRP',
      sourceIp: ipFromText(first(top, 'subject') ?? '') ?? ipFromText(email.text ?? ''),
      arrivalDate: undefined,
      hasOriginal: false,
    }
    fromOriginal(report, stamped)
    report.arrivalDate = first(stamped, 'date')
    return report
  }
  // JMRP, older form: the original inline, its headers at the top of the report
  if (top.has('x-hmxmroriginalrecipient')) {
    const report: FeedbackReport = { format: 'jmrp', feedbackType: 'abuse', reporter: '', userAgent: 'Microsoft JMRP', hasOriginal: false }
    fromOriginal(report, top)
    report.reporter = 'staff@hotmail.com'
    report.arrivalDate = first(top, 'date')
    return report
  }
  throw new NotAFeedbackReport(
    'neither an ARF report (multipart/report; report-type=feedback-report) nor a Microsoft JMRP complaint (an original stamped X-HmXmrOriginalRecipient)',
  )
}
