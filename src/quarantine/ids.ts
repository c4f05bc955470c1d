// Quarantine ids: sortable by time, unguessable enough to be unique, and so
// strictly shaped that an id from the command line can never name anything
// outside the quarantine directory (no '/', no '.', no '..').
import crypto from 'node:crypto'

export const ID_PATTERN = /^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{12}$/
const EXAMPLE = '20261128T002600Z-3f9a0c1b2d4e'

export class InvalidIdError extends Error {
  constructor(readonly input: string) {
    super(`invalid quarantine id "${printable(input)}": expected an id like ${EXAMPLE}, as printed by "outpost quarantine list"`)
    this.name = 'InvalidIdError'
  }
}

function printable(s: string): string {
  const shown = s.length > 80 ? `${s.slice(0, 80)}...` : s
  return shown.replace(/[^\x20-\x7e]/g, '?')
}

export function newId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')
  return `${stamp}-${crypto.randomBytes(6).toString('hex')}`
}

export function isValidId(text: string): boolean {
  return ID_PATTERN.test(text)
}

/** The id itself if well formed; otherwise an InvalidIdError naming the input. */
export function checkId(text: string): string {
  if (typeof text !== 'string' || !ID_PATTERN.test(text)) throw new InvalidIdError(String(text))
  return text
}
