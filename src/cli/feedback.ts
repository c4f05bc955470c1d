// `outpost feedback ingest FILE... | list`: complaint reports from feedback
// loops (ARF, Microsoft JMRP) read from files (saved from a mailbox, or the
// ISP's own export), and the complaints per sender.
import { parseTime } from '../quarantine/filter'
import { alertTargets, gatewayRunning, ReputationAlert, spoolAlert } from '../reputation/alerts'
import { readComplaints, summarise } from '../reputation/complaints'
import { loadReputationConfig, ReputationConfig } from '../reputation/config'
import { ingestReport, NotAFeedbackReport } from '../reputation/ingest'
import { openBackend } from '../reputation/backend'
import { readStateConfig } from '../limits/state_config'
import { readHarakaIni } from '../lib/haraka_ini'
import { readMessageFile } from './mail_files'
import type { CliContext } from './outpost'
import { parseCommand, UsageError } from './args'
import { isoMinute, pad, printable, runCommand } from './reputation_args'
import { lockSender } from './sender_lock'

const USAGE = `usage: outpost [-c DIR] feedback COMMAND

  ingest FILE...            read complaint reports (ARF / RFC 5965, Microsoft JMRP; one message per
                            file, as saved from a mailbox) and count them against their senders, as
                            mail to [feedback] address would be; a sender over the threshold is
                            locked and the admin alerted
  list [--since TIME] [--json]
                            complaints per sender (default: all kept; TIME = 2026-11-28 or 7d)

Exit status: 0 done, 1 a file was not a report or could not be read, 2 usage or config error.
`

export function cliAlert(cfg: ReputationConfig, ctx: CliContext): (a: ReputationAlert) => Promise<void> {
  return async (a) => {
    const targets = alertTargets(cfg)
    if (!targets.notify?.length && !targets.webhookUrl) {
      ctx.out.write(`alert (not sent: [reputation] notify and webhook_url are unset): ${a.subject}\n`)
      return
    }
    await spoolAlert(cfg.stateDir, a, targets)
    ctx.out.write(
      `alert: ${a.subject}\n       ${gatewayRunning(cfg.stateDir) ? 'the running gateway sends it within seconds' : 'the gateway is not running: it sends it when it starts'}\n`,
    )
  }
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  return runCommand('feedback', USAGE, args, ctx, true, async (sub, complain) => {
    const p = parseCommand(ctx, `feedback ${sub}`, args.slice(1), { usage: USAGE, options: { since: { type: 'string' }, json: { type: 'boolean' } } })
    if (typeof p === 'number') return p
    const cfg = loadReputationConfig(ctx.dir)
    switch (sub) {
      case 'ingest': {
        if (!p.positionals.length) throw new UsageError('ingest needs one or more files')
        let failed = 0
        const backend = openBackend(cfg, readStateConfig(readHarakaIni(ctx.dir)), { gateway: false })
        const sent = backend.sent
        try {
          for (const file of p.positionals) {
            let raw: Buffer
            try {
              raw = readMessageFile(file)
            } catch (err) {
              complain(`${file}: ${(err as Error).message}`)
              failed++
              continue
            }
            try {
              const r = await ingestReport(raw, { cfg, sent, lock: (id, reason) => lockSender(ctx.dir, id, reason), alert: cliAlert(cfg, ctx) })
              const who = r.record.identity ? `${r.record.identity} (by ${r.record.attributed === 'message-id' ? 'Message-ID' : 'sender address'})` : 'no sender found'
              ctx.out.write(
                `${file}: ${r.report.format.toUpperCase()} ${r.report.feedbackType} from ${r.report.reporter || '?'} about <${r.report.messageId ?? '?'}>: ${who}` +
                  `${r.isNew ? '' : ' (already recorded: not counted again)'}` +
                  `${r.isNew && !r.record.counted ? `; not counted: ${r.record.note ?? `a ${r.record.feedbackType} report is not a complaint`}` : ''}` +
                  `${r.check ? `; ${r.check.complaints} complaint(s) / ${r.check.messages} message(s) in the window` : ''}` +
                  `${r.act ? (r.locked ? '; threshold crossed: sender LOCKED' : '; threshold crossed') : ''}\n`,
              )
            } catch (err) {
              failed++
              complain(`${file}: ${err instanceof NotAFeedbackReport ? `not a feedback report: ${err.message}` : (err as Error).message}`)
            }
          }
        } finally {
          await backend.close()
        }
        return failed ? 1 : 0
      }
      case 'list': {
        if (p.positionals.length) throw new UsageError('list takes no arguments')
        const now = Date.now()
        const sinceText = p.values.since
        const since = sinceText === undefined ? 0 : parseTime('--since', sinceText, now)
        const doc = await readComplaints(cfg.stateDir)
        const rows = summarise(doc, cfg.feedback, now, since)
        if (p.values.json) {
          ctx.out.write(JSON.stringify(rows.map((r) => ({ ...r, last: new Date(r.last).toISOString(), acted: r.acted ? new Date(r.acted).toISOString() : undefined })), null, 1) + '\n')
          return 0
        }
        const days = Math.round(cfg.feedback.windowMs / 86_400_000)
        ctx.out.write(`${pad('SENDER', 36)}${pad('DOMAIN', 22)}${pad('TOTAL', 7)}${pad(`LAST ${days}D`, 9)}${pad('LATEST (UTC)', 18)}${pad('FORMATS', 10)}ACTED\n`)
        for (const r of rows) {
          ctx.out.write(
            `${pad(printable(r.identity || '(unattributed)'), 36)}${pad(printable(r.domain || '-'), 22)}${pad(String(r.complaints), 7)}${pad(String(r.inWindow), 9)}${pad(isoMinute(r.last), 18)}${pad(r.formats.join(','), 10)}${r.acted ? isoMinute(r.acted) : '-'}\n`,
          )
        }
        ctx.out.write(`${rows.length} sender(s); threshold: more than ${cfg.feedback.complaintRate * 100}% of messages and at least ${cfg.feedback.minComplaints} complaints in ${days} days\n`)
        return 0
      }
      default:
        throw new UsageError(`unknown command "${sub}"`)
    }
  })
}
