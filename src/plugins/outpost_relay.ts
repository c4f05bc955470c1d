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
// mail: a trusted entry restricted by [sender_domains] refuses other sender domains.
import constants = require('haraka-constants')
import { applyDnsServers, configuredDnsServers, readDnsServers } from '../lib/dns_servers'
import { subscribeHarakaIni } from '../lib/haraka_ini'
import { loadValidatedConfig } from '../lib/plugin_config'
import { ensureQueueDir } from '../lib/queue_dir'
import type { Connection, Next, Plugin, AddressLike } from '../lib/haraka'
import { RELAY_NOTE, RelayFacts } from '../lib/verdict'
import { describeRelayConfig, readRelayConfig, refuseRelayReload, RelayConfig } from '../relay/config'
import { decideConnect, decideSender } from '../relay/decide'
import fs from 'node:fs'
import cluster from 'node:cluster'
import { applyMetricsConfig, metrics, readMetricsConfig, setGauge, stopMetricsServer } from '../lib/metrics'
import { isClusterMaster } from '../lib/cluster_role'
import { registerStep, STEPS } from '../lib/pipeline'

let cfg: RelayConfig

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
    readRelayConfig,
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
}

/** Every entry as parsed, so a typo shows as what the gateway actually trusts. */
function describe(plugin: Plugin): void {
  for (const line of describeRelayConfig(cfg)) plugin.loginfo(line)
  plugin.loginfo(
    `trusted networks: ${cfg.trusted.size}, internal networks: ${cfg.internal.size}, reject_untrusted: ${cfg.rejectUntrusted}`,
  )
  if (cfg.trusted.size === 0) {
    plugin.logwarn('config/outpost_relay.ini has no [trusted_networks] entries: no client may relay unless it authenticates (SMTP AUTH)')
  }
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
  const authUser: string | undefined = connection.notes.auth_user
  if (facts && authUser && facts.authenticated_user !== authUser) {
    facts.authenticated_user = authUser
    connection.results.add(this, { pass: `authenticated: ${authUser}` })
    connection.loginfo(this, `${connection.remote.ip} authenticated as "${authUser}"${connection.relaying ? ': relaying' : ''}`)
  }
  const sender = params?.[0] ?? null
  const decision = decideSender(cfg, facts?.network, sender)
  if (!decision.allowed) {
    connection.results.add(this, { fail: `sender_domain: ${sender?.host}` })
    connection.lognotice(this, `${connection.remote.ip} ${facts?.network} "${facts?.description}": ${decision.reason}`)
    metrics.refused.inc({ reason: 'sender_domain' })
    return next(constants.DENY, `Sender refused: ${decision.reason}`)
  }
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
