// Per-sender statistics and the sent Message-ID memory, the same behaviour on
// both backends of haraka.ini [state]: memory (files) and a real Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectRedis, RedisSentLog, RedisStats } from '../../src/reputation/redis_store'
import { SentLog, SentMemory } from '../../src/reputation/sent_log'
import { addComplaints, DAY, HOUR, MemoryStats, readStatsFiles, seriesOf, StatsStore, StatsTable, summariseTable } from '../../src/reputation/stats'
import { startRedis, TestRedis } from '../helpers/redis'
import { makeTempDir } from '../helpers/temp_dirs'

const retention = { hourRetentionMs: 48 * HOUR, dayRetentionMs: 90 * DAY }
let redis: TestRedis

beforeAll(async () => {
  redis = await startRedis()
})
afterAll(async () => {
  await redis?.stop().catch(() => undefined)
})

interface Backend {
  stats: StatsStore
  sent: SentMemory
  read(): Promise<StatsTable>
  close(): Promise<void>
}

const backends: Record<string, () => Backend> = {
  memory: () => {
    const dir = makeTempDir('outpost-stats-')
    const stats = new MemoryStats(dir, retention, { flushMs: 60_000 })
    return {
      stats,
      sent: new SentLog(dir, { rememberMs: 7 * DAY, maxBytes: 1 << 20 }),
      read: async () => {
        await stats.flush()
        return readStatsFiles(dir) // what the outpost command reads
      },
      close: () => stats.close(),
    }
  },
  redis: () => {
    const client = connectRedis(redis.url)
    const prefix = `t${Math.random().toString(36).slice(2)}:`
    const stats = new RedisStats(client, retention, undefined, `${prefix}stats:`)
    return { stats, sent: new RedisSentLog(client, { rememberMs: 7 * DAY }, `${prefix}sent:`), read: () => stats.read(), close: async () => void (await client.quit()) }
  },
}

for (const [name, make] of Object.entries(backends)) {
  describe(`statistics on the ${name} backend`, () => {
    it('counts per identity and per domain in hour and day buckets, exactly', async () => {
      const b = make()
      const now = Date.now()
      const adds: Promise<void>[] = []
      for (let i = 0; i < 200; i++) adds.push(Promise.resolve(b.stats.add(['id:alice@example.org', 'domain:example.org'], { messages: 1, recipients: 3, spam: i % 10 === 0 ? 1 : 0 }, now)))
      adds.push(Promise.resolve(b.stats.add(['id:bob@example.org', 'domain:example.org'], { messages: 1, recipients: 1, quarantined: 1 }, now)))
      adds.push(Promise.resolve(b.stats.add(['id:alice@example.org', 'domain:example.org'], { failures: 2 }, now - 3 * HOUR)))
      await Promise.all(adds)
      const table = addComplaints(await b.read(), [{ at: now, identity: 'alice@example.org', domain: 'example.org', counted: true }])
      const { rows, granularity } = summariseTable(table, now - 24 * HOUR, retention, now)
      expect(granularity).toBe('hour')
      const row = (s: string) => rows.find((r) => r.subject === s)
      expect(row('id:alice@example.org')).toEqual({ subject: 'id:alice@example.org', messages: 200, recipients: 600, spam: 20, quarantined: 0, complaints: 1, failures: 2 })
      expect(row('id:bob@example.org')).toMatchObject({ messages: 1, quarantined: 1 })
      expect(row('domain:example.org')).toMatchObject({ messages: 201, recipients: 601, failures: 2 })
      // an hour ago only: the failures 3 hours back are outside
      expect(summariseTable(table, now - HOUR, retention, now).rows.find((r) => r.subject === 'id:alice@example.org')?.failures).toBe(0)
      // beyond the hourly retention: day buckets
      expect(summariseTable(table, now - 7 * DAY, retention, now)).toMatchObject({ granularity: 'day' })
      expect(seriesOf(table, 'id:alice@example.org', now - 24 * HOUR, retention, now).points.map((p) => p.messages)).toEqual([0, 200])
      await b.close()
    })

    it('remembers sent Message-IDs and counts messages per identity', async () => {
      const b = make()
      const now = Date.now()
      await b.sent.record({ messageId: 'x1@example.org', identity: 'carol', sender: 'carol@example.org', domain: 'example.org', at: now })
      await b.sent.record({ messageId: 'x2@example.org', identity: 'carol', sender: 'carol@example.org', domain: 'example.org', at: now })
      expect(await b.sent.lookup('x2@example.org', now)).toMatchObject({ identity: 'carol', sender: 'carol@example.org' })
      expect(await b.sent.lookup('x3@example.org', now)).toBeUndefined()
      expect(await b.sent.countSince('carol', now - HOUR)).toBe(2)
      await b.close()
    })
  })
}
