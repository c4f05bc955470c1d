// Microsoft SNDS (Smart Network Data Services): per-IP data and IP status,
// as its automated data access serves them (CSV, no header row):
//
//   data.aspx?key=KEY     IP, activity start, activity end, RCPT commands,
//                         DATA commands, message recipients, filter result
//                         (GREEN/YELLOW/RED), complaint rate, trap message
//                         start, trap message end, trap hits, sample HELO,
//                         sample MAIL FROM, comments
//   ipStatus.aspx?key=KEY first IP, last IP, blocked (Yes/No), description
//
// What deserves the admin's attention, compared with the last state seen: an
// IP turning YELLOW or RED, trap hits in a new period, a blocked range that was
// not blocked before. All of it from one fetch or import makes ONE alert;
// the same data seen again makes none.
import net from 'node:net'
import { readState, updateState } from './state_files'

export const SNDS_FILE = 'snds.json'

export type FilterResult = 'GREEN' | 'YELLOW' | 'RED' | string

export interface SndsRow {
  ip: string
  activityStart: string
  activityEnd: string
  rcptCommands: number
  dataCommands: number
  recipients: number
  filter: FilterResult
  complaintRate: string
  trapStart: string
  trapEnd: string
  trapHits: number
  sampleHelo: string
  sampleMailFrom: string
  comments: string
}

export interface BlockedRange {
  first: string
  last: string
  blocked: boolean
  reason: string
}

export class SndsFormatError extends Error {}

/** One CSV record per line; fields may be quoted ("a, b" and "" inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (!rawLine.trim()) continue
    const fields: string[] = []
    let field = ''
    let quoted = false
    for (let i = 0; i < rawLine.length; i++) {
      const ch = rawLine[i]
      if (quoted) {
        if (ch === '"' && rawLine[i + 1] === '"') {
          field += '"'
          i++
        } else if (ch === '"') quoted = false
        else field += ch
      } else if (ch === '"' && field === '') quoted = true
      else if (ch === ',') {
        fields.push(field)
        field = ''
      } else field += ch
    }
    fields.push(field)
    rows.push(fields.map((f) => f.trim()))
  }
  return rows
}

function count(text: string): number {
  const n = Number(text.replace(/[^\d]/g, ''))
  return text.trim() === '' || !Number.isFinite(n) ? 0 : n
}

/** SNDS per-IP data. Rows whose first field is not an IP (a header a spreadsheet added) are skipped. */
export function parseSndsData(text: string): SndsRow[] {
  const out: SndsRow[] = []
  for (const [i, f] of parseCsv(text).entries()) {
    if (net.isIP(f[0] ?? '') === 0) {
      if (i === 0) continue // a header row
      throw new SndsFormatError(`line ${i + 1}: "${f[0]}" is not an IP address; expected SNDS data (IP, activity start, activity end, ...)`)
    }
    if (f.length < 11) throw new SndsFormatError(`line ${i + 1}: ${f.length} fields, expected at least 11 (IP ... trap hits)`)
    const filter = (f[6] ?? '').toUpperCase()
    out.push({
      ip: f[0],
      activityStart: f[1],
      activityEnd: f[2],
      rcptCommands: count(f[3]),
      dataCommands: count(f[4]),
      recipients: count(f[5]),
      filter,
      complaintRate: f[7] ?? '',
      trapStart: f[8] ?? '',
      trapEnd: f[9] ?? '',
      trapHits: count(f[10] ?? ''),
      sampleHelo: f[11] ?? '',
      sampleMailFrom: f[12] ?? '',
      comments: f.slice(13).join(', '),
    })
  }
  return out
}

/** SNDS IP status: blocked ranges. */
export function parseSndsStatus(text: string): BlockedRange[] {
  const out: BlockedRange[] = []
  for (const [i, f] of parseCsv(text).entries()) {
    if (net.isIP(f[0] ?? '') === 0 || net.isIP(f[1] ?? '') === 0) {
      if (i === 0) continue
      throw new SndsFormatError(`line ${i + 1}: expected SNDS IP status (first IP, last IP, blocked, description)`)
    }
    out.push({ first: f[0], last: f[1], blocked: /^y/i.test(f[2] ?? 'yes'), reason: f.slice(3).join(', ') })
  }
  return out
}

/** Tell the two SNDS CSVs apart (for `outpost snds import FILE`): status rows have two IPs first. */
export function sndsKind(text: string): 'data' | 'status' | undefined {
  const rows = parseCsv(text).filter((f) => net.isIP(f[0] ?? '') !== 0)
  if (!rows.length) return undefined
  return net.isIP(rows[0][1] ?? '') !== 0 ? 'status' : 'data'
}

export interface SndsState {
  version: 1
  /** ms; when data / status were last read, and from where */
  dataAt?: number
  statusAt?: number
  source?: string
  /** last fetch attempt by the gateway (ms), so a restart does not fetch again */
  lastFetch?: number
  ips: Record<string, SndsRow & { seen: number }>
  blocked: BlockedRange[]
  /** per IP: the filter result and trap period last alerted on */
  alerted: Record<string, { filter?: string; traps?: string }>
  /** blocked ranges already alerted on (first-last) */
  blockedAlerted: string[]
}

export const EMPTY_SNDS: SndsState = { version: 1, ips: {}, blocked: [], alerted: {}, blockedAlerted: [] }

export interface SndsFinding {
  kind: 'filter' | 'traps' | 'blocked'
  ip: string
  text: string
}

const rangeKey = (r: BlockedRange): string => `${r.first}-${r.last}`

/**
 * Merge newly read SNDS data and/or status into the state; returns what is
 * new and alarming. Pure: the caller writes the state and sends the alert.
 */
export function mergeSnds(state: SndsState, input: { data?: SndsRow[]; status?: BlockedRange[]; source: string }, now: number): SndsFinding[] {
  const findings: SndsFinding[] = []
  state.source = input.source
  if (input.data) {
    state.dataAt = now
    for (const row of input.data) {
      state.ips[row.ip] = { ...row, seen: now }
      const was = state.alerted[row.ip] ?? {}
      if ((row.filter === 'YELLOW' || row.filter === 'RED') && was.filter !== row.filter) {
        findings.push({
          kind: 'filter',
          ip: row.ip,
          text: `${row.ip} is ${row.filter} in SNDS (${row.activityStart} - ${row.activityEnd}: ${row.dataCommands} messages to ${row.recipients} recipients, complaint rate ${row.complaintRate || 'n/a'}${row.sampleMailFrom ? `, sample MAIL FROM ${row.sampleMailFrom}` : ''})`,
        })
      }
      // remember the colour either way, so a later change back to YELLOW or RED alerts again
      was.filter = row.filter
      if (row.trapHits > 0) {
        const period = `${row.trapStart}|${row.trapEnd}`
        if (was.traps !== period) {
          findings.push({
            kind: 'traps',
            ip: row.ip,
            text: `${row.ip} hit ${row.trapHits} spam trap${row.trapHits === 1 ? '' : 's'} (${row.trapStart || '?'} - ${row.trapEnd || '?'})${row.sampleMailFrom ? `, sample MAIL FROM ${row.sampleMailFrom}` : ''}`,
          })
          was.traps = period
        }
      }
      state.alerted[row.ip] = was
    }
  }
  if (input.status) {
    state.statusAt = now
    state.blocked = input.status
    const current = input.status.filter((r) => r.blocked).map(rangeKey)
    for (const r of input.status.filter((x) => x.blocked)) {
      if (state.blockedAlerted.includes(rangeKey(r))) continue
      findings.push({ kind: 'blocked', ip: r.first === r.last ? r.first : `${r.first} - ${r.last}`, text: `${r.first === r.last ? r.first : `${r.first} - ${r.last}`} is BLOCKED by Microsoft: ${r.reason || 'no reason given'}` })
    }
    // a range that was lifted and comes back deserves a new alert
    state.blockedAlerted = current
  }
  return findings
}

/** The alert text: what happened and what to do next. */
export function sndsAlertLines(findings: SndsFinding[]): string[] {
  const lines = ['Microsoft SNDS reports a problem with the reputation of this gateway\'s sending addresses:', '']
  for (const f of findings) lines.push(`  - ${f.text}`)
  lines.push('', 'What to do next:')
  if (findings.some((f) => f.kind === 'filter' || f.kind === 'traps')) {
    lines.push(
      '  1. Find who sent the bulk of the mail from those addresses in the period: outpost stats --since 2d',
      '     (and the sample MAIL FROM above); lock a compromised sender: outpost senders lock ID.',
      '  2. Look at the complaints: outpost feedback list. Trap hits mean old or bought address lists:',
      '     stop those campaigns and clean the lists.',
      '  3. Review the held mail (outpost quarantine list) and the outbound policy threshold.',
    )
  }
  if (findings.some((f) => f.kind === 'blocked')) {
    lines.push(
      '  - A blocked address cannot deliver to Outlook.com / Hotmail. Once the cause is fixed, ask for',
      '    mitigation at https://olcsupport.office.com/ (Sender Support form), naming the address(es) above.',
    )
  }
  lines.push('', 'SNDS: https://sendersupport.olc.protection.outlook.com/snds/ ; state: outpost snds status')
  return lines
}

export async function readSnds(stateDir: string): Promise<SndsState> {
  return readState(stateDir, SNDS_FILE, EMPTY_SNDS)
}

/** Merge under the state lock; returns the findings to alert on. */
export async function applySnds(stateDir: string, input: { data?: SndsRow[]; status?: BlockedRange[]; source: string }, now = Date.now()): Promise<SndsFinding[]> {
  return updateState(stateDir, SNDS_FILE, EMPTY_SNDS, (doc) => {
    const state: SndsState = { ...EMPTY_SNDS, ...doc, ips: { ...doc.ips }, alerted: { ...doc.alerted } }
    const findings = mergeSnds(state, input, now)
    return { doc: state, result: findings }
  })
}

/** Claim the daily fetch (one process of several does it); false when it is not due. */
export async function claimFetch(stateDir: string, intervalMs: number, now = Date.now()): Promise<boolean> {
  return updateState(stateDir, SNDS_FILE, EMPTY_SNDS, (doc) => {
    if (doc.lastFetch !== undefined && now - doc.lastFetch < intervalMs && doc.lastFetch <= now) return { result: false }
    return { doc: { ...doc, lastFetch: now }, result: true }
  })
}

/** GET one SNDS CSV; throws with the HTTP status or network error. The key is never logged. */
export async function fetchSndsCsv(base: string, key: string, timeoutMs = 60_000): Promise<string> {
  const url = new URL(base)
  url.searchParams.set('key', key)
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'outpost-snds' } })
  const body = await res.text()
  if (!res.ok) throw new Error(`${url.origin}${url.pathname}: HTTP ${res.status}`)
  if (/<html/i.test(body.slice(0, 500))) throw new Error(`${url.origin}${url.pathname}: answered with an HTML page, not CSV (is the key right and enabled for automated access?)`)
  return body
}
