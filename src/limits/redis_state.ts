// The Redis backend: counters and locks shared by every gateway that points
// at the same Redis. Each operation is one Lua script, so it is atomic across
// gateways (the check and the increment cannot interleave with another
// gateway's). Keys expire with their longest window; locks have no TTL (a
// lock_timeout is checked, and the lock lifted, by the scripts).
//
// Layout (PREFIX = outpost:limits:):
//   PREFIX s:SUBJECT:c          hash  "limit:bucket" -> count
//   PREFIX s:SUBJECT:d:LIMIT    zset  recipient domain -> last seen (ms)
//   PREFIX s:SUBJECT:lock       string JSON LockInfo
//   PREFIX subjects             zset  subject -> last counted (ms), for listing
//   PREFIX locks                set   locked subjects, for listing
// Keys are built inside the scripts, so this needs one Redis (or a primary
// with replicas), not Redis Cluster.
import Redis from 'ioredis'
import { COUNTER_LIMITS, COUNTERS, DISTINCT_LIMITS, DISTINCT_WINDOW_MS, LONGEST_WINDOW_MS } from './windows'
import { redactRedisUrl } from './redis_url'
import { ChargeRequest, ChargeResult, LimitState, LockInfo, Refund, StateUnavailableError, SubjectView } from './state'

export const REDIS_PREFIX = 'outpost:limits:'

const WINDOWS = JSON.stringify({
  counters: COUNTER_LIMITS.map((name) => ({ name, bucketMs: COUNTERS[name].bucketMs, buckets: COUNTERS[name].buckets, counts: COUNTERS[name].counts })),
  distinct: DISTINCT_LIMITS.map((name) => ({ name, windowMs: DISTINCT_WINDOW_MS[name] })),
  longest: LONGEST_WINDOW_MS,
})

// ARGV[1] prefix, ARGV[2] windows (JSON), ARGV[3] request (JSON)
const COMMON = `
local P = ARGV[1]
local W = cjson.decode(ARGV[2])
local R = cjson.decode(ARGV[3])
local now = tonumber(R.now)
local function sk(key) return P .. 's:' .. key end
local function clear(key)
  redis.call('DEL', sk(key) .. ':c', sk(key) .. ':lock')
  for _, d in ipairs(W.distinct) do redis.call('DEL', sk(key) .. ':d:' .. d.name) end
  redis.call('SREM', P .. 'locks', key)
  redis.call('ZREM', P .. 'subjects', key)
end
local function activeLock(key)
  local raw = redis.call('GET', sk(key) .. ':lock')
  if not raw then return nil end
  local lock = cjson.decode(raw)
  local u = tonumber(lock['until']) or 0
  if u > 0 and u <= now then
    clear(key)
    return nil
  end
  return lock
end
local function counterValue(key, c)
  local idx = math.floor(now / c.bucketMs)
  local fields = {}
  for b = idx - c.buckets + 1, idx do fields[#fields + 1] = c.name .. ':' .. b end
  local vals = redis.call('HMGET', sk(key) .. ':c', unpack(fields))
  local sum = 0
  for _, v in ipairs(vals) do if v then sum = sum + tonumber(v) end end
  return sum
end
local function distinctKey(key, d) return sk(key) .. ':d:' .. d.name end
local function distinctCount(key, d)
  redis.call('ZREMRANGEBYSCORE', distinctKey(key, d), '-inf', now - d.windowMs)
  return redis.call('ZCARD', distinctKey(key, d))
end
local function view(key)
  local lock = activeLock(key)
  local counts = {}
  local any = false
  for _, c in ipairs(W.counters) do
    local v = counterValue(key, c)
    if v > 0 then any = true end
    counts[c.name] = v
  end
  for _, d in ipairs(W.distinct) do
    local v = distinctCount(key, d)
    if v > 0 then any = true end
    counts[d.name] = v
  end
  if not any and not lock then return nil end
  local out = { key = key, counts = counts, seen = tonumber(redis.call('ZSCORE', P .. 'subjects', key) or 0) }
  if lock then out.lock = lock end
  return out
end
`

const CHARGE = `${COMMON}
local result = { locked = {}, exceeded = {}, newlyLocked = {}, counted = false, counts = {} }
local over = {}
for _, s in ipairs(R.subjects) do
  local lock = activeLock(s.key)
  if lock then result.locked[#result.locked + 1] = { key = s.key, lock = lock } end
  local counts = {}
  local limits = s.limits or {}
  local add = s.add or {}
  for _, c in ipairs(W.counters) do
    local value = counterValue(s.key, c) + (tonumber(add[c.counts]) or 0)
    counts[c.name] = value
    local max = tonumber(limits[c.name]) or 0
    if max > 0 and value > max then
      result.exceeded[#result.exceeded + 1] = { key = s.key, limit = c.name, value = value, max = max }
      over[s.key] = over[s.key] or result.exceeded[#result.exceeded]
    end
  end
  for _, d in ipairs(W.distinct) do
    local value = distinctCount(s.key, d)
    local seen = {}
    for _, dom in ipairs(s.domains or {}) do
      if not seen[dom] then
        seen[dom] = true
        if not redis.call('ZSCORE', distinctKey(s.key, d), dom) then value = value + 1 end
      end
    end
    counts[d.name] = value
    local max = tonumber(limits[d.name]) or 0
    if max > 0 and value > max then
      result.exceeded[#result.exceeded + 1] = { key = s.key, limit = d.name, value = value, max = max }
      over[s.key] = over[s.key] or result.exceeded[#result.exceeded]
    end
  end
  if s.forced then
    counts[s.forced.limit] = s.forced.value
    result.exceeded[#result.exceeded + 1] = { key = s.key, limit = s.forced.limit, value = s.forced.value, max = s.forced.max }
    over[s.key] = over[s.key] or result.exceeded[#result.exceeded]
  end
  result.counts[s.key] = counts
end
if R.mode == 'refuse' and #result.exceeded > 0 and #result.locked == 0 then
  return cjson.encode(result)
end
for _, s in ipairs(R.subjects) do
  local add = s.add or {}
  for _, c in ipairs(W.counters) do
    local n = tonumber(add[c.counts]) or 0
    if n ~= 0 then
      local idx = math.floor(now / c.bucketMs)
      redis.call('HINCRBY', sk(s.key) .. ':c', c.name .. ':' .. idx, n)
      local old = {}
      for b = idx - 2 * c.buckets + 1, idx - c.buckets do old[#old + 1] = c.name .. ':' .. b end
      redis.call('HDEL', sk(s.key) .. ':c', unpack(old))
    end
  end
  redis.call('PEXPIRE', sk(s.key) .. ':c', W.longest + 3600000)
  if s.domains and #s.domains > 0 then
    for _, d in ipairs(W.distinct) do
      for _, dom in ipairs(s.domains) do redis.call('ZADD', distinctKey(s.key, d), now, dom) end
      redis.call('PEXPIRE', distinctKey(s.key, d), d.windowMs + 60000)
    end
  end
  redis.call('ZADD', P .. 'subjects', now, s.key)
  if R.mode == 'lock' and over[s.key] and redis.call('EXISTS', sk(s.key) .. ':lock') == 0 then
    local e = over[s.key]
    local lock = { since = now, ['until'] = tonumber(R.lockUntil) or 0, by = 'gateway', reason = R.reason or (e.limit .. ' ' .. e.value .. ' > ' .. e.max), limit = e.limit, value = e.value, max = e.max }
    redis.call('SET', sk(s.key) .. ':lock', cjson.encode(lock))
    redis.call('SADD', P .. 'locks', s.key)
    result.newlyLocked[#result.newlyLocked + 1] = { key = s.key, lock = lock }
  end
end
result.counted = true
return cjson.encode(result)
`

const REFUND = `${COMMON}
for _, s in ipairs(R.subjects) do
  for _, c in ipairs(W.counters) do
    local n = tonumber((s.add or {})[c.counts]) or 0
    if n ~= 0 then
      local field = c.name .. ':' .. math.floor(now / c.bucketMs)
      local left = redis.call('HINCRBY', sk(s.key) .. ':c', field, -n)
      if left <= 0 then redis.call('HDEL', sk(s.key) .. ':c', field) end
    end
  end
end
return 1
`

const LOCK = `${COMMON}
if activeLock(R.key) then return 0 end
redis.call('SET', sk(R.key) .. ':lock', cjson.encode(R.lock))
redis.call('SADD', P .. 'locks', R.key)
redis.call('ZADD', P .. 'subjects', now, R.key)
return 1
`

const UNLOCK = `${COMMON}
local had = activeLock(R.key) ~= nil
clear(R.key)
if had then return 1 end
return 0
`

const VIEW = `${COMMON}
local out = {}
local keys = R.keys
if R.all then
  redis.call('ZREMRANGEBYSCORE', P .. 'subjects', '-inf', now - W.longest)
  keys = redis.call('ZRANGE', P .. 'subjects', 0, -1)
  for _, k in ipairs(redis.call('SMEMBERS', P .. 'locks')) do keys[#keys + 1] = k end
end
local done = {}
for _, k in ipairs(keys) do
  if not done[k] then
    done[k] = true
    local v = view(k)
    if v then out[#out + 1] = v end
  end
end
if #out == 0 then return '[]' end
return cjson.encode(out)
`

type ScriptName = 'outpostCharge' | 'outpostRefund' | 'outpostLock' | 'outpostUnlock' | 'outpostView'
type Scripted = Redis & Record<ScriptName, (prefix: string, windows: string, req: string) => Promise<string | number>>

const arr = <T>(x: unknown): T[] => (Array.isArray(x) ? (x as T[]) : [])

export interface RedisStateOptions {
  url: string
  prefix?: string
  /** how long one command may take before the gateway answers 451 (default 2s) */
  commandTimeoutMs?: number
  log?: { info(m: string): void; error(m: string): void }
}

export { redisUrlProblem, redactRedisUrl } from './redis_url'

export class RedisState implements LimitState {
  readonly backend = 'redis' as const
  private readonly client: Scripted
  private readonly prefix: string
  private down = false

  constructor(private readonly opts: RedisStateOptions) {
    this.prefix = opts.prefix ?? REDIS_PREFIX
    const client = new Redis(opts.url, {
      // a command while disconnected fails at once (the gateway answers 451) instead of waiting in a queue
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: opts.commandTimeoutMs ?? 2000,
      connectTimeout: 2000,
      // reconnect for ever, at most every 2 s: the gateway recovers by itself when Redis returns
      retryStrategy: (times) => Math.min(100 * times, 2000),
      lazyConnect: false,
    }) as Scripted
    const where = redactRedisUrl(opts.url)
    client.on('error', (err: Error) => {
      if (this.down) return
      this.down = true
      opts.log?.error(`state backend redis ${where} unreachable (${err.message}): mail that must be counted is deferred (451) until it returns`)
    })
    client.on('ready', () => {
      if (this.down) opts.log?.info(`state backend redis ${where} reachable again: counting resumed`)
      this.down = false
    })
    client.on('close', () => {
      if (!this.down && client.status !== 'end') {
        this.down = true
        opts.log?.error(`state backend redis ${where}: connection lost; mail that must be counted is deferred (451) until it returns`)
      }
    })
    const define = (name: ScriptName, lua: string): void => client.defineCommand(name, { numberOfKeys: 0, lua })
    define('outpostCharge', CHARGE)
    define('outpostRefund', REFUND)
    define('outpostLock', LOCK)
    define('outpostUnlock', UNLOCK)
    define('outpostView', VIEW)
    this.client = client
  }

  /** Resolves once connected (or rejects after timeoutMs): for start-up and the outpost command. */
  ready(timeoutMs = 5000): Promise<void> {
    if (this.client.status === 'ready') return Promise.resolve()
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup()
        reject(new StateUnavailableError(`redis ${redactRedisUrl(this.opts.url)} not reachable within ${timeoutMs} ms`))
      }, timeoutMs)
      const onReady = (): void => {
        cleanup()
        resolve()
      }
      const cleanup = (): void => {
        clearTimeout(timer)
        this.client.off('ready', onReady)
      }
      this.client.on('ready', onReady)
    })
  }

  get connected(): boolean {
    return this.client.status === 'ready'
  }

  private async run(name: ScriptName, req: unknown): Promise<string | number> {
    try {
      return await this.client[name](this.prefix, WINDOWS, JSON.stringify(req))
    } catch (err) {
      throw new StateUnavailableError(`redis: ${(err as Error).message}`)
    }
  }

  async charge(req: ChargeRequest): Promise<ChargeResult> {
    const r = JSON.parse(String(await this.run('outpostCharge', req)))
    return { locked: arr(r.locked), exceeded: arr(r.exceeded), newlyLocked: arr(r.newlyLocked), counted: Boolean(r.counted), counts: Array.isArray(r.counts) ? {} : r.counts }
  }

  async refund(refund: Refund): Promise<void> {
    await this.run('outpostRefund', refund)
  }

  async lock(key: string, lock: LockInfo): Promise<boolean> {
    return Number(await this.run('outpostLock', { now: lock.since, key, lock })) === 1
  }

  async unlock(key: string, now: number): Promise<boolean> {
    return Number(await this.run('outpostUnlock', { now, key })) === 1
  }

  private async views(req: { now: number; keys?: string[]; all?: boolean }): Promise<SubjectView[]> {
    const out = arr<SubjectView & { lock?: LockInfo | unknown[] }>(JSON.parse(String(await this.run('outpostView', { keys: [], ...req }))))
    return out.map((v) => ({ ...v, counts: Array.isArray(v.counts) ? {} : v.counts }))
  }

  async get(key: string, now: number): Promise<SubjectView | undefined> {
    return (await this.views({ now, keys: [key] }))[0]
  }

  async list(now: number): Promise<SubjectView[]> {
    return (await this.views({ now, all: true })).sort((a, b) => (a.key < b.key ? -1 : 1))
  }

  async close(): Promise<void> {
    this.client.disconnect()
  }
}
