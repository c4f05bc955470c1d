// The gateway's own outbound path for mail Outpost generates itself: a Haraka
// transaction handed to outbound.send_trans_email, so it is queued durably,
// routed by get_mx (outpost_route: smarthost, failover) and DKIM-signed on
// pre_send_trans_email, like any relayed message. No SMTP hooks run for it
// (no data_post, no queue_outbound): it is never scored, held or counted.
// Used for alerts and by the quarantine (releases, digests, sender notices).
import type { Plugin } from '../lib/haraka'
import type { Mailer } from './index'

/** A stored message as SMTP data lines: CRLF endings and dot-stuffing, bytes otherwise untouched. */
export function* wireLines(raw: Buffer): Generator<Buffer> {
  let start = 0
  while (start < raw.length) {
    let end = raw.indexOf(0x0a, start)
    if (end < 0) end = raw.length
    let line = raw.subarray(start, end)
    if (line.length && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1)
    yield Buffer.concat([line[0] === 0x2e ? Buffer.from('.') : Buffer.alloc(0), line, Buffer.from('\r\n')])
    start = end + 1
  }
}

export function harakaMailer(plugin: Plugin): Mailer {
  return (mail) =>
    new Promise((resolve, reject) => {
      try {
        const outbound = plugin.haraka_require('outbound')
        const trans = plugin.haraka_require('transaction')
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { Address } = require('@haraka/email-address') as { Address: new (addr: string) => unknown }
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const constants = require('haraka-constants') as { OK: number }
        const txn = trans.createTransaction(undefined, plugin.config.get('smtp.ini') ?? {})
        txn.mail_from = new Address(mail.from ? `<${mail.from}>` : '<>')
        txn.rcpt_to = mail.to.map((a) => new Address(`<${a}>`))
        for (const [k, v] of Object.entries(mail.notes)) txn.notes[k] = v
        for (const line of wireLines(mail.raw)) txn.add_data(line)
        txn.end_data(() => {
          outbound.send_trans_email(txn, (code: number, msg: string) => {
            if (code === constants.OK) resolve(txn.uuid)
            else reject(new Error(`outbound queue refused it: ${msg}`))
          })
        })
      } catch (err) {
        reject(err)
      }
    })
}
