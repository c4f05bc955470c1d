// `outpost`: the admin command. Each subcommand lives in its own module under
// src/cli/ and exports `run(args, ctx)`; this file only dispatches.
import { installDir } from '../lib/install_dir'

export interface CliContext {
  /** the Haraka install directory the command works on (-c DIR, HARAKA, or the repository root) */
  dir: string
  out: NodeJS.WritableStream
  err: NodeJS.WritableStream
}

export type CommandModule = { run(args: string[], ctx: CliContext): Promise<number> }

const COMMANDS: Record<string, { module: string; summary: string }> = {
  learn: { module: './learn', summary: 'train the built-in classifier: outpost learn --spam DIR --ham DIR' },
  eval: { module: './eval', summary: 'measure the policy on labelled mail: outpost eval --ham DIR --spam DIR' },
  quarantine: { module: './quarantine', summary: 'review held mail: list | show | release | delete | expire' },
  senders: { module: './senders', summary: 'sender limits and locks: list | show ID | lock ID | unlock ID' },
  dkim: { module: './dkim', summary: 'DKIM keys: outpost dkim keygen DOMAIN [--selector S] [--bits 2048]' },
  doctor: { module: './doctor', summary: 'check SPF, DKIM and DMARC readiness: outpost doctor [DOMAIN...]' },
  feedback: { module: './feedback', summary: 'complaint reports (ARF, JMRP): ingest FILE... | list' },
  snds: { module: './snds', summary: 'Microsoft SNDS: import FILE... | status | fetch' },
  reputation: { module: './reputation', summary: 'own-IP blocklist watch: check | status' },
  stats: { module: './stats', summary: 'per-sender statistics: outpost stats [--sender ID] [--since TIME] [--json]' },
}

function usage(): string {
  const lines = ['usage: outpost [-c DIR] COMMAND [ARGS]', '', 'commands:']
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(11)} ${c.summary}`)
  lines.push('', '-c DIR   the Haraka install directory (default: $HARAKA, else the directory outpost is installed in)')
  return lines.join('\n') + '\n'
}

export async function main(argv: string[], io: Partial<CliContext> = {}): Promise<number> {
  const out = io.out ?? process.stdout
  const err = io.err ?? process.stderr
  const args = [...argv]
  let dir: string | undefined
  while (args.length && args[0].startsWith('-')) {
    const flag = args.shift() as string
    if (flag === '-c' || flag === '--config-dir') {
      dir = args.shift()
      if (!dir) {
        err.write('outpost: -c needs a directory\n')
        return 2
      }
    } else if (flag === '-h' || flag === '--help') {
      out.write(usage())
      return 0
    } else {
      err.write(`outpost: unknown option ${flag}\n${usage()}`)
      return 2
    }
  }
  const name = args.shift()
  if (!name || name === 'help') {
    out.write(usage())
    return name ? 0 : 2
  }
  const command = COMMANDS[name]
  if (!command) {
    err.write(`outpost: unknown command "${name}"\n${usage()}`)
    return 2
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(command.module) as CommandModule
  return mod.run(args, { dir: installDir(dir), out, err })
}
