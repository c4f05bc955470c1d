// outpost_route: where relayed mail goes after the policy let it through.
//
// Relayed mail is queued by Haraka itself (queue_outbound: CONT), so a dead
// next hop means retry from the durable queue, not loss. Each delivery attempt
// asks get_mx, answered here from config/outpost_route.ini:
//   - [route DOMAIN] for the sender's domain, else [smarthost], as an ordered
//     list of hops; Haraka tries them in order when connections fail, and each
//     retry starts one hop further down (see src/route/select.ts);
//   - no smarthost: CONT, so Haraka looks up the recipient domain's MX.
// TLS: a hop with tls = required (always the case with credentials), and any
// hop carrying mail for a [tls] mandatory_domains domain, is forced through
// Haraka's force-TLS path: no STARTTLS or an unverifiable certificate defers
// the message, and nothing but EHLO/STARTTLS is sent in clear.
// queue_outbound (before dkim signs): header hygiene for relayed mail.
// queue_outbound (last): writes the message to Haraka's outbound queue itself,
//   because Haraka answers a failed queue write (disk full, I/O error) with a
//   permanent 550; Outpost answers 451 so the client keeps the message and retries.
// register: makes every write to Haraka's outbound queue durable on a full
//   disk (src/route/durable_queue.ts): 250 only for a complete, fsynced queue
//   file, and a queued message is never dropped because a DSN or a split-off
//   copy for deferred recipients could not be written.
// log: smarthost secrets are redacted from every log line.
import os from 'node:os'
import path from 'node:path'
import constants = require('haraka-constants')
import { loadValidatedConfig } from '../lib/plugin_config'
import { nextReplyIs451 } from '../lib/reply'
import { installDir } from '../lib/install_dir'
import type { Connection, Next, Plugin } from '../lib/haraka'
import { RELAY_NOTE, RelayFacts } from '../lib/verdict'
import { parseRouteConfig, refuseRouteReload, RouteConfig } from '../route/config'
import { readCredentialsFile } from '../route/credentials'
import { hopFor, hopsForAttempt, redact, requiresVerifiedTls, routeFor, secretForms, toMx, MxSpec, ResolvedMx, isMandatoryTlsDomain } from '../route/select'
import { planHygiene } from '../route/hygiene'
import { installDurableQueue } from '../route/durable_queue'
import { registerStep, STEPS } from '../lib/pipeline'
import { metrics } from '../lib/metrics'
import { logVerdict } from '../lib/verdict_log'
import { VERDICT_NOTE, type Verdict } from '../lib/verdict'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const netUtils = require('haraka-net-utils') as { resolve_mx_hosts<T extends MxSpec>(mxs: T[]): Promise<Array<T & ResolvedMx>> }

let cfg: RouteConfig
let secrets: string[] = []
/** entries this plugin put into Haraka's outbound no_tls_hosts (tls = off hops) */
const addedNoTls = new Set<string>()
let staleNoTls = false

/** The parts of Haraka's HMailItem this plugin touches. */
interface HMail {
  todo: { domain: string; mail_from: { host: string | null } }
  num_failures: number
  filename: string
  obtls?: { cfg?: { no_tls_hosts?: string[] } }
  get_force_tls(mx: ResolvedMx): boolean
  loginfo(plugin: unknown, msg: string): void
  logwarn(plugin: unknown, msg: string): void
  lognotice(plugin: unknown, msg: string): void
  logerror(plugin: unknown, msg: string): void
}

function load(plugin: Plugin): RouteConfig {
  const configDir = path.join(installDir(), 'config')
  return loadValidatedConfig(
    plugin,
    'outpost_route.ini',
    (doc) => parseRouteConfig(doc, (file) => readCredentialsFile(file, configDir)),
    (next) => {
      cfg = next
      secrets = secretForms(cfg)
      staleNoTls = true
      describe(plugin)
    },
    refuseRouteReload,
  )
}

function describe(plugin: Plugin): void {
  const hops = cfg.default.hosts.map((h) => `${h.host}:${h.port} tls=${h.tls}${h.auth ? ' auth' : ''}`)
  plugin.loginfo(
    `default route: ${hops.length ? hops.join(' then ') : 'direct MX'}; sender routes: ${cfg.routes.size}; ` +
      `mandatory TLS domains: ${cfg.mandatory_tls_domains.length ? cfg.mandatory_tls_domains.join(', ') : 'none'}`,
  )
}

export function register(this: Plugin): void {
  installDurableQueue(this)
  cfg = load(this)
  secrets = secretForms(cfg)
  describe(this)
  registerStep(this, STEPS.routeMx)
  // before haraka-plugin-dkim signs on queue_outbound (priority 0), so what is
  // removed here is not covered by the signature
  registerStep(this, STEPS.routeHygiene)
  // after every other queue_outbound hook (dkim signs at 0, policy checks at 100)
  registerStep(this, STEPS.routeQueue)
  registerStep(this, STEPS.routeDeferred)
  registerStep(this, STEPS.routeDelivered)
  registerStep(this, STEPS.routeRedact)
}

/** Keep Haraka's outbound no_tls_hosts in step with the tls = off hops. */
function applyNoTls(hmail: HMail, mxs: Array<MxSpec & ResolvedMx>, hops: RouteConfig['default']['hosts']): void {
  const list = hmail.obtls?.cfg?.no_tls_hosts
  if (!Array.isArray(list)) return // TLS stays opportunistic: never less safe than asked for
  if (staleNoTls) {
    for (const entry of addedNoTls) {
      const i = list.indexOf(entry)
      if (i >= 0) list.splice(i, 1)
    }
    addedNoTls.clear()
    staleNoTls = false
  }
  for (const mx of mxs) {
    if (hopFor(hops, mx)?.tls !== 'off' || !mx.exchange || list.includes(mx.exchange)) continue
    list.push(mx.exchange)
    addedNoTls.add(mx.exchange)
  }
}

/** Make Haraka force verified TLS on the hops that need it, keeping tls.ini's force_tls_hosts too. */
function installTlsPolicy(hmail: HMail, current: RouteConfig, hops: RouteConfig['default']['hosts']): boolean {
  const proto = Object.getPrototypeOf(hmail) as HMail
  if (typeof proto.get_force_tls !== 'function') return false
  const haraka = proto.get_force_tls
  hmail.get_force_tls = function (this: HMail, mx: ResolvedMx): boolean {
    return requiresVerifiedTls(current, hops, mx, this.todo.domain) || haraka.call(this, mx)
  }
  return true
}

// read once: config.get of a missing file costs a directory watch per call
let helo: string | undefined
function heloName(plugin: Plugin): string {
  if (helo === undefined) {
    const me = plugin.config.get('me')
    helo = (typeof me === 'string' && me.trim()) || os.hostname()
  }
  return helo
}

export function route_mx(this: Plugin, next: Next, hmail: HMail, domain: string): void {
  const current = cfg
  const senderDomain = hmail.todo?.mail_from?.host
  const route = routeFor(current, senderDomain)
  const hops = hopsForAttempt(route, hmail.num_failures ?? 0)
  const needsTls = hops.some((h) => h.tls === 'required' || h.auth) || isMandatoryTlsDomain(current, domain)
  if (!installTlsPolicy(hmail, current, hops) && needsTls) {
    // this Haraka has no force-TLS hook we know: defer rather than risk clear text
    hmail.logerror(this, `cannot enforce TLS on this Haraka version; deferring ${hmail.filename}`)
    return next(constants.DENYSOFT, 'outpost_route: TLS enforcement unavailable')
  }
  if (hops.length === 0) return next() // direct MX (Haraka's DNS lookup)

  // Haraka fills bind_helo only outside NODE_ENV=test; name ourselves always
  const bindHelo = heloName(this)
  const mxs = hops.map((h, i) => ({ ...toMx(h, i), bind_helo: bindHelo }))
  netUtils
    .resolve_mx_hosts(mxs)
    .then((resolved) => {
      if (resolved.length === 0) {
        hmail.logwarn(this, `no address for smarthost(s) ${hops.map((h) => h.host).join(', ')} of [${route.name}]`)
        return next(constants.DENYSOFT, `cannot resolve smarthost(s) of [${route.name}]`)
      }
      applyNoTls(hmail, resolved, hops)
      hmail.loginfo(
        this,
        `${domain} via [${route.name}]: ${hops.map((h) => `${h.host}:${h.port}`).join(' then ')}${hmail.num_failures ? ` (attempt ${hmail.num_failures + 1})` : ''}`,
      )
      next(constants.OK, resolved as unknown as string)
    })
    .catch((err: Error) => {
      hmail.logerror(this, `resolving smarthosts failed: ${err.message}`)
      next(constants.DENYSOFT, 'smarthost lookup failed')
    })
}

export function header_hygiene(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection?.transaction
  const hy = cfg.hygiene
  if (!txn || (!hy.strip_received && !hy.strip_originating_ip)) return next()
  // our own users' mail: trusted networks, and authenticated users who relay
  const facts: RelayFacts | undefined = connection.notes[RELAY_NOTE]
  if (!facts?.trusted && !connection.relaying) return next()
  try {
    const received = [...txn.header.get_all('Received')]
    const plan = planHygiene(hy, { clientIp: connection.remote.ip, clientNetwork: facts?.network }, received, (h) => txn.header.get_all(h).length > 0)
    if (plan.removedReceived > 0) {
      txn.remove_header('Received')
      for (let i = plan.keepReceived.length - 1; i >= 0; i--) txn.add_leading_header('Received', plan.keepReceived[i])
    }
    for (const h of plan.removeHeaders) txn.remove_header(h)
    if (plan.removedReceived || plan.removeHeaders.length) {
      connection.results.add(this, { msg: `hygiene: removed ${plan.removedReceived} Received, ${plan.removeHeaders.join(', ') || 'no other headers'}` })
    }
  } catch (err) {
    // hygiene hides topology; a failure must not lose the message
    connection.logerror(this, `header hygiene failed: ${(err as Error).message}`)
  }
  next()
}

export function count_delivered(this: Plugin, next: Next): void {
  metrics.delivered.inc()
  next()
}

export function log_deferred(this: Plugin, next: Next, hmail: HMail, params: { delay?: number; err?: unknown }): void {
  metrics.deferred.inc()
  try {
    hmail.lognotice(this, `${hmail.filename} to ${hmail.todo?.domain} deferred for ${params?.delay}s: ${String(params?.err)}`)
  } catch {
    /* logging only */
  }
  next()
}

export function redact_secrets(this: Plugin, next: Next, _logger: unknown, item: { data?: string }): void {
  if (secrets.length && item && typeof item.data === 'string') item.data = redact(item.data, secrets)
  next()
}

interface Outbound {
  send_trans_email(txn: unknown, cb: (code: number, msg?: unknown) => void): void
}

export function queue_for_delivery(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction
  if (!txn) return next()
  let outbound: Outbound
  try {
    outbound = this.haraka_require('outbound') as Outbound
  } catch (err) {
    connection.logerror(this, `Haraka's outbound module is not reachable (${(err as Error).message}): leaving the queueing to Haraka`)
    return next()
  }
  let answered = false
  const started = process.hrtime.bigint()
  outbound.send_trans_email(txn, (code, msg) => {
    if (answered) return
    answered = true
    if (code === constants.OK) {
      metrics.relayed.inc()
      metrics.stageSeconds.observe(Number(process.hrtime.bigint() - started) / 1e9, { stage: 'queue' })
      const v = txn.notes?.[VERDICT_NOTE] as Verdict | undefined
      logVerdict(this, connection, { action: v?.is_spam && v.action === 'tag' ? 'tag' : 'pass', reply: 250, queue_id: txn.uuid })
      return next(constants.OK, 'Message Queued')
    }
    metrics.refused.inc({ reason: 'tempfail' })
    logVerdict(this, connection, { action: 'defer', reply: 451, reason: `queue write failed: ${String(msg ?? constants.translate(code))}` })
    connection.logerror(this, `writing to the outbound queue failed (${constants.translate(code)}: ${String(msg ?? '')}): answering 451`)
    nextReplyIs451(connection)
    next(constants.DENYSOFT, 'Message could not be queued, please try again later')
  })
}
