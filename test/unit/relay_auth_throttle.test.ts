import { describe, expect, it } from 'vitest'
import { AuthThrottle } from '../../src/relay/auth_throttle'

const cfg = { maxFailures: 3, lockoutMs: 60_000, windowMs: 600_000 }
const keys = (ip: string, user?: string) => [AuthThrottle.ipKey(ip), ...(user ? [AuthThrottle.userKey(user)] : [])]

describe('AUTH throttle', () => {
  it('locks a client and a user after max_failures, until the lockout ends', () => {
    const t = new AuthThrottle(() => cfg)
    let now = 1_000
    for (let i = 0; i < 2; i++) expect(t.end(t.begin(keys('192.0.2.1', 'Alice'), now), false, now++)).toEqual([])
    const started = t.end(t.begin(keys('192.0.2.1', 'alice'), now), false, now)
    expect(started.map((l) => l.who)).toEqual(['client 192.0.2.1', 'user "alice"'])
    expect(t.lockedOut(keys('192.0.2.1'), now + 1)?.who).toBe('client 192.0.2.1')
    expect(t.lockedOut(keys('192.0.2.9', 'ALICE'), now + 1)?.who).toBe('user "alice"')
    expect(t.lockedOut(keys('192.0.2.9', 'bob'), now + 1)).toBeUndefined()
    expect(t.lockedOut(keys('192.0.2.1', 'alice'), now + 60_001)).toBeUndefined()
  })

  it('counts attempts in flight, so parallel guesses stop at the limit', () => {
    const t = new AuthThrottle(() => cfg)
    const now = 5_000
    const inFlight = [0, 1, 2].map(() => {
      expect(t.lockedOut(keys('192.0.2.2', 'bob'), now)).toBeUndefined()
      return t.begin(keys('192.0.2.2', 'bob'), now)
    })
    expect(t.lockedOut(keys('192.0.2.2', 'bob'), now)).toMatchObject({ who: 'client 192.0.2.2' })
    inFlight.forEach((a) => t.end(a, false, now))
    expect(t.lockedOut(keys('192.0.2.2'), now + 1)?.until).toBe(now + 60_000)
  })

  it('a success forgets the user\'s failures but not the client\'s; old failures leave the window; 0 disables', () => {
    const t = new AuthThrottle(() => cfg)
    t.end(t.begin(keys('192.0.2.3', 'carol'), 0), false, 0)
    t.end(t.begin(keys('192.0.2.3', 'carol'), 1), false, 1)
    t.end(t.begin(keys('192.0.2.3', 'carol'), 2), true, 2)
    expect(t.end(t.begin(keys('192.0.2.4', 'carol'), 3), false, 3)).toEqual([])
    expect(t.end(t.begin(keys('192.0.2.3'), 4), false, 4).map((l) => l.who)).toEqual(['client 192.0.2.3'])
    const w = new AuthThrottle(() => cfg)
    w.end(w.begin(keys('192.0.2.5'), 0), false, 0)
    w.end(w.begin(keys('192.0.2.5'), 1), false, 1)
    expect(w.end(w.begin(keys('192.0.2.5'), 700_000), false, 700_000)).toEqual([])
    const off = new AuthThrottle(() => ({ ...cfg, maxFailures: 0 }))
    for (let i = 0; i < 10; i++) off.end(off.begin(keys('192.0.2.6'), i), false, i)
    expect(off.lockedOut(keys('192.0.2.6'), 11)).toBeUndefined()
  })
})
