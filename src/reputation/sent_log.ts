// What the gateway sent: Message-ID -> sender identity, so that a complaint
// that carries only the original's Message-ID (or a redacted original) is
// attributed to the person who sent it.
//
// Appended when a message is accepted for delivery (or held: a released one
// leaves later under the same Message-ID), one JSON line per message, in one
// file per hour (sent/YYYYMMDDHH.jsonl). Each line is one write(2) on an
// O_APPEND descriptor (quarantine/durable.ts appendRecord), so several Haraka
// workers share the files without interleaving; a short write (a full disk) is
// a failure, and the fragment it leaves has no newline: readers find the next
// line's record behind it.
// Bounded: hours older than [feedback] remember_sent are deleted, and the
// oldest hours go first when the files exceed remember_sent_max_mb. Lookups
// read the newest hour first; complaints are rare, sends are not.
import fsp from 'node:fs/promises'
import path from 'node:path'
import { type AppendIo, appendRecord } from '../quarantine/durable'

export interface SentRecord {
  /** Message-ID without angle brackets */
  messageId: string
  /** sender identity (haraka.ini [identity]) */
  identity: string
  /** envelope sender ('' for <>) */
  sender: string
  /** sender domain (of the envelope sender, else of the identity) */
  domain: string
  /** when it was recorded, ms since the epoch */
  at: number
}

/** The memory of sent Message-IDs: files here (memory backend), or Redis (src/reputation/redis_store.ts). */
export interface SentMemory {
  record(r: SentRecord): Promise<void>
  lookup(messageId: string, now?: number): Promise<SentRecord | undefined>
  /** messages the identity sent since `since` (for complaint rates) */
  countSince(identity: string, since: number): Promise<number>
  /** drop what is past remember_sent / over its size; returns what was removed */
  prune(now?: number): Promise<number>
}

interface Line {
  m: string
  i: string
  s: string
  d: string
  t: number
}

const SEGMENT = /^(\d{10})\.jsonl$/
/** Where a record starts: a line that does not parse may be a torn fragment with a whole record behind it. */
const RECORD_START = '{"m":'

/**
 * The record of a line, also when fragments of failed appends are in front of it (undefined if there is none).
 * The record is behind its last start: fragments only come before it, and JSON escapes the quotes of a start
 * inside a record's strings.
 */
function parseLine(line: string): Line | undefined {
  const at = line.lastIndexOf(RECORD_START)
  if (at < 0) return undefined
  try {
    const l = JSON.parse(at === 0 ? line : line.slice(at)) as Line
    return typeof l.m === 'string' && typeof l.t === 'number' ? l : undefined
  } catch {
    return undefined // a torn line
  }
}

function hourName(t: number): string {
  const d = new Date(t)
  const p = (n: number): string => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}.jsonl`
}

function hourStart(name: string): number {
  const m = SEGMENT.exec(name)
  if (!m) return NaN
  const s = m[1]
  return Date.UTC(Number(s.slice(0, 4)), Number(s.slice(4, 6)) - 1, Number(s.slice(6, 8)), Number(s.slice(8, 10)))
}

export class SentLog implements SentMemory {
  readonly dir: string
  constructor(
    stateDir: string,
    /** io: the file calls of an append (tests give one that writes short) */
    private readonly opts: { rememberMs: number; maxBytes: number; io?: AppendIo },
  ) {
    this.dir = path.join(stateDir, 'sent')
  }

  async record(r: SentRecord): Promise<void> {
    const line: Line = { m: r.messageId, i: r.identity, s: r.sender, d: r.domain, t: r.at }
    await fsp.mkdir(this.dir, { recursive: true, mode: 0o750 })
    // fs.appendFile finishes a short write with a second write(2), and another worker's line can land between
    // the two halves, tearing both records
    await appendRecord(path.join(this.dir, hourName(r.at)), JSON.stringify(line) + '\n', this.opts.io)
  }

  private async segments(): Promise<string[]> {
    const names = await fsp.readdir(this.dir).catch(() => [] as string[])
    return names.filter((n) => SEGMENT.test(n)).sort()
  }

  /** The record of a Message-ID (the latest, should it have been sent twice), if still remembered. */
  async lookup(messageId: string, now = Date.now()): Promise<SentRecord | undefined> {
    const needle = Buffer.from(JSON.stringify({ m: messageId }).slice(0, -1) + ',')
    const oldest = now - this.opts.rememberMs
    const names = (await this.segments()).reverse()
    for (const name of names) {
      if (hourStart(name) + 3_600_000 < oldest) break
      const buf = await fsp.readFile(path.join(this.dir, name)).catch(() => undefined)
      if (!buf) continue
      let at = buf.lastIndexOf(needle)
      while (at >= 0) {
        // not only at a line's start: a fragment of a failed append may be in front of the record (the needle
        // cannot occur inside another record's strings, where JSON escapes the quotes)
        const end = buf.indexOf(0x0a, at)
        try {
          const l = JSON.parse(buf.subarray(at, end < 0 ? buf.length : end).toString('utf8')) as Line
          if (l.m === messageId && l.t >= oldest) return { messageId: l.m, identity: l.i, sender: l.s, domain: l.d, at: l.t }
        } catch {
          /* a torn record (crash mid-append): skip it */
        }
        at = at > 0 ? buf.lastIndexOf(needle, at - 1) : -1
      }
    }
    return undefined
  }

  /** Messages each identity sent since `since` (for complaint rates). */
  async countSince(identity: string, since: number): Promise<number> {
    const needle = `"i":${JSON.stringify(identity)},`
    let n = 0
    for (const name of await this.segments()) {
      if (hourStart(name) + 3_600_000 < since) continue
      const text = await fsp.readFile(path.join(this.dir, name), 'utf8').catch(() => '')
      for (const line of text.split('\n')) {
        if (!line.includes(needle)) continue
        const l = parseLine(line)
        if (l && l.i === identity && l.t >= since) n++
      }
    }
    return n
  }

  /** Drop hours past remember_sent, then the oldest hours while over the size bound. Returns files removed. */
  async prune(now = Date.now()): Promise<number> {
    const names = await this.segments()
    const sizes = new Map<string, number>()
    let total = 0
    for (const name of names) {
      const st = await fsp.stat(path.join(this.dir, name)).catch(() => undefined)
      sizes.set(name, st?.size ?? 0)
      total += st?.size ?? 0
    }
    let removed = 0
    const current = hourName(now)
    for (const name of names) {
      const expired = hourStart(name) + 3_600_000 < now - this.opts.rememberMs
      const over = total > this.opts.maxBytes && name !== current
      if (!expired && !over) break
      await fsp.unlink(path.join(this.dir, name)).catch(() => undefined)
      total -= sizes.get(name) ?? 0
      removed++
    }
    return removed
  }
}
