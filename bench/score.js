#!/usr/bin/env node
// npm run bench:score — scoring speed of the built-in engine over the public
// corpus, in one process, one message at a time (as the plugin scores them).
// Prints messages per second and p50/p99/max milliseconds per message, both
// wall-clock and CPU time of this process (the latter is what one core spends
// and is not inflated when other processes compete for the CPUs).
//   node bench/score.js [--rounds N] [--mail DIR ...]   (BENCH_TIER_UP=1: without node's --no-regexp-tier-up)
//   --rounds: default 3; the first warms up and is not counted
//   --mail: score the messages under these directories (as `outpost eval` reads them: every file, recursively,
//           but dot files and .json, .tsv and .md files) instead of the public corpus: the modern sets (../corpus-dev, ../synth) are larger and
//           more often HTML than the 2002 corpus
'use strict'
const { createEngine } = require('../dist/engine/index.js')
const { DEFAULT_ENGINE_SETTINGS } = require('../dist/engine/settings.js')
const { corpusMessages } = require('../dist/tools/corpus.js')
const { listMessageFiles, readMessageFile } = require('../dist/cli/mail_files.js')

// Scored as the service scores: Haraka is started with node's --no-regexp-tier-up (npm start, the systemd unit;
// src/engine/regexp_compile.ts), so this script runs itself again with it. BENCH_TIER_UP=1 measures without it.
const { REGEXP_FLAG, startedWithRegExpFlag } = require('../dist/engine/regexp_compile.js')
const tierUp = process.env.BENCH_TIER_UP === '1'
if (!tierUp && !startedWithRegExpFlag()) {
  const run = require('node:child_process').spawnSync(process.execPath, [REGEXP_FLAG, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' })
  process.exit(run.status ?? 1)
}

async function main() {
  const m = process.argv.indexOf('--mail')
  const dirs = []
  for (let k = m + 1; m > 0 && k < process.argv.length && !process.argv[k].startsWith('--'); k++) dirs.push(process.argv[k])
  if (m > 0 && dirs.length === 0) {
    console.error('--mail takes one or more directories')
    process.exit(2)
  }
  const i = process.argv.indexOf('--rounds')
  const rounds = i > 0 ? Number(process.argv[i + 1]) : 3
  // the first round only warms up: with fewer than two nothing would be measured (it printed NaN)
  if (!Number.isInteger(rounds) || rounds < 2) {
    console.error(`--rounds takes a whole number >= 2 (the first round warms up and is not counted), not "${process.argv[i + 1]}"`)
    process.exit(2)
  }
  const engine = createEngine(DEFAULT_ENGINE_SETTINGS, { installDir: process.cwd() })
  const messages = (dirs.length ? dirs.flatMap(listMessageFiles) : corpusMessages().map((c) => c.file)).map((file) => readMessageFile(file))
  const facts = { mailFrom: 'sender@example.com', rcptTo: ['rcpt@example.org'] }
  const bytes = messages.reduce((a, m) => a + m.length, 0)
  const times = []
  const cpuTimes = []
  let wall = 0
  let cpuTotal = 0
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    for (const raw of messages) {
      const s = performance.now()
      const c = process.cpuUsage()
      await engine.score(raw, facts)
      if (r > 0) {
        const d = process.cpuUsage(c)
        cpuTimes.push((d.user + d.system) / 1000)
        times.push(performance.now() - s)
      }
    }
    if (r > 0) {
      wall += performance.now() - t0
      const d = process.cpuUsage(c0)
      cpuTotal += (d.user + d.system) / 1000
    }
  }
  times.sort((a, b) => a - b)
  cpuTimes.sort((a, b) => a - b)
  const at = (list, p) => list[Math.min(list.length - 1, Math.floor(list.length * p))]
  const n = times.length
  const os = require('node:os')
  console.log(`${dirs.length ? `mail under ${dirs.join(', ')}` : 'corpus'}: ${messages.length} messages, ${(bytes / 1048576).toFixed(1)} MiB; ${rounds - 1} measured round(s) after 1 warm-up`)
  console.log(`node ${process.version}${tierUp ? '' : ` ${REGEXP_FLAG}`}, one process, sequential; load average now ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} CPUs`)
  const classifiers = [DEFAULT_ENGINE_SETTINGS.bayes.enabled && 'Bayes', DEFAULT_ENGINE_SETTINGS.logreg.enabled && 'logistic regression'].filter(Boolean)
  console.log(`default settings: rules + ${classifiers.join(' + ') || 'no classifier'}`)
  console.log(`messages/s: ${Math.round((n * 1000) / wall)} wall-clock, ${Math.round((n * 1000) / cpuTotal)} per CPU-second`)
  const line = (label, list) =>
    `${label} ms per message: p50 ${at(list, 0.5).toFixed(3)}  p90 ${at(list, 0.9).toFixed(3)}  p99 ${at(list, 0.99).toFixed(3)}  max ${list[n - 1].toFixed(3)}`
  console.log(line('wall', times))
  console.log(line('CPU ', cpuTimes))
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
