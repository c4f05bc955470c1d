// outpost_reputation: the gateway's standing with receivers
// (config/outpost_reputation.ini).
//
// Feedback address ([feedback] address): complaint reports (ARF, Microsoft
//   JMRP) sent to it, from any client, are taken for local processing:
//   rcpt (-90): the address is accepted (OK) and the transaction becomes a
//     local delivery (not relaying), so the outbound policy, the limits and
//     the outbound queue never see it; a report must come in a transaction of
//     its own (other recipients with it get 452).
//   queue (and queue_outbound, -200, should relaying be set again): the
//     report is kept, parsed, attributed and counted (src/reputation/ingest.ts);
//     250 when taken, 550 when it is not a report, 451 on a local error.
//   Untrusted clients (the ISPs' feedback servers) must be let in:
//   config/outpost_relay.ini [main] reject_untrusted = false (they still never relay).
// What was sent (queue_outbound, -20: after the policy drops discarded spam,
//   before the quarantine holds): Message-ID -> sender identity, and the
//   per-sender statistics (messages, recipients, spam, quarantined); spam
//   refused at data_post is counted from the deny hook, delivery failures
//   from the bounce hook.
// Scheduled (in the process that takes mail): the SNDS fetch, the own-IP
//   blocklist check, alerts left by the `outpost` command, pruning.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import constants = require('haraka-constants')
import DSN = require('haraka-dsn')
import { AlertSender } from '../alerts'
import { harakaMailer } from '../alerts/haraka_mailer'
import { addressOf } from '../lib/address'
import { registerStep, STEPS } from '../lib/pipeline'
import { establishIdentity } from '../identity'
import { lockSender } from '../cli/sender_lock'
import { readMessage, type Connection, type Next, type Plugin, type Transaction } from '../lib/haraka'
import { installDir } from '../lib/install_dir'
import { ensureOwnedDir, ownerFromSmtpIni, readSmtpIniMain } from '../lib/service_user'
import { loadValidatedConfig } from '../lib/plugin_config'
import { parseIni } from '../lib/ini'
import { installDirFiles, readRelayConfig } from '../relay/config'
import { nextReplyIs451 } from '../lib/reply'
import { NOTICE_NOTE, VERDICT_NOTE, Verdict } from '../lib/verdict'
import { alertTargets, drainOutbox, ReputationAlert, writeHeartbeat } from '../reputation/alerts'
import { claimCheck } from '../reputation/blocklist'
import { readReputationConfig, REPUTATION_INI, ReputationConfig } from '../reputation/config'
import { normaliseMessageId } from '../reputation/feedback'
import { ingestReport, NotAFeedbackReport, pruneReports } from '../reputation/ingest'
import { claimFetch } from '../reputation/snds'
import { subjectsOf } from '../reputation/stats'
import { openBackend, ReputationBackend } from '../reputation/backend'
import { readStateConfig, StateConfig } from '../limits/state_config'
import { subscribeHarakaIni } from '../lib/haraka_ini'
import { checkBlocklists, fetchSnds, makeResolvers } from '../reputation/watch'
import { holdReason } from './outpost_quarantine'
import { configuredDnsServers } from '../lib/dns_servers'

/** transaction.notes: this transaction carries a feedback report for local processing */
export const FEEDBACK_NOTE = 'outpost_feedback'
/** transaction.notes: { identity, domain } of the sender, kept in the queue file for the bounce hook */
export const SENDER_NOTE = 'outpost_sender'

const TICK_MS = 2000
const PRUNE_MS = 3_600_000

let cfg: ReputationConfig
let stateCfg: StateConfig
let backend: ReputationBackend
let backendKey = ''
let alerts: AlertSender
let hostname = os.hostname()
let timer: NodeJS.Timeout | undefined
let busy = false
let lastPrune = 0

export interface SenderFacts {
  identity: string
  domain: string
}

/**
 * Who sent it: the sender identity of haraka.ini [identity] (established in
 * data_post by outpost_limits or outpost_policy, or here), and the sender
 * domain as the sender limits count it: the envelope sender's.
 */
export function senderOf(plugin: Plugin, connection: Connection, txn: Transaction): SenderFacts {
  const identity = establishIdentity(plugin, connection, txn)
  return { identity: identity.id, domain: (txn.mail_from?.host ?? '').toLowerCase() }
}

function apply(plugin: Plugin, next: ReputationConfig): void {
  cfg = next
  const key = JSON.stringify([cfg.stateDir, cfg.feedback.rememberMs, cfg.feedback.rememberMaxBytes])
  if (key !== backendKey) {
    const old = backend
    backendKey = key
    backend = openBackend(cfg, stateCfg, { gateway: true, log: { info: (m) => plugin.loginfo(m), error: (m) => plugin.logerror(m) } })
    void old?.close().catch(() => undefined)
  } else backend.stats?.setRetention(cfg.stats)
  alerts = new AlertSender({
    mailer: harakaMailer(plugin),
    from: cfg.alerts.from ?? `postmaster@${hostname}`,
    hostname,
    // exactly-once is kept by the reputation state itself; the sender only rate-limits
    dedupeMs: 0,
    log: { info: (m) => plugin.loginfo(m), warn: (m) => plugin.logwarn(m) },
  })
}

/** The feedback address is useless while outpost_relay refuses the providers' (untrusted) servers at connect. */
function warnIfUnreachable(plugin: Plugin): void {
  if (!cfg.feedback.address) return
  try {
    const file = path.join(installDir(), 'config', 'outpost_relay.ini')
    const relay = readRelayConfig(parseIni(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '', 'config/outpost_relay.ini'), installDirFiles(installDir()))
    if (relay.rejectUntrusted) {
      plugin.logwarn(`[feedback] address ${cfg.feedback.address} cannot receive reports from the providers' servers: set reject_untrusted = false in config/outpost_relay.ini [main] (they still cannot relay)`)
    }
  } catch {
    /* outpost_relay reports its own config errors */
  }
}

function describe(plugin: Plugin): void {
  warnIfUnreachable(plugin)
  plugin.loginfo(
    `state ${backend.kind}; feedback address: ${cfg.feedback.address ?? 'none'}; SNDS: ${cfg.snds.key ? `every ${Math.round(cfg.snds.intervalMs / 1000)}s` : 'off'}; ` +
      `blocklist watch: ${cfg.watch.publicIps.length ? `${cfg.watch.publicIps.join(', ')} on ${cfg.watch.blocklists.map((b) => b.zone).join(', ')} every ${Math.round(cfg.watch.intervalMs / 1000)}s` : 'off'}; ` +
      `alerts to ${[cfg.alerts.notify, cfg.alerts.webhookUrl].filter(Boolean).join(' and ') || 'nobody ([reputation] notify / webhook_url unset)'}; state in ${cfg.stateDir}`,
  )
}

export function register(this: Plugin): void {
  const me = this.config.get('me')
  if (typeof me === 'string' && me.trim()) hostname = me.trim()
  const dir = installDir()
  stateCfg = subscribeHarakaIni(this, readStateConfig, (next) => {
    if (next.backend !== stateCfg.backend || next.redisUrl !== stateCfg.redisUrl) this.logwarn('haraka.ini [state] changed: restart Haraka for the reputation state to follow')
  })
  apply(
    this,
    loadValidatedConfig(this, REPUTATION_INI, (doc) => readReputationConfig(doc, dir), (next) => {
      apply(this, next)
      describe(this)
    }),
  )
  describe(this)
  // plugins load before Haraka drops to smtp.ini user=: the state directory must be that user's
  try {
    ensureOwnedDir(cfg.stateDir, ownerFromSmtpIni(readSmtpIniMain(dir)))
  } catch (err) {
    this.logerror(`reputation state directory ${cfg.stateDir}: ${(err as Error).message}`)
  }
  for (const s of [STEPS.reputationFeedbackRcpt, STEPS.reputationFeedbackQueue, STEPS.reputationFeedbackQueueOutbound, STEPS.reputationRecord, STEPS.reputationDenied, STEPS.reputationBounce, STEPS.reputationMaster, STEPS.reputationChild]) {
    registerStep(this, s)
  }
}

// ------------------------------------------------------------ feedback address

export function feedback_rcpt(this: Plugin, next: Next, connection: Connection, params: unknown[]): void {
  const txn = connection.transaction
  const address = cfg.feedback.address
  if (!txn || !address) return next()
  const rcpt = addressOf(params?.[0] as never).toLowerCase()
  const isReport = txn.notes[FEEDBACK_NOTE] === true
  if (rcpt === address) {
    // the recipient being checked is already in rcpt_to
    if (!isReport && txn.rcpt_to.length > 1) {
      return next(constants.DENYSOFT, DSN.proto_too_many_rcpts(`Send reports to <${address}> in a transaction of their own`, 452) as never)
    }
    txn.notes[FEEDBACK_NOTE] = true
    // a local delivery: no policy, no limits, no outbound queue
    connection.relaying = false
    connection.loginfo(this, `feedback report for <${address}> from ${connection.remote.ip} <${addressOf(txn.mail_from)}>`)
    return next(constants.OK)
  }
  if (isReport) return next(constants.DENYSOFT, DSN.proto_too_many_rcpts(`<${address}> takes feedback reports in a transaction of their own`, 452) as never)
  next()
}

function sendAlert(plugin: Plugin): (a: ReputationAlert) => Promise<void> {
  return async (a) => {
    plugin.logwarn(`reputation alert: ${a.subject}`)
    await alerts.send(a, alertTargets(cfg))
  }
}

export function feedback_queue(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction
  if (!txn || txn.notes[FEEDBACK_NOTE] !== true) return next()
  const plugin = this
  void (async () => {
    try {
      const raw = await readMessage(txn)
      const r = await ingestReport(raw, { cfg, sent: backend.sent, alert: sendAlert(plugin), lock: (id, reason) => lockSender(installDir(), id, reason, 'outpost_reputation') })
      const who = r.record.identity ? `${r.record.identity} (by ${r.record.attributed})` : 'no sender found'
      connection.loginfo(
        plugin,
        `${r.report.format} ${r.report.feedbackType} report from ${r.report.reporter || '?'} about <${r.report.messageId ?? '?'}>: ${who}` +
          `${r.isNew ? '' : ', already recorded'}${r.isNew && !r.record.counted ? `, not counted (${r.record.note ?? r.record.feedbackType})` : ''}${r.check ? `; ${r.check.complaints} complaints / ${r.check.messages} messages in the window` : ''}${r.act ? ' -> threshold crossed' : ''}`,
      )
      txn.results.add(plugin, { pass: `feedback report: ${r.record.identity || 'unattributed'}` })
      next(constants.OK, 'Feedback report accepted')
    } catch (err) {
      if (err instanceof NotAFeedbackReport) {
        connection.lognotice(plugin, `not a feedback report: ${err.message}`)
        return next(constants.DENY, DSN.create(550, 'Not a feedback report: expected ARF (RFC 5965) or a Microsoft JMRP complaint', 6, 0) as never)
      }
      connection.logerror(plugin, `feedback report not processed: ${(err as Error)?.stack ?? String(err)}`)
      nextReplyIs451(connection)
      next(constants.DENYSOFT, DSN.sys_unspecified('Report could not be processed; try again later', 451) as never)
    }
  })()
}

// ------------------------------------------------------------ what was sent

export function record_outbound(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction
  if (!txn || txn.notes[NOTICE_NOTE] || txn.notes[FEEDBACK_NOTE]) return next()
  const plugin = this
  void (async () => {
    try {
      const who = senderOf(plugin, connection, txn)
      txn.notes[SENDER_NOTE] = who
      if (!txn.header.get_all('Message-ID').length) {
        // RFC 6409 8.3: a submission server adds what is missing; the same form Haraka would add later
        txn.add_header('Message-ID', `<${txn.uuid}@${hostname}>`)
      }
      const verdict = txn.notes[VERDICT_NOTE] as Verdict | undefined
      backend.stats?.add(subjectsOf(who.identity, who.domain), {
        messages: 1,
        recipients: txn.rcpt_to.length,
        spam: verdict?.is_spam ? 1 : 0,
        quarantined: holdReason(txn) ? 1 : 0,
      })
      const messageId = normaliseMessageId(txn.header.get('Message-ID'))
      if (messageId) await backend.sent.record({ messageId, identity: who.identity, sender: addressOf(txn.mail_from).toLowerCase(), domain: who.domain, at: Date.now() })
    } catch (err) {
      // a record lost costs a complaint's attribution, never the message
      connection.logerror(plugin, `reputation record failed: ${(err as Error).message}`)
    }
    next()
  })()
}

export function count_denied(this: Plugin, next: Next, connection: Connection, params: unknown[]): void {
  try {
    const hook = params?.[5]
    const txn = connection?.transaction
    const verdict = txn?.notes?.[VERDICT_NOTE] as Verdict | undefined
    if (txn && hook === 'data_post' && verdict?.is_spam && !txn.notes[NOTICE_NOTE]) {
      const who = senderOf(this, connection, txn)
      backend.stats?.add(subjectsOf(who.identity, who.domain), { spam: 1 })
    }
  } catch {
    /* statistics only */
  }
  next()
}

export function count_bounce(this: Plugin, next: Next, hmail: { todo?: { notes?: Record<string, any>; rcpt_to?: unknown[] } }, err: { bounced_rcpt?: unknown[] }): void {
  try {
    const who = hmail?.todo?.notes?.[SENDER_NOTE] as SenderFacts | undefined
    if (who?.identity) backend.stats?.add(subjectsOf(who.identity, who.domain), { failures: err?.bounced_rcpt?.length || hmail.todo?.rcpt_to?.length || 1 })
  } catch {
    /* statistics only */
  }
  next()
}

// ------------------------------------------------------------ scheduled work

async function tick(plugin: Plugin): Promise<void> {
  const c = cfg
  const now = Date.now()
  await writeHeartbeat(c.stateDir, now)
  await drainOutbox(c.stateDir, (a, t) => alerts.send(a, t).then(() => undefined), (m) => plugin.logwarn(m))
  if (c.snds.key && (await claimFetch(c.stateDir, c.snds.intervalMs, now))) {
    try {
      const run = await fetchSnds(c, sendAlert(plugin), now)
      plugin.loginfo(`SNDS: ${run.rows} IP rows, ${run.ranges} blocked ranges, ${run.findings.length} new problem(s)`)
    } catch (err) {
      plugin.logerror(`SNDS fetch failed (next try in ${Math.round(c.snds.intervalMs / 1000)}s): ${(err as Error).message}`)
    }
  }
  if (c.watch.publicIps.length && (await claimCheck(c.stateDir, c.watch.intervalMs, now))) {
    const outcome = await checkBlocklists(c, makeResolvers(configuredDnsServers()), sendAlert(plugin), now)
    for (const l of outcome.newListings) plugin.logerror(`blocklist: ${l.ip} is LISTED on ${l.zone} (${l.codes.join(', ')}); delisting: ${l.delistUrl ?? 'unknown'}`)
    for (const l of outcome.delisted) plugin.lognotice(`blocklist: ${l.ip} is no longer listed on ${l.zone}`)
    for (const e of outcome.errors) plugin.logwarn(`blocklist: ${e.ip} on ${e.zone}: ${e.error}`)
    if (!outcome.newListings.length && !outcome.errors.length) {
      plugin.loginfo(`blocklist check: ${c.watch.publicIps.length} address(es) on ${c.watch.blocklists.length} list(s): ${outcome.listed.length ? `${outcome.listed.length} known listing(s)` : 'not listed'}`)
    }
  }
  if (now - lastPrune >= PRUNE_MS) {
    lastPrune = now
    await backend.sent.prune(now)
    await pruneReports(c.stateDir, c.feedback.retentionMs, now)
  }
}

export function start_watch(this: Plugin, next: Next, server: { cluster?: { isMaster?: boolean } }): void {
  // a cluster master takes no mail and sends none: its workers do this
  if (server?.cluster?.isMaster || timer) return next()
  const plugin = this
  timer = setInterval(() => {
    if (busy) return
    busy = true
    tick(plugin)
      .catch((err) => plugin.logerror(`reputation watch: ${(err as Error).message}`))
      .finally(() => {
        busy = false
      })
  }, TICK_MS)
  timer.unref()
  next()
}

/** Called by Haraka on graceful shutdown and before a plugin reload. */
export function shutdown(this: Plugin): void {
  if (timer) clearInterval(timer)
  timer = undefined
  void backend?.close().catch(() => undefined)
  backendKey = ''
}
