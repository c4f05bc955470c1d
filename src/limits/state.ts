// The state of sender limits (counters and locks), behind one interface with
// two backends: memory (src/limits/memory_state.ts, one gateway, persisted to
// var/limits) and Redis (src/limits/redis_state.ts, shared by gateways).
// Both implement the same algorithm, `charge`, atomically: check every limit
// of every subject of a message, then either count it everywhere or (mode
// refuse) nowhere, and lock what crossed a limit (mode lock).
//
// A subject is what is counted: `id:IDENTITY` (the sender identity),
// `domain:DOMAIN` (the sender domain), `ip:ADDRESS` (the client IP).
import type { CounterLimit, DistinctLimit, LimitName, Quantity } from './windows'

export type SubjectKind = 'id' | 'domain' | 'ip'

export interface LockInfo {
  /** ms since epoch */
  since: number
  /** ms since epoch when it lifts by itself; 0 = until unlocked */
  until: number
  by: string
  reason: string
  limit?: LimitName
  value?: number
  max?: number
}

export interface ChargeSubject {
  key: string
  /** limits for this subject; 0 or absent = no limit */
  limits: Partial<Record<LimitName, number>>
  add: Partial<Record<Quantity, number>>
  /** recipient domains of the message (distinct per hour) */
  domains?: string[]
  /** a limit already known to be crossed (recipients_per_message) */
  forced?: { limit: LimitName; value: number; max: number }
}

/** refuse: count nothing when a limit is crossed; lock: count and lock what crossed; count: count anyway */
export type ChargeMode = 'refuse' | 'lock' | 'count'

export interface ChargeRequest {
  now: number
  subjects: ChargeSubject[]
  mode: ChargeMode
  /** mode lock: when the lock lifts (ms since epoch), 0 = until unlocked */
  lockUntil?: number
  /** mode lock: recorded with the lock */
  reason?: string
}

export interface Exceeded {
  key: string
  limit: LimitName
  value: number
  max: number
}

export interface ChargeResult {
  /** subjects locked before this charge (their mail is held) */
  locked: Array<{ key: string; lock: LockInfo }>
  exceeded: Exceeded[]
  /** subjects this charge locked */
  newlyLocked: Array<{ key: string; lock: LockInfo }>
  counted: boolean
  /** the counts after this charge (or what they would have been, when not counted), per subject */
  counts: Record<string, Partial<Record<LimitName, number>>>
}

/** Undo a charge (the message was not accepted after all): the same quantities, in the same buckets. */
export interface Refund {
  now: number
  subjects: Array<{ key: string; add: Partial<Record<Quantity, number>> }>
}

export interface SubjectView {
  key: string
  counts: Partial<Record<CounterLimit | DistinctLimit, number>>
  lock?: LockInfo
  /** last time anything was counted, ms since epoch */
  seen?: number
}

export interface LimitState {
  readonly backend: 'memory' | 'redis'
  charge(req: ChargeRequest): Promise<ChargeResult>
  refund(refund: Refund): Promise<void>
  /** Lock a subject; resolves false when it was locked already (the earlier lock stays). */
  lock(key: string, lock: LockInfo): Promise<boolean>
  /** Lift a lock and clear the subject's counters, so the sender starts afresh; false when it was not locked. */
  unlock(key: string, now: number): Promise<boolean>
  get(key: string, now: number): Promise<SubjectView | undefined>
  /** Subjects with anything counted in the longest window, or a lock. */
  list(now: number): Promise<SubjectView[]>
  close(): Promise<void>
}

export class StateUnavailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StateUnavailableError'
  }
}

/** `alice@example.org` -> id:alice@example.org; `domain:x` and `ip:x` as given (case folded). */
export function subjectKey(text: string): string {
  const t = text.trim()
  if (/^(id|domain|ip):/i.test(t)) {
    const i = t.indexOf(':')
    return `${t.slice(0, i).toLowerCase()}:${t.slice(i + 1).toLowerCase()}`
  }
  return `id:${t.toLowerCase()}`
}

/** id:alice@example.org -> alice@example.org; other kinds keep their prefix. */
export function subjectLabel(key: string): string {
  return key.startsWith('id:') ? key.slice(3) : key
}
