// Issue 9 item 7: AUTH guessing is throttled. Failed AUTH attempts are counted
// per client IP and per user across connections; after max_failures both are
// locked out for `lockout`, and while locked out AUTH gets 454 without the
// password being checked, so guessing cannot go on in parallel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HarakaProcess, pluginsWith, startHaraka } from '../helpers/haraka'
import { smtpSession } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'
import { makeTestCa } from '../helpers/tls_certs'

const ATTACKER = '127.0.0.40'
const OTHER = '127.0.0.41'
const LOCKOUT_S = 6

describe('AUTH failure lockout', () => {
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
        'config/auth_flat_file.ini': '[core]\nmethods=PLAIN,LOGIN\n[users]\nalice@example.com=s3cret-pass\nbob@example.com=bob-pass\n',
        'config/outpost_relay.ini': `[main]\nreject_untrusted = false\n[trusted_networks]\n127.0.0.10/32 = Exchange-01\n[auth]\nmax_failures = 5\nlockout = ${LOCKOUT_S}s\nwindow = 10m\n`,
        'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`,
      },
    })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  async function auth(from: string, user: string, pass: string, method: 'PLAIN' | 'LOGIN' = 'PLAIN') {
    const s = await smtpSession({ port: haraka.port, localAddress: from })
    try {
      await s.greeting
      await s.ehlo('laptop.test')
      expect((await s.startTls()).code).toBe(220)
      await s.ehlo('laptop.test')
      if (method === 'PLAIN') return await s.authPlain(user, pass)
      const first = await s.command('AUTH LOGIN')
      if (first.code !== 334) return first
      const second = await s.command(Buffer.from(user).toString('base64'))
      if (second.code !== 334) return second
      return await s.command(Buffer.from(pass).toString('base64'))
    } finally {
      s.close()
    }
  }

  it('60 parallel guesses from one IP: only max_failures passwords are checked; then even the right one is refused until the lockout passes', async () => {
    const replies = await Promise.all(Array.from({ length: 60 }, (_, i) => auth(ATTACKER, 'alice@example.com', `guess-${i}`)))
    const codes = replies.map((r) => r.code)
    const checked = codes.filter((c) => c === 535).length
    const locked = codes.filter((c) => c === 454).length
    expect(checked).toBeGreaterThan(0)
    expect(checked).toBeLessThanOrEqual(5)
    expect(checked + locked).toBe(60)
    expect(replies.find((r) => r.code === 454)?.text).toMatch(/4\.7\.0 .*too many failed/i)

    // the right password from the same IP, and for the same user from another IP: refused unchecked
    expect((await auth(ATTACKER, 'alice@example.com', 's3cret-pass')).code).toBe(454)
    expect((await auth(ATTACKER, 'bob@example.com', 'bob-pass', 'LOGIN')).code).toBe(454)
    expect((await auth(OTHER, 'alice@example.com', 's3cret-pass', 'LOGIN')).code).toBe(454)
    // another user from another IP is not affected
    expect((await auth(OTHER, 'bob@example.com', 'bob-pass')).code).toBe(235)
    await haraka.waitForLog(/\[outpost_relay\] .*AUTH lockout: client 127\.0\.0\.40 after 5 failed attempts/)
    await haraka.waitForLog(/\[outpost_relay\] .*AUTH lockout: user "alice@example\.com" after 5 failed attempts/)

    await new Promise((r) => setTimeout(r, (LOCKOUT_S + 1) * 1000))
    expect((await auth(ATTACKER, 'alice@example.com', 's3cret-pass')).code).toBe(235)
  }, 90_000)

  it('failures are counted across connections, one at a time too', async () => {
    for (let i = 0; i < 5; i++) expect((await auth('127.0.0.42', 'bob@example.com', `nope-${i}`, i % 2 ? 'LOGIN' : 'PLAIN')).code).toBe(535)
    expect((await auth('127.0.0.42', 'bob@example.com', 'bob-pass')).code).toBe(454)
  }, 60_000)
})
