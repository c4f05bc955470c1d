// haraka.ini [quarantine]: read by the outpost_quarantine plugin (through
// Haraka's config reader, for hot reload) and by `outpost quarantine`
// (directly), validated the same way for both.
import path from 'node:path'
import { IniDocument, SectionReader } from '../lib/ini'

export interface QuarantineConfig {
  /** absolute path of the quarantine directory */
  dir: string
  /** entries older than this are purged; 0 keeps them until deleted */
  retentionMs: number
  retentionDays: number
  /** how often the gateway purges expired entries */
  expireIntervalMs: number
  /** digest recipient; undefined = no digests */
  notify?: string
  digestIntervalMs: number
  /** tell the envelope sender that a message was held */
  notifySender: boolean
  /** header From: of digests and notices (the envelope sender is always <>) */
  notifyFrom: string
  /** how often the gateway looks for release requests (it also watches the directory) */
  releasePollMs: number
}

export const ADDRESS = /^[^\s@<>()",;:]+@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i

export function parseQuarantineConfig(doc: IniDocument, installDir: string, hostname: string): QuarantineConfig {
  const s = SectionReader.of(doc, 'quarantine')
  const dirText = s.string('dir', 'var/quarantine')
  if (dirText.trim() === '') throw s.error('dir', s.entry('dir'), 'expected a directory path (relative to the install directory)')
  const retentionDays = s.number('retention_days', 30, { min: 0 })
  const expireIntervalMs = s.duration('expire_interval', 3_600_000)
  if (expireIntervalMs < 1000) throw s.error('expire_interval', s.entry('expire_interval'), 'expected at least 1s')
  const notify = s.optionalString('notify')
  if (notify !== undefined && !ADDRESS.test(notify)) throw s.error('notify', s.entry('notify'), 'expected an email address such as admin@example.org, or nothing for no digests')
  const digestIntervalMs = s.duration('digest_interval', 3_600_000)
  if (digestIntervalMs < 1000) throw s.error('digest_interval', s.entry('digest_interval'), 'expected at least 1s')
  const notifySender = s.bool('notify_sender', false)
  const notifyFromText = s.optionalString('notify_from')
  if (notifyFromText !== undefined && !ADDRESS.test(notifyFromText)) throw s.error('notify_from', s.entry('notify_from'), 'expected an email address')
  const notifyFrom = notifyFromText ?? `postmaster@${hostname}`
  const releasePollMs = s.duration('release_poll_interval', 2000)
  if (releasePollMs < 100) throw s.error('release_poll_interval', s.entry('release_poll_interval'), 'expected at least 100ms')
  s.rejectUnknown()
  return {
    dir: path.resolve(installDir, dirText),
    retentionDays,
    retentionMs: Math.round(retentionDays * 86_400_000),
    expireIntervalMs,
    notify,
    digestIntervalMs,
    notifySender,
    notifyFrom,
    releasePollMs,
  }
}
