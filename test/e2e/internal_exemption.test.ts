// Internal networks are exempt from IP reputation tests (dns-list, rDNS, SPF
// of the client IP), proven against the real plugins and a blocklist zone served by a
// DNS server on loopback. Trusted clients that are not internal are tested.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import { DnsServer, startDnsServer } from '../helpers/dns_server'
import { HarakaProcess, pluginsWith, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage, smtpSession } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'

const INTERNAL = '127.0.0.10' // trusted and internal, listed on the blocklist
const TRUSTED_ONLY = '127.0.0.30' // trusted, not internal, listed
const TRUSTED_CLEAN = '127.0.0.31' // trusted, not internal, not listed, good rDNS
const TRUSTED_NO_RDNS = '127.0.0.32' // trusted, not internal, not listed, no rDNS

describe('internal networks skip IP reputation; other trusted clients do not', () => {
  let dns: DnsServer
  let sink: Sink
  let haraka: HarakaProcess

  beforeAll(async () => {
    dns = await startDnsServer([
      { name: '10.0.0.127.bl.test', type: 'A', data: '127.0.0.2' },
      { name: '30.0.0.127.bl.test', type: 'A', data: '127.0.0.2' },
      // example.com publishes SPF that authorises none of the test clients
      { name: 'example.com', type: 'TXT', data: 'v=spf1 ip4:192.0.2.1 -all' },
      // forward-confirmed reverse DNS for the branch offices, none for 127.0.0.32 or the internal host
      { name: '30.0.0.127.in-addr.arpa', type: 'PTR', data: 'branch1.example.net' },
      { name: 'branch1.example.net', type: 'A', data: '127.0.0.30' },
      { name: '31.0.0.127.in-addr.arpa', type: 'PTR', data: 'branch2.example.net' },
      { name: 'branch2.example.net', type: 'A', data: '127.0.0.31' },
    ])
    sink = await startSink()
    haraka = await startHaraka({
      files: {
        'config/plugins': pluginsWith(['fcrdns', 'dns-list', 'spf']),
        'config/outpost_relay.ini': `[trusted_networks]
127.0.0.10/32 = Exchange-01
127.0.0.30/32 = Branch office (public IP)
127.0.0.31/32 = Branch office 2
127.0.0.32/32 = Branch office 3
[internal_networks]
127.0.0.10/32 = Exchange-01
`,
        'config/dns-list.ini': `[main]
zones = bl.test
periodic_checks = 0
search = all
[bl.test]
type = block
reject = true
`,
        'config/fcrdns.ini': '[reject]\nno_rdns = true\n',
        'config/spf.ini': `[relay]
context = sender
[deny_relay]
mfrom_fail = true
`,
        'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`,
        // no engine verdict interferes with these clean messages
        'haraka.ini': `[dns]\nservers = ${dns.address}\n[quarantine]\ndir = var/quarantine\n`,
      },
    })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
    await dns?.close()
  })

  it('a listed internal client relays: dns-list and SPF are skipped and the exemption is recorded', async () => {
    onTestFailed(() => console.log(haraka.logs().slice(-6000)))
    const res = await sendMessage({
      port: haraka.port,
      localAddress: INTERNAL,
      from: 'alice@example.com',
      to: ['bob@external.test'],
      raw: makeMessage({ from: 'alice@example.com', to: 'bob@external.test' }),
    })
    expect(res.greeting.code).toBe(220)
    expect(res.mail).toMatchObject({ code: 250 })
    expect(res.final).toMatchObject({ code: 250 })
    const [msg] = await sink.waitForMessages(1)
    expect(msg.from).toBe('alice@example.com')
    // the blocklist was never asked about the internal client
    expect(dns.queries.some((q) => q.name === '10.0.0.127.bl.test')).toBe(false)
    await haraka.waitForLog(/\[dns-list\] skip:private: 127\.0\.0\.10/)
  })

  it('a listed trusted client that is not internal is refused as dns-list is configured (554 at connect)', async () => {
    const s = await smtpSession({ port: haraka.port, localAddress: TRUSTED_ONLY })
    const greeting = await s.greeting
    expect(greeting.code).toBe(554)
    expect(greeting.text).toMatch(/listed on bl\.test/)
    s.close()
    expect(dns.queries.some((q) => q.name === '30.0.0.127.bl.test')).toBe(true)
  })

  it('a trusted client that is not internal and has no rDNS is refused as fcrdns is configured', async () => {
    const s = await smtpSession({ port: haraka.port, localAddress: TRUSTED_NO_RDNS })
    const greeting = await s.greeting
    expect(greeting.code).toBeGreaterThanOrEqual(400)
    expect(greeting.text).toMatch(/rDNS|PTR|reverse/i)
    s.close()
  })

  it('SPF of the client IP is checked for a trusted client that is not internal', async () => {
    const before = sink.messages.length
    const res = await sendMessage({
      port: haraka.port,
      localAddress: TRUSTED_CLEAN,
      from: 'alice@example.com',
      to: ['bob@external.test'],
      raw: makeMessage({ from: 'alice@example.com', to: 'bob@external.test' }),
    })
    expect(res.greeting.code).toBe(220)
    expect(res.mail?.code).toBe(550)
    expect(res.mail?.text).toMatch(/SPF/i)
    await new Promise((r) => setTimeout(r, 300))
    expect(sink.messages.length).toBe(before)
  })
})
