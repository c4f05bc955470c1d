// Observability end to end: haraka.ini [metrics] listen serves Prometheus
// metrics whose counters move as mail flows; each message's verdict is one
// structured log line (JSON fields under log.ini format=json); a sender domain
// without a DKIM key is one WARN, not an ERROR per message.
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, HarakaProcess, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'
import { GTUBE, outpost, waitFor } from './quarantine_fixtures'

const CLIENT = '127.0.0.15'
const STRANGER = '127.0.0.99'

function scrape(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/metrics' }, (res) => {
        let body = ''
        res.setEncoding('utf8').on('data', (d) => (body += d))
        res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`HTTP ${res.statusCode}`))))
      })
      .on('error', reject)
  })
}

function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '))
  return line === undefined ? NaN : Number(line.slice(series.length + 1))
}

function records(logs: string): Array<Record<string, any>> {
  const out: Array<Record<string, any>> = []
  for (const line of logs.split('\n')) {
    const i = line.indexOf('{')
    if (i < 0) continue
    try {
      out.push(JSON.parse(line.slice(i)))
    } catch {
      /* not a JSON record */
    }
  }
  return out
}

describe('metrics endpoint, verdict lines, DKIM log levels', () => {
  let sink: Sink
  let haraka: HarakaProcess
  let metricsPort: number
  /** refusals before the tests: the harness' readiness probes come from 127.0.0.1, which is not trusted here */
  let refusedBefore = 0
  const send = (from: string, to: string, body: string, localAddress = CLIENT) =>
    sendMessage({ port: haraka.port, localAddress, from, to: [to], raw: makeMessage({ from, to, body }) })

  beforeAll(async () => {
    sink = await startSink()
    metricsPort = await freePort()
    haraka = await startHaraka({
      files: {
        'config/log.ini': '[main]\nlevel=info\nformat=json\ntimestamps=true\n',
        'config/plugins': 'outpost_relay\noutpost_policy\noutpost_quarantine\noutpost_route\noutpost_dkim\n',
        'config/outpost_relay.ini': `[trusted_networks]\n${CLIENT}/32 = office\n`,
        'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`,
        'haraka.ini': `[metrics]\nlisten = 127.0.0.1:${metricsPort}\n`,
      },
    })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  it('answers on loopback with every counter at 0 before any mail', async () => {
    const m = await scrape(metricsPort)
    expect(value(m, 'outpost_messages_relayed_total')).toBe(0)
    expect(value(m, 'outpost_messages_quarantined_total')).toBe(0)
    refusedBefore = value(m, 'outpost_messages_refused_total{reason="untrusted"}')
    expect(refusedBefore).toBeGreaterThanOrEqual(0)
    expect(value(m, 'outpost_messages_refused_total{reason="policy"}')).toBe(0)
    expect(m).toContain('# TYPE outpost_message_score histogram')
    expect(value(m, 'outpost_queue_messages')).toBe(0)
  })

  it('counters, the score histogram, stage latencies and sizes move as mail flows', async () => {
    expect((await send('alice@corp.example', 'bob@partner.example', 'Minutes attached.\r\n')).final.code).toBe(250)
    expect((await send('alice@corp.example', 'dan@partner.example', 'Agenda for Monday.\r\n')).final.code).toBe(250)
    const spam = await send('alice@corp.example', 'carol@partner.example', `${GTUBE}\r\n`)
    expect(spam.final.code).toBe(250)
    const refused = await send('eve@elsewhere.example', 'bob@partner.example', 'hi\r\n', STRANGER)
    expect(refused.final.code).toBeGreaterThanOrEqual(500)
    await sink.waitForMessages(2)

    const m = await waitFor('the deliveries counted', async () => {
      const t = await scrape(metricsPort)
      return value(t, 'outpost_messages_delivered_total') >= 2 ? t : undefined
    })
    expect(value(m, 'outpost_messages_relayed_total')).toBe(2)
    expect(value(m, 'outpost_messages_scored_total{action="pass"}')).toBe(2)
    expect(value(m, 'outpost_messages_scored_total{action="quarantine"}')).toBe(1)
    expect(value(m, 'outpost_messages_quarantined_total')).toBe(1)
    expect(value(m, 'outpost_messages_refused_total{reason="untrusted"}')).toBe(refusedBefore + 1)
    expect(value(m, 'outpost_message_score_count')).toBe(3)
    expect(value(m, 'outpost_message_score_bucket{le="+Inf"}')).toBe(3)
    expect(value(m, 'outpost_message_score_bucket{le="8"}')).toBe(2)
    expect(value(m, 'outpost_stage_duration_seconds_count{stage="score"}')).toBe(3)
    expect(value(m, 'outpost_stage_duration_seconds_count{stage="queue"}')).toBe(2)
    expect(value(m, 'outpost_stage_duration_seconds_count{stage="quarantine"}')).toBe(1)
    expect(value(m, 'outpost_quarantine_entries')).toBe(1)

    const id = /held for review as (\S+)/.exec(spam.final.text)![1]
    expect((await outpost(haraka.dir, 'release', id)).code).toBe(0)
    const after = await waitFor('the release counted and delivered', async () => {
      const t = await scrape(metricsPort)
      return value(t, 'outpost_messages_released_total') === 1 && value(t, 'outpost_messages_delivered_total') >= 3 ? t : undefined
    }, 30_000)
    expect(value(after, 'outpost_messages_released_total')).toBe(1)
  })

  it('logs one structured verdict line per message, with its queue or quarantine id', () => {
    const verdicts = records(haraka.logs()).filter((r) => r.message === 'verdict')
    const held = verdicts.filter((r) => r.action === 'quarantine')
    expect(held).toHaveLength(1)
    expect(held[0]).toMatchObject({ origin: 'outpost_quarantine', reply: 250, mail_from: 'alice@corp.example', rcpt_count: 1, spam: true, policy: 'main', client: CLIENT })
    expect(held[0].quarantine_id).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{12}$/)
    expect(held[0].score).toBeGreaterThanOrEqual(8)
    const passed = verdicts.filter((r) => r.action === 'pass')
    expect(passed).toHaveLength(2)
    for (const p of passed) {
      expect(p).toMatchObject({ origin: 'outpost_route', reply: 250, rcpt_count: 1, spam: false, threshold: 8 })
      expect(p.queue_id).toBe(p.transaction)
      expect(typeof p.score).toBe('number')
    }
  })

  it('a sender domain without a DKIM key: one WARN for the domain, no ERROR per message', () => {
    const recs = records(haraka.logs())
    const warns = recs.filter((r) => /no DKIM key for corp\.example/.test(r.message))
    expect(warns).toHaveLength(1)
    expect(warns[0].level).toBe('WARN')
    expect(recs.filter((r) => r.level === 'ERROR' && /DKIM/i.test(r.message))).toEqual([])
  })
})
