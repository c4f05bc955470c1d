// Per-sender statistics: messages, recipients, spam verdicts, quarantines and
// delivery failures per sender identity (`id:X`) and per sender domain
// (`domain:D`), in hour buckets (kept [reputation] stats_hourly) and day
// buckets (kept stats_daily). Complaints are not counted here: their record
// (complaints.json) is the source, and `outpost stats` merges it in.
//
// Backends follow haraka.ini [state] backend: this file is the memory one. The
// counts live in the process and are written to STATE_DIR/stats-SLOT.json
// every few seconds when they changed (and at shutdown), which is what the
// `outpost stats` command reads and what a restart continues from; each
// process of a Haraka cluster has its own slot, and readers add them up.
import cluster from 'node:cluster'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from '../quarantine/durable'

export const STAT_FIELDS = ['messages', 'recipients', 'spam', 'quarantined', 'failures'] as const
export type StatField = (typeof STAT_FIELDS)[number]
export type Counts = Partial<Record<StatField | 'complaints', number>>

export const HOUR = 3_600_000
export const DAY = 86_400_000

export interface StatsRetention {
  hourRetentionMs: number
  dayRetentionMs: number
}

/** subject -> 'h' + hour index or 'd' + day index -> counts */
export type StatsTable = Record<string, Record<string, Counts>>

export interface StatsSnapshot {
  version: 1
  written: number
  subjects: StatsTable
}

export interface StatsStore {
  /** counts at once in memory; with Redis the promise settles when stored (it never rejects: errors are logged) */
  add(subjects: string[], counts: Counts, now?: number): Promise<void> | void
  /** the counts of all slots (this process's up to date) */
  read(): Promise<StatsTable>
  flush(): Promise<void>
  close(): Promise<void>
}

export function subjectsOf(identity: string, domain: string): string[] {
  const out: string[] = []
  if (identity) out.push(`id:${identity.toLowerCase()}`)
  if (domain) out.push(`domain:${domain.toLowerCase()}`)
  return out
}

function addInto(table: StatsTable, subject: string, bucket: string, counts: Counts): void {
  const s = (table[subject] ??= {})
  const b = (s[bucket] ??= {})
  for (const [k, v] of Object.entries(counts) as Array<[StatField, number]>) if (v) b[k] = (b[k] ?? 0) + v
}

/** Drop buckets past retention (in place); returns whether anything changed. */
export function pruneTable(table: StatsTable, retention: StatsRetention, now: number): boolean {
  let changed = false
  const oldestHour = Math.floor((now - retention.hourRetentionMs) / HOUR)
  const oldestDay = Math.floor((now - retention.dayRetentionMs) / DAY)
  for (const [subject, buckets] of Object.entries(table)) {
    for (const key of Object.keys(buckets)) {
      const n = Number(key.slice(1))
      if ((key[0] === 'h' && n < oldestHour) || (key[0] === 'd' && n < oldestDay)) {
        delete buckets[key]
        changed = true
      }
    }
    if (!Object.keys(buckets).length) delete table[subject]
  }
  return changed
}

export function mergeTables(into: StatsTable, from: StatsTable): StatsTable {
  for (const [subject, buckets] of Object.entries(from)) for (const [key, counts] of Object.entries(buckets)) addInto(into, subject, key, counts)
  return into
}

function slotName(): string {
  if (cluster.isWorker && cluster.worker) return `stats-worker${cluster.worker.id}.json`
  return 'stats-main.json'
}

export const STATS_FILE = /^stats-[a-z0-9]+\.json$/

/** Every slot's snapshot in dir, added up (what `outpost stats` shows). */
export async function readStatsFiles(dir: string, except?: string): Promise<StatsTable> {
  const table: StatsTable = {}
  const names = await fsp.readdir(dir).catch(() => [] as string[])
  for (const name of names) {
    if (!STATS_FILE.test(name) || name === except) continue
    try {
      const snap = JSON.parse(await fsp.readFile(path.join(dir, name), 'utf8')) as StatsSnapshot
      mergeTables(table, snap.subjects ?? {})
    } catch {
      /* a slot being replaced right now is read next time */
    }
  }
  return table
}

export class MemoryStats implements StatsStore {
  private table: StatsTable = {}
  private dirty = false
  private timer?: NodeJS.Timeout
  private readonly file: string
  private writing?: Promise<void>

  constructor(
    private readonly dir: string,
    private retention: StatsRetention,
    opts: { flushMs?: number; slot?: string } = {},
  ) {
    this.file = opts.slot ?? slotName()
    try {
      const snap = JSON.parse(fs.readFileSync(path.join(dir, this.file), 'utf8')) as StatsSnapshot
      this.table = snap.subjects ?? {}
    } catch {
      this.table = {}
    }
    const flushMs = opts.flushMs ?? 5000
    this.timer = setInterval(() => void this.flush().catch(() => undefined), flushMs)
    this.timer.unref()
  }

  setRetention(retention: StatsRetention): void {
    this.retention = retention
  }

  add(subjects: string[], counts: Counts, now = Date.now()): void {
    const h = `h${Math.floor(now / HOUR)}`
    const d = `d${Math.floor(now / DAY)}`
    for (const s of subjects) {
      addInto(this.table, s, h, counts)
      addInto(this.table, s, d, counts)
    }
    this.dirty = true
  }

  async read(): Promise<StatsTable> {
    const others = await readStatsFiles(this.dir, this.file)
    return mergeTables(mergeTables({}, this.table), others)
  }

  async flush(now = Date.now()): Promise<void> {
    if (this.writing) return this.writing
    if (pruneTable(this.table, this.retention, now)) this.dirty = true
    if (!this.dirty) return
    this.dirty = false
    const snap: StatsSnapshot = { version: 1, written: now, subjects: this.table }
    this.writing = (async () => {
      try {
        await fsp.mkdir(this.dir, { recursive: true, mode: 0o750 })
        await writeFileAtomic(this.dir, this.file, JSON.stringify(snap), false)
      } catch (err) {
        this.dirty = true
        throw err
      } finally {
        this.writing = undefined
      }
    })()
    return this.writing
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    await this.flush()
  }
}

export interface StatsRow extends Required<Counts> {
  subject: string
}

const ZERO = (): Required<Counts> => ({ messages: 0, recipients: 0, spam: 0, quarantined: 0, failures: 0, complaints: 0 })

/**
 * Sum a table since `since`: hour buckets when the period is within the hourly
 * retention, else day buckets (a day bucket that began before `since` counts
 * whole: the report says so).
 */
export function summariseTable(table: StatsTable, since: number, retention: StatsRetention, now: number): { rows: StatsRow[]; granularity: 'hour' | 'day' } {
  const byHour = now - since <= retention.hourRetentionMs
  const prefix = byHour ? 'h' : 'd'
  const first = byHour ? Math.floor(since / HOUR) : Math.floor(since / DAY)
  const rows: StatsRow[] = []
  for (const [subject, buckets] of Object.entries(table)) {
    const sum = ZERO()
    let any = false
    for (const [key, counts] of Object.entries(buckets)) {
      if (key[0] !== prefix || Number(key.slice(1)) < first) continue
      any = true
      for (const [k, v] of Object.entries(counts)) sum[k as StatField] += v ?? 0
    }
    if (any) rows.push({ subject, ...sum })
  }
  return { rows, granularity: byHour ? 'hour' : 'day' }
}

/** One subject's buckets since `since`, oldest first. */
export function seriesOf(table: StatsTable, subject: string, since: number, retention: StatsRetention, now: number): { granularity: 'hour' | 'day'; points: Array<{ start: number } & Required<Counts>> } {
  const byHour = now - since <= retention.hourRetentionMs
  const prefix = byHour ? 'h' : 'd'
  const size = byHour ? HOUR : DAY
  const first = Math.floor(since / size)
  const points: Array<{ start: number } & Required<Counts>> = []
  for (const [key, counts] of Object.entries(table[subject] ?? {})) {
    if (key[0] !== prefix || Number(key.slice(1)) < first) continue
    points.push({ start: Number(key.slice(1)) * size, ...ZERO(), ...counts } as { start: number } & Required<Counts>)
  }
  return { granularity: byHour ? 'hour' : 'day', points: points.sort((a, b) => a.start - b.start) }
}

/** Add complaints (from their own record) into a table, in hour and day buckets. */
export function addComplaints(table: StatsTable, complaints: Array<{ at: number; identity: string; domain: string; counted: boolean }>): StatsTable {
  for (const c of complaints) {
    if (!c.counted) continue
    for (const s of subjectsOf(c.identity, c.domain)) {
      addInto(table, s, `h${Math.floor(c.at / HOUR)}`, { complaints: 1 })
      addInto(table, s, `d${Math.floor(c.at / DAY)}`, { complaints: 1 })
    }
  }
  return table
}
