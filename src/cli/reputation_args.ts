// Shared by `outpost feedback|snds|reputation|stats`: table cells, and the
// frame of a command (arguments themselves are parsed by ./args, the one
// parser of every outpost subcommand).
import { ConfigError } from '../lib/ini'
import { FilterError } from '../quarantine/filter'
import { EXIT, UsageError } from './args'

export function pad(s: string, n: number): string {
  return s.length >= n ? `${s.slice(0, n - 1)}~ ` : s.padEnd(n)
}

export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, ' ')
}

export function isoMinute(t: number | undefined): string {
  return t ? new Date(t).toISOString().slice(0, 16).replace('T', ' ') : '-'
}

/**
 * The frame of `outpost feedback|snds|reputation|stats`: usage and --help,
 * and one mapping of errors to exit statuses (2 usage or configuration, 1
 * anything else). `withSubcommand`: the first argument names what to do.
 */
export async function runCommand(
  command: string,
  usage: string,
  args: string[],
  ctx: { out: NodeJS.WritableStream; err: NodeJS.WritableStream },
  withSubcommand: boolean,
  body: (sub: string, complain: (s: string) => void) => Promise<number>,
): Promise<number> {
  const complain = (s: string): void => void ctx.err.write(`outpost ${command}: ${s}\n`)
  const sub = withSubcommand ? args[0] : ''
  if (withSubcommand && (!sub || ['help', '--help', '-h'].includes(sub))) {
    ;(sub ? ctx.out : ctx.err).write(usage)
    return sub ? EXIT.OK : EXIT.USAGE
  }
  try {
    return await body(sub, complain)
  } catch (err) {
    if (err instanceof UsageError) {
      complain(`${err.message}\n\n${usage}`)
      return EXIT.USAGE
    }
    if (err instanceof ConfigError || err instanceof FilterError) {
      complain(err.message)
      return EXIT.USAGE
    }
    complain((err as Error).message ?? String(err))
    return EXIT.FAILURE
  }
}
