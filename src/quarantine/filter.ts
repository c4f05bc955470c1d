// Filters for list / release --all / delete: parsed from command-line
// strings into plain data, applied to index summaries.
import { parseDuration } from '../lib/ini'
import type { EntrySummary } from './meta'

export type EntryState = 'held' | 'pending' | 'released'
export const STATES: readonly EntryState[] = ['held', 'pending', 'released']

export interface Filter {
  sender?: RegExp
  recipient?: RegExp
  domain?: string
  /** inclusive, ms since epoch */
  since?: number
  /** exclusive, ms since epoch */
  until?: number
  minScore?: number
  state?: EntryState
}

export interface FilterText {
  sender?: string
  recipient?: string
  domain?: string
  since?: string
  until?: string
  minScore?: string
  state?: string
}

export class FilterError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FilterError'
  }
}

/** An address pattern: an exact address, or a glob with * (e.g. *@example.org), case-insensitive. */
function addressPattern(flag: string, text: string): RegExp {
  const value = text.trim()
  if (!value || /[\s<>]/.test(value)) throw new FilterError(`${flag} "${text}": expected an address or a pattern such as *@example.org`)
  const escaped = value.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
  return new RegExp(`^${escaped}$`, 'i')
}

/** A time: ISO date or date-time (UTC unless it says otherwise), or an age such as 2h or 7d meaning that long ago. */
export function parseTime(flag: string, text: string, now: number): number {
  const age = parseDuration(text)
  if (age !== undefined && /[a-z]$/i.test(text.trim())) return now - age
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text
    const t = Date.parse(iso)
    if (!Number.isNaN(t)) return t
  }
  throw new FilterError(`${flag} "${text}": expected a date (2026-11-28), a date-time (2026-11-28T14:00Z) or an age (90m, 2h, 7d)`)
}

export function parseFilter(text: FilterText, now = Date.now()): Filter {
  const f: Filter = {}
  if (text.sender !== undefined) f.sender = addressPattern('--sender', text.sender)
  if (text.recipient !== undefined) f.recipient = addressPattern('--recipient', text.recipient)
  if (text.domain !== undefined) {
    const d = text.domain.trim().toLowerCase().replace(/^@/, '')
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(d)) {
      throw new FilterError(`--domain "${text.domain}": expected a domain name such as example.org`)
    }
    f.domain = d
  }
  if (text.since !== undefined) f.since = parseTime('--since', text.since, now)
  if (text.until !== undefined) f.until = parseTime('--until', text.until, now)
  if (text.minScore !== undefined) {
    const n = Number(text.minScore)
    if (text.minScore.trim() === '' || !Number.isFinite(n)) throw new FilterError(`--min-score "${text.minScore}": expected a number`)
    f.minScore = n
  }
  if (text.state !== undefined) {
    if (!STATES.includes(text.state as EntryState)) throw new FilterError(`--state "${text.state}": expected one of ${STATES.join(', ')}`)
    f.state = text.state as EntryState
  }
  return f
}

export function isEmptyFilter(f: Filter): boolean {
  return Object.values(f).every((v) => v === undefined)
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@')
  return at < 0 ? '' : address.slice(at + 1).toLowerCase()
}

function inDomain(address: string, domain: string): boolean {
  const d = domainOf(address)
  return d === domain || d.endsWith(`.${domain}`)
}

export function matches(entry: Pick<EntrySummary, 'mail_from' | 'rcpt_to' | 'score' | 'time' | 'identity'>, state: EntryState, f: Filter, time?: number): boolean {
  if (f.state && state !== f.state) return false
  if (f.since !== undefined || f.until !== undefined) {
    const t = time ?? Date.parse(entry.time)
    if (f.since !== undefined && t < f.since) return false
    if (f.until !== undefined && t >= f.until) return false
  }
  if (f.minScore !== undefined && (entry.score === null || entry.score < f.minScore)) return false
  // --sender: the envelope sender, or the sender identity (an authenticated user, an identity header, a client IP)
  if (f.sender && !f.sender.test(entry.mail_from) && !(entry.identity && f.sender.test(entry.identity))) return false
  if (f.recipient && !entry.rcpt_to.some((r) => f.recipient!.test(r))) return false
  if (f.domain && !inDomain(entry.mail_from, f.domain) && !entry.rcpt_to.some((r) => inDomain(r, f.domain!))) return false
  return true
}
