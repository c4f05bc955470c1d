// `outpost senders list|show|lock|unlock`: the sender-limit state the gateway
// uses. Redis: read and changed directly (the gateways see it at once).
// Memory: read from the gateway's snapshot (var/limits/state.json, at most a
// second old); lock and unlock are requests the running gateway picks up
// within a second (the command waits for its answer), or, with no gateway
// running, applied to the snapshot directly.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigError } from '../lib/ini'
import { readHarakaIni } from '../lib/haraka_ini'
import { readStateConfig } from '../limits/state_config'
import { MemoryState } from '../limits/memory_state'
import { RedisState, redactRedisUrl } from '../limits/redis_state'
import { LimitState, LockInfo, StateUnavailableError, subjectKey, subjectLabel, SubjectView } from '../limits/state'
import { applyRequest, claimRequest, gatewayRunning, LimitRequest, LimitRequestResult, limitsDir, readStateFile, REQUESTS_DIR, STATE_FILE, writeRequest } from '../limits/memory_file'
import { writeFileAtomic } from '../quarantine/durable'
import { COUNTER_LIMITS, DISTINCT_LIMITS } from '../limits/windows'
import type { CliContext } from './outpost'
import { EXIT, parseCommand, usageError } from './args'

const USAGE = `usage: outpost [-c DIR] senders COMMAND [OPTIONS]

  list [--json]                 senders with current counts, and locks
  show ID [--json]              one sender's counts and lock
  lock ID [--reason TEXT]       hold all mail of ID in the quarantine until unlocked
  unlock ID                     let ID's mail through again; its counts start afresh
                                (held mail stays held: outpost quarantine release --sender ID)

ID: a sender identity as Outpost sees it (an authenticated user, an identity header value,
an envelope sender, or a client IP), or domain:DOMAIN / ip:ADDRESS for the per-domain and
per-client-IP counts. --by NAME records who (default: the invoking user).
`

class UsageError extends Error {}

const SPEC = {
  usage: USAGE,
  options: {
    json: { type: 'boolean' as const },
    reason: { type: 'string' as const },
    by: { type: 'string' as const },
  },
}

function whoAmI(by: string | undefined): string {
  const name = by || process.env.SUDO_USER || process.env.USER || process.env.LOGNAME
  if (name) return name
  try {
    return os.userInfo().username
  } catch {
    return `uid ${process.getuid?.() ?? '?'}`
  }
}

export interface Backend {
  describe: string
  list(now: number): Promise<SubjectView[]>
  get(key: string, now: number): Promise<SubjectView | undefined>
  request(req: LimitRequest): Promise<LimitRequestResult & { note?: string }>
  close(): Promise<void>
}

function redisBackend(url: string): Backend {
  const state: LimitState & { ready(ms?: number): Promise<void> } = new RedisState({ url })
  const ready = state.ready(5000)
  return {
    describe: `redis ${redactRedisUrl(url)}`,
    list: async (now) => (await ready, state.list(now)),
    get: async (key, now) => (await ready, state.get(key, now)),
    request: async (req) => {
      await ready
      if (req.op === 'lock') {
        const lock: LockInfo = { since: req.at, until: 0, by: req.by, reason: req.reason || `locked by ${req.by}` }
        return { ok: true, changed: await state.lock(req.key, lock) }
      }
      return { ok: true, changed: await state.unlock(req.key, req.at) }
    },
    close: () => state.close(),
  }
}

function memoryBackend(installDir: string): Backend {
  const dir = limitsDir(installDir)
  const load = async (): Promise<MemoryState> => {
    const s = new MemoryState()
    const snap = await readStateFile(dir)
    if (snap) s.restore(snap)
    return s
  }
  return {
    describe: `memory (${path.join(dir, STATE_FILE)})`,
    list: async (now) => (await load()).list(now),
    get: async (key, now) => (await load()).get(key, now),
    request: async (req) => {
      const name = await writeRequest(dir, req)
      const resultFile = path.join(dir, REQUESTS_DIR, `${name}.result`)
      if (gatewayRunning(dir)) {
        const deadline = Date.now() + 15_000
        while (Date.now() < deadline) {
          if (fs.existsSync(resultFile)) {
            const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as LimitRequestResult
            fs.rmSync(resultFile, { force: true })
            return result
          }
          await new Promise((r) => setTimeout(r, 100))
        }
        if (fs.existsSync(path.join(dir, REQUESTS_DIR, name))) {
          return { ok: true, changed: true, note: 'the gateway has not answered yet: it applies the request when it gets to it' }
        }
      }
      // no gateway: apply to the snapshot ourselves (unless a gateway starting meanwhile took the request)
      const claimed = await claimRequest(dir, name)
      if (!claimed) return { ok: true, changed: true, note: 'taken by a gateway that just started' }
      const state = await load()
      const result = await applyRequest(state, claimed)
      const snap = await readStateFile(dir)
      await writeFileAtomic(dir, STATE_FILE, JSON.stringify({ ...state.snapshot(), pid: 0, host: snap?.host ?? os.hostname(), written_at: new Date().toISOString() }))
      return { ...result, note: 'no gateway running: applied to the saved state, which the gateway loads when it starts' }
    },
    close: async () => undefined,
  }
}

/** The sender-limit state of haraka.ini [state], as this command reaches it (also used by outpost_reputation to lock). */
export function senderStateBackend(installDir: string): Backend {
  const stateCfg = readStateConfig(readHarakaIni(installDir))
  return stateCfg.backend === 'redis' ? redisBackend(stateCfg.redisUrl) : memoryBackend(installDir)
}

function fmtTime(ms: number | undefined): string {
  return ms ? new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z') : '-'
}

function lockText(lock: LockInfo | undefined): string {
  if (!lock) return 'no'
  return `since ${fmtTime(lock.since)} by ${lock.by}${lock.until ? `, until ${fmtTime(lock.until)}` : ''}: ${lock.reason}`
}

function pad(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}~` : s.padEnd(n)
}

function table(views: SubjectView[]): string {
  const lines = [`${pad('SENDER', 36)}${pad('MSG/H', 7)}${pad('MSG/D', 7)}${pad('RCPT/H', 8)}${pad('DOM/H', 7)}${pad('SPAM', 6)}${pad('REFUSED', 9)}LOCKED`]
  for (const v of views) {
    const c = v.counts
    lines.push(
      pad(subjectLabel(v.key), 36) +
        pad(String(c.messages_per_hour ?? 0), 7) +
        pad(String(c.messages_per_day ?? 0), 7) +
        pad(String(c.recipients_per_hour ?? 0), 8) +
        pad(String(c.recipient_domains_per_hour ?? 0), 7) +
        pad(String(c.spam_per_10min ?? 0), 6) +
        pad(String(c.refused_recipients_per_hour ?? 0), 9) +
        (v.lock ? `yes (${lockText(v.lock)})` : 'no'),
    )
  }
  const locked = views.filter((v) => v.lock).length
  lines.push(`${views.length} sender${views.length === 1 ? '' : 's'}, ${locked} locked`)
  return lines.join('\n') + '\n'
}

function jsonView(v: SubjectView): Record<string, unknown> {
  return { id: subjectLabel(v.key), key: v.key, counts: v.counts, locked: Boolean(v.lock), lock: v.lock ?? null, last_seen: v.seen ? new Date(v.seen).toISOString() : null }
}

function showText(key: string, v: SubjectView | undefined): string {
  const lines = [`Sender:   ${subjectLabel(key)}`, `Locked:   ${lockText(v?.lock)}`, 'Counts:']
  for (const name of [...COUNTER_LIMITS, ...DISTINCT_LIMITS]) lines.push(`  ${name.padEnd(28)} ${v?.counts[name] ?? 0}`)
  if (v?.seen) lines.push(`Last seen: ${fmtTime(v.seen)}`)
  return lines.join('\n') + '\n'
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const say = (s: string): boolean => ctx.out.write(s)
  const complain = (s: string): boolean => ctx.err.write(`outpost senders: ${s}\n`)
  const sub = args[0]
  if (!sub || sub === 'help' || sub === '--help' || sub === '-h') {
    ;(sub ? ctx.out : ctx.err).write(USAGE)
    return sub ? EXIT.OK : EXIT.USAGE
  }
  const p = parseCommand(ctx, 'senders', args.slice(1), SPEC)
  if (typeof p === 'number') return p
  const positional = p.positionals
  const flags = new Map<string, string | true>()
  if (p.values.json) flags.set('--json', true)
  if (p.values.reason !== undefined) flags.set('--reason', p.values.reason)
  if (p.values.by !== undefined) flags.set('--by', p.values.by)
  let backend: Backend | undefined
  try {
    backend = senderStateBackend(ctx.dir)
    const now = Date.now()
    const one = (): string => {
      if (positional.length !== 1) throw new UsageError(`${sub} takes exactly one ID`)
      const id = positional[0].trim()
      if (!id || /[\s<>"]/.test(id) || id.length > 256) throw new UsageError(`"${positional[0]}" is not a sender identity`)
      return subjectKey(id)
    }
    switch (sub) {
      case 'list': {
        if (positional.length) throw new UsageError('list takes no arguments')
        const views = await backend.list(now)
        say(flags.has('--json') ? JSON.stringify(views.map(jsonView), null, 1) + '\n' : table(views))
        return 0
      }
      case 'show': {
        const key = one()
        const v = await backend.get(key, now)
        say(flags.has('--json') ? JSON.stringify(v ? jsonView(v) : { id: subjectLabel(key), key, counts: {}, locked: false, lock: null, last_seen: null }, null, 1) + '\n' : showText(key, v))
        return 0
      }
      case 'lock':
      case 'unlock': {
        const key = one()
        const by = whoAmI(flags.get('--by') as string | undefined)
        const reason = flags.get('--reason') as string | undefined
        const result = await backend.request({ op: sub, key, by, at: now, ...(reason ? { reason } : {}) })
        if (!result.ok) {
          complain(result.error ?? 'failed')
          return 1
        }
        const label = subjectLabel(key)
        if (sub === 'lock') say(result.changed ? `${label}: locked by ${by}; all its mail is held in the quarantine until "outpost senders unlock ${label}"\n` : `${label}: was locked already (the earlier lock stays)\n`)
        else say(result.changed ? `${label}: unlocked by ${by}; its counts start afresh. Held mail stays held: "outpost quarantine release --sender ${label}" delivers it\n` : `${label}: was not locked (its counts start afresh)\n`)
        if ((result as { note?: string }).note) say(`note: ${(result as { note?: string }).note}\n`)
        return 0
      }
      default:
        throw new UsageError(`unknown command "${sub}"`)
    }
  } catch (err) {
    if (err instanceof UsageError) return usageError(ctx, 'senders', err.message, USAGE)
    if (err instanceof ConfigError) {
      complain(err.message)
      return EXIT.USAGE
    }
    if (err instanceof StateUnavailableError) {
      complain(`${err.message} (backend ${backend?.describe})`)
      return EXIT.FAILURE
    }
    complain((err as Error).message ?? String(err))
    return EXIT.FAILURE
  } finally {
    await backend?.close().catch(() => undefined)
  }
}
