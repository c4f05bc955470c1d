#!/usr/bin/env node
// npm run bench:deliver — end-to-end messages per second from SMTP clients
// through the gateway to a smarthost on loopback, side by side in one run with
// stock Haraka forwarding (`relay` ACL + `queue/smtp_forward`) to the same
// kind of sink.
//
// Outpost runs with everything in config/plugins at the time (relay, policy,
// quarantine, route, dkim, ...), a 2048-bit DKIM key for the sender domain and
// its durable outbound queue; a message counts when the sink has received it.
//
//   BENCH_SESSIONS=20     concurrent client sessions
//   BENCH_MESSAGES=4000   messages per gateway (split across the sessions)
//   BENCH_NODES=0         Haraka's smtp.ini nodes= for both (0 = one process)
//   BENCH_ONLY=outpost|stock   run one side only
//   BENCH_PLUGINS=a,b,c   Outpost with only these plugins (default: config/plugins)
//   BENCH_ENGINE_WORKERS=N  outpost_policy.ini [engines] workers for Outpost (default: as shipped)
//   BENCH_PROF=DIR        write V8 CPU profiles of the gateways to DIR
//   BENCH_LOG_LEVEL=info  the gateways' log level (default warn); BENCH_DUMP_LOG=PREFIX keeps their logs
//   BENCH_DEBUG=1         progress on stderr
//   BENCH_KEEP=1          keep the gateways' install directories (removed otherwise)
// The gateways inherit this environment: UV_THREADPOOL_SIZE=1 npm run bench:deliver measures both with one libuv thread.
'use strict'
const { spawn, execFileSync } = require('node:child_process')
const fs = require('node:fs')
const net = require('node:net')
const os = require('node:os')
const path = require('node:path')

const REPO = path.resolve(__dirname, '..')
const HARAKA_BIN = path.join(REPO, 'node_modules', 'Haraka', 'bin', 'haraka')
const SESSIONS = Number(process.env.BENCH_SESSIONS || 20)
const MESSAGES = Number(process.env.BENCH_MESSAGES || 4000)
const NODES = process.env.BENCH_NODES ?? '0'
const ONLY = process.env.BENCH_ONLY
const CLIENT_IP = '127.0.0.10'

const BODY = [
  'Hello team,',
  '',
  'Please find below the minutes of this morning\'s meeting. The budget review',
  'moves to Thursday; Alice will circulate the updated forecast beforehand.',
  'Action items: Bob to confirm the venue, Carol to update the project plan.',
  '',
  ...Array.from({ length: 40 }, (_, i) => `Line ${i}: ${'the quick brown fox jumps over the lazy dog '.repeat(2).trim()}`),
  '',
  'Regards,',
  'Dave',
].join('\r\n')

function message(i) {
  return (
    `From: Dave <dave@bench.example>\r\nTo: partner${i % 50}@partner.example\r\nSubject: Minutes ${i}\r\n` +
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}\r\nMessage-ID: <${i}.${process.pid}@bench.example>\r\n` +
    `MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${BODY}\r\n`
  )
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/**
 * A minimal SMTP sink like Postfix's smtp-sink: greets at once, accepts every
 * command, counts messages. (The smtp-server package waits 100 ms before its
 * greeting to catch early talkers, which would add 100 ms to every forwarded
 * message of stock Haraka and make the comparison unfair.)
 */
async function startSink() {
  let count = 0
  let waiter = null
  const server = net.createServer((socket) => {
    let inData = false
    let buf = ''
    socket.setEncoding('latin1')
    socket.write('220 sink.bench ESMTP\r\n')
    socket.on('error', () => undefined)
    socket.on('data', (chunk) => {
      buf += chunk
      for (;;) {
        if (inData) {
          const end = buf.indexOf('\r\n.\r\n')
          if (end < 0) {
            // keep only what could be the start of the terminator
            if (buf.length > 8) buf = buf.slice(-4)
            return
          }
          buf = buf.slice(end + 5)
          inData = false
          count++
          socket.write('250 2.0.0 Ok: queued\r\n')
          if (waiter && count >= waiter.n) waiter.resolve()
          continue
        }
        const idx = buf.indexOf('\r\n')
        if (idx < 0) return
        const line = buf.slice(0, idx)
        buf = buf.slice(idx + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO') socket.write('250-sink.bench\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE 52428800\r\n')
        else if (verb === 'DATA') {
          inData = true
          buf = '\r\n' + buf // the terminator may follow DATA's own CRLF directly
          socket.write('354 End data with <CR><LF>.<CR><LF>\r\n')
        } else if (verb === 'QUIT') {
          socket.end('221 2.0.0 Bye\r\n')
          return
        } else socket.write('250 2.0.0 Ok\r\n')
      }
    })
  })
  const port = await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)))
  return {
    port,
    get count() {
      return count
    },
    reset() {
      count = 0
    },
    waitFor(n) {
      if (count >= n) return Promise.resolve()
      return new Promise((resolve) => (waiter = { n, resolve }))
    },
    close: () => new Promise((r) => server.close(r)),
  }
}

// compiled from src/tools/install_copy.ts (the test harness uses the same)
const { makeInstallCopy, writeFiles } = require('../dist/tools/install_copy')

function smtpIni(port) {
  return `listen=127.0.0.1:${port}\nnodes=${NODES}\ndaemonize=false\nignore_bad_plugins=0\nforce_shutdown_timeout=5\n`
}

const QUIET_LOG = `[main]\nlevel=${process.env.BENCH_LOG_LEVEL || 'warn'}\ntimestamps=true\n`

/** Outpost: the repository's configuration and plugins, smarthost = the sink. */
function outpostDir(port, sinkPort) {
  const dir = makeInstallCopy(REPO, 'outpost-bench-', {
    'config/smtp.ini': smtpIni(port),
    'config/log.ini': QUIET_LOG,
    'config/outpost_relay.ini': `[main]\nreject_untrusted = true\n[trusted_networks]\n${CLIENT_IP}/32 = bench clients\n`,
    // BENCH_PLUGINS="outpost_relay,outpost_route" measures a subset (to see what each part costs)
    ...(process.env.BENCH_PLUGINS ? { 'config/plugins': process.env.BENCH_PLUGINS.split(',').join('\n') + '\n' } : {}),
    'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1:${sinkPort}\ntls = opportunistic\n[hygiene]\nstrip_received = true\nstrip_originating_ip = true\n`,
  })
  if (process.env.BENCH_ENGINE_WORKERS !== undefined) {
    const file = path.join(dir, 'config', 'outpost_policy.ini')
    let ini = fs.readFileSync(file, 'utf8')
    const line = `workers = ${process.env.BENCH_ENGINE_WORKERS}`
    // the last value of a key wins: replace the shipped line, or add one
    ini = /^workers\s*=.*$/m.test(ini) ? ini.replace(/^workers\s*=.*$/m, line) : ini.replace(/^\[engines\]$/m, `[engines]\n${line}`)
    fs.writeFileSync(file, ini)
  }
  execFileSync(process.execPath, [path.join(REPO, 'bin', 'outpost'), '-c', dir, 'dkim', 'keygen', 'bench.example', '--selector', 'bench', '--bits', '2048'], {
    stdio: 'ignore',
  })
  return dir
}

/** Stock Haraka: relay ACL + queue/smtp_forward to the sink, nothing else. */
function stockDir(port, sinkPort) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stock-bench-'))
  writeFiles(dir, {
    'config/smtp.ini': smtpIni(port),
    'config/log.ini': QUIET_LOG,
    'config/connection.ini': fs.readFileSync(path.join(REPO, 'config', 'connection.ini'), 'utf8'),
    'config/plugins': 'relay\nqueue/smtp_forward\n',
    'config/relay.ini': '[relay]\nacl=true\nforce_routing=false\ndest_domains=false\n',
    'config/relay_acl_allow': `${CLIENT_IP}/32\n`,
    'config/smtp_forward.ini': `[main]\nhost=127.0.0.1\nport=${sinkPort}\nenable_tls=false\nenable_outbound=true\n`,
  })
  return dir
}

async function startHaraka(dir, port) {
  const output = []
  // BENCH_PROF=DIR writes a V8 CPU profile of each gateway there (open in Chrome DevTools)
  const prof = process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : []
  const child = spawn(process.execPath, [...prof, HARAKA_BIN, '-c', dir], {
    cwd: dir,
    env: { ...process.env, HARAKA: dir, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (d) => output.push(d))
  child.stderr.on('data', (d) => output.push(d))
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haraka exited:\n${Buffer.concat(output).toString()}`)
    const ok = await new Promise((resolve) => {
      const s = net.connect({ port, host: '127.0.0.1' })
      s.once('connect', () => (s.destroy(), resolve(true)))
      s.once('error', () => resolve(false))
    })
    if (ok) break
    if (Date.now() > deadline) throw new Error('haraka did not start')
    await new Promise((r) => setTimeout(r, 100))
  }
  await new Promise((r) => setTimeout(r, 1500)) // outbound queue loaded
  return {
    output: () => Buffer.concat(output).toString(),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve)
        child.kill('SIGINT')
        setTimeout(() => child.kill('SIGKILL'), 8000).unref()
      }),
  }
}

/** One SMTP session sending `count` messages, one transaction after another. */
function session(port, first, count) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress: CLIENT_IP })
    socket.setNoDelay(true)
    let buf = ''
    let step = 'greeting'
    let i = 0
    let failures = 0
    const send = (line) => socket.write(line + '\r\n')
    const next = () => {
      if (i >= count) {
        step = 'quit'
        return send('QUIT')
      }
      step = 'mail'
      send('MAIL FROM:<dave@bench.example>')
    }
    socket.setEncoding('latin1')
    socket.on('data', (d) => {
      buf += d
      let idx
      while ((idx = buf.indexOf('\r\n')) >= 0) {
        const line = buf.slice(0, idx)
        buf = buf.slice(idx + 2)
        if (line[3] === '-') continue
        const code = Number(line.slice(0, 3))
        switch (step) {
          case 'greeting':
            step = 'ehlo'
            send('EHLO bench.client')
            break
          case 'ehlo':
            next()
            break
          case 'mail':
            if (code !== 250) return reject(new Error(`MAIL: ${line}`))
            step = 'rcpt'
            send(`RCPT TO:<partner${(first + i) % 50}@partner.example>`)
            break
          case 'rcpt':
            if (code !== 250) return reject(new Error(`RCPT: ${line}`))
            step = 'data'
            send('DATA')
            break
          case 'data':
            if (code !== 354) return reject(new Error(`DATA: ${line}`))
            step = 'dot'
            socket.write(message(first + i) + '.\r\n')
            break
          case 'dot':
            if (code !== 250) failures++
            i++
            next()
            break
          case 'quit':
            socket.end()
            return resolve(failures)
        }
      }
    })
    socket.on('error', reject)
  })
}

async function measure(name, dir, port, sink) {
  if (process.env.BENCH_DEBUG) console.error(`starting ${name} in ${dir}`)
  const haraka = await startHaraka(dir, port)
  const debug = (m) => process.env.BENCH_DEBUG && console.error(`${name}: ${m} (sink ${sink.count})`)
  debug('listening')
  try {
    // warm-up: JIT, DNS caches, first queue files
    sink.reset()
    await Promise.all(Array.from({ length: SESSIONS }, (_, s) => session(port, s * 10, 10)))
    debug('warm-up sent')
    await sink.waitFor(SESSIONS * 10)
    debug('warm-up delivered')
    sink.reset()
    const per = Math.ceil(MESSAGES / SESSIONS)
    const total = per * SESSIONS
    const cpu0 = process.cpuUsage()
    const t0 = process.hrtime.bigint()
    const failures = (await Promise.all(Array.from({ length: SESSIONS }, (_, s) => session(port, 1000 + s * per, per)))).reduce((a, b) => a + b, 0)
    const tAccepted = process.hrtime.bigint()
    if (failures) throw new Error(`${name}: ${failures} messages not accepted\n${haraka.output().slice(-3000)}`)
    const timer = setTimeout(() => {
      console.error(`${name}: only ${sink.count}/${total} at the sink after 120 s\n${haraka.output().slice(-3000)}`)
      process.exit(1)
    }, 120_000)
    await sink.waitFor(total)
    clearTimeout(timer)
    const t1 = process.hrtime.bigint()
    const secs = Number(t1 - t0) / 1e9
    const cpu = process.cpuUsage(cpu0)
    // the load generator (clients + sink) shares the machine's CPUs with the gateway
    const driverCpu = (cpu.user + cpu.system) / 1e6 / secs
    return { name, total, secs, rate: total / secs, acceptRate: total / (Number(tAccepted - t0) / 1e9), driverCpu }
  } finally {
    await haraka.stop()
    if (process.env.BENCH_DUMP_LOG) fs.writeFileSync(`${process.env.BENCH_DUMP_LOG}.${name.split(' ')[0]}.log`, haraka.output())
    if (!process.env.BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main() {
  const sink = await startSink()
  const results = []
  try {
    if (ONLY !== 'outpost') {
      const port = await freePort()
      results.push(await measure('stock Haraka (relay + queue/smtp_forward)', stockDir(port, sink.port), port, sink))
    }
    if (ONLY !== 'stock') {
      const port = await freePort()
      const dir = outpostDir(port, sink.port)
      const plugins = fs
        .readFileSync(path.join(dir, 'config', 'plugins'), 'utf8')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'))
      results.push({ ...(await measure('Outpost', dir, port, sink)), plugins })
    }
  } finally {
    await sink.close()
  }
  console.log(
    `bench:deliver — ${SESSIONS} sessions, ${results[0]?.total} messages per gateway, smtp.ini nodes=${NODES}, ${os.cpus().length} CPUs, node ${process.version}, ` +
      `UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? 'unset (4)'}`,
  )
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(44)} ${r.rate.toFixed(0).padStart(6)} msg/s end to end (${r.total} in ${r.secs.toFixed(2)} s; accepted at ${r.acceptRate.toFixed(0)} msg/s; load generator used ${(r.driverCpu * 100).toFixed(0)}% of a CPU)`,
    )
    if (r.plugins) console.log(`    plugins: ${r.plugins.join(', ')}`)
  }
  if (results.length === 2) console.log(`  ratio Outpost / stock: ${(results[1].rate / results[0].rate).toFixed(2)}x (target >= 2x)`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
