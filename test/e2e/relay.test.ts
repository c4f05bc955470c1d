import { describe, expect, it } from 'vitest'
import { smarthostIni, useGateway } from '../helpers/gateway'
import { runHarakaExpectFailure, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage, smtpSession } from '../helpers/smtp_client'
import { startSink } from '../helpers/smtp_sink'

const TRUSTED = '127.0.0.10'
const UNTRUSTED = '127.0.0.20'

function relayIni(opts: { rejectUntrusted: boolean; extra?: string }): string {
  return `[main]
reject_untrusted = ${opts.rejectUntrusted}
[trusted_networks]
127.0.0.10/32 = Exchange-01, London
127.0.0.11/32 = Sales department
::1/128 = IPv6 loopback host
[internal_networks]
127.0.0.10/32 = Exchange-01
[sender_domains]
127.0.0.11/32 = sales.example.com
${opts.extra ?? ''}`
}


describe('outpost_relay end to end (reject_untrusted = true)', () => {
  const gw = useGateway(() => ({ 'config/outpost_relay.ini': relayIni({ rejectUntrusted: true }) }))

  it('relays a trusted client to the smarthost with the body intact', async () => {
    const raw = makeMessage({ from: 'alice@example.com', to: 'bob@external.test', body: 'Line one\r\n.leading dot\r\nLast line\r\n' })
    const res = await sendMessage({ port: gw.haraka.port, localAddress: TRUSTED, from: 'alice@example.com', to: ['bob@external.test'], raw })
    expect(res.final).toMatchObject({ code: 250 })
    const [msg] = await gw.sink.waitForMessages(1)
    expect(msg.from).toBe('alice@example.com')
    expect(msg.to).toEqual(['bob@external.test'])
    const body = msg.raw.toString('latin1').split('\r\n\r\n').slice(1).join('\r\n\r\n')
    expect(body).toBe('Line one\r\n.leading dot\r\nLast line\r\n')
    await gw.haraka.waitForLog(/127\.0\.0\.10 trusted by 127\.0\.0\.10\/32 "Exchange-01, London"/)
  })

  it('refuses an untrusted client at connect with 554 and delivers nothing', async () => {
    const before = gw.sink.messages.length
    const s = await smtpSession({ port: gw.haraka.port, localAddress: UNTRUSTED })
    const greeting = await s.greeting
    expect(greeting.code).toBe(554)
    expect(greeting.text).toMatch(/Relaying denied/)
    s.close()
    await new Promise((r) => setTimeout(r, 300))
    expect(gw.sink.messages.length).toBe(before)
  })

  it('treats IPv6 loopback by its own entry', async () => {
    const before = gw.sink.messages.length
    const res = await sendMessage({
      port: gw.haraka.port,
      host: '::1',
      from: 'carol@example.com',
      to: ['dave@external.test'],
      raw: makeMessage({ from: 'carol@example.com', to: 'dave@external.test' }),
    })
    expect(res.final).toMatchObject({ code: 250 })
    await gw.sink.waitForMessages(before + 1)
    await gw.haraka.waitForLog(/::1 trusted by ::1\/128 "IPv6 loopback host"/)
  })

  it('refuses a sender domain outside the trusted entry\'s [sender_domains] with 550', async () => {
    const before = gw.sink.messages.length
    const res = await sendMessage({
      port: gw.haraka.port,
      localAddress: '127.0.0.11',
      from: 'ceo@example.com',
      to: ['bob@external.test'],
      raw: makeMessage({ from: 'ceo@example.com', to: 'bob@external.test' }),
    })
    expect(res.mail?.code).toBe(550)
    expect(res.mail?.text).toMatch(/sender domain example\.com is not allowed/)
    const ok = await sendMessage({
      port: gw.haraka.port,
      localAddress: '127.0.0.11',
      from: 'rep@sales.example.com',
      to: ['bob@external.test'],
      raw: makeMessage({ from: 'rep@sales.example.com', to: 'bob@external.test' }),
    })
    expect(ok.final).toMatchObject({ code: 250 })
    const msgs = await gw.sink.waitForMessages(before + 1)
    expect(msgs.slice(before).map((m) => m.from)).toEqual(['rep@sales.example.com'])
  })
})

describe('outpost_relay end to end (reject_untrusted = false)', () => {
  const gw = useGateway(() => ({
    'config/outpost_relay.ini': relayIni({ rejectUntrusted: false }),
    // Haraka's own local-domain list: "local.test" is a domain this host would accept
    'config/host_list': 'local.test\n',
  }))

  const tricks = [
    'victim@external.test',
    'VICTIM@EXTERNAL.TEST',
    'victim@external.test.',
    'user%external.test@local.test',
    '@local.test:user@external.test',
    'external.test!user@local.test',
    '"user@external.test"@local.test',
    'user@external.test@local.test',
  ]

  it.each(tricks)('an untrusted client cannot relay to %s', async (rcpt) => {
    const s = await smtpSession({ port: gw.haraka.port, localAddress: UNTRUSTED })
    expect((await s.greeting).code).toBe(220)
    await s.ehlo('spammer.test')
    expect((await s.mail('spammer@external.test')).code).toBe(250)
    const r = await s.command(`RCPT TO:<${rcpt}>`)
    expect(r.code).toBeGreaterThanOrEqual(500)
    const d = await s.command('DATA')
    expect(d.code).toBeGreaterThanOrEqual(500)
    await s.quit()
  })

  it('an untrusted IPv4-mapped or IPv6 client is refused relaying too, and nothing reached the smarthost', async () => {
    const res = await sendMessage({
      port: gw.haraka.port,
      localAddress: '127.0.0.21',
      from: 'x@external.test',
      to: ['y@external.test'],
      raw: makeMessage({ from: 'x@external.test', to: 'y@external.test' }),
    })
    expect(res.final.code).toBeGreaterThanOrEqual(500)
    await new Promise((r) => setTimeout(r, 500))
    expect(gw.sink.messages).toHaveLength(0)
  })

  it('a trusted client still relays', async () => {
    const res = await sendMessage({
      port: gw.haraka.port,
      localAddress: TRUSTED,
      from: 'alice@example.com',
      to: ['bob@external.test'],
      raw: makeMessage({ from: 'alice@example.com', to: 'bob@external.test' }),
    })
    expect(res.final).toMatchObject({ code: 250 })
    await gw.sink.waitForMessages(1)
  })
})

describe('outpost_relay configuration errors', () => {
  it('refuses to start on a malformed entry, naming the file and line', async () => {
    const res = await runHarakaExpectFailure({
      files: { 'config/outpost_relay.ini': '[trusted_networks]\n127.0.0.10/32 = ok\n127.0.0.300/32 = broken\n' },
    })
    expect(res.code).not.toBe(0)
    expect(res.listened).toBe(false)
    expect(res.output).toMatch(/config\/outpost_relay\.ini:3: trusted_networks\.127\.0\.0\.300\/32/)
  })

  it('keeps the previous lists when a hot reload is bad, and applies a good one', async () => {
    const fs = await import('node:fs')
    const path = await import('node:path')
    const haraka = await startHaraka({ files: { 'config/outpost_relay.ini': relayIni({ rejectUntrusted: true }) } })
    try {
      const file = path.join(haraka.dir, 'config', 'outpost_relay.ini')
      fs.writeFileSync(file, '[trusted_networks]\n127.0.0.30/33 = broken\n')
      await haraka.waitForLog(/outpost_relay\.ini not reloaded, keeping the previous settings/, 40_000)
      let s = await smtpSession({ port: haraka.port, localAddress: TRUSTED })
      expect((await s.greeting).code).toBe(220)
      await s.quit()
      fs.writeFileSync(file, '[trusted_networks]\n127.0.0.30/32 = new host\n')
      await haraka.waitForLog(/outpost_relay\.ini reloaded/, 40_000)
      s = await smtpSession({ port: haraka.port, localAddress: TRUSTED })
      expect((await s.greeting).code).toBe(554)
      s.close()
      s = await smtpSession({ port: haraka.port, localAddress: '127.0.0.30' })
      expect((await s.greeting).code).toBe(220)
      await s.quit()
    } finally {
      await haraka.stop()
    }
  }, 120_000)
})

describe('outpost_relay end to end: IPv6 untrusted and IPv4-mapped clients', () => {
  it('refuses ::1 when it is not trusted, like an IPv4 client', async () => {
    const haraka = await startHaraka({
      files: { 'config/outpost_relay.ini': '[trusted_networks]\n127.0.0.10/32 = Exchange-01\n' },
    })
    try {
      const s = await smtpSession({ port: haraka.port, host: '::1' })
      expect((await s.greeting).code).toBe(554)
      s.close()
    } finally {
      await haraka.stop()
    }
  })

  it('matches IPv4 clients seen as IPv4-mapped IPv6 on a dual-stack listener', async () => {
    const { freePort } = await import('../helpers/haraka')
    const sink = await startSink()
    const port = await freePort()
    const haraka = await startHaraka({
      port,
      listen: `[::]:${port}`,
      files: {
        'config/outpost_relay.ini': '[trusted_networks]\n127.0.0.10/32 = Exchange-01\n',
        'config/outpost_route.ini': smarthostIni(sink),
      },
    })
    try {
      const res = await sendMessage({
        port,
        localAddress: TRUSTED,
        from: 'alice@example.com',
        to: ['bob@external.test'],
        raw: makeMessage({ from: 'alice@example.com', to: 'bob@external.test' }),
      })
      expect(res.final).toMatchObject({ code: 250 })
      await sink.waitForMessages(1)
      // Haraka may fold ::ffff:127.0.0.10 itself; either way the IPv4 entry matches
      await haraka.waitForLog(/\] (::ffff:)?127\.0\.0\.10( \(127\.0\.0\.10\))? trusted by 127\.0\.0\.10\/32 "Exchange-01"/)
      const s = await smtpSession({ port, localAddress: UNTRUSTED })
      expect((await s.greeting).code).toBe(554)
      s.close()
      await haraka.waitForLog(/\] (::ffff:)?127\.0\.0\.20( \(127\.0\.0\.20\))? is not in trusted_networks: refused/)
    } finally {
      await haraka.stop()
      await sink.close()
    }
  })
})
