// The audit log: one JSON line per admin action (and per action the gateway
// takes on the admin's behalf: completed releases, automatic expiry).
import fsp from 'node:fs/promises'
import path from 'node:path'
import { AUDIT_FILE } from './layout'

export interface AuditRecord {
  at: string
  by: string
  action: 'release' | 'released' | 'delete' | 'expire' | 'release-failed'
  ids: string[]
  result: 'ok' | 'refused' | 'error'
  detail?: string
}

export async function appendAudit(dir: string, record: Omit<AuditRecord, 'at'> & { at?: string }, durable = true): Promise<void> {
  const line = JSON.stringify({ at: record.at ?? new Date().toISOString(), ...record }) + '\n'
  const fh = await fsp.open(path.join(dir, AUDIT_FILE), 'a', 0o640)
  try {
    await fh.write(line)
    if (durable) await fh.sync()
  } finally {
    await fh.close()
  }
}

export async function readAudit(dir: string): Promise<AuditRecord[]> {
  let text: string
  try {
    text = await fsp.readFile(path.join(dir, AUDIT_FILE), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
  const out: AuditRecord[] = []
  for (const line of text.split('\n')) {
    if (!line) continue
    try {
      out.push(JSON.parse(line) as AuditRecord)
    } catch {
      // a torn line from a crash; the others still count
    }
  }
  return out
}
