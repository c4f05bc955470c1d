// outpost_route end to end: smarthost hand-off through Haraka's queue,
// ordered failover, sender-domain routes, and nothing lost or bounced while
// every smarthost is down.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { freePort, HarakaProcess, refusedPort, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { startSink } from '../helpers/smtp_sink'

const TRUSTED = '127.0.0.10'

const RELAY_INI = '[main]\nreject_untrusted = true\n[trusted_networks]\n127.0.0.10/32 = test\n'
// retry every 5 s (Haraka's minimum) so a recovery is seen within the test
const OUTBOUND_INI = '[main]\nenable_tls=true\ntemp_fail_intervals=5s*60\n'

function files(routeIni: string): Record<string, string> {
  return {
    'config/plugins': 'outpost_relay\noutpost_route\n',
    'config/outpost_relay.ini': RELAY_INI,
    'config/outpost_route.ini': routeIni,
    'config/outbound.ini': OUTBOUND_INI,
  }
}

function queued(dir: string): string[] {
  const q = path.join(dir, 'var', 'queue')
  return fs.existsSync(q) ? fs.readdirSync(q).filter((f) => !f.startsWith('.')) : []
}

async function send(haraka: HarakaProcess, from: string, to: string, subject: string) {
  return sendMessage({ port: haraka.port, localAddress: TRUSTED, from, to: [to], raw: makeMessage({ from, to, subject }) })
}

const running: Array<{ stop?: () => Promise<void>; close?: () => Promise<void> }> = []
afterEach(async () => {
  while (running.length) {
    const r = running.pop()!
    await (r.stop ? r.stop() : r.close!())
  }
})
afterAll(async () => undefined)

describe('outpost_route: smarthost hand-off and failover', () => {
  it('hands relayed mail to the configured smarthost through the outbound queue', async () => {
    const sink = await startSink()
    running.push(sink)
    const haraka = await await startHaraka({ files: files(`[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`) })
    running.push(haraka)
    const res = await send(haraka, 'alice@example.com', 'bob@external.test', 'hand-off')
    expect(res.final).toMatchObject({ code: 250 })
    // Haraka's outbound queue took it (the reply names the queue id)
    expect(res.final.text).toMatch(/Message Queued/i)
    const [msg] = await sink.waitForMessages(1)
    expect(msg.from).toBe('alice@example.com')
    expect(msg.to).toEqual(['bob@external.test'])
    expect(msg.raw.toString()).toMatch(/Subject: hand-off/)
  })

  it('delivers to the secondary when the primary refuses connections', async () => {
    const deadPort = await refusedPort() // stays refused: no parallel test can be given it
    const secondary = await startSink()
    running.push(secondary)
    const haraka = await await startHaraka({
      files: files(`[smarthost]\nhost = 127.0.0.1:${deadPort}, 127.0.0.1:${secondary.port}\n`),
    })
    running.push(haraka)
    const res = await send(haraka, 'alice@example.com', 'bob@external.test', 'failover')
    expect(res.final).toMatchObject({ code: 250 })
    const [msg] = await secondary.waitForMessages(1)
    expect(msg.raw.toString()).toMatch(/Subject: failover/)
    expect(haraka.logs()).toMatch(new RegExp(`127\\.0\\.0\\.1:${deadPort} then 127\\.0\\.0\\.1:${secondary.port}`))
  })

  it('keeps every message queued while all smarthosts are down and delivers them, unbounced, once one recovers', async () => {
    const primaryPort = await refusedPort()
    const secondaryPort = await freePort()
    const haraka = await await startHaraka({
      files: files(`[smarthost]\nhost = 127.0.0.1:${primaryPort}, 127.0.0.1:${secondaryPort}\n`),
    })
    running.push(haraka)
    const subjects = ['down-1', 'down-2', 'down-3', 'down-4']
    for (const s of subjects) {
      const res = await send(haraka, 'alice@example.com', 'bob@external.test', s)
      expect(res.final).toMatchObject({ code: 250 }) // the client's only reply: accepted once
    }
    // several retry rounds with both hosts down
    await haraka.waitForLog(/deferred for 5s/, 10_000)
    await haraka.waitForLog(/\(attempt 2\)/, 10_000) // a retry round found both still down
    expect(queued(haraka.dir).length).toBe(subjects.length)
    expect(haraka.logs()).not.toMatch(/bouncing mail/)

    // the secondary comes back (on its configured port)
    const secondary = await startSink({ port: secondaryPort })
    running.push(secondary)
    const got = await secondary.waitForMessages(subjects.length, 20_000)
    await new Promise((r) => setTimeout(r, 1500)) // anything extra (a bounce) would arrive now
    expect(got.length).toBe(subjects.length)
    expect(got.map((m) => m.from)).toEqual(subjects.map(() => 'alice@example.com'))
    expect(got.map((m) => /Subject: (\S+)/.exec(m.raw.toString())![1]).sort()).toEqual(subjects)
    expect(haraka.logs()).not.toMatch(/bouncing mail/)
    expect(queued(haraka.dir)).toEqual([])
  })

  it('routes by sender domain: [route DOMAIN] and [route *.DOMAIN] get their own smarthost', async () => {
    const main = await startSink()
    const org = await startSink()
    const sub = await startSink()
    running.push(main, org, sub)
    const haraka = await await startHaraka({
      files: files(
        `[smarthost]\nhost = 127.0.0.1:${main.port}\n` +
          `[route example.org]\nhost = 127.0.0.1:${org.port}\n` +
          `[route *.example.net]\nhost = 127.0.0.1\nport = ${sub.port}\n`,
      ),
    })
    running.push(haraka)
    expect((await send(haraka, 'carol@example.org', 'x@external.test', 'org')).final.code).toBe(250)
    expect((await send(haraka, 'dave@eu.example.net', 'x@external.test', 'sub')).final.code).toBe(250)
    expect((await send(haraka, 'alice@example.com', 'x@external.test', 'default')).final.code).toBe(250)
    const [o] = await org.waitForMessages(1)
    const [s] = await sub.waitForMessages(1)
    const [m] = await main.waitForMessages(1)
    expect(o.from).toBe('carol@example.org')
    expect(s.from).toBe('dave@eu.example.net')
    expect(m.from).toBe('alice@example.com')
    expect([main.messages.length, org.messages.length, sub.messages.length]).toEqual([1, 1, 1])
  })

  it('reloads config/outpost_route.ini on change; a bad edit is logged and the last good route stays', async () => {
    const a = await startSink()
    const b = await startSink()
    running.push(a, b)
    const haraka = await await startHaraka({ files: files(`[smarthost]\nhost = 127.0.0.1:${a.port}\n`) })
    running.push(haraka)
    expect((await send(haraka, 'alice@example.com', 'x@external.test', 'before')).final.code).toBe(250)
    await a.waitForMessages(1)

    const ini = path.join(haraka.dir, 'config', 'outpost_route.ini')
    fs.writeFileSync(ini, `[smarthost]\nhost = 127.0.0.1:${b.port}\n`)
    await haraka.waitForLog(/config\/outpost_route\.ini reloaded/, 20_000)
    expect((await send(haraka, 'alice@example.com', 'x@external.test', 'after')).final.code).toBe(250)
    await b.waitForMessages(1)

    fs.writeFileSync(ini, `[smarthost]\nhost = 127.0.0.1:${a.port}\ntls = sometimes\n`)
    await haraka.waitForLog(/config\/outpost_route\.ini not reloaded, keeping the previous settings: .*smarthost\.tls = "sometimes"/, 20_000)
    expect((await send(haraka, 'alice@example.com', 'x@external.test', 'after-bad-edit')).final.code).toBe(250)
    await b.waitForMessages(2)
    expect(a.messages.length).toBe(1)
  }, 60_000)
})
