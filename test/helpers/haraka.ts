// Starts a real Haraka process on a temporary copy of this repository's
// install directory, for end-to-end tests.
import { ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { makeInstallCopy, writeFiles } from '../../src/tools/install_copy'
import { trackTempDir } from './temp_dirs'
import { REGEXP_FLAG } from '../../src/engine/regexp_compile'

export { writeFiles }

export const REPO = path.resolve(__dirname, '..', '..')
const HARAKA_BIN = path.join(REPO, 'node_modules', 'Haraka', 'bin', 'haraka')

export interface HarakaOptions {
  /** files to write into the install dir: relative path -> content (overrides the repo's copy) */
  files?: Record<string, string>
  env?: Record<string, string>
  /** listen address; default 127.0.0.1 plus [::1] on the same port */
  listen?: string
  /** how long to wait for the listener, ms */
  startTimeout?: number
  /** reuse an existing install dir (e.g. to restart after a kill) instead of making a new one */
  dir?: string
  port?: number
  /**
   * the log line that says Haraka is ready for mail; default: its outbound
   * queue is loaded (one process). Under smtp.ini nodes=N the workers load no
   * queue of their own at start: wait for them to listen instead.
   */
  readyLog?: RegExp
  /** the haraka script to run (default: this repository's node_modules/Haraka/bin/haraka) */
  harakaBin?: string
  /** node's flags (default: what npm start and the shipped systemd unit give, --no-regexp-tier-up) */
  nodeFlags?: string[]
}

export interface HarakaProcess {
  dir: string
  port: number
  pid: number
  child: ChildProcess
  logs(): string
  waitForLog(re: RegExp, timeoutMs?: number): Promise<string>
  /** graceful stop (SIGINT), then SIGKILL after a grace period */
  stop(): Promise<void>
  kill(signal?: NodeJS.Signals): Promise<void>
  exited(): boolean
}

/**
 * A port on 127.0.0.1 that refuses connections and stays refusing: a privileged one (below 1024) that
 * nothing listens on. A port from freePort() is free only for a moment: a test file running in parallel may
 * be given it by the kernel and start listening there, and a "dead" smarthost would then answer.
 * Ports below 1024 are never handed out for port 0.
 */
export async function refusedPort(): Promise<number> {
  for (const port of [1, 3, 4, 6, 8, 10, 12, 14, 16, 18, 26, 28, 30, 32, 34, 36, 38, 40]) {
    const refused = await new Promise<boolean>((resolve) => {
      const sock = net.connect({ host: '127.0.0.1', port })
      sock.setTimeout(1000)
      sock.once('connect', () => { sock.destroy(); resolve(false) })
      sock.once('timeout', () => { sock.destroy(); resolve(false) })
      sock.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'))
    })
    if (refused) return port
  }
  throw new Error('no privileged port on 127.0.0.1 refuses connections')
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

/** Make a fresh install dir (see src/tools/install_copy.ts) with a test smtp.ini: one process, loopback. */
export function makeInstallDir(files: Record<string, string> = {}, opts: { port?: number; listen?: string } = {}): string {
  const port = opts.port ?? 0
  const listen = opts.listen ?? `127.0.0.1:${port},[::1]:${port}`
  const smtpIni = [`listen=${listen}`, 'nodes=0', 'daemonize=false', 'ignore_bad_plugins=0', 'force_shutdown_timeout=5'].join('\n')
  return trackTempDir(makeInstallCopy(REPO, 'outpost-e2e-', { 'config/smtp.ini': smtpIni + '\n', ...files }))
}

/** The repository's config/plugins with `extra` plugins inserted after `after` (default: outpost_relay). */
export function pluginsWith(extra: string[], opts: { after?: string; without?: string[] } = {}): string {
  const after = opts.after ?? 'outpost_relay'
  const lines = fs
    .readFileSync(path.join(REPO, 'config', 'plugins'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !(opts.without ?? []).includes(l))
  const at = lines.indexOf(after)
  lines.splice(at < 0 ? lines.length : at + 1, 0, ...extra)
  return lines.join('\n') + '\n'
}


/** node's flags for Haraka as deployed (npm start, contrib/systemd/outpost.service) */
const NODE_FLAGS = [REGEXP_FLAG]

function spawnHaraka(dir: string, env: Record<string, string> = {}, bin = HARAKA_BIN, nodeFlags = NODE_FLAGS): { child: ChildProcess; output: string[] } {
  const output: string[] = []
  // vitest sets NODE_ENV=test, which changes Haraka's behaviour (no EHLO name for MX hosts)
  const { NODE_ENV: _testEnv, ...inherited } = process.env
  const child = spawn(process.execPath, [...nodeFlags, bin, '-c', dir], {
    cwd: dir,
    env: { ...inherited, ...env, HARAKA: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.setEncoding('utf8').on('data', (d: string) => output.push(d))
  child.stderr!.setEncoding('utf8').on('data', (d: string) => output.push(d))
  return { child, output }
}

async function waitForPort(port: number, child: ChildProcess, output: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`haraka exited (${child.exitCode ?? child.signalCode}) before listening:\n${output.join('')}`)
    }
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect({ port, host: '127.0.0.1' })
      s.once('connect', () => {
        s.destroy()
        resolve(true)
      })
      s.once('error', () => resolve(false))
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`haraka did not listen on ${port} within ${timeoutMs} ms:\n${output.join('')}`)
}

export async function startHaraka(opts: HarakaOptions = {}): Promise<HarakaProcess> {
  // a port found free can be bound by a test file running in parallel before this Haraka binds it (EADDRINUSE):
  // when the port and the install dir are this helper's own choice, start again on another port
  for (let attempt = 1; ; attempt++) {
    try {
      return await startHarakaOnce(opts)
    } catch (err) {
      const ownPort = opts.port === undefined && opts.dir === undefined
      if (!ownPort || attempt >= 3 || !/EADDRINUSE/.test((err as Error).message)) throw err
    }
  }
}

async function startHarakaOnce(opts: HarakaOptions): Promise<HarakaProcess> {
  const port = opts.port ?? (await freePort())
  const dir = opts.dir ?? makeInstallDir(opts.files ?? {}, { port, listen: opts.listen })
  if (opts.dir && opts.files) writeFiles(dir, opts.files)
  const { child, output } = spawnHaraka(dir, opts.env, opts.harakaBin, opts.nodeFlags)
  try {
    await waitForPort(port, child, output, opts.startTimeout ?? 20_000)
  } catch (err) {
    child.kill('SIGKILL') // a Haraka that never became ready must not outlive the test
    throw err
  }
  const exitPromise = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  const proc: HarakaProcess = {
    dir,
    port,
    pid: child.pid!,
    child,
    logs: () => output.join(''),
    exited: () => child.exitCode !== null || child.signalCode !== null,
    async waitForLog(re: RegExp, timeoutMs = 10_000): Promise<string> {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const m = re.exec(output.join(''))
        if (m) return m[0]
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error(`log line ${re} not seen within ${timeoutMs} ms; log tail:\n${output.join('').slice(-4000)}`)
    },
    async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
      if (proc.exited()) return
      process.kill(child.pid!, signal)
      await exitPromise
    },
    async stop(): Promise<void> {
      if (proc.exited()) return
      process.kill(child.pid!, 'SIGINT')
      const timer = setTimeout(() => {
        if (!proc.exited()) process.kill(child.pid!, 'SIGKILL')
      }, 8000)
      await exitPromise
      clearTimeout(timer)
    },
  }
  // Haraka listens before it loads its outbound queue, and loading it deletes
  // in-flight temp files: a message in that window fails. Wait for the load.
  // (Whoever answered on the port may be another process: a Haraka that could
  // not bind it exits, and that ends the wait at once.)
  const ready = opts.readyLog ?? /files in my temp fail queue/
  const deadline = Date.now() + (opts.startTimeout ?? 20_000)
  while (!ready.test(output.join(''))) {
    if (proc.exited() || Date.now() > deadline) {
      const why = proc.exited() ? `haraka exited (${child.exitCode ?? child.signalCode}) before it was ready` : `log line ${ready} not seen within the start timeout`
      await proc.kill()
      // its last output may arrive just after the exit
      await new Promise((r) => setTimeout(r, 200))
      throw new Error(`${why}; log tail:\n${output.join('').slice(-4000)}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  return proc
}

/** Start Haraka expecting it to refuse to start; resolves with its exit code and output. */
export async function runHarakaExpectFailure(
  opts: HarakaOptions = {},
  timeoutMs = 20_000,
): Promise<{ code: number | null; output: string; listened: boolean }> {
  const port = opts.port ?? (await freePort())
  const dir = opts.dir ?? makeInstallDir(opts.files ?? {}, { port, listen: opts.listen })
  const { child, output } = spawnHaraka(dir, opts.env, opts.harakaBin, opts.nodeFlags)
  let listened = false
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
    }, timeoutMs)
    const probe = setInterval(() => {
      const s = net.connect({ port, host: '127.0.0.1' })
      s.once('connect', () => {
        listened = true
        s.destroy()
      })
      s.once('error', () => undefined)
    }, 200)
    child.once('exit', (c) => {
      clearTimeout(timer)
      clearInterval(probe)
      resolve(c)
    })
  })
  return { code, output: output.join(''), listened }
}
