// The sent Message-ID memory on files (src/reputation/sent_log.ts) on a full disk: an append
// cut short fails and leaves a fragment without its newline; the records written after it,
// by this worker or another, are still found and counted.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SentLog } from '../../src/reputation/sent_log'
import { cutFirstWrite } from '../helpers/append_io'
import { makeTempDir } from '../helpers/temp_dirs'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 11, 4, 10, 30)
const record = (n: number, identity = 'alice@example.com') => ({ messageId: `m${n}@example.com`, identity, sender: identity, domain: 'example.com', at: NOW + n })

describe('SentLog on files', () => {
  it('an append cut short fails, writes nothing more, and the next record behind its fragment is found and counted', async () => {
    const dir = makeTempDir('outpost-sent-')
    const { io, writes } = cutFirstWrite()
    const log = new SentLog(dir, { rememberMs: 7 * DAY, maxBytes: 1 << 20, io })
    await expect(log.record(record(1))).rejects.toThrow(/short write/)
    expect(writes).toHaveLength(1)
    await log.record(record(2))
    const [file] = fs.readdirSync(path.join(dir, 'sent'))
    const text = fs.readFileSync(path.join(dir, 'sent', file), 'utf8')
    // the fragment and the next record share a line: what a full disk leaves
    expect(text.split('\n').filter(Boolean)).toHaveLength(1)
    expect((await log.lookup('m2@example.com', NOW))?.identity).toBe('alice@example.com')
    expect(await log.lookup('m1@example.com', NOW)).toBeUndefined()
    expect(await log.countSince('alice@example.com', NOW - DAY)).toBe(1)
  })

  it('fragments of several failed appends in front of a record, written by other workers, do not hide it', async () => {
    const dir = makeTempDir('outpost-sent-')
    const log = new SentLog(dir, { rememberMs: 7 * DAY, maxBytes: 1 << 20 })
    await log.record(record(1))
    const file = path.join(dir, 'sent', fs.readdirSync(path.join(dir, 'sent'))[0])
    const torn = (n: number) => JSON.stringify({ m: `t${n}@example.com`, i: 'alice@example.com', s: '', d: 'example.com', t: NOW }).slice(0, 30)
    fs.appendFileSync(file, torn(1) + torn(2) + torn(3))
    await log.record(record(2))
    expect((await log.lookup('m2@example.com', NOW))?.messageId).toBe('m2@example.com')
    expect((await log.lookup('m1@example.com', NOW))?.messageId).toBe('m1@example.com')
    expect(await log.countSince('alice@example.com', NOW - DAY)).toBe(2)
  })

  it('concurrent appends from two loggers on the same files give whole lines', async () => {
    const dir = makeTempDir('outpost-sent-')
    const a = new SentLog(dir, { rememberMs: 7 * DAY, maxBytes: 1 << 20 })
    const b = new SentLog(dir, { rememberMs: 7 * DAY, maxBytes: 1 << 20 })
    await Promise.all(Array.from({ length: 200 }, (_, n) => (n % 2 ? a : b).record(record(n, n % 2 ? 'alice@example.com' : 'bob@example.com'))))
    const file = path.join(dir, 'sent', fs.readdirSync(path.join(dir, 'sent'))[0])
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)
    expect(lines).toHaveLength(200)
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow()
    expect(await a.countSince('alice@example.com', NOW - DAY)).toBe(100)
    expect((await b.lookup('m7@example.com', NOW))?.identity).toBe('alice@example.com')
  })
})
