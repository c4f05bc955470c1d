// Names of things inside the quarantine directory. An id has already been
// checked against ID_PATTERN before it is joined to a path here.
import path from 'node:path'
import { checkId, isValidId } from './ids'

export const INDEX_FILE = 'index.jsonl'
export const AUDIT_FILE = 'audit.log'
export const DIGEST_STATE_FILE = 'digest.json'
export const LOCK_FILE = 'gateway.lock'
/** small directory of release requests the gateway has not finished yet */
export const PENDING_DIR = 'pending'

export type EntryPart = 'eml' | 'json' | 'release' | 'released'
export const PARTS: readonly EntryPart[] = ['eml', 'json', 'release', 'released']

export function partName(id: string, part: EntryPart): string {
  return `${checkId(id)}.${part}`
}

export function partPath(dir: string, id: string, part: EntryPart): string {
  return path.join(dir, partName(id, part))
}

/** Split "ID.part" into its id and part, or undefined for anything else (temp files, index, ...). */
export function parseName(name: string): { id: string; part: EntryPart } | undefined {
  const dot = name.indexOf('.')
  if (dot !== 29) return undefined // ids are exactly 29 characters
  const part = name.slice(dot + 1) as EntryPart
  if (!PARTS.includes(part)) return undefined
  const id = name.slice(0, dot)
  return isValidId(id) ? { id, part } : undefined
}
