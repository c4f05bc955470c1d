// Small durable-file primitives: temp name, fsync, rename (or link for
// create-only-once), fsync of the directory. Everything else in the
// quarantine is built from these.
import crypto from 'node:crypto'
import os from 'node:os'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'

/** Temp files start with a dot so listings never mistake them for entries. */
export const TEMP_PREFIX = '.tmp-'

export function tempName(dir: string): string {
  return path.join(dir, `${TEMP_PREFIX}${process.pid}-${crypto.randomBytes(6).toString('hex')}`)
}

export async function fsyncDir(dir: string): Promise<void> {
  const fh = await fsp.open(dir, 'r')
  try {
    await fh.sync()
  } finally {
    await fh.close()
  }
}

export function fsyncDirSync(dir: string): void {
  const fd = fs.openSync(dir, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** Write data to a new temp file in dir and fsync it; returns the temp path. The caller renames or links it. */
export async function writeTemp(dir: string, data: Buffer | string, durable = true): Promise<string> {
  const tmp = tempName(dir)
  const fh = await fsp.open(tmp, 'wx', 0o640)
  try {
    await fh.writeFile(data)
    if (durable) await fh.sync()
  } catch (err) {
    await fh.close().catch(() => undefined)
    await fsp.unlink(tmp).catch(() => undefined)
    throw err
  }
  await fh.close()
  return tmp
}

/** Replace (or create) dir/name atomically and durably. */
export async function writeFileAtomic(dir: string, name: string, data: Buffer | string, durable = true): Promise<void> {
  const tmp = await writeTemp(dir, data, durable)
  try {
    await fsp.rename(tmp, path.join(dir, name))
  } catch (err) {
    await fsp.unlink(tmp).catch(() => undefined)
    throw err
  }
  if (durable) await fsyncDir(dir)
}

/**
 * Create dir/name with the given content only if it does not exist yet.
 * link(2) fails with EEXIST atomically, so of two concurrent callers exactly
 * one wins, and the winner's file is never seen half-written.
 * Returns false if the file already existed.
 */
export async function createExclusive(dir: string, name: string, data: Buffer | string, durable = true): Promise<boolean> {
  const tmp = await writeTemp(dir, data, durable)
  try {
    await fsp.link(tmp, path.join(dir, name))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw err
  } finally {
    await fsp.unlink(tmp).catch(() => undefined)
  }
  if (durable) await fsyncDir(dir)
  return true
}

export async function unlinkIfExists(file: string): Promise<boolean> {
  try {
    await fsp.unlink(file)
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw err
  }
}

export async function readJsonIfExists<T>(file: string): Promise<T | undefined> {
  let text: string
  try {
    text = await fsp.readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
  return JSON.parse(text) as T
}

/** Whether a process with this pid exists on this host (EPERM: it exists, owned by someone else). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

interface FileLockContent {
  token: string
  pid: number
  host: string
}

/** A holder keeps a file lock for milliseconds; one this old on another host belongs to a process that died holding it. */
export const FILE_LOCK_STALE_MS = 30_000

/**
 * Run fn while holding dir/name as an exclusive lock between processes (the
 * admin command run several times at once, and the gateway). The lock file is
 * created with its content in one link(2), so it is never seen empty. A lock
 * whose holder died (dead pid on this host, or older than FILE_LOCK_STALE_MS
 * from another host) is broken: renamed aside and removed only if it is still
 * the dead holder's, so two processes breaking it at once do not both win.
 */
export async function withFileLock<T>(dir: string, name: string, fn: () => Promise<T>, waitMs = 10_000): Promise<T> {
  const file = path.join(dir, name)
  const mine: FileLockContent = { token: crypto.randomBytes(8).toString('hex'), pid: process.pid, host: os.hostname() }
  const deadline = Date.now() + waitMs
  let delay = 2
  for (;;) {
    if (await createExclusive(dir, name, JSON.stringify(mine), false)) break
    const holder = await readJsonIfExists<FileLockContent>(file).catch(() => undefined)
    const st = await fsp.stat(file).catch(() => undefined)
    if (holder && st) {
      const dead = holder.host === os.hostname() ? !pidAlive(holder.pid) : Date.now() - st.mtimeMs > FILE_LOCK_STALE_MS
      if (dead) {
        await breakLock(file, holder.token)
        continue
      }
    }
    if (Date.now() > deadline) {
      throw Object.assign(new Error(`${file} is held by ${holder ? `pid ${holder.pid} on ${holder.host}` : 'another process'}; try again`), { code: 'ELOCKED' })
    }
    await new Promise((r) => setTimeout(r, delay))
    delay = Math.min(delay * 2, 50)
  }
  try {
    return await fn()
  } finally {
    // only our own lock: never one that replaced ours after it was (wrongly) judged dead
    const now = await readJsonIfExists<FileLockContent>(file).catch(() => undefined)
    if (now?.token === mine.token) await unlinkIfExists(file).catch(() => undefined)
  }
}

async function breakLock(file: string, deadToken: string): Promise<void> {
  const aside = `${file}.broken-${process.pid}-${crypto.randomBytes(4).toString('hex')}`
  try {
    await fsp.rename(file, aside)
  } catch {
    return // someone else broke it first
  }
  const taken = await readJsonIfExists<FileLockContent>(aside).catch(() => undefined)
  if (taken && taken.token !== deadToken) {
    // another breaker replaced it with a live lock between our read and our rename: put it back
    await fsp.link(aside, file).catch(() => undefined)
  }
  await unlinkIfExists(aside).catch(() => undefined)
}

/** The part of fs.promises a journal append uses (tests pass one that cuts writes short). */
export interface AppendIo {
  open(
    file: string,
    flags: string,
    mode?: number,
  ): Promise<{
    write(buf: Buffer, offset: number, length: number): Promise<{ bytesWritten: number }>
    stat(): Promise<{ ino: number; dev: number }>
    close(): Promise<void>
  }>
  stat(file: string): Promise<{ ino: number; dev: number }>
}

/**
 * Append one journal record with exactly one write(2) on an O_APPEND descriptor.
 *
 * fs.appendFile writes the rest of a short write with a second write(2), and
 * another writer's record can land between the two (a full disk where a failed
 * store frees space meanwhile): the record is then split in two unreadable
 * halves, after its store was acknowledged. Here a short write is a failure;
 * the fragment left behind has no newline and readers skip it (index_log).
 *
 * A journal rebuild renames a new file over the old one. A record written to
 * the old file after the rebuild copied its tail would be lost, so when the
 * path no longer names the file written to, the record is appended again (a
 * repeated record is harmless when replayed).
 */
export async function appendRecord(file: string, text: string, io: AppendIo = fsp): Promise<void> {
  const buf = Buffer.from(text)
  for (let attempt = 0; attempt < 3; attempt++) {
    const fh = await io.open(file, 'a', 0o640)
    let wrote: { ino: number; dev: number }
    try {
      const { bytesWritten } = await fh.write(buf, 0, buf.length)
      if (bytesWritten !== buf.length) {
        throw Object.assign(new Error(`short write to ${file} (${bytesWritten} of ${buf.length} bytes): no space left on device?`), { code: 'ENOSPC' })
      }
      wrote = await fh.stat()
    } finally {
      await fh.close()
    }
    const now = await io.stat(file).catch(() => undefined)
    if (now && now.ino === wrote.ino && now.dev === wrote.dev) return
  }
  throw new Error(`${file} was replaced three times while a record was appended to it`)
}
