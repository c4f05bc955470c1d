// outpost_relay: who may relay through the gateway.
//
// connect_init: classify the client. Trusted networks relay. Internal
//   networks are marked as Haraka's `remote.is_private`, which is what
//   dns-list, spf, fcrdns and helo.checks consult to skip IP-reputation tests;
//   every other client is marked not private, so those tests run on it
//   whatever its address. This must happen in connect_init: Haraka runs the
//   rDNS hook (fcrdns) before `connect`.
// lookup_rdns: untrusted clients are refused (554) before any DNS work is
//   spent on them, or with reject_untrusted=false served without relaying.
// mail: a client restricted to some sender domains ([sender_domains] of its
//   trusted entry, an AUTH user's domains) is refused other envelope domains.
// unrecognized_command (priority -100, before the auth plugins): failed AUTH
//   attempts are counted per client IP and per user name across connections;
//   a locked-out client or user gets 454 4.7.0 without the password being
//   checked ([auth] max_failures, lockout, window).
// data (priority -100): every DATA line is watched for a bare CR or a NUL;
// data_post (priority -110) refuses such a message with 550 5.6.0 before any
//   other plugin sees it (SMTP smuggling; see src/relay/data_guard.ts).
// data_post (priority -100, before scoring, holding and signing): the header
//   From and Sender are held to the same domains (550 5.7.1, nothing queued),
//   and the domains the message was checked against are noted on the
//   transaction for outpost_dkim, which signs only within them.
import path from 'node:path'
import constants = require('haraka-constants')
import { applyDnsServers, configuredDnsServers, readDnsServers } from '../lib/dns_servers'
import { subscribeHarakaIni } from '../lib/haraka_ini'
import { loadValidatedConfig } from '../lib/plugin_config'
import { ensureQueueDir } from '../lib/queue_dir'
import type { Connection, Next, Plugin, AddressLike } from '../lib/haraka'
import { RELAY_NOTE, RelayFacts } from '../lib/verdict'
import { describeRelayConfig, readRelayConfig, refuseRelayReload, RelayConfig, RelayConfigIo } from '../relay/config'
import { Attempt, AuthThrottle } from '../relay/auth_throttle'
import { DataFinding, faultReply, lineFault, messageFault } from '../relay/data_guard'
import { decideConnect } from '../relay/decide'
import { decideCandidatesEnvelope, decideTenant, office365Candidates, TlsFacts } from '../relay/office365'
import { decideEnvelope, decideHeaders, SENDER_SCOPE_NOTE, senderHeaderFields, SenderScope, senderScope } from '../relay/sender_identity'
import { registerStep, STEPS } from '../lib/pipeline'
import fs from 'node:fs'
import cluster from 'node:cluster'
import { applyMetricsConfig, metrics, readMetricsConfig, setGauge, stopMetricsServer } from '../lib/metrics'
import { isClusterMaster } from '../lib/cluster_role'

let cfg: RelayConfig
const authThrottle = new AuthThrottle(() => cfg.auth)

export function register(this: Plugin): void {
  // outpost_relay is loaded first, so resolvers that later plugins create at
  // load time (dns-list) already use haraka.ini [dns] servers.
  applyDnsServers(
    subscribeHarakaIni(this, readDnsServers, (servers) => {
      if (servers.join(',') !== configuredDnsServers().join(',')) {
        this.logwarn('haraka.ini [dns] servers changed: restart Haraka for it to take effect')
      }
    }),
  )
  if (configuredDnsServers().length) this.loginfo(`DNS servers: ${configuredDnsServers().join(', ')}`)
  // outpost_relay is the one plugin every Outpost gateway loads first
  const queueDir = ensureQueueDir(this)
  startMetrics(this, queueDir)
  cfg = loadValidatedConfig(
    this,
    'outpost_relay.ini',
    (doc, reload) => readRelayConfig(doc, relayFiles(this, reload)),
    (next) => {
      cfg = next
      describe(this)
    },
    refuseRelayReload,
  )
  describe(this)
  // before every other plugin, so reputation plugins see is_private
  registerStep(this, STEPS.relayClassify)
  registerStep(this, STEPS.relayRefuse)
  registerStep(this, STEPS.relaySender)
  registerStep(this, STEPS.relayAuthThrottle)
  registerStep(this, STEPS.relayAuthSettle)
  registerStep(this, STEPS.relayDataWatch)
  registerStep(this, STEPS.relayBareCr)
  registerStep(this, STEPS.relaySenderHeaders)
}

/** Every entry as parsed, so a typo shows as what the gateway actually trusts. */
function describe(plugin: Plugin): void {
  for (const line of describeRelayConfig(cfg)) plugin.loginfo(line)
  plugin.loginfo(
    `trusted networks: ${cfg.trusted.size}, internal networks: ${cfg.internal.size}, reject_untrusted: ${cfg.rejectUntrusted}`,
  )
  if (cfg.trusted.size === 0 && cfg.office365.length === 0) {
    plugin.logwarn('config/outpost_relay.ini has no [trusted_networks] entries: no client may relay unless it authenticates (SMTP AUTH)')
  }
  for (const e of cfg.office365) {
    for (const t of cfg.trusted.entries) {
      if (e.networks.match(t.address)) plugin.logwarn(`[trusted_networks] ${t.cidr} lies in the ranges of [office365 ${e.name}]: addresses there are trusted only as Office 365, bound to the tenant`)
    }
  }
}

// ------------------------------------------------------------ AUTH lockout

/** The AUTH attempt of a connection whose outcome is not known yet. */
const pendingAuth = new WeakMap<Connection, Attempt>()

function unbase64(text: string): string {
   
  return Buffer.from(text, 'base64').toString('utf8').replace(/[\x00-\x1f\x7f]/g, '')
}

function plainUser(response: string): string {
  // authzid NUL authcid NUL password: the user is the authcid
  return (Buffer.from(response, 'base64').toString('utf8').split('\0')[1] ?? '').replace(/[\x00-\x1f\x7f]/g, '')  
}

function settleAuth(plugin: Plugin, connection: Connection, success: boolean): void {
  const attempt = pendingAuth.get(connection)
  if (!attempt) return
  pendingAuth.delete(connection)
  for (const lock of authThrottle.end(attempt, success, Date.now())) {
    connection.results.add(plugin, { fail: `auth_lockout: ${lock.who}` })
    const mins = Math.round(cfg.auth.windowMs / 60_000)
    connection.logwarn(plugin, `AUTH lockout: ${lock.who} after ${lock.failures} failed attempts within ${mins ? `${mins}m` : `${cfg.auth.windowMs / 1000}s`}: AUTH refused until ${new Date(lock.until).toISOString()}`)
  }
}

/** The auth plugin's next reply is the attempt's outcome: 235 is a success, anything else a failure. */
function watchAuthOutcome(plugin: Plugin, connection: Connection, attempt: Attempt): void {
  pendingAuth.set(connection, attempt)
  const conn = connection as unknown as Record<string, any>
  const proto = Object.getPrototypeOf(conn)
  if (typeof proto?.respond !== 'function') return
  conn.respond = function (code: number, msg: unknown, cb?: () => void) {
    delete conn.respond
    settleAuth(plugin, connection, code === 235)
    return proto.respond.call(this, code, msg, cb)
  }
}

/**
 * Follows the AUTH exchange as Haraka's auth_base plugins run it (PLAIN,
 * LOGIN, CRAM-MD5; initial response or not) to find who is trying and when
 * the credentials are complete, and refuses a locked-out client or user
 * before the auth plugin sees the line.
 */
export function throttle_auth(this: Plugin, next: Next, connection: Connection, params: string[]): void {
  if (!cfg.auth.maxFailures) return next()
  const notes = connection.notes
  const cmd = String(params?.[0] ?? '')
  let user: string | undefined
  let complete = false
  if (cmd.toUpperCase() === 'AUTH' && params[1]) {
    const [methodText, initial] = String(params[1]).trim().split(/\s+/)
    const method = (methodText ?? '').toUpperCase()
    const allowed: string[] | undefined = notes.allowed_auth_methods
    if (!allowed?.includes(method) || notes.authenticating) return next() // the auth plugin answers that
    if (method === 'PLAIN' && initial) {
      user = plainUser(initial)
      complete = true
    } else if (method === 'LOGIN' && initial) user = unbase64(initial)
  } else if (notes.authenticating) {
    if (notes.auth_method === 'PLAIN') {
      user = plainUser(cmd)
      complete = true
    } else if (notes.auth_method === 'LOGIN') {
      if (notes.auth_login_userlogin) {
        user = String(notes.auth_login_userlogin)
        complete = true
      } else user = unbase64(cmd)
    } else if (notes.auth_method === 'CRAM-MD5' && notes.auth_ticket) {
      user = unbase64(cmd).split(' ')[0]
      complete = true
    } else return next()
  } else return next()

  // a new attempt on this connection settles an unanswered one as failed
  settleAuth(this, connection, false)
  const keys = [AuthThrottle.ipKey(connection.remote.ip), ...(user ? [AuthThrottle.userKey(user)] : [])]
  const now = Date.now()
  const locked = authThrottle.lockedOut(keys, now)
  if (locked) {
    for (const k of ['authenticating', 'auth_method', 'auth_login_asked_login', 'auth_login_userlogin', 'auth_plain_asked_login', 'auth_ticket']) delete notes[k]
    connection.results.add(this, { fail: `auth_locked_out: ${locked.who}` })
    connection.lognotice(this, `AUTH refused without checking the password: ${locked.who} is locked out${locked.until > now ? ` until ${new Date(locked.until).toISOString()}` : ' (too many attempts in flight)'}`)
    metrics.refused.inc({ reason: 'auth_lockout' })
    connection.respond(454, '4.7.0 Too many failed authentication attempts; try again later', () => next(constants.OK))
    return
  }
  if (complete) watchAuthOutcome(this, connection, authThrottle.begin(keys, now))
  next()
}

export function settle_auth_attempt(this: Plugin, next: Next, connection: Connection): void {
  // gone before the auth plugin answered: a failure
  settleAuth(this, connection, false)
  next()
}

/** transaction.notes key: the data guard's state (installed, and the first fault seen) */
const DATA_GUARD_NOTE = 'outpost_data_guard'

interface DataGuardState {
  watching: boolean
  lines: number
  found?: DataFinding
}

/**
 * Haraka has no per-line hook: it hands each DATA line to the transaction's
 * add_data. Wrapping that one method for this transaction sees every line as
 * the client sent it (before un-stuffing or body parsing) at the cost of two
 * indexOf calls per line.
 */
export function watch_data_lines(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction as (Connection['transaction'] & { add_data?: (line: Buffer | string) => void }) | null
  if (!txn || typeof txn.add_data !== 'function') return next()
  const state: DataGuardState = { watching: true, lines: 0 }
  txn.notes[DATA_GUARD_NOTE] = state
  const original = txn.add_data
  txn.add_data = function (this: unknown, line: Buffer | string) {
    state.lines++
    if (!state.found) {
      const fault = lineFault(Buffer.isBuffer(line) ? line : Buffer.from(line, 'binary'))
      if (fault) state.found = { fault, line: state.lines }
    }
    return original.call(this, line)
  }
  next()
}

export function refuse_bare_cr(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction
  if (!txn) return next()
  const refuse = (found: DataFinding): void => {
    txn.results.add(this, { fail: `data: ${found.fault} in line ${found.line}` })
    connection.lognotice(this, `${connection.remote.ip}: ${found.fault} in line ${found.line} of DATA: refused (550 5.6.0)`)
    metrics.refused.inc({ reason: 'bare_cr' })
    next(constants.DENY, faultReply(found))
  }
  const state = txn.notes[DATA_GUARD_NOTE] as DataGuardState | undefined
  if (state?.watching) return state.found ? refuse(state.found) : next()
  // the line watch was not installed (a data plugin ahead of this one answered): read the stored message
  try {
    txn.message_stream.get_data((buf) => {
      const found = messageFault(buf)
      if (found) refuse(found)
      else next()
    })
  } catch (err) {
    connection.logerror(this, `cannot read the message to check it for bare CR: ${(err as Error).message}`)
    next(constants.DENYSOFT, '4.3.0 Message could not be checked; try again later')
  }
}

/** Files outpost_relay.ini names (the Office 365 ranges), read through Haraka so an edit reloads the config. */
function relayFiles(plugin: Plugin, reload: () => void): RelayConfigIo {
  return {
    readFile(name: string): string | undefined {
      // "config/x" is Haraka's config/x; anything else is relative to the install directory
      const rel = name.replace(/^config\//, '')
      const target = rel !== name || path.isAbsolute(name) ? rel : path.resolve(process.env.HARAKA || process.cwd(), name)
      const buf: Buffer | null = plugin.config.get(target, 'binary', reload)
      return buf ? buf.toString('utf8') : undefined
    },
  }
}

function authUserOf(connection: Connection): string | undefined {
  const user = connection.notes.auth_user ?? connection.results.get('auth')?.user
  return typeof user === 'string' && user ? user : undefined
}

/** The sender domains this connection may use now (network, AUTH user). */
function scopeOf(connection: Connection): SenderScope {
  return senderScope(cfg, connection.notes[RELAY_NOTE] as RelayFacts | undefined, authUserOf(connection))
}

type EnvelopeSender = Parameters<typeof decideEnvelope>[1]

/**
 * The client's TLS facts, with its certificate's verification asked of the
 * TLS session itself. Haraka 3.3 builds the server-side TLS socket of
 * STARTTLS by hand, so Node never sets `authorized` on it and Haraka reports
 * verified=false for every client certificate; OpenSSL's own result (against
 * tls.ini [main] ca, else Node's CA store) is on the socket's handle. Anything
 * unexpected counts as not verified.
 */
function tlsFactsOf(connection: Connection): TlsFacts {
  const tls = connection.tls as TlsFacts
  let verified = Boolean(tls?.verified)
  if (tls?.enabled && !verified) {
    try {
      const cleartext = (connection as unknown as { client?: { cleartext?: { _handle?: { verifyError?: () => Error | null } } } }).client?.cleartext
      const check = cleartext?._handle?.verifyError
      verified = typeof check === 'function' && check.call(cleartext!._handle) === null
    } catch {
      verified = false
    }
  }
  return { enabled: Boolean(tls?.enabled), verified, peerCertificate: tls?.peerCertificate }
}

/**
 * The envelope decision. A client in Exchange Online's ranges may be any of
 * the [office365] entries holding it until its tenant header is read: here
 * its sender must suit at least one of them.
 */
function envelopeDecision(connection: Connection, sender: EnvelopeSender): ReturnType<typeof decideEnvelope> {
  const facts = connection.notes[RELAY_NOTE] as RelayFacts | undefined
  if (!facts?.office365) return decideEnvelope(scopeOf(connection), sender)
  const candidates = office365Candidates(cfg, facts.office365, tlsFactsOf(connection))
  if ('reason' in candidates) return { allowed: false, reason: candidates.reason }
  return decideCandidatesEnvelope(candidates.entries.map((e) => decideEnvelope(senderScope(cfg, facts, authUserOf(connection), e), sender)))
}

/** The scope of a finished message: for an Office 365 client, that of the tenant its headers name. */
function messageScope(connection: Connection, headerLines: string[]): { scope: SenderScope } | { reason: string } {
  const facts = connection.notes[RELAY_NOTE] as RelayFacts | undefined
  if (!facts?.office365) return { scope: scopeOf(connection) }
  const candidates = office365Candidates(cfg, facts.office365, tlsFactsOf(connection))
  if ('reason' in candidates) return { reason: candidates.reason }
  const tenant = decideTenant(candidates.entries, headerLines)
  if (!tenant.allowed) return { reason: tenant.reason }
  const scope = senderScope(cfg, facts, authUserOf(connection), tenant.entry)
  // the envelope was checked against every candidate at MAIL; now against this tenant
  const envelope = decideEnvelope(scope, connection.transaction?.mail_from ?? null)
  if (!envelope.allowed) return { reason: envelope.reason }
  return { scope }
}

export function classify_client(this: Plugin, next: Next, connection: Connection): void {
  const decision = decideConnect(cfg, connection.remote.ip)
  const facts = decision.facts
  connection.notes[RELAY_NOTE] = facts
  connection.notes.outpost_relay_reject = decision.reject
  // Our internal networks are the only "private" clients: blocklists list private
  // ranges, so those are exempt; any other client is tested whatever its address.
  connection.set('remote.is_private', facts.internal)

  const who = `${connection.remote.ip}${decision.address && decision.address !== connection.remote.ip ? ` (${decision.address})` : ''}`
  if (facts.internal) {
    connection.results.add(this, { msg: `internal: ${facts.internal_description}`, skip: 'ip_reputation' })
  }
  if (decision.shadowed) {
    connection.logwarn(this, `${who} is in [trusted_networks] ${decision.shadowed} and in the ranges of [office365 ${facts.office365?.join('], [office365 ')}]: it is trusted only as Office 365, bound to the tenant`)
  }
  if (facts.trusted) {
    connection.relaying = true
    connection.results.add(this, { pass: `trusted: ${facts.network} (${facts.description})` })
    connection.loginfo(
      this,
      `${who} trusted by ${facts.network} "${facts.description}"${facts.internal ? `, internal "${facts.internal_description}"` : ''}`,
    )
  } else if (decision.reject) {
    connection.results.add(this, { fail: 'untrusted' })
    connection.lognotice(this, `${who} is not in trusted_networks: refused`)
  } else {
    connection.results.add(this, { msg: 'untrusted: no relaying' })
    connection.loginfo(this, `${who} is not in trusted_networks: served without relaying`)
  }
  next()
}

export function refuse_untrusted(this: Plugin, next: Next, connection: Connection): void {
  if (connection.notes.outpost_relay_reject) {
    metrics.refused.inc({ reason: 'untrusted' })
    return next(constants.DENYDISCONNECT, cfg.rejectMessage)
  }
  next()
}

export function check_sender(this: Plugin, next: Next, connection: Connection, params: AddressLike[]): void {
  const facts: RelayFacts | undefined = connection.notes[RELAY_NOTE]
  const authUser = authUserOf(connection)
  if (facts && authUser && facts.authenticated_user !== authUser) {
    facts.authenticated_user = authUser
    connection.results.add(this, { pass: `authenticated: ${authUser}` })
    connection.loginfo(this, `${connection.remote.ip} authenticated as "${authUser}"${connection.relaying ? ': relaying' : ''}`)
  }
  const sender = params?.[0] ?? null
  const decision = envelopeDecision(connection, sender)
  if (!decision.allowed) {
    connection.results.add(this, { fail: `sender_domain: ${sender?.host ?? sender?.user ?? ''}` })
    connection.lognotice(this, `${connection.remote.ip} ${facts?.network ?? ''} "${facts?.description ?? ''}"${authUser ? ` user "${authUser}"` : ''}: ${decision.reason}`)
    metrics.refused.inc({ reason: 'sender_domain' })
    return next(constants.DENY, `5.7.1 Sender refused: ${decision.reason}`)
  }
  next()
}

export function check_sender_headers(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction
  if (!txn) return next()
  let scope: SenderScope
  try {
    const lines = txn.header.lines()
    const found = messageScope(connection, lines)
    const decision = 'reason' in found ? { allowed: false as const, reason: found.reason } : decideHeaders(found.scope, senderHeaderFields(lines))
    if (!decision.allowed || 'reason' in found) {
      const reason = decision.allowed ? 'reason' in found ? found.reason : '' : decision.reason
      const facts = connection.notes[RELAY_NOTE] as RelayFacts | undefined
      const authUser = authUserOf(connection)
      txn.results.add(this, { fail: `sender_header: ${reason}` })
      connection.lognotice(this, `${connection.remote.ip} ${facts?.network ?? ''} "${facts?.description ?? ''}"${authUser ? ` user "${authUser}"` : ''}: refused at end of data: ${reason}`)
      metrics.refused.inc({ reason: 'sender_header' })
      return next(constants.DENY, `5.7.1 Sender refused: ${reason}`)
    }
    scope = found.scope
  } catch (err) {
    connection.logerror(this, `sender header check failed: ${(err as Error).message}`)
    return next(constants.DENYSOFT, '4.3.0 Sender check failed; try again later')
  }
  // outpost_dkim signs only with a key of a domain within this scope
  txn.notes[SENDER_SCOPE_NOTE] = scope
  next()
}

/**
 * haraka.ini [metrics] listen: the Prometheus endpoint of this process (off by
 * default; reloads with the file). A cluster master takes no mail: its workers
 * serve, worker N on port + N - 1.
 */
function startMetrics(plugin: Plugin, queueDir: string): void {
  setGauge('outpost_queue_messages', "Messages in Haraka's outbound queue (waiting for delivery or a retry)", () =>
    fs.readdirSync(queueDir).filter((n) => !n.startsWith('.')).length,
  )
  const offset = cluster.isWorker && cluster.worker ? cluster.worker.id - 1 : 0
  const log = (level: 'info' | 'error', line: string): void => (level === 'error' ? plugin.logerror(line) : plugin.loginfo(line))
  const cfg = subscribeHarakaIni(plugin, readMetricsConfig, (next) => {
    if (!isClusterMaster(plugin)) applyMetricsConfig(next, offset, log)
  })
  if (!isClusterMaster(plugin)) applyMetricsConfig(cfg, offset, log)
}

/** Haraka's graceful shutdown: the metrics endpoint closes with the listeners. */
export function shutdown(this: Plugin): void {
  stopMetricsServer()
}
