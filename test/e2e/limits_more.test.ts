// outpost_limits end to end, continued: identities from a trusted header
// behind one client IP, refused recipients at delivery, two gateways sharing
// one Redis, Redis going down and coming back, a lock surviving a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runHarakaExpectFailure, startHaraka, type HarakaProcess } from '../helpers/haraka'
import { startSink, type Sink } from '../helpers/smtp_sink'
import { startRedis, type TestRedis } from '../helpers/redis'
import { bySubject, Client, outpostCmd, waitFor } from './limits_fixtures'

const EXCHANGE = '127.0.0.20' // trusted, and named in [identity] header_networks
const POSTFIX = '127.0.0.21' // trusted, not named for the header
const PLUGINS = 'outpost_relay\noutpost_limits\noutpost_policy\noutpost_quarantine\noutpost_route\n'

function files(sink: Sink, limitsIni: string, haraka = ''): Record<string, string> {
  return {
    'config/plugins': PLUGINS,
    'config/outpost_relay.ini': `[trusted_networks]\n${EXCHANGE}/32 = Exchange-01\n${POSTFIX}/32 = Postfix relay\n127.0.0.10/32 = e2e client\n`,
    'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`,
    'config/outpost_limits.ini': limitsIni,
    'haraka.ini': `[quarantine]\nrelease_poll_interval = 300ms\n[identity]\nheader = X-AuthUser\nheader_networks = ${EXCHANGE}/32\n${haraka}`,
  }
}

describe('identities from the configured header, behind one client IP', () => {
  let sink: Sink
  let haraka: HarakaProcess
  beforeAll(async () => {
    sink = await startSink()
    haraka = await startHaraka({ files: files(sink, '[main]\naction = defer\n[default]\nmessages_per_hour = 2\n') })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  it('counts each header identity apart; ignores the header from an unlisted trusted network; never delivers the header', async () => {
    const ex = await Client.open(haraka.port, EXCHANGE)
    const pf = await Client.open(haraka.port, POSTFIX)
    try {
      // one envelope sender for all (a shared service account), people told apart by the header
      const send = (c: Client, user: string, subject: string) => c.send('relay@corp.example', ['r@partner.example'], subject, { 'X-AuthUser': user })
      expect((await send(ex, 'carol@corp.example', 'H carol 1')).code).toBe(250)
      expect((await send(ex, 'carol@corp.example', 'H carol 2')).code).toBe(250)
      const third = await send(ex, 'carol@corp.example', 'H carol 3')
      expect(third.code).toBe(451)
      expect(third.text).toMatch(/4\.7\.1 Sender rate limit reached/)
      expect((await send(ex, 'dave@corp.example', 'H dave 1')).code).toBe(250)
      expect((await send(ex, 'dave@corp.example', 'H dave 2')).code).toBe(250)
      // from a trusted network not named in header_networks the header means nothing:
      // these count for the envelope sender relay@corp.example (not for carol, who is over her limit)
      expect((await send(pf, 'carol@corp.example', 'H postfix 1')).code).toBe(250)
      expect((await send(pf, 'carol@corp.example', 'H postfix 2')).code).toBe(250)
      expect((await send(pf, 'carol@corp.example', 'H postfix 3')).code).toBe(451)
    } finally {
      await ex.close()
      await pf.close()
    }
    await sink.waitForMessages(6)
    await new Promise((r) => setTimeout(r, 500))
    expect(sink.messages).toHaveLength(6)
    for (const m of sink.messages) expect(m.raw.toString()).not.toMatch(/^X-AuthUser:/im)
    await new Promise((r) => setTimeout(r, 1200))
    const views = JSON.parse((await outpostCmd(haraka.dir, 'senders', 'list', '--json')).stdout)
    const count = (id: string) => views.find((v: { id: string }) => v.id === id)?.counts.messages_per_hour
    expect([count('carol@corp.example'), count('dave@corp.example'), count('relay@corp.example')]).toEqual([2, 2, 2])
    await haraka.waitForLog(/X-AuthUser ignored and removed: client 127\.0\.0\.21 is not in header_networks/)
    await haraka.waitForLog(/identity=carol@corp\.example\(header\)/)
  }, 60_000)
})

describe('recipients refused at delivery', () => {
  let sink: Sink
  let haraka: HarakaProcess
  beforeAll(async () => {
    // the destination refuses every recipient whose local part starts with "bad"
    sink = await startSink({
      extra: {
        onRcptTo(address, _session, cb) {
          if (address.address.startsWith('bad')) {
            const err = new Error('5.1.1 No such user') as Error & { responseCode: number }
            err.responseCode = 550
            return cb(err)
          }
          cb()
        },
      },
    })
    haraka = await startHaraka({ files: files(sink, '[main]\naction = hold\n[default]\nrefused_recipients_per_hour = 5\n') })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  it('a burst of 550s locks the sender; the lock survives a restart of the gateway', async () => {
    const c = await Client.open(haraka.port, '127.0.0.10')
    try {
      const rcpts = ['good1@partner.example', ...Array.from({ length: 7 }, (_, i) => `bad${i}@partner.example`)]
      expect((await c.send('spammer@corp.example', rcpts, 'R burst')).code).toBe(250)
      await waitFor('the good recipient', () => bySubject(sink, 'R burst')[0])
      await haraka.waitForLog(/7 recipient\(s\) refused at delivery counted for spammer@corp\.example/, 20_000)
      await haraka.waitForLog(/LOCKED id:spammer@corp\.example: refused_recipients_per_hour 7 > 5/)
      const next = await c.send('spammer@corp.example', ['good2@partner.example'], 'R after')
      expect(next.text).toMatch(/held for review/)
      // others unaffected
      expect((await c.send('someone@corp.example', ['good3@partner.example'], 'R other')).text).not.toMatch(/held/)
    } finally {
      await c.close()
    }
    await haraka.stop()
    haraka = await startHaraka({ dir: haraka.dir, port: haraka.port })
    const shown = JSON.parse((await outpostCmd(haraka.dir, 'senders', 'show', 'spammer@corp.example', '--json')).stdout)
    expect(shown).toMatchObject({ locked: true, lock: { limit: 'refused_recipients_per_hour' } })
    const c2 = await Client.open(haraka.port, '127.0.0.10')
    try {
      expect((await c2.send('spammer@corp.example', ['good4@partner.example'], 'R after restart')).text).toMatch(/held for review/)
    } finally {
      await c2.close()
    }
  }, 90_000)
})

describe('two gateways sharing one Redis', () => {
  let sink: Sink
  let redis: TestRedis
  let a: HarakaProcess
  let b: HarakaProcess
  beforeAll(async () => {
    sink = await startSink()
    redis = await startRedis()
    const f = files(sink, '[main]\naction = defer\n[default]\nmessages_per_hour = 50\n', `[state]\nbackend = redis\nredis_url = ${redis.url}\n`)
    ;[a, b] = await Promise.all([startHaraka({ files: f }), startHaraka({ files: f })])
  })
  afterAll(async () => {
    await a?.stop()
    await b?.stop()
    await sink?.close()
    await redis?.stop()
  })

  it('enforce one combined limit: 50 per hour across both, not 50 each', async () => {
    const clients = await Promise.all([a, b, a, b].map((g) => Client.open(g.port, '127.0.0.10')))
    try {
      const replies = (
        await Promise.all(
          clients.map(async (c, i) => {
            const out = []
            for (let j = 0; j < 15; j++) out.push(await c.send('shared@corp.example', ['x@partner.example'], `S ${i}-${j}`))
            return out
          }),
        )
      ).flat()
      expect(replies.filter((r) => r.code === 250)).toHaveLength(50)
      expect(replies.filter((r) => r.code === 451)).toHaveLength(10)
    } finally {
      await Promise.all(clients.map((c) => c.close()))
    }
    await sink.waitForMessages(50)
    const shown = JSON.parse((await outpostCmd(a.dir, 'senders', 'show', 'shared@corp.example', '--json')).stdout)
    expect(shown.counts.messages_per_hour).toBe(50)
  }, 60_000)

  it('answers 451 while Redis is down, says so in the log, and recovers by itself', async () => {
    const c = await Client.open(a.port, '127.0.0.10')
    try {
      expect((await c.send('down@corp.example', ['x@partner.example'], 'D before')).code).toBe(250)
      await redis.stop()
      const during = await c.send('down@corp.example', ['x@partner.example'], 'D during')
      expect(during.code).toBe(451)
      expect(during.text).toMatch(/Sender limits could not be checked/)
      await a.waitForLog(/state backend redis redis:\/\/127\.0\.0\.1:\d+\/?(: connection lost| unreachable)/)
      await redis.start()
      await waitFor('a message accepted again', async () => (await c.send('down@corp.example', ['x@partner.example'], 'D after')).code === 250, 20_000)
      await a.waitForLog(/reachable again: counting resumed/)
    } finally {
      await c.close()
    }
    await waitFor('D after delivered', () => bySubject(sink, 'D after')[0])
    expect(bySubject(sink, 'D during')).toHaveLength(0)
  }, 60_000)
})

// Test-only plugin: a later plugin that defers (451) messages whose subject says so,
// after outpost_limits counted them (priority 70, after the policy).
const TEMPFAIL_PLUGIN = `'use strict'
const { DENYSOFT } = require('haraka-constants')
exports.register = function () { this.register_hook('data_post', 'tempfail_marked', 70) }
exports.tempfail_marked = function (next, connection) {
  const txn = connection.transaction
  if (txn && /TEMPFAIL/.test(txn.header.get('Subject'))) return next(DENYSOFT, 'try again later')
  next()
}
`

describe('action = score, refunds after a later 4xx, admin lock and unlock', () => {
  let sink: Sink
  let haraka: HarakaProcess
  beforeAll(async () => {
    sink = await startSink()
    haraka = await startHaraka({
      files: {
        ...files(sink, '[main]\naction = score\nscore = 20\n[default]\nmessages_per_hour = 2\n'),
        'config/plugins': 'outpost_relay\noutpost_limits\noutpost_policy\ntest_tempfail\noutpost_quarantine\noutpost_route\n',
        'plugins/test_tempfail/package.json': '{ "name": "test_tempfail", "private": true, "main": "index.js" }',
        'plugins/test_tempfail/index.js': TEMPFAIL_PLUGIN,
      },
    })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  it('a message deferred after it was counted is not counted (the retry is not counted twice)', async () => {
    const c = await Client.open(haraka.port, '127.0.0.10')
    try {
      for (let i = 0; i < 3; i++) expect((await c.send('retry@corp.example', ['x@partner.example'], `TEMPFAIL ${i}`)).code).toBe(450)
      expect((await c.send('retry@corp.example', ['x@partner.example'], 'T ok 1')).code).toBe(250)
      expect((await c.send('retry@corp.example', ['x@partner.example'], 'T ok 2')).text).not.toMatch(/held/)
    } finally {
      await c.close()
    }
    await new Promise((r) => setTimeout(r, 1500))
    const shown = JSON.parse((await outpostCmd(haraka.dir, 'senders', 'show', 'retry@corp.example', '--json')).stdout)
    expect(shown.counts.messages_per_hour).toBe(2)
  }, 30_000)

  it('over a limit, the named symbol is added to the policy score (here enough to quarantine)', async () => {
    const c = await Client.open(haraka.port, '127.0.0.10')
    try {
      expect((await c.send('scored@corp.example', ['x@partner.example'], 'SC 1')).text).not.toMatch(/held/)
      expect((await c.send('scored@corp.example', ['x@partner.example'], 'SC 2')).text).not.toMatch(/held/)
      const third = await c.send('scored@corp.example', ['x@partner.example'], 'SC 3')
      expect(third.code).toBe(250)
      expect(third.text).toMatch(/held for review/)
    } finally {
      await c.close()
    }
    await haraka.waitForLog(/\[outpost_policy\] score=[\d.]+ threshold=8 spam=yes action=quarantine .*LIMIT_MESSAGES_PER_HOUR\(20 "id:scored@corp\.example messages_per_hour 3 > 2"\).* identity=scored@corp\.example\(envelope_sender\)/)
  }, 30_000)

  it('outpost senders lock holds all mail of a sender at once; unlock lets it through', async () => {
    const locked = await outpostCmd(haraka.dir, 'senders', 'lock', 'manual@corp.example', '--reason', 'password leaked')
    expect(locked.code).toBe(0)
    expect(locked.stdout).toMatch(/manual@corp\.example: locked by e2e-admin/)
    const c = await Client.open(haraka.port, '127.0.0.10')
    try {
      expect((await c.send('manual@corp.example', ['x@partner.example'], 'M 1')).text).toMatch(/held for review/)
      const shown = await outpostCmd(haraka.dir, 'senders', 'show', 'manual@corp.example')
      expect(shown.stdout).toMatch(/Locked:\s+since .* by e2e-admin: password leaked/)
      expect((await outpostCmd(haraka.dir, 'senders', 'unlock', 'manual@corp.example')).code).toBe(0)
      expect((await c.send('manual@corp.example', ['x@partner.example'], 'M 2')).text).not.toMatch(/held/)
    } finally {
      await c.close()
    }
    const table = await outpostCmd(haraka.dir, 'senders', 'list')
    expect(table.stdout).toMatch(/^SENDER\s+MSG\/H/m)
    expect(table.stdout).toMatch(/senders?, 0 locked/)
  }, 30_000)
})

describe('configuration', () => {
  it('a bad config/outpost_limits.ini stops start-up, naming file, line, section.key, value and what was expected', async () => {
    const sink = await startSink()
    try {
      const r = await runHarakaExpectFailure({ files: files(sink, '[main]\naction = hold\n[default]\nmessages_per_hour = lots\n') })
      expect(r.listened).toBe(false)
      expect(r.output).toContain('config/outpost_limits.ini:4: default.messages_per_hour = "lots": expected a whole number')
    } finally {
      await sink.close()
    }
  }, 30_000)
})

describe('spam verdicts count, also when the policy rejects them', () => {
  it('spam_per_10min: the second spam message (rejected by the policy) locks the sender', async () => {
    const sink = await startSink()
    const haraka = await startHaraka({
      files: {
        ...files(sink, '[main]\naction = hold\n[default]\nspam_per_10min = 1\n'),
        'config/outpost_policy.ini': '[main]\nthreshold = 8\naction = reject\n',
      },
    })
    const GTUBE = 'XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X'
    const c = await Client.open(haraka.port, '127.0.0.10')
    try {
      for (let i = 1; i <= 2; i++) {
        const r = await c.sendBody('spammy@corp.example', ['x@partner.example'], `SP ${i}`, `Hello\r\n${GTUBE}\r\n`)
        expect(r.code).toBe(550)
      }
      await haraka.waitForLog(/LOCKED id:spammy@corp\.example: spam_per_10min 2 > 1/)
      expect((await c.send('spammy@corp.example', ['x@partner.example'], 'SP ham')).text).toMatch(/held for review/)
    } finally {
      await c.close()
      await haraka.stop()
      await sink.close()
    }
  }, 40_000)
})
