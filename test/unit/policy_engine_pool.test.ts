// The engine on worker threads: same results as on the event loop, and the
// deadline enforced even against a thread that never answers.
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createEngine } from '../../src/engine'
import { createEnginePool, type EnginePool } from '../../src/policy/engine_pool'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'

const defaultEngines = () => DEFAULT_ENGINE_SETTINGS

const FACTS = { mailFrom: 'alice@example.com', rcptTo: ['bob@partner.example'] }
const MISBEHAVING = path.resolve(__dirname, '..', 'fixtures', 'misbehaving_engine_worker.js')
const REPO = path.resolve(__dirname, '..', '..')

const HAM = Buffer.from('From: alice@example.com\r\nTo: bob@partner.example\r\nSubject: minutes\r\n\r\nThe budget review moves to Thursday.\r\n')
const GTUBE = Buffer.from('From: alice@example.com\r\nTo: bob@partner.example\r\nSubject: test\r\n\r\nXJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X\r\n')

let pool: EnginePool | undefined

/**
 * Resolves once a thread has scored a message: a thread replaced after a timeout may take longer than
 * the deadline to start on a loaded machine, and a message that times out only waiting is not held.
 */
async function untilScoring(p: EnginePool): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await p.score(Buffer.from(`probe ${i}`), FACTS)
      return
    } catch (err) {
      if (i >= 20 || !/timed out/.test((err as Error).message)) throw err
    }
  }
}
afterEach(async () => {
  await pool?.close()
  pool = undefined
})

describe('engine pool (outpost_policy [engines] workers)', () => {
  it('scores exactly as the engine on the event loop does', async () => {
    const settings = defaultEngines()
    const local = createEngine(settings, { installDir: REPO })
    pool = createEnginePool({ settings, installDir: REPO, size: 2, timeoutMs: 20_000 })
    for (const raw of [HAM, GTUBE]) {
      const [a, b] = await Promise.all([pool.score(raw, FACTS), local.score(raw, FACTS)])
      expect(a.score).toBe(b.score)
      expect(a.symbols).toEqual(b.symbols)
    }
    expect((await pool.score(GTUBE, FACTS)).symbols.map((s) => s.name)).toContain('GTUBE')
  }, 30_000)

  it('serves many messages at once over its threads, each with its own result', async () => {
    pool = createEnginePool({ settings: defaultEngines(), installDir: REPO, size: 2, timeoutMs: 5_000, workerFile: MISBEHAVING })
    const bodies = Array.from({ length: 50 }, (_, i) => Buffer.from('x'.repeat(i + 1)))
    const results = await Promise.all(bodies.map((b) => pool!.score(b, FACTS)))
    expect(results.map((r) => r.score)).toEqual(bodies.map((b) => b.length))
  })

  it('a message that never finishes is rejected at the deadline, and the next one is scored by a fresh thread', async () => {
    const lines: string[] = []
    // 1 s: long enough for the replacement thread to start on a loaded machine (the next message's deadline covers that wait)
    pool = createEnginePool({ settings: defaultEngines(), installDir: REPO, size: 1, timeoutMs: 1_000, workerFile: MISBEHAVING, log: (l) => lines.push(l) })
    const t0 = Date.now()
    await expect(pool.score(Buffer.from('HANG'), FACTS)).rejects.toThrow('built-in engine timed out after 1000 ms')
    expect(Date.now() - t0).toBeLessThan(5_000)
    expect((await pool.score(Buffer.from('fine'), FACTS)).score).toBe(4)
    expect(lines.join('\n')).toMatch(/restarting its thread/)
  })

  it('a hung message holds up only its own thread; the others keep scoring', async () => {
    // judged by order, not by the clock: the others are all answered while the hung one still holds its thread
    pool = createEnginePool({ settings: defaultEngines(), installDir: REPO, size: 2, timeoutMs: 8_000, workerFile: MISBEHAVING })
    let hungSettled = false
    const hung = pool.score(Buffer.from('HANG'), FACTS).finally(() => { hungSettled = true })
    const others = await Promise.all(['a', 'bb', 'ccc', 'dddd'].map((b) => pool!.score(Buffer.from(b), FACTS)))
    expect(others.map((r) => r.score)).toEqual([1, 2, 3, 4])
    expect(hungSettled).toBe(false)
    await expect(hung).rejects.toThrow('timed out')
  })

  it('the deadline counts waiting too: a message stuck behind a hung one on the only thread is deferred on time', async () => {
    pool = createEnginePool({ settings: defaultEngines(), installDir: REPO, size: 1, timeoutMs: 1_000, workerFile: MISBEHAVING })
    const hung = pool.score(Buffer.from('HANG'), FACTS)
    const queued = pool.score(Buffer.from('queued'), FACTS)
    await expect(hung).rejects.toThrow('timed out')
    await expect(queued).rejects.toThrow('timed out')
    expect((await pool.score(Buffer.from('later'), FACTS)).score).toBe(5)
  })

  it('a thread that dies fails its message (never a silent pass) and is replaced', async () => {
    const lines: string[] = []
    pool = createEnginePool({ settings: defaultEngines(), installDir: REPO, size: 1, timeoutMs: 5_000, workerFile: MISBEHAVING, log: (l) => lines.push(l) })
    await expect(pool.score(Buffer.from('CRASH'), FACTS)).rejects.toThrow('engine thread exited (code 1)')
    expect((await pool.score(Buffer.from('after'), FACTS)).score).toBe(5)
    expect(lines.join('\n')).toMatch(/exited \(code 1\); starting another/)
  })

  it('close() finishes what is queued, then refuses new work', async () => {
    pool = createEnginePool({ settings: defaultEngines(), installDir: REPO, size: 1, timeoutMs: 5_000, workerFile: MISBEHAVING })
    const pending = [pool.score(Buffer.from('a'), FACTS), pool.score(Buffer.from('bb'), FACTS), pool.score(Buffer.from('ccc'), FACTS)]
    const closed = pool.close()
    expect((await Promise.all(pending)).map((r) => r.score)).toEqual([1, 2, 3])
    await closed
    await expect(pool.score(Buffer.from('late'), FACTS)).rejects.toThrow('closed')
  })

  it('does not touch the caller\'s buffer (it may be a slice of a shared pool)', async () => {
    pool = createEnginePool({ settings: defaultEngines(), installDir: REPO, size: 1, timeoutMs: 5_000, workerFile: MISBEHAVING })
    const shared = Buffer.from('0123456789abcdef')
    const slice = shared.subarray(4, 8)
    expect((await pool.score(slice, FACTS)).score).toBe(4)
    expect(shared.toString()).toBe('0123456789abcdef')
    expect(slice.byteLength).toBe(4)
  })

  it('a message that ran into the timeout on a thread is refused at once when it comes back, and scored again after the hold', async () => {
    const lines: string[] = []
    pool = createEnginePool({ settings: defaultEngines(), installDir: REPO, size: 1, timeoutMs: 1_000, workerFile: MISBEHAVING, slowHoldMs: 3_000, log: (l) => lines.push(l) })
    // the retry carries a new Received line from the gateway: still the same message
    const attempt = (n: number) => Buffer.from(`Received: from client by gw id ${n}\r\nSubject: slow\r\n\r\nHANG\r\n`)
    await untilScoring(pool) // the thread is up: the deadline below is all spent running
    await expect(pool.score(attempt(1), FACTS)).rejects.toThrow('timed out after 1000 ms')
    expect(lines.join('\n')).toMatch(/its retries \(fingerprint [0-9a-f]{12}\) get 451 without scoring for 3 s/)
    // retries: refused at once, and the only thread stays free for other mail
    const retries = [2, 3, 4].map((n) => pool!.score(attempt(n), FACTS))
    for (const r of retries) await expect(r).rejects.toThrow(/ran into the 1000 ms timeout before; not scored again for [123] s/)
    await untilScoring(pool) // the replacement thread takes other mail
    expect((await pool.score(Buffer.from('Subject: fine\r\n\r\nhello\r\n'), FACTS)).score).toBeGreaterThan(0)
    // after the hold the message gets a full try again (and is held again)
    await new Promise((r) => setTimeout(r, 3_100))
    await expect(pool.score(attempt(5), FACTS)).rejects.toThrow('timed out after 1000 ms')
    await expect(pool.score(attempt(6), FACTS)).rejects.toThrow('not scored again')
  })

  it('a message that timed out only waiting in the queue is not held', async () => {
    pool = createEnginePool({ settings: defaultEngines(), installDir: REPO, size: 1, timeoutMs: 1_000, workerFile: MISBEHAVING })
    await untilScoring(pool)
    const hung = pool.score(Buffer.from('HANG'), FACTS)
    const queued = pool.score(Buffer.from('queued'), FACTS)
    await expect(hung).rejects.toThrow('timed out')
    await expect(queued).rejects.toThrow('timed out')
    await untilScoring(pool)
    expect((await pool.score(Buffer.from('queued'), FACTS)).score).toBe(6)
    await expect(pool.score(Buffer.from('HANG'), FACTS)).rejects.toThrow('not scored again')
  })
})
