// outpost_limits: per-sender limits that stop a compromised account.
//
// data_post (priority 40): establish the sender identity (src/identity), then
//   charge the message to its subjects (identity; sender domain and client IP
//   when enabled) atomically in the state backend (memory or Redis): messages,
//   recipients, distinct recipient domains, recipients per message, and the
//   spam and refused-recipient counts already recorded. Then act:
//     locked sender  -> the message is held (quarantine hand-off, 250 once stored)
//     limit crossed  -> action: hold (lock + alert + held), defer (451), reject (550),
//                       score (a LIMIT_* symbol for outpost_policy, which decides at 50)
//     state backend unreachable -> 451: mail is never relayed uncounted.
//   Priority 40 < outpost_policy's 50, so the score symbol (transaction note
//   outpost_extra_symbols) is there when the policy decides.
// data_post (60, after the policy): a spam verdict counts towards spam_per_10min.
// queue_ok: the message was accepted (queued or quarantined): its charge stands.
// reset_transaction: a message charged but not accepted (a later 4xx, a lost
//   connection) is refunded, so a client's retry is not counted twice; after a
//   5xx only its spam count stays (the client will not retry it).
// bounce (delivery): recipients the smarthost or destination refused (5xx)
//   count towards refused_recipients_per_hour of the sender that sent them.
import os from 'node:os'
import constants = require('haraka-constants')
import type { Connection, Next, Plugin, Transaction } from '../lib/haraka'
import { installDir } from '../lib/install_dir'
import { loadValidatedConfig } from '../lib/plugin_config'
import { subscribeHarakaIni } from '../lib/haraka_ini'
import { isClusterMaster } from '../lib/cluster_role'
import { nextReplyIs451 } from '../lib/reply'
import { registerStep, STEPS } from '../lib/pipeline'
import { logVerdict } from '../lib/verdict_log'
import { addressOf } from '../lib/address'
import { EXTRA_SYMBOLS_NOTE, NOTICE_NOTE, type ScoredSymbol } from '../lib/verdict'
import { readVerdict, requestHold, type TransactionNotes } from '../policy/handoff'
import { establishIdentity, identityConfig, readIdentity } from '../identity'
import { normaliseIp } from '../identity/resolve'
import { AlertSender } from '../alerts'
import { harakaMailer } from '../alerts/haraka_mailer'
import { LimitsConfig, readLimitsConfig } from '../limits/config'
import { readStateConfig, StateConfig } from '../limits/state_config'
import type { ChargeResult, ChargeSubject, LimitState, Refund } from '../limits/state'
import { MemoryState } from '../limits/memory_state'
import { limitsDir, MemoryPersister } from '../limits/memory_file'
import { RedisState, redactRedisUrl } from '../limits/redis_state'
import { chargeMode, describeExceeded, limitSymbol, onlyLimit, outcomeOf, subjectsFor, type MessageFacts } from '../limits/check'
import { limitAlert, type Sample } from '../limits/alert'
import type { Quantity } from '../limits/windows'

/** transaction.notes: what this message was charged, to refund it if it is not accepted */
export const CHARGE_NOTE = 'outpost_limits_charge'

interface ChargeNote {
  /** subject keys of the message (also used at delivery for refused recipients) */
  keys: string[]
  entries: Array<{ now: number; keys: string[]; add: Partial<Record<Quantity, number>>; keepOnReject?: boolean }>
  committed?: boolean
}

const DEFER_TEXT = 'Sender rate limit reached; try again later'
const REJECT_TEXT = 'Sender rate limit exceeded; message refused'
const TEMPFAIL_TEXT = 'Sender limits could not be checked right now; try again later'

let cfg: LimitsConfig
let stateCfg: StateConfig
let state: LimitState | undefined
let persister: MemoryPersister | undefined
let alerts: AlertSender
let hostname = os.hostname()
const samples = new Map<string, Sample[]>()

function log(plugin: Plugin) {
  return { info: (m: string) => plugin.loginfo(m), warn: (m: string) => plugin.logwarn(m), error: (m: string) => plugin.logerror(m) }
}

function startState(plugin: Plugin): void {
  if (stateCfg.backend === 'redis') {
    const redis = new RedisState({ url: stateCfg.redisUrl, log: log(plugin) })
    state = redis
    redis.ready(5000).then(
      () => plugin.loginfo(`state backend redis ${redactRedisUrl(stateCfg.redisUrl)}: connected`),
      (err) => plugin.logerror(`${(err as Error).message}: mail that must be counted is deferred (451) until it is`),
    )
    return
  }
  const memory = new MemoryState()
  state = memory
  persister = new MemoryPersister(limitsDir(installDir()), memory, {
    info: (m) => plugin.loginfo(m),
    warn: (m) => plugin.logwarn(m),
    error: (m) => plugin.logerror(m),
  })
  persister.start().catch((err) => plugin.logerror(`limits: state directory ${persister?.dir}: ${(err as Error).message}`))
}

export function register(this: Plugin): void {
  const me = this.config.get('me')
  if (typeof me === 'string' && me.trim()) hostname = me.trim()
  cfg = loadValidatedConfig(this, 'outpost_limits.ini', readLimitsConfig, (next) => {
    cfg = next
  })
  stateCfg = subscribeHarakaIni(this, readStateConfig, (next) => {
    if (next.backend !== stateCfg.backend || next.redisUrl !== stateCfg.redisUrl) {
      this.logwarn('haraka.ini [state] changed: restart Haraka for it to take effect (counts and locks stay where they are)')
    }
  })
  identityConfig(this)
  const nodes = (this.config.get('smtp.ini') as { main?: { nodes?: unknown } } | undefined)?.main?.nodes
  if (stateCfg.backend === 'memory' && nodes !== undefined && nodes !== '' && String(nodes) !== '0' && String(nodes) !== '1') {
    this.logwarn(`haraka.ini [state] backend = memory with smtp.ini nodes = ${String(nodes)}: each worker process counts on its own (limits are per worker, not per gateway) and they share var/limits/state.json; use backend = redis`)
  }
  // a cluster master takes no mail: its workers keep the state
  if (!isClusterMaster(this)) startState(this)
  alerts = new AlertSender({ mailer: harakaMailer(this), from: `postmaster@${hostname}`, hostname, log: log(this) })

  // priorities and why: src/lib/pipeline.ts
  registerStep(this, STEPS.limitsCheck)
  registerStep(this, STEPS.limitsSpam)
  registerStep(this, STEPS.limitsRejectedSpam)
  registerStep(this, STEPS.limitsCommit)
  registerStep(this, STEPS.limitsRefund)
  registerStep(this, STEPS.limitsRefused)
  this.loginfo(
    `action ${cfg.action}${cfg.lockTimeoutMs ? `, lock_timeout ${cfg.lockTimeoutMs / 1000}s` : ''}, state ${stateCfg.backend}` +
      `${stateCfg.backend === 'redis' ? ` ${redactRedisUrl(stateCfg.redisUrl)}` : ''}, per identity messages_per_hour=${cfg.identity.messages_per_hour}` +
      `, overrides ${cfg.identityOverrides.size}, per sender domain ${cfg.senderDomain ? 'on' : 'off'}, per client IP ${cfg.clientIp ? 'on' : 'off'}` +
      `, alerts ${cfg.notify.length ? cfg.notify.join(',') : 'no mail'}${cfg.webhookUrl ? ' + webhook' : ''}`,
  )
}

export function shutdown(this: Plugin): void {
  const p = persister
  const s = state
  persister = undefined
  state = undefined
  void (async () => {
    await p?.stop().catch(() => undefined)
    await s?.close().catch(() => undefined)
  })()
}

// ------------------------------------------------------------------ helpers

function facts(connection: Connection, txn: Transaction, identity: string): MessageFacts {
  return {
    identity,
    senderDomain: (txn.mail_from?.host ?? '').toLowerCase(),
    clientIp: normaliseIp(connection.remote.ip),
    recipients: (txn.rcpt_to ?? []).map((r) => addressOf(r).toLowerCase()),
  }
}

function remember(keys: string[], sample: Sample): void {
  for (const key of keys) {
    const list = samples.get(key) ?? []
    list.push(sample)
    if (list.length > 5) list.shift()
    samples.delete(key) // re-insert: the map is kept in recent-use order
    samples.set(key, list)
  }
  while (samples.size > 10_000) samples.delete(samples.keys().next().value as string)
}

function commandLine(): string {
  const dir = installDir()
  return dir === '/etc/haraka' || dir === process.cwd() ? 'outpost' : `outpost -c ${dir}`
}

function sendAlerts(plugin: Plugin, result: ChargeResult, identitySource: string | undefined): void {
  const targets = { notify: cfg.notify, webhookUrl: cfg.webhookUrl }
  if (!targets.notify.length && !targets.webhookUrl) return
  for (const { key, lock } of result.newlyLocked) {
    alerts.forget(`limits:locked:${key}`) // a new lock always deserves its alert
    const alert = limitAlert({ key, event: 'locked', action: cfg.action, identitySource: key.startsWith('id:') ? identitySource : undefined, lock, counts: result.counts[key] ?? {}, samples: samples.get(key) ?? [], hostname, command: commandLine() })
    void alerts.send(alert, targets)
  }
  if (cfg.action === 'hold') return
  for (const e of result.exceeded) {
    const alert = limitAlert({ key: e.key, event: 'limit_exceeded', action: cfg.action, limit: e.limit, value: e.value, max: e.max, counts: result.counts[e.key] ?? {}, samples: samples.get(e.key) ?? [], hostname, command: commandLine() })
    void alerts.send(alert, targets)
  }
}

function noteCharge(txn: Transaction, keys: string[], entry: ChargeNote['entries'][number]): void {
  const note: ChargeNote = txn.notes[CHARGE_NOTE] ?? { keys, entries: [] }
  note.entries.push(entry)
  txn.notes[CHARGE_NOTE] = note
}

function tempfail(plugin: Plugin, connection: Connection, next: Next, why: string): void {
  connection.logerror(plugin, `message deferred (451): ${why}`)
  logVerdict(plugin, connection, { action: 'defer', reply: 451, reason: why })
  connection.transaction?.results.add(plugin, { err: why })
  nextReplyIs451(connection)
  next(constants.DENYSOFT, `4.3.0 ${TEMPFAIL_TEXT}`)
}

function applicable(connection: Connection, txn: Transaction): boolean {
  return connection.relaying && !txn.notes[NOTICE_NOTE]
}

// -------------------------------------------------------------------- hooks

export function check_limits(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction
  if (!txn) return next()
  const plugin = this
  let identity
  try {
    // also removes the identity header, from any client
    identity = establishIdentity(this, connection, txn)
  } catch (err) {
    return tempfail(this, connection, next, `sender identity: ${(err as Error).message}`)
  }
  if (!applicable(connection, txn)) return next()
  const current = cfg
  const s = state
  if (!s) return tempfail(this, connection, next, 'sender-limit state not started')
  const m = facts(connection, txn, identity.id)
  const add = { messages: 1, recipients: m.recipients.length }
  const subjects = subjectsFor(current, m, add, true)
  const now = Date.now()
  const keys = subjects.map((x) => x.key)
  remember(keys, { at: now, subject: (txn.header.get_decoded('Subject') || '').trim(), recipients: m.recipients })
  s.charge({ now, subjects, mode: chargeMode(current.action), lockUntil: current.lockTimeoutMs ? now + current.lockTimeoutMs : 0 }).then(
    (result) => {
      try {
        if (result.counted) noteCharge(txn, keys, { now, keys, add })
        else txn.notes[CHARGE_NOTE] = { keys, entries: [] }
        const outcome = outcomeOf(current.action, result)
        const counts = result.counts[keys[0]] ?? {}
        txn.results.add(plugin, { identity: identity.id, identity_source: identity.source, outcome: outcome.kind, messages_per_hour: counts.messages_per_hour, recipients_per_hour: counts.recipients_per_hour })
        sendAlerts(plugin, result, identity.source)
        switch (outcome.kind) {
          case 'pass':
            return next()
          case 'hold': {
            for (const l of outcome.newlyLocked) connection.lognotice(plugin, `LOCKED ${l.key}: ${l.lock.reason}; its mail is held until unlocked${l.lock.until ? ` or ${new Date(l.lock.until).toISOString()}` : ''}`)
            requestHold(txn.notes as TransactionNotes, { reason: outcome.reason, by: 'outpost_limits' })
            connection.loginfo(plugin, `identity=${identity.id}(${identity.source}) held: ${outcome.reason}`)
            return next()
          }
          case 'score': {
            const symbols: ScoredSymbol[] = Array.isArray(txn.notes[EXTRA_SYMBOLS_NOTE]) ? txn.notes[EXTRA_SYMBOLS_NOTE] : []
            for (const e of outcome.exceeded) symbols.push({ name: limitSymbol(e), score: current.score, evidence: `${e.key} ${describeExceeded(e)}` })
            txn.notes[EXTRA_SYMBOLS_NOTE] = symbols
            connection.loginfo(plugin, `identity=${identity.id}(${identity.source}) over a limit, scored: ${outcome.reason}`)
            return next()
          }
          case 'defer':
            connection.lognotice(plugin, `identity=${identity.id}(${identity.source}) deferred (451): ${outcome.reason}`)
            logVerdict(plugin, connection, { action: 'defer', reply: 451, reason: `sender limit: ${outcome.reason}` })
            nextReplyIs451(connection)
            return next(constants.DENYSOFT, `4.7.1 ${DEFER_TEXT}`)
          case 'reject':
            connection.lognotice(plugin, `identity=${identity.id}(${identity.source}) rejected (550): ${outcome.reason}`)
            logVerdict(plugin, connection, { action: 'reject', reply: 550, reason: `sender limit: ${outcome.reason}` })
            return next(constants.DENY, `5.7.1 ${REJECT_TEXT}`)
        }
      } catch (err) {
        return tempfail(plugin, connection, next, `unexpected error: ${(err as Error).stack ?? err}`)
      }
    },
    (err: Error) => tempfail(plugin, connection, next, `sender-limit state (${s.backend}) unavailable: ${err.message}`),
  )
}

export function count_rejected_spam(this: Plugin, next: Next, connection: Connection, params: unknown[]): void {
  const [code, , pluginName, , , hook] = Array.isArray(params) ? params : []
  const txn = connection?.transaction
  if (hook !== 'data_post' || pluginName !== 'outpost_policy' || code !== constants.DENY || !txn) return next()
  // count_spam itself answers next() exactly once
  return count_spam.call(this, next, connection)
}

export function count_spam(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction
  if (!txn || !applicable(connection, txn)) return next()
  const charged = txn.notes[CHARGE_NOTE] as ChargeNote | undefined
  if (charged?.entries.some((e) => e.add.spam)) return next() // counted already
  const verdict = readVerdict(txn.notes as TransactionNotes)
  const identity = readIdentity(txn.notes)
  const s = state
  if (!verdict?.is_spam || !identity || !s) return next()
  const plugin = this
  const current = cfg
  const m = facts(connection, txn, identity.id)
  const add = { spam: 1 }
  const subjects = onlyLimit(subjectsFor(current, m, add, false), 'spam_per_10min')
  const now = Date.now()
  const keys = subjects.map((x) => x.key)
  s.charge({ now, subjects, mode: current.action === 'hold' ? 'lock' : 'count', lockUntil: current.lockTimeoutMs ? now + current.lockTimeoutMs : 0 }).then(
    (result) => {
      noteCharge(txn, keys, { now, keys, add, keepOnReject: true })
      if (result.newlyLocked.length) {
        sendAlerts(plugin, result, identity.source)
        for (const l of result.newlyLocked) connection.lognotice(plugin, `LOCKED ${l.key}: ${l.lock.reason}; its mail is held until unlocked`)
        requestHold(txn.notes as TransactionNotes, { reason: `sender ${identity.id} locked: ${result.newlyLocked[0].lock.reason}`, by: 'outpost_limits' })
      }
      next()
    },
    (err: Error) => tempfail(plugin, connection, next, `sender-limit state (${s.backend}) unavailable: ${err.message}`),
  )
}

export function commit_charge(this: Plugin, next: Next, connection: Connection): void {
  const note = connection.transaction?.notes?.[CHARGE_NOTE] as ChargeNote | undefined
  if (note) note.committed = true
  next()
}

export function refund_uncommitted(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction as (Transaction & { msg_status?: string }) | null
  const note = txn?.notes?.[CHARGE_NOTE] as ChargeNote | undefined
  if (!txn || !note || note.committed || !note.entries.length) return next()
  const rejected = txn.msg_status === 'rejected'
  const entries = note.entries.filter((e) => !(rejected && e.keepOnReject))
  note.entries = []
  const s = state
  if (s && entries.length) {
    const plugin = this
    void (async () => {
      for (const e of entries) {
        const refund: Refund = { now: e.now, subjects: e.keys.map((key) => ({ key, add: e.add })) }
        await s.refund(refund).catch((err) => connection.logwarn(plugin, `refund of a message not accepted failed (${(err as Error).message}): it stays counted`))
      }
    })()
  }
  next()
}

interface BounceRcpt {
  dsn_smtp_code?: number | string
}

interface HMail {
  todo?: { notes?: Record<string, any>; rcpt_to?: BounceRcpt[]; mail_from?: { host?: string | null } }
  loginfo(plugin: unknown, msg: string): void
  logwarn(plugin: unknown, msg: string): void
  lognotice(plugin: unknown, msg: string): void
}

export function count_refused(this: Plugin, next: Next, hmail: HMail, err: { bounced_rcpt?: BounceRcpt[] } | undefined): void {
  try {
    const notes = hmail?.todo?.notes
    const identity = readIdentity(notes)
    const note = notes?.[CHARGE_NOTE] as ChargeNote | undefined
    const s = state
    if (!identity || !s || notes?.[NOTICE_NOTE]) return next()
    const rcpts = (err?.bounced_rcpt?.length ? err.bounced_rcpt : hmail.todo?.rcpt_to) ?? []
    // a 4xx that ran out of retries is no sign of invalid addresses
    const refused = rcpts.filter((r) => !String(r.dsn_smtp_code ?? '').startsWith('4')).length
    if (!refused) return next()
    const current = cfg
    const keys = note?.keys?.length ? note.keys : [`id:${identity.id}`]
    const limitsOf = (key: string): number => {
      if (key.startsWith('id:')) return (current.identityOverrides.get(key.slice(3)) ?? current.identity).refused_recipients_per_hour ?? 0
      if (key.startsWith('domain:')) return (current.domainOverrides.get(key.slice(7)) ?? current.senderDomain)?.refused_recipients_per_hour ?? 0
      return current.clientIp?.refused_recipients_per_hour ?? 0
    }
    const subjects: ChargeSubject[] = keys.map((key) => ({ key, add: { refused }, limits: { refused_recipients_per_hour: limitsOf(key) } }))
    const now = Date.now()
    const plugin = this
    s.charge({ now, subjects, mode: current.action === 'hold' ? 'lock' : 'count', lockUntil: current.lockTimeoutMs ? now + current.lockTimeoutMs : 0 }).then(
      (result) => {
        hmail.loginfo(plugin, `${refused} recipient(s) refused at delivery counted for ${identity.id}`)
        for (const l of result.newlyLocked) hmail.lognotice(plugin, `LOCKED ${l.key}: ${l.lock.reason}; its mail is held until unlocked`)
        sendAlerts(plugin, result, identity.source)
        next()
      },
      (e: Error) => {
        hmail.logwarn(plugin, `refused recipients of ${identity.id} not counted: ${e.message}`)
        next()
      },
    )
  } catch (e) {
    hmail?.logwarn?.(this, `refused recipients not counted: ${(e as Error).message}`)
    next()
  }
}

