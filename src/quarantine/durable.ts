// Small durable-file primitives: temp name, fsync, rename (or link for
// create-only-once), fsync of the directory. Everything else in the
// quarantine is built from these.
import crypto from 'node:crypto'
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
