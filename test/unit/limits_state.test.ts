// One suite, both state backends: the memory backend and a real redis-server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { MemoryState } from '../../src/limits/memory_state'
import { RedisState } from '../../src/limits/redis_state'
import type { ChargeRequest, LimitState } from '../../src/limits/state'
import { startRedis, type TestRedis } from '../helpers/redis'

const T0 = Date.UTC(2026, 11, 3, 10, 0, 0)
const MIN = 60_000

function message(key: string, now: number, limits: ChargeRequest['subjects'][0]['limits'], opts: { rcpts?: number; domains?: string[]; mode?: ChargeRequest['mode']; lockUntil?: number } = {}): ChargeRequest {
  return {
    now,
    mode: opts.mode ?? 'refuse',
    lockUntil: opts.lockUntil,
    subjects: [{ key, limits, add: { messages: 1, recipients: opts.rcpts ?? 1 }, domains: opts.domains ?? ['remote.example'] }],
  }
}

let redis: TestRedis
let prefixCounter = 0

const backends: Array<[string, () => LimitState]> = [
  ['memory', () => new MemoryState()],
  ['redis', () => new RedisState({ url: redis.url, prefix: `test${++prefixCounter}:` })],
]

beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  await redis?.stop().catch(() => undefined)
})

describe.each(backends)('limit state: %s', (_name, make) => {
  let state: LimitState
  beforeEach(async () => {
    await state?.close()
    state = make()
    if (state instanceof RedisState) await state.ready()
  })
  afterAll(async () => {
    await state?.close()
  })

  it('counts messages and recipients; refuse mode counts nothing once a limit would be crossed', async () => {
    for (let i = 1; i <= 3; i++) {
      const r = await state.charge(message('id:a@x.example', T0 + i, { messages_per_hour: 3 }, { rcpts: 2 }))
      expect(r).toMatchObject({ counted: true, exceeded: [], locked: [] })
      expect(r.counts['id:a@x.example']).toMatchObject({ messages_per_hour: i, recipients_per_hour: 2 * i, messages_per_day: i })
    }
    const fourth = await state.charge(message('id:a@x.example', T0 + 4, { messages_per_hour: 3 }))
    expect(fourth.counted).toBe(false)
    expect(fourth.exceeded).toEqual([{ key: 'id:a@x.example', limit: 'messages_per_hour', value: 4, max: 3 }])
    expect((await state.get('id:a@x.example', T0 + 5))?.counts).toMatchObject({ messages_per_hour: 3, recipients_per_hour: 6 })
    // another sender is unaffected
    expect((await state.charge(message('id:b@x.example', T0 + 6, { messages_per_hour: 3 }))).counted).toBe(true)
  })

  it('recipients count, not only messages: one message to 500 is 500', async () => {
    const r = await state.charge(message('id:bulk@x.example', T0, { recipients_per_hour: 100 }, { rcpts: 500 }))
    expect(r.exceeded).toEqual([{ key: 'id:bulk@x.example', limit: 'recipients_per_hour', value: 500, max: 100 }])
  })

  it('the hourly window slides: old buckets fall out', async () => {
    for (let i = 0; i < 3; i++) await state.charge(message('id:s@x.example', T0 + i * 20 * MIN, { messages_per_hour: 3 }))
    expect((await state.charge(message('id:s@x.example', T0 + 59 * MIN, { messages_per_hour: 3 }))).counted).toBe(false)
    // 65 minutes after the first message its bucket has left the window
    const later = await state.charge(message('id:s@x.example', T0 + 65 * MIN, { messages_per_hour: 3 }))
    expect(later.counted).toBe(true)
    expect(later.counts['id:s@x.example'].messages_per_hour).toBe(3)
    expect(later.counts['id:s@x.example'].messages_per_day).toBe(4)
  })

  it('distinct recipient domains per hour, exact', async () => {
    const lim = { recipient_domains_per_hour: 3 }
    expect((await state.charge(message('id:d@x.example', T0, lim, { domains: ['a.example', 'b.example'] }))).counts['id:d@x.example'].recipient_domains_per_hour).toBe(2)
    // the same domains again are not new
    expect((await state.charge(message('id:d@x.example', T0 + 1, lim, { domains: ['a.example', 'b.example', 'a.example'] }))).counts['id:d@x.example'].recipient_domains_per_hour).toBe(2)
    expect((await state.charge(message('id:d@x.example', T0 + 2, lim, { domains: ['c.example'] }))).counted).toBe(true)
    const over = await state.charge(message('id:d@x.example', T0 + 3, lim, { domains: ['d.example'] }))
    expect(over.exceeded).toEqual([{ key: 'id:d@x.example', limit: 'recipient_domains_per_hour', value: 4, max: 3 }])
    expect((await state.charge(message('id:d@x.example', T0 + 61 * MIN, lim, { domains: ['d.example'] }))).counts['id:d@x.example'].recipient_domains_per_hour).toBe(1)
  })

  it('lock mode: the crossing message locks the subject once; later mail sees the lock and is counted; unlock clears the counts', async () => {
    const lim = { messages_per_hour: 2 }
    await state.charge(message('id:l@x.example', T0, lim, { mode: 'lock' }))
    await state.charge(message('id:l@x.example', T0 + 1, lim, { mode: 'lock' }))
    const third = await state.charge(message('id:l@x.example', T0 + 2, lim, { mode: 'lock' }))
    expect(third.counted).toBe(true)
    expect(third.newlyLocked).toEqual([{ key: 'id:l@x.example', lock: expect.objectContaining({ since: T0 + 2, until: 0, by: 'gateway', limit: 'messages_per_hour', value: 3, max: 2 }) }])
    const fourth = await state.charge(message('id:l@x.example', T0 + 3, lim, { mode: 'lock' }))
    expect(fourth.newlyLocked).toEqual([])
    expect(fourth.locked).toEqual([{ key: 'id:l@x.example', lock: expect.objectContaining({ since: T0 + 2 }) }])
    // a locked subject's mail is counted even in refuse mode (it is held, not refused)
    expect((await state.charge(message('id:l@x.example', T0 + 4, lim))).counted).toBe(true)
    const listed = await state.list(T0 + 5)
    expect(listed.map((v) => v.key)).toContain('id:l@x.example')
    expect(listed.find((v) => v.key === 'id:l@x.example')).toMatchObject({ counts: { messages_per_hour: 5 }, lock: { limit: 'messages_per_hour' } })
    expect(await state.unlock('id:l@x.example', T0 + 6)).toBe(true)
    expect(await state.unlock('id:l@x.example', T0 + 6)).toBe(false)
    expect(await state.get('id:l@x.example', T0 + 7)).toBeUndefined()
    expect((await state.charge(message('id:l@x.example', T0 + 8, lim, { mode: 'lock' }))).newlyLocked).toEqual([])
  })

  it('a lock with a timeout lifts by itself and the sender starts afresh', async () => {
    const lim = { messages_per_hour: 1 }
    await state.charge(message('id:t@x.example', T0, lim, { mode: 'lock', lockUntil: T0 + 10 * MIN }))
    const second = await state.charge(message('id:t@x.example', T0 + 1, lim, { mode: 'lock', lockUntil: T0 + 10 * MIN }))
    expect(second.newlyLocked[0].lock.until).toBe(T0 + 10 * MIN)
    expect((await state.get('id:t@x.example', T0 + 9 * MIN))?.lock).toBeTruthy()
    const after = await state.charge(message('id:t@x.example', T0 + 10 * MIN, lim, { mode: 'lock', lockUntil: T0 + 20 * MIN }))
    expect(after).toMatchObject({ locked: [], newlyLocked: [], counted: true })
    expect(after.counts['id:t@x.example'].messages_per_hour).toBe(1)
  })

  it('manual lock and unlock; lock of a locked subject keeps the first', async () => {
    expect(await state.lock('id:m@x.example', { since: T0, until: 0, by: 'admin', reason: 'manual' })).toBe(true)
    expect(await state.lock('id:m@x.example', { since: T0 + 1, until: 0, by: 'other', reason: 'again' })).toBe(false)
    expect((await state.get('id:m@x.example', T0 + 2))?.lock).toMatchObject({ by: 'admin', reason: 'manual' })
    const r = await state.charge(message('id:m@x.example', T0 + 3, {}))
    expect(r.locked).toHaveLength(1)
    expect(await state.unlock('id:m@x.example', T0 + 4)).toBe(true)
  })

  it('refund undoes a charge in its own buckets (a 4xx retry is not counted twice)', async () => {
    const req = message('id:r@x.example', T0, { messages_per_hour: 5 }, { rcpts: 3 })
    await state.charge(req)
    await state.charge({ ...req, now: T0 + 1 })
    await state.refund({ now: T0 + 1, subjects: [{ key: 'id:r@x.example', add: { messages: 1, recipients: 3 } }] })
    expect((await state.get('id:r@x.example', T0 + 2))?.counts).toMatchObject({ messages_per_hour: 1, recipients_per_hour: 3 })
  })

  it('several subjects at once: identity, sender domain and client IP; refuse counts none of them', async () => {
    const req = (n: number): ChargeRequest => ({
      now: T0 + n,
      mode: 'refuse',
      subjects: [
        { key: 'id:u1@corp.example', limits: { messages_per_hour: 100 }, add: { messages: 1, recipients: 1 } },
        { key: 'domain:corp.example', limits: { messages_per_hour: 2 }, add: { messages: 1, recipients: 1 } },
        { key: 'ip:192.0.2.1', limits: {}, add: { messages: 1, recipients: 1 } },
      ],
    })
    await state.charge(req(1))
    await state.charge(req(2))
    const third = await state.charge(req(3))
    expect(third.counted).toBe(false)
    expect(third.exceeded.map((e) => e.key)).toEqual(['domain:corp.example'])
    expect((await state.get('id:u1@corp.example', T0 + 4))?.counts.messages_per_hour).toBe(2)
    expect((await state.get('ip:192.0.2.1', T0 + 4))?.counts.messages_per_hour).toBe(2)
  })

  it('spam and refused recipients are counted without a message, and a forced limit locks', async () => {
    const lim = { refused_recipients_per_hour: 5, spam_per_10min: 1 }
    const r1 = await state.charge({ now: T0, mode: 'lock', subjects: [{ key: 'id:f@x.example', limits: lim, add: { refused: 4 } }] })
    expect(r1.newlyLocked).toEqual([])
    const r2 = await state.charge({ now: T0 + 1, mode: 'lock', subjects: [{ key: 'id:f@x.example', limits: lim, add: { refused: 3 } }] })
    expect(r2.newlyLocked[0].lock).toMatchObject({ limit: 'refused_recipients_per_hour', value: 7, max: 5 })
    const forced = await state.charge({ now: T0, mode: 'lock', subjects: [{ key: 'id:g@x.example', limits: {}, add: { messages: 1, recipients: 150 }, forced: { limit: 'recipients_per_message', value: 150, max: 100 } }] })
    expect(forced.newlyLocked[0].lock).toMatchObject({ limit: 'recipients_per_message', value: 150, max: 100 })
  })

  it('is exact under concurrency: 200 charges at once against a limit of 50 count exactly 50', async () => {
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => state.charge(message('id:p@x.example', T0 + (i % 7), { messages_per_hour: 50 }))))
    expect(results.filter((r) => r.counted)).toHaveLength(50)
    expect((await state.get('id:p@x.example', T0 + 10))?.counts.messages_per_hour).toBe(50)
  })
})

describe('redis backend: Redis going away and coming back', () => {
  it('fails every operation while Redis is down (the gateway answers 451), and recovers by itself', async () => {
    const own = await startRedis()
    const logs: string[] = []
    const state = new RedisState({ url: own.url, log: { info: (m) => logs.push(m), error: (m) => logs.push(m) } })
    try {
      await state.ready()
      expect((await state.charge(message('id:x@x.example', T0, {}))).counted).toBe(true)
      await own.stop()
      await expect(state.charge(message('id:x@x.example', T0 + 1, {}))).rejects.toThrow(/redis/)
      expect(logs.join('\n')).toMatch(/unreachable|connection lost/)
      await own.start()
      await state.ready(10_000)
      expect((await state.charge(message('id:x@x.example', T0 + 2, {}))).counted).toBe(true)
      expect(logs.join('\n')).toMatch(/reachable again/)
    } finally {
      await state.close()
      await own.stop()
    }
  }, 30_000)
})

describe('memory backend: snapshot', () => {
  it('restores counts and locks from its snapshot', async () => {
    const a = new MemoryState()
    await a.charge(message('id:s@x.example', T0, { messages_per_hour: 1 }, { mode: 'lock' }))
    await a.charge(message('id:s@x.example', T0 + 1, { messages_per_hour: 1 }, { mode: 'lock' }))
    const b = new MemoryState()
    b.restore(JSON.parse(JSON.stringify(a.snapshot())))
    expect(await b.get('id:s@x.example', T0 + 2)).toMatchObject({ counts: { messages_per_hour: 2 }, lock: { limit: 'messages_per_hour' } })
  })
})
