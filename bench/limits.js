#!/usr/bin/env node
// npm run bench:limits — a simulated hour of outbound mail through the
// sender-limit check (src/limits: the same subjects, limits and charge the
// outpost_limits plugin uses), on both state backends, side by side:
//   1,000 ordinary senders (BENCH_ORDINARY_MESSAGES each, 1-4 recipients,
//   spread over the hour) and one compromised account bursting BENCH_BURST
//   messages within ten minutes, with the shipped default limits and
//   action = hold.
// Prints how many of the burst got out before the lock, how many ordinary
// messages were wrongly held, and the per-message cost of the check (median,
// p99; wall time on a shared machine: compare the two columns, do not
// read them as absolutes). Redis: a redis-server started here on a free
// loopback port, or OUTPOST_BENCH_REDIS_URL.
'use strict'
const { spawn } = require('node:child_process')
const net = require('node:net')
const { MemoryState } = require('../dist/limits/memory_state')
const { RedisState } = require('../dist/limits/redis_state')
const { readLimitsConfig } = require('../dist/limits/config')
const { subjectsFor, chargeMode } = require('../dist/limits/check')
const { parseIni } = require('../dist/lib/ini')

const ORDINARY = Number(process.env.BENCH_ORDINARY || 1000)
const PER_SENDER = Number(process.env.BENCH_ORDINARY_MESSAGES || 20)
const BURST = Number(process.env.BENCH_BURST || 5000)
const HOUR = 3_600_000
const T0 = Date.UTC(2026, 11, 3, 9, 0, 0)

const cfg = readLimitsConfig(parseIni('[main]\naction = hold\n', 'config/outpost_limits.ini'))

// deterministic pseudo-random numbers, so both backends see the same hour
function rng(seed) {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

function workload() {
  const r = rng(12)
  const events = []
  const partners = Array.from({ length: 40 }, (_, i) => `partner${i}.example`)
  for (let u = 0; u < ORDINARY; u++) {
    for (let k = 0; k < PER_SENDER; k++) {
      const n = 1 + Math.floor(r() * 4)
      const rcpts = Array.from({ length: n }, (_, j) => `c${Math.floor(r() * 50)}.${j}@${partners[Math.floor(r() * partners.length)]}`)
      events.push({ t: T0 + Math.floor(r() * HOUR), identity: `user${u}@corp.example`, rcpts, burst: false })
    }
  }
  for (let k = 0; k < BURST; k++) {
    events.push({ t: T0 + 20 * 60_000 + Math.floor((k / BURST) * 10 * 60_000), identity: 'hijacked@corp.example', rcpts: [`victim${k}@mail${k % 150}.example`], burst: true })
  }
  return events.sort((a, b) => a.t - b.t)
}

async function simulate(state, events) {
  let burstOut = 0
  let burstHeld = 0
  let ordinaryHeld = 0
  let ordinaryOut = 0
  let lockedAt
  const times = []
  for (const e of events) {
    const facts = { identity: e.identity, senderDomain: 'corp.example', clientIp: '192.0.2.10', recipients: e.rcpts }
    const t = process.hrtime.bigint()
    const subjects = subjectsFor(cfg, facts, { messages: 1, recipients: e.rcpts.length }, true)
    const r = await state.charge({ now: e.t, subjects, mode: chargeMode(cfg.action), lockUntil: 0 })
    times.push(Number(process.hrtime.bigint() - t) / 1e6)
    const held = r.locked.length > 0 || r.newlyLocked.length > 0
    if (r.newlyLocked.length && e.burst) lockedAt = r.newlyLocked[0].lock
    if (e.burst && held) burstHeld++
    else if (e.burst) burstOut++
    else if (held) ordinaryHeld++
    else ordinaryOut++
  }
  times.sort((a, b) => a - b)
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))]
  return { burstOut, burstHeld, ordinaryOut, ordinaryHeld, lockedAt, median: q(0.5), p99: q(0.99), n: times.length }
}

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

async function redisServer() {
  if (process.env.OUTPOST_BENCH_REDIS_URL) return { url: process.env.OUTPOST_BENCH_REDIS_URL, stop: () => undefined }
  const port = await freePort()
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  await new Promise((r) => setTimeout(r, 300))
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') }
}

async function main() {
  const events = workload()
  console.log(`bench:limits — ${ORDINARY} ordinary senders x ${PER_SENDER} messages over one simulated hour, plus one compromised account bursting ${BURST} messages in 10 minutes`)
  console.log(`limits per identity (shipped defaults): messages_per_hour=${cfg.identity.messages_per_hour}, recipients_per_hour=${cfg.identity.recipients_per_hour}, recipient_domains_per_hour=${cfg.identity.recipient_domains_per_hour}, recipients_per_message=${cfg.identity.recipients_per_message}; action=hold`)
  const rows = []
  rows.push(['memory', await simulate(new MemoryState(), events)])
  const server = await redisServer()
  const redis = new RedisState({ url: server.url, prefix: `bench${Date.now()}:` })
  try {
    await redis.ready(5000)
    rows.push(['redis', await simulate(redis, events)])
  } catch (err) {
    console.log(`redis: not measured (${err.message})`)
  } finally {
    await redis.close()
    server.stop()
  }
  console.log('')
  console.log('backend  messages  burst out before lock  burst held  ordinary delivered  ordinary wrongly held  lock (limit)                check median  check p99')
  for (const [name, r] of rows) {
    console.log(
      `${name.padEnd(9)}${String(r.n).padEnd(10)}${String(r.burstOut).padEnd(23)}${String(r.burstHeld).padEnd(12)}${String(r.ordinaryOut).padEnd(20)}${String(r.ordinaryHeld).padEnd(23)}` +
        `${(r.lockedAt ? `${r.lockedAt.limit} ${r.lockedAt.value}>${r.lockedAt.max}` : 'none').padEnd(28)}${r.median.toFixed(4)} ms   ${r.p99.toFixed(4)} ms`,
    )
  }
  if (rows.length === 2) console.log(`\nredis/memory median cost ratio: ${(rows[1][1].median / rows[0][1].median).toFixed(1)}x (targets: memory < 0.2 ms, redis < 1 ms on loopback)`)
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
