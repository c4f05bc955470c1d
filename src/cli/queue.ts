// `outpost queue list|stats|flush`: Haraka's outbound queue of the install.
// list and stats read the queue files themselves (Haraka's format: a 4-byte
// length, the JSON of the delivery job, then the message), so they work
// whether or not the gateway runs; flush asks the running Haraka to retry
// every deferred message now (SIGHUP to its master process, Haraka's own
// mechanism, as `systemctl reload` does).
import fs from 'node:fs'
import path from 'node:path'
import { EXIT, parseCommand, usageError } from './args'
import type { CliContext } from './outpost'

const USAGE = `usage: outpost [-c DIR] queue COMMAND [--json]

  list [--json]    every message in Haraka's outbound queue: queue id, age, next
                   attempt, attempts so far, destination domain, sender, recipients
  stats [--json]   counts: messages, recipients, deferred (tried at least once),
                   oldest, size, by destination domain
  flush            ask the running Haraka to retry every deferred message now
                   (SIGHUP to its master process); exit 1 when none runs

  The queue directory is config/queue_dir (relative to the install directory),
  else Haraka's default, queue/ in the install directory.
`

export interface QueueEntry {
  file: string
  queue_id: string
  arrival: string
  next_attempt: string
  attempts: number
  domain: string
  mail_from: string
  rcpt_to: string[]
  size: number
}

/** The install's outbound queue directory, as Haraka resolves it (config/queue_dir, else DIR/queue). */
export function queueDirOf(dir: string): string {
  try {
    const configured = fs.readFileSync(path.join(dir, 'config', 'queue_dir'), 'utf8').trim()
    if (configured) return path.resolve(dir, configured)
  } catch {
    /* Haraka's default */
  }
  return path.join(dir, 'queue')
}

function addressText(a: unknown): string {
  if (!a || typeof a !== 'object') return typeof a === 'string' ? a : ''
  const o = a as { original?: string; user?: string; host?: string }
  if (o.user !== undefined && o.user !== null) return o.host ? `${o.user}@${o.host}` : String(o.user)
  return (o.original ?? '').replace(/^<|>$/g, '')
}

/** One queue file's delivery job; undefined for what is not a finished queue file. */
export function readQueueFile(queueDir: string, name: string): QueueEntry | undefined {
  // Haraka's temporary files (being written) and the ones it set aside as broken
  if (name.startsWith('.') || name.startsWith('__tmp__') || name.startsWith('error.')) return undefined
  const parts = name.split('_')
  if (parts.length !== 7) return undefined
  const file = path.join(queueDir, name)
  let fd: number
  try {
    fd = fs.openSync(file, 'r')
  } catch {
    return undefined // delivered meanwhile
  }
  try {
    const size = fs.fstatSync(fd).size
    const head = Buffer.alloc(4)
    if (fs.readSync(fd, head, 0, 4, 0) < 4) return undefined
    const len = head.readUInt32BE(0)
    if (len <= 0 || len > 64 * 1024 * 1024 || len + 4 > size) return undefined
    const json = Buffer.alloc(len)
    fs.readSync(fd, json, 0, len, 4)
    const todo = JSON.parse(json.toString('utf8')) as { uuid?: string; domain?: string; mail_from?: unknown; rcpt_to?: unknown[]; queue_time?: number }
    const time = (t: string | number | undefined): string => {
      const n = Number(t)
      return Number.isFinite(n) && n > 0 ? new Date(n).toISOString() : ''
    }
    return {
      file: name,
      queue_id: todo.uuid ?? '',
      arrival: time(todo.queue_time ?? parts[0]),
      next_attempt: time(parts[1]),
      attempts: Number(parts[2]) || 0,
      domain: todo.domain ?? '',
      mail_from: addressText(todo.mail_from),
      rcpt_to: (todo.rcpt_to ?? []).map(addressText),
      size: size - 4 - len,
    }
  } catch {
    return undefined
  } finally {
    fs.closeSync(fd)
  }
}

export function readQueue(queueDir: string): QueueEntry[] {
  const names = fs.readdirSync(queueDir)
  const out: QueueEntry[] = []
  for (const n of names) {
    const e = readQueueFile(queueDir, n)
    if (e) out.push(e)
  }
  return out.sort((a, b) => (a.arrival < b.arrival ? -1 : a.arrival > b.arrival ? 1 : 0))
}

function age(iso: string, now = Date.now()): string {
  if (!iso) return '-'
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000))
  if (s < 120) return `${s}s`
  if (s < 7200) return `${Math.round(s / 60)}m`
  if (s < 172800) return `${Math.round(s / 3600)}h`
  return `${Math.round(s / 86400)}d`
}

function until(iso: string, now = Date.now()): string {
  if (!iso) return '-'
  const s = Math.round((Date.parse(iso) - now) / 1000)
  return s <= 0 ? 'now' : `in ${age(new Date(now - s * 1000).toISOString(), now)}`
}

function pad(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}~` : s.padEnd(n)
}

function listText(entries: QueueEntry[]): string {
  const lines = [`${pad('QUEUE ID', 42)}${pad('AGE', 6)}${pad('NEXT', 9)}${pad('TRIES', 6)}${pad('DOMAIN', 26)}${pad('FROM', 30)}RCPTS`]
  for (const e of entries) {
    lines.push(
      pad(e.queue_id || e.file, 42) + pad(age(e.arrival), 6) + pad(until(e.next_attempt), 9) + pad(String(e.attempts), 6) + pad(e.domain, 26) + pad(e.mail_from || '<>', 30) + e.rcpt_to.length,
    )
  }
  lines.push(`${entries.length} message${entries.length === 1 ? '' : 's'}`)
  return lines.join('\n') + '\n'
}

export function queueStats(entries: QueueEntry[]) {
  const byDomain: Record<string, number> = {}
  for (const e of entries) byDomain[e.domain] = (byDomain[e.domain] ?? 0) + 1
  return {
    messages: entries.length,
    recipients: entries.reduce((n, e) => n + e.rcpt_to.length, 0),
    deferred: entries.filter((e) => e.attempts > 0).length,
    oldest: entries[0]?.arrival ?? null,
    bytes: entries.reduce((n, e) => n + e.size, 0),
    by_domain: byDomain,
  }
}

/**
 * The master process of the Haraka running this install: a process started as
 * `haraka -c DIR` (DIR resolved against its working directory) whose parent is
 * not one too (cluster workers share the command line).
 */
export function findHarakaMaster(dir: string, proc = '/proc'): number | undefined {
  const target = fs.realpathSync(dir)
  const found = new Map<number, number>() // pid -> ppid
  for (const name of fs.readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue
    const pid = Number(name)
    if (pid === process.pid) continue
    try {
      const argv = fs.readFileSync(path.join(proc, name, 'cmdline'), 'utf8').split('\0')
      if (!argv.some((a) => /(^|\/)haraka(\.js)?$/.test(a))) continue
      const c = argv.findIndex((a) => a === '-c' || a === '--configs')
      const cwd = fs.readlinkSync(path.join(proc, name, 'cwd'))
      const configs = c >= 0 && argv[c + 1] ? path.resolve(cwd, argv[c + 1]) : cwd
      let real: string
      try {
        real = fs.realpathSync(configs)
      } catch {
        continue
      }
      if (real !== target) continue
      const stat = fs.readFileSync(path.join(proc, name, 'stat'), 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      found.set(pid, ppid)
    } catch {
      /* gone, or not ours to read */
    }
  }
  for (const [pid, ppid] of found) if (!found.has(ppid)) return pid
  return undefined
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const p = parseCommand(ctx, 'queue', args, { usage: USAGE, options: { json: { type: 'boolean' } }, positionals: { max: 1 } })
  if (typeof p === 'number') return p
  const sub = p.positionals[0]
  if (!sub) {
    ctx.err.write(USAGE)
    return EXIT.USAGE
  }
  if (!['list', 'stats', 'flush'].includes(sub)) return usageError(ctx, 'queue', `unknown command "${sub}"`, USAGE)
  const dir = ctx.dir
  const qdir = queueDirOf(dir)
  if (sub === 'flush') {
    const pid = findHarakaMaster(dir)
    if (!pid) {
      ctx.err.write(`outpost queue flush: no running Haraka for ${dir} (looked for a process started as haraka -c ${dir}); deferred mail is retried when it starts\n`)
      return EXIT.FAILURE
    }
    const deferred = fs.existsSync(qdir) ? readQueue(qdir).filter((e) => e.attempts > 0).length : 0
    try {
      process.kill(pid, 'SIGHUP')
    } catch (err) {
      ctx.err.write(`outpost queue flush: cannot signal Haraka (pid ${pid}): ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; run it as the gateway's user or with sudo\n`)
      return EXIT.FAILURE
    }
    ctx.out.write(`asked Haraka (pid ${pid}) to retry the deferred mail now (${deferred} message${deferred === 1 ? '' : 's'} deferred)\n`)
    return EXIT.OK
  }
  if (!fs.existsSync(qdir)) {
    ctx.err.write(`outpost queue: note: ${qdir} does not exist yet (nothing has been queued)\n`)
  }
  const entries = fs.existsSync(qdir) ? readQueue(qdir) : []
  if (sub === 'list') {
    ctx.out.write(p.values.json ? JSON.stringify(entries, null, 1) + '\n' : listText(entries))
    return EXIT.OK
  }
  const s = queueStats(entries)
  if (p.values.json) {
    ctx.out.write(JSON.stringify(s, null, 1) + '\n')
    return EXIT.OK
  }
  const lines = [
    `queue:       ${qdir}`,
    `messages:    ${s.messages} (${s.deferred} deferred: tried at least once)`,
    `recipients:  ${s.recipients}`,
    `oldest:      ${s.oldest ? `${s.oldest} (${age(s.oldest)} ago)` : '-'}`,
    `size:        ${s.bytes} bytes`,
  ]
  const domains = Object.entries(s.by_domain).sort((a, b) => b[1] - a[1])
  if (domains.length) {
    lines.push('by destination domain:')
    for (const [d, n] of domains.slice(0, 20)) lines.push(`  ${pad(d || '-', 40)} ${n}`)
    if (domains.length > 20) lines.push(`  ... ${domains.length - 20} more`)
  }
  ctx.out.write(lines.join('\n') + '\n')
  return EXIT.OK
}
