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
    pool = createEnginePool({ settings: defaultEngines(), installDir: REPO, size: 1, timeoutMs: 300, workerFile: MISBEHAVING, log: (l) => lines.push(l) })
    const t0 = Date.now()
    await expect(pool.score(Buffer.from('HANG'), FACTS)).rejects.toThrow('built-in engine timed out after 300 ms')
    expect(Date.now() - t0).toBeLessThan(2_000)
    expect((await pool.score(Buffer.from('fine'), FACTS)).score).toBe(4)
    expect(lines.join('\n')).toMatch(/restarting its thread/)
  })

  it('a hung message holds up only its own thread; the others keep scoring', async () => {
    pool = createEnginePool({ settings: defaultEngines(), installDir: REPO, size: 2, timeoutMs: 1_500, workerFile: MISBEHAVING })
    const hung = pool.score(Buffer.from('HANG'), FACTS)
    const t0 = Date.now()
    const others = await Promise.all(['a', 'bb', 'ccc', 'dddd'].map((b) => pool!.score(Buffer.from(b), FACTS)))
    expect(others.map((r) => r.score)).toEqual([1, 2, 3, 4])
    expect(Date.now() - t0).toBeLessThan(1_000)
    await expect(hung).rejects.toThrow('timed out')
  })

  it('the deadline counts waiting too: a message stuck behind a hung one on the only thread is deferred on time', async () => {
    pool = createEnginePool({ settings: defaultEngines(), installDir: REPO, size: 1, timeoutMs: 500, workerFile: MISBEHAVING })
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
})
