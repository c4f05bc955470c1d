// Digests to the administrator and notices to senders, composed as plain
// RFC 5322 text. They go out through the gateway's own outbound path with a
// null envelope sender (so a bounce of a notice is never answered with
// another notice) and are marked Auto-Submitted (so auto-responders do not
// answer them) and X-Outpost-Notice (so Outpost never scores or holds one).
import crypto from 'node:crypto'
import type { EntryMeta, EntrySummary } from './meta'

export const NOTICE_HEADER = 'X-Outpost-Notice'

export interface ComposedMail {
  /** envelope sender: always null */
  from: ''
  to: string[]
  raw: string
}

export interface NoticeOptions {
  from: string
  hostname: string
  now?: Date
}

/** At most this many entries are itemised in one digest; the rest are counted. */
export const DIGEST_MAX_ITEMS = 500

function clean(text: string, max = 200): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat
}

function asciiHeader(text: string): string {
  return clean(text).replace(/[^\x20-\x7e]/g, '?')
}

function rfc2822Date(d: Date): string {
  return d.toUTCString().replace('GMT', '+0000')
}

function headers(fields: [string, string][]): string {
  return fields.map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n\r\n'
}

function commonHeaders(kind: 'digest' | 'sender-notice', opts: NoticeOptions, to: string, subject: string): [string, string][] {
  const now = opts.now ?? new Date()
  return [
    ['From', `"Outpost quarantine" <${opts.from}>`],
    ['To', `<${to}>`],
    ['Subject', asciiHeader(subject)],
    ['Date', rfc2822Date(now)],
    ['Message-ID', `<outpost-${kind}-${now.getTime()}-${crypto.randomBytes(4).toString('hex')}@${opts.hostname}>`],
    ['MIME-Version', '1.0'],
    ['Content-Type', 'text/plain; charset=utf-8'],
    ['Content-Transfer-Encoding', '8bit'],
    ['Auto-Submitted', 'auto-generated'],
    [NOTICE_HEADER, kind],
  ]
}

function crlf(lines: string[]): string {
  // a body line starting with "." is fine: the outbound path dot-stuffs it on the wire
  return lines.join('\r\n') + '\r\n'
}

export function composeDigest(entries: EntrySummary[], to: string, opts: NoticeOptions): ComposedMail {
  const n = entries.length
  const subject = `[Outpost] ${n} outbound message${n === 1 ? '' : 's'} quarantined on ${opts.hostname}`
  const body: string[] = [
    `${n} outbound message${n === 1 ? ' was' : 's were'} held in the quarantine of ${opts.hostname}.`,
    '',
  ]
  for (const e of entries.slice(0, DIGEST_MAX_ITEMS)) {
    body.push(`Id:         ${e.id}`)
    body.push(`Time:       ${e.time}`)
    body.push(`Sender:     ${clean(e.mail_from || '<>')}`)
    body.push(`Recipients: ${clean(e.rcpt_to.join(', '), 500)}`)
    body.push(`Subject:    ${clean(e.subject)}`)
    body.push(`Score:      ${e.score === null ? '-' : e.score}${e.threshold === null ? '' : ` (threshold ${e.threshold})`}`)
    body.push('')
  }
  if (n > DIGEST_MAX_ITEMS) body.push(`... and ${n - DIGEST_MAX_ITEMS} more; see "outpost quarantine list".`, '')
  body.push('Review:  outpost quarantine show ID')
  body.push('Release: outpost quarantine release ID')
  body.push('Delete:  outpost quarantine delete ID')
  return { from: '', to: [to], raw: headers(commonHeaders('digest', opts, to, subject)) + crlf(body) }
}

/**
 * Whether the sender of a held message may be told about it: never a null or
 * bounce sender, never mail that is itself automatic (Auto-Submitted, bulk
 * precedence) or another Outpost notice, so notices cannot loop.
 */
export function mayNotifySender(meta: Pick<EntryMeta, 'mail_from'>, header: (name: string) => string): boolean {
  const from = meta.mail_from.trim()
  if (!from || !from.includes('@')) return false
  const local = from.slice(0, from.lastIndexOf('@')).toLowerCase()
  if (local === 'mailer-daemon' || local === 'postmaster' || local.startsWith('owner-') || local.endsWith('-request')) return false
  const auto = header('Auto-Submitted').trim().toLowerCase()
  if (auto && auto !== 'no') return false
  if (/^(bulk|junk|list)$/i.test(header('Precedence').trim())) return false
  if (header(NOTICE_HEADER).trim()) return false
  return true
}

export function composeSenderNotice(meta: EntryMeta, opts: NoticeOptions): ComposedMail {
  const subject = `Your message was held for review: ${meta.subject}`
  const body = [
    'A message you sent was held by the outbound mail gateway and has not been delivered.',
    'An administrator will review it; you do not need to send it again.',
    '',
    `Subject:    ${clean(meta.subject)}`,
    `Recipients: ${clean(meta.rcpt_to.join(', '), 500)}`,
    `Time:       ${meta.time}`,
    `Reference:  ${meta.id}`,
    '',
    'If you believe this is a mistake, contact your mail administrator and quote the reference.',
  ]
  return { from: '', to: [meta.mail_from], raw: headers(commonHeaders('sender-notice', opts, meta.mail_from, subject)) + crlf(body) }
}
