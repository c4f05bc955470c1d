// Smarthost AUTH credentials live in their own file, readable by the Haraka
// user only, so config/outpost_route.ini can be world-readable and shown
// around without leaking the secret.
import fs from 'node:fs'
import path from 'node:path'
import type { Credentials } from './config'

/**
 * Parse a credentials file: one line `USER:PASSWORD` (split at the first
 * colon; the password may contain colons and spaces). Blank lines and lines
 * starting with # are ignored. The error never quotes the file's content.
 */
export function parseCredentials(text: string): Credentials {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
  if (lines.length !== 1) throw new Error(`expected exactly one line USER:PASSWORD, found ${lines.length}`)
  const line = lines[0]
  const colon = line.indexOf(':')
  if (colon <= 0 || colon === line.length - 1) throw new Error('expected one line USER:PASSWORD (both non-empty)')
  return { user: line.slice(0, colon).trim(), pass: line.slice(colon + 1) }
}

/**
 * Read a credentials file, refusing one that the group or others can read or
 * write: a secret that every local user can read is no longer a secret.
 * Relative paths are taken from the install directory's config/.
 */
export function readCredentialsFile(file: string, baseDir: string): Credentials {
  const full = path.resolve(baseDir, file)
  let st: fs.Stats
  try {
    st = fs.statSync(full)
  } catch (err) {
    throw new Error(`cannot read credentials file ${full}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
  if (!st.isFile()) throw new Error(`credentials file ${full} is not a regular file`)
  if ((st.mode & 0o077) !== 0) {
    const mode = (st.mode & 0o777).toString(8).padStart(3, '0')
    throw new Error(`credentials file ${full} has mode ${mode}: group and others must have no access (chmod 600, owned by the Haraka user)`)
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0 && st.uid !== process.getuid()) {
    throw new Error(`credentials file ${full} is owned by uid ${st.uid}, not by the Haraka user (uid ${process.getuid()})`)
  }
  return parseCredentials(fs.readFileSync(full, 'utf8'))
}
