#!/usr/bin/env node
// npm run bench:quarantine — quarantine write throughput, and list/filter time
// at 100,000 entries (through the real `outpost quarantine` command).
//
//   BENCH_ENTRIES=100000   how many entries to list/filter over
//   BENCH_WRITES=3000      how many durable writes to time for throughput
//   BENCH_FAST_FILL=1      fill the rest without fsync (faster; the figures printed say so)
'use strict'
const { execFileSync } = require('node:child_process')
const crypto = require('node:crypto')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { QuarantineStore } = require('../dist/quarantine/store')

const ENTRIES = Number(process.env.BENCH_ENTRIES || 100_000)
const WRITES = Number(process.env.BENCH_WRITES || 3000)
const FAST_FILL = process.env.BENCH_FAST_FILL === '1'
const OUTPOST = path.join(__dirname, '..', 'bin', 'outpost')

const domains = Array.from({ length: 200 }, (_, i) => `corp${i}.example`)
const pick = (a) => a[Math.floor(Math.random() * a.length)]

function message(i) {
  const body = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(60) // ~3.5 KB
  return Buffer.from(
    `Received: from client.corp.example ([10.0.0.5]) by gateway\r\nFrom: user${i}@x\r\nTo: r@y\r\nSubject: offer ${i}\r\n` +
      `Message-ID: <${i}.${crypto.randomBytes(4).toString('hex')}@bench>\r\n\r\n${body}\r\n`,
  )
}

function input(i) {
  const from = `user${i % 5000}@${pick(domains)}`
  return {
    mail_from: from,
    rcpt_to: [`r${i % 977}@${pick(domains)}`, ...(i % 3 === 0 ? [`cc${i % 31}@partner.example`] : [])],
    client: { ip: `10.0.${i % 250}.${i % 200}`, description: 'bench office' },
    auth_user: i % 2 ? from : undefined,
    score: Math.round(Math.random() * 300) / 10,
    threshold: 8,
    symbols: [{ name: 'BENCH', score: 9, evidence: 'x' }],
    reason: 'bench',
    subject: `offer ${i}`,
  }
}

async function fill(store, from, to, concurrency, spreadMs) {
  let next = from
  const now = Date.now()
  async function worker() {
    for (;;) {
      const i = next++
      if (i >= to) return
      await store.store(input(i), message(i), new Date(now - Math.floor(Math.random() * spreadMs)))
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

function timeCli(dir, args) {
  const runs = []
  let out = ''
  for (let k = 0; k < 3; k++) {
    const t = process.hrtime.bigint()
    out = execFileSync(process.execPath, [OUTPOST, '-c', dir, 'quarantine', ...args], { maxBuffer: 1 << 30, env: { ...process.env, HARAKA: '' } })
    runs.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  runs.sort((a, b) => a - b)
  const n = args.includes('--json') ? JSON.parse(out).length : undefined
  return { ms: runs[1], n }
}

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'outpost-bench-q-'))
  fs.writeFileSync(path.join(root, 'haraka.ini'), '[quarantine]\ndir = q\n')
  const qdir = path.join(root, 'q')
  const durable = new QuarantineStore(qdir)
  console.log(`quarantine benchmark in ${qdir} (${os.cpus().length} CPUs, Node ${process.version})`)

  for (const concurrency of [1, 16]) {
    const n = concurrency === 1 ? Math.min(WRITES, 1000) : WRITES
    const t = process.hrtime.bigint()
    await fill(durable, 0, n, concurrency, 30 * 86_400_000)
    const s = Number(process.hrtime.bigint() - t) / 1e9
    console.log(`write, durable (fsync file + rename + fsync dir), ${concurrency} at a time: ${n} messages of ~3.7 KB in ${s.toFixed(2)} s = ${Math.round(n / s)} msg/s (${((s / n) * 1000).toFixed(2)} ms each)`)
  }

  const have = (await durable.list()).entries.length
  const rest = ENTRIES - have
  if (rest > 0) {
    const filler = FAST_FILL ? new QuarantineStore(qdir, { durable: false }) : durable
    const t = process.hrtime.bigint()
    await fill(filler, have, ENTRIES, 32, 30 * 86_400_000)
    const s = Number(process.hrtime.bigint() - t) / 1e9
    console.log(`filled to ${ENTRIES} entries (${rest} more, ${FAST_FILL ? 'without fsync' : 'durable'}, 32 at a time) in ${s.toFixed(1)} s = ${Math.round(rest / s)} msg/s`)
  }

  // in-process: the store's list (readdir + index) without Node start-up and output
  for (let k = 0; k < 2; k++) {
    const t = process.hrtime.bigint()
    const r = await new QuarantineStore(qdir).list()
    console.log(`store.list(), ${r.entries.length} entries: ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms`)
  }

  const cases = [
    ['list (table)', ['list']],
    ['list --json', ['list', '--json']],
    ['list --sender user42@*', ['list', '--sender', 'user42@*', '--json']],
    ['list --recipient *@partner.example', ['list', '--recipient', '*@partner.example', '--json']],
    ['list --domain corp7.example', ['list', '--domain', 'corp7.example', '--json']],
    ['list --since 7d --min-score 25', ['list', '--since', '7d', '--min-score', '25', '--json']],
    ['list --until 20d --state held', ['list', '--until', '20d', '--state', 'held', '--json']],
  ]
  console.log(`\noutpost quarantine at ${ENTRIES} entries (the whole command: Node start-up, index read, filter, output; median of 3):`)
  for (const [label, args] of cases) {
    const { ms, n } = timeCli(root, args)
    console.log(`  ${label.padEnd(40)} ${ms.toFixed(0).padStart(5)} ms${n === undefined ? '' : `  (${n} entries)`}`)
  }

  fs.unlinkSync(path.join(qdir, 'index.jsonl'))
  const t = process.hrtime.bigint()
  const r = await new QuarantineStore(qdir).list()
  console.log(`\nindex lost: rebuilt from ${r.entries.length} stored ID.json files in ${(Number(process.hrtime.bigint() - t) / 1e3 / 1e3).toFixed(0)} ms`)
  const after = timeCli(root, ['list', '--json'])
  console.log(`  list --json after the rebuild: ${after.ms.toFixed(0)} ms`)

  if (!process.env.BENCH_KEEP) fs.rmSync(root, { recursive: true, force: true })
  else console.log(`kept ${root}`)
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
