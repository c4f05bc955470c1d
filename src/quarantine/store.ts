// The quarantine store: a directory of entries, each the exact message bytes
// (ID.eml) with its metadata beside it (ID.json), plus release markers
// (ID.release written once by whoever asked for the release, ID.released by
// the gateway once Haraka has queued the message).
//
// Durability: ID.eml and ID.json are each written to a temp name, fsynced and
// renamed; the directory is fsynced before store() resolves. ID.json is the
// commit record: an entry exists when ID.json exists and ID.eml matches the
// size and sha256 recorded in it. Anything else is partial and ignored.
//
// State changes of one entry (release requested, deleted) are made under that
// entry's lock (ID.lock, held for milliseconds by whichever `outpost` process
// makes the change), each as one check-and-act: a delete that finds no release
// request removes the entry before any release can be recorded, and a release
// acknowledged to the admin is never followed by a delete without --force.
//
// The index (index.jsonl, see index_log.ts) is a journal of what happened to
// the entries, one record appended per store, release and delete; `list` reads
// it alone. A store is acknowledged only once its record is in the journal
// whole. The files stay the truth: `reindex` rebuilds the journal from one
// readdir and the ID.json files (at gateway start, at every purge, when lost).
import crypto from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { AppendIo, appendRecord, createExclusive, fsyncDir, readJsonIfExists, TEMP_PREFIX, tempName, unlinkIfExists, withFileLock } from './durable'
import { EntryState, Filter, matches } from './filter'
import { checkId, newId } from './ids'
import { INDEX_FILE, PENDING_DIR, parseName, partPath } from './layout'
import { addLine, deleteLine, filterView, releasedLine, releaseLine, replay, summaryOf } from './index_log'
import { EntryInput, EntryMeta, EntrySummary, metaProblem, summarize } from './meta'

export interface ReleaseRequest {
  id: string
  by: string
  /** ISO time the release was requested */
  at: string
}

export interface ReleaseDone extends ReleaseRequest {
  /** ISO time Haraka accepted the message into its outbound queue */
  queued_at: string
  /** Haraka's transaction id for the re-injected message (appears in its logs) */
  queue_id: string
  /** set when the gateway found the message already queued after a crash */
  recovered?: boolean
}

export interface ListedEntry extends EntrySummary {
  state: EntryState
}

export interface ListResult {
  entries: ListedEntry[]
  /** entries that exist on disk but cannot be used (partial or corrupt), one message each */
  warnings: string[]
  /** the index was missing or unusable and was rebuilt from the stored files */
  rebuilt: boolean
}

export class QuarantineError extends Error {
  constructor(
    message: string,
    readonly code: 'not_found' | 'corrupt' | 'already_released' | 'release_pending' | 'io',
  ) {
    super(message)
    this.name = 'QuarantineError'
  }
}

export interface StoreOptions {
  /** fsync files and directories (default true; the benchmark's bulk fill turns it off and says so) */
  durable?: boolean
  /** where problems that lose nothing are reported (index append failed, corrupt entry skipped) */
  warn?: (msg: string) => void
  /** how journal records are appended (tests pass one that cuts writes short) */
  journal?: AppendIo
}

function sortByTime<T extends { time: string }>(entries: T[]): T[] {
  // ISO times of one format compare as strings; the sort is stable, so ties keep id order
  return entries.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0))
}

async function readFrom(fh: fsp.FileHandle, offset: number): Promise<string> {
  const { size } = await fh.stat()
  if (size <= offset) return ''
  const buf = Buffer.alloc(size - offset)
  await fh.read(buf, 0, buf.length, offset)
  return buf.toString('utf8')
}

interface ScanFlags {
  eml?: boolean
  json?: boolean
  release?: boolean
  released?: boolean
}

export class QuarantineStore {
  readonly dir: string
  readonly pendingDir: string
  private readonly durable: boolean
  private readonly warn: (msg: string) => void
  private readonly journal: AppendIo

  constructor(dir: string, opts: StoreOptions = {}) {
    this.dir = path.resolve(dir)
    this.pendingDir = path.join(this.dir, PENDING_DIR)
    this.durable = opts.durable ?? true
    this.warn = opts.warn ?? (() => undefined)
    this.journal = opts.journal ?? fsp
  }

  async ensureDirs(): Promise<void> {
    await fsp.mkdir(this.pendingDir, { recursive: true, mode: 0o750 })
  }

  // ---------------------------------------------------------------- store

  /**
   * Store a message durably. Resolves only when both files and the directory
   * entry are on disk; on any failure removes what it wrote and rejects, so a
   * failed store leaves nothing behind.
   */
  async store(input: EntryInput, body: Buffer | AsyncIterable<Buffer | string>, now = new Date()): Promise<EntryMeta> {
    await this.ensureDirs()
    const id = newId(now)
    const emlPath = partPath(this.dir, id, 'eml')
    const jsonPath = partPath(this.dir, id, 'json')
    const written: string[] = []
    const emlTmp = tempName(this.dir)
    let jsonTmp: string | undefined
    try {
      written.push(emlTmp)
      const { size, sha256 } = await this.writeBody(emlTmp, body)
      await fsp.rename(emlTmp, emlPath)
      written.push(emlPath)
      const meta: EntryMeta = { version: 1, id, time: now.toISOString(), ...input, size, sha256 }
      jsonTmp = tempName(this.dir)
      written.push(jsonTmp)
      await this.writeSmall(jsonTmp, JSON.stringify(meta, null, 2) + '\n')
      await fsp.rename(jsonTmp, jsonPath)
      written.push(jsonPath)
      if (this.durable) await fsyncDir(this.dir)
      // listing reads the index: an entry it cannot be added to whole (a full disk) is not
      // acknowledged, so every 250 is also listed and released by `release --all`
      await appendRecord(path.join(this.dir, INDEX_FILE), addLine(summarize(meta)), this.journal)
      return meta
    } catch (err) {
      // commit record first, so no reader ever sees ID.json without its ID.eml
      for (const file of written.reverse()) await fsp.unlink(file).catch(() => undefined)
      throw err
    }
  }

  private async writeBody(tmp: string, body: Buffer | AsyncIterable<Buffer | string>): Promise<{ size: number; sha256: string }> {
    const hash = crypto.createHash('sha256')
    let size = 0
    const fh = await fsp.open(tmp, 'wx', 0o640)
    try {
      const chunks: AsyncIterable<Buffer | string> | Buffer[] = Buffer.isBuffer(body) ? [body] : body
      for await (const chunk of chunks) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'binary') : chunk
        hash.update(buf)
        size += buf.length
        let off = 0
        while (off < buf.length) off += (await fh.write(buf, off)).bytesWritten
      }
      if (this.durable) await fh.sync()
    } finally {
      await fh.close()
    }
    return { size, sha256: hash.digest('hex') }
  }

  private async writeSmall(tmp: string, text: string): Promise<void> {
    const fh = await fsp.open(tmp, 'wx', 0o640)
    try {
      await fh.writeFile(text)
      if (this.durable) await fh.sync()
    } finally {
      await fh.close()
    }
  }

  // ----------------------------------------------------------------- read

  async readMeta(idText: string): Promise<EntryMeta> {
    const id = checkId(idText)
    let meta: unknown
    try {
      meta = await readJsonIfExists(partPath(this.dir, id, 'json'))
    } catch (err) {
      throw new QuarantineError(`${id}: metadata unreadable (${(err as Error).message})`, 'corrupt')
    }
    if (meta === undefined) throw new QuarantineError(`${id}: no such quarantine entry in ${this.dir}`, 'not_found')
    const problem = metaProblem(meta, id)
    if (problem) throw new QuarantineError(`${id}: metadata corrupt (${problem})`, 'corrupt')
    return meta as EntryMeta
  }

  /** The exact stored bytes, checked against the size and sha256 recorded at store time. */
  async readRaw(idText: string, meta?: EntryMeta): Promise<Buffer> {
    const m = meta ?? (await this.readMeta(idText))
    let raw: Buffer
    try {
      raw = await fsp.readFile(partPath(this.dir, m.id, 'eml'))
    } catch (err) {
      throw new QuarantineError(`${m.id}: message file missing or unreadable (${(err as Error).message})`, 'corrupt')
    }
    if (raw.length !== m.size || crypto.createHash('sha256').update(raw).digest('hex') !== m.sha256) {
      throw new QuarantineError(`${m.id}: message file does not match its recorded size and sha256`, 'corrupt')
    }
    return raw
  }

  async releaseRequest(idText: string): Promise<ReleaseRequest | undefined> {
    return readJsonIfExists<ReleaseRequest>(partPath(this.dir, checkId(idText), 'release'))
  }

  async releaseDone(idText: string): Promise<ReleaseDone | undefined> {
    return readJsonIfExists<ReleaseDone>(partPath(this.dir, checkId(idText), 'released'))
  }

  async state(idText: string): Promise<EntryState> {
    const id = checkId(idText)
    if (fs.existsSync(partPath(this.dir, id, 'released'))) return 'released'
    if (fs.existsSync(partPath(this.dir, id, 'release'))) return 'pending'
    return 'held'
  }

  // -------------------------------------------------------- admin actions

  /**
   * Record a release request. Exactly one request per id ever succeeds (link(2)
   * is atomic); a second one is refused with the first one's who and when.
   * The running gateway (or the next one to start) does the delivery.
   */
  async requestRelease(idText: string, by: string, now = new Date()): Promise<ReleaseRequest> {
    const id = checkId(idText)
    const request = await this.underEntryLock(id, async () => {
      const meta = await this.readMeta(id)
      await this.readRaw(id, meta) // refuse to release what cannot be delivered intact
      const req: ReleaseRequest = { id, by, at: now.toISOString() }
      if (!(await createExclusive(this.dir, `${id}.release`, JSON.stringify(req) + '\n', this.durable))) {
        const first = await this.releaseRequest(id).catch(() => undefined)
        const who = first ? ` by ${first.by} at ${first.at}` : ''
        throw new QuarantineError(`${id}: already released${who}; a message is released only once`, 'already_released')
      }
      return req
    })
    await this.appendIndex(releaseLine(id, by, request.at))
    await this.addPendingHint(id)
    return request
  }

  /** Run one state change of an entry while no other process changes that entry. */
  private async underEntryLock<T>(id: string, fn: () => Promise<T>): Promise<T> {
    // not ensureDirs: an admin command must not create the gateway's directory (as root, with root's owner)
    if (!fs.existsSync(this.dir)) throw new QuarantineError(`${id}: no such quarantine entry in ${this.dir}`, 'not_found')
    try {
      return await withFileLock(this.dir, `${id}.lock`, fn)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new QuarantineError(`${id}: ${(err as Error).message}`, 'io')
      throw err
    }
  }

  /** Record that the gateway queued a released message (it writes ID.released itself). */
  async noteReleased(id: string): Promise<void> {
    await this.appendIndex(releasedLine(checkId(id)))
  }

  /** Tell the gateway an id is waiting (its small pending/ directory is what it polls). */
  async addPendingHint(id: string): Promise<void> {
    await fsp.mkdir(this.pendingDir, { recursive: true })
    const fh = await fsp.open(path.join(this.pendingDir, checkId(id)), 'w', 0o640)
    await fh.close()
    if (this.durable) await fsyncDir(this.pendingDir)
  }

  /** Delete an entry. The commit record goes first, so a crash midway leaves an orphan file, never half an entry. */
  async delete(idText: string, opts: { force?: boolean } = {}): Promise<void> {
    const id = checkId(idText)
    await this.underEntryLock(id, async () => {
      const jsonPath = partPath(this.dir, id, 'json')
      if (!fs.existsSync(jsonPath) && !fs.existsSync(partPath(this.dir, id, 'eml'))) {
        throw new QuarantineError(`${id}: no such quarantine entry in ${this.dir}`, 'not_found')
      }
      const state = await this.state(id)
      if (state === 'pending' && !opts.force) {
        throw new QuarantineError(`${id}: a release is pending (the gateway has not queued it yet); not deleted`, 'release_pending')
      }
      await unlinkIfExists(jsonPath)
      for (const part of ['eml', 'release', 'released'] as const) await unlinkIfExists(partPath(this.dir, id, part))
      await unlinkIfExists(path.join(this.pendingDir, id))
      if (this.durable) await fsyncDir(this.dir)
    })
    await this.appendIndex(deleteLine(id))
  }

  /**
   * Entries older than the retention period, deleted. A release that is
   * still pending is kept until the gateway has queued it.
   * Also sweeps leftovers of crashed writes (temp files, an ID.eml whose
   * ID.json never arrived) once they are older than `leftoverAgeMs`;
   * no client was ever told 250 for those.
   */
  async expire(retentionMs: number, now = Date.now(), leftoverAgeMs = 3_600_000): Promise<string[]> {
    const cutoff = now - retentionMs
    // from the files, not the journal: nothing escapes retention because an index line was lost
    const { entries } = await this.reindex()
    const deleted: string[] = []
    for (const e of entries) {
      if (e.state === 'pending' || Date.parse(e.time) >= cutoff) continue
      try {
        await this.delete(e.id)
      } catch (err) {
        // released or deleted by an admin since the scan: theirs to decide, not retention's
        if (err instanceof QuarantineError && (err.code === 'release_pending' || err.code === 'not_found')) continue
        throw err
      }
      deleted.push(e.id)
    }
    await this.sweepLeftovers(now - leftoverAgeMs)
    return deleted
  }

  async sweepLeftovers(olderThanMs: number): Promise<number> {
    let removed = 0
    const scan = await this.scan()
    const names = await fsp.readdir(this.dir)
    for (const name of names) {
      const parsed = parseName(name)
      const leftover =
        name.startsWith(TEMP_PREFIX) || (parsed !== undefined && parsed.part === 'eml' && !scan.get(parsed.id)?.json)
      if (!leftover) continue
      const file = path.join(this.dir, name)
      const st = await fsp.stat(file).catch(() => undefined)
      if (st && st.mtimeMs < olderThanMs && (await unlinkIfExists(file))) {
        removed++
        this.warn(`removed leftover of an interrupted write: ${name}`)
      }
    }
    return removed
  }

  // ------------------------------------------------------ listing & index

  private async scan(): Promise<Map<string, ScanFlags>> {
    const found = new Map<string, ScanFlags>()
    let names: string[]
    try {
      names = await fsp.readdir(this.dir)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return found
      throw err
    }
    for (const name of names) {
      const p = parseName(name)
      if (!p) continue
      let flags = found.get(p.id)
      if (!flags) found.set(p.id, (flags = {}))
      flags[p.part] = true
    }
    return found
  }

  /**
   * Every usable entry matching the filter, oldest first, from the index
   * journal alone (one file read). A missing journal is rebuilt first.
   */
  async list(filter: Filter = {}): Promise<ListResult> {
    if (!fs.existsSync(this.dir)) return { entries: [], warnings: [], rebuilt: false }
    let text: string
    try {
      text = await fsp.readFile(path.join(this.dir, INDEX_FILE), 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      const result = await this.reindex()
      return { ...result, entries: result.entries.filter((e) => matches(e, e.state, filter)) }
    }
    const { entries } = replay(text)
    const out: ListedEntry[] = []
    for (const e of entries.values()) {
      if (matches(filterView(e), e.state, filter, e.t)) out.push(Object.assign(summaryOf(e), { state: e.state }))
    }
    return { entries: sortByTime(out), warnings: [], rebuilt: false }
  }

  /**
   * Rebuild the index journal from the stored files: one readdir for which
   * entries exist and their release state, the existing journal for their
   * summaries, ID.json for any it lacks. Partial or corrupt entries are left
   * out with a warning. Lines other writers append meanwhile are carried over.
   */
  async reindex(): Promise<ListResult> {
    if (!fs.existsSync(this.dir)) return { entries: [], warnings: [], rebuilt: false }
    const indexPath = path.join(this.dir, INDEX_FILE)
    const old = await fsp.open(indexPath, 'r').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined
      throw err
    })
    try {
      const oldText = old ? await old.readFile('utf8') : ''
      const readUpTo = Buffer.byteLength(oldText)
      const known = replay(oldText).entries
      const scan = await this.scan()
      const warnings: string[] = []
      const entries: ListedEntry[] = []
      for (const id of [...scan.keys()].sort()) {
        const flags = scan.get(id)!
        if (!flags.json) continue // an ID.eml alone is an interrupted write, never acknowledged
        if (!flags.eml) {
          warnings.push(`${id}: ignored, ID.json without its message file (partial or damaged entry)`)
          continue
        }
        const indexed = known.get(id)
        let summary = indexed ? summaryOf(indexed) : undefined
        if (!summary) {
          try {
            summary = summarize(await this.readMeta(id))
          } catch (err) {
            warnings.push(`${id}: ignored, ${(err as Error).message.replace(`${id}: `, '')}`)
            continue
          }
        }
        entries.push({ ...summary, state: flags.released ? 'released' : flags.release ? 'pending' : 'held' })
      }
      sortByTime(entries)
      const lines = entries.map((e) => addLine(e) + (e.state === 'held' ? '' : e.state === 'pending' ? releaseLine(e.id, '', '') : releasedLine(e.id)))
      try {
        const tmp = tempName(this.dir)
        await fsp.writeFile(tmp, lines.join(''), { flag: 'wx', mode: 0o640 })
        // lines appended while we scanned describe later events: keep them
        const tail = old ? await readFrom(old, readUpTo) : ''
        if (tail) await fsp.appendFile(tmp, tail)
        await fsp.rename(tmp, indexPath)
        const late = old ? await readFrom(old, readUpTo + Buffer.byteLength(tail)) : ''
        if (late) await appendRecord(indexPath, late, this.journal)
      } catch (err) {
        this.warn(`index not rewritten (${(err as Error).message}); it is rebuilt on the next try`)
      }
      for (const w of warnings) this.warn(w)
      return { entries, warnings, rebuilt: old === undefined }
    } finally {
      await old?.close()
    }
  }

  private async appendIndex(text: string): Promise<void> {
    // one O_APPEND write per event: concurrent writers never interleave lines. The journal
    // is derived data, so a failure loses nothing (reindex repairs it from the files).
    try {
      await appendRecord(path.join(this.dir, INDEX_FILE), text, this.journal)
    } catch (err) {
      this.warn(`index not updated (${(err as Error).message}); "outpost quarantine reindex" or the next gateway start repairs it`)
    }
  }

  /** Read every entry in full and check its message bytes; for `outpost quarantine verify` and the crash test. */
  async verifyAll(): Promise<{ ok: string[]; problems: string[] }> {
    const scan = await this.scan()
    const ok: string[] = []
    const problems: string[] = []
    for (const [id, flags] of [...scan.entries()].sort()) {
      if (!flags.json) continue
      try {
        await this.readRaw(id)
        ok.push(id)
      } catch (err) {
        problems.push((err as Error).message)
      }
    }
    return { ok, problems }
  }

  /** Ids with a release request but no completion: what the gateway still has to deliver. */
  async unfinishedReleases(): Promise<string[]> {
    const scan = await this.scan()
    return [...scan.entries()].filter(([, f]) => f.release && !f.released).map(([id]) => id).sort()
  }
}
