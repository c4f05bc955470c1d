// Which messages may teach the local Bayes model without a human verdict, and
// with what safeguards. Outbound mail is overwhelmingly the organisation's own
// legitimate mail, so mail delivered with a score well below the threshold is
// learned as ham; spam is learned only from human verdicts (quarantine delete
// --learn, `outpost learn`), never automatically. Safeguards:
//   - nothing near the threshold: only scores <= ham_below are learned;
//   - a per-sender cap per day, so one account (compromised, or a bulk sender)
//     cannot fill the model with its own mail;
//   - a bounded model: no automatic learning once the local model holds
//     max_messages messages (human verdicts still count);
//   - each message once (the model keeps a digest of what it learned).
// Used by `outpost eval --online` to measure the effect before it is switched on.

export interface AutoLearnSettings {
  enabled: boolean
  /** learn as ham only mail scored at or below this */
  ham_below: number
  /** at most this many messages of one sender (envelope MAIL FROM, or the authenticated user) per day */
  per_sender_per_day: number
  /** no automatic learning once the local model holds this many messages */
  max_messages: number
  /** ms learned messages wait before they are written as one batch */
  flush_interval: number
}

export const DEFAULT_AUTOLEARN: Readonly<AutoLearnSettings> = Object.freeze({
  enabled: false,
  ham_below: 2,
  per_sender_per_day: 25,
  max_messages: 20000,
  flush_interval: 60_000,
})

export class AutoLearner {
  private day = ''
  private perSender = new Map<string, number>()

  constructor(readonly settings: AutoLearnSettings) {}

  /**
   * May this delivered message be learned as ham? Its score and also what the
   * rules alone found must be at or below ham_below: list spam with 5 points
   * of abuse evidence that confident classifiers pulled down to 2 is not ham
   * (learning it would teach the model to pass the next one). Counts it
   * against its sender's daily allowance when the answer is yes.
   */
  acceptHam(result: { score: number; ruleScore?: number }, sender: string, modelSize: number, now: Date = new Date()): boolean {
    const s = this.settings
    const { score } = result
    if (!s.enabled || !Number.isFinite(score) || score > s.ham_below || modelSize >= s.max_messages) return false
    if ((result.ruleScore ?? 0) > s.ham_below) return false
    const day = now.toISOString().slice(0, 10)
    if (day !== this.day) {
      this.day = day
      this.perSender.clear()
    }
    const key = sender.toLowerCase() || '<>'
    const n = this.perSender.get(key) ?? 0
    if (n >= s.per_sender_per_day) return false
    // bounded memory: a flood of distinct senders cannot grow the table without end
    if (this.perSender.size >= 100_000 && !this.perSender.has(key)) return false
    this.perSender.set(key, n + 1)
    return true
  }
}
