// haraka.ini [state] backend = redis: the per-sender statistics and the
// memory of sent Message-IDs in the Redis the sender limits use, so that
// several gateways behind one address show one set of statistics, and a
// complaint that reaches gateway B about a message gateway A sent is still
// attributed.
//
// Layout (one key per time bucket, so expiry bounds everything):
//   outpost:stats:h:HOUR   hash "SUBJECT\tFIELD" -> count   expires after stats_hourly
//   outpost:stats:d:DAY    hash "SUBJECT\tFIELD" -> count   expires after stats_daily
//   outpost:sent:m:HOUR    hash Message-ID -> JSON record   expires after remember_sent
//   outpost:sent:c:HOUR    hash identity -> messages        expires after remember_sent
// Increments are HINCRBY in one MULTI per message: atomic and exact under
// concurrency, no read-modify-write.
import Redis from 'ioredis'
import { redactRedisUrl } from '../limits/redis_state'
import type { SentMemory, SentRecord } from './sent_log'
import { Counts, DAY, HOUR, StatsRetention, StatsStore, StatsTable } from './stats'

export const STATS_PREFIX = 'outpost:stats:'
export const SENT_PREFIX = 'outpost:sent:'

export interface RedisLog {
  info(msg: string): void
  error(msg: string): void
}

export function connectRedis(url: string, log?: RedisLog): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: true,
    maxRetriesPerRequest: 1,
    commandTimeout: 5000,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(100 * times, 2000),
  })
  let down = false
  client.on('error', (err: Error) => {
    if (down) return
    down = true
    log?.error(`reputation state on redis ${redactRedisUrl(url)} unreachable (${err.message}): statistics and sent Message-IDs are not recorded until it returns`)
  })
  client.on('ready', () => {
    if (down) log?.info(`reputation state on redis ${redactRedisUrl(url)} reachable again`)
    down = false
  })
  return client
}

export class RedisStats implements StatsStore {
  constructor(
    private readonly client: Redis,
    private retention: StatsRetention,
    private readonly log?: RedisLog,
    private readonly prefix = STATS_PREFIX,
  ) {}

  setRetention(retention: StatsRetention): void {
    this.retention = retention
  }

  add(subjects: string[], counts: Counts, now = Date.now()): Promise<void> {
    const h = `${this.prefix}h:${Math.floor(now / HOUR)}`
    const d = `${this.prefix}d:${Math.floor(now / DAY)}`
    const m = this.client.multi()
    for (const s of subjects) {
      for (const [field, n] of Object.entries(counts)) {
        if (!n) continue
        m.hincrby(h, `${s}\t${field}`, n)
        m.hincrby(d, `${s}\t${field}`, n)
      }
    }
    m.pexpire(h, this.retention.hourRetentionMs + HOUR)
    m.pexpire(d, this.retention.dayRetentionMs + DAY)
    return m.exec().then(
      () => undefined,
      (err: Error) => this.log?.error(`statistics not recorded: ${err.message}`),
    )
  }

  async read(now = Date.now()): Promise<StatsTable> {
    const keys: Array<[string, string]> = []
    for (let h = Math.floor((now - this.retention.hourRetentionMs) / HOUR); h <= Math.floor(now / HOUR); h++) keys.push([`${this.prefix}h:${h}`, `h${h}`])
    for (let d = Math.floor((now - this.retention.dayRetentionMs) / DAY); d <= Math.floor(now / DAY); d++) keys.push([`${this.prefix}d:${d}`, `d${d}`])
    const p = this.client.pipeline()
    for (const [k] of keys) p.hgetall(k)
    const res = (await p.exec()) ?? []
    const table: StatsTable = {}
    res.forEach(([err, value], i) => {
      if (err) throw err
      for (const [f, v] of Object.entries((value ?? {}) as Record<string, string>)) {
        const tab = f.lastIndexOf('\t')
        const subject = f.slice(0, tab)
        const field = f.slice(tab + 1) as keyof Counts
        const b = ((table[subject] ??= {})[keys[i][1]] ??= {})
        b[field] = (b[field] ?? 0) + Number(v)
      }
    })
    return table
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {}
}

export class RedisSentLog implements SentMemory {
  constructor(
    private readonly client: Redis,
    private readonly opts: { rememberMs: number },
    private readonly prefix = SENT_PREFIX,
  ) {}

  async record(r: SentRecord): Promise<void> {
    const hour = Math.floor(r.at / HOUR)
    const ttl = this.opts.rememberMs + HOUR
    await this.client
      .multi()
      .hset(`${this.prefix}m:${hour}`, r.messageId, JSON.stringify(r))
      .pexpire(`${this.prefix}m:${hour}`, ttl)
      .hincrby(`${this.prefix}c:${hour}`, r.identity, 1)
      .pexpire(`${this.prefix}c:${hour}`, ttl)
      .exec()
  }

  private hours(since: number, now: number): number[] {
    const out: number[] = []
    for (let h = Math.floor(now / HOUR); h >= Math.floor(since / HOUR); h--) out.push(h)
    return out
  }

  async lookup(messageId: string, now = Date.now()): Promise<SentRecord | undefined> {
    const oldest = now - this.opts.rememberMs
    const hours = this.hours(oldest, now)
    const p = this.client.pipeline()
    for (const h of hours) p.hget(`${this.prefix}m:${h}`, messageId)
    const res = (await p.exec()) ?? []
    for (const [err, value] of res) {
      if (err) throw err
      if (typeof value !== 'string') continue
      const rec = JSON.parse(value) as SentRecord
      if (rec.at >= oldest) return rec
    }
    return undefined
  }

  async countSince(identity: string, since: number, now = Date.now()): Promise<number> {
    const p = this.client.pipeline()
    for (const h of this.hours(Math.max(since, now - this.opts.rememberMs), now)) p.hget(`${this.prefix}c:${h}`, identity)
    let n = 0
    for (const [err, value] of (await p.exec()) ?? []) {
      if (err) throw err
      n += Number(value ?? 0)
    }
    return n
  }

  /** Redis expires the hours itself. */
  async prune(): Promise<number> {
    return 0
  }
}
