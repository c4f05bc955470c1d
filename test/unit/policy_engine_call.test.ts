import { describe, expect, it } from 'vitest'
import { createEngine, type Engine } from '../../src/engine'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'
import { scoreWithin } from '../../src/policy/engine_call'

const FACTS = { mailFrom: 'alice@example.com', rcptTo: ['bob@remote.test'], clientIp: '192.0.2.10', helo: 'mx.example.com' }
const GTUBE_MSG = Buffer.from(
  'From: alice@example.com\r\nTo: bob@remote.test\r\nSubject: test\r\n\r\nXJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X\r\n',
)
const read = (buf: Buffer) => () => Promise.resolve(buf)

describe('scoreWithin: the built-in engine under a deadline', () => {
  it('returns the real engine result', async () => {
    const engine = createEngine(DEFAULT_ENGINE_SETTINGS)
    const result = await scoreWithin(engine, read(GTUBE_MSG), FACTS, 5_000)
    expect(result.score).toBeGreaterThan(8)
    expect(result.symbols.map((s) => s.name)).toContain('GTUBE')
  })

  it('rejects when the engine does not answer in time', async () => {
    const hung: Engine = { score: () => new Promise(() => undefined) }
    const started = Date.now()
    await expect(scoreWithin(hung, read(GTUBE_MSG), FACTS, 150)).rejects.toThrow('built-in engine timed out after 150 ms')
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('rejects when the engine throws, synchronously or not', async () => {
    const throwsSync: Engine = {
      score: () => {
        throw new Error('boom')
      },
    }
    const rejects: Engine = { score: () => Promise.reject(new Error('bad model')) }
    await expect(scoreWithin(throwsSync, read(GTUBE_MSG), FACTS, 1_000)).rejects.toThrow('boom')
    await expect(scoreWithin(rejects, read(GTUBE_MSG), FACTS, 1_000)).rejects.toThrow('bad model')
  })

  it('rejects when the message cannot be read, or its reading hangs', async () => {
    const engine = createEngine(DEFAULT_ENGINE_SETTINGS)
    await expect(scoreWithin(engine, () => Promise.reject(new Error('spool file gone')), FACTS, 1_000)).rejects.toThrow('spool file gone')
    await expect(scoreWithin(engine, () => new Promise(() => undefined), FACTS, 100)).rejects.toThrow('timed out')
  })
})
