// `outpost reputation check | status`: are the gateway's public addresses on
// the configured DNS blocklists?
import { readDnsServers } from '../lib/dns_servers'
import { readHarakaIni } from '../lib/haraka_ini'
import { ConfigError } from '../lib/ini'
import { readListings } from '../reputation/blocklist'
import { loadReputationConfig } from '../reputation/config'
import { checkBlocklists, makeResolvers } from '../reputation/watch'
import { cliAlert } from './feedback'
import type { CliContext } from './outpost'
import { parseCommand, UsageError } from './args'
import { isoMinute, pad, printable, runCommand } from './reputation_args'

const USAGE = `usage: outpost [-c DIR] reputation COMMAND

  check [--json] [--dns SERVER[:PORT]]
              look up [reputation] public_ips on the blocklists now, through haraka.ini [dns]
              servers (or --dns); a listing not known before raises its alert, as the
              gateway's scheduled check would
  status      the listings remembered from the last check

Exit status (check): 0 not listed, 1 listed somewhere, 3 some lists could not be asked
(none listed), 2 usage or config error.
`

export async function run(args: string[], ctx: CliContext): Promise<number> {
  return runCommand('reputation', USAGE, args, ctx, true, async (sub, _complain) => {
    const p = parseCommand(ctx, `reputation ${sub}`, args.slice(1), { usage: USAGE, options: { dns: { type: 'string' }, json: { type: 'boolean' } }, positionals: { max: 0 } })
    if (typeof p === 'number') return p
    const cfg = loadReputationConfig(ctx.dir)
    switch (sub) {
      case 'check': {
        if (!cfg.watch.publicIps.length) throw new ConfigError('config/outpost_reputation.ini', undefined, 'reputation.public_ips', 'not set: name the gateway\'s public sending addresses')
        const dns = p.values.dns
        const servers = dns ? [dns] : readDnsServers(readHarakaIni(ctx.dir))
        const outcome = await checkBlocklists(cfg, makeResolvers(servers), cliAlert(cfg, ctx))
        if (p.values.json) {
          ctx.out.write(JSON.stringify(outcome, null, 1) + '\n')
        } else {
          const fresh = new Set(outcome.newListings.map((l) => `${l.ip} ${l.zone}`))
          for (const r of outcome.listed) {
            ctx.out.write(`LISTED  ${r.ip} on ${r.zone} (${r.codes.join(', ')})${fresh.has(`${r.ip} ${r.zone}`) ? ' NEW' : ''}${r.reason ? `: ${printable(r.reason)}` : ''}\n        delisting: ${r.delistUrl ?? 'no page known for this list'}\n`)
          }
          for (const e of outcome.errors) ctx.out.write(`ERROR   ${e.ip} on ${e.zone}: ${e.error}\n`)
          for (const l of outcome.delisted) ctx.out.write(`CLEARED ${l.ip} is no longer on ${l.zone}\n`)
          const asked = cfg.watch.publicIps.length * cfg.watch.blocklists.length
          ctx.out.write(
            `${cfg.watch.publicIps.length} address(es) x ${cfg.watch.blocklists.length} list(s): ${outcome.listed.length} listing(s), ${outcome.errors.length} error(s), ${asked - outcome.listed.length - outcome.errors.length} clean\n`,
          )
        }
        if (outcome.listed.length) return 1
        return outcome.errors.length ? 3 : 0
      }
      case 'status': {
        const s = await readListings(cfg.stateDir)
        const listings = Object.values(s.listings)
        if (p.values.json) {
          ctx.out.write(JSON.stringify({ last_check: s.lastCheck, listings }, null, 1) + '\n')
          return 0
        }
        ctx.out.write(`last check: ${isoMinute(s.lastCheck)} UTC\n`)
        for (const l of listings) ctx.out.write(`${pad(l.ip, 18)}${pad(l.zone, 28)}since ${isoMinute(l.since)}  ${l.delistUrl ?? ''}\n`)
        ctx.out.write(`${listings.length} listing(s)\n`)
        return listings.length ? 1 : 0
      }
      default:
        throw new UsageError(`unknown command "${sub}"`)
    }
  })
}
