// `outpost learn --spam DIR --ham DIR`: add the admin's own mail to the local
// Bayes model (bayes.model, default var/bayes/model.json under the install
// dir). The engine adds these counts to the shipped model's (see README). A
// message learned before is not counted twice; learned with the other label,
// it is moved (unlearned, then learned), so learning from quarantine
// decisions can correct earlier mistakes.
import fs from 'node:fs'
import path from 'node:path'
import { ensureOwnedDir, runningAsRoot, serviceOwnerOf } from '../lib/service_user'
import type { CliContext } from './outpost'
import { engineSettingsFor, localModelPath, parseFlags, UsageError } from './engine_setup'
import { listMessageFiles, readMessageFile } from './mail_files'
import { parseMessage } from '../engine/message'
import { tokenize } from '../engine/bayes/tokenize'
import { emptyModel, loadModel, messageDigest, saveModel, train, type BayesModel } from '../engine/bayes/model'

const USAGE = 'usage: outpost learn [--spam DIR]... [--ham DIR]... [--forget]\n' +
  '  adds the messages (one per file; every file under DIR except dot files and *.json) to the local model\n' +
  '  --forget  remove the given messages from the model instead\n'

export interface LearnSummary {
  learned: number
  relabelled: number
  unchanged: number
  forgotten: number
  model: BayesModel
  file: string
}

/** One message to learn: its bytes, and 's' (spam) or 'h' (ham). */
export interface LearnItem {
  raw: Buffer
  label: 's' | 'h'
}

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

/**
 * Add messages to (or with forget, remove them from) the local model of the
 * install at dir, and save it. Used by `outpost learn` and by the quarantine
 * command's --learn (a released message is ham, a deleted one spam).
 */
export async function learnMessages(dir: string, messages: Iterable<LearnItem>, opts: { forget?: boolean } = {}): Promise<LearnSummary> {
  const { settings } = engineSettingsFor(dir)
  const file = localModelPath(dir, settings)
  const model = fs.existsSync(file) ? loadModel(file) : emptyModel()
  const summary: LearnSummary = { learned: 0, relabelled: 0, unchanged: 0, forgotten: 0, model, file }
  for (const { raw, label } of messages) {
    const digest = messageDigest(raw)
    const before = model.learned.get(digest)
    const tokens = tokenize(await parseMessage(raw))
    if (opts.forget) {
      if (before) {
        train(model, tokens, before === 's', -1)
        model.learned.delete(digest)
        summary.forgotten++
      } else summary.unchanged++
      continue
    }
    if (before === label) {
      summary.unchanged++
      continue
    }
    if (before) {
      train(model, tokens, before === 's', -1)
      summary.relabelled++
    } else summary.learned++
    train(model, tokens, label === 's', 1)
    model.learned.set(digest, label)
  }
  // run as root (sudo): the model and its directory belong to the user the gateway runs as
  const owner = runningAsRoot() ? serviceOwnerOf(dir) : undefined
  ensureOwnedDir(path.dirname(file), owner, 0o750)
  saveModel(model, file, { owner })
  return summary
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
