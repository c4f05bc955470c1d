import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { promisify } from 'node:util'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readAudit } from '../../src/quarantine/audit'
import { parseQuarantineConfig, QuarantineConfig } from '../../src/quarantine/config'
import { Outbound, OutboundMail, QuarantineGateway } from '../../src/quarantine/gateway'
import { parseIni } from '../../src/lib/ini'
import type { EntryInput } from '../../src/quarantine/meta'
import { mayNotifySender } from '../../src/quarantine/notify'
import { QuarantineStore } from '../../src/quarantine/store'

const execFileP = promisify(execFile)

let dir: string
let store: QuarantineStore
let cfg: QuarantineConfig
let sent: OutboundMail[]
let queued: Set<string>
let failNext: boolean
const logs: string[] = []

const fakeOutbound: Outbound = {
  async inject(mail) {
    if (failNext) {
      failNext = false
      throw new Error('queue write failed')
    }
    sent.push(mail)
    const rel = mail.notes.outpost_release as { id: string } | undefined
    if (rel) queued.add(rel.id)
    return `q${sent.length}`
  },
  async findQueuedRelease(id) {
    return queued.has(id)
  },
  async syncQueue() {},
}

const input: EntryInput = {
  mail_from: 'alice@corp.example',
  rcpt_to: ['bob@partner.example'],
  client: { ip: '10.1.2.3' },
  score: 9,
  threshold: 5,
  symbols: [],
  reason: 'test',
  subject: 'Spammy',
}
const RAW = Buffer.from('Subject: Spammy\r\n\r\nbody\r\n')

function config(text: string): QuarantineConfig {
  return parseQuarantineConfig(parseIni(`[quarantine]\ndir = q\n${text}`, 'haraka.ini'), dir, 'gw.example')
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qgw-'))
  cfg = config('notify = admin@corp.example\nretention_days = 30')
  store = new QuarantineStore(cfg.dir)
  sent = []
  queued = new Set()
  failNext = false
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

function gateway(): QuarantineGateway {
  return new QuarantineGateway(store, cfg, fakeOutbound, { info: (m) => logs.push(m), warn: (m) => logs.push(m), error: (m) => logs.push(m) }, 'gw.example')
}

describe('haraka.ini [quarantine]', () => {
  it('has defaults, resolves dir against the install dir, and rejects bad values naming section.key', () => {
    const c = parseQuarantineConfig(parseIni('', 'haraka.ini'), '/opt/outpost', 'gw.example')
    expect(c).toMatchObject({ dir: '/opt/outpost/var/quarantine', retentionDays: 30, notify: undefined, digestIntervalMs: 3_600_000, notifySender: false, notifyFrom: 'postmaster@gw.example' })
    const bad = (t: string) => () => parseQuarantineConfig(parseIni(`[quarantine]\n${t}`, 'haraka.ini'), '/x', 'h')
    expect(bad('retention_days = soon')).toThrow(/haraka.ini:2: quarantine.retention_days = "soon": expected a number/)
    expect(bad('notify = not-an-address')).toThrow(/quarantine.notify = "not-an-address": expected an email address/)
    expect(bad('digest_interval = often')).toThrow(/quarantine.digest_interval/)
    expect(bad('retension_days = 3')).toThrow(/quarantine.retension_days: unknown setting/)
  })
})

describe('QuarantineGateway', () => {
  it('delivers a release once, records it, and never again', async () => {
    const m = await store.store(input, RAW)
    const g = gateway()
    await g.tick()
    expect(g.isLockHolder).toBe(true)
    await store.requestRelease(m.id, 'admin')
    await g.tick()
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ from: 'alice@corp.example', to: ['bob@partner.example'], notes: { outpost_release: { id: m.id, by: 'admin' } } })
    expect(sent[0].raw).toEqual(RAW)
    expect(await store.state(m.id)).toBe('released')
    expect(await store.releaseDone(m.id)).toMatchObject({ by: 'admin', queue_id: 'q1' })
    await g.tick()
    await store.addPendingHint(m.id) // a stray hint changes nothing
    await g.tick()
    expect(sent).toHaveLength(1)
    expect((await readAudit(store.dir)).map((r) => r.action)).toEqual(['released'])
    g.stop()
  })

  it('retries a release the outbound queue refused', async () => {
    const m = await store.store(input, RAW)
    const g = gateway()
    await g.tick()
    await store.requestRelease(m.id, 'admin')
    failNext = true
    await g.tick()
    expect(await store.state(m.id)).toBe('pending')
    expect(fs.readdirSync(store.pendingDir)).toEqual([m.id])
    g.stop()
  })

  it('after a crash mid-release: already queued -> not sent again; not queued -> sent', async () => {
    const a = await store.store(input, RAW)
    const b = await store.store(input, RAW)
    await store.requestRelease(a.id, 'admin')
    await store.requestRelease(b.id, 'admin')
    // the crashed gateway had claimed both; Haraka had queued a but not b
    fs.writeFileSync(path.join(store.pendingDir, `${a.id}.injecting`), '{}')
    fs.writeFileSync(path.join(store.pendingDir, `${b.id}.injecting`), '{}')
    queued.add(a.id)
    // and a release request whose hint was lost
    const c = await store.store(input, RAW)
    await store.requestRelease(c.id, 'admin')
    fs.unlinkSync(path.join(store.pendingDir, c.id))
    const g = gateway()
    await g.tick()
    expect(sent.map((s) => (s.notes.outpost_release as { id: string }).id).sort()).toEqual([b.id, c.id].sort())
    expect(await store.releaseDone(a.id)).toMatchObject({ recovered: true })
    for (const id of [a.id, b.id, c.id]) expect(await store.state(id)).toBe('released')
    expect(fs.readdirSync(store.pendingDir)).toEqual([])
    g.stop()
  })

  it('only one gateway holds the lock; a dead holder is taken over', async () => {
    const g1 = gateway()
    const g2 = gateway()
    await g1.tick()
    expect(g1.isLockHolder).toBe(true)
    // another live gateway process (our parent stands in for it) holds a fresh lock
    const lock = path.join(store.dir, 'gateway.lock')
    fs.writeFileSync(lock, JSON.stringify({ token: 'other', pid: process.ppid, host: os.hostname(), since: '' }))
    await g1.tick()
    await g2.tick()
    expect(g1.isLockHolder).toBe(false)
    expect(g2.isLockHolder).toBe(false)
    // the holder dies: its lock is taken over by exactly one of the others
    fs.writeFileSync(lock, JSON.stringify({ token: 'other', pid: 2 ** 22 + 1, host: os.hostname(), since: '' }))
    await g2.tick()
    expect(g2.isLockHolder).toBe(true)
    g1.stop()
    g2.stop()
  })

  // Haraka's cluster workers (smtp.ini nodes=N) start their gateways at the same moment
  async function contend(n: number): Promise<boolean[][]> {
    const script = path.resolve(__dirname, '..', 'fixtures', 'quarantine_lock_contender.js')
    const startAt = String(Date.now() + 700)
    const runs = Array.from({ length: n }, () => execFileP(process.execPath, [script, dir, startAt]))
    return (await Promise.all(runs)).map((r) => JSON.parse(r.stdout).held as boolean[])
  }
  const holdersAtEachStep = (held: boolean[][]) => held[0].map((_, step) => held.filter((h) => h[step]).length)

  it('of several processes starting at once, exactly one holds the lock, at start and after', async () => {
    for (let round = 0; round < 3; round++) {
      fs.rmSync(path.join(store.dir, 'gateway.lock'), { force: true })
      expect(holdersAtEachStep(await contend(4))).toEqual([1, 1, 1, 1])
    }
  }, 30_000)

  it('of several processes finding a dead holder\'s lock at once, exactly one takes it over', async () => {
    for (let round = 0; round < 3; round++) {
      fs.mkdirSync(store.dir, { recursive: true })
      fs.writeFileSync(path.join(store.dir, 'gateway.lock'), JSON.stringify({ token: 'dead', pid: 2 ** 22 + 1, host: os.hostname(), since: '' }))
      expect(holdersAtEachStep(await contend(4))).toEqual([1, 1, 1, 1])
    }
    expect(fs.readdirSync(store.dir).filter((f) => f.startsWith('gateway.lock.'))).toEqual([])
  }, 30_000)

  it('purges expired entries and audits it', async () => {
    const now = Date.now()
    const old = await store.store(input, RAW, new Date(now - 31 * 86_400_000))
    const young = await store.store(input, RAW, new Date(now - 86_400_000))
    const g = gateway()
    await g.tick()
    expect(await g.expireNow(now)).toEqual([old.id])
    expect((await store.list()).entries.map((e) => e.id)).toEqual([young.id])
    expect((await readAudit(store.dir)).find((r) => r.action === 'expire')).toMatchObject({ by: 'gateway', ids: [old.id] })
    g.stop()
  })

  it('sends a digest of what arrived since the last one, then nothing until something new', async () => {
    const g = gateway()
    await g.tick()
    const m = await store.store({ ...input, subject: 'Buy now' }, RAW)
    expect(await g.digestNow(Date.now() + 1)).toBe(1)
    expect(sent).toHaveLength(1)
    expect(sent[0].from).toBe('')
    expect(sent[0].to).toEqual(['admin@corp.example'])
    const text = sent[0].raw.toString()
    expect(text).toMatch(/^From: "Outpost quarantine" <postmaster@gw.example>\r\n/)
    expect(text).toContain('Auto-Submitted: auto-generated')
    expect(text).toContain('X-Outpost-Notice: digest')
    expect(text).toContain(`Id:         ${m.id}`)
    expect(text).toContain('Subject:    Buy now')
    expect(text).toContain('Sender:     alice@corp.example')
    expect(sent[0].notes).toEqual({ outpost_notice: 'digest' })
    expect(await g.digestNow(Date.now() + 2)).toBe(0)
    expect(sent).toHaveLength(1)
    g.stop()
  })
})

describe('sender notices', () => {
  const h = (headers: Record<string, string>) => (name: string) => headers[name] ?? ''
  it('are never sent to null, bounce or automatic senders, nor about Outpost notices', () => {
    expect(mayNotifySender({ mail_from: 'alice@corp.example' }, h({}))).toBe(true)
    expect(mayNotifySender({ mail_from: '' }, h({}))).toBe(false)
    expect(mayNotifySender({ mail_from: 'MAILER-DAEMON@corp.example' }, h({}))).toBe(false)
    expect(mayNotifySender({ mail_from: 'alice@corp.example' }, h({ 'Auto-Submitted': 'auto-replied' }))).toBe(false)
    expect(mayNotifySender({ mail_from: 'alice@corp.example' }, h({ Precedence: 'bulk' }))).toBe(false)
    expect(mayNotifySender({ mail_from: 'alice@corp.example' }, h({ 'X-Outpost-Notice': 'digest' }))).toBe(false)
  })
})
