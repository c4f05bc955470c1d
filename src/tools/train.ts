// `npm run train`: rebuild models/outpost-bayes.json (Bayes token counts) and
// models/outpost-logreg.bin (logistic-regression weights) from the training
// part of the public corpus. Deterministic: same corpus, same bytes out (the
// messages are read in corpus order and the SGD shuffle has a fixed seed).
//   node dist/tools/train.js [--out FILE] [--logreg-out FILE] [--min-count N] [--exclude-buckets A-B] [--synthetic DIR]
//                            [--no-synthetic] [--no-lures] [--lures-per-bank N] [--lure-extra-body N] [--no-i18n-ham]
//                            [--i18n-ham-per-bank N] [--written DIR]
// The TRAINING part of our own transactional and newsletter mail (src/tools/synth.ts,
// template sets default and salted, default size and seed) is added as ham, and the
// TRAINING part of our own lures (src/tools/synth_lures.ts, sentence sets of the
// training part) as spam: written to a temporary directory and read like any corpus;
// --synthetic DIR reads an existing set instead (node dist/tools/synth.js --out DIR),
// --no-synthetic leaves both out, --no-lures the lures only, --lures-per-bank N writes
// N lures per kind and language instead of the default, --lure-extra-body N gives each training
// lure N body sentences more than an evaluation lure (default 3). The TRAINING part of our own
// legitimate mail in seven languages (src/tools/synth_i18n.ts) is added as ham
// (group synthetic-i18n-ham): --no-i18n-ham leaves it out, --i18n-ham-per-bank N
// writes N messages per kind and language instead of the default. The shipped models are
// trained with both: see README "The shipped model". --written DIR (repeatable) adds mail written for
// this project by other hands, DIR/SET/spam/*.eml and DIR/SET/ham/*.eml (test/fixtures/written-mail has
// that shape): for experiments; the shipped models are trained without it (see written-mail.md).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_SYNTH, writeSynth } from './synth'
import { DEFAULT_LURES, writeLures } from './synth_lures'
import { DEFAULT_I18N_HAM, writeI18nHam } from './synth_i18n'
import { corpusMessages, isHoldout, type CorpusMessage } from './corpus'
import { listMessageFiles, readMessageFile } from '../cli/mail_files'
import { parseMessage } from '../engine/message'
import { tokenize } from '../engine/bayes/tokenize'
import { emptyModel, prune, saveModel, train } from '../engine/bayes/model'
import { SHIPPED_LOGREG_PATH, SHIPPED_MODEL_PATH } from '../engine/index'
import { hashFeatures } from '../engine/logreg/features'
import { lrTokens } from '../engine/logreg/tokens'
import { DEFAULT_LOGREG_PARAMS, saveLogReg, trainLogReg, type LabelledFeatures } from '../engine/logreg/model'

/**
 * Tokens seen fewer times than this in the whole training set are dropped.
 * 1 keeps all (1.4 MB): cross-validation on the training part showed pruning
 * singletons (2) costs about 1 point of spam caught at the same ham rate.
 */
export const SHIPPED_MIN_COUNT = 1

export async function trainOn(messages: CorpusMessage[], minCount: number) {
  const model = emptyModel()
  const features: LabelledFeatures[] = []
  for (const m of messages) {
    const msg = await parseMessage(readMessageFile(m.file))
    const tokens = tokenize(msg)
    train(model, tokens, m.spam)
    features.push({ x: hashFeatures(lrTokens(tokens, msg), DEFAULT_LOGREG_PARAMS.bits), spam: m.spam })
  }
  prune(model, minCount)
  // parameters (lambda, epochs, eta0, 2^18 buckets) chosen by cross-validation: src/tools/cv.ts
  return { model, logreg: trainLogReg(features, DEFAULT_LOGREG_PARAMS) }
}

/** Where the training messages come from besides the 2002 corpus's training part (README "The shipped model"). */
export interface TrainingSources {
  /** an existing synthetic set (node dist/tools/synth.js --out DIR); undefined: written to a temporary directory; '': none */
  synthetic?: string
  lures: boolean
  lureOpts: typeof DEFAULT_LURES
  i18nHam: boolean
  i18nOpts: typeof DEFAULT_I18N_HAM
  /** mail written for this project by other hands: DIR/SET/spam/*.eml and DIR/SET/ham/*.eml */
  written: string[]
}

/** The sources of the shipped models. */
export const SHIPPED_SOURCES: TrainingSources = { lures: true, lureOpts: DEFAULT_LURES, i18nHam: true, i18nOpts: DEFAULT_I18N_HAM, written: [] }

/**
 * The messages the models learn, in the order they learn them: the 2002 corpus's training part (its buckets 30-99;
 * the held-out part never), then the training parts of our own sets (bucket 100). `cleanup` removes the synthetic
 * sets written for the call.
 */
export function trainingMessages(sources: TrainingSources): { messages: CorpusMessage[]; cleanup: () => void } {
  const messages = corpusMessages().filter((m) => !isHoldout(m))
  let tmp: string | undefined
  let synthetic = sources.synthetic
  if (synthetic === undefined) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outpost-synth-'))
    writeSynth(tmp, DEFAULT_SYNTH)
    if (sources.lures) writeLures(tmp, sources.lureOpts)
    if (sources.i18nHam) writeI18nHam(tmp, sources.i18nOpts)
    synthetic = tmp
  }
  if (synthetic) {
    // only the training template sets; the evaluation sets are never learned
    for (const kind of ['transactional', 'newsletters']) {
      for (const file of listMessageFiles(path.join(synthetic, 'train', kind))) messages.push({ group: `synthetic-${kind}`, file, spam: false, bucket: 100 })
    }
    // our own lures, the sentence sets of the training part, as spam
    const lureDir = path.join(synthetic, 'train', 'lures')
    if (sources.lures && fs.existsSync(lureDir)) {
      for (const file of listMessageFiles(lureDir)) messages.push({ group: 'synthetic-lures', file, spam: true, bucket: 100 })
    }
    // our own legitimate mail in seven languages, the sentence sets of the training part, as ham
    const i18nDir = path.join(synthetic, 'train', 'i18n-ham')
    if (sources.i18nHam && fs.existsSync(i18nDir)) {
      for (const file of listMessageFiles(i18nDir)) messages.push({ group: 'synthetic-i18n-ham', file, spam: false, bucket: 100 })
    }
  }
  for (const dir of sources.written) {
    for (const set of fs.readdirSync(dir).sort()) {
      for (const [label, spam] of [['spam', true], ['ham', false]] as const) {
        const d = path.join(dir, set, label)
        if (fs.existsSync(d)) for (const file of listMessageFiles(d)) messages.push({ group: `written-${set}`, file, spam, bucket: 100 })
      }
    }
  }
  return { messages, cleanup: () => tmp && fs.rmSync(tmp, { recursive: true, force: true }) }
}

async function main(argv: string[]): Promise<void> {
  let out = SHIPPED_MODEL_PATH
  let logregOut = SHIPPED_LOGREG_PATH
  let minCount = SHIPPED_MIN_COUNT
  let exclude: [number, number] | undefined
  const sources: TrainingSources = { ...SHIPPED_SOURCES, lureOpts: { ...DEFAULT_LURES }, i18nOpts: { ...DEFAULT_I18N_HAM }, written: [] }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = path.resolve(argv[++i])
    else if (argv[i] === '--logreg-out') logregOut = path.resolve(argv[++i])
    else if (argv[i] === '--min-count') minCount = Number(argv[++i])
    else if (argv[i] === '--exclude-buckets') {
      const [a, b] = argv[++i].split('-').map(Number)
      exclude = [a, b]
    } else if (argv[i] === '--synthetic') sources.synthetic = argv[++i]
    else if (argv[i] === '--no-synthetic') sources.synthetic = ''
    else if (argv[i] === '--no-lures') sources.lures = false
    else if (argv[i] === '--lures-per-bank') {
      sources.lureOpts.perBank = Number(argv[++i])
      if (!Number.isInteger(sources.lureOpts.perBank) || sources.lureOpts.perBank < 1) throw new Error('--lures-per-bank takes a whole number >= 1')
    }
    else if (argv[i] === '--lure-extra-body') {
      sources.lureOpts.trainExtraBody = Number(argv[++i])
      if (!Number.isInteger(sources.lureOpts.trainExtraBody) || sources.lureOpts.trainExtraBody < 0) throw new Error('--lure-extra-body takes a whole number >= 0')
    } else if (argv[i] === '--no-i18n-ham') sources.i18nHam = false
    else if (argv[i] === '--i18n-ham-per-bank') {
      sources.i18nOpts.perBank = Number(argv[++i])
      if (!Number.isInteger(sources.i18nOpts.perBank) || sources.i18nOpts.perBank < 1) throw new Error('--i18n-ham-per-bank takes a whole number >= 1')
    }
    else if (argv[i] === '--written') sources.written.push(argv[++i])
    else throw new Error(`unknown argument ${argv[i]}`)
  }
  const all = trainingMessages(sources)
  // --exclude-buckets leaves out part of the 2002 training part; our own sets (bucket 100) stay whatever the range
  const messages = all.messages.filter((m) => !(exclude && m.bucket < 100 && m.bucket >= exclude[0] && m.bucket <= exclude[1]))
  const { model, logreg } = await trainOn(messages, minCount)
  all.cleanup()
  saveModel(model, out, { withLearned: false, mode: 0o644 })
  saveLogReg(logreg, logregOut)
  process.stdout.write(`trained on ${model.nspam} spam + ${model.nham} ham (held-out messages excluded), ${model.tokens.size} tokens -> ${out}\n`)
  process.stdout.write(`logistic regression: 2^${logreg.bits} weights -> ${logregOut}\n`)
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`train: ${(err as Error).stack}\n`)
    process.exit(1)
  })
}
