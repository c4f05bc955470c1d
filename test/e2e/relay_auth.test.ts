// SMTP AUTH through Haraka's own auth plugins lets a client relay, offered
// only after STARTTLS to clients outside the internal networks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HarakaProcess, pluginsWith, startHaraka } from '../helpers/haraka'
import { makeMessage, smtpSession } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'
import { makeTestCa } from '../helpers/tls_certs'

const ROAMING = '127.0.0.40' // neither trusted nor internal

describe('relaying after SMTP AUTH', () => {
  let sink: Sink
  let haraka: HarakaProcess

  beforeAll(async () => {
    const ca = makeTestCa()
    const { key, cert } = ca.issue(['localhost', '127.0.0.1'])
    sink = await startSink()
    haraka = await startHaraka({
      files: {
        'config/plugins': pluginsWith(['tls', 'auth/flat_file'], { after: 'outpost_relay' }),
        'config/tls_key.pem': key,
        'config/tls_cert.pem': cert,
        'config/auth_flat_file.ini': '[core]\nmethods=PLAIN,LOGIN\nconstrain_sender=true\n[users]\nalice@example.com=s3cret-pass\n',
        'config/outpost_relay.ini': '[main]\nreject_untrusted = false\n[trusted_networks]\n127.0.0.10/32 = Exchange-01\n',
        'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`,
      },
    })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  it('does not offer AUTH before STARTTLS, and refuses relaying without it', async () => {
    const s = await smtpSession({ port: haraka.port, localAddress: ROAMING })
    expect((await s.greeting).code).toBe(220)
    const ehlo = await s.ehlo('laptop.test')
    expect(ehlo.text).toMatch(/STARTTLS/)
    expect(ehlo.text).not.toMatch(/AUTH/)
    expect((await s.mail('alice@example.com')).code).toBe(250)
    expect((await s.rcpt('bob@external.test')).code).toBeGreaterThanOrEqual(500)
    await s.quit()
  })

  it('relays after STARTTLS and AUTH, and records the authenticated user', async () => {
    const s = await smtpSession({ port: haraka.port, localAddress: ROAMING })
    await s.greeting
    await s.ehlo('laptop.test')
    expect((await s.startTls()).code).toBe(220)
    const ehlo = await s.ehlo('laptop.test')
    expect(ehlo.text).toMatch(/AUTH[^\n]*PLAIN/)
    expect((await s.authPlain('alice@example.com', 'wrong')).code).toBe(535)
    expect((await s.authPlain('alice@example.com', 's3cret-pass')).code).toBe(235)
    expect((await s.mail('alice@example.com')).code).toBe(250)
    expect((await s.rcpt('bob@external.test')).code).toBe(250)
    const data = await s.data(makeMessage({ from: 'alice@example.com', to: 'bob@external.test', subject: 'From the road' }))
    expect(data).toMatchObject({ code: 250 })
    await s.quit()
    const [msg] = await sink.waitForMessages(1)
    expect(msg.from).toBe('alice@example.com')
    expect(msg.raw.toString()).toMatch(/Subject: From the road/)
    await haraka.waitForLog(/\[outpost_relay\] 127\.0\.0\.40 authenticated as "alice@example\.com": relaying/)
  })
})
