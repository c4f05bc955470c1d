// One complaint report, end to end: keep the report, parse it, attribute it,
// record it, and when the sender crosses [feedback] complaint_rate lock it and
// alert. Shared by the gateway's feedback address and `outpost feedback ingest`.
import crypto from 'node:crypto'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from '../quarantine/durable'
import type { ReputationAlert } from './alerts'
import { attribute, IngestOutcome, recordComplaint } from './complaints'
import type { ReputationConfig } from './config'
import { FeedbackReport, NotAFeedbackReport, parseFeedbackReport } from './feedback'
import type { SentMemory } from './sent_log'
import { ensureDir } from './state_files'

export const REPORTS_DIR = 'feedback'

export interface IngestDeps {
  cfg: ReputationConfig
  sent: SentMemory
  /** lock the sender identity; resolves false when it was locked already, undefined when no lock is available here */
  lock?: (identity: string, reason: string) => Promise<boolean | undefined>
  alert: (alert: ReputationAlert) => Promise<void>
  now?: number
}

export interface IngestResult extends IngestOutcome {
  report: FeedbackReport
  /** where the report was kept */
  file: string
  locked?: boolean
  /** why the lock could not be taken */
  lockError?: string
}

/** Keep the report as it came (evidence, and nothing lost if processing fails). */
async function keepReport(stateDir: string, raw: Buffer, now: number): Promise<string> {
  const dir = path.join(stateDir, REPORTS_DIR)
  await ensureDir(dir)
  const name = `${new Date(now).toISOString().slice(0, 10)}-${crypto.createHash('sha256').update(raw).digest('hex').slice(0, 16)}.eml`
  await writeFileAtomic(dir, name, raw)
  return path.join(dir, name)
}

/** Reports older than [feedback] retention are deleted (their complaints' records expire with them). */
export async function pruneReports(stateDir: string, retentionMs: number, now = Date.now()): Promise<number> {
  const dir = path.join(stateDir, REPORTS_DIR)
  let removed = 0
  for (const name of await fsp.readdir(dir).catch(() => [] as string[])) {
    const day = Date.parse(name.slice(0, 10))
    if (Number.isFinite(day) && day + 86_400_000 < now - retentionMs) {
      await fsp.unlink(path.join(dir, name)).catch(() => undefined)
      removed++
    }
  }
  return removed
}

export function complaintAlert(r: IngestResult, cfg: ReputationConfig, locked: boolean | undefined): ReputationAlert {
  const c = r.check!
  const pct = (x: number): string => `${(Math.round(x * 10_000) / 100).toString()}%`
  const lines = [
    `Sender ${r.record.identity} has ${c.complaints} spam complaint${c.complaints === 1 ? '' : 's'} from feedback loops in the last ${Math.round(cfg.feedback.windowMs / 3_600_000)} h,`,
    `against ${c.messages} message${c.messages === 1 ? '' : 's'} sent: a complaint rate of ${pct(c.rate)} (threshold ${pct(cfg.feedback.complaintRate)}, at least ${cfg.feedback.minComplaints} complaints).`,
    '',
    locked === true
      ? 'The sender is now LOCKED: its mail is held in the quarantine until an administrator unlocks it.'
      : locked === false
        ? 'The sender was already locked.'
        : cfg.feedback.lock
          ? `The sender could NOT be locked${r.lockError ? ` (${r.lockError})` : ''}: lock it by hand with outpost senders lock ${r.record.identity}`
          : '[feedback] lock = false: the sender was not locked.',
    '',
    `Latest complaint: ${r.report.format.toUpperCase()} report from ${r.report.reporter || 'unknown'} (${r.report.userAgent ?? 'no user agent'}),`,
    `  about Message-ID <${r.report.messageId ?? 'unknown'}>${r.report.subject ? `, subject "${r.report.subject}"` : ''}`,
    `  attributed by ${r.record.attributed === 'message-id' ? "the gateway's record of the Message-ID" : "the original's sender address"}.`,
    '',
    'What to do next:',
    `  1. See what this sender sent: outpost stats --sender ${r.record.identity} --since 7d ; outpost feedback list`,
    `  2. Review its held mail: outpost quarantine list --sender ${r.record.identity}`,
    '  3. If the account was compromised, reset its password, then unlock it: outpost senders unlock ' + r.record.identity,
    `     and release what was held wrongly: outpost quarantine release --sender ${r.record.identity}`,
    '  4. If it sends to people who did not ask for it (old or bought lists), stop that before unlocking.',
  ]
  return {
    key: `complaints:${r.record.identity}`,
    kind: 'complaints',
    subject: `Outpost: ${r.record.identity} ${locked ? 'locked after' : 'has'} ${c.complaints} spam complaints (${pct(c.rate)})`,
    lines,
    data: {
      identity: r.record.identity,
      domain: r.record.domain,
      complaints: c.complaints,
      messages: c.messages,
      rate: c.rate,
      threshold: cfg.feedback.complaintRate,
      locked: locked === true,
      message_id: r.report.messageId,
      format: r.report.format,
    },
  }
}

/**
 * Ingest one report. Throws NotAFeedbackReport for mail that is not one (the
 * report is still kept on disk, so nothing an ISP sent is lost).
 */
export async function ingestReport(raw: Buffer, deps: IngestDeps): Promise<IngestResult> {
  const now = deps.now ?? Date.now()
  const { cfg } = deps
  const file = await keepReport(cfg.stateDir, raw, now)
  let report: FeedbackReport
  try {
    report = await parseFeedbackReport(raw)
  } catch (err) {
    if (err instanceof NotAFeedbackReport) err.message = `${err.message} (kept as ${file})`
    throw err
  }
  const who = await attribute(report, deps.sent, now)
  const outcome = await recordComplaint(cfg.stateDir, cfg.feedback, report, raw, who, (id, since) => deps.sent.countSince(id, since), now)
  const result: IngestResult = { ...outcome, report, file }
  if (outcome.act) {
    if (cfg.feedback.lock && deps.lock) {
      try {
        result.locked = await deps.lock(outcome.record.identity, `feedback loops: ${outcome.check!.complaints} complaints (${Math.round(outcome.check!.rate * 10_000) / 100}% of its messages)`)
      } catch (err) {
        // the complaint is recorded and the admin is told: a lock failure must not lose either
        result.lockError = (err as Error).message ?? String(err)
      }
    }
    await deps.alert(complaintAlert(result, cfg, cfg.feedback.lock ? result.locked : undefined))
  }
  return result
}

export { NotAFeedbackReport }
