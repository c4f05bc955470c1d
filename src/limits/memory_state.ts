// The memory backend: counters and locks in this process. Single-threaded, so
// every charge is atomic by construction. The whole state can be snapshot to
// JSON and restored (src/limits/memory_file.ts keeps it on disk), which is
// how counts survive a restart (up to the last snapshot) and locks survive it
// exactly (a lock change is written before the message is answered).
import { bucketOf, COUNTER_LIMITS, COUNTERS, CounterLimit, DISTINCT_LIMITS, DISTINCT_WINDOW_MS, DistinctLimit, LONGEST_WINDOW_MS } from './windows'
import type { ChargeRequest, ChargeResult, Exceeded, LimitState, LockInfo, Refund, SubjectView } from './state'

interface SubjectData {
  counters: Partial<Record<CounterLimit, Map<number, number>>>
  distinct: Partial<Record<DistinctLimit, Map<string, number>>>
  lock?: LockInfo
  seen: number
}

export interface MemorySnapshot {
  version: 1
  subjects: Record<string, { c: Partial<Record<CounterLimit, Record<string, number>>>; d: Partial<Record<DistinctLimit, Record<string, number>>>; lock?: LockInfo; seen: number }>
}

export class MemoryState implements LimitState {
  readonly backend = 'memory' as const
  private readonly subjects = new Map<string, SubjectData>()
  /** set on every change; the persister clears it when it has written a snapshot */
  dirty = false
  /** called when a lock is set or lifted, so it can be made durable at once */
  onLockChange?: () => Promise<void>

  private data(key: string, create: boolean): SubjectData | undefined {
    let d = this.subjects.get(key)
    if (!d && create) {
      d = { counters: {}, distinct: {}, seen: 0 }
      this.subjects.set(key, d)
    }
    return d
  }

  private counterValue(d: SubjectData | undefined, name: CounterLimit, now: number): number {
    const m = d?.counters[name]
    if (!m) return 0
    const w = COUNTERS[name]
    const idx = bucketOf(now, w)
    let sum = 0
    for (const [b, n] of m) {
      if (b > idx - w.buckets && b <= idx) sum += n
      else if (b <= idx - w.buckets) m.delete(b)
    }
    return sum
  }

  private distinctMembers(d: SubjectData | undefined, name: DistinctLimit, now: number): Map<string, number> | undefined {
    const m = d?.distinct[name]
    if (!m) return undefined
    const cutoff = now - DISTINCT_WINDOW_MS[name]
    for (const [k, t] of m) if (t <= cutoff) m.delete(k)
    return m
  }

  /** The lock in force, lifting (and clearing the counters of) one whose time is up. */
  private activeLock(key: string, d: SubjectData | undefined, now: number): LockInfo | undefined {
    if (!d?.lock) return undefined
    if (d.lock.until && d.lock.until <= now) {
      this.clear(key)
      return undefined
    }
    return d.lock
  }

  private clear(key: string): void {
    this.subjects.delete(key)
    this.dirty = true
  }

  private changedLocks(): Promise<void> {
    this.dirty = true
    return this.onLockChange ? this.onLockChange() : Promise.resolve()
  }

  async charge(req: ChargeRequest): Promise<ChargeResult> {
    const { now } = req
    const result: ChargeResult = { locked: [], exceeded: [], newlyLocked: [], counted: false, counts: {} }
    let lockChanged = false
    const exceededKeys = new Set<string>()
    for (const s of req.subjects) {
      const d = this.data(s.key, false)
      const lock = this.activeLock(s.key, d, now)
      if (d?.lock && !lock) lockChanged = true // an expired lock was lifted
      if (lock) result.locked.push({ key: s.key, lock })
      const counts: ChargeResult['counts'][string] = {}
      const over = (e: Exceeded): void => {
        result.exceeded.push(e)
        exceededKeys.add(s.key)
      }
      for (const name of COUNTER_LIMITS) {
        const value = this.counterValue(this.subjects.get(s.key), name, now) + (s.add[COUNTERS[name].counts] ?? 0)
        counts[name] = value
        const max = s.limits[name] ?? 0
        if (max > 0 && value > max) over({ key: s.key, limit: name, value, max })
      }
      for (const name of DISTINCT_LIMITS) {
        const members = this.distinctMembers(this.subjects.get(s.key), name, now)
        let value = members?.size ?? 0
        for (const dom of new Set(s.domains ?? [])) if (!members?.has(dom)) value++
        counts[name] = value
        const max = s.limits[name] ?? 0
        if (max > 0 && value > max) over({ key: s.key, limit: name, value, max })
      }
      if (s.forced) {
        counts[s.forced.limit] = s.forced.value
        over({ key: s.key, ...s.forced })
      }
      result.counts[s.key] = counts
    }
    if (req.mode === 'refuse' && result.exceeded.length && !result.locked.length) return result

    for (const s of req.subjects) {
      const d = this.data(s.key, true)!
      d.seen = now
      for (const name of COUNTER_LIMITS) {
        const n = s.add[COUNTERS[name].counts] ?? 0
        if (!n) continue
        const b = bucketOf(now, COUNTERS[name])
        const m = (d.counters[name] ??= new Map())
        m.set(b, (m.get(b) ?? 0) + n)
      }
      if (s.domains?.length) {
        const m = (d.distinct.recipient_domains_per_hour ??= new Map())
        for (const dom of s.domains) m.set(dom, now)
      }
      if (req.mode === 'lock' && exceededKeys.has(s.key) && !d.lock) {
        const first = result.exceeded.find((e) => e.key === s.key)!
        d.lock = { since: now, until: req.lockUntil ?? 0, by: 'gateway', reason: req.reason ?? `${first.limit} ${first.value} > ${first.max}`, limit: first.limit, value: first.value, max: first.max }
        result.newlyLocked.push({ key: s.key, lock: d.lock })
        lockChanged = true
      }
    }
    result.counted = true
    this.dirty = true
    if (lockChanged) await this.changedLocks()
    return result
  }

  async refund(refund: Refund): Promise<void> {
    for (const s of refund.subjects) {
      const d = this.subjects.get(s.key)
      if (!d) continue
      for (const name of COUNTER_LIMITS) {
        const n = s.add[COUNTERS[name].counts] ?? 0
        const m = d.counters[name]
        if (!n || !m) continue
        const b = bucketOf(refund.now, COUNTERS[name])
        const left = (m.get(b) ?? 0) - n
        if (left > 0) m.set(b, left)
        else m.delete(b)
      }
    }
    this.dirty = true
  }

  async lock(key: string, lock: LockInfo): Promise<boolean> {
    const d = this.data(key, true)!
    if (this.activeLock(key, d, lock.since)) return false
    const fresh = this.data(key, true)!
    fresh.lock = lock
    fresh.seen = Math.max(fresh.seen, lock.since)
    await this.changedLocks()
    return true
  }

  async unlock(key: string, now: number): Promise<boolean> {
    const d = this.subjects.get(key)
    const had = Boolean(this.activeLock(key, d, now))
    this.subjects.delete(key)
    await this.changedLocks()
    return had
  }

  private view(key: string, d: SubjectData, now: number): SubjectView | undefined {
    const lock = this.activeLock(key, d, now)
    const counts: SubjectView['counts'] = {}
    let any = false
    for (const name of COUNTER_LIMITS) {
      const v = this.counterValue(d, name, now)
      if (v) any = true
      counts[name] = v
    }
    for (const name of DISTINCT_LIMITS) {
      const v = this.distinctMembers(d, name, now)?.size ?? 0
      if (v) any = true
      counts[name] = v
    }
    if (!any && !lock) return undefined
    return { key, counts, ...(lock ? { lock } : {}), seen: d.seen }
  }

  async get(key: string, now: number): Promise<SubjectView | undefined> {
    const d = this.subjects.get(key)
    return d ? this.view(key, d, now) : undefined
  }

  async list(now: number): Promise<SubjectView[]> {
    const out: SubjectView[] = []
    for (const [key, d] of [...this.subjects]) {
      const v = this.view(key, d, now)
      if (v) out.push(v)
    }
    return out.sort((a, b) => (a.key < b.key ? -1 : 1))
  }

  /** Forget subjects with nothing in any window and no lock, so memory stays bounded by recent senders. */
  prune(now: number): number {
    let n = 0
    for (const [key, d] of this.subjects) {
      if (d.lock) continue
      if (now - d.seen > LONGEST_WINDOW_MS) {
        this.subjects.delete(key)
        n++
      }
    }
    if (n) this.dirty = true
    return n
  }

  get size(): number {
    return this.subjects.size
  }

  snapshot(): MemorySnapshot {
    const subjects: MemorySnapshot['subjects'] = {}
    for (const [key, d] of this.subjects) {
      const c: MemorySnapshot['subjects'][string]['c'] = {}
      for (const name of COUNTER_LIMITS) if (d.counters[name]?.size) c[name] = Object.fromEntries(d.counters[name]!)
      const dd: MemorySnapshot['subjects'][string]['d'] = {}
      for (const name of DISTINCT_LIMITS) if (d.distinct[name]?.size) dd[name] = Object.fromEntries(d.distinct[name]!)
      subjects[key] = { c, d: dd, seen: d.seen, ...(d.lock ? { lock: d.lock } : {}) }
    }
    return { version: 1, subjects }
  }

  restore(snap: MemorySnapshot): void {
    this.subjects.clear()
    for (const [key, s] of Object.entries(snap.subjects ?? {})) {
      const d: SubjectData = { counters: {}, distinct: {}, seen: Number(s.seen) || 0 }
      for (const name of COUNTER_LIMITS) {
        const m = s.c?.[name]
        if (m) d.counters[name] = new Map(Object.entries(m).map(([b, n]) => [Number(b), Number(n)]))
      }
      for (const name of DISTINCT_LIMITS) {
        const m = s.d?.[name]
        if (m) d.distinct[name] = new Map(Object.entries(m).map(([k, t]) => [k, Number(t)]))
      }
      if (s.lock && typeof s.lock.since === 'number') d.lock = s.lock
      this.subjects.set(key, d)
    }
  }

  async close(): Promise<void> {
    /* nothing held open */
  }
}
