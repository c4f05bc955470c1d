// Who owns the gateway's data: the user Haraka runs as. Haraka starts as root
// (to bind port 25) and drops to smtp.ini user=/group= after listening, but
// plugins load before that: whatever they create must already belong to that
// user, or the gateway cannot write it once it has dropped privileges. Under
// systemd User= the whole process runs as the service user and nothing here
// needs to change ownership.
//
// The `outpost` command run as root (sudo) acts for the same user, so that what
// it writes (release requests, the learned model, DKIM keys) is what the
// running gateway can read and delete.
import fs from 'node:fs'
import path from 'node:path'
import { parseIni } from './ini'

export interface Owner {
  uid: number
  gid: number
  /** user name, when known (for initgroups and messages) */
  user?: string
  /** where this owner came from, for messages */
  source: string
}

interface PasswdEntry {
  name: string
  uid: number
  gid: number
}

function readColonFile(file: string): string[][] {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(':'))
  } catch {
    return []
  }
}

/** A user by name or numeric id, from /etc/passwd (numeric ids need no entry). */
export function lookupUser(nameOrId: string | number, passwd = '/etc/passwd'): PasswdEntry | undefined {
  const text = String(nameOrId).trim()
  for (const f of readColonFile(passwd)) {
    if (f.length < 4) continue
    if (f[0] === text || (/^\d+$/.test(text) && f[2] === text)) return { name: f[0], uid: Number(f[2]), gid: Number(f[3]) }
  }
  if (/^\d+$/.test(text)) return { name: text, uid: Number(text), gid: Number(text) }
  return undefined
}

/** A group's id by name or numeric id, from /etc/group. */
export function lookupGroup(nameOrId: string | number, groupFile = '/etc/group'): number | undefined {
  const text = String(nameOrId).trim()
  if (/^\d+$/.test(text)) return Number(text)
  for (const f of readColonFile(groupFile)) if (f.length >= 3 && f[0] === text) return Number(f[2])
  return undefined
}

/**
 * The owner smtp.ini user=/group= names (Haraka's own settings, read from
 * the [main] part of the file), or undefined when Haraka keeps the user it was
 * started as. Throws when a name does not exist: Haraka would fail the same way.
 */
export function ownerFromSmtpIni(main: { user?: unknown; group?: unknown } | undefined, source = 'smtp.ini'): Owner | undefined {
  const userText = main?.user === undefined || main.user === null ? '' : String(main.user).trim()
  if (!userText) return undefined
  const user = lookupUser(userText)
  if (!user) throw new Error(`${source}: user=${userText}: no such user`)
  let gid = user.gid
  const groupText = main?.group === undefined || main.group === null ? '' : String(main.group).trim()
  if (groupText) {
    const g = lookupGroup(groupText)
    if (g === undefined) throw new Error(`${source}: group=${groupText}: no such group`)
    gid = g
  }
  return { uid: user.uid, gid, user: user.name, source: `${source} user=${userText}${groupText ? ` group=${groupText}` : ''}` }
}

/** smtp.ini of an install dir, as Haraka reads it (keys before any section are [main]). */
export function readSmtpIniMain(dir: string): Record<string, string> {
  let text = ''
  try {
    text = fs.readFileSync(path.join(dir, 'config', 'smtp.ini'), 'utf8')
  } catch {
    return {}
  }
  const out: Record<string, string> = {}
  try {
    const doc = parseIni(text, 'config/smtp.ini')
    for (const e of doc.sections.find((s) => s.name === 'main')?.entries ?? []) out[e.key] = e.value
  } catch {
    /* Haraka's own file: a line we cannot parse is Haraka's business */
  }
  return out
}

/** The directories where the gateway keeps its data, relative paths resolved against the install dir. */
export function dataDirCandidates(dir: string): string[] {
  const out: string[] = []
  try {
    const q = fs.readFileSync(path.join(dir, 'config', 'queue_dir'), 'utf8').trim()
    if (q) out.push(path.resolve(dir, q))
  } catch {
    /* Haraka's default */
  }
  out.push(path.join(dir, 'queue'), path.join(dir, 'var', 'quarantine'), path.join(dir, 'var'))
  return out
}

/**
 * The user the gateway of install `dir` runs as, seen from outside it: smtp.ini
 * user=/group=, else the owner of its data directories (the queue, the
 * quarantine, var/) when that is not root (systemd User=). Undefined: root.
 */
export function serviceOwnerOf(dir: string): Owner | undefined {
  const configured = ownerFromSmtpIni(readSmtpIniMain(dir), path.join(dir, 'config', 'smtp.ini'))
  if (configured) return configured
  for (const d of dataDirCandidates(dir)) {
    let st: fs.Stats
    try {
      st = fs.statSync(d)
    } catch {
      continue
    }
    if (st.uid !== 0) {
      const user = lookupUser(st.uid)
      return { uid: st.uid, gid: st.gid, user: user && user.name !== String(st.uid) ? user.name : undefined, source: `owner of ${d}` }
    }
  }
  return undefined
}

export function runningAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0
}

/**
 * Become `owner` for the rest of this process (root only): supplementary
 * groups, then the group, then the user. Afterwards every file this process
 * creates belongs to the gateway's user, and what it cannot read the gateway
 * could not read either.
 */
export function becomeOwner(owner: Owner): void {
  if (!runningAsRoot()) return
  const proc = process as NodeJS.Process & {
    initgroups?: (user: string, extraGroup: number) => void
    setgroups?: (groups: number[]) => void
    setgid: (id: number) => void
    setuid: (id: number) => void
  }
  let grouped = false
  if (owner.user && proc.initgroups) {
    try {
      proc.initgroups(owner.user, owner.gid)
      grouped = true
    } catch {
      /* not in /etc/passwd (a bare uid): only its group */
    }
  }
  if (!grouped) proc.setgroups?.([owner.gid])
  proc.setgid(owner.gid)
  proc.setuid(owner.uid)
}

/** Change the owner of a whole tree (files and directories, symlinks themselves, never followed). */
export function chownTree(root: string, owner: Pick<Owner, 'uid' | 'gid'>): number {
  let changed = 0
  const walk = (p: string): void => {
    const st = fs.lstatSync(p)
    if (st.uid !== owner.uid || st.gid !== owner.gid) {
      fs.lchownSync(p, owner.uid, owner.gid)
      changed++
    }
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) walk(path.join(p, name))
  }
  walk(root)
  return changed
}

/**
 * Make sure `dir` exists and belongs to `owner` (when this process is root
 * and will hand over to that user): the directories created here, each one of
 * them, are given to the owner; with `repair`, an existing directory owned by
 * someone else (root, from an earlier start before privileges were dropped) is
 * handed over with its content. Returns what was repaired, for a log line.
 */
export function ensureOwnedDir(
  dir: string,
  owner: Pick<Owner, 'uid' | 'gid'> | undefined,
  mode = 0o750,
  opts: { repair?: boolean } = {},
): { created: boolean; repaired: number } {
  const first = fs.mkdirSync(dir, { recursive: true, mode })
  if (!owner || !runningAsRoot()) return { created: first !== undefined, repaired: 0 }
  if (first !== undefined) {
    // every component mkdir made, from the first one down to dir
    let p = dir
    const made: string[] = []
    while (p.length >= first.length) {
      made.push(p)
      if (p === first) break
      p = path.dirname(p)
    }
    for (const m of made) fs.chownSync(m, owner.uid, owner.gid)
    return { created: true, repaired: 0 }
  }
  // only a directory that is the gateway's alone (its queue, its quarantine) is handed over whole
  if (!opts.repair) return { created: false, repaired: 0 }
  const st = fs.statSync(dir)
  if (st.uid === owner.uid) return { created: false, repaired: 0 }
  return { created: false, repaired: chownTree(dir, owner) }
}

/**
 * Can `owner` read (and with write, also create files in) `p`? Checked from
 * its mode bits, so root can ask on behalf of the user it will become.
 */
export function accessibleBy(p: string, owner: Pick<Owner, 'uid' | 'gid'>, want: { write?: boolean; dir?: boolean } = {}): boolean {
  const st = fs.statSync(p)
  if (owner.uid === 0) return true
  const shift = st.uid === owner.uid ? 6 : st.gid === owner.gid ? 3 : 0
  const bits = (st.mode >> shift) & 7
  const need = 4 | (want.write ? 2 : 0) | (want.dir || st.isDirectory() ? 1 : 0)
  return (bits & need) === need
}

/** The part of a Haraka plugin this module reads: its config reader. */
interface ConfigReader {
  config: { get(name: string, type?: unknown, cb?: unknown): any }
}

/**
 * Inside the gateway: the user Haraka will drop to after binding (smtp.ini
 * user=/group=), when this process is still root and will hand over to it.
 * Undefined when nothing changes hands (not root, or no user= set).
 */
export function gatewayOwner(plugin: ConfigReader): Owner | undefined {
  if (!runningAsRoot()) return undefined
  const ini = plugin.config.get('smtp.ini')
  return ownerFromSmtpIni(ini?.main, 'config/smtp.ini')
}

/**
 * A start-up check: can the user the gateway runs as read `file`? Throws an
 * error naming the file, the user and the fix. Root about to drop privileges
 * checks the mode bits for that user; anyone else simply tries.
 */
export function assertReadableByGateway(file: string, owner: Owner | undefined, what: string): void {
  if (owner) {
    let ok = false
    try {
      ok = accessibleBy(file, owner) && accessibleBy(path.dirname(file), owner, { dir: true })
    } catch (err) {
      throw new Error(`${what} ${file}: ${(err as Error).message}`)
    }
    if (!ok) {
      const who = owner.user ?? `uid ${owner.uid}`
      throw new Error(
        `${what} ${file} is not readable by ${who}, the user Haraka runs as (${owner.source}): ` +
          `give it to that user, e.g. chown ${who} ${file} (the outpost command run with sudo does this for what it writes)`,
      )
    }
    return
  }
  try {
    fs.accessSync(file, fs.constants.R_OK)
  } catch (err) {
    const uid = typeof process.getuid === 'function' ? process.getuid() : '?'
    throw new Error(`${what} ${file} is not readable by uid ${uid}, the user the gateway runs as: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
}
