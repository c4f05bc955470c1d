// The one argument parser of every `outpost` subcommand (Node's util.parseArgs),
// with what they all share: --help/-h, -c DIR after the subcommand, usage
// errors on stderr with exit status 2, and the exit statuses themselves.
//
// A subcommand module exports `run(args, ctx)` and starts with
//
//   const p = parseCommand(ctx, 'quarantine', args, SPEC)
//   if (typeof p === 'number') return p      // --help printed (0) or a usage error (2)
//
// where SPEC = { usage: '...', options: { json: { type: 'boolean' }, ... } }.
import { parseArgs } from 'node:util'

/** Exit statuses of every `outpost` command (README, "The outpost command"). */
export const EXIT = {
  /** done; for checks: nothing to fix */
  OK: 0,
  /** the command ran and something is wrong (a check failed, an entry could not be released, ...) */
  FAILURE: 1,
  /** usage or configuration error: nothing was done */
  USAGE: 2,
} as const

/** A command line the subcommand cannot act on: printed with its usage, exit status 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  multiple?: boolean
}

export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** printed for --help (stdout) and after a usage error (stderr) */
  usage: string
  options?: O
  /** positional arguments allowed (default true); `max` bounds their number */
  positionals?: boolean | { min?: number; max?: number }
}

type Value<S extends OptionSpec> = S['type'] extends 'string'
  ? S['multiple'] extends true
    ? string[]
    : string
  : S['multiple'] extends true
    ? boolean[]
    : boolean

export interface Parsed<O extends Record<string, OptionSpec>> {
  values: { [K in keyof O]?: Value<O[K]> }
  positionals: string[]
}

/** What a subcommand gets from the dispatcher that parseCommand may adjust (-c DIR after the subcommand). */
export interface ParseContext {
  out: NodeJS.WritableStream
  err: NodeJS.WritableStream
  /** set by -c DIR / --config-dir DIR given after the subcommand */
  setDir?: (dir: string) => void
}

const COMMON: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h' },
  'config-dir': { type: 'string', short: 'c' },
}

/** util.parseArgs' error text with the ERR_PARSE_ARGS_* boilerplate trimmed. */
function plainMessage(err: Error): string {
  return err.message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '').replace(/^Unknown option '([^']*)'/, 'unknown option $1')
}

/**
 * Parse a subcommand's arguments; throws UsageError. `--help` is reported as
 * values.help. Long options take `--name value` or `--name=value`; `--` ends them.
 */
export function parseStrict<O extends Record<string, OptionSpec>>(args: string[], spec: CommandSpec<O>): Parsed<O> & { help: boolean; configDir?: string } {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: { ...COMMON, ...(spec.options ?? {}) } as Record<string, OptionSpec>,
      allowPositionals: spec.positionals !== false,
      strict: true,
    })
  } catch (err) {
    throw new UsageError(plainMessage(err as Error))
  }
  const values = parsed.values as Record<string, unknown>
  const help = values.help === true
  const configDir = typeof values['config-dir'] === 'string' ? (values['config-dir'] as string) : undefined
  delete values.help
  delete values['config-dir']
  const positionals = parsed.positionals
  if (!help && typeof spec.positionals === 'object') {
    const { min = 0, max = Infinity } = spec.positionals
    if (positionals.length < min) throw new UsageError(`expected at least ${min} argument${min === 1 ? '' : 's'}`)
    if (positionals.length > max) throw new UsageError(`unexpected argument "${positionals[max]}"`)
  }
  return { values: values as Parsed<O>['values'], positionals, help, configDir }
}

/**
 * Parse a subcommand's arguments the way every `outpost` subcommand does: on
 * --help print the usage to stdout and return 0; on a usage error print it
 * with the usage to stderr and return 2; else the parsed arguments.
 */
export function parseCommand<O extends Record<string, OptionSpec>>(
  ctx: ParseContext,
  name: string,
  args: string[],
  spec: CommandSpec<O>,
): Parsed<O> | number {
  let p
  try {
    p = parseStrict(args, spec)
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    ctx.err.write(`outpost ${name}: ${err.message}\n\n${spec.usage}`)
    return EXIT.USAGE
  }
  if (p.help) {
    ctx.out.write(spec.usage)
    return EXIT.OK
  }
  if (p.configDir !== undefined) ctx.setDir?.(p.configDir)
  return { values: p.values, positionals: p.positionals }
}

/** Print a usage error the common way; returns 2. */
export function usageError(ctx: ParseContext, name: string, message: string, usage?: string): number {
  ctx.err.write(`outpost ${name}: ${message}\n${usage ? `\n${usage}` : ''}`)
  return EXIT.USAGE
}
