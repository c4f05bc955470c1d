// `outpost stats [--sender X] [--domain D] [--since TIME] [--json] [--top N]`:
// who sends what, per sender identity and per sender domain.
import { parseTime } from '../quarantine/filter'
import { readComplaints } from '../reputation/complaints'
import { loadReputationConfig } from '../reputation/config'
import { addComplaints, seriesOf, StatsRow, summariseTable } from '../reputation/stats'
import { openBackend } from '../reputation/backend'
import { readStateConfig } from '../limits/state_config'
import { readHarakaIni } from '../lib/haraka_ini'
import type { CliContext } from './outpost'
import { parseCommand, UsageError } from './args'
import { isoMinute, pad, printable, runCommand } from './reputation_args'

const USAGE = `usage: outpost [-c DIR] stats [--sender ID | --domain DOMAIN] [--since TIME] [--top N] [--json]

  Messages, recipients, spam verdicts, quarantined messages, complaints and delivery failures
  per sender identity and per sender domain, since TIME (default 24h; 2026-11-28, 2h, 7d).
  Within [reputation] stats_hourly the counts are per hour, beyond it per day.
  --sender ID / --domain DOMAIN   one sender's counts bucket by bucket
  --top N                         the N busiest senders and domains (default 20)
`

const HEAD = `${pad('MESSAGES', 10)}${pad('RCPTS', 9)}${pad('SPAM', 7)}${pad('HELD', 7)}${pad('COMPL', 7)}FAILED`

function counts(r: Omit<StatsRow, 'subject'>): string {
  return `${pad(String(r.messages), 10)}${pad(String(r.recipients), 9)}${pad(String(r.spam), 7)}${pad(String(r.quarantined), 7)}${pad(String(r.complaints), 7)}${r.failures}`
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  return runCommand('stats', USAGE, args, ctx, false, async (_sub, _complain) => {
    const p = parseCommand(ctx, 'stats', args, {
      usage: USAGE,
      options: { sender: { type: 'string' }, domain: { type: 'string' }, since: { type: 'string' }, top: { type: 'string' }, json: { type: 'boolean' } },
      positionals: { max: 0 },
    })
    if (typeof p === 'number') return p
    const cfg = loadReputationConfig(ctx.dir)
    const now = Date.now()
    const since = parseTime('--since', p.values.since ?? '24h', now)
    const topText = p.values.top ?? '20'
    const top = Number(topText)
    if (!Number.isInteger(top) || top < 1) throw new UsageError(`--top "${topText}": expected a whole number >= 1`)
    const backend = openBackend(cfg, readStateConfig(readHarakaIni(ctx.dir)), { gateway: false })
    let counted
    try {
      counted = await backend.readStats()
    } finally {
      await backend.close()
    }
    const table = addComplaints(counted, (await readComplaints(cfg.stateDir)).complaints)

    const sender = p.values.sender
    const domain = p.values.domain
    if (sender && domain) throw new UsageError('give --sender or --domain, not both')
    if (sender || domain) {
      const subject = sender ? `id:${sender.toLowerCase()}` : `domain:${domain!.toLowerCase().replace(/\.$/, '')}`
      const s = seriesOf(table, subject, since, cfg.stats, now)
      if (p.values.json) {
        ctx.out.write(JSON.stringify({ subject, granularity: s.granularity, since: new Date(since).toISOString(), points: s.points.map((x) => ({ ...x, start: new Date(x.start).toISOString() })) }, null, 1) + '\n')
        return 0
      }
      ctx.out.write(`${subject} since ${isoMinute(since)} UTC, per ${s.granularity}\n${pad(`${s.granularity.toUpperCase()} (UTC)`, 18)}${HEAD}\n`)
      const total = { messages: 0, recipients: 0, spam: 0, quarantined: 0, complaints: 0, failures: 0 }
      for (const x of s.points) {
        ctx.out.write(`${pad(isoMinute(x.start), 18)}${counts(x)}\n`)
        for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += x[k]
      }
      ctx.out.write(`${pad('total', 18)}${counts(total)}\n`)
      return 0
    }

    const { rows, granularity } = summariseTable(table, since, cfg.stats, now)
    const ids = rows.filter((r) => r.subject.startsWith('id:')).sort((a, b) => b.messages - a.messages || b.complaints - a.complaints || a.subject.localeCompare(b.subject))
    const domains = rows.filter((r) => r.subject.startsWith('domain:')).sort((a, b) => b.messages - a.messages || a.subject.localeCompare(b.subject))
    if (p.values.json) {
      ctx.out.write(JSON.stringify({ since: new Date(since).toISOString(), granularity, senders: ids.map((r) => ({ ...r, subject: r.subject.slice(3) })), domains: domains.map((r) => ({ ...r, subject: r.subject.slice(7) })) }, null, 1) + '\n')
      return 0
    }
    ctx.out.write(`since ${isoMinute(since)} UTC (${granularity} buckets${granularity === 'day' ? ': whole days' : ''})\n\n${pad('SENDER', 40)}${HEAD}\n`)
    for (const r of ids.slice(0, top)) ctx.out.write(`${pad(printable(r.subject.slice(3)), 40)}${counts(r)}\n`)
    if (ids.length > top) ctx.out.write(`... and ${ids.length - top} more (--top N)\n`)
    ctx.out.write(`\n${pad('DOMAIN', 40)}${HEAD}\n`)
    for (const r of domains.slice(0, top)) ctx.out.write(`${pad(printable(r.subject.slice(7)), 40)}${counts(r)}\n`)
    if (domains.length > top) ctx.out.write(`... and ${domains.length - top} more (--top N)\n`)
    return 0
  })
}
