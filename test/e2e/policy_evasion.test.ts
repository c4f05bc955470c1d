// Messages built to beat the scoring, through a real Haraka (issue 9 items 2
// and 3): an oversized header must not lower a message's score, and messages
// built to be slow to score must not delay other clients' mail.
import { describe, expect, it } from 'vitest'
import { useGateway } from '../helpers/gateway'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import type { ReceivedMessage, Sink } from '../helpers/smtp_sink'

const CLIENT = '127.0.0.10'
const OTHER_CLIENT = '127.0.0.12'
const GTUBE = 'XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X'
const KiB = 1024

const PHISH_HTML =
  '<html><body><p>Dear valued customer,</p><p>We detected unusual sign-in activity and your account has been suspended. ' +
  'Please verify your account within 24 hours. Failure to do so will result in permanent closure.</p>' +
  '<p><a href="http://198.51.100.7/secure/login.php">https://www.paypal.com/signin</a></p>' +
  '<form action="http://paypal-secure.example.xyz/collect"><input name="password"></form></body></html>'

/** A credential phish (about 22 points plain); `extra` header lines go before the Content-Type. */
function phish(subject: string, extra = ''): string {
  return (
    'From: "PayPal Security" <security@paypal-alerts.example.xyz>\r\nTo: someone@remote.test\r\n' +
    `Subject: ${subject}: your account has been suspended\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\n` +
    `Message-ID: <${subject}@paypal-alerts.example.xyz>\r\nMIME-Version: 1.0\r\n` +
    extra +
    'Content-Type: text/html; charset=utf-8\r\n\r\n' +
    PHISH_HTML +
    '\r\n'
  )
}

/** one header line of about `bytes` bytes: "Name: aaaa..." */
function padHeader(name: string, bytes: number, fill = 'a'): string {
  return `${name}: ${fill.repeat(Math.ceil(bytes / fill.length)).slice(0, bytes)}\r\n`
}

async function send(port: number, raw: string, opts: { from?: string; client?: string } = {}) {
  const from = opts.from ?? 'alice@example.com'
  const result = await sendMessage({ port, localAddress: opts.client ?? CLIENT, from, to: ['someone@remote.test'], raw, timeoutMs: 60_000 })
  return result.final
}

function bySubject(sink: Sink, subject: string): ReceivedMessage[] {
  return sink.messages.filter((m) => m.raw.toString('latin1').includes(`Subject: ${subject}`))
}

describe('outpost_policy: an oversized header does not lower the score (issue 9 item 2)', () => {
  const gw = useGateway(() => ({
    'config/plugins': 'outpost_relay\noutpost_policy\noutpost_route\n',
    'config/outpost_relay.ini': `[trusted_networks]\n${CLIENT}/32 = e2e client\n`,
    'config/outpost_policy.ini': '[main]\naction = reject\n[engines]\nworkers = 1\n',
  }))

  it('GTUBE with a 300 KiB X-Pad header is still refused, and says why in the log', async () => {
    const raw = makeMessage({ from: 'alice@example.com', to: 'someone@remote.test', subject: 'gtube-padded', body: `Hello,\r\n\r\n${GTUBE}\r\n` })
    const padded = raw.replace('MIME-Version: 1.0\r\n', 'MIME-Version: 1.0\r\n' + padHeader('X-Pad', 300 * KiB))
    const reply = await send(gw.haraka.port, padded)
    expect(reply.code).toBe(550)
    await gw.haraka.waitForLog(/spam=yes action=reject .*GTUBE\(1000\).*HEADER_OVERSIZED\(\d+(?:\.\d+)? "x-pad: \d+ bytes/)
    expect(bySubject(gw.sink, 'gtube-padded')).toEqual([])
  })

  it('a phish scores at least as much with a 300 KiB X-Pad or Received header as without', async () => {
    expect(await send(gw.haraka.port, phish('phish-plain'))).toMatchObject({ code: 550 })
    const plain = Number(/score=([\d.]+) threshold=8 spam=yes action=reject .*PHISHING_WORDS/.exec(gw.haraka.logs())![1])
    expect(plain).toBeGreaterThan(8)

    const oversizedLines = () => [...gw.haraka.logs().matchAll(/score=([\d.]+) [^\n]*HEADER_OVERSIZED[^\n]*/g)]
    for (const [subject, pad] of [
      ['phish-xpad', padHeader('X-Pad', 300 * KiB)],
      ['phish-received', padHeader('Received', 300 * KiB, 'from relay.example (x) ')],
    ]) {
      const before = oversizedLines().length
      const reply = await send(gw.haraka.port, phish(subject, pad))
      expect(reply.code, subject).toBe(550)
      const deadline = Date.now() + 10_000
      while (oversizedLines().length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      const [line, score] = oversizedLines()[before]
      expect(line).toContain('PHISHING_WORDS')
      expect(line).not.toMatch(/MISSING_FROM|MISSING_SUBJECT|MIME_PARSE_ERROR/)
      expect(Number(score)).toBeGreaterThanOrEqual(plain)
      expect(bySubject(gw.sink, subject)).toEqual([])
    }
  })

  it('ordinary mail with ordinary headers still passes', async () => {
    const raw = makeMessage({ from: 'alice@example.com', to: 'someone@remote.test', subject: 'ordinary-after-padding' })
    expect((await send(gw.haraka.port, raw)).code).toBe(250)
  })
})

describe('outpost_policy: messages built to be slow do not delay other clients (issue 9 item 3)', () => {
  const gw = useGateway(() => ({
    'config/plugins': 'outpost_relay\noutpost_policy\noutpost_route\n',
    'config/outpost_relay.ini': `[trusted_networks]\n${CLIENT}/32 = e2e client\n${OTHER_CLIENT}/32 = another client\n`,
    // one engine thread, as on a 2-CPU machine with workers = auto; the shipped 10 s timeout
    'config/outpost_policy.ini': '[main]\naction = reject\n[engines]\nworkers = 1\ntimeout = 10s\n',
  }))

  /** a text part in base64 holding `text` (the decoded text reaches the body rules) */
  function base64Text(subject: string, text: string): string {
    const b64 = Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\r\n')
    return makeMessage({ from: 'alice@example.com', to: 'someone@remote.test', subject, body: b64 }).replace(
      'Content-Transfer-Encoding: 7bit',
      'Content-Transfer-Encoding: base64',
    )
  }

  it('while hostile messages are scored, an ordinary message from another client is scored and accepted', async () => {
    const hostile = [
      base64Text('hostile-digits-1', '1'.repeat(120_000)),
      base64Text('hostile-digits-2', '7'.repeat(120_000)),
      base64Text('hostile-0x-url', 'see http://0x' + '0'.repeat(300_000)),
      base64Text('hostile-unicode-spaces', 'a' + '\u2003'.repeat(60_000) + 'b'),
    ]
    const pending = hostile.map((raw) => send(gw.haraka.port, raw))
    await new Promise((r) => setTimeout(r, 300)) // the hostile ones are in DATA or being scored
    const ordinary = makeMessage({ from: 'bob@example.com', to: 'someone@remote.test', subject: 'ordinary-during-attack' })
    const reply = await send(gw.haraka.port, ordinary, { from: 'bob@example.com', client: OTHER_CLIENT })
    expect(reply.code).toBe(250)
    // the hostile messages got an answer on their merits, not a deferral for a timeout
    for (const r of await Promise.all(pending)) expect(r.code).not.toBe(451)
    expect(gw.haraka.logs()).not.toMatch(/timed out/)
  })
})
