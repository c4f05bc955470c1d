// Relay decisions over plain data: who may relay, who is internal, and which
// sender domains a trusted client may use.
import type { RelayFacts } from '../lib/verdict'
import type { RelayConfig } from './config'
import { parseAddress } from './networks'
import { domainAllowed } from './sender_domains'

export interface ConnectDecision {
  facts: RelayFacts
  /** refuse the connection (554) */
  reject: boolean
  /** the client address as matched (IPv4-mapped IPv6 folded to IPv4) */
  address?: string
}

export function decideConnect(cfg: RelayConfig, clientIp: string): ConnectDecision {
  const addr = parseAddress(clientIp)
  const trusted = cfg.trusted.match(addr)
  const internal = cfg.internal.match(addr)
  const facts: RelayFacts = {
    trusted: Boolean(trusted),
    internal: Boolean(internal),
  }
  if (trusted) {
    facts.network = trusted.cidr
    facts.description = trusted.description
  }
  if (internal) facts.internal_description = internal.description
  return { facts, reject: !trusted && cfg.rejectUntrusted, address: addr?.toString() }
}

export type SenderDecision = { allowed: true } | { allowed: false; reason: string }

/**
 * May a client matched by the trusted entry `network` send as `sender`?
 * A null sender (bounces, DSNs) carries no domain to spoof and is allowed.
 */
export function decideSender(cfg: RelayConfig, network: string | undefined, sender: { host: string | null } | null): SenderDecision {
  if (!network) return { allowed: true }
  const rules = cfg.senderDomains.get(network)
  if (!rules) return { allowed: true }
  const host = sender?.host
  if (!host) return { allowed: true }
  if (domainAllowed(rules, host)) return { allowed: true }
  return { allowed: false, reason: `sender domain ${host.toLowerCase()} is not allowed from this network` }
}
