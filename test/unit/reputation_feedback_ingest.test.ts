import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReputationAlert } from '../../src/reputation/alerts'
import { readComplaints, summarise } from '../../src/reputation/complaints'
import { ingestReport } from '../../src/reputation/ingest'
import { SentLog } from '../../src/reputation/sent_log'
import { arfReportAbout, jmrpReportAbout, parseReputation, reputationFixture } from '../helpers/reputation'
import { makeTempDir } from '../helpers/temp_dirs'

function setup(ini = '[feedback]\nmin_complaints = 2\ncomplaint_rate = 1%\n') {
  const dir = makeTempDir('outpost-fb-')
  const cfg = parseReputation(ini, dir)
  const sent = new SentLog(cfg.stateDir, { rememberMs: cfg.feedback.rememberMs, maxBytes: cfg.feedback.rememberMaxBytes })
  const alerts: ReputationAlert[] = []
  const locks: string[] = []
  const deps = {
    cfg,
    sent,
    alert: async (a: ReputationAlert) => void alerts.push(a),
    lock: async (id: string) => {
      const fresh = !locks.includes(id)
      locks.push(id)
      return fresh
    },
  }
  return { cfg, sent, alerts, locks, deps }
}

describe('sent Message-ID memory', () => {
  it('finds what was sent, forgets what is older than remember_sent, and keeps under its size', async () => {
    const dir = makeTempDir('outpost-sent-')
    const log = new SentLog(dir, { rememberMs: 2 * 3_600_000, maxBytes: 1024 * 1024 })
    const now = Date.UTC(2026, 11, 3, 12, 30)
    await log.record({ messageId: 'old@example.org', identity: 'alice@example.org', sender: 'alice@example.org', domain: 'example.org', at: now - 5 * 3_600_000 })
    await log.record({ messageId: 'a@example.org', identity: 'alice@example.org', sender: 'alice@example.org', domain: 'example.org', at: now - 60_000 })
    await log.record({ messageId: 'b@example.org', identity: 'bob@example.org', sender: 'bob@example.org', domain: 'example.org', at: now })
    expect(await log.lookup('a@example.org', now)).toMatchObject({ identity: 'alice@example.org' })
    expect(await log.lookup('b@example.org', now)).toMatchObject({ identity: 'bob@example.org' })
    expect(await log.lookup('old@example.org', now)).toBeUndefined()
    expect(await log.lookup('nope@example.org', now)).toBeUndefined()
    expect(await log.countSince('alice@example.org', now - 3_600_000)).toBe(1)
    expect(await log.prune(now)).toBe(1)
    expect(fs.readdirSync(log.dir)).toHaveLength(1)
    // the size bound: the oldest hours go first, the current one stays
    const small = new SentLog(dir, { rememberMs: 86_400_000, maxBytes: 10 })
    await small.record({ messageId: 'c@example.org', identity: 'c@example.org', sender: 'c@example.org', domain: 'example.org', at: now + 3_600_000 })
    await small.prune(now + 3_600_000)
    expect(fs.readdirSync(log.dir)).toEqual(['2026120313.jsonl'])
  })
})

describe('complaints', () => {
  it('attributes ARF and JMRP reports by Message-ID to the identity that sent them, not the address in the report', async () => {
    const t = setup('[feedback]\nmin_complaints = 5\n')
    const at = Date.now()
    await t.sent.record({ messageId: 'm1@example.org', identity: 'alice.auth', sender: 'alice@example.org', domain: 'example.org', at })
    await t.sent.record({ messageId: 'm2@example.org', identity: 'alice.auth', sender: 'alice@example.org', domain: 'example.org', at })
    const arf = await ingestReport(Buffer.from(arfReportAbout('m1@example.org', 'alice@example.org')), t.deps)
    expect(arf.record).toMatchObject({ identity: 'alice.auth', attributed: 'message-id', format: 'arf', counted: true })
    const jmrp = await ingestReport(Buffer.from(jmrpReportAbout('m2@example.org', 'alice@example.org')), t.deps)
    expect(jmrp.record).toMatchObject({ identity: 'alice.auth', attributed: 'message-id', format: 'jmrp' })
    expect(jmrp.check).toMatchObject({ complaints: 2, messages: 2 })
    // unknown Message-ID: the original's sender address, counted only if that sender sent through the gateway
    const forged = await ingestReport(Buffer.from(reputationFixture('arf-headers-only.eml')), t.deps)
    expect(forged.record).toMatchObject({ identity: 'bob@sales.example.org', attributed: 'sender-address', counted: false })
    await t.sent.record({ messageId: 'other@example.org', identity: 'bob@sales.example.org', sender: 'bob@sales.example.org', domain: 'sales.example.org', at })
    const other = await ingestReport(Buffer.from(reputationFixture('arf-headers-only.eml').replace('redacted@aol.com', 'redacted2@aol.com').replace('Date: Thu, 03 Dec 2026 10:02:11', 'Date: Thu, 03 Dec 2026 10:02:12')), t.deps)
    expect(other.record).toMatchObject({ identity: 'bob@sales.example.org', attributed: 'sender-address', counted: true })
    // the same report again is not counted again
    expect((await ingestReport(Buffer.from(arfReportAbout('m1@example.org', 'alice@example.org')), t.deps)).isNew).toBe(false)
    const rows = summarise(await readComplaints(t.cfg.stateDir), t.cfg.feedback, Date.now())
    expect(rows.map((r) => [r.identity, r.complaints])).toEqual([
      ['alice.auth', 2],
      ['bob@sales.example.org', 1],
    ])
    expect(fs.readdirSync(path.join(t.cfg.stateDir, 'feedback'))).toHaveLength(4)
  })

  it('locks and alerts once when the sender crosses the threshold', async () => {
    const t = setup()
    const at = Date.now()
    for (let i = 0; i < 150; i++) await t.sent.record({ messageId: `n${i}@example.org`, identity: 'mallory@example.org', sender: 'mallory@example.org', domain: 'example.org', at })
    const r1 = await ingestReport(Buffer.from(arfReportAbout('n1@example.org', 'mallory@example.org')), t.deps)
    expect(r1.act).toBe(false) // 1 complaint: under min_complaints
    const r2 = await ingestReport(Buffer.from(jmrpReportAbout('n2@example.org', 'mallory@example.org')), t.deps)
    expect(r2.check).toMatchObject({ complaints: 2, messages: 150, over: true })
    expect(r2.act).toBe(true)
    expect(t.locks).toEqual(['mallory@example.org'])
    expect(t.alerts).toHaveLength(1)
    expect(t.alerts[0].subject).toMatch(/mallory@example\.org locked after 2 spam complaints/)
    expect(t.alerts[0].lines.join('\n')).toMatch(/outpost senders unlock mallory@example\.org/)
    // a third complaint right after: no second lock or alert for the same crossing
    await ingestReport(Buffer.from(arfReportAbout('n3@example.org', 'mallory@example.org').replace('complainer@', 'other@')), t.deps)
    expect(t.alerts).toHaveLength(1)
  })

  it('does not count not-spam reports, and keeps a non-report on disk while refusing it', async () => {
    const t = setup()
    const notSpam = arfReportAbout('x@example.org', 'a@example.org').replace('Feedback-Type: abuse', 'Feedback-Type: not-spam')
    expect((await ingestReport(Buffer.from(notSpam), t.deps)).record.counted).toBe(false)
    await expect(ingestReport(Buffer.from('From: x@example.org\r\nSubject: hello\r\n\r\nhi\r\n'), t.deps)).rejects.toThrow(/kept as .*feedback/)
  })
})
