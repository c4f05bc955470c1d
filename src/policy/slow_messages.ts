// Messages that kept an engine thread busy until the deadline, remembered for
// a while so that their retries do not take a thread again at once (issue 9
// item 3). A client whose message got 451 retries it, often within minutes and
// often several copies at once; were each retry scored again, one slow message
// would keep taking a thread for the whole timeout every time it came back, and
// a few of them would hold every thread. A retry seen within the hold time is
// answered 451 at once, without scoring; after it, the message gets one more
// full try (and if it is slow again, is held again). The choice over "score
// retries on a reduced input": the engine is linear in its input with every
// rule bounded, so a message that still outlasts the deadline is hostile or
// the machine is overloaded; either way deferring costs nothing, while scoring
// less of a message would hand an attacker a way to be scored on less.
import crypto from 'node:crypto'

/** how long a message that timed out is answered 451 without scoring; default */
export const SLOW_HOLD_MS = 10 * 60 * 1000
/** messages remembered at most (the oldest are forgotten first) */
export const SLOW_MAX_ENTRIES = 1000
/** bytes of the body hashed into the fingerprint */
const FINGERPRINT_BODY_BYTES = 1024 * 1024
/** bytes of header searched for the end of the header block */
const FINGERPRINT_HEADER_BYTES = 1024 * 1024

/**
 * What stays the same when a client sends the same message again: every header
 * field but Received (the gateway adds a new one, with a new queue id, to each
 * attempt) and the first MiB of the body, with the body's length.
 */
export function messageFingerprint(raw: Buffer): string {
  const hash = crypto.createHash('sha256')
  const limit = Math.min(raw.length, FINGERPRINT_HEADER_BYTES)
  // one pass over the bytes (no per-line calls: a header of 100,000 short lines stays cheap)
  let skipping = startsWithName(raw, 0, 'received:')
  /** start of the run of kept header lines not yet hashed (hashed in one update per run) */
  let runStart = 0
  let bodyStart = -1
  for (let i = 0; i < limit; i++) {
    if (raw[i] !== 10) continue
    const line = i + 1
    const c = raw[line]
    if (c === 10 || (c === 13 && raw[line + 1] === 10)) {
      bodyStart = c === 10 ? line + 1 : line + 2
      break
    }
    if (c === 32 || c === 9) continue
    const received = c === 82 || c === 114 ? startsWithName(raw, line, 'received:') : false
    if (received && !skipping) hash.update(raw.subarray(runStart, line))
    if (!received && skipping) runStart = line
    skipping = received
  }
  const headerEnd = bodyStart < 0 ? limit : bodyStart
  if (!skipping) hash.update(raw.subarray(runStart, headerEnd))
  if (bodyStart < 0) bodyStart = limit
  hash.update(`\0${raw.length - bodyStart}\0`)
  hash.update(raw.subarray(bodyStart, Math.min(raw.length, bodyStart + FINGERPRINT_BODY_BYTES)))
  return hash.digest('hex')
}

function startsWithName(raw: Buffer, pos: number, name: string): boolean {
  if (raw.length - pos < name.length) return false
  for (let i = 0; i < name.length; i++) {
    const c = raw[pos + i]
    const lower = c >= 65 && c <= 90 ? c + 32 : c
    if (lower !== name.charCodeAt(i)) return false
  }
  return true
}

export interface SlowMessages {
  /** when the hold on this fingerprint ends (ms since the epoch), or undefined if it is not held */
  heldUntil(fingerprint: string): number | undefined
  /** hold this fingerprint for the hold time, from now */
  remember(fingerprint: string): void
  readonly size: number
}

export function createSlowMessages(opts: { holdMs?: number; maxEntries?: number; now?: () => number } = {}): SlowMessages {
  const holdMs = opts.holdMs ?? SLOW_HOLD_MS
  const max = opts.maxEntries ?? SLOW_MAX_ENTRIES
  const now = opts.now ?? Date.now
  const held = new Map<string, number>() // fingerprint -> until; insertion order = age
  return {
    heldUntil(fingerprint) {
      const until = held.get(fingerprint)
      if (until === undefined) return undefined
      if (until > now()) return until
      held.delete(fingerprint)
      return undefined
    },
    remember(fingerprint) {
      held.delete(fingerprint)
      held.set(fingerprint, now() + holdMs)
      while (held.size > max) held.delete(held.keys().next().value as string)
    },
    get size() {
      return held.size
    },
  }
}
