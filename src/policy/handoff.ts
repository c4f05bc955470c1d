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

export function wantsQuarantine(notes: TransactionNotes | undefined): boolean {
  return notes?.get(QUEUE_WANTS_NOTE) === QUARANTINE_QUEUE
}

export function wantsDiscard(notes: TransactionNotes | undefined): boolean {
  const v = readVerdict(notes)
  return !!v && v.is_spam && v.action === 'discard'
}
