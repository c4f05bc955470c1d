// outpost_quarantine end to end: a real Haraka with outpost_relay (client on
// 127.0.0.11 trusted), outpost_policy (GTUBE -> action quarantine),
// outpost_quarantine and outpost_route (smarthost = a real SMTP sink), and the
// real `outpost` command run against the same install directory.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runHarakaExpectFailure, startHaraka, type HarakaProcess } from '../helpers/haraka'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { startSink, type Sink } from '../helpers/smtp_sink'
import { testDkimKey } from '../helpers/dkim'
import { bodyOf, CLIENT, gatewayFiles, GTUBE, outpost, spamMessage, waitFor } from './quarantine_fixtures'

// DKIM: signing happens on release (outbound path), never on the held copy
const DKIM = testDkimKey('corp.example', 'e2e')
const dkimFiles = (): Record<string, string> => ({ 'config/dkim.ini': '[sign]\nenabled = true\n[verify]\nenabled = false\n', ...DKIM.files })

describe('outpost_quarantine: hold, list, release once, digest', () => {
  let sink: Sink
  let haraka: HarakaProcess

  beforeAll(async () => {
    sink = await startSink()
    const files = gatewayFiles(sink, 'dir = var/quarantine\nretention_days = 30\nnotify = admin@corp.example\ndigest_interval = 2s\nnotify_sender = true\nnotify_from = quarantine@corp.example\nrelease_poll_interval = 300ms')
    files['config/plugins'] = 'outpost_relay\noutpost_policy\noutpost_quarantine\ndkim\noutpost_route\n'
    haraka = await await startHaraka({ files: { ...files, ...dkimFiles() } })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  it('holds spam (250), lists it, never delivers it; releases it exactly once with the body intact', async () => {
    // ham passes straight through: proves the route to the sink works
    const ham = makeMessage({ from: 'alice@corp.example', to: 'bob@partner.example', subject: 'Minutes' })
    const hamResult = await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw: ham })
    expect(hamResult.final.code).toBe(250)

    const raw = spamMessage('HOLD-1', 'caf\u00e9 non-ASCII line\r\n')
    const result = await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example', 'carol@partner.example'], raw })
    expect(result.final.code).toBe(250)
    expect(result.final.text).toMatch(/held for review as \d{8}T\d{6}Z-[0-9a-f]{12}/)

    // notify_sender: alice is told, with a null envelope sender so a bounce cannot loop
    const notice = await waitFor('the sender notice', () => sink.messages.find((m) => m.to.includes('alice@corp.example')))
    expect(notice.from).toBe('')
    expect(notice.raw.toString()).toContain('X-Outpost-Notice: sender-notice')
    expect(notice.raw.toString()).toContain('From: "Outpost quarantine" <quarantine@corp.example>')
    expect(notice.raw.toString()).not.toContain(GTUBE)

    const listed = await outpost(haraka.dir, 'list', '--json')
    expect(listed.code).toBe(0)
    const entries = JSON.parse(listed.stdout)
    expect(entries).toHaveLength(1)
    const entry = entries[0]
    expect(entry).toMatchObject({ mail_from: 'alice@corp.example', rcpt_to: ['bob@partner.example', 'carol@partner.example'], state: 'held', subject: 'Offer HOLD-1', client_ip: CLIENT })
    expect(entry.score).toBeGreaterThan(8)
    expect(result.final.text).toContain(entry.id)

    const shown = await outpost(haraka.dir, 'show', entry.id, '--json')
    const meta = JSON.parse(shown.stdout)
    expect(meta.client).toMatchObject({ ip: CLIENT, description: 'e2e branch office' })
    expect(meta.threshold).toBe(8)
    expect(meta.symbols.length).toBeGreaterThan(0)
    expect(meta.reason).toMatch(/action quarantine/)
    const text = await outpost(haraka.dir, 'show', entry.id)
    expect(text.stdout).toMatch(/State:\s+held/)
    const rawShown = await outpost(haraka.dir, 'show', entry.id, '--raw')
    expect(bodyOf(rawShown.stdout)).toBe(bodyOf(raw))

    // the ham arrives; the spam does not
    await sink.waitForMessages(1)
    await new Promise((r) => setTimeout(r, 1500))
    expect(sink.messages.filter((m) => m.raw.includes('X-Test-Marker: HOLD-1'))).toHaveLength(0)

    const released = await outpost(haraka.dir, 'release', entry.id)
    expect(released.code).toBe(0)
    expect(released.stdout).toContain(`${entry.id}: release requested by e2e-admin`)
    const again = await outpost(haraka.dir, 'release', entry.id)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already released by e2e-admin at .*released only once/)

    const delivered = await waitFor('the released message at the sink', () => sink.messages.find((m) => m.raw.includes('X-Test-Marker: HOLD-1')))
    expect(delivered.from).toBe('alice@corp.example')
    expect(delivered.to.sort()).toEqual(['bob@partner.example', 'carol@partner.example'])
    expect(bodyOf(delivered.raw)).toBe(bodyOf(raw))
    // signed on the way out, not while held
    expect(rawShown.stdout).not.toContain('DKIM-Signature')
    expect(await DKIM.verify(delivered.raw)).toEqual([{ status: 'pass', domain: 'corp.example' }])
    // released state is recorded with who and when
    const after = JSON.parse((await outpost(haraka.dir, 'show', entry.id, '--json')).stdout)
    expect(after.state).toBe('released')
    expect(after.released).toMatchObject({ by: 'e2e-admin' })
    // a third attempt, and a restart of the gateway, deliver nothing more
    expect((await outpost(haraka.dir, 'release', entry.id)).code).toBe(1)
    await new Promise((r) => setTimeout(r, 1500))
    expect(sink.messages.filter((m) => m.raw.includes('X-Test-Marker: HOLD-1'))).toHaveLength(1)

    const audit = await outpost(haraka.dir, 'audit', '--json')
    const actions = JSON.parse(audit.stdout).map((r: { action: string; result: string }) => `${r.action}:${r.result}`)
    expect(actions).toEqual(expect.arrayContaining(['release:ok', 'release:refused', 'released:ok']))
  })

  it('sends a digest listing the held message to the notify address, without holding or looping it', async () => {
    const result = await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw: spamMessage('DIGEST-2') })
    expect(result.final.code).toBe(250)
    const id = /held for review as (\S+)/.exec(result.final.text)![1]
    const digest = await waitFor('a digest naming the held message', () =>
      sink.messages.find((m) => m.to.includes('admin@corp.example') && m.raw.includes(id)),
    )
    const text = digest.raw.toString()
    expect(digest.from).toBe('')
    expect(text).toContain('X-Outpost-Notice: digest')
    expect(text).toContain('Subject:    Offer DIGEST-2')
    expect(text).toContain('Sender:     alice@corp.example')
    expect(text).toMatch(/Score:\s+\d/)
    // the digest itself was neither quarantined nor answered with another digest about itself
    const list = JSON.parse((await outpost(haraka.dir, 'list', '--json')).stdout)
    expect(list.every((e: { mail_from: string }) => e.mail_from !== '')).toBe(true)
  })

  it('a release made while the gateway is down is delivered when it starts', async () => {
    const r = await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw: spamMessage('OFFLINE-3') })
    expect(r.final.code).toBe(250)
    const id = /held for review as (\S+)/.exec(r.final.text)![1]
    await haraka.stop()
    const released = await outpost(haraka.dir, 'release', id, '--by', 'night-shift')
    expect(released.code).toBe(0)
    expect(released.stdout).toContain('the gateway is not running')
    expect(sink.messages.filter((m) => m.raw.includes('X-Test-Marker: OFFLINE-3'))).toHaveLength(0)
    haraka = await await startHaraka({ dir: haraka.dir, port: haraka.port })
    await waitFor('the offline release at the sink', () => sink.messages.find((m) => m.raw.includes('X-Test-Marker: OFFLINE-3')))
    const shown = JSON.parse((await outpost(haraka.dir, 'show', id, '--json')).stdout)
    expect(shown.released).toMatchObject({ by: 'night-shift' })
    await new Promise((r2) => setTimeout(r2, 1000))
    expect(sink.messages.filter((m) => m.raw.includes('X-Test-Marker: OFFLINE-3'))).toHaveLength(1)
  })

  it('refuses bad ids and filters from the command line without touching anything', async () => {
    for (const bad of ['../../../etc/passwd', '/etc/passwd', '20261128T002600Z-3f9a0c1b2d4e/../../x']) {
      const r = await outpost(haraka.dir, 'show', bad, '--raw')
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain('invalid quarantine id')
      expect((await outpost(haraka.dir, 'delete', bad)).code).toBe(2)
    }
    const unknown = await outpost(haraka.dir, 'show', '20200101T000000Z-000000000000')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('no such quarantine entry')
    const badFilter = await outpost(haraka.dir, 'list', '--since', 'last tuesday')
    expect(badFilter.code).toBe(2)
    expect(badFilter.stderr).toContain('--since "last tuesday"')
  })
})

describe('outpost_quarantine: unwritable quarantine', () => {
  it('answers 451, delivers nothing, keeps serving', async () => {
    const sink = await startSink()
    // dir's parent is a regular file: mkdir/open fail with ENOTDIR, even for root
    const haraka = await await startHaraka({ files: { ...gatewayFiles(sink, 'dir = var/blocker/quarantine\nrelease_poll_interval = 300ms'), 'var/blocker': 'not a directory\n' } })
    try {
      for (const marker of ['FAIL-1', 'FAIL-2']) {
        const r = await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw: spamMessage(marker) })
        expect(r.final.code).toBe(451)
        expect(r.final.text).toMatch(/4\.3\.0 .*could not be held/)
      }
      const ham = makeMessage({ from: 'alice@corp.example', to: 'bob@partner.example', subject: 'Still serving' })
      const ok = await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw: ham })
      expect(ok.final).toMatchObject({ code: 250 })
      await sink.waitForMessages(1)
      await new Promise((r) => setTimeout(r, 1000))
      expect(sink.messages).toHaveLength(1)
      expect(sink.messages[0].raw.toString()).toContain('Still serving')
      expect(haraka.logs()).toMatch(/quarantine write to .* failed, answering 451/)
      expect(fs.readFileSync(path.join(haraka.dir, 'var/blocker'), 'utf8')).toBe('not a directory\n')
    } finally {
      await haraka.stop()
      await sink.close()
    }
  })
})

describe('outpost_quarantine: retention', () => {
  it('the running gateway purges entries older than retention_days (changed without a restart), and audits it', async () => {
    const sink = await startSink()
    const haraka = await await startHaraka({ files: gatewayFiles(sink, 'retention_days = 30\nexpire_interval = 1s') })
    try {
      const r = await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw: spamMessage('EXPIRE-1') })
      expect(r.final.code).toBe(250)
      const id = /held for review as (\S+)/.exec(r.final.text)![1]
      await new Promise((r2) => setTimeout(r2, 2500))
      expect(JSON.parse((await outpost(haraka.dir, 'list', '--json')).stdout).map((e: { id: string }) => e.id)).toEqual([id])
      // 0.00004 days = 3.5 s; Haraka notices the edit within about 5 s
      fs.writeFileSync(path.join(haraka.dir, 'haraka.ini'), '[quarantine]\nretention_days = 0.00004\nexpire_interval = 1s\n')
      await haraka.waitForLog(/\[outpost_quarantine\] haraka.ini reloaded/, 20_000)
      await waitFor('expiry', async () => JSON.parse((await outpost(haraka.dir, 'list', '--json')).stdout).length === 0, 15_000)
      const qdir = path.join(haraka.dir, 'var/quarantine')
      expect(fs.readdirSync(qdir).filter((n) => n.startsWith(id))).toEqual([])
      const audit = JSON.parse((await outpost(haraka.dir, 'audit', '--json')).stdout)
      expect(audit).toEqual([expect.objectContaining({ action: 'expire', by: 'gateway', ids: [id] })])
      expect(sink.messages).toHaveLength(0)
    } finally {
      await haraka.stop()
      await sink.close()
    }
  })
})

describe('outpost_quarantine: configuration', () => {
  it('a bad haraka.ini [quarantine] stops start-up with file, line, key, value and what was expected', async () => {
    const sink = await startSink()
    try {
      const r = await runHarakaExpectFailure({ files: gatewayFiles(sink, 'dir = var/quarantine\nretention_days = forever') })
      expect(r.listened).toBe(false)
      expect(r.output).toContain('haraka.ini:3: quarantine.retention_days = "forever": expected a number')
    } finally {
      await sink.close()
    }
  })
})

describe('outpost_quarantine: gateway crash in the middle of a release', () => {
  it('already in Haraka\'s queue -> not sent again; not yet queued -> sent; each arrives exactly once', async () => {
    // the smarthost defers at first, so the released message waits in Haraka's queue
    let sink = await startSink({ rejectWith: { code: 451, message: '4.3.0 try again later' } })
    const sinkPort = sink.port
    const files = { ...gatewayFiles(sink, 'release_poll_interval = 300ms'), 'config/outbound.ini': '[main]\ntemp_fail_intervals=5s*20\n' }
    let haraka = await await startHaraka({ files })
    try {
      const ids: string[] = []
      for (const marker of ['RECOVER-QUEUED', 'RECOVER-NOT-QUEUED']) {
        const r = await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw: spamMessage(marker) })
        expect(r.final.code).toBe(250)
        ids.push(/held for review as (\S+)/.exec(r.final.text)![1])
      }
      const [queued, notQueued] = ids
      expect((await outpost(haraka.dir, 'release', queued)).code).toBe(0)
      await waitFor('Haraka to queue the release', async () => JSON.parse((await outpost(haraka.dir, 'show', queued, '--json')).stdout).state === 'released')
      await waitFor('a deferred delivery attempt', () => sink.connections > 0)
      await haraka.stop()

      // the state a crash leaves between "Haraka queued it" and "ID.released written" ...
      const q = path.join(haraka.dir, 'var/quarantine')
      fs.unlinkSync(path.join(q, `${queued}.released`))
      fs.writeFileSync(path.join(q, 'pending', queued), '')
      fs.writeFileSync(path.join(q, 'pending', `${queued}.injecting`), '{}')
      // ... and the state it leaves between "claimed" and "handed to Haraka"
      expect((await outpost(haraka.dir, 'release', notQueued)).code).toBe(0)
      fs.writeFileSync(path.join(q, 'pending', `${notQueued}.injecting`), '{}')

      await sink.close()
      sink = await startSink({ port: sinkPort })
      haraka = await await startHaraka({ dir: haraka.dir, port: haraka.port })
      await haraka.waitForLog(new RegExp(`release of ${queued} was interrupted after Haraka queued it; recorded as released, not sent again`))
      await haraka.waitForLog(new RegExp(`release of ${notQueued} was interrupted before Haraka queued it; it will be sent now`))
      for (const marker of ['RECOVER-QUEUED', 'RECOVER-NOT-QUEUED']) {
        await waitFor(`${marker} at the sink`, () => sink.messages.find((m) => m.raw.includes(`X-Test-Marker: ${marker}`))).catch((e) => {
          console.log(fs.readdirSync(path.join(haraka.dir, 'var/queue')), haraka.logs().split('\n').filter((l) => /queue|outbound|deliver|defer|RECOVER|quarantine/i.test(l)).slice(-40).join('\n'))
          throw e
        })
      }
      await new Promise((r) => setTimeout(r, 2500))
      for (const marker of ['RECOVER-QUEUED', 'RECOVER-NOT-QUEUED']) {
        expect(sink.messages.filter((m) => m.raw.includes(`X-Test-Marker: ${marker}`))).toHaveLength(1)
      }
      expect(JSON.parse((await outpost(haraka.dir, 'show', queued, '--json')).stdout).released).toMatchObject({ recovered: true })
      expect(JSON.parse((await outpost(haraka.dir, 'show', notQueued, '--json')).stdout).state).toBe('released')
    } finally {
      await haraka.stop()
      await sink.close()
    }
  })
})

describe('outpost_quarantine: learning from quarantine decisions', () => {
  let sink: Sink
  let haraka: HarakaProcess
  let startedAt: number

  beforeAll(async () => {
    sink = await startSink()
    haraka = await await startHaraka({ files: gatewayFiles(sink, 'dir = var/quarantine\nrelease_poll_interval = 300ms') })
    startedAt = Date.now()
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  it('release --learn and delete --learn update the local model, and the engine threads of the running gateway reload it', async () => {
    const ids: string[] = []
    for (const marker of ['LEARN-HAM', 'LEARN-SPAM']) {
      const r = await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw: spamMessage(marker) })
      expect(r.final.code).toBe(250)
      ids.push(/held for review as (\S+)/.exec(r.final.text)![1])
    }
    const released = await outpost(haraka.dir, 'release', ids[0], '--learn')
    expect(released.code).toBe(0)
    expect(released.stdout).toMatch(/learned 1 message as ham \(1 new/)
    const deleted = await outpost(haraka.dir, 'delete', ids[1], '--learn')
    expect(deleted.code).toBe(0)
    expect(deleted.stdout).toMatch(/learned 1 message as spam \(1 new/)
    const model = JSON.parse(fs.readFileSync(path.join(haraka.dir, 'var', 'bayes', 'model.json'), 'utf8'))
    expect([model.nspam, model.nham]).toEqual([1, 1])
    await waitFor('the released message', () => sink.messages.find((m) => m.raw.includes('X-Test-Marker: LEARN-HAM')))

    // each engine thread looks at the model file at most every 10 s, when it scores; its last look may
    // be later than startedAt (a busy machine scores the messages above later), so keep sending
    // ordinary mail until a thread has looked again and reloaded, for up to 30 s
    await new Promise((r) => setTimeout(r, Math.max(0, startedAt + 11_000 - Date.now())))
    const reloaded = /outpost engine: reloaded Bayes model \S*var\/bayes\/model\.json/
    const deadline = Date.now() + 30_000
    for (let i = 0; !reloaded.test(haraka.logs()); i++) {
      expect(Date.now(), `log line ${reloaded} not seen within 30 s of ordinary mail`).toBeLessThan(deadline)
      const ham = makeMessage({ from: 'alice@corp.example', to: 'bob@partner.example', subject: `after learning ${i}` })
      expect((await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw: ham })).final.code).toBe(250)
      await new Promise((r) => setTimeout(r, 1_000))
    }
  }, 70_000)
})
