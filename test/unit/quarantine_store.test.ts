import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkId, InvalidIdError, newId } from '../../src/quarantine/ids'
import type { EntryInput } from '../../src/quarantine/meta'
import { QuarantineError, QuarantineStore } from '../../src/quarantine/store'
import { appendRecord, type AppendIo } from '../../src/quarantine/durable'
import { parseFilter } from '../../src/quarantine/filter'
import { cutFirstWrite } from '../helpers/append_io'

let dir: string
let warnings: string[]
let store: QuarantineStore

function input(over: Partial<EntryInput> = {}): EntryInput {
  return {
    mail_from: 'alice@corp.example',
    rcpt_to: ['bob@partner.example'],
    client: { ip: '10.1.2.3', description: 'head office', network: '10.0.0.0/8' },
    auth_user: 'alice',
    score: 12.5,
    threshold: 6,
    symbols: [{ name: 'URL_SHORTENER', score: 2.5, evidence: 'bit.ly' }],
    reason: 'score 12.5 >= threshold 6: action quarantine',
    subject: 'Cheap meds',
    ...over,
  }
}

const RAW = Buffer.from('Subject: Cheap meds\r\nFrom: alice@corp.example\r\n\r\n.leading dot\r\n\u00e9\u0000binary\xff\r\n', 'latin1')

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qstore-'))
  warnings = []
  store = new QuarantineStore(path.join(dir, 'q'), { warn: (m) => warnings.push(m) })
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('quarantine ids', () => {
  it('accepts its own ids and refuses anything that could name another path', () => {
    const id = newId(new Date('2026-11-28T00:26:00.123Z'))
    expect(id).toMatch(/^20261128T002600Z-[0-9a-f]{12}$/)
    expect(checkId(id)).toBe(id)
    // an id with letters in its random part, so that its upper-case form differs (a random one is all digits
    // once in about 280 runs, and its upper-case form is then the id itself)
    const lettered = '20261128T002600Z-0a1b2c3d4e5f'
    expect(checkId(lettered)).toBe(lettered)
    for (const bad of ['../../etc/passwd', `${id}/../x`, `${id}.json`, '', '/etc/passwd', `../${id}`, lettered.toUpperCase(), `${id}\u0000`]) {
      expect(() => checkId(bad)).toThrow(InvalidIdError)
    }
    expect(() => checkId('../../etc/passwd')).toThrow(/invalid quarantine id "..\/..\/etc\/passwd": expected an id like/)
  })
})

describe('QuarantineStore', () => {
  it('stores the exact bytes and the metadata beside them, and leaves no temp files', async () => {
    const meta = await store.store(input(), RAW, new Date('2026-11-20T10:00:00Z'))
    expect(fs.readFileSync(path.join(store.dir, `${meta.id}.eml`))).toEqual(RAW)
    const onDisk = JSON.parse(fs.readFileSync(path.join(store.dir, `${meta.id}.json`), 'utf8'))
    expect(onDisk).toMatchObject({ id: meta.id, mail_from: 'alice@corp.example', score: 12.5, threshold: 6, auth_user: 'alice', size: RAW.length })
    expect(onDisk.client).toEqual({ ip: '10.1.2.3', description: 'head office', network: '10.0.0.0/8' })
    expect(onDisk.symbols[0]).toEqual({ name: 'URL_SHORTENER', score: 2.5, evidence: 'bit.ly' })
    expect(await store.readRaw(meta.id)).toEqual(RAW)
    expect(fs.readdirSync(store.dir).filter((n) => n.startsWith('.'))).toEqual([])
  })

  it('stores from a stream', async () => {
    const meta = await store.store(input(), Readable.from([RAW.subarray(0, 10), RAW.subarray(10)]))
    expect(await store.readRaw(meta.id)).toEqual(RAW)
  })

  it('a failure while writing leaves nothing behind and rejects', async () => {
    async function* broken(): AsyncGenerator<Buffer> {
      yield Buffer.from('Subject: x\r\n\r\npartial')
      throw new Error('EIO: simulated disk error')
    }
    await expect(store.store(input(), broken())).rejects.toThrow(/EIO/)
    expect(fs.readdirSync(store.dir).filter((n) => n !== 'pending')).toEqual([])
    expect((await store.list()).entries).toEqual([])
  })

  it('a directory that cannot be created rejects (even for root)', async () => {
    const file = path.join(dir, 'plainfile')
    fs.writeFileSync(file, 'x')
    const bad = new QuarantineStore(path.join(file, 'quarantine'))
    await expect(bad.store(input(), RAW)).rejects.toThrow(/ENOTDIR|EEXIST/)
  })

  it('lists and filters by sender, recipient, domain, time, score and state', async () => {
    const a = await store.store(input(), RAW, new Date('2026-11-01T00:00:00Z'))
    const b = await store.store(input({ mail_from: 'carol@sales.corp.example', rcpt_to: ['x@other.example', 'y@partner.example'], score: 4 }), RAW, new Date('2026-11-10T00:00:00Z'))
    const c = await store.store(input({ mail_from: 'dave@elsewhere.example', rcpt_to: ['z@far.example'], score: null, threshold: null }), RAW, new Date('2026-11-20T00:00:00Z'))
    const ids = async (f: Record<string, string>) => (await store.list(parseFilter(f, Date.parse('2026-11-21T00:00:00Z')))).entries.map((e) => e.id)
    expect(await ids({})).toEqual([a.id, b.id, c.id])
    expect(await ids({ sender: 'ALICE@corp.example' })).toEqual([a.id])
    expect(await ids({ sender: '*@*corp.example' })).toEqual([a.id, b.id])
    expect(await ids({ recipient: 'y@partner.example' })).toEqual([b.id])
    expect(await ids({ domain: 'corp.example' })).toEqual([a.id, b.id])
    expect(await ids({ domain: 'far.example' })).toEqual([c.id])
    expect(await ids({ since: '2026-11-05' })).toEqual([b.id, c.id])
    expect(await ids({ until: '2026-11-10T00:00:00Z' })).toEqual([a.id])
    expect(await ids({ since: '2d' })).toEqual([c.id])
    expect(await ids({ minScore: '5' })).toEqual([a.id])
    await store.requestRelease(b.id, 'admin')
    expect(await ids({ state: 'pending' })).toEqual([b.id])
    expect(await ids({ state: 'held' })).toEqual([a.id, c.id])
    expect(() => parseFilter({ since: 'yesterday' })).toThrow(/--since "yesterday": expected a date/)
    expect(() => parseFilter({ minScore: 'high' })).toThrow(/--min-score "high": expected a number/)
    expect(() => parseFilter({ domain: '../etc' })).toThrow(/--domain/)
  })

  it('refuses a second release of the same id and records who released it', async () => {
    const m = await store.store(input(), RAW)
    const first = await store.requestRelease(m.id, 'alice-admin', new Date('2026-11-28T01:00:00Z'))
    expect(first).toEqual({ id: m.id, by: 'alice-admin', at: '2026-11-28T01:00:00.000Z' })
    await expect(store.requestRelease(m.id, 'bob-admin')).rejects.toThrow(/already released by alice-admin at 2026-11-28T01:00:00.000Z/)
    expect(await store.state(m.id)).toBe('pending')
    expect(fs.existsSync(path.join(store.pendingDir, m.id))).toBe(true)
  })

  it('concurrent releases of one id: exactly one wins', async () => {
    const m = await store.store(input(), RAW)
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => store.requestRelease(m.id, `admin${i}`)))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
  })

  it('refuses to release a damaged entry', async () => {
    const m = await store.store(input(), RAW)
    fs.appendFileSync(path.join(store.dir, `${m.id}.eml`), 'tampered')
    await expect(store.requestRelease(m.id, 'admin')).rejects.toThrow(/does not match its recorded size and sha256/)
  })

  it('deletes, but not while a release is pending unless forced', async () => {
    const m = await store.store(input(), RAW)
    const n = await store.store(input(), RAW)
    await store.delete(m.id)
    expect(fs.readdirSync(store.dir).filter((f) => f.startsWith(m.id))).toEqual([])
    await expect(store.delete(m.id)).rejects.toThrow(QuarantineError)
    await store.requestRelease(n.id, 'admin')
    await expect(store.delete(n.id)).rejects.toThrow(/release is pending/)
    await store.delete(n.id, { force: true })
    expect((await store.list()).entries).toEqual([])
  })

  it('expires entries older than the retention, keeps pending releases and younger ones', async () => {
    const now = Date.parse('2026-11-28T00:00:00Z')
    const old = await store.store(input(), RAW, new Date(now - 31 * 86_400_000))
    const oldPending = await store.store(input(), RAW, new Date(now - 40 * 86_400_000))
    const young = await store.store(input(), RAW, new Date(now - 29 * 86_400_000))
    await store.requestRelease(oldPending.id, 'admin')
    expect(await store.expire(30 * 86_400_000, now)).toEqual([old.id])
    expect((await store.list()).entries.map((e) => e.id)).toEqual([oldPending.id, young.id])
  })

  it('rebuilds a lost index from the stored files, and reconciles a stale or torn one', async () => {
    const stored = []
    for (let i = 0; i < 5; i++) stored.push(await store.store(input({ subject: `s${i}` }), RAW, new Date(Date.parse("2026-11-28T00:00:00Z") + i)))
    const indexFile = path.join(store.dir, 'index.jsonl')
    expect(fs.readFileSync(indexFile, 'utf8').trim().split('\n')).toHaveLength(5)
    fs.unlinkSync(indexFile)
    const rebuilt = await store.list()
    expect(rebuilt.rebuilt).toBe(true)
    expect(rebuilt.entries.map((e) => e.subject)).toEqual(['s0', 's1', 's2', 's3', 's4'])
    expect(fs.readFileSync(indexFile, 'utf8').trim().split('\n')).toHaveLength(5)
    // a torn last line (crash mid-append) and an entry deleted behind the index's back:
    // list trusts the journal; reindex (run by the gateway at start-up and at every purge) repairs it
    fs.writeFileSync(indexFile, fs.readFileSync(indexFile, 'utf8').split('\n').slice(0, 3).join('\n') + '\n["a","2026')
    fs.unlinkSync(path.join(store.dir, `${stored[0].id}.json`))
    expect((await store.list()).entries.map((e) => e.subject)).toEqual(['s0', 's1', 's2'])
    await store.reindex()
    expect((await store.list()).entries.map((e) => e.subject)).toEqual(['s1', 's2', 's3', 's4'])
  })

  it('an index append cut short (full disk) does not hide the entry whose line comes next', async () => {
    const first = await store.store(input({ subject: 'first' }), RAW)
    const indexFile = path.join(store.dir, 'index.jsonl')
    // what a short write leaves: part of a line, no newline
    fs.appendFileSync(indexFile, '["a","20261203T170505Z-0a826a54af82",17647')
    const next = await store.store(input({ subject: 'next' }), RAW)
    await store.requestRelease(next.id, 'admin')
    const listed = (await store.list()).entries
    expect(listed.map((e) => `${e.subject}:${e.state}`)).toEqual(['first:held', 'next:pending'])
    expect(listed.map((e) => e.id)).toEqual([first.id, next.id])
  })

  it('several appends cut short in a row do not hide the entry whose line comes next', async () => {
    const first = await store.store(input({ subject: 'first' }), RAW)
    const indexFile = path.join(store.dir, 'index.jsonl')
    // a full disk that frees a little space now and then: each writer gets part of a line out
    for (let i = 0; i < 6; i++) fs.appendFileSync(indexFile, `["a","20261203T17050${i}Z-0a826a54af82",17647`)
    fs.appendFileSync(indexFile, '["d","20261203T170501Z-0a826a54af8')
    const next = await store.store(input({ subject: 'next' }), RAW)
    expect((await store.list()).entries.map((e) => e.id)).toEqual([first.id, next.id])
  })

  it('a journal append cut short fails the store (no 250) and never writes its rest after another line', async () => {
    // the disk takes half of the first line, then has room again
    const { io: journal, writes } = cutFirstWrite()
    const cutStore = new QuarantineStore(store.dir, { warn: (m) => warnings.push(m), journal })
    await expect(cutStore.store(input({ subject: 'cut' }), RAW)).rejects.toThrow(/short write/)
    expect(writes).toHaveLength(1)
    expect(fs.readdirSync(store.dir).filter((n) => n.endsWith('.json') || n.endsWith('.eml'))).toEqual([])
    const after = await cutStore.store(input({ subject: 'after' }), RAW)
    expect((await cutStore.list()).entries.map((e) => `${e.id}:${e.subject}`)).toEqual([`${after.id}:after`])
  })

  it('ignores partial and corrupt entries with a clear warning', async () => {
    const good = await store.store(input(), RAW)
    const badJson = await store.store(input(), RAW)
    const noEml = await store.store(input(), RAW)
    fs.unlinkSync(path.join(store.dir, 'index.jsonl'))
    fs.writeFileSync(path.join(store.dir, `${badJson.id}.json`), '{"version":1,"id":')
    fs.unlinkSync(path.join(store.dir, `${noEml.id}.eml`))
    const orphan = newId()
    fs.writeFileSync(path.join(store.dir, `${orphan}.eml`), 'half written, never acknowledged')
    fs.writeFileSync(path.join(store.dir, '.tmp-1-abc'), 'temp')
    const res = await store.list()
    expect(res.entries.map((e) => e.id)).toEqual([good.id])
    expect(res.warnings.join('\n')).toContain(`${badJson.id}: ignored, metadata unreadable`)
    expect(res.warnings.join('\n')).toContain(`${noEml.id}: ignored, ID.json without its message file`)
    expect(warnings.length).toBe(2)
    const verify = await store.verifyAll()
    expect(verify.ok).toEqual([good.id])
    expect(verify.problems).toHaveLength(2)
    // leftovers of interrupted writes are swept once old enough
    expect(await store.sweepLeftovers(Date.now() + 1000)).toBe(2)
    expect(fs.existsSync(path.join(store.dir, `${orphan}.eml`))).toBe(false)
  })
})

describe('quarantine store: concurrent release and delete', () => {
  it('a release acknowledged while a delete runs is never deleted (without force); each entry gets one fate', async () => {
    // two stores on one directory stand for two `outpost` processes; their file operations interleave
    const other = new QuarantineStore(store.dir)
    for (let round = 0; round < 20; round++) {
      const entries = await Promise.all(Array.from({ length: 6 }, () => store.store(input(), RAW)))
      const outcomes = await Promise.all(
        entries.map(async (e) => {
          const [released, deleted] = await Promise.allSettled([store.requestRelease(e.id, 'admin'), other.delete(e.id)])
          return { id: e.id, released: released.status === 'fulfilled', deleted: deleted.status === 'fulfilled', why: [released, deleted].map((r) => (r.status === 'rejected' ? (r.reason as QuarantineError).code : 'ok')) }
        }),
      )
      for (const o of outcomes) {
        expect(o.released !== o.deleted, JSON.stringify(o)).toBe(true)
        if (o.released) {
          expect(o.why[1]).toBe('release_pending')
          expect(await store.state(o.id)).toBe('pending')
          await store.readRaw(o.id) // still there, whole
        } else {
          expect(o.why[0]).toBe('not_found')
          expect(fs.readdirSync(store.dir).filter((n) => n.startsWith(o.id))).toEqual([])
        }
      }
    }
    expect(fs.readdirSync(store.dir).filter((n) => n.endsWith('.lock'))).toEqual([])
  })

  it('breaks the lock of a process that died holding it', async () => {
    const e = await store.store(input(), RAW)
    const dead = 2 ** 22 + 12345 // above pid_max on a default Linux: never a live process
    fs.writeFileSync(path.join(store.dir, `${e.id}.lock`), JSON.stringify({ token: 'dead', pid: dead, host: os.hostname() }))
    await store.delete(e.id)
    expect(fs.readdirSync(store.dir).filter((n) => n.startsWith(e.id))).toEqual([])
  })

  it('waits for a live holder instead of acting under it', async () => {
    const e = await store.store(input(), RAW)
    const lock = path.join(store.dir, `${e.id}.lock`)
    fs.writeFileSync(lock, JSON.stringify({ token: 'live', pid: process.pid, host: os.hostname() }))
    let done = false
    const deleting = store.delete(e.id).then(() => (done = true))
    await new Promise((r) => setTimeout(r, 200))
    expect(done).toBe(false)
    expect(fs.existsSync(path.join(store.dir, `${e.id}.json`))).toBe(true)
    fs.unlinkSync(lock)
    await deleting
    expect(fs.existsSync(path.join(store.dir, `${e.id}.json`))).toBe(false)
  })
})

describe('quarantine journal appends', () => {
  it('a record written to a journal that reindex replaced meanwhile is appended again to the new one', async () => {
    const file = path.join(dir, 'index.jsonl')
    fs.writeFileSync(file, '["a","old"]\n')
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const journal: AppendIo = {
      stat: (p) => fsp.stat(p),
      async open(p, flags, mode) {
        const fh = await fsp.open(p, flags, mode)
        let first = true
        return {
          stat: () => fh.stat(),
          close: () => fh.close(),
          async write(buf: Buffer, off: number, len: number) {
            if (first) await gate // opened before the rename, written after it
            first = false
            return fh.write(buf, off, len)
          },
        }
      },
    }
    const appending = appendRecord(file, '["d","late"]\n', journal)
    await new Promise((r) => setTimeout(r, 20))
    fs.writeFileSync(file + '.new', '["a","rebuilt"]\n')
    fs.renameSync(file + '.new', file)
    release()
    await appending
    expect(fs.readFileSync(file, 'utf8')).toBe('["a","rebuilt"]\n["d","late"]\n')
  })
})
