// What the running gateway does with the quarantine besides storing: deliver
// released messages, purge expired entries, send digests. Haraka is reached
// only through the `Outbound` interface, so all of it runs in unit tests with
// a fake outbound.
//
// Release protocol (see README "Release semantics"):
//   CLI:     ID.release created once (link, atomic) + hint pending/ID
//   gateway: pending/ID.injecting created        -> hand to Haraka's queue
//            Haraka's queue file written + fsync of its directory
//            ID.released written (atomic)         -> pending/ID.injecting and pending/ID removed
// After a crash, a leftover pending/ID.injecting is resolved by looking for the
// message in Haraka's queue (its queue file carries the release id in its notes):
// found -> recorded as released, not injected again; not found -> injected again.
import crypto from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { appendAudit } from './audit'
import type { QuarantineConfig } from './config'
import { createExclusive, fsyncDir, pidAlive, readJsonIfExists, unlinkIfExists, writeFileAtomic } from './durable'
import { isValidId } from './ids'
import { DIGEST_STATE_FILE, LOCK_FILE, partPath } from './layout'
import { composeDigest } from './notify'
import { QuarantineError, QuarantineStore, ReleaseDone } from './store'

/** transaction.notes key on a released message: { id, by } */
export const RELEASE_NOTE = 'outpost_release'

export interface OutboundMail {
  from: string
  to: string[]
  raw: Buffer
  notes: Record<string, unknown>
}

export interface Outbound {
  /** Hand a message to the gateway's outbound queue; resolves with its queue/transaction id once queued on disk. */
  inject(mail: OutboundMail): Promise<string>
  /** Whether the outbound queue already holds the message released under this id (crash recovery). */
  findQueuedRelease(id: string): Promise<boolean>
  /** Make the outbound queue's directory entries durable (Haraka renames its queue files without a directory fsync). */
  syncQueue(): Promise<void>
}

export interface GatewayLog {
  info(msg: string): void
  warn(msg: string): void
  error(msg: string): void
}

/** A lock whose heartbeat is older than this belongs to a dead gateway. */
export const LOCK_STALE_MS = 30_000
/** A takeover takes milliseconds; a takeover lock this old was left by a process that died in it. */
const TAKEOVER_STALE_MS = 10_000
const RETRY_AFTER_MS = 60_000

interface LockContent {
  token: string
  pid: number
  host: string
  since: string
}

/**
 * Whether a live gateway holds the lock of the quarantine in dir: refreshed
 * within LOCK_STALE_MS and, on this host, its pid alive (the judgement
 * refreshLock makes; `outpost quarantine` asks it too).
 */
export function gatewayLockHeld(dir: string): boolean {
  try {
    const file = path.join(dir, LOCK_FILE)
    if (Date.now() - fs.statSync(file).mtimeMs >= LOCK_STALE_MS) return false
    const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as LockContent
    return lock.host !== os.hostname() || pidAlive(lock.pid)
  } catch {
    return false
  }
}

export class QuarantineGateway {
  private readonly token = crypto.randomBytes(8).toString('hex')
  private holdsLock = false
  private timers: NodeJS.Timeout[] = []
  private watcher?: fs.FSWatcher
  private releasing?: Promise<void>
  private again = false
  private readonly retryAt = new Map<string, number>()
  private readonly reported = new Set<string>()
  private stopped = false
  private digestReady = false

  constructor(
    private readonly store: QuarantineStore,
    private cfg: QuarantineConfig,
    private readonly outbound: Outbound,
    private readonly log: GatewayLog,
    private readonly hostname = os.hostname(),
  ) {}

  setConfig(cfg: QuarantineConfig): void {
    const restart = cfg.dir === this.cfg.dir && this.timers.length > 0
    this.cfg = cfg
    if (restart) this.schedule() // new intervals take effect now
  }

  get isLockHolder(): boolean {
    return this.holdsLock
  }

  /** Take the lock, finish what a crashed predecessor left, start the timers. Resolves before any delivery starts. */
  async start(): Promise<void> {
    try {
      await this.store.ensureDirs()
    } catch (err) {
      this.log.error(`quarantine directory ${this.store.dir} unusable: ${(err as Error).message}; messages to quarantine will get 451 until it is fixed`)
    }
    // only the crash recovery has to precede Haraka's queue load (it looks for
    // half-done releases in the queue); everything else runs right after
    this.holdsLock = await this.refreshLock()
    if (this.holdsLock) await this.becameHolder()
    this.schedule()
    setImmediate(() => this.kick())
  }

  private async becameHolder(): Promise<void> {
    this.log.info(`quarantine: this process (pid ${process.pid}) delivers releases, purges and digests for ${this.store.dir}`)
    this.digestReady = false
    await this.recover()
  }

  stop(): void {
    this.stopped = true
    for (const t of this.timers) clearInterval(t)
    this.timers = []
    this.watcher?.close()
    this.watcher = undefined
  }

  private schedule(): void {
    for (const t of this.timers) clearInterval(t)
    const every = (ms: number, fn: () => Promise<unknown>): void => {
      const t = setInterval(() => {
        fn().catch((err) => this.log.error(`quarantine maintenance failed: ${(err as Error).message}`))
      }, ms)
      t.unref()
      this.timers.push(t)
    }
    this.timers = []
    every(this.cfg.releasePollMs, () => this.tick())
    every(Math.min(this.cfg.expireIntervalMs, 2_147_000_000), () => this.maintain())
    every(Math.min(this.cfg.digestIntervalMs, 2_147_000_000), () => this.digestNow())
    if (!this.watcher) {
      try {
        this.watcher = fs.watch(this.store.pendingDir, () => this.kick())
        this.watcher.on('error', () => undefined) // polling still runs
      } catch {
        // directory missing or not watchable: the poll covers it
      }
    }
  }

  private kick(): void {
    this.tick().catch((err) => this.log.error(`quarantine release check failed: ${(err as Error).message}`))
  }

  /** One round: keep (or take) the lock; if held, deliver pending releases. */
  async tick(): Promise<void> {
    if (this.stopped) return
    const had = this.holdsLock
    this.holdsLock = await this.refreshLock()
    if (!this.holdsLock) return
    if (!had) await this.becameHolder()
    if (!this.digestReady) {
      // a crash may have cut an index line short or left one out: rebuild it from the files
      await this.reindex()
      await this.initDigestState()
      this.digestReady = true
    }
    await this.processReleases()
  }

  // ------------------------------------------------------------------ lock

  private async refreshLock(): Promise<boolean> {
    const dir = this.store.dir
    const file = path.join(dir, LOCK_FILE)
    const mine: LockContent = { token: this.token, pid: process.pid, host: os.hostname(), since: new Date().toISOString() }
    try {
      await this.store.ensureDirs()
      let current = await readJsonIfExists<LockContent>(file).catch(() => undefined)
      if (current?.token === this.token) {
        const now = new Date()
        await fsp.utimes(file, now, now)
        return true
      }
      if (!current) {
        if (await createExclusive(dir, LOCK_FILE, JSON.stringify(mine))) return true
        // another gateway created it between our read and our create (Haraka's
        // cluster workers all start at once): it is theirs, judged as any other
        current = await readJsonIfExists<LockContent>(file).catch(() => undefined)
        if (!current) return false // gone again or unreadable: look next round
      }
      const st = await fsp.stat(file).catch(() => undefined)
      const fresh = st && Date.now() - st.mtimeMs < LOCK_STALE_MS
      const otherAlive = current.host === os.hostname() && current.pid !== process.pid && pidAlive(current.pid)
      const otherHost = current.host !== os.hostname()
      if (fresh && (otherAlive || otherHost)) return false
      return await this.takeOver(current)
    } catch (err) {
      if (this.holdsLock) this.log.error(`quarantine lock ${file}: ${(err as Error).message}`)
      return false
    }
  }

  /**
   * Replace a dead holder's lock. Several gateways may judge it dead at once
   * (Haraka's cluster workers start together), so the replacement is done
   * under a second, short-lived lock: whoever creates it (atomically) checks
   * that the lock still holds the dead holder's token and then replaces it in
   * one rename, so the lock file never disappears and no one else can create
   * it meanwhile. The others try again next round and find the new holder.
   */
  private async takeOver(dead: LockContent): Promise<boolean> {
    const dir = this.store.dir
    const file = path.join(dir, LOCK_FILE)
    const mutex = `${LOCK_FILE}.takeover`
    if (!(await createExclusive(dir, mutex, String(process.pid), false))) {
      // one left by a process that died in the middle of a takeover is cleared, and we look again next round
      const st = await fsp.stat(path.join(dir, mutex)).catch(() => undefined)
      if (st && Date.now() - st.mtimeMs > TAKEOVER_STALE_MS) await unlinkIfExists(path.join(dir, mutex))
      return false
    }
    try {
      const now = await readJsonIfExists<LockContent>(file).catch(() => undefined)
      if (now && now.token !== dead.token) return false // taken over already
      const mine: LockContent = { token: this.token, pid: process.pid, host: os.hostname(), since: new Date().toISOString() }
      await writeFileAtomic(dir, LOCK_FILE, JSON.stringify(mine))
      return true
    } finally {
      await unlinkIfExists(path.join(dir, mutex))
    }
  }

  // -------------------------------------------------------------- releases

  /** Resolve a crashed predecessor's half-done releases and lost hints. */
  async recover(): Promise<void> {
    const pending = this.store.pendingDir
    const names = await fsp.readdir(pending).catch(() => [] as string[])
    for (const name of names) {
      if (!name.endsWith('.injecting')) continue
      const id = name.slice(0, -'.injecting'.length)
      if (!isValidId(id)) continue
      if (fs.existsSync(partPath(this.store.dir, id, 'released'))) {
        await this.finish(id)
        continue
      }
      if (await this.outbound.findQueuedRelease(id)) {
        const request = await this.store.releaseRequest(id)
        await this.markReleased(id, request?.by ?? 'unknown', request?.at ?? new Date().toISOString(), 'recovered from the outbound queue', true)
        this.log.warn(`quarantine: release of ${id} was interrupted after Haraka queued it; recorded as released, not sent again`)
      } else {
        await unlinkIfExists(path.join(pending, name))
        this.log.warn(`quarantine: release of ${id} was interrupted before Haraka queued it; it will be sent now`)
      }
    }
    for (const id of await this.store.unfinishedReleases()) {
      if (!fs.existsSync(path.join(pending, id))) await this.store.addPendingHint(id)
    }
  }

  async processReleases(): Promise<void> {
    if (this.releasing) {
      this.again = true
      return this.releasing
    }
    this.releasing = (async () => {
      do {
        this.again = false
        const names = await fsp.readdir(this.store.pendingDir).catch(() => [] as string[])
        for (const id of names.filter(isValidId).sort()) {
          if (this.stopped || !this.holdsLock) return
          if ((this.retryAt.get(id) ?? 0) > Date.now()) continue
          await this.releaseOne(id)
        }
      } while (this.again && !this.stopped)
    })().finally(() => {
      this.releasing = undefined
    })
    return this.releasing
  }

  private async releaseOne(id: string): Promise<void> {
    const dir = this.store.dir
    if (fs.existsSync(partPath(dir, id, 'released'))) return this.finish(id)
    const request = await this.store.releaseRequest(id).catch(() => undefined)
    if (!request) {
      this.log.warn(`quarantine: ignoring release hint for ${id} without a release request`)
      return this.finish(id)
    }
    let raw: Buffer
    let meta
    try {
      meta = await this.store.readMeta(id)
      raw = await this.store.readRaw(id, meta)
    } catch (err) {
      if (err instanceof QuarantineError && err.code === 'not_found') {
        this.log.warn(`quarantine: ${id} was deleted before its release was delivered`)
        return this.finish(id)
      }
      if (!this.reported.has(id)) {
        this.reported.add(id)
        this.log.error(`quarantine: cannot release ${(err as Error).message}; left pending (delete it with "outpost quarantine delete --force ${id}")`)
        await appendAudit(dir, { by: 'gateway', action: 'release-failed', ids: [id], result: 'error', detail: (err as Error).message }).catch(() => undefined)
      }
      this.retryAt.set(id, Date.now() + RETRY_AFTER_MS)
      return
    }
    const marker = `${id}.injecting`
    if (!(await createExclusive(this.store.pendingDir, marker, JSON.stringify({ pid: process.pid, at: new Date().toISOString() })))) {
      // left by a crashed predecessor and not yet resolved; recover() decides
      await this.recover()
      return
    }
    let queueId: string
    try {
      queueId = await this.outbound.inject({
        from: meta.mail_from,
        to: meta.rcpt_to,
        raw,
        notes: { [RELEASE_NOTE]: { id, by: request.by } },
      })
    } catch (err) {
      await unlinkIfExists(path.join(this.store.pendingDir, marker))
      this.retryAt.set(id, Date.now() + RETRY_AFTER_MS)
      this.log.error(`quarantine: release of ${id} not queued, retrying in ${RETRY_AFTER_MS / 1000}s: ${(err as Error).message ?? err}`)
      return
    }
    await this.outbound.syncQueue()
    await this.markReleased(id, request.by, request.at, `queued as ${queueId}`, false, queueId)
    this.log.info(`quarantine: released ${id} (requested by ${request.by}), queued as ${queueId}`)
  }

  private async markReleased(id: string, by: string, at: string, detail: string, recovered: boolean, queueId = ''): Promise<void> {
    const done: ReleaseDone = { id, by, at, queued_at: new Date().toISOString(), queue_id: queueId }
    if (recovered) done.recovered = true
    await writeFileAtomic(this.store.dir, `${id}.released`, JSON.stringify(done) + '\n')
    await this.store.noteReleased(id)
    await appendAudit(this.store.dir, { by, action: 'released', ids: [id], result: 'ok', detail }).catch((err) =>
      this.log.warn(`quarantine audit log not written: ${(err as Error).message}`),
    )
    await this.finish(id)
  }

  private async finish(id: string): Promise<void> {
    await unlinkIfExists(path.join(this.store.pendingDir, `${id}.injecting`))
    await unlinkIfExists(path.join(this.store.pendingDir, id))
    await fsyncDir(this.store.pendingDir)
    this.retryAt.delete(id)
  }

  // ------------------------------------------------------------- retention

  async reindex(): Promise<void> {
    const t = Date.now()
    const { entries, warnings } = await this.store.reindex()
    this.log.info(`quarantine: index rebuilt from the stored files: ${entries.length} entries, ${warnings.length} ignored as partial or corrupt, ${Date.now() - t} ms`)
  }

  /** Periodic maintenance: purge what is past retention; either way the index is rebuilt from the files. */
  async maintain(now = Date.now()): Promise<string[]> {
    if (!this.holdsLock) return []
    if (this.cfg.retentionMs > 0) return this.expireNow(now)
    await this.reindex()
    await this.store.sweepLeftovers(now - 3_600_000)
    return []
  }

  async expireNow(now = Date.now()): Promise<string[]> {
    if (!this.holdsLock || this.cfg.retentionMs <= 0) return []
    const deleted = await this.store.expire(this.cfg.retentionMs, now)
    if (deleted.length) {
      this.log.info(`quarantine: purged ${deleted.length} entr${deleted.length === 1 ? 'y' : 'ies'} older than ${this.cfg.retentionDays} days`)
      await appendAudit(this.store.dir, {
        by: 'gateway',
        action: 'expire',
        ids: deleted,
        result: 'ok',
        detail: `retention_days=${this.cfg.retentionDays}`,
      })
    }
    return deleted
  }

  // ---------------------------------------------------------------- digest

  private digestStatePath(): string {
    return path.join(this.store.dir, DIGEST_STATE_FILE)
  }

  private async initDigestState(): Promise<void> {
    // a new quarantine reports what arrives from now on, not its whole history
    const state = await readJsonIfExists<{ since: string }>(this.digestStatePath()).catch(() => undefined)
    if (!state) await writeFileAtomic(this.store.dir, DIGEST_STATE_FILE, JSON.stringify({ since: new Date().toISOString() }) + '\n')
  }

  /** Send one digest of what was quarantined since the last one. Returns how many entries it listed. */
  async digestNow(now = Date.now()): Promise<number> {
    if (!this.holdsLock || !this.cfg.notify) return 0
    const state = await readJsonIfExists<{ since: string }>(this.digestStatePath()).catch(() => undefined)
    const since = state ? Date.parse(state.since) : now - this.cfg.digestIntervalMs
    const { entries } = await this.store.list({ since, until: now })
    if (entries.length) {
      const mail = composeDigest(entries, this.cfg.notify, { from: this.cfg.notifyFrom, hostname: this.hostname, now: new Date(now) })
      const queueId = await this.outbound.inject({ from: mail.from, to: mail.to, raw: Buffer.from(mail.raw, 'utf8'), notes: { outpost_notice: 'digest' } })
      this.log.info(`quarantine: digest of ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} sent to ${this.cfg.notify} (${queueId})`)
    }
    // the next digest starts where this one ended, even when it was empty
    await writeFileAtomic(this.store.dir, DIGEST_STATE_FILE, JSON.stringify({ since: new Date(now).toISOString() }) + '\n')
    return entries.length
  }
}
