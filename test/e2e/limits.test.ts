// outpost_limits end to end: real Haraka processes (relay, limits, policy,
// quarantine, route), a real SMTP sink as the smarthost, a loopback webhook
// receiver, the real `outpost` command, and (for the redis backend) a real
// redis-server started by the test. The main acceptance runs on both backends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pluginsWith, startHaraka, type HarakaProcess } from '../helpers/haraka'
import { startSink, type Sink } from '../helpers/smtp_sink'
import { makeTestCa } from '../helpers/tls_certs'
import { startRedis, type TestRedis } from '../helpers/redis'
import { bySubject, Client, outpostCmd, subjectOf, waitFor, webhookReceiver, type WebhookReceiver } from './limits_fixtures'

const ROAMING = '127.0.0.40' // neither trusted nor internal: relays after STARTTLS + AUTH
const ALICE = { user: 'alice@corp.example', pass: 'alice-pass-1' }
const BOB = { user: 'bob@corp.example', pass: 'bob-pass-2' }

function authFiles(): Record<string, string> {
  const ca = makeTestCa()
  const { key, cert } = ca.issue(['localhost', '127.0.0.1'])
  return {
    'config/tls_key.pem': key,
    'config/tls_cert.pem': cert,
    'config/auth_flat_file.ini': `[core]\nmethods=PLAIN,LOGIN\n[users]\n${ALICE.user}=${ALICE.pass}\n${BOB.user}=${BOB.pass}\n`,
  }
}

describe.each(['memory', 'redis'] as const)('outpost_limits acceptance (state backend %s)', (backend) => {
  let sink: Sink
  let haraka: HarakaProcess
  let hook: WebhookReceiver
  let redis: TestRedis | undefined

  beforeAll(async () => {
    sink = await startSink()
    hook = await webhookReceiver()
    if (backend === 'redis') redis = await startRedis()
    haraka = await startHaraka({
      files: {
        ...authFiles(),
        'config/plugins': pluginsWith(['tls', 'auth/flat_file'], { after: 'outpost_relay' }),
        'config/outpost_relay.ini': '[main]\nreject_untrusted = false\n[trusted_networks]\n127.0.0.10/32 = Exchange-01\n',
        'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`,
        'config/outpost_limits.ini': `[main]\naction = hold\nnotify = admin@corp.example\nwebhook_url = ${hook.url}\n[default]\nmessages_per_hour = 50\n[identity par@corp.example]\nmessages_per_hour = 1000\n`,
        'haraka.ini': `[quarantine]\nrelease_poll_interval = 300ms\n[identity]\nheader_networks = 127.0.0.20/32\n[state]\nbackend = ${backend}\n${redis ? `redis_url = ${redis.url}\n` : ''}`,
      },
    })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
    await hook?.close()
    await redis?.stop()
  })

  it('holds the 51st message of an authenticated user, alerts by mail and webhook, leaves others alone; unlock and release --sender restore it, once', async () => {
    const alice = await Client.open(haraka.port, ROAMING, ALICE)
    const bob = await Client.open(haraka.port, ROAMING, BOB)
    try {
      // the identity header from a client outside header_networks is ignored, and never reaches the smarthost
      expect((await alice.send(ALICE.user, ['x1@partner.example'], `${backend} A1`, { 'X-AuthUser': 'mallory@corp.example' })).code).toBe(250)
      for (let i = 2; i <= 50; i++) expect((await alice.send(ALICE.user, [`x${i}@partner.example`], `${backend} A${i}`)).code).toBe(250)
      const held = await alice.send(ALICE.user, ['x51@partner.example'], `${backend} A51`)
      expect(held.code).toBe(250)
      expect(held.text).toMatch(/held for review as \S+/)
      const held2 = await alice.send(ALICE.user, ['x52@partner.example'], `${backend} A52`)
      expect(held2.text).toMatch(/held for review/)
      // a different user is unaffected
      expect((await bob.send(BOB.user, ['y@partner.example'], `${backend} B1`)).text).not.toMatch(/held/)

      await sink.waitForMessages(51)
      const first = bySubject(sink, `${backend} A1`)[0]
      expect(first.raw.toString()).not.toMatch(/X-AuthUser/i)

      // the alert: at the admin address through the smarthost, and at the webhook
      const alert = await waitFor('the lock alert mail', () => sink.messages.find((m) => m.to.includes('admin@corp.example')))
      const text = alert.raw.toString()
      expect(alert.from).toBe('')
      expect(subjectOf(alert)).toBe('[Outpost] Sender alice@corp.example locked: messages_per_hour 51 > 50')
      expect(text).toContain('X-Outpost-Notice: alert-limits')
      expect(text).toContain('identity from auth_user')
      expect(text).toContain(`Subject: ${backend} A51`)
      expect(text).toContain('x51@partner.example')
      expect(text).toMatch(/outpost( -c \S+)? senders unlock alice@corp\.example/)
      expect(text).toMatch(/outpost( -c \S+)? quarantine release --sender alice@corp\.example/)
      const posted = await waitFor('the webhook', () => hook.bodies.find((b) => b.event === 'locked'))
      expect(posted).toMatchObject({ kind: 'limits', identity: 'alice@corp.example', limit: 'messages_per_hour', value: 51, max: 50, action: 'hold' })
      expect(posted.counts.messages_per_hour).toBe(51)
      expect(Date.parse(posted.locked_since)).toBeGreaterThan(0)
      // only one alert for one lock
      await new Promise((r) => setTimeout(r, 1000))
      expect(sink.messages.filter((m) => m.to.includes('admin@corp.example'))).toHaveLength(1)
      expect(hook.bodies.filter((b) => b.event === 'locked')).toHaveLength(1)
      expect(bySubject(sink, `${backend} A51`)).toHaveLength(0)

      const listed = await outpostCmd(haraka.dir, 'senders', 'list', '--json')
      expect(listed.code).toBe(0)
      const views = JSON.parse(listed.stdout)
      const a = views.find((v: { id: string }) => v.id === 'alice@corp.example')
      expect(a).toMatchObject({ locked: true, lock: { limit: 'messages_per_hour', by: 'gateway' } })
      expect(a.counts.messages_per_hour).toBe(52)
      expect(views.find((v: { id: string }) => v.id === 'bob@corp.example')).toMatchObject({ locked: false, counts: { messages_per_hour: 1 } })
      const shown = await outpostCmd(haraka.dir, 'senders', 'show', 'alice@corp.example')
      expect(shown.stdout).toMatch(/Locked:\s+since .* by gateway/)

      // quarantine metadata records the identity
      const q = JSON.parse((await outpostCmd(haraka.dir, 'quarantine', 'list', '--json')).stdout)
      expect(q).toHaveLength(2)
      const meta = JSON.parse((await outpostCmd(haraka.dir, 'quarantine', 'show', q[0].id, '--json')).stdout)
      expect(meta).toMatchObject({ identity: 'alice@corp.example', identity_source: 'auth_user' })
      expect(meta.reason).toMatch(/sender alice@corp\.example locked/)

      const unlocked = await outpostCmd(haraka.dir, 'senders', 'unlock', 'alice@corp.example')
      expect(unlocked.code).toBe(0)
      expect(unlocked.stdout).toMatch(/alice@corp\.example: unlocked by e2e-admin/)
      const after = await alice.send(ALICE.user, ['x53@partner.example'], `${backend} A53`)
      expect(after.code).toBe(250)
      expect(after.text).not.toMatch(/held/)
      await waitFor('A53 delivered', () => bySubject(sink, `${backend} A53`)[0])

      const released = await outpostCmd(haraka.dir, 'quarantine', 'release', '--sender', 'alice@corp.example')
      expect(released.code).toBe(0)
      expect(released.stdout.match(/release requested/g)).toHaveLength(2)
      await waitFor('the held messages delivered', () => bySubject(sink, `${backend} A51`).length && bySubject(sink, `${backend} A52`).length)
      const again = await outpostCmd(haraka.dir, 'quarantine', 'release', '--sender', 'alice@corp.example')
      expect(again.stdout).toContain('no entries matched')
      await new Promise((r) => setTimeout(r, 1500))
      for (const s of ['A51', 'A52', 'A53']) expect(bySubject(sink, `${backend} ${s}`)).toHaveLength(1)
    } finally {
      await alice.close()
      await bob.close()
    }
  }, 120_000)

  it('counts exactly under 20 parallel sessions (recipients too)', async () => {
    const clients = await Promise.all(Array.from({ length: 20 }, () => Client.open(haraka.port, '127.0.0.10')))
    try {
      const replies = await Promise.all(
        clients.map(async (c, i) => {
          const out = []
          for (let j = 0; j < 3; j++) out.push(await c.send('par@corp.example', [`p${i}-${j}a@partner.example`, `p${i}-${j}b@other.example`], `${backend} P${i}-${j}`))
          return out
        }),
      )
      expect(replies.flat().every((r) => r.code === 250 && !/held/.test(r.text))).toBe(true)
    } finally {
      await Promise.all(clients.map((c) => c.close()))
    }
    const shown = JSON.parse((await outpostCmd(haraka.dir, 'senders', 'show', 'par@corp.example', '--json')).stdout)
    if (backend === 'memory') await new Promise((r) => setTimeout(r, 1500)) // the snapshot the command reads is at most a second old
    const final = backend === 'memory' ? JSON.parse((await outpostCmd(haraka.dir, 'senders', 'show', 'par@corp.example', '--json')).stdout) : shown
    expect(final.counts).toMatchObject({ messages_per_hour: 60, recipients_per_hour: 120, recipient_domains_per_hour: 2 })
  }, 60_000)
})
