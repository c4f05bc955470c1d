// outpost_route TLS and AUTH end to end: credentials only over verified TLS,
// never in the logs; tls = required / opportunistic / off; mandatory TLS
// recipient domains; unsafe credentials files refuse start-up.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, HarakaProcess, makeInstallDir, runHarakaExpectFailure, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'
import { makeTestCa } from '../helpers/tls_certs'

const TRUSTED = '127.0.0.10'

const USER = 'gateway@relay.test'
const PASS = 'S3cr3t pass:word;#1'
const BASE_FILES = {
  'config/plugins': 'outpost_relay\noutpost_route\n',
  'config/outpost_relay.ini': '[main]\nreject_untrusted = true\n[trusted_networks]\n127.0.0.10/32 = test\n',
  'config/outbound.ini': '[main]\nenable_tls=true\ntemp_fail_intervals=5s*60\n',
}

function queued(dir: string): string[] {
  const q = path.join(dir, 'var', 'queue')
  return fs.existsSync(q) ? fs.readdirSync(q).filter((f) => !f.startsWith('.')) : []
}

describe('outpost_route: TLS and AUTH to smarthosts', () => {
  const ca = makeTestCa()
  const rogueCa = makeTestCa('Not Trusted CA')
  let authTls: Sink // STARTTLS + AUTH, certificate from the trusted CA
  let noStarttls: Sink // offers AUTH in clear, no STARTTLS
  let badCert: Sink // STARTTLS with a certificate from an unknown CA
  let offSink: Sink // STARTTLS offered, route says tls = off (on 127.0.0.2)
  let oppSink: Sink // STARTTLS offered, opportunistic
  let plainSink: Sink // no STARTTLS, opportunistic
  let authAttemptsInClear = 0
  let haraka: HarakaProcess

  beforeAll(async () => {
    const good = ca.issue(['localhost', '127.0.0.1', '127.0.0.2'])
    authTls = await startSink({ tls: good, auth: { user: USER, pass: PASS } })
    noStarttls = await startSink({
      auth: { user: USER, pass: PASS },
      extra: {
        onAuth(_auth, _session, cb) {
          authAttemptsInClear++
          cb(new Error('should never be asked'))
        },
      },
    })
    badCert = await startSink({ tls: rogueCa.issue(['localhost', '127.0.0.1']) })
    offSink = await startSink({ tls: good, host: '127.0.0.2' })
    oppSink = await startSink({ tls: good })
    plainSink = await startSink()
    const port = await freePort()
    const dir = makeInstallDir(
      {
        ...BASE_FILES,
        'config/log.ini': '[main]\nlevel=protocol\n', // the SMTP dialogue is logged: the secret must not be
        'config/smarthost.secret': `# smarthost login\n${USER}:${PASS}\n`,
        'config/outpost_route.ini': [
          `[smarthost]\nhost = 127.0.0.1:${authTls.port}\ntls = required\nauth_file = smarthost.secret\n`,
          `[route notls.example]\nhost = 127.0.0.1:${noStarttls.port}\ntls = required\nauth_file = smarthost.secret\n`,
          `[route badcert.example]\nhost = 127.0.0.1:${badCert.port}\ntls = required\n`,
          `[route off.example]\nhost = 127.0.0.2:${offSink.port}\ntls = off\n`,
          `[route opp.example]\nhost = 127.0.0.1:${oppSink.port}\n`,
          `[route plain.example]\nhost = 127.0.0.1:${plainSink.port}\ntls = opportunistic\n`,
          '[tls]\nmandatory_domains = secure.test, *.bank.test\n',
        ].join('\n'),
      },
      { port },
    )
    fs.chmodSync(path.join(dir, 'config', 'smarthost.secret'), 0o600)
    haraka = await await startHaraka({ dir, port, env: { NODE_EXTRA_CA_CERTS: ca.caFile } })
  })

  afterAll(async () => {
    await haraka?.stop()
    for (const s of [authTls, noStarttls, badCert, offSink, oppSink, plainSink]) await s?.close()
  })

  const send = (from: string, to: string, subject: string) =>
    sendMessage({ port: haraka.port, localAddress: TRUSTED, from, to: [to], raw: makeMessage({ from, to, subject }) })

  it('authenticates to a STARTTLS smarthost over verified TLS, and never logs the secret', async () => {
    const res = await send('alice@example.com', 'bob@external.test', 'authenticated')
    expect(res.final).toMatchObject({ code: 250 })
    const [msg] = await authTls.waitForMessages(1)
    expect(msg.authUser).toBe(USER)
    expect(msg.secure).toBe(true)
    await haraka.waitForLog(/delivered file=.*tls=Y auth=Y/)
    const logs = haraka.logs()
    expect(logs).toMatch(/AUTH PLAIN \[REDACTED\]/) // the dialogue was logged, the secret was not
    expect(logs).not.toContain(PASS)
    expect(logs).not.toContain(Buffer.from(`\0${USER}\0${PASS}`).toString('base64'))
    expect(logs).not.toContain(Buffer.from(PASS).toString('base64'))
  })

  it('with tls = required, sends nothing to a smarthost that offers no STARTTLS: the message stays queued', async () => {
    const res = await send('carol@notls.example', 'bob@external.test', 'must-not-leak')
    expect(res.final).toMatchObject({ code: 250 })
    await haraka.waitForLog(/No TLS available but required by configuration/)
    await haraka.waitForLog(/to external\.test deferred for 5s/)
    expect(noStarttls.messages).toEqual([])
    expect(noStarttls.connections).toBeGreaterThan(0) // it was tried
    expect(authAttemptsInClear).toBe(0) // no AUTH in clear
    expect(haraka.logs()).toMatch(/\[outbound\] C: EHLO/) // the outbound dialogue is in the log...
    expect(haraka.logs()).not.toMatch(/\[outbound\] C: MAIL FROM:<carol@notls\.example>/) // ...but no MAIL went in clear
    expect(queued(haraka.dir).length).toBeGreaterThanOrEqual(1)
  })

  it('with tls = required, refuses a smarthost whose certificate does not verify', async () => {
    const res = await send('dave@badcert.example', 'bob@external.test', 'bad-cert')
    expect(res.final).toMatchObject({ code: 250 })
    await haraka.waitForLog(/dave@badcert\.example|badcert/)
    await haraka.waitForLog(/Tried all MXs|failed TLS verification/)
    await new Promise((r) => setTimeout(r, 500))
    expect(badCert.messages).toEqual([])
  })

  it('tls = off delivers without STARTTLS; opportunistic uses it when offered', async () => {
    expect((await send('erin@off.example', 'bob@external.test', 'off')).final.code).toBe(250)
    expect((await send('frank@opp.example', 'bob@external.test', 'opp')).final.code).toBe(250)
    const [off] = await offSink.waitForMessages(1)
    const [opp] = await oppSink.waitForMessages(1)
    expect(off.secure).toBe(false)
    expect(opp.secure).toBe(true)
  })

  it('never delivers to a [tls] mandatory_domains domain without verified TLS, other domains go opportunistic', async () => {
    expect((await send('gina@plain.example', 'x@secure.test', 'mandatory')).final.code).toBe(250)
    expect((await send('gina@plain.example', 'y@branch.bank.test', 'mandatory-sub')).final.code).toBe(250)
    expect((await send('gina@plain.example', 'z@ordinary.test', 'ordinary')).final.code).toBe(250)
    const [ordinary] = await plainSink.waitForMessages(1)
    expect(ordinary.to).toEqual(['z@ordinary.test'])
    await haraka.waitForLog(/x@secure\.test|secure\.test deferred/)
    await haraka.waitForLog(/branch\.bank\.test deferred for 5s/)
    await new Promise((r) => setTimeout(r, 500))
    expect(plainSink.messages.map((m) => m.to[0])).toEqual(['z@ordinary.test'])
  })
})

describe('outpost_route: credentials configuration is checked at start-up', () => {
  it('refuses to start when the credentials file is readable by group or others', async () => {
    const port = await freePort()
    const dir = makeInstallDir(
      {
        ...BASE_FILES,
        'config/smarthost.secret': `${USER}:${PASS}\n`,
        'config/outpost_route.ini': '[smarthost]\nhost = 127.0.0.1:2\ntls = required\nauth_file = smarthost.secret\n',
      },
      { port },
    )
    fs.chmodSync(path.join(dir, 'config', 'smarthost.secret'), 0o640)
    const res = await runHarakaExpectFailure({ dir, port })
    expect(res.code).not.toBe(0)
    expect(res.listened).toBe(false)
    expect(res.output).toMatch(/smarthost\.auth_file.*mode 640: group and others must have no access/)
    expect(res.output).not.toContain(PASS)
  })

  it('refuses credentials on a smarthost whose TLS is not required', async () => {
    const port = await freePort()
    const dir = makeInstallDir(
      {
        ...BASE_FILES,
        'config/smarthost.secret': `${USER}:${PASS}\n`,
        'config/outpost_route.ini': '[smarthost]\nhost = 127.0.0.1:2\ntls = opportunistic\nauth_file = smarthost.secret\n',
      },
      { port },
    )
    fs.chmodSync(path.join(dir, 'config', 'smarthost.secret'), 0o600)
    const res = await runHarakaExpectFailure({ dir, port })
    expect(res.code).not.toBe(0)
    expect(res.output).toMatch(/config\/outpost_route\.ini:3: smarthost\.tls = "opportunistic": credentials \(auth_file\) are only sent over verified TLS/)
  })
})
