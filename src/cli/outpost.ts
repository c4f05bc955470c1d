// `outpost`: the admin command. Each subcommand lives in its own module under
// src/cli/ and exports `run(args, ctx)`; this file parses the global options,
// finds the install directory and dispatches. Subcommands parse their own
// arguments with parseCommand() from ./args (util.parseArgs, --help, exit codes).
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findInstallDir, InstallDirError } from '../lib/install_dir'
import { becomeOwner, runningAsRoot, serviceOwnerOf } from '../lib/service_user'
import { EXIT } from './args'

export interface CliContext {
  /**
   * The Haraka install directory the command works on: -c DIR, else $HARAKA,
   * else the current directory when it is an install. Resolved on first use;
   * a directory that is not an install is refused (InstallDirError, exit 2).
   * Run as root, first use also makes the process act as the gateway's user.
   */
  dir: string
  out: NodeJS.WritableStream
  err: NodeJS.WritableStream
  /** -c DIR given after the subcommand (parseCommand calls it) */
  setDir?: (dir: string) => void
}

export type CommandModule = { run(args: string[], ctx: CliContext): Promise<number> }

interface CommandEntry {
  module: string
  summary: string
  /**
   * 'service' (default): run as root, the command becomes the gateway's user
   * before it touches the install, so what it writes is the gateway's.
   * 'root': the command stays root and hands what it creates over itself.
   */
  privileges?: 'service' | 'root'
}

// One line per command: other branches add theirs here.
const COMMANDS: Record<string, CommandEntry> = {
  init: { module: './init', summary: 'set up a Haraka install dir for Outpost: outpost init [DIR]', privileges: 'root' },
  // root: it reads the admin's mail folders; the model it writes is handed to the gateway's user
  learn: { module: './learn', summary: 'train the built-in classifier: outpost learn --spam DIR --ham DIR', privileges: 'root' },
  eval: { module: './eval', summary: 'measure the policy on labelled mail: outpost eval --ham DIR --spam DIR' },
  quarantine: { module: './quarantine', summary: 'review held mail: list | show | release | delete | expire' },
  queue: { module: './queue', summary: "Haraka's outbound queue: list | stats | flush" },
  senders: { module: './senders', summary: 'sender limits and locks: list | show ID | lock ID | unlock ID' },
  dkim: { module: './dkim', summary: 'DKIM keys: outpost dkim keygen DOMAIN [--selector S] [--bits 2048]', privileges: 'root' },
  doctor: { module: './doctor', summary: 'check SPF, DKIM and DMARC readiness: outpost doctor [DOMAIN...]' },
  feedback: { module: './feedback', summary: 'complaint reports (ARF, JMRP): ingest FILE... | list' },
  snds: { module: './snds', summary: 'Microsoft SNDS: import FILE... | status | fetch' },
  reputation: { module: './reputation', summary: 'own-IP blocklist watch: check | status' },
  stats: { module: './stats', summary: 'per-sender statistics: outpost stats [--sender ID] [--since TIME] [--json]' },
  o365: { module: './o365', summary: 'Exchange Online ranges: outpost o365 ranges import FILE' },
  'check-config': { module: './check_config', summary: 'validate every config file and the plugin pipeline; exit 1 on any error' },
}

export function usage(): string {
  const lines = ['usage: outpost [-c DIR] COMMAND [ARGS]', '       outpost COMMAND --help', '       outpost --version', '', 'commands:']
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(14)} ${c.summary}`)
  lines.push(
    '',
    'options:',
    '  -c, --config-dir DIR  the Haraka install directory (default: $HARAKA, else the current',
    '                        directory when it is an install)',
    '  -h, --help            this text; after a command, that command\'s usage',
    '  -V, --version         the version of Outpost',
    '',
    'exit status: 0 done, 1 something is wrong (a check failed, an entry was not released, ...),',
    '             2 usage or configuration error (nothing was done)',
    '',
    'Run as root (sudo), outpost acts as the user the gateway runs as (smtp.ini user=, else the owner',
    'of its data directories), so what it writes is the gateway\'s.',
  )
  return lines.join('\n') + '\n'
}

export function version(): string {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }
  return pkg.version
}

/** The global options before the command, and the rest. */
function splitGlobal(argv: string[]): { global: string[]; rest: string[] } {
  let i = 0
  while (i < argv.length && argv[i].startsWith('-') && argv[i] !== '--') {
    if (argv[i] === '-c' || argv[i] === '--config-dir') i++
    i++
  }
  return { global: argv.slice(0, i), rest: argv.slice(i) }
}

/**
 * A context whose `dir` is resolved on first use (so `outpost init DIR`,
 * `--help` and commands that need no install never ask for one).
 */
function makeContext(
  explicit: string | undefined,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  privileges: 'service' | 'root',
): CliContext {
  let dirOption = explicit
  let resolved: string | undefined
  const ctx: CliContext = {
    out,
    err,
    setDir(d: string) {
      dirOption = d
      resolved = undefined
    },
    get dir(): string {
      if (resolved === undefined) {
        resolved = findInstallDir({ explicit: dirOption })
        if (privileges === 'service' && runningAsRoot()) {
          const owner = serviceOwnerOf(resolved)
          if (owner) becomeOwner(owner)
        }
      }
      return resolved
    },
  }
  return ctx
}

export async function main(argv: string[], io: Partial<CliContext> = {}): Promise<number> {
  const out = io.out ?? process.stdout
  const err = io.err ?? process.stderr
  const { global, rest } = splitGlobal(argv)
  let values: { 'config-dir'?: string; help?: boolean; version?: boolean }
  try {
    values = parseArgs({
      args: global,
      options: {
        'config-dir': { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
      allowPositionals: false,
      strict: true,
    }).values
  } catch (e) {
    err.write(`outpost: ${(e as Error).message.replace(/\. To specify a positional.*$/s, '')}\n\n${usage()}`)
    return EXIT.USAGE
  }
  if (values.version) {
    out.write(`outpost ${version()}\n`)
    return EXIT.OK
  }
  if (values.help) {
    out.write(usage())
    return EXIT.OK
  }
  const [name, ...args] = rest[0] === '--' ? rest.slice(1) : rest
  if (!name) {
    err.write(usage())
    return EXIT.USAGE
  }
  if (name === 'help') {
    if (args[0] && COMMANDS[args[0]]) return main([args[0], '--help'], { out, err })
    out.write(usage())
    return EXIT.OK
  }
  const command = COMMANDS[name]
  if (!command) {
    err.write(`outpost: unknown command "${name}"\n\n${usage()}`)
    return EXIT.USAGE
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(command.module) as CommandModule
  const ctx = makeContext(values['config-dir'], out, err, command.privileges ?? 'service')
  try {
    return await mod.run(args, ctx)
  } catch (e) {
    if (e instanceof InstallDirError) {
      err.write(`outpost ${name}: ${e.message}\n`)
      return EXIT.USAGE
    }
    throw e
  }
}
