// URI domain blocklists ([uribl] in config/outpost_policy.ini) end to end: a
// real Haraka (outpost_relay, outpost_policy, outpost_quarantine, outpost_route)
// whose haraka.ini [dns] servers is a DNS server on loopback serving the test
// zone dbl.test, where evil-phish.example is listed. The zone's score (15)
// alone decides (threshold 8, the classifiers give at most -3), so a listed link is held and a clean one is
// delivered; a dead or silent resolver costs no mail; and with enabled = false
// (the default) no query is made.
import dgram from 'node:dgram'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHaraka, type HarakaProcess } from '../helpers/haraka'
import { DnsServer, startDnsServer } from '../helpers/dns_server'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { startSink, type Sink } from '../helpers/smtp_sink'
import { CLIENT, gatewayFiles, outpost, waitFor } from './quarantine_fixtures'

const ZONE = 'dbl.test'

/** Offset just past the question (name, type, class) of a DNS query, or -1. */
function questionEnd(q: Buffer): number {
  let i = 12
  while (i < q.length && q[i] !== 0) i += q[i] + 1
  return i + 5 <= q.length ? i + 5 : -1
}

/** The question's name, lower case, without the trailing dot. */
function questionName(q: Buffer): string {
  const labels: string[] = []
  for (let i = 12; i < q.length && q[i] !== 0; i += q[i] + 1) labels.push(q.subarray(i + 1, i + 1 + q[i]).toString('latin1'))
  return labels.join('.').toLowerCase()
}
const POLICY = (uribl: string, engines = '') => `[main]\nthreshold = 8\naction = quarantine\n${engines}[uribl]\n${uribl}zones = ${ZONE}\nscore = 15\n`

function linkMessage(subject: string, url: string): string {
  return makeMessage({
    from: 'alice@corp.example',
    to: 'bob@partner.example',
    subject,
    body: `Hello Bob,\r\n\r\nthe document we talked about is here:\r\n${url}\r\n\r\nAlice\r\n`,
  })
}

async function relay(haraka: HarakaProcess, raw: string) {
  return (await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw })).final
}

const arrived = (sink: Sink, subject: string) => sink.messages.find((m) => m.raw.toString().includes(`Subject: ${subject}`))

/** The gateway, resolving through `dnsServer` (haraka.ini [dns] servers), with the given outpost_policy.ini. */
async function startGateway(dnsServer: string, policy: string): Promise<{ sink: Sink; haraka: HarakaProcess }> {
  const sink = await startSink()
  const files = gatewayFiles(sink, 'dir = var/quarantine')
  files['haraka.ini'] = `[dns]\nservers = ${dnsServer}\n[quarantine]\ndir = var/quarantine\n`
  files['config/outpost_policy.ini'] = policy
  return { sink, haraka: await startHaraka({ files }) }
}

const uriblQueries = (dns: DnsServer) => dns.queries.filter((q) => q.name.toLowerCase().endsWith(`.${ZONE}`)).map((q) => q.name.toLowerCase())

describe('[uribl] enabled: a link to a listed domain is held, a clean one delivered', () => {
  let dns: DnsServer
  let sink: Sink
  let haraka: HarakaProcess
  beforeAll(async () => {
    dns = await startDnsServer([{ name: `evil-phish.example.${ZONE}`, type: 'A', data: '127.0.1.4' }])
    ;({ sink, haraka } = await startGateway(dns.address, POLICY('enabled = true\n')))
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
    // the last test stops it already
    await dns?.close().catch(() => undefined)
  })

  it('quarantines a message linking to the listed domain, the symbol and evidence in the verdict and the quarantine', async () => {
    const reply = await relay(haraka, linkMessage('uribl listed link', 'https://login.evil-phish.example/verify?id=42'))
    expect(reply.code).toBe(250)
    expect(reply.text).toMatch(/held for review as/)
    // looked up by its organisational domain, through the configured resolver
    expect(uriblQueries(dns)).toContain(`evil-phish.example.${ZONE}`)
    await haraka.waitForLog(/\[outpost_policy\] score=[\d.]+ threshold=8 spam=yes action=quarantine .*URIBL_DBL_TEST\(15 "evil-phish\.example 127\.0\.1\.4"\)/)
    const list = JSON.parse((await outpost(haraka.dir, 'list', '--json')).stdout)
    const entry = list.find((e: { subject: string }) => e.subject === 'uribl listed link')
    expect(entry).toBeDefined()
    expect(entry.score).toBeGreaterThan(8)
    const meta = JSON.parse((await outpost(haraka.dir, 'show', entry.id, '--json')).stdout)
    expect(meta.symbols).toContainEqual({ name: 'URIBL_DBL_TEST', score: 15, evidence: 'evil-phish.example 127.0.1.4' })
    // never at the smarthost
    await new Promise((r) => setTimeout(r, 500))
    expect(arrived(sink, 'uribl listed link')).toBeUndefined()
  })

  it('delivers a message whose links are not listed, after looking them up', async () => {
    const reply = await relay(haraka, linkMessage('uribl clean link', 'https://docs.clean-site.example/report.pdf'))
    expect(reply.code).toBe(250)
    expect(reply.text).not.toMatch(/held for review/)
    const got = await waitFor('the clean message at the smarthost', () => arrived(sink, 'uribl clean link'))
    expect(got.raw.toString()).not.toMatch(/URIBL_/)
    expect(uriblQueries(dns)).toContain(`clean-site.example.${ZONE}`)
  })

  it('a bad [uribl] edit is refused on reload and the previous settings stay in force', async () => {
    fs.writeFileSync(path.join(haraka.dir, 'config', 'outpost_policy.ini'), POLICY('enabled = true\nmax_domains = 500\n'))
    await haraka.waitForLog(/\[ERROR\].*outpost_policy\.ini not reloaded, keeping the previous settings: .*uribl\.max_domains = "500": expected a whole number <= 50/, 40_000)
    const reply = await relay(haraka, linkMessage('uribl after bad reload', 'https://evil-phish.example/x'))
    expect(reply.code).toBe(250)
    expect(reply.text).toMatch(/held for review as/)
  })

  it('with the DNS server gone: a cached listing still holds, an unknown domain is delivered without its lookup', async () => {
    await dns.close()
    const before = dns.queries.length
    const held = await relay(haraka, linkMessage('uribl listed again', 'http://evil-phish.example/again'))
    expect(held.code).toBe(250)
    expect(held.text).toMatch(/held for review as/)
    expect(dns.queries.length).toBe(before)

    const reply = await relay(haraka, linkMessage('uribl dns down', 'https://news.unseen-site.example/today'))
    expect(reply.code).toBe(250)
    expect(reply.text).not.toMatch(/held for review/)
    await waitFor('the message at the smarthost', () => arrived(sink, 'uribl dns down'))
    await haraka.waitForLog(/\[uribl\] .*(?:failed|not answered).*scored without (?:it|them)/)
  })
})

describe('[uribl] enabled with a resolver that never answers', () => {
  let silent: dgram.Socket
  let sink: Sink
  let haraka: HarakaProcess
  beforeAll(async () => {
    // the blocklist zone never answers; every other query (Haraka's own reverse lookup of the client,
    // which would otherwise hold the greeting for some 25 s) gets a quick NXDOMAIN, so that only the
    // URI lookups are left waiting
    silent = dgram.createSocket('udp4')
    silent.on('message', (query, from) => {
      const end = questionEnd(query)
      if (end < 0 || questionName(query).endsWith(ZONE)) return
      const reply = Buffer.concat([query.subarray(0, 2), Buffer.from([0x81, 0x83, 0, 1, 0, 0, 0, 0, 0, 0]), query.subarray(12, end)])
      silent.send(reply, from.port, from.address)
    })
    const port = await new Promise<number>((resolve) => silent.bind(0, '127.0.0.1', () => resolve(silent.address().port)))
    // [uribl] timeout far above [engines] timeout: the engine's deadline must bound the wait
    // (3s, below the resolver library's own 5 s give-up, so the deadline is what ends the wait)
    ;({ sink, haraka } = await startGateway(`127.0.0.1:${port}`, POLICY('enabled = true\ntimeout = 60s\n', '[engines]\ntimeout = 3s\n')))
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
    silent?.close()
  })

  it('delivers the message within the engine deadline, scored without the lookups, and says so', async () => {
    const reply = await relay(haraka, linkMessage('uribl silent dns', 'https://login.evil-phish.example/verify'))
    expect(reply.code).toBe(250)
    expect(reply.text).not.toMatch(/held for review/)
    await waitFor('the message at the smarthost', () => arrived(sink, 'uribl silent dns'))
    const line = await haraka.waitForLog(/\[uribl\] 1 of 1 lookups not answered within (\d+) ms: scored without them/)
    // the wait was cut to what was left of [engines] timeout (3s), not [uribl] timeout (60s)
    expect(Number(/within (\d+) ms/.exec(line)![1])).toBeLessThanOrEqual(3000)
  })
})

describe('[uribl] enabled = false (the default)', () => {
  let dns: DnsServer
  let sink: Sink
  let haraka: HarakaProcess
  beforeAll(async () => {
    dns = await startDnsServer([{ name: `evil-phish.example.${ZONE}`, type: 'A', data: '127.0.1.4' }])
    // the zone is configured, only `enabled` is left at its default
    ;({ sink, haraka } = await startGateway(dns.address, POLICY('')))
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
    await dns?.close()
  })

  it('makes no query and delivers the message', async () => {
    const reply = await relay(haraka, linkMessage('uribl disabled', 'https://login.evil-phish.example/verify'))
    expect(reply.code).toBe(250)
    expect(reply.text).not.toMatch(/held for review/)
    const got = await waitFor('the message at the smarthost', () => arrived(sink, 'uribl disabled'))
    expect(got.raw.toString()).toMatch(/X-Outpost-Score: /)
    expect(uriblQueries(dns)).toEqual([])
    expect(dns.queries.filter((q) => /evil-phish/i.test(q.name))).toEqual([])
  })
})
