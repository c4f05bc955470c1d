// `npm run oof`: the engine's out-of-fold figures on the TRAINING part of the 2002 corpus. The training part is
// cut into K folds (by corpus bucket, as `npm run cv` cuts it); for each fold both classifiers are trained, as
// `npm run train` trains the shipped ones (the same sources: our own synthetic sets learned in every fold), on
// everything but that fold, and the fold's messages are scored by the whole engine with those models: the rules,
// both classifiers, the cap and the floor, as a message the shipped models never saw is scored. In-sample (the
// shipped models scoring what they learned) the training part looks better than it is; the held-out part
// (`npm run eval:holdout`) must not be read to design a rule. These figures may be read: their missed spam is
// what the held-out part's misses are like (issue 10, thirty-eighth round).
//   node dist/tools/oof.js [--folds K] [--threshold T] [--show-errors N]
// `npm run cv` is the older, faster tool for the classifiers' parameters: it trains on the 2002 messages alone
// and adds the bands' scores without the engine's cap.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createEngine } from '../engine/index'
import { DEFAULT_ENGINE_SETTINGS } from '../engine/settings'
import { loadModel, saveModel } from '../engine/bayes/model'
import { loadLogReg, saveLogReg } from '../engine/logreg/model'
import { readMessageFile } from '../cli/mail_files'
import { breakdown, factsFromHeaders, report, type Scored } from '../cli/eval'
import type { CorpusMessage } from './corpus'
import { SHIPPED_MIN_COUNT, SHIPPED_SOURCES, trainingMessages, trainOn } from './train'

/** A message of the 2002 training part belongs to fold bucket % folds; our own sets (bucket 100) are learned in every fold. */
export function foldOf(m: CorpusMessage, folds: number): number | undefined {
  return m.bucket < 100 ? m.bucket % folds : undefined
}

/**
 * Each fold's messages scored by an engine (default settings) whose two models were trained on every message but
 * that fold's, written and read back as `npm run train` writes the shipped files (the weights quantised as shipped).
 */
export async function outOfFold(messages: CorpusMessage[], folds: number, tmpDir: string): Promise<Scored[]> {
  const scored: Scored[] = []
  for (let k = 0; k < folds; k++) {
    const { model, logreg } = await trainOn(
      messages.filter((m) => foldOf(m, folds) !== k),
      SHIPPED_MIN_COUNT,
    )
    const bayesFile = path.join(tmpDir, `fold-${k}-bayes.json`)
    const logregFile = path.join(tmpDir, `fold-${k}-logreg.bin`)
    saveModel(model, bayesFile, { withLearned: false, mode: 0o644 })
    saveLogReg(logreg, logregFile)
    const engine = createEngine(DEFAULT_ENGINE_SETTINGS, { installDir: tmpDir, shippedModels: { bayes: loadModel(bayesFile), logreg: loadLogReg(logregFile) } })
    for (const m of messages.filter((x) => foldOf(x, folds) === k)) {
      const raw = readMessageFile(m.file)
      scored.push({ file: m.file, spam: m.spam, set: `2002-${m.group}`, kind: m.spam ? 'old-spam' : 'old-ham', result: await engine.score(raw, await factsFromHeaders(raw)) })
    }
  }
  return scored
}

async function main(argv: string[]): Promise<void> {
  let folds = 7
  let threshold = 8
  let showErrors = 0
  for (let i = 0; i < argv.length; i++) {
    const value = Number(argv[i + 1])
    if (argv[i] === '--folds' && Number.isInteger(value) && value >= 2) folds = value
    else if (argv[i] === '--threshold' && Number.isFinite(value)) threshold = value
    else if (argv[i] === '--show-errors' && Number.isInteger(value) && value >= 0) showErrors = value
    else throw new Error(`unknown argument or bad value: ${argv[i]} ${argv[i + 1] ?? ''} (--folds K >= 2, --threshold T, --show-errors N)`)
    i++
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'outpost-oof-'))
  const { messages, cleanup } = trainingMessages(SHIPPED_SOURCES)
  try {
    const scored = await outOfFold(messages, folds, tmp)
    process.stdout.write(`${folds}-fold out-of-fold scores of the 2002 training part (the held-out part never read), the whole engine with default settings\n`)
    process.stdout.write(report(scored, { slowest: 5, showErrors, threshold }))
    process.stdout.write(breakdown(scored, threshold))
  } finally {
    cleanup()
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`oof: ${(err as Error).message}\n`)
    process.exit(1)
  })
}
