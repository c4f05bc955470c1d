// The memory backend on disk, under var/limits/ of the install directory:
//
//   state.json    snapshot of counters and locks, written atomically (temp,
//                 fsync, rename): at once when a lock is set or lifted, else
//                 every second while something changed. Its mtime is the
//                 gateway's heartbeat (touched every 2 s), and it names the
//                 gateway's pid, so the outpost command knows whether one runs.
//   requests/     lock/unlock requests from the outpost command, one file
//                 each; the running gateway claims each (rename, so exactly
//                 one taker), applies it, writes NAME.result and snapshots.
//                 With no gateway running the command applies it itself.
//
// A restart loses: at most the last second of counts (the snapshot), the
// in-memory samples of recent subjects used in alert mail, and the alert
// de-duplication memory. Locks are never lost: a lock change is written and
// fsynced before the message that caused it is answered.
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import crypto from 'node:crypto'
import { readJsonIfExists, unlinkIfExists, writeFileAtomic } from '../quarantine/durable'
import { MemorySnapshot, MemoryState } from './memory_state'
import type { LockInfo } from './state'

export const STATE_FILE = 'state.json'
export const REQUESTS_DIR = 'requests'
/** a snapshot older than this (by mtime) means no gateway is running */
export const HEARTBEAT_STALE_MS = 10_000

export interface StateFile extends MemorySnapshot {
  pid: number
  host: string
  written_at: string
}

export interface LimitRequest {
  op: 'lock' | 'unlock'
  key: string
  by: string
  at: number
  reason?: string
}

export interface LimitRequestResult {
  ok: boolean
  /** lock: false = was locked already; unlock: false = was not locked */
  changed: boolean
  error?: string
}

export function limitsDir(installDir: string): string {
  return path.join(installDir, 'var', 'limits')
}

/** Apply one request to a state (the gateway's, or the command's offline copy). */
export async function applyRequest(state: MemoryState, req: LimitRequest): Promise<LimitRequestResult> {
  if (req.op === 'lock') {
    const lock: LockInfo = { since: req.at, until: 0, by: req.by, reason: req.reason || `locked by ${req.by}` }
    return { ok: true, changed: await state.lock(req.key, lock) }
  }
  if (req.op === 'unlock') return { ok: true, changed: await state.unlock(req.key, req.at) }
  return { ok: false, changed: false, error: `unknown request ${JSON.stringify((req as { op: unknown }).op)}` }
}

export async function readStateFile(dir: string): Promise<StateFile | undefined> {
  return readJsonIfExists<StateFile>(path.join(dir, STATE_FILE))
}

/** Whether a gateway keeps this state file fresh: touched within HEARTBEAT_STALE_MS, and on this host its pid is alive. */
export function gatewayRunning(dir: string): boolean {
  try {
    const file = path.join(dir, STATE_FILE)
    if (Date.now() - fs.statSync(file).mtimeMs >= HEARTBEAT_STALE_MS) return false
    const s = JSON.parse(fs.readFileSync(file, 'utf8')) as StateFile
    if (!s.pid) return false
    if (s.host !== os.hostname()) return true
    process.kill(s.pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export async function writeRequest(dir: string, req: LimitRequest): Promise<string> {
  const rdir = path.join(dir, REQUESTS_DIR)
  await fsp.mkdir(rdir, { recursive: true, mode: 0o750 })
  const name = `${req.at}-${crypto.randomBytes(4).toString('hex')}.json`
  await writeFileAtomic(rdir, name, JSON.stringify(req) + '\n')
  return name
}

/** Claim a request file (rename: exactly one process wins) and read it. */
export async function claimRequest(dir: string, name: string): Promise<LimitRequest | undefined> {
  const rdir = path.join(dir, REQUESTS_DIR)
  const claimed = path.join(rdir, `.claimed-${name}`)
  try {
    await fsp.rename(path.join(rdir, name), claimed)
  } catch {
    return undefined
  }
  try {
    return JSON.parse(await fsp.readFile(claimed, 'utf8')) as LimitRequest
  } catch {
    return undefined
  } finally {
    await unlinkIfExists(claimed)
  }
}

export async function writeResult(dir: string, name: string, result: LimitRequestResult): Promise<void> {
  await writeFileAtomic(path.join(dir, REQUESTS_DIR), `${name}.result`, JSON.stringify(result) + '\n')
}

export interface PersisterLog {
  info(m: string): void
  warn(m: string): void
  error(m: string): void
}

export class MemoryPersister {
  private timers: NodeJS.Timeout[] = []
  private watcher?: fs.FSWatcher
  private writing: Promise<void> = Promise.resolve()
  private processing?: Promise<void>
  private failedOnce = false
  private stopped = false

  constructor(
    readonly dir: string,
    readonly state: MemoryState,
    private readonly log: PersisterLog,
  ) {}

  /** Restore the last snapshot (counts and locks), then keep it on disk. */
  async start(): Promise<void> {
    await fsp.mkdir(path.join(this.dir, REQUESTS_DIR), { recursive: true, mode: 0o750 })
    try {
      const snap = await readStateFile(this.dir)
      if (snap) {
        this.state.restore(snap)
        this.log.info(`limits: state restored from ${path.join(this.dir, STATE_FILE)} (${this.state.size} senders, written ${snap.written_at})`)
      }
    } catch (err) {
      this.log.error(`limits: ${path.join(this.dir, STATE_FILE)} unreadable (${(err as Error).message}): starting with empty counts and no locks`)
    }
    this.state.onLockChange = () => this.persist()
    await this.persist()
    this.timers.push(setInterval(() => void this.tick(), 1000))
    this.timers.push(setInterval(() => void this.processRequests(), 1000))
    this.timers.push(setInterval(() => this.state.prune(Date.now()), 600_000))
    for (const t of this.timers) t.unref()
    try {
      this.watcher = fs.watch(path.join(this.dir, REQUESTS_DIR), () => void this.processRequests())
      this.watcher.on('error', () => undefined)
    } catch {
      /* polling above is enough */
    }
    await this.processRequests()
  }

  private lastTouch = 0

  private async tick(): Promise<void> {
    if (this.state.dirty) return this.persist()
    if (Date.now() - this.lastTouch >= 2000) {
      this.lastTouch = Date.now()
      const now = new Date()
      await fsp.utimes(path.join(this.dir, STATE_FILE), now, now).catch(() => this.persist())
    }
  }

  /** Write a snapshot now; concurrent calls are queued, so the file always ends with the newest. */
  persist(): Promise<void> {
    const run = async (): Promise<void> => {
      this.state.dirty = false
      // pid 0 after stop: the outpost command then applies its requests itself at once
      const body: StateFile = { ...this.state.snapshot(), pid: this.stopped ? 0 : process.pid, host: os.hostname(), written_at: new Date().toISOString() }
      try {
        await writeFileAtomic(this.dir, STATE_FILE, JSON.stringify(body))
        this.lastTouch = Date.now()
        if (this.failedOnce) this.log.info(`limits: ${path.join(this.dir, STATE_FILE)} written again`)
        this.failedOnce = false
      } catch (err) {
        this.state.dirty = true
        if (!this.failedOnce) this.log.error(`limits: cannot write ${path.join(this.dir, STATE_FILE)} (${(err as Error).message}); counts and locks are kept in memory and written when it works again`)
        this.failedOnce = true
      }
    }
    this.writing = this.writing.then(run, run)
    return this.writing
  }

  async processRequests(): Promise<void> {
    if (this.processing) return this.processing
    this.processing = (async () => {
      const rdir = path.join(this.dir, REQUESTS_DIR)
      const names = (await fsp.readdir(rdir).catch(() => [] as string[])).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()
      for (const name of names) {
        const req = await claimRequest(this.dir, name)
        if (!req) continue
        const result = await applyRequest(this.state, req)
        await this.persist()
        await writeResult(this.dir, name, result).catch(() => undefined)
        this.log.info(`limits: ${req.op} ${req.key} by ${req.by}: ${result.ok ? (result.changed ? 'done' : req.op === 'lock' ? 'was locked already' : 'was not locked') : result.error}`)
      }
    })().finally(() => {
      this.processing = undefined
    })
    return this.processing
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t)
    this.timers = []
    this.watcher?.close()
    this.stopped = true
    await this.persist()
  }
}
