// index.jsonl: an append-only journal of what happened to the quarantine, one
// compact JSON array per line, so `list` needs one file read and no directory
// scan (a readdir of 200,000 names alone takes about a second on some systems).
//
//   ["a", id, time_ms, mail_from, [rcpt...], score, threshold, subject, size, client_ip, auth_user, identity]  stored
//   ["r", id, by, at]   release requested        ["R", id]   released (queued by the gateway)
//   ["d", id]           deleted
//
// Each writer appends one line with one O_APPEND write after its file
// operation succeeded (durable.ts appendRecord: a short write is a failure,
// never finished by a second write). The stored files stay the truth:
// `reindex` rebuilds the journal from them (when it is missing, when the
// gateway starts - so a crash between a file operation and its journal line
// is repaired on restart - and at every purge).
import type { EntryState } from './filter'
import { isValidId } from './ids'
import type { EntrySummary } from './meta'

/** One live entry as the journal describes it; `rec` is its "a" line, turned into a summary only when listed. */
export interface IndexedEntry {
  rec: unknown[]
  t: number
  state: EntryState
}

export function summaryOf(e: IndexedEntry): EntrySummary {
  const rec = e.rec
  const summary: EntrySummary = {
    id: rec[1] as string,
    time: new Date(e.t).toISOString(),
    mail_from: rec[3] as string,
    rcpt_to: rec[4] as string[],
    score: rec[5] as number | null,
    threshold: rec[6] as number | null,
    subject: rec[7] as string,
    size: rec[8] as number,
    client_ip: rec[9] as string,
  }
  if (rec[10]) summary.auth_user = rec[10] as string
  if (rec[11]) summary.identity = rec[11] as string
  return summary
}

/** The fields filters look at, without building a whole summary (list runs this 100,000 times). */
export function filterView(e: IndexedEntry): Pick<EntrySummary, 'mail_from' | 'rcpt_to' | 'score' | 'time' | 'identity'> {
  return { mail_from: e.rec[3] as string, rcpt_to: e.rec[4] as string[], score: e.rec[5] as number | null, time: '', identity: (e.rec[11] as string | null) ?? undefined }
}

export function addLine(s: EntrySummary): string {
  return JSON.stringify(['a', s.id, Date.parse(s.time), s.mail_from, s.rcpt_to, s.score, s.threshold, s.subject, s.size, s.client_ip, s.auth_user ?? null, s.identity ?? null]) + '\n'
}

export function releaseLine(id: string, by: string, at: string): string {
  return JSON.stringify(['r', id, by, at]) + '\n'
}

export function releasedLine(id: string): string {
  return JSON.stringify(['R', id]) + '\n'
}

export function deleteLine(id: string): string {
  return JSON.stringify(['d', id]) + '\n'
}

const RANK: Record<EntryState, number> = { held: 0, pending: 1, released: 2 }

function raise(e: IndexedEntry | undefined, state: EntryState): void {
  if (e && RANK[state] > RANK[e.state]) e.state = state
}

export interface Replayed {
  entries: Map<string, IndexedEntry>
  /** lines that were not understood (a torn last line after a crash, damage) */
  bad: number
  lines: number
}

/**
 * An append cut short (a full disk, a crash) leaves a line without its
 * newline, and the next writer's complete line is appended right after it,
 * possibly after several such fragments. The complete record is the last one
 * on the damaged line: a record starts with `["X","` and JSON escapes every
 * quote inside strings, so that text appears in a record only where one
 * starts. One pass over the line, one parse.
 */
function gluedRecord(line: string): unknown[] | undefined {
  const start = /\["[arRd]","/g
  start.lastIndex = 1
  let last = -1
  for (let m = start.exec(line); m; m = start.exec(line)) last = m.index
  if (last < 0) return undefined
  try {
    const rec: unknown = JSON.parse(line.slice(last))
    return Array.isArray(rec) ? rec : undefined
  } catch {
    return undefined // only fragments: the line ends in one
  }
}

/** Replay the journal. Events for an id seen before its "a" line (possible with concurrent writers) still count. */
export function replay(text: string): Replayed {
  const entries = new Map<string, IndexedEntry>()
  const early = new Map<string, EntryState | 'deleted'>()
  let bad = 0
  let lines = 0
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end)
    start = end + 1
    if (!line) continue
    lines++
    let rec: unknown[]
    try {
      rec = JSON.parse(line)
    } catch {
      bad++
      const glued = gluedRecord(line)
      if (!glued) continue
      rec = glued
    }
    if (!Array.isArray(rec) || typeof rec[1] !== 'string' || !isValidId(rec[1])) {
      bad++
      continue
    }
    const id = rec[1]
    switch (rec[0]) {
      case 'a': {
        const t = rec[2]
        if (typeof t !== 'number' || typeof rec[3] !== 'string' || !Array.isArray(rec[4])) {
          bad++
          break
        }
        const prior = entries.get(id)
        const e: IndexedEntry = { rec, t, state: prior?.state ?? 'held' }
        const before = early.get(id)
        if (before === 'deleted') break
        if (before) raise(e, before)
        entries.set(id, e)
        break
      }
      case 'r':
      case 'R': {
        const state: EntryState = rec[0] === 'r' ? 'pending' : 'released'
        const e = entries.get(id)
        if (e) raise(e, state)
        else if (early.get(id) !== 'deleted') early.set(id, RANK[state] > RANK[(early.get(id) as EntryState) ?? 'held'] ? state : (early.get(id) as EntryState))
        break
      }
      case 'd':
        entries.delete(id)
        early.set(id, 'deleted')
        break
      default:
        bad++
    }
  }
  return { entries, bad, lines }
}
