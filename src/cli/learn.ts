// `outpost learn --spam DIR --ham DIR`: add the admin's own mail to the local
// Bayes model (bayes.model, default var/bayes/model.json under the install
// dir). The engine adds these counts to the shipped model's (see README). A
// message learned before is not counted twice; learned with the other label,
// it is moved (unlearned, then learned), so learning from quarantine
// decisions can correct earlier mistakes.
import fs from 'node:fs'
import type { CliContext } from './outpost'
import { parseFlags, UsageError } from './engine_setup'
import { listMessageFiles, readMessageFile } from './mail_files'
import { learnMessages, type LearnItem, type LearnSummary } from '../engine/learn'

export type { LearnItem, LearnSummary }

const USAGE = 'usage: outpost learn [--spam DIR]... [--ham DIR]... [--forget]\n' +
  '  adds the messages (one per file; every file under DIR except dot files, *.json, *.tsv and *.md) to the local model\n' +
  '  --forget  remove the given messages from the model instead\n'

export async function learn(
  dir: string,
  sets: { spam: string[]; ham: string[] },
  opts: { forget?: boolean } = {},
): Promise<LearnSummary> {
  function* items(): Generator<LearnItem> {
    for (const [label, dirs] of [['s', sets.spam], ['h', sets.ham]] as const) {
      for (const d of dirs) for (const f of listMessageFiles(d)) yield { raw: readMessageFile(f), label }
    }
  }
  return learnMessages(dir, items(), opts)
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  let parsed
  try {
    parsed = parseFlags(args, { '--spam': 'multi', '--ham': 'multi', '--forget': 'switch', '-h': 'switch', '--help': 'switch' })
  } catch (err) {
    ctx.err.write(`outpost learn: ${(err as Error).message}\n${USAGE}`)
    return 2
  }
  if (parsed.switches.has('-h') || parsed.switches.has('--help')) {
    ctx.out.write(USAGE)
    return 0
  }
  const spam = parsed.flags['--spam'] ?? []
  const ham = parsed.flags['--ham'] ?? []
  if (!spam.length && !ham.length) {
    ctx.err.write(`outpost learn: give --spam DIR and/or --ham DIR\n${USAGE}`)
    return 2
  }
  for (const d of [...spam, ...ham]) {
    if (!fs.existsSync(d) || !fs.statSync(d).isDirectory()) {
      ctx.err.write(`outpost learn: ${d} is not a directory\n`)
      return 2
    }
  }
  try {
    const s = await learn(ctx.dir, { spam, ham }, { forget: parsed.switches.has('--forget') })
    ctx.out.write(
      `${s.file}: learned ${s.learned}, relabelled ${s.relabelled}, forgotten ${s.forgotten}, unchanged ${s.unchanged}; ` +
        `the local model now holds ${s.model.nspam} spam and ${s.model.nham} ham, ${s.model.tokens.size} tokens\n` +
        'a running gateway picks the change up within 10 seconds\n',
    )
    return 0
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.err.write(`outpost learn: ${err.message}\n${USAGE}`)
      return 2
    }
    ctx.err.write(`outpost learn: ${(err as Error).message}\n`)
    return 1
  }
}
