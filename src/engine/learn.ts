// Learning into the local Bayes model of an install: `outpost learn`, the
// quarantine's --learn and the gateway's automatic learning all come here. A
// message learned before is not counted twice; learned with the other label,
// it is moved (unlearned, then learned). The model file is written atomically
// and, when run as root (sudo), belongs to the user the gateway runs as.
import fs from 'node:fs'
import path from 'node:path'
import { ensureOwnedDir, runningAsRoot, serviceOwnerOf } from '../lib/service_user'
import { engineSettingsFor, localModelPath } from './install_settings'
import { parseMessage } from './message'
import { tokenize } from './bayes/tokenize'
import { emptyModel, loadModel, messageDigest, saveModel, train, type BayesModel } from './bayes/model'

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
