// Issue 9 item 1: one tenant must not send as another, and the gateway must
// never sign with a key of a domain the client may not send as. Tenant A
// (127.0.0.10, example.com) and tenant B (127.0.0.12, tenantb.test) share the
// gateway; both domains have DKIM keys on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDkimKey } from '../helpers/dkim'
import { HarakaProcess, pluginsWith, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage, smtpSession } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'
import { makeTestCa } from '../helpers/tls_certs'

const TENANT_A = '127.0.0.10'
const TENANT_B = '127.0.0.12'
const ROAMING = '127.0.0.40'

const exampleKey = testDkimKey('example.com', 'ex1')
const tenantbKey = testDkimKey('tenantb.test', 'tb1')

const RELAY_INI = `[main]
reject_untrusted = false
[trusted_networks]
127.0.0.10/32 = Tenant A
127.0.0.12/32 = Tenant B
127.0.0.14/32 = Tenant A subdomains only
[sender_domains]
127.0.0.10/32 = example.com
127.0.0.12/32 = tenantb.test
127.0.0.14/32 = .example.com
[auth_sender_domains]
scanner = example.com
`

function marked(marker: string, from: string, headers: Record<string, string> = {}): string {
  return makeMessage({ from, to: 'bob@external.test', subject: `identity ${marker}`, headers: { 'X-Test-Marker': marker, ...headers } })
}

function arrived(sink: Sink, marker: string) {
  return sink.messages.filter((m) => m.raw.toString('latin1').includes(`X-Test-Marker: ${marker}`))
}

describe('sender identity: header From and Sender are held to the allowed domains (trusted networks)', () => {
  let sink: Sink
  let haraka: HarakaProcess

  beforeAll(async () => {
    sink = await startSink()
    haraka = await startHaraka({
      files: {
        'config/plugins': 'outpost_relay\noutpost_route\noutpost_dkim\n',
        'config/outpost_relay.ini': RELAY_INI,
        'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`,
        ...exampleKey.files,
        ...tenantbKey.files,
      },
    })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  const spoofs: Array<[string, string, string, Record<string, string>]> = [
    ['envelope in own domain, From of tenant B', 'a@example.com', 'ceo@tenantb.test', {}],
    ['null sender (bounce), From of tenant B', '', 'ceo@tenantb.test', {}],
    ['domain-less sender, From of tenant B', 'postmaster', 'ceo@tenantb.test', {}],
    ['own From, Sender of tenant B', 'a@example.com', 'a@example.com', { Sender: 'ceo@tenantb.test' }],
    ['two From addresses, one of tenant B', 'a@example.com', 'a@example.com, ceo@tenantb.test', {}],
    ['From with a display name naming the own domain', 'a@example.com', '"a@example.com" <ceo@tenantb.test>', {}],
    ['upper-case, trailing-dot domain of tenant B', 'a@example.com', 'CEO <ceo@TENANTB.test.>', {}],
  ]

  it.each(spoofs)('refuses %s with 550 5.7.1 and delivers nothing', async (_name, envelope, from, headers) => {
    const marker = `spoof-${Math.random().toString(36).slice(2)}`
    const res = await sendMessage({ port: haraka.port, localAddress: TENANT_A, from: envelope, to: ['bob@external.test'], raw: marked(marker, from, headers) })
    expect(res.final.code).toBe(550)
    expect(res.final.text).toMatch(/5\.7\.1/)
    expect(res.final.text).toMatch(/tenantb\.test|no domain/i)
    // a later good message proves the queue runs; the spoof never arrives
    const ok = `ok-${marker}`
    expect((await sendMessage({ port: haraka.port, localAddress: TENANT_A, from: 'a@example.com', to: ['bob@external.test'], raw: marked(ok, 'a@example.com') })).final.code).toBe(250)
    await sink.waitForMessages(1)
    const deadline = Date.now() + 15_000
    while (!arrived(sink, ok).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    expect(arrived(sink, ok)).toHaveLength(1)
    expect(arrived(sink, marker).filter((m) => !m.raw.toString('latin1').includes(`X-Test-Marker: ${ok}`))).toHaveLength(0)
  })

  it('relays the own domain, signed d=example.com, and a bounce whose From is in the own domain', async () => {
    const res = await sendMessage({ port: haraka.port, localAddress: TENANT_A, from: 'a@example.com', to: ['bob@external.test'], raw: marked('own-domain', 'Alice <a@example.com>') })
    expect(res.final.code).toBe(250)
    const bounce = await sendMessage({ port: haraka.port, localAddress: TENANT_A, from: '', to: ['bob@external.test'], raw: marked('own-bounce', 'Mail Delivery System <postmaster@example.com>') })
    expect(bounce.final.code).toBe(250)
    const deadline = Date.now() + 15_000
    while ((!arrived(sink, 'own-domain').length || !arrived(sink, 'own-bounce').length) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    for (const m of [...arrived(sink, 'own-domain'), ...arrived(sink, 'own-bounce')]) {
      expect(await exampleKey.verify(m.raw)).toEqual([{ status: 'pass', domain: 'example.com' }])
    }
    expect(arrived(sink, 'own-bounce')[0].from).toBe('')
  })

  it('tenant B still sends as itself, signed d=tenantb.test', async () => {
    const res = await sendMessage({ port: haraka.port, localAddress: TENANT_B, from: 'ceo@tenantb.test', to: ['bob@external.test'], raw: marked('tenant-b', 'ceo@tenantb.test') })
    expect(res.final.code).toBe(250)
    const deadline = Date.now() + 15_000
    while (!arrived(sink, 'tenant-b').length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    expect(await tenantbKey.verify(arrived(sink, 'tenant-b')[0].raw)).toEqual([{ status: 'pass', domain: 'tenantb.test' }])
  })

  it('refuses a domain-less envelope sender at MAIL from a restricted network', async () => {
    const s = await smtpSession({ port: haraka.port, localAddress: TENANT_A })
    await s.greeting
    await s.ehlo('client.test')
    const r = await s.command('MAIL FROM:<postmaster>')
    expect(r.code).toBe(550)
    expect(r.text).toMatch(/5\.7\.1 .*no domain/)
    await s.quit()
  })

  it('does not sign with a parent domain\'s key the network may not send as (defence in depth)', async () => {
    // 127.0.0.14 may send as subdomains of example.com only; the only key is example.com's
    const res = await sendMessage({ port: haraka.port, localAddress: '127.0.0.14', from: 'news@mail.example.com', to: ['bob@external.test'], raw: marked('parent-key', 'news@mail.example.com') })
    expect(res.final.code).toBe(250)
    const deadline = Date.now() + 15_000
    while (!arrived(sink, 'parent-key').length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    const [msg] = arrived(sink, 'parent-key')
    expect(msg.raw.toString('latin1')).not.toMatch(/^DKIM-Signature:/m)
    await haraka.waitForLog(/not signing with d=example\.com: .*may not send as example\.com/)
  })
})

describe('sender identity after SMTP AUTH (constrain_sender on)', () => {
  let sink: Sink
  let haraka: HarakaProcess

  beforeAll(async () => {
    const ca = makeTestCa()
    const { key, cert } = ca.issue(['localhost', '127.0.0.1'])
    sink = await startSink()
    haraka = await startHaraka({
      files: {
        'config/plugins': pluginsWith(['tls', 'auth/flat_file'], { after: 'outpost_relay', without: ['outpost_policy', 'outpost_quarantine'] }),
        'config/tls_key.pem': key,
        'config/tls_cert.pem': cert,
        'config/auth_flat_file.ini': '[core]\nmethods=PLAIN,LOGIN\nconstrain_sender=true\n[users]\nalice@example.com=s3cret-pass\nscanner=scan-pass\nnobody=nobody-pass\n',
        'config/outpost_relay.ini': RELAY_INI,
        'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`,
        ...exampleKey.files,
        ...tenantbKey.files,
      },
    })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  async function authedSend(user: string, pass: string, envelope: string, raw: string) {
    const s = await smtpSession({ port: haraka.port, localAddress: ROAMING })
    await s.greeting
    await s.ehlo('laptop.test')
    expect((await s.startTls()).code).toBe(220)
    await s.ehlo('laptop.test')
    expect((await s.authPlain(user, pass)).code).toBe(235)
    const mail = await s.mail(envelope)
    if (mail.code !== 250) {
      await s.quit()
      return mail
    }
    expect((await s.rcpt('bob@external.test')).code).toBe(250)
    const data = await s.data(raw)
    await s.quit()
    return data
  }

  it('refuses alice@example.com writing From: ceo@tenantb.test, and signs her own mail', async () => {
    const spoof = await authedSend('alice@example.com', 's3cret-pass', 'alice@example.com', marked('auth-spoof', 'ceo@tenantb.test'))
    expect(spoof.code).toBe(550)
    expect(spoof.text).toMatch(/5\.7\.1 .*tenantb\.test/)
    const own = await authedSend('alice@example.com', 's3cret-pass', 'alice@example.com', marked('auth-own', 'alice@example.com'))
    expect(own.code).toBe(250)
    const deadline = Date.now() + 15_000
    while (!arrived(sink, 'auth-own').length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    expect(await exampleKey.verify(arrived(sink, 'auth-own')[0].raw)).toEqual([{ status: 'pass', domain: 'example.com' }])
    expect(arrived(sink, 'auth-spoof')).toHaveLength(0)
  })

  it('a user name without a domain sends only as its [auth_sender_domains]; one without a mapping not at all', async () => {
    const spoof = await authedSend('scanner', 'scan-pass', 'scanner@example.com', marked('scanner-spoof', 'ceo@tenantb.test'))
    expect(spoof.code).toBe(550)
    const own = await authedSend('scanner', 'scan-pass', 'scanner@example.com', marked('scanner-own', 'scanner@example.com'))
    expect(own.code).toBe(250)
    const none = await authedSend('nobody', 'nobody-pass', 'nobody@example.com', marked('nobody', 'nobody@example.com'))
    expect(none.code).toBe(550)
    expect(none.text).toMatch(/5\.7\.1 .*"nobody".*auth_sender_domains/)
  })
})
