// Haraka as admins run it on a multi-core host: smtp.ini nodes=2 (a master and
// two worker processes, each with its own plugins, outbound queue and engine
// threads). Relay refusal, scoring, DKIM signing, the quarantine and releases
// must behave as with one process: every released message delivered once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, startHaraka, type HarakaProcess } from '../helpers/haraka'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { startSink, type Sink } from '../helpers/smtp_sink'
import { testDkimKey } from '../helpers/dkim'
import { CLIENT, gatewayFiles, outpost, spamMessage, waitFor } from './quarantine_fixtures'

const DKIM = testDkimKey('corp.example', 'c1')
const dkim = async (raw: Buffer): Promise<string[]> => (await DKIM.verify(raw)).map((r) => r.status)

describe('smtp.ini nodes=2 (cluster of Haraka workers)', () => {
  let sink: Sink
  let haraka: HarakaProcess

  beforeAll(async () => {
    sink = await startSink()
    const port = await freePort()
    const files = { ...gatewayFiles(sink, 'dir = var/quarantine\nretention_days = 30\nrelease_poll_interval = 300ms', { dkim: true }), ...DKIM.files }
    files['config/smtp.ini'] = `listen=127.0.0.1:${port}\nnodes=2\ndaemonize=false\nignore_bad_plugins=0\nforce_shutdown_timeout=5\n`
    files['config/outpost_policy.ini'] += '[engines]\nworkers = 1\n'
    haraka = await startHaraka({ files, port, readyLog: /worker \d listening[^]*worker \d listening/ })
  }, 60_000)
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  it('runs two workers, each scoring on its own engine thread; one of them runs the quarantine gateway', async () => {
    await waitFor('both workers to load their plugins', () => (haraka.logs().match(/built-in engine on 1 thread/g)?.length ?? 0) >= 2)
    // the master loads the plugins too, but takes no mail: no engine threads there
    expect(haraka.logs().match(/built-in engine on 1 thread/g)).toHaveLength(2)
    expect(haraka.logs().match(/built-in engine in each worker process, on 1 thread/g)).toHaveLength(1)
    // and exactly one of them delivers releases (the quarantine gateway lock)
    await waitFor('a quarantine gateway', () => /delivers releases, purges and digests/.test(haraka.logs()))
    await new Promise((r) => setTimeout(r, 1_000))
    expect(haraka.logs().match(/delivers releases, purges and digests/g)).toHaveLength(1)
  })

  it('refuses an untrusted client and relays, scores and signs for a trusted one', async () => {
    const refused = await sendMessage({ port: haraka.port, localAddress: '127.0.0.99', from: 'x@corp.example', to: ['y@partner.example'], raw: makeMessage({ from: 'x@corp.example', to: 'y@partner.example' }) })
    expect(refused.final.code).toBe(554)
    const sent = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        sendMessage({
          port: haraka.port,
          localAddress: CLIENT,
          from: 'alice@corp.example',
          to: ['bob@partner.example'],
          raw: makeMessage({ from: 'alice@corp.example', to: 'bob@partner.example', subject: `cluster ham ${i}` }),
        }),
      ),
    )
    expect(sent.map((r) => r.final.code)).toEqual(Array(8).fill(250))
    const msgs = await sink.waitForMessages(8)
    for (const m of msgs) {
      expect(m.raw.toString()).toMatch(/^X-Outpost-Score: /m)
      expect(await dkim(m.raw)).toEqual(['pass'])
    }
  })

  it('holds spam from both workers and delivers each release exactly once', async () => {
    const before = sink.messages.length
    const markers = Array.from({ length: 6 }, (_, i) => `CLUSTER-${i}`)
    const results = await Promise.all(
      markers.map((m) => sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw: spamMessage(m) })),
    )
    expect(results.map((r) => r.final.code)).toEqual(Array(6).fill(250))
    const held = await waitFor('six held entries', async () => {
      const l = await outpost(haraka.dir, 'list', '--json')
      const entries = JSON.parse(l.stdout || '[]') as Array<{ id: string }>
      return entries.length === 6 ? entries : undefined
    })
    expect(sink.messages.length).toBe(before)
    for (const e of held) expect((await outpost(haraka.dir, 'release', e.id)).code).toBe(0)
    await waitFor('six released messages', () => sink.messages.length >= before + 6, 30_000)
    // both workers poll for releases: give a duplicate time to show up
    await new Promise((r) => setTimeout(r, 2_000))
    const delivered = sink.messages.slice(before).map((m) => /X-Test-Marker: (\S+)/.exec(m.raw.toString())?.[1])
    expect(delivered.sort()).toEqual([...markers].sort())
    for (const m of sink.messages.slice(before)) expect(await dkim(m.raw)).toEqual(['pass'])
  }, 60_000)
})
