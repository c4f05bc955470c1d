// The quarantine's holder lock (gateway.lock): which gateway process delivers
// releases, purges and sends digests. One file, refreshed (mtime) every
// release_poll_interval by its holder. Both the gateway (taking or keeping the
// lock) and `outpost quarantine` (saying whether a release will be delivered
// now) judge a holder with holderAlive(), the one liveness check.
import crypto from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createExclusive, pidAlive, readJsonIfExists, unlinkIfExists, writeFileAtomic } from './durable'
import { LOCK_FILE } from './layout'

/** A lock whose heartbeat is older than this belongs to a dead gateway. */
export const LOCK_STALE_MS = 30_000
/** A takeover takes milliseconds; a takeover lock this old was left by a process that died in it. */
const TAKEOVER_STALE_MS = 10_000

export interface LockContent {
  token: string
  pid: number
  host: string
  since: string
}

/**
 * A holder is alive while its heartbeat is fresh and, on this host, its
 * process exists (a live process of another user counts). On another host only
 * the heartbeat can tell.
 */
export function holderAlive(holder: Pick<LockContent, 'pid' | 'host'>, heartbeatMs: number, now = Date.now()): boolean {
  if (now - heartbeatMs >= LOCK_STALE_MS) return false
  return holder.host !== os.hostname() || pidAlive(holder.pid)
}

/** Whether a live gateway holds the lock of the quarantine in dir (for `outpost quarantine`). */
export function gatewayLockHeld(dir: string): boolean {
  try {
    const file = path.join(dir, LOCK_FILE)
    const heartbeat = fs.statSync(file).mtimeMs
    return holderAlive(JSON.parse(fs.readFileSync(file, 'utf8')) as LockContent, heartbeat)
  } catch {
    return false
  }
}

/** One gateway's claim on the lock of the quarantine in dir(). */
export class GatewayLock {
  private readonly token = crypto.randomBytes(8).toString('hex')

  /** dir: the quarantine directory now (it may change on a config reload) */
  constructor(private readonly dir: () => string) {}

  private content(): LockContent {
    return { token: this.token, pid: process.pid, host: os.hostname(), since: new Date().toISOString() }
  }

  /** Keep the lock (refresh its heartbeat) or take it when free or its holder is dead. Throws on I/O errors. */
  async refresh(): Promise<boolean> {
    const dir = this.dir()
    const file = path.join(dir, LOCK_FILE)
    let current = await readJsonIfExists<LockContent>(file).catch(() => undefined)
    if (current?.token === this.token) {
      const now = new Date()
      await fsp.utimes(file, now, now)
      return true
    }
    if (!current) {
      if (await createExclusive(dir, LOCK_FILE, JSON.stringify(this.content()))) return true
      // another gateway created it between our read and our create (Haraka's
      // cluster workers all start at once): it is theirs, judged as any other
      current = await readJsonIfExists<LockContent>(file).catch(() => undefined)
      if (!current) return false // gone again or unreadable: look next round
    }
    const st = await fsp.stat(file).catch(() => undefined)
    // a lock of this very process under another token is a previous gateway instance's: take it
    const ours = current.host === os.hostname() && current.pid === process.pid
    if (st && !ours && holderAlive(current, st.mtimeMs)) return false
    return this.takeOver(current)
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
    const dir = this.dir()
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
      await writeFileAtomic(dir, LOCK_FILE, JSON.stringify(this.content()))
      return true
    } finally {
      await unlinkIfExists(path.join(dir, mutex))
    }
  }
}
