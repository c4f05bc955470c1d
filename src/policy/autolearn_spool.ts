// Automatic learning in the running gateway ([autolearn] in outpost_policy.ini):
// mail that passed with a score at or below ham_below is queued in memory (at
// most MAX_PENDING messages) and added to the local Bayes model as ham every
// [autolearn] flush_interval, with the per-sender daily cap and the model-size bound of
// src/engine/autolearn.ts. The model file is written atomically by
// learnMessages (src/engine/learn.ts), the same path `outpost learn` takes; the
// engine reloads it within 10 s. Each Haraka process flushes its own queue: two
// processes writing at the same moment can lose one batch (never corrupt the
// file: the write is a rename).
import { AutoLearner, type AutoLearnSettings } from '../engine/autolearn'
import { learnMessages, type LearnItem } from '../engine/learn'

export const MAX_PENDING = 200

export class AutoLearnSpool {
  private learner: AutoLearner
  private pending: LearnItem[] = []
  private timer: NodeJS.Timeout | undefined
  private flushing: Promise<void> | undefined
  /** messages in the local model after the last flush (bounds automatic learning) */
  modelSize = 0

  constructor(
    readonly dir: string,
    settings: AutoLearnSettings,
    private readonly log: (line: string) => void,
    private readonly flushMs = settings.flush_interval,
  ) {
    this.learner = new AutoLearner(settings)
  }

  /** Offer a message that passed; returns whether it was queued for learning. */
  offer(raw: Buffer, result: { score: number; ruleScore?: number }, sender: string): boolean {
    if (this.pending.length >= MAX_PENDING) return false
    if (!this.learner.acceptHam(result, sender, this.modelSize + this.pending.length)) return false
    this.pending.push({ raw, label: 'h' })
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.flushMs)
      this.timer.unref()
    }
    return true
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    await this.flushing
    const items = this.pending
    this.pending = []
    if (!items.length) return
    this.flushing = (async () => {
      try {
        const s = await learnMessages(this.dir, items)
        this.modelSize = s.model.nspam + s.model.nham
        this.log(`outpost autolearn: learned ${s.learned} delivered message(s) as ham into ${s.file} (now ${s.model.nspam} spam, ${s.model.nham} ham)`)
      } catch (err) {
        this.log(`outpost autolearn: could not update the local model, ${items.length} message(s) not learned: ${(err as Error).message}`)
      }
    })()
    await this.flushing
  }
}
