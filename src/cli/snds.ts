// `outpost snds import FILE... | status | fetch`: Microsoft SNDS data for the
// gateway's addresses.
import fs from 'node:fs'
import { ConfigError } from '../lib/ini'
import { loadReputationConfig } from '../reputation/config'
import { readSnds } from '../reputation/snds'
import { fetchSnds, parseSndsFile, SndsRun, takeSnds } from '../reputation/watch'
import { cliAlert } from './feedback'
import type { CliContext } from './outpost'
import { parseCommand, UsageError } from './args'
import { isoMinute, pad, printable, runCommand } from './reputation_args'

const USAGE = `usage: outpost [-c DIR] snds COMMAND

  import FILE...   read SNDS CSV downloaded by hand: the IP data (data.aspx) or the IP status
                   (ipStatus.aspx), told apart by their columns; alerts as the daily fetch does
  status [--json]  the latest data per IP and the blocked ranges
  fetch            fetch both CSVs now with [snds] key (the gateway does this every [snds] interval)

Exit status: 0 done, 1 a file or the fetch failed, 2 usage or config error.
`

function report(ctx: CliContext, what: string, run: SndsRun): void {
  ctx.out.write(`${what}: ${run.rows} IP row(s), ${run.ranges} blocked range(s); ${run.findings.length ? `${run.findings.length} new problem(s):` : 'nothing new to alert on'}\n`)
  for (const f of run.findings) ctx.out.write(`  - ${f.text}\n`)
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  return runCommand('snds', USAGE, args, ctx, true, async (sub, complain) => {
    const p = parseCommand(ctx, `snds ${sub}`, args.slice(1), { usage: USAGE, options: { json: { type: 'boolean' } } })
    if (typeof p === 'number') return p
    const cfg = loadReputationConfig(ctx.dir)
    switch (sub) {
      case 'import': {
        if (!p.positionals.length) throw new UsageError('import needs one or more CSV files')
        let failed = 0
        for (const file of p.positionals) {
          try {
            const parsed = parseSndsFile(fs.readFileSync(file, 'utf8'))
            report(ctx, file, await takeSnds(cfg, { ...parsed, source: `import ${file}` }, cliAlert(cfg, ctx)))
          } catch (err) {
            failed++
            complain(`${file}: ${(err as Error).message}`)
          }
        }
        return failed ? 1 : 0
      }
      case 'fetch': {
        if (!cfg.snds.key) throw new ConfigError('config/outpost_reputation.ini', undefined, 'snds.key', 'not set: nothing to fetch with')
        try {
          report(ctx, 'fetched', await fetchSnds(cfg, cliAlert(cfg, ctx)))
          return 0
        } catch (err) {
          complain(`fetch failed: ${(err as Error).message}`)
          return 1
        }
      }
      case 'status': {
        const s = await readSnds(cfg.stateDir)
        if (p.values.json) {
          ctx.out.write(JSON.stringify({ data_at: s.dataAt, status_at: s.statusAt, source: s.source, ips: Object.values(s.ips), blocked: s.blocked }, null, 1) + '\n')
          return 0
        }
        if (!s.dataAt && !s.statusAt) {
          ctx.out.write(`no SNDS data yet (${cfg.snds.key ? 'the gateway fetches it every [snds] interval' : 'set [snds] key, or use outpost snds import FILE'})\n`)
          return 0
        }
        ctx.out.write(`SNDS data of ${isoMinute(s.dataAt)} UTC, IP status of ${isoMinute(s.statusAt)} UTC (${s.source ?? '?'})\n\n`)
        ctx.out.write(`${pad('IP', 18)}${pad('FILTER', 8)}${pad('ACTIVITY', 38)}${pad('MESSAGES', 10)}${pad('RCPTS', 9)}${pad('COMPLAINTS', 12)}${pad('TRAPS', 7)}SAMPLE MAIL FROM\n`)
        for (const r of Object.values(s.ips).sort((a, b) => a.ip.localeCompare(b.ip))) {
          ctx.out.write(
            `${pad(r.ip, 18)}${pad(r.filter || '-', 8)}${pad(`${r.activityStart} - ${r.activityEnd}`, 38)}${pad(String(r.dataCommands), 10)}${pad(String(r.recipients), 9)}${pad(r.complaintRate || '-', 12)}${pad(String(r.trapHits), 7)}${printable(r.sampleMailFrom || '-')}\n`,
          )
        }
        const blocked = s.blocked.filter((b) => b.blocked)
        ctx.out.write(`\nblocked ranges: ${blocked.length ? '' : 'none'}\n`)
        for (const b of blocked) ctx.out.write(`  ${b.first} - ${b.last}: ${printable(b.reason)}\n`)
        return 0
      }
      default:
        throw new UsageError(`unknown command "${sub}"`)
    }
  })
}
