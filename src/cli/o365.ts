// `outpost o365 ranges import FILE [--out PATH]`: write the Exchange Online
// ranges file of [office365 NAME] entries from the JSON of Microsoft's
// endpoints web service, downloaded by the admin.
import fs from 'node:fs'
import path from 'node:path'
import { DEFAULT_OFFICE365_RANGES } from '../relay/config'
import { rangesFromEndpoints, renderRangesFile } from '../relay/office365_ranges'
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
  if (!args.length || ['-h', '--help', 'help'].includes(args[0])) {
    ctx.out.write(USAGE)
    return args.length ? 0 : 2
  }
  if (args[0] !== 'ranges' || args[1] !== 'import') {
    ctx.err.write(`outpost o365: unknown subcommand "${args.slice(0, 2).join(' ')}"\n${USAGE}`)
    return 2
  }
  let file: string | undefined
  let out = DEFAULT_OFFICE365_RANGES
  for (let i = 2; i < args.length; i++) {
    const a = args[i]
    if (a === '--out') {
      const v = args[++i]
      if (!v) {
        ctx.err.write('outpost o365 ranges import: --out needs a path\n')
        return 2
      }
      out = v
    } else if (a.startsWith('-')) {
      ctx.err.write(`outpost o365 ranges import: unknown option ${a}\n${USAGE}`)
      return 2
    } else if (file === undefined) file = a
    else {
      ctx.err.write(`outpost o365 ranges import: one FILE (got "${file}" and "${a}")\n`)
      return 2
    }
  }
  if (!file) {
    ctx.err.write(`outpost o365 ranges import: FILE is missing\n${USAGE}`)
    return 2
  }
  let json: string
  try {
    json = fs.readFileSync(file, 'utf8')
  } catch (err) {
    ctx.err.write(`outpost o365 ranges import: cannot read ${file}: ${(err as Error).message}\n`)
    return 1
  }
  let ranges
  try {
    ranges = rangesFromEndpoints(json)
  } catch (err) {
    ctx.err.write(`outpost o365 ranges import: ${file}: ${(err as Error).message}; nothing written\n`)
    return 1
  }
  const target = path.resolve(ctx.dir, out)
  const tmp = `${target}.${process.pid}.tmp`
  try {
    fs.writeFileSync(tmp, renderRangesFile(ranges, path.basename(file)), { mode: 0o644 })
    fs.renameSync(tmp, target)
  } catch (err) {
    fs.rmSync(tmp, { force: true })
    ctx.err.write(`outpost o365 ranges import: cannot write ${target}: ${(err as Error).message}\n`)
    return 1
  }
  const v6 = ranges.networks.filter((n) => n.includes(':')).length
  ctx.out.write(`wrote ${target}: ${ranges.networks.length - v6} IPv4 and ${v6} IPv6 ranges of Exchange Online (TCP 25)\n`)
  return 0
}
