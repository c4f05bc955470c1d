// The limits Outpost counts, and the window of each. Windows are sliding, kept
// as buckets: a per-hour count is the sum of the 12 most recent five-minute
// buckets (the current one included), so it covers between 55 and 60 minutes;
// per day is 24 one-hour buckets; per 10 minutes is 10 one-minute buckets.
// Distinct recipient domains are kept exactly (each domain with the time it
// was last seen). The same table drives both state backends.

export const COUNTER_LIMITS = ['messages_per_hour', 'messages_per_day', 'recipients_per_hour', 'spam_per_10min', 'refused_recipients_per_hour'] as const
export type CounterLimit = (typeof COUNTER_LIMITS)[number]
export const DISTINCT_LIMITS = ['recipient_domains_per_hour'] as const
export type DistinctLimit = (typeof DISTINCT_LIMITS)[number]
/** checked per message, nothing stored */
export const MESSAGE_LIMITS = ['recipients_per_message'] as const
export type MessageLimit = (typeof MESSAGE_LIMITS)[number]
export type LimitName = CounterLimit | DistinctLimit | MessageLimit
export const LIMIT_NAMES: readonly LimitName[] = [
  'messages_per_hour',
  'messages_per_day',
  'recipients_per_hour',
  'recipients_per_message',
  'recipient_domains_per_hour',
  'spam_per_10min',
  'refused_recipients_per_hour',
]

/** What one event adds: a message, its recipients, a spam verdict, recipients refused at delivery. */
export type Quantity = 'messages' | 'recipients' | 'spam' | 'refused'

export interface CounterWindow {
  windowMs: number
  buckets: number
  bucketMs: number
  counts: Quantity
}

const MIN = 60_000
const HOUR = 3_600_000

export const COUNTERS: Record<CounterLimit, CounterWindow> = {
  messages_per_hour: { windowMs: HOUR, buckets: 12, bucketMs: 5 * MIN, counts: 'messages' },
  messages_per_day: { windowMs: 24 * HOUR, buckets: 24, bucketMs: HOUR, counts: 'messages' },
  recipients_per_hour: { windowMs: HOUR, buckets: 12, bucketMs: 5 * MIN, counts: 'recipients' },
  spam_per_10min: { windowMs: 10 * MIN, buckets: 10, bucketMs: MIN, counts: 'spam' },
  refused_recipients_per_hour: { windowMs: HOUR, buckets: 12, bucketMs: 5 * MIN, counts: 'refused' },
}

export const DISTINCT_WINDOW_MS: Record<DistinctLimit, number> = { recipient_domains_per_hour: HOUR }

/** How long a subject's counters can matter: the longest window. */
export const LONGEST_WINDOW_MS = 24 * HOUR

export function bucketOf(now: number, w: CounterWindow): number {
  return Math.floor(now / w.bucketMs)
}
