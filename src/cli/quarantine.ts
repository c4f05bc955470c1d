// `outpost quarantine list|show|release|delete|expire|verify|audit`: review the
// held mail. Works on the files directly, whether or not the gateway runs;
// a release is recorded here and delivered by the gateway (now if it runs,
// else when it starts).
import fs from 'node:fs'
import os from 'node:os'
import { ConfigError } from '../lib/ini'
import { appendAudit, readAudit } from '../quarantine/audit'
import { parseQuarantineConfig, QuarantineConfig } from '../quarantine/config'
import { gatewayLockHeld } from '../quarantine/lock'
import { FilterError, FilterText, isEmptyFilter, parseFilter } from '../quarantine/filter'
import { checkId, InvalidIdError } from '../quarantine/ids'
import type { EntryMeta } from '../quarantine/meta'
import { ListedEntry, QuarantineError, QuarantineStore } from '../quarantine/store'
import { readHarakaIni } from '../lib/haraka_ini'
import type { CliContext } from './outpost'
import { EXIT, parseStrict, UsageError, type OptionSpec } from './args'
import { InstallDirError } from '../lib/install_dir'
import { learnMessages, type LearnItem } from '../engine/learn'

const USAGE = `usage: outpost [-c DIR] quarantine COMMAND [OPTIONS]

  list [FILTERS] [--json]             held messages, oldest first (a table, or JSON)
  show ID [--raw | --json]            summary with symbols; --raw prints the exact stored message
  release ID... [--by NAME]           deliver through the gateway's outbound path (once per id)
  release --all [FILTERS] [--by NAME] release every held message matching the filters
  delete ID... [--force]              delete entries (--force: even with a release pending)
  delete --all [FILTERS] | delete FILTERS
  --learn (with release or delete)    also teach the local Bayes model: released = ham, deleted = spam
  expire [--days N]                   delete entries older than retention_days (or N days)
  verify                              check every entry's message against its recorded sha256
  reindex                             rebuild the index from the stored files (the gateway also does
                                      this at start-up and at every purge)
  audit [--json]                      the log of admin actions

FILTERS: --sender ADDR  --recipient ADDR  (exact, or a pattern such as *@example.org; --sender
         also matches the sender identity: an authenticated user, an identity header, a client IP,
         so "release --sender ID" releases all held mail of a sender, once)
         --domain DOMAIN (sender or any recipient, subdomains included)
         --since TIME  --until TIME  (2026-11-28, 2026-11-28T14:00Z, or an age: 90m, 2h, 7d)
         --min-score N  --state held|pending|released
`


/**
 * --learn: the stored messages of ids into the local Bayes model as spam ('s')
 * or ham ('h'). Resolves with the line to print, or false after complaining.
 */
async function learnFrom(
  store: QuarantineStore,
  ids: string[],
  label: 's' | 'h',
  ctx: CliContext,
  complain: (msg: string) => void,
): Promise<string | false> {
  const items: LearnItem[] = []
  for (const id of ids) {
    try {
      items.push({ raw: await store.readRaw(id), label })
    } catch (err) {
      complain(`${id}: not learned: ${(err as Error).message}`)
    }
  }
  try {
    const s = await learnMessages(ctx.dir, items)
    return (
      `learned ${items.length} message${items.length === 1 ? '' : 's'} as ${label === 's' ? 'spam' : 'ham'} ` +
      `(${s.learned} new, ${s.relabelled} relabelled, ${s.unchanged} already known) in ${s.file}; a running gateway uses it within 10 seconds\n`
    )
  } catch (err) {
    complain(`--learn: could not update the local model: ${(err as Error).message}`)
    return false
  }
}

interface Parsed {
  positional: string[]
  flags: Map<string, string | true>
}

const OPTIONS = {
  sender: { type: 'string' },
  recipient: { type: 'string' },
  domain: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  'min-score': { type: 'string' },
  state: { type: 'string' },
  by: { type: 'string' },
  days: { type: 'string' },
  json: { type: 'boolean' },
  raw: { type: 'boolean' },
  all: { type: 'boolean' },
  force: { type: 'boolean' },
  learn: { type: 'boolean' },
} as const satisfies Record<string, OptionSpec>

/** The shared parser (./args); flags keyed by their command-line spelling. */
function parseArgs(args: string[]): Parsed & { help: boolean; configDir?: string } {
  const p = parseStrict(args, { usage: USAGE, options: OPTIONS })
  const flags = new Map<string, string | true>()
  for (const [k, v] of Object.entries(p.values)) if (v !== undefined && v !== false) flags.set(`--${k}`, v as string | true)
  return { positional: p.positionals, flags, help: p.help, configDir: p.configDir }
}

function str(p: Parsed, name: string): string | undefined {
  const v = p.flags.get(name)
  return typeof v === 'string' ? v : undefined
}

function filterText(p: Parsed): FilterText {
  return {
    sender: str(p, '--sender'),
    recipient: str(p, '--recipient'),
    domain: str(p, '--domain'),
    since: str(p, '--since'),
    until: str(p, '--until'),
    minScore: str(p, '--min-score'),
    state: str(p, '--state'),
  }
}

export function loadConfig(dir: string): QuarantineConfig {
  return parseQuarantineConfig(readHarakaIni(dir), dir, os.hostname())
}

function whoAmI(p: Parsed): string {
  const by = str(p, '--by') || process.env.SUDO_USER || process.env.USER || process.env.LOGNAME
  if (by) return by
  try {
    return os.userInfo().username
  } catch {
    return `uid ${process.getuid?.() ?? '?'}`
  }
}

function pad(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}~` : s.padEnd(n)
}

function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, ' ')
}

function table(entries: ListedEntry[]): string {
  const lines = [`${pad('ID', 30)}${pad('TIME (UTC)', 17)}${pad('STATE', 9)}${pad('SCORE', 7)}${pad('FROM', 31)}${pad('TO', 31)}SUBJECT`]
  for (const e of entries) {
    const to = e.rcpt_to.length > 1 ? `${e.rcpt_to[0]} +${e.rcpt_to.length - 1}` : (e.rcpt_to[0] ?? '')
    lines.push(
      pad(e.id, 30) +
        pad(e.time.slice(0, 16).replace('T', ' '), 17) +
        pad(e.state, 9) +
        pad(e.score === null ? '-' : String(Math.round(e.score * 10) / 10), 7) +
        pad(printable(e.mail_from || '<>'), 31) +
        pad(printable(to), 31) +
        printable(e.subject).slice(0, 60),
    )
  }
  lines.push(`${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}`)
  return lines.join('\n') + '\n'
}

async function showText(store: QuarantineStore, meta: EntryMeta): Promise<string> {
  const request = await store.releaseRequest(meta.id)
  const done = await store.releaseDone(meta.id)
  let state = 'held'
  if (done) state = `released by ${done.by} at ${done.at}; queued at ${done.queued_at}${done.queue_id ? ` as ${done.queue_id}` : ''}`
  else if (request) state = `release pending (requested by ${request.by} at ${request.at}; the gateway delivers it)`
  const c = meta.client
  const client = [c.ip, c.description ? `"${c.description}"` : '', c.network ? `network ${c.network}` : '', c.helo ? `HELO ${c.helo}` : '']
    .filter(Boolean)
    .join(', ')
  const lines = [
    `Id:          ${meta.id}`,
    `State:       ${state}`,
    `Time:        ${meta.time}`,
    `Sender:      ${meta.mail_from || '<>'}`,
    `Recipients:  ${meta.rcpt_to.join(', ')}`,
    `Client:      ${client}`,
    `Auth user:   ${meta.auth_user ?? '-'}`,
    `Identity:    ${meta.identity ? `${meta.identity} (${meta.identity_source ?? '?'})` : '-'}`,
    `Subject:     ${printable(meta.subject)}`,
    `Message-ID:  ${printable(meta.message_id ?? '-')}`,
    `Size:        ${meta.size} bytes (sha256 ${meta.sha256})`,
    `Score:       ${meta.score === null ? '-' : meta.score}${meta.threshold === null ? '' : ` (threshold ${meta.threshold})`}`,
    `Reason:      ${meta.reason}`,
    `Symbols:     ${meta.symbols.length ? '' : '-'}`,
  ]
  const sorted = [...meta.symbols].sort((a, b) => b.score - a.score)
  for (const s of sorted) lines.push(`  ${pad(s.name, 28)} ${String(s.score).padStart(7)}  ${printable(s.evidence ?? '')}`)
  return lines.join('\n') + '\n'
}

/** Ids named on the command line, or every entry matching the filters (with --all or at least one filter). */
async function select(store: QuarantineStore, p: Parsed, verb: string): Promise<string[]> {
  const text = filterText(p)
  const filter = parseFilter(text)
  if (p.positional.length) {
    if (p.flags.has('--all') || !isEmptyFilter(filter)) throw new UsageError(`${verb}: give ids or --all/filters, not both`)
    return p.positional.map(checkId)
  }
  if (!p.flags.has('--all') && isEmptyFilter(filter)) throw new UsageError(`${verb}: give one or more ids, or --all (optionally with filters)`)
  // release --all means the held ones; already released or pending entries are not "released again"
  if (verb === 'release' && text.state === undefined) filter.state = 'held'
  const { entries } = await store.list(filter)
  return entries.map((e) => e.id)
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const sub = args[0]
  const say = (s: string): boolean => ctx.out.write(s)
  const complain = (s: string): boolean => ctx.err.write(`outpost quarantine: ${s}\n`)
  if (!sub || sub === 'help' || sub === '--help' || sub === '-h') {
    ;(sub ? ctx.out : ctx.err).write(USAGE)
    return sub ? 0 : 2
  }
  try {
    const p = parseArgs(args.slice(1))
    if (p.help) {
      say(USAGE)
      return EXIT.OK
    }
    if (p.configDir !== undefined) ctx.setDir?.(p.configDir)
    const cfg = loadConfig(ctx.dir)
    const store = new QuarantineStore(cfg.dir, { warn: (m) => complain(`warning: ${m}`) })
    if (!fs.existsSync(cfg.dir)) {
      if (['list', 'audit', 'verify', 'expire', 'reindex'].includes(sub)) {
        complain(`note: ${cfg.dir} does not exist yet (nothing has been quarantined)`)
      }
    }
    switch (sub) {
      case 'list': {
        if (p.positional.length) throw new UsageError('list takes filters, not ids (use show ID)')
        const { entries } = await store.list(parseFilter(filterText(p)))
        if (p.flags.has('--json')) say(JSON.stringify(entries, null, 1) + '\n')
        else say(table(entries))
        return 0
      }
      case 'show': {
        if (p.positional.length !== 1) throw new UsageError('show takes exactly one id')
        const meta = await store.readMeta(p.positional[0])
        if (p.flags.has('--raw')) {
          const raw = await store.readRaw(meta.id, meta)
          await new Promise<void>((resolve, reject) => ctx.out.write(raw, (err) => (err ? reject(err) : resolve())))
          return 0
        }
        if (p.flags.has('--json')) {
          const release = await store.releaseRequest(meta.id)
          const released = await store.releaseDone(meta.id)
          say(JSON.stringify({ ...meta, state: await store.state(meta.id), release, released }, null, 1) + '\n')
          return 0
        }
        say(await showText(store, meta))
        return 0
      }
      case 'release': {
        const by = whoAmI(p)
        const ids = await select(store, p, 'release')
        let failed = 0
        const done: string[] = []
        for (const id of ids) {
          try {
            await store.requestRelease(id, by)
            done.push(id)
            say(`${id}: release requested by ${by}\n`)
          } catch (err) {
            failed++
            complain((err as Error).message)
            await appendAudit(cfg.dir, { by, action: 'release', ids: [id], result: 'refused', detail: (err as Error).message }).catch(() => undefined)
          }
        }
        if (done.length) {
          const learnt = p.flags.has('--learn') ? await learnFrom(store, done, 'h', ctx, complain) : undefined
          if (learnt === false) failed++
          await appendAudit(cfg.dir, { by, action: 'release', ids: done, result: 'ok', ...(learnt ? { detail: 'learned as ham' } : {}) })
          if (learnt) say(learnt)
          say(
            gatewayLockHeld(cfg.dir)
              ? `the running gateway queues ${done.length === 1 ? 'it' : 'them'} for delivery within seconds (DKIM-signed, routed like any other message)\n`
              : `the gateway is not running: ${done.length === 1 ? 'it is' : 'they are'} delivered when it starts\n`,
          )
        }
        if (!ids.length) say('no entries matched\n')
        return failed ? 1 : 0
      }
      case 'delete': {
        const by = whoAmI(p)
        const ids = await select(store, p, 'delete')
        let failed = 0
        const done: string[] = []
        const learnSpam = p.flags.has('--learn')
        let learnt: string | false | undefined
        if (learnSpam) {
          // learned before deleting (afterwards the message is gone); only held
          // entries: deleting a released one is housekeeping, not a verdict of spam
          const held: string[] = []
          for (const id of ids) if ((await store.state(id).catch(() => undefined)) === 'held') held.push(id)
          if (held.length < ids.length) say(`${ids.length - held.length} of the entries were released or have a release pending: not learned as spam\n`)
          learnt = await learnFrom(store, held, 's', ctx, complain)
          if (learnt === false) return 1 // nothing deleted: the admin asked for both
        }
        for (const id of ids) {
          try {
            await store.delete(id, { force: p.flags.has('--force') })
            done.push(id)
          } catch (err) {
            failed++
            complain((err as Error).message)
          }
        }
        if (done.length) await appendAudit(cfg.dir, { by, action: 'delete', ids: done, result: 'ok', ...(learnt ? { detail: 'learned as spam' } : {}) })
        if (learnt) say(learnt)
        say(`${done.length} entr${done.length === 1 ? 'y' : 'ies'} deleted\n`)
        return failed ? 1 : 0
      }
      case 'expire': {
        const daysText = str(p, '--days')
        const days = daysText === undefined ? cfg.retentionDays : Number(daysText)
        if (!Number.isFinite(days) || days < 0) throw new UsageError(`--days "${daysText}": expected a number of days`)
        if (days === 0) {
          say('retention_days = 0: entries are kept until deleted; nothing expired\n')
          return 0
        }
        const deleted = await store.expire(days * 86_400_000)
        if (deleted.length) await appendAudit(cfg.dir, { by: whoAmI(p), action: 'expire', ids: deleted, result: 'ok', detail: `older than ${days} days` })
        say(`${deleted.length} entr${deleted.length === 1 ? 'y' : 'ies'} older than ${days} days deleted\n`)
        return 0
      }
      case 'verify': {
        const { ok, problems } = await store.verifyAll()
        for (const problem of problems) complain(problem)
        say(`${ok.length} entries intact, ${problems.length} damaged\n`)
        return problems.length ? 1 : 0
      }
      case 'reindex': {
        const t = Date.now()
        const { entries, warnings } = await store.reindex()
        say(`${entries.length} entries indexed, ${warnings.length} ignored as partial or corrupt, ${Date.now() - t} ms\n`)
        return 0
      }
      case 'audit': {
        const records = await readAudit(cfg.dir)
        if (p.flags.has('--json')) say(JSON.stringify(records, null, 1) + '\n')
        else for (const r of records) say(`${r.at}  ${pad(r.by, 12)} ${pad(r.action, 14)} ${pad(r.result, 8)} ${r.ids.join(' ')}${r.detail ? `  (${r.detail})` : ''}\n`)
        return 0
      }
      default:
        throw new UsageError(`unknown command "${sub}"`)
    }
  } catch (err) {
    if (err instanceof UsageError) {
      complain(`${err.message}\n\n${USAGE}`)
      return 2
    }
    if (err instanceof InvalidIdError || err instanceof FilterError || err instanceof ConfigError || err instanceof InstallDirError) {
      complain(err.message)
      return 2
    }
    if (err instanceof QuarantineError) {
      complain(err.message)
      return 1
    }
    complain((err as Error).message ?? String(err))
    return 1
  }
}
