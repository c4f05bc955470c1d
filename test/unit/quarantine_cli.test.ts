import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/quarantine'
import { readAudit } from '../../src/quarantine/audit'
import type { EntryInput } from '../../src/quarantine/meta'
import { QuarantineStore } from '../../src/quarantine/store'
import { loadModel, messageDigest } from '../../src/engine/bayes/model'

let dir: string
let store: QuarantineStore

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (c: Buffer) => chunks.push(c))
  return { stream, text: () => Buffer.concat(chunks).toString('latin1') }
}

async function outpost(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = capture()
  const err = capture()
  const code = await run(args, { dir, out: out.stream, err: err.stream })
  await new Promise((r) => setImmediate(r))
  return { code, out: out.text(), err: err.text() }
}

const base: EntryInput = {
  mail_from: 'alice@corp.example',
  rcpt_to: ['bob@partner.example'],
  client: { ip: '10.1.2.3', description: 'head office' },
  score: 12,
  threshold: 8,
  symbols: [{ name: 'GTUBE', score: 1000, evidence: 'GTUBE string' }, { name: 'URL_SHORTENER', score: 2.5, evidence: 'bit.ly' }],
  reason: 'score 12 >= threshold 8: action quarantine',
  subject: 'Cheap',
}
const RAW = Buffer.from('Subject: Cheap\r\n\r\nbody \xe9\xff\r\n', 'latin1')

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcli-'))
  fs.writeFileSync(path.join(dir, 'haraka.ini'), '[quarantine]\ndir = var/q\nretention_days = 10\n')
  store = new QuarantineStore(path.join(dir, 'var/q'))
  process.env.USER = 'unit-admin'
  delete process.env.SUDO_USER
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('outpost quarantine', () => {
  it('list prints a table, --json the entries; filters apply', async () => {
    const a = await store.store(base, RAW, new Date('2026-11-20T10:00:00Z'))
    await store.store({ ...base, mail_from: 'eve@other.example', score: 3 }, RAW, new Date('2026-11-21T10:00:00Z'))
    const table = await outpost('list')
    expect(table.code).toBe(0)
    expect(table.out).toMatch(/^ID\s+TIME \(UTC\)\s+STATE\s+SCORE\s+FROM\s+TO\s+SUBJECT\n/)
    expect(table.out).toContain(`${a.id} 2026-11-20 10:00 held     12     alice@corp.example`)
    expect(table.out).toMatch(/2 entries\n$/)
    const json = JSON.parse((await outpost('list', '--json', '--min-score', '10')).out)
    expect(json.map((e: { id: string }) => e.id)).toEqual([a.id])
    expect(JSON.parse((await outpost('list', '--json', '--domain', 'other.example')).out)).toHaveLength(1)
  })

  it('show gives the summary with symbols; --raw the exact bytes', async () => {
    const m = await store.store(base, RAW)
    const shown = await outpost('show', m.id)
    expect(shown.out).toContain(`Id:          ${m.id}`)
    expect(shown.out).toContain('Client:      10.1.2.3, "head office"')
    expect(shown.out).toMatch(/Symbols:\s*\n  GTUBE\s+1000  GTUBE string\n  URL_SHORTENER\s+2.5  bit.ly/)
    expect((await outpost('show', m.id, '--raw')).out).toBe(RAW.toString('latin1'))
  })

  it('release --learn teaches the local model the message is ham, delete --learn that it is spam; both audited', async () => {
    const ham = await store.store(base, Buffer.from('Subject: Minutes\r\n\r\nThe budget review moves to Thursday.\r\n'))
    const spam = await store.store(base, Buffer.from('Subject: Cheap pills\r\n\r\nBuy cheap pills now, click here.\r\n'))
    const modelFile = path.join(dir, 'var', 'bayes', 'model.json')
    expect(fs.existsSync(modelFile)).toBe(false)

    const released = await outpost('release', ham.id, '--learn')
    expect(released.code).toBe(0)
    expect(released.out).toMatch(/learned 1 message as ham \(1 new, 0 relabelled, 0 already known\) in .*var\/bayes\/model\.json/)
    const deleted = await outpost('delete', spam.id, '--learn')
    expect(deleted.code).toBe(0)
    expect(deleted.out).toMatch(/learned 1 message as spam \(1 new/)
    expect(deleted.out).toContain('1 entry deleted')
    expect(await store.readMeta(spam.id).catch(() => undefined)).toBeUndefined()

    const model = loadModel(modelFile)
    expect([model.nspam, model.nham]).toEqual([1, 1])
    expect(model.learned.get(messageDigest(await store.readRaw(ham.id)))).toBe('h')
    // the same message again changes nothing
    await store.store(base, Buffer.from('Subject: Cheap pills\r\n\r\nBuy cheap pills now, click here.\r\n'))
    // --all also matches the entry whose release is pending: never learned as spam (nor deleted without --force)
    const again = await outpost('delete', '--all', '--learn')
    expect(again.out).toContain('1 of the entries were released or have a release pending: not learned as spam')
    expect(again.out).toMatch(/learned 1 message as spam \(0 new, 0 relabelled, 1 already known\)/)
    expect(again.out).toContain('1 entry deleted')
    expect(again.err).toMatch(/a release is pending .*not deleted/)
    expect([loadModel(modelFile).nspam, loadModel(modelFile).nham]).toEqual([1, 1])

    const audit = await readAudit(path.join(dir, 'var/q'))
    expect(audit.filter((r) => r.result === 'ok').map((r) => [r.action, r.detail])).toEqual([
      ['release', 'learned as ham'],
      ['delete', 'learned as spam'],
      ['delete', 'learned as spam'],
    ])
  })

  it('release records who, refuses a second time, and audits both', async () => {
    const m = await store.store(base, RAW)
    const first = await outpost('release', m.id)
    expect(first.code).toBe(0)
    expect(first.out).toContain(`${m.id}: release requested by unit-admin`)
    expect(first.out).toContain('the gateway is not running')
    const second = await outpost('release', m.id, '--by', 'someone-else')
    expect(second.code).toBe(1)
    expect(second.err).toContain('already released by unit-admin')
    expect((await readAudit(store.dir)).map((r) => `${r.action}:${r.result}:${r.by}`)).toEqual(['release:ok:unit-admin', 'release:refused:someone-else'])
  })

  it('release --all with filters releases only the held entries that match', async () => {
    const a = await store.store(base, RAW)
    const b = await store.store({ ...base, mail_from: 'eve@other.example' }, RAW)
    await store.requestRelease(a.id, 'x')
    const r = await outpost('release', '--all', '--sender', '*@*.example')
    expect(r.code).toBe(0)
    expect(r.out).toContain(`${b.id}: release requested`)
    expect(r.out).not.toContain(a.id)
    expect(await store.state(b.id)).toBe('pending')
  })

  it('delete by id and by filter; expire by retention_days', async () => {
    const a = await store.store(base, RAW)
    const b = await store.store({ ...base, mail_from: 'eve@other.example' }, RAW)
    const old = await store.store(base, RAW, new Date(Date.now() - 11 * 86_400_000))
    expect((await outpost('delete', a.id)).code).toBe(0)
    expect((await outpost('delete', '--sender', 'eve@other.example')).out).toContain('1 entry deleted')
    expect((await store.list()).entries.map((e) => e.id)).toEqual([old.id])
    void b
    const exp = await outpost('expire')
    expect(exp.out).toContain('1 entry older than 10 days deleted')
    expect((await store.list()).entries).toEqual([])
    expect((await readAudit(store.dir)).map((r) => r.action)).toEqual(['delete', 'delete', 'expire'])
  })

  it('refuses traversal ids, malformed ids and ambiguous selections with clear errors', async () => {
    const m = await store.store(base, RAW)
    const secret = path.join(dir, 'secret.json')
    fs.writeFileSync(secret, '{"version":1}')
    for (const bad of ['../../secret', '../secret', `${m.id}/../../secret`, path.join('..', '..', 'haraka'), '.', '']) {
      for (const cmd of ['show', 'release', 'delete']) {
        const r = await outpost(cmd, bad)
        expect(r.code).toBe(2)
        expect(r.err).toMatch(/invalid quarantine id|give one or more ids/)
      }
    }
    expect(fs.existsSync(secret)).toBe(true)
    expect((await outpost('delete')).err).toContain('give one or more ids, or --all')
    expect((await outpost('release', m.id, '--all')).err).toContain('give ids or --all/filters, not both')
    expect((await outpost('list', '--min-score', 'lots')).err).toContain('--min-score "lots": expected a number')
    expect((await outpost('list', '--bogus')).err).toContain('unknown option --bogus')
    expect((await outpost('frobnicate')).code).toBe(2)
    expect((await store.list()).entries).toHaveLength(1)
  })

  it('a bad haraka.ini [quarantine] is an error naming the key', async () => {
    fs.writeFileSync(path.join(dir, 'haraka.ini'), '[quarantine]\nretention_days = forever\n')
    const r = await outpost('list')
    expect(r.code).toBe(2)
    expect(r.err).toContain('quarantine.retention_days = "forever": expected a number')
  })
})
