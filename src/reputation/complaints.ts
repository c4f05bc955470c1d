// Complaints per sender identity: a parsed feedback report is attributed to
// the sender who sent the original (by its Message-ID in the gateway's memory
// of what it sent, else by the original's sender address), recorded once
// (the same report ingested twice, or the same recipient complaining twice
// about one message, counts once), and checked against [feedback]
// complaint_rate / min_complaints over `window`. Crossing it locks the sender
// (through the sender limits' lock) and raises one alert per crossing.
import crypto from 'node:crypto'
import type { FeedbackConfig } from './config'
import type { FeedbackReport } from './feedback'
import type { SentMemory } from './sent_log'
import { updateState, readState } from './state_files'

export const COMPLAINTS_FILE = 'complaints.json'

/** Feedback types that are complaints; not-spam and auth-failure (DMARC) reports are recorded but not counted. */
const COUNTED = new Set(['abuse', 'fraud', 'virus', 'other'])

/** At most this many complaint records are kept, oldest dropped first (besides `retention`). */
const MAX_RECORDS = 100_000

export type Attribution = 'message-id' | 'sender-address' | 'none'

export interface ComplaintRecord {
  at: number
  /** '' when the report could not be attributed */
  identity: string
  domain: string
  attributed: Attribution
  format: FeedbackReport['format']
  feedbackType: string
  counted: boolean
  reporter: string
  messageId?: string
  complainant?: string
  sourceIp?: string
  subject?: string
  /** sha256 of the report, so one report is never counted twice */
  report: string
  /** why it was not counted, when that is not obvious */
  note?: string
}

export interface ComplaintsDoc {
  version: 1
  complaints: ComplaintRecord[]
  /** identity -> when the threshold last acted (lock/alert), ms */
  acted: Record<string, number>
}

const EMPTY: ComplaintsDoc = { version: 1, complaints: [], acted: {} }

export interface SenderCheck {
  identity: string
  complaints: number
  messages: number
  rate: number
  over: boolean
}

export interface IngestOutcome {
  record: ComplaintRecord
  /** false when the same report (or the same complaint) was already recorded */
  isNew: boolean
  check?: SenderCheck
  /** the threshold was crossed by this complaint and has not been acted on since */
  act: boolean
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@')
  return at >= 0 ? address.slice(at + 1).toLowerCase() : ''
}

/** Who sent the original: the gateway's own record of the Message-ID, else the sender address the report names. */
export async function attribute(report: FeedbackReport, sent: SentMemory, now: number): Promise<{ identity: string; domain: string; attributed: Attribution }> {
  if (report.messageId) {
    const rec = await sent.lookup(report.messageId, now)
    if (rec) return { identity: rec.identity, domain: rec.domain, attributed: 'message-id' }
  }
  const address = report.originalMailFrom ?? report.pra ?? report.originalFrom
  if (address) return { identity: address, domain: domainOf(address), attributed: 'sender-address' }
  return { identity: '', domain: '', attributed: 'none' }
}

export function reportDigest(raw: Buffer): string {
  return crypto.createHash('sha256').update(raw).digest('hex')
}

function sameComplaint(a: ComplaintRecord, b: ComplaintRecord): boolean {
  if (a.report === b.report) return true
  // one recipient complaining twice about one message (two loops, or a report sent twice with new headers)
  return Boolean(a.messageId && a.messageId === b.messageId && a.complainant && a.complainant === b.complainant && a.identity === b.identity)
}

export function checkSender(doc: ComplaintsDoc, identity: string, messages: number, cfg: FeedbackConfig, now: number): SenderCheck {
  const since = now - cfg.windowMs
  const complaints = doc.complaints.filter((c) => c.identity === identity && c.counted && c.at >= since).length
  // a sender whose sends were forgotten (or not seen) still has at least one message per complaint
  const rate = complaints / Math.max(messages, complaints, 1)
  return { identity, complaints, messages, rate, over: complaints >= cfg.minComplaints && rate > cfg.complaintRate }
}

/**
 * Record one parsed report. `messagesSince(identity, since)` counts what the
 * sender sent in the window (the sent log). Whether to act is decided here,
 * under the state lock, so a gateway and an `outpost feedback ingest` racing
 * on the same sender act once.
 */
export async function recordComplaint(
  stateDir: string,
  cfg: FeedbackConfig,
  report: FeedbackReport,
  raw: Buffer,
  who: { identity: string; domain: string; attributed: Attribution },
  messagesSince: (identity: string, since: number) => Promise<number>,
  now = Date.now(),
): Promise<IngestOutcome> {
  const record: ComplaintRecord = {
    at: now,
    identity: who.identity,
    domain: who.domain,
    attributed: who.attributed,
    format: report.format,
    feedbackType: report.feedbackType,
    counted: COUNTED.has(report.feedbackType) && who.identity !== '',
    reporter: report.reporter,
    report: reportDigest(raw),
  }
  if (report.messageId) record.messageId = report.messageId
  if (report.complainant) record.complainant = report.complainant
  if (report.sourceIp) record.sourceIp = report.sourceIp
  if (report.subject) record.subject = report.subject
  const messages = record.counted ? await messagesSince(who.identity, now - cfg.windowMs) : 0
  // Reports are not authenticated: an address named in one (forgeable) counts
  // only when that sender really sent through this gateway in the window, so a
  // forged report cannot get an arbitrary identity locked.
  if (record.counted && who.attributed === 'sender-address' && messages === 0) {
    record.counted = false
    record.note = 'the address named in the report sent nothing through this gateway in the window: not counted'
  }
  return updateState<ComplaintsDoc, IngestOutcome>(stateDir, COMPLAINTS_FILE, EMPTY, (doc) => {
    const keepAfter = now - cfg.retentionMs
    doc.complaints = doc.complaints.filter((c) => c.at >= keepAfter).slice(-MAX_RECORDS + 1)
    if (doc.complaints.some((c) => sameComplaint(c, record))) return { doc, result: { record, isNew: false, act: false } }
    doc.complaints.push(record)
    if (!record.counted) return { doc, result: { record, isNew: true, act: false } }
    const check = checkSender(doc, record.identity, messages, cfg, now)
    // act once per crossing: again only after min_complaints further complaints since the last action
    const last = doc.acted[record.identity]
    const since = doc.complaints.filter((c) => c.identity === record.identity && c.counted && last !== undefined && c.at > last).length
    const act = check.over && (last === undefined || last < now - cfg.windowMs || since >= cfg.minComplaints)
    if (act) doc.acted[record.identity] = now
    for (const [id, t] of Object.entries(doc.acted)) if (t < keepAfter) delete doc.acted[id]
    return { doc, result: { record, isNew: true, check, act } }
  })
}

export interface SenderSummary {
  identity: string
  domain: string
  complaints: number
  inWindow: number
  last: number
  formats: string[]
  acted?: number
}

export async function readComplaints(stateDir: string): Promise<ComplaintsDoc> {
  return readState(stateDir, COMPLAINTS_FILE, EMPTY)
}

/** Complaints per sender (counted ones), most complained-about first. */
export function summarise(doc: ComplaintsDoc, cfg: FeedbackConfig, now: number, since = 0): SenderSummary[] {
  const by = new Map<string, SenderSummary>()
  for (const c of doc.complaints) {
    if (c.at < since || !c.counted) continue
    let s = by.get(c.identity)
    if (!s) {
      s = { identity: c.identity, domain: c.domain, complaints: 0, inWindow: 0, last: 0, formats: [] }
      by.set(c.identity, s)
    }
    s.complaints++
    if (c.at >= now - cfg.windowMs) s.inWindow++
    s.last = Math.max(s.last, c.at)
    if (!s.formats.includes(c.format)) s.formats.push(c.format)
  }
  for (const s of by.values()) if (doc.acted[s.identity]) s.acted = doc.acted[s.identity]
  return [...by.values()].sort((a, b) => b.inWindow - a.inWindow || b.complaints - a.complaints || a.identity.localeCompare(b.identity))
}
