// haraka.ini [quarantine]: read by the outpost_quarantine plugin (through
// Haraka's config reader, for hot reload) and by `outpost quarantine`
// (directly), validated the same way for both.
import path from 'node:path'
import { readKeys } from '../lib/config_schema'
import type { IniDocument } from '../lib/ini'
import { QUARANTINE_SECTION } from './schema'

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

export function parseQuarantineConfig(doc: IniDocument, installDir: string, hostname: string): QuarantineConfig {
  const q = readKeys(doc, QUARANTINE_SECTION)
  const dirText = q.dir
  const retentionDays = q.retention_days
  return {
    dir: path.resolve(installDir, dirText),
    retentionDays,
    retentionMs: Math.round(retentionDays * 86_400_000),
    expireIntervalMs: q.expire_interval,
    notify: q.notify,
    digestIntervalMs: q.digest_interval,
    notifySender: q.notify_sender,
    notifyFrom: q.notify_from ?? `postmaster@${hostname}`,
    releasePollMs: q.release_poll_interval,
  }
}
