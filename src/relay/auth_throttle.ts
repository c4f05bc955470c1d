// Failed SMTP AUTH attempts counted per client IP and per user name across
// connections, with a lockout once either reaches max_failures within the
// window. Memory only (per Haraka process). Pure: the clock is passed in.
//
// An attempt counts from the moment its credentials arrive, before the
// password is checked ("in flight"), and becomes a failure unless it
// succeeds: so N parallel guesses cannot all be checked before the first
// failure is recorded.
import type { AuthThrottle as AuthThrottleConfig } from './config'

interface Counter {
  /** times of failures within the window, oldest first */
  failures: number[]
  inFlight: number
  lockedUntil: number
}

export interface Lockout {
  /** 'client 192.0.2.1' or 'user "alice"' */
  who: string
  until: number
  /** failures that started it (0: attempts in flight reached the limit) */
  failures: number
}

export interface Attempt {
  keys: string[]
}

/** The longest user name kept as a key: longer ones are cut (a guesser must not grow memory). */
const MAX_KEY = 256
/** Above this many counters, idle ones are dropped. */
const SWEEP_AT = 50_000

export class AuthThrottle {
  private readonly counters = new Map<string, Counter>()

  constructor(private readonly config: () => AuthThrottleConfig) {}

  static ipKey(ip: string): string {
    return `client ${ip}`
  }

  static userKey(user: string): string {
    return `user "${user.toLowerCase().slice(0, MAX_KEY)}"`
  }

  private prune(c: Counter, now: number): void {
    const { windowMs } = this.config()
    while (c.failures.length && c.failures[0] <= now - windowMs) c.failures.shift()
  }

  /** The lockout in force for any of these keys, counting attempts still in flight as failures. */
  lockedOut(keys: string[], now: number): Lockout | undefined {
    const { maxFailures } = this.config()
    if (maxFailures <= 0) return undefined
    for (const key of keys) {
      const c = this.counters.get(key)
      if (!c) continue
      if (c.lockedUntil > now) return { who: key, until: c.lockedUntil, failures: 0 }
      this.prune(c, now)
      if (c.failures.length + c.inFlight >= maxFailures) return { who: key, until: now, failures: c.failures.length }
    }
    return undefined
  }

  /** Credentials arrived: count them in flight. */
  begin(keys: string[], now: number): Attempt {
    if (this.counters.size > SWEEP_AT) this.sweep(now)
    for (const key of keys) {
      let c = this.counters.get(key)
      if (!c) {
        c = { failures: [], inFlight: 0, lockedUntil: 0 }
        this.counters.set(key, c)
      }
      c.inFlight++
    }
    return { keys }
  }

  /**
   * The attempt's outcome. A failure may start lockouts: returned, for the log.
   * A success forgets the user's failures (its password is known), not the client's.
   */
  end(attempt: Attempt, success: boolean, now: number): Lockout[] {
    const { maxFailures, lockoutMs } = this.config()
    const started: Lockout[] = []
    for (const key of attempt.keys) {
      const c = this.counters.get(key)
      if (!c) continue
      c.inFlight = Math.max(0, c.inFlight - 1)
      if (success) {
        if (key.startsWith('user ')) c.failures = []
        continue
      }
      c.failures.push(now)
      this.prune(c, now)
      if (maxFailures > 0 && c.failures.length >= maxFailures && c.lockedUntil <= now) {
        c.lockedUntil = now + lockoutMs
        started.push({ who: key, until: c.lockedUntil, failures: c.failures.length })
        c.failures = []
      }
    }
    return started
  }

  private sweep(now: number): void {
    for (const [key, c] of this.counters) {
      this.prune(c, now)
      if (!c.inFlight && !c.failures.length && c.lockedUntil <= now) this.counters.delete(key)
    }
  }

  get size(): number {
    return this.counters.size
  }
}
