// Alert mail as plain RFC 5322 text, in the same style as the quarantine's
// digests and notices: null envelope sender (a bounce of an alert is never
// answered), Auto-Submitted (auto-responders stay quiet) and X-Outpost-Notice
// (Outpost never scores, holds, counts or limits it).
import crypto from 'node:crypto'
import { NOTICE_HEADER } from '../quarantine/notify'

export { NOTICE_HEADER }

export interface ComposedAlertMail {
  /** envelope sender: always null */
  from: ''
  to: string[]
  raw: string
}

/** Control characters out, long text cut: alert text quotes what senders wrote (subjects, addresses). */
export function clean(text: string, max = 200): string {
  const flat = String(text).replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat
}

function asciiHeader(text: string): string {
  return clean(text).replace(/[^\x20-\x7e]/g, '?')
}

export function composeAlertMail(opts: {
  to: string[]
  /** header From: address */
  from: string
  hostname: string
  subject: string
  /** body lines (plain text, UTF-8) */
  lines: string[]
  /** X-Outpost-Notice value, e.g. alert-limits */
  kind: string
  now?: Date
}): ComposedAlertMail {
  const now = opts.now ?? new Date()
  const fields: [string, string][] = [
    ['From', `"Outpost alerts" <${opts.from}>`],
    ['To', opts.to.map((t) => `<${t}>`).join(', ')],
    ['Subject', asciiHeader(opts.subject)],
    ['Date', now.toUTCString().replace('GMT', '+0000')],
    ['Message-ID', `<outpost-${opts.kind}-${now.getTime()}-${crypto.randomBytes(4).toString('hex')}@${opts.hostname}>`],
    ['MIME-Version', '1.0'],
    ['Content-Type', 'text/plain; charset=utf-8'],
    ['Content-Transfer-Encoding', '8bit'],
    ['Auto-Submitted', 'auto-generated'],
    [NOTICE_HEADER, opts.kind],
  ]
  const head = fields.map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n\r\n'
  return { from: '', to: opts.to, raw: head + opts.lines.map((l) => l.replace(/[\r\n]+/g, ' ')).join('\r\n') + '\r\n' }
}
