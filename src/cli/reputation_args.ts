import { ConfigError } from '../lib/ini'
import { FilterError } from '../quarantine/filter'
// Argument handling shared by `outpost feedback|snds|reputation|stats`:
// positionals, --flag VALUE / --flag=VALUE for the flags a command declares,
// boolean flags; anything else is a usage error.
export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[]
  values: Map<string, string>
  flags: Set<string>
}

export function parseArgs(args: string[], valueFlags: string[], boolFlags: string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], values: new Map(), flags: new Set() }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--') {
      out.positional.push(...args.slice(i + 1))
      break
    }
    if (a.startsWith('-') && a.length > 1) {
      const eq = a.indexOf('=')
      const name = eq > 0 ? a.slice(0, eq) : a
      if (valueFlags.includes(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : args[++i]
        if (v === undefined) throw new UsageError(`${name} needs a value`)
        out.values.set(name, v)
      } else if (boolFlags.includes(name) && eq < 0) out.flags.add(name)
      else throw new UsageError(`unknown option ${a}`)
      continue
    }
    out.positional.push(a)
  }
  return out
}

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
    return sub ? 0 : 2
  }
  if (!withSubcommand && args.some((a) => a === '--help' || a === '-h')) {
    ctx.out.write(usage)
    return 0
  }
  try {
    return await body(sub, complain)
  } catch (err) {
    if (err instanceof UsageError) {
      complain(`${err.message}\n\n${usage}`)
      return 2
    }
    if (err instanceof ConfigError || err instanceof FilterError) {
      complain(err.message)
      return 2
    }
    complain((err as Error).message ?? String(err))
    return 1
  }
}
