// The metadata stored beside each quarantined message (ID.json), and the
// summary of it kept in the index.
import type { ScoredSymbol } from '../lib/verdict'
import { isValidId } from './ids'

export interface ClientFacts {
  ip: string
  /** description of the trusted network the client matched (outpost_relay) */
  description?: string
  network?: string
  helo?: string
}

/** What the plugin knows about a message before it is stored. */
export interface EntryInput {
  mail_from: string
  rcpt_to: string[]
  client: ClientFacts
  auth_user?: string
  /** the sender identity (haraka.ini [identity]) and its source: auth_user, header, envelope_sender, client_ip */
  identity?: string
  identity_source?: string
  score: number | null
  threshold: number | null
  symbols: ScoredSymbol[]
  reason: string
  subject: string
  message_id?: string
  /** Haraka transaction uuid, to find the gateway's log lines */
  transaction?: string
  gateway?: string
}

export interface EntryMeta extends EntryInput {
  version: 1
  id: string
  /** when it was quarantined, ISO 8601 UTC */
  time: string
  size: number
  sha256: string
}

/** One index line: everything list and filters need, nothing they don't (no symbols). */
export interface EntrySummary {
  id: string
  time: string
  mail_from: string
  rcpt_to: string[]
  score: number | null
  threshold: number | null
  subject: string
  size: number
  client_ip: string
  auth_user?: string
  identity?: string
}

export function summarize(meta: EntryMeta): EntrySummary {
  const s: EntrySummary = {
    id: meta.id,
    time: meta.time,
    mail_from: meta.mail_from,
    rcpt_to: meta.rcpt_to,
    score: meta.score,
    threshold: meta.threshold,
    subject: meta.subject,
    size: meta.size,
    client_ip: meta.client.ip,
  }
  if (meta.auth_user) s.auth_user = meta.auth_user
  if (meta.identity) s.identity = meta.identity
  return s
}

const isNum = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v))

/** Why a parsed ID.json is not a usable entry, or undefined if it is. */
export function metaProblem(value: unknown, expectedId: string): string | undefined {
  if (!value || typeof value !== 'object') return 'not a JSON object'
  const m = value as Partial<EntryMeta>
  if (m.version !== 1) return `unsupported version ${JSON.stringify(m.version)}`
  if (m.id !== expectedId || !isValidId(m.id)) return `id field ${JSON.stringify(m.id)} does not match the file name`
  if (typeof m.time !== 'string' || Number.isNaN(Date.parse(m.time))) return 'missing or bad time'
  if (typeof m.mail_from !== 'string') return 'missing mail_from'
  if (!Array.isArray(m.rcpt_to) || !m.rcpt_to.every((r) => typeof r === 'string')) return 'missing rcpt_to'
  if (!m.client || typeof m.client.ip !== 'string') return 'missing client.ip'
  if (!isNum(m.score) || !isNum(m.threshold)) return 'bad score or threshold'
  if (!Array.isArray(m.symbols)) return 'missing symbols'
  if (typeof m.size !== 'number' || typeof m.sha256 !== 'string') return 'missing size or sha256'
  return undefined
}

export function summaryProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return 'not an object'
  const s = value as Partial<EntrySummary>
  if (typeof s.id !== 'string' || !isValidId(s.id)) return 'bad id'
  if (typeof s.time !== 'string' || typeof s.mail_from !== 'string' || !Array.isArray(s.rcpt_to)) return 'missing fields'
  if (!isNum(s.score as number | null) || typeof s.size !== 'number') return 'bad numbers'
  return undefined
}
