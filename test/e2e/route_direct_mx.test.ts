// With no smarthost configured, relayed mail goes straight to the recipient
// domain's MX, found through DNS (a loopback DNS server via haraka.ini [dns]).
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import { DnsServer, startDnsServer } from '../helpers/dns_server'
import { HarakaProcess, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'

// Direct delivery always uses port 25; the test runs as root (as CI does) and
// binds it on a loopback address of its own.
const MX_IP = '127.0.25.1'

describe('direct MX delivery (no smarthost)', () => {
  let dns: DnsServer
  let mx: Sink
  let haraka: HarakaProcess

  beforeAll(async () => {
    mx = await startSink({ host: MX_IP, port: 25 })
    dns = await startDnsServer([
      { name: 'external.test', type: 'MX', data: { preference: 10, exchange: 'mx1.external.test' } },
      { name: 'mx1.external.test', type: 'A', data: MX_IP },
    ])
    haraka = await startHaraka({
      files: {
        'config/outpost_relay.ini': '[trusted_networks]\n127.0.0.10/32 = Exchange-01\n',
        'config/outpost_route.ini': '[smarthost]\nhost =\n',
        // the MX is on this machine's loopback, which Haraka refuses unless told
        'config/outbound.ini': '[main]\nenable_tls=true\nlocal_mx_ok=true\n',
        'config/me': 'gateway.example.com\n',
        'haraka.ini': `[dns]\nservers = ${dns.address}\n[quarantine]\ndir = var/quarantine\n`,
      },
    })
  })
  afterAll(async () => {
    await haraka?.stop()
    await mx?.close()
    await dns?.close()
  })

  it('looks up the MX and delivers there, greeting with the gateway name', async () => {
    onTestFailed(() => console.log(haraka.logs().slice(-5000)))
    const res = await sendMessage({
      port: haraka.port,
      localAddress: '127.0.0.10',
      from: 'alice@example.com',
      to: ['bob@external.test'],
      raw: makeMessage({ from: 'alice@example.com', to: 'bob@external.test', subject: 'Direct' }),
    })
    expect(res.final).toMatchObject({ code: 250 })
    const [msg] = await mx.waitForMessages(1)
    expect(msg.to).toEqual(['bob@external.test'])
    expect(msg.helo).toBe('gateway.example.com')
    expect(dns.queries.some((q) => q.name === 'external.test' && q.type === 'MX')).toBe(true)
  })
})
