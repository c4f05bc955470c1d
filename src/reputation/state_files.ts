// The reputation state on disk (config [reputation] state_dir, default
// var/reputation): small JSON documents that the gateway and the `outpost`
// command both read and update. An update is read-modify-write under a lock
// file (O_EXCL), so a CLI import and the gateway's own check never lose each
// other's change; each write is atomic (temp file, fsync, rename).
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { readJsonIfExists, writeFileAtomic } from '../quarantine/durable'

/** A lock older than this was left by a process that died holding it. */
const LOCK_STALE_MS = 30_000

/** mkdir -p (the outpost command run by root acts as the gateway's user: src/cli/outpost.ts). */
export async function ensureDir(dir: string): Promise<void> {
  await fsp.mkdir(dir, { recursive: true, mode: 0o750 })
}

export async function ensureStateDir(dir: string): Promise<void> {
  await ensureDir(dir)
}

async function takeLock(lock: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const fh = await fsp.open(lock, 'wx', 0o640)
      await fh.writeFile(`${process.pid}\n`)
      await fh.close()
      return
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const st = await fsp.stat(lock).catch(() => undefined)
      if (st && Date.now() - st.mtimeMs > LOCK_STALE_MS) {
        await fsp.unlink(lock).catch(() => undefined)
        continue
      }
      if (attempt > 400) throw new Error(`${lock} is held by another process (remove it if no gateway or outpost command is running)`)
      await new Promise((r) => setTimeout(r, 25))
    }
  }
}

/** Read the JSON document `name` in dir (fallback when missing). */
export async function readState<T>(dir: string, name: string, fallback: T): Promise<T> {
  return (await readJsonIfExists<T>(path.join(dir, name))) ?? fallback
}

/**
 * Read-modify-write the JSON document `name` in dir under its lock. `change`
 * returns the new document (undefined: nothing to write) and a result for the caller.
 */
export async function updateState<T, R>(dir: string, name: string, fallback: T, change: (doc: T) => { doc?: T; result: R } | Promise<{ doc?: T; result: R }>): Promise<R> {
  await ensureStateDir(dir)
  const lock = path.join(dir, `.${name}.lock`)
  await takeLock(lock)
  try {
    const current = await readState(dir, name, fallback)
    const { doc, result } = await change(current)
    if (doc !== undefined) await writeFileAtomic(dir, name, JSON.stringify(doc, null, 1) + '\n')
    return result
  } finally {
    await fsp.unlink(lock).catch(() => undefined)
  }
}

export function stateFileExists(dir: string, name: string): boolean {
  return fs.existsSync(path.join(dir, name))
}
