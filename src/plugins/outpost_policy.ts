// outpost_policy: scores every relayed message and applies the outbound policy.
//
// data_post (priority 50, after rspamd/spamassassin at 0): the built-in engine
//   scores the message, external engine results are read from
//   transaction.results, src/policy/decide.ts turns them into a Verdict, and the
//   verdict is recorded (notes, results, one log line) and acted on: reject
//   (550), tag (subject + header), quarantine (hand-off note, see
//   src/policy/handoff.ts), discard (dropped in queue_outbound), pass.
//   Headers are added here so DKIM, which signs in queue_outbound, covers them.
// queue_outbound (-100): drops discarded spam, answering 250 as if queued.
// queue_outbound (100, last): refuses (4xx) a message that wants the quarantine
//   but that no quarantine plugin took, so spam is never delivered by default.
// Any failure to score is a 451: a filter that fails open relays spam.
import constants = require('haraka-constants')
import DSN = require('haraka-dsn')
import fs from 'node:fs'
import path from 'node:path'
import { createEngine, type Engine, type MessageFacts } from '../engine'
import { readMessage, type Connection, type Next, type Plugin, type Transaction } from '../lib/haraka'
import { installDir } from '../lib/install_dir'
import { loadValidatedConfig } from '../lib/plugin_config'
import { EXTRA_SYMBOLS_NOTE, NOTICE_NOTE, type ScoredSymbol } from '../lib/verdict'
import { establishIdentity, identityConfig } from '../identity'
import { readPolicyConfig, type PolicyConfig } from '../policy/config'
import { decide, describeVerdict, effectiveAction, type BuiltinResult } from '../policy/decide'
import { scoreWithin } from '../policy/engine_call'
import { createEnginePool, type EnginePool } from '../policy/engine_pool'
import { isClusterMaster } from '../lib/cluster_role'
import {
  readVerdict,
  recordVerdict,
  requestQuarantine,
  wantsDiscard,
  wantsQuarantine,
  type TransactionNotes,
} from '../policy/handoff'
import { OWN_HEADERS, SCORE_HEADER, SPAM_HEADER, formatScore, tagSubject } from '../policy/marks'
import { loadPeerSettings, peerWarnings, quarantinePluginListed } from '../policy/peer_checks'
import { addressOf } from '../lib/address'
import { AutoLearnSpool } from '../policy/autolearn_spool'
import { registerStep, STEPS } from '../lib/pipeline'
import { assertReadableByGateway, ensureOwnedDir, gatewayOwner } from '../lib/service_user'
import { metrics } from '../lib/metrics'
import { logVerdict } from '../lib/verdict_log'
import { configuredDnsServers } from '../lib/dns_servers'
import { makeResolvers } from '../lib/dnsbl'
import { createUriblChecker, type UriblChecker } from '../policy/uribl'
import { REGEXP_FLAG, startedWithRegExpFlag } from '../engine/regexp_compile'

/** deliberately vague: a spammer must not learn what to tune against */
const REJECT_TEXT = 'Message refused by the outbound content policy'
const TEMPFAIL_TEXT = 'Message could not be checked right now, please try again later'

type HookReply = [] | [number, unknown]

interface State {
  cfg: PolicyConfig
  engine: Engine | null
  /** set when the engine runs on worker threads ([engines] workers > 0) */
  pool?: EnginePool
  /** the same engine on the event loop: what scores once the pool is closed at shutdown */
  local?: Engine
  /** automatic learning of passed mail ([autolearn] enabled) */
  autolearn?: AutoLearnSpool
}

let state: State
/**
 * URI blocklist lookups ([uribl]): one per process, kept across reloads so its
 * cache survives them. Made on first use, when outpost_relay has applied
 * haraka.ini [dns] servers (read at start-up only, like the rest of Haraka's DNS).
 */
let uribl: UriblChecker | undefined
let quarantineAvailable = false

function buildState(plugin: Plugin, cfg: PolicyConfig, dir: string): State {
  if (!cfg.engines.builtin) return { cfg, engine: null }
  checkModelReadable(plugin, cfg, dir)
  const log = (line: string, level?: 'info' | 'error'): void => (level === 'error' ? plugin.logerror(line) : plugin.loginfo(line))
  const al = cfg.engine.autolearn
  const autolearn = al?.enabled && cfg.engine.bayes.enabled && !isClusterMaster(plugin) ? new AutoLearnSpool(dir, al, log) : undefined
  // built here even when threads will score: a missing or broken model must stop start-up (or a reload) now
  const engine = createEngine(cfg.engine, { installDir: dir, log })
  // a cluster master scores nothing: its workers start their own threads
  if (cfg.engines.workers === 0 || isClusterMaster(plugin)) return { cfg, engine, autolearn }
  const pool = createEnginePool({ settings: cfg.engine, installDir: dir, size: cfg.engines.workers, timeoutMs: cfg.engines.timeoutMs, log })
  return { cfg, engine: pool, pool, local: engine, autolearn }
}

/**
 * The admin's model (outpost learn) must be readable by the user Haraka runs
 * as: checked here, at start-up (a start-up error) and on reload (an ERROR,
 * the previous settings kept), rather than found by an engine thread that then
 * fails to start again and again.
 */
function checkModelReadable(plugin: Plugin, cfg: PolicyConfig, dir: string): void {
  const bayes = cfg.engine.bayes
  if (!bayes.enabled || !bayes.model) return
  const file = path.resolve(dir, bayes.model)
  const owner = gatewayOwner(plugin)
  // where `outpost learn` (run as this user, also under sudo) writes the model
  ensureOwnedDir(path.dirname(file), owner, 0o750)
  if (!fs.existsSync(file)) return
  assertReadableByGateway(file, owner, 'the local Bayes model ([bayes] model)')
}

/** The new state takes new messages at once; the old pool finishes what it holds, then stops. */
function replaceState(next: State): void {
  const old = state
  state = next
  void old?.pool?.close()
  void old?.autolearn?.flush()
}

function checkPeers(plugin: Plugin, cfg: PolicyConfig, dir: string, atStart: boolean): void {
  const peers = loadPeerSettings(path.join(dir, 'config'))
  // Haraka loads config/plugins once: what it listed at start is what runs
  if (atStart) quarantineAvailable = quarantinePluginListed(peers.plugins)
  for (const w of peerWarnings(cfg.engines, peers)) plugin.logwarn(w)
  if (!quarantineAvailable && usesQuarantine(cfg)) {
    plugin.logwarn('a policy uses action = quarantine but outpost_quarantine is not in config/plugins: such spam will be deferred (451)')
  }
}

function usesQuarantine(cfg: PolicyConfig): boolean {
  if (cfg.main.action === 'quarantine') return true
  for (const d of [...cfg.exactDomains.values(), ...cfg.subdomainDomains.values()]) if (d.action === 'quarantine') return true
  return false
}

export function register(this: Plugin): void {
  const dir = installDir()
  const cfg = loadValidatedConfig(this, 'outpost_policy.ini', readPolicyConfig, (next) => {
    replaceState(buildState(this, next, dir))
    checkPeers(this, next, dir, false)
    if (next.uribl.enabled) warnUriblResolvers(this)
    if (this.timeout && this.timeout * 1000 < next.engines.timeoutMs) {
      this.logwarn(`[engines] timeout exceeds Haraka's hook timeout for this plugin (${this.timeout}s, set at start): restart Haraka to apply it`)
    }
  })
  replaceState(buildState(this, cfg, dir))
  checkPeers(this, cfg, dir, true)
  if (cfg.uribl.enabled) warnUriblResolvers(this)

  // Haraka's own hook timer must outlast the engine timeout, so that a slow
  // engine is logged as such (and deferred) by us rather than by Haraka.
  const needed = Math.ceil(cfg.engines.timeoutMs / 1000) + 5
  if (this.timeout && this.timeout < needed) this.timeout = needed

  // the built-in engine is a quarter cheaper on large messages when node compiles expressions at their first run
  if (cfg.engines.builtin && !startedWithRegExpFlag()) {
    this.lognotice(`node was started without ${REGEXP_FLAG}: the built-in engine costs about a quarter more CPU on large messages (README: "One V8 setting")`)
  }

  // haraka.ini [identity] validated at start-up (a bad one stops Haraka), kept current on reload
  identityConfig(this)
  registerStep(this, STEPS.policyScore)
  registerStep(this, STEPS.policyDiscard)
  registerStep(this, STEPS.policyUnclaimed)
  this.loginfo(
    `threshold ${cfg.main.threshold}, action ${cfg.main.action}, domain policies ${cfg.exactDomains.size + cfg.subdomainDomains.size}, ` +
      `engines ${engineList(cfg)} (combine ${cfg.engines.combine}, missing ${cfg.engines.missing}), ` +
      (!cfg.engines.builtin
        ? 'no built-in engine'
        : isClusterMaster(this)
          ? `built-in engine in each worker process${cfg.engines.workers ? `, on ${cfg.engines.workers} thread(s)` : ''}`
          : `built-in engine ${cfg.engines.workers ? `on ${cfg.engines.workers} thread(s)` : 'on the event loop'}`),
  )
}

/**
 * Called by Haraka at graceful shutdown, while connections still finish: their
 * messages are scored on the event loop once the threads are gone.
 */
export function shutdown(this: Plugin): void {
  void state?.autolearn?.flush()
  if (!state?.pool) return
  const pool = state.pool
  state = { cfg: state.cfg, engine: state.local ?? null }
  void pool.close()
}

function warnUriblResolvers(plugin: Plugin): void {
  if (configuredDnsServers().length) return
  plugin.logwarn(
    '[uribl] enabled with no haraka.ini [dns] servers: lookups go through the system resolver, and Spamhaus, SURBL and URIBL refuse queries that reach them through public resolvers (their refusals are logged, never scored); point [dns] servers at your own resolver',
  )
}

/** The URI blocklist lookups for one message, within what is left of the engine deadline; never throws. */
async function uriblSymbols(plugin: Plugin, connection: Connection, cfg: PolicyConfig, builtin: BuiltinResult | undefined, startedAt: number): Promise<ScoredSymbol[]> {
  if (!cfg.uribl.enabled || !builtin || builtin.skipped || !builtin.linkDomains?.length) return []
  const left = cfg.engines.timeoutMs - (performance.now() - startedAt)
  const budget = Math.min(cfg.uribl.timeoutMs, left)
  if (budget <= 0) {
    connection.logwarn(plugin, '[uribl] no time left of [engines] timeout after the engine: scored without the lookups')
    metrics.uriblTimeouts.inc()
    return []
  }
  uribl ??= createUriblChecker({ resolveA: makeResolvers(configuredDnsServers(), cfg.uribl.timeoutMs, 1).a })
  const outcome = await uribl.check(cfg.uribl, builtin.linkDomains, budget)
  for (const w of outcome.warnings) connection.logwarn(plugin, w)
  const c = outcome.counts
  for (const result of ['listed', 'not_listed', 'refused', 'error'] as const) if (c[result]) metrics.uriblLookups.inc({ result }, c[result])
  if (c.cached) metrics.uriblCacheHits.inc({}, c.cached)
  if (c.unanswered) metrics.uriblTimeouts.inc()
  return outcome.symbols
}

function engineList(cfg: PolicyConfig): string {
  return (['builtin', 'rspamd', 'spamassassin'] as const).filter((e) => cfg.engines[e]).join(',')
}

function gatherFacts(connection: Connection, txn: Transaction): MessageFacts {
  return {
    mailFrom: addressOf(txn.mail_from),
    rcptTo: (txn.rcpt_to ?? []).map(addressOf),
    clientIp: connection.remote?.ip,
    helo: connection.hello?.host,
    authUser: connection.notes?.auth_user,
  }
}

function tempfail(plugin: Plugin, connection: Connection, txn: Transaction, reason: string): HookReply {
  txn.results.add(plugin, { err: reason })
  connection.logerror(plugin, `message deferred (451): ${reason}`)
  metrics.refused.inc({ reason: 'tempfail' })
  logVerdict(plugin, connection, { action: 'defer', reply: 451, reason })
  return [constants.DENYSOFT, DSN.sys_unspecified(TEMPFAIL_TEXT, 451)]
}

async function scoreAndAct(plugin: Plugin, connection: Connection, txn: Transaction): Promise<HookReply> {
  const { cfg, engine } = state
  // a client's own X-Outpost-* headers must not pass for ours
  for (const name of OWN_HEADERS) txn.remove_header(name)

  let builtin: BuiltinResult | undefined
  const startedAt = performance.now()
  if (engine) {
    try {
      builtin = await scoreWithin(engine, () => readMessage(txn), gatherFacts(connection, txn), cfg.engines.timeoutMs)
    } catch (err) {
      return tempfail(plugin, connection, txn, `built-in engine failed: ${(err as Error)?.message ?? String(err)}`)
    }
  }

  // symbols of other plugins (outpost_limits) and of the URI blocklists: added to the combined score
  const extra = txn.notes[EXTRA_SYMBOLS_NOTE]
  const listed = await uriblSymbols(plugin, connection, cfg, builtin, startedAt)
  const decision = decide({
    config: cfg,
    senderDomain: txn.mail_from?.host,
    builtin,
    external: { rspamd: txn.results.get('rspamd'), spamassassin: txn.results.get('spamassassin') },
    extra: [...(Array.isArray(extra) ? (extra as ScoredSymbol[]) : []), ...listed],
  })
  if (decision.kind === 'tempfail') return tempfail(plugin, connection, txn, decision.reason)

  const { verdict, policy } = decision
  const identity = establishIdentity(plugin, connection, txn)
  verdict.identity = identity.id
  verdict.identity_source = identity.source
  const action = effectiveAction(verdict)
  recordVerdict(txn.notes as TransactionNotes, verdict)
  txn.results.add(plugin, {
    [verdict.is_spam ? 'fail' : 'pass']: verdict.is_spam ? `spam: ${verdict.action}` : 'not spam',
    score: verdict.score,
    threshold: verdict.threshold,
    action,
    is_spam: verdict.is_spam,
    policy_domain: verdict.policy_domain,
    engines: verdict.engines,
    engine_ms: verdict.engine_ms,
    symbols: verdict.symbols,
  })
  connection.loginfo(plugin, describeVerdict(verdict))
  metrics.scored.inc({ action })
  metrics.score.observe(verdict.score)
  if (builtin) metrics.stageSeconds.observe(verdict.engine_ms / 1000, { stage: 'score' })

  if (cfg.scoreHeader) txn.add_header(SCORE_HEADER, formatScore(verdict.score))

  switch (action) {
    case 'pass':
      // learned only from the built-in engine's own score, and only when the message was not spam at all
      if (state.autolearn && builtin && !builtin.skipped && !verdict.is_spam) {
        try {
          state.autolearn.offer(await readMessage(txn), builtin, connection.notes?.auth_user || addressOf(txn.mail_from) || '')
        } catch {
          /* learning is best effort: the message itself is unaffected */
        }
      }
      return []
    case 'tag': {
      const subject = txn.header.get_all('Subject')[0]
      txn.remove_header('Subject')
      txn.add_header('Subject', tagSubject(subject, policy.subjectTag, verdict.score))
      txn.add_header(SPAM_HEADER, 'Yes')
      return []
    }
    case 'reject':
      metrics.refused.inc({ reason: 'policy' })
      logVerdict(plugin, connection, { action: 'reject', reply: 550 })
      return [constants.DENY, DSN.sec_unauthorized(REJECT_TEXT, 550)]
    case 'discard':
      // accepted (250) and dropped in queue_outbound, after every data_post check passed
      return []
    case 'quarantine':
      if (!quarantineAvailable) {
        return tempfail(plugin, connection, txn, 'verdict is quarantine but outpost_quarantine is not in config/plugins')
      }
      requestQuarantine(txn.notes as TransactionNotes, verdict)
      return []
  }
}

export function score_message(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction
  if (!txn) return next()
  try {
    // also removes the identity header, from any client
    establishIdentity(this, connection, txn)
  } catch (err) {
    connection.logerror(this, `sender identity: ${(err as Error).message}`)
    return next(constants.DENYSOFT, DSN.sys_unspecified(TEMPFAIL_TEXT, 451) as never)
  }
  if (!connection.relaying) {
    // local delivery to this host: not outbound mail, so not ours to judge
    txn.results.add(this, { skip: 'not relaying' })
    return next()
  }
  if (txn.notes?.[NOTICE_NOTE]) {
    // mail Outpost generated itself (quarantine digests, notices); set server-side
    // only, never from anything a client sends
    txn.results.add(this, { skip: 'outpost notice' })
    return next()
  }
  const plugin = this
  void (async () => {
    let reply: HookReply
    try {
      reply = await scoreAndAct(plugin, connection, txn)
    } catch (err) {
      reply = tempfail(plugin, connection, txn, `unexpected error: ${(err as Error)?.stack ?? String(err)}`)
    }
    try {
      next(...(reply as [number?, string?]))
    } catch (err) {
      connection.logerror(plugin, `next() threw: ${(err as Error)?.message ?? String(err)}`)
    }
  })()
}

export function discard_spam(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction
  if (!txn || !wantsDiscard(txn.notes as TransactionNotes)) return next()
  const verdict = readVerdict(txn.notes as TransactionNotes)
  txn.results.add(this, { msg: 'discarded' })
  connection.lognotice(
    this,
    `discarded (accepted, not delivered): from=<${addressOf(txn.mail_from)}> to=${(txn.rcpt_to ?? []).map((r) => `<${addressOf(r)}>`).join(',')} score=${verdict?.score} threshold=${verdict?.threshold}`,
  )
  logVerdict(this, connection, { action: 'discard', reply: 250 })
  // the client sees the ordinary "queued" reply: it must not learn the message was dropped
  next(constants.OK)
}

export function refuse_unclaimed_quarantine(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction
  if (!txn || !wantsQuarantine(txn.notes as TransactionNotes)) return next()
  txn.results.add(this, { err: 'quarantine did not take the message' })
  connection.logerror(this, 'message wants the quarantine but no plugin took it: deferred, not delivered')
  metrics.refused.inc({ reason: 'tempfail' })
  logVerdict(this, connection, { action: 'defer', reply: 451, reason: 'quarantine did not take the message' })
  next(constants.DENYSOFT, DSN.sys_unspecified(TEMPFAIL_TEXT, 451) as never)
}
