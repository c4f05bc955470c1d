// The hand-off from outpost_policy (data_post) to the plugins that act on its
// verdict in queue_outbound. Everything lives on transaction.notes, which
// Haraka serialises into queue files, so it stays JSON-safe.
//
// - Every scored message carries its Verdict in notes[VERDICT_NOTE].
// - Quarantine: outpost_policy sets notes 'queue.wants' = 'quarantine' (Haraka's
//   convention, also honoured by its queue/* plugins). The quarantine plugin, in
//   queue_outbound, calls wantsQuarantine(notes); when true it stores the message
//   and answers OK (the client then sees 250). If nobody takes it, outpost_policy
//   answers 4xx at the end of queue_outbound: spam is never delivered and never
//   silently dropped.
// - Discard: outpost_policy itself answers OK in queue_outbound without queueing.
import type { Verdict } from '../lib/verdict'
import { VERDICT_NOTE } from '../lib/verdict'

export { VERDICT_NOTE }
export const QUEUE_WANTS_NOTE = 'queue.wants'
export const QUARANTINE_QUEUE = 'quarantine'
/** the plugin expected to take quarantined mail; outpost_policy tempfails when it is not in config/plugins */
export const QUARANTINE_PLUGIN = 'outpost_quarantine'

/** transaction.notes: a haraka-notes object (dotted-path get/set) */
export interface TransactionNotes {
  [key: string]: any
  get(path: string): any
  set(path: string, value: unknown): void
}

export function recordVerdict(notes: TransactionNotes, verdict: Verdict): void {
  // a plain copy: nothing but JSON data goes into a queue file
  notes[VERDICT_NOTE] = JSON.parse(JSON.stringify(verdict))
}

export function readVerdict(notes: TransactionNotes | undefined): Verdict | undefined {
  const v = notes?.[VERDICT_NOTE]
  return v && typeof v === 'object' && typeof v.score === 'number' ? (v as Verdict) : undefined
}

export function requestQuarantine(notes: TransactionNotes, verdict: Verdict): void {
  recordVerdict(notes, verdict)
  notes.set(QUEUE_WANTS_NOTE, QUARANTINE_QUEUE)
}

/** transaction.notes key: why a plugin other than the policy wants the message held ({ reason, by }) */
export const HOLD_NOTE = 'outpost_hold'

export interface HoldRequest {
  /** for the quarantine metadata and the log, e.g. "sender alice@example.org locked: messages_per_hour 51 > 50" */
  reason: string
  /** the plugin asking, e.g. outpost_limits */
  by: string
}

/**
 * Hold the message in the quarantine whatever its score (a locked sender):
 * the same hand-off as the policy's, so outpost_quarantine stores it durably
 * (250 only once stored) and, with no quarantine plugin loaded, outpost_policy
 * answers 451 rather than deliver it.
 */
export function requestHold(notes: TransactionNotes, hold: HoldRequest): void {
  notes[HOLD_NOTE] = { reason: hold.reason, by: hold.by }
  notes.set(QUEUE_WANTS_NOTE, QUARANTINE_QUEUE)
}

export function readHold(notes: TransactionNotes | Record<string, any> | undefined): HoldRequest | undefined {
  const h = notes?.[HOLD_NOTE]
  return h && typeof h.reason === 'string' ? (h as HoldRequest) : undefined
}

export function wantsQuarantine(notes: TransactionNotes | undefined): boolean {
  return notes?.get(QUEUE_WANTS_NOTE) === QUARANTINE_QUEUE
}

export function wantsDiscard(notes: TransactionNotes | undefined): boolean {
  const v = readVerdict(notes)
  return !!v && v.is_spam && v.action === 'discard'
}
