import http from 'node:http'
import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { AlertSender, composeAlertMail, postJson, webhookUrlProblem, type Mailer } from '../../src/alerts'

interface Receiver {
  url: string
  bodies: unknown[]
  close(): Promise<void>
}

/** A loopback HTTP server answering with the given statuses in turn (the last one repeats). */
async function receiver(statuses: number[]): Promise<Receiver> {
  const bodies: unknown[] = []
  let n = 0
  const server = http.createServer((req, res) => {
    let text = ''
    req.on('data', (d) => (text += d))
    req.on('end', () => {
      bodies.push(JSON.parse(text))
      res.statusCode = statuses[Math.min(n++, statuses.length - 1)]
      res.end('ok')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const { port } = server.address() as net.AddressInfo
  return { url: `http://127.0.0.1:${port}/hook`, bodies, close: () => new Promise((r) => server.close(() => r())) }
}

const log = { info: () => undefined, warn: () => undefined }
let open: Receiver[] = []
afterEach(async () => {
  for (const r of open) await r.close()
  open = []
})

describe('webhook', () => {
  it('retries a 5xx with backoff and stops at the first 2xx', async () => {
    const r = await receiver([500, 503, 200])
    open.push(r)
    const result = await postJson({ a: 1 }, { url: r.url, attempts: 5, backoffMs: 10 })
    expect(result).toMatchObject({ ok: true, attempts: 3, status: 200 })
    expect(r.bodies).toEqual([{ a: 1 }, { a: 1 }, { a: 1 }])
  })

  it('gives up after the configured number of attempts, and does not retry a 400', async () => {
    const r = await receiver([500])
    open.push(r)
    expect(await postJson({}, { url: r.url, attempts: 3, backoffMs: 5 })).toMatchObject({ ok: false, attempts: 3, status: 500 })
    const bad = await receiver([400])
    open.push(bad)
    expect(await postJson({}, { url: bad.url, attempts: 3, backoffMs: 5 })).toMatchObject({ ok: false, attempts: 1, status: 400 })
  })

  it('retries when nothing listens, bounded', async () => {
    const result = await postJson({}, { url: 'http://127.0.0.1:1/none', attempts: 2, backoffMs: 5 })
    expect(result.ok).toBe(false)
    expect(result.attempts).toBe(2)
    expect(result.error).toBeTruthy()
  })

  it('validates URLs', () => {
    expect(webhookUrlProblem('http://127.0.0.1:8080/outpost')).toBeUndefined()
    expect(webhookUrlProblem('ftp://x')).toMatch(/http/)
    expect(webhookUrlProblem('not a url')).toMatch(/expected a URL/)
  })
})

describe('AlertSender', () => {
  it('mails and posts one alert, marked so it never loops, with suppressed duplicates and a rate limit', async () => {
    const r = await receiver([200])
    open.push(r)
    const mailed: Parameters<Mailer>[0][] = []
    let now = 1_000_000
    const sender = new AlertSender({
      mailer: async (m) => {
        mailed.push(m)
        return `q${mailed.length}`
      },
      from: 'postmaster@gw.example',
      hostname: 'gw.example',
      log,
      maxPerHour: 2,
      now: () => now,
    })
    const alert = (key: string) => ({ key, kind: 'limits', subject: `Sender ${key} locked`, lines: ['who: x', 'line two'], data: { identity: key, counts: { messages_per_hour: 51 } } })
    const first = await sender.send(alert('a'), { notify: ['admin@example.org'], webhookUrl: r.url })
    expect(first).toMatchObject({ sent: true, queued: 'q1', webhook: { ok: true } })
    expect(mailed[0].from).toBe('')
    expect(mailed[0].notes).toEqual({ outpost_notice: 'alert-limits' })
    const text = mailed[0].raw.toString()
    expect(text).toContain('X-Outpost-Notice: alert-limits')
    expect(text).toContain('Auto-Submitted: auto-generated')
    expect(text).toContain('Subject: Sender a locked')
    expect(r.bodies[0]).toMatchObject({ kind: 'limits', key: 'a', identity: 'a', counts: { messages_per_hour: 51 }, gateway: 'gw.example' })

    expect(await sender.send(alert('a'), { notify: ['admin@example.org'] })).toMatchObject({ sent: false, suppressed: 'duplicate' })
    expect((await sender.send(alert('b'), { notify: ['admin@example.org'] })).sent).toBe(true)
    expect(await sender.send(alert('c'), { notify: ['admin@example.org'] })).toMatchObject({ sent: false, suppressed: 'rate_limited' })
    now += 3_600_000
    const later = await sender.send(alert('c'), { notify: ['admin@example.org'] })
    expect(later.sent).toBe(true)
    expect(mailed[mailed.length - 1].raw.toString()).toMatch(/1 other alert was suppressed/)
    sender.forget('a')
    expect((await sender.send(alert('a'), { notify: ['admin@example.org'] })).sent).toBe(true)
  })

  it('composes header-safe mail from hostile text', () => {
    const m = composeAlertMail({ to: ['a@b.example'], from: 'p@gw.example', hostname: 'gw', subject: 'x\r\nBcc: evil@example.com', lines: ['a\r\nb'], kind: 'alert-limits' })
    expect(m.raw).not.toMatch(/^Bcc:/m)
    expect(m.raw).toContain('a b')
  })
})
