// `outpost o365 ranges import FILE [--out PATH]`: write the Exchange Online
// ranges file of [office365 NAME] entries from the JSON of Microsoft's
// endpoints web service, downloaded by the admin.
import fs from 'node:fs'
import path from 'node:path'
import { DEFAULT_OFFICE365_RANGES } from '../relay/config'
import { rangesFromEndpoints, renderRangesFile } from '../relay/office365_ranges'
import { EXIT, parseCommand, usageError } from './args'
import type { CliContext } from './outpost'

const USAGE = `usage: outpost [-c DIR] o365 ranges import FILE [--out PATH]

  Reads FILE, the JSON of Microsoft's endpoints web service, downloaded with e.g.
    curl -o endpoints.json "https://endpoints.office.com/endpoints/worldwide?clientrequestid=$(uuidgen)"
  and writes the IP ranges of its Exchange endpoint sets on TCP port 25 to
  ${DEFAULT_OFFICE365_RANGES} (or PATH, relative to the install directory),
  which [office365 NAME] entries of config/outpost_relay.ini read by default.
  A running gateway picks the new file up within seconds. Nothing is written
  when FILE holds no such ranges or a malformed one.
`

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const p = parseCommand(ctx, 'o365', args, { usage: USAGE, options: { out: { type: 'string' } } })
  if (typeof p === 'number') return p
  const [group, verb, ...rest] = p.positionals
  if (group === undefined) {
    ctx.err.write(USAGE)
    return EXIT.USAGE
  }
  if (group !== 'ranges' || verb !== 'import') return usageError(ctx, 'o365', `unknown subcommand "${[group, verb].filter(Boolean).join(' ')}"`, USAGE)
  if (rest.length !== 1) return usageError(ctx, 'o365 ranges import', rest.length ? `one FILE (got "${rest.join('", "')}")` : 'FILE is missing', USAGE)
  const file = rest[0]
  const out = p.values.out ?? DEFAULT_OFFICE365_RANGES
  let json: string
  try {
    json = fs.readFileSync(file, 'utf8')
  } catch (err) {
    ctx.err.write(`outpost o365 ranges import: cannot read ${file}: ${(err as Error).message}\n`)
    return EXIT.FAILURE
  }
  let ranges
  try {
    ranges = rangesFromEndpoints(json)
  } catch (err) {
    ctx.err.write(`outpost o365 ranges import: ${file}: ${(err as Error).message}; nothing written\n`)
    return EXIT.FAILURE
  }
  const target = path.resolve(ctx.dir, out)
  const tmp = `${target}.${process.pid}.tmp`
  try {
    fs.writeFileSync(tmp, renderRangesFile(ranges, path.basename(file)), { mode: 0o644 })
    fs.renameSync(tmp, target)
  } catch (err) {
    fs.rmSync(tmp, { force: true })
    ctx.err.write(`outpost o365 ranges import: cannot write ${target}: ${(err as Error).message}\n`)
    return EXIT.FAILURE
  }
  const v6 = ranges.networks.filter((n) => n.includes(':')).length
  ctx.out.write(`wrote ${target}: ${ranges.networks.length - v6} IPv4 and ${v6} IPv6 ranges of Exchange Online (TCP 25)\n`)
  return 0
}
