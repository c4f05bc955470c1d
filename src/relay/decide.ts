// Relay decisions over plain data: who may relay and who is internal (which
// sender domains a client may use: sender_identity.ts).
import type { RelayFacts } from '../lib/verdict'
import type { RelayConfig } from './config'
import { parseAddress } from './networks'

export interface ConnectDecision {
  facts: RelayFacts
  /** refuse the connection (554) */
  reject: boolean
  /** the client address as matched (IPv4-mapped IPv6 folded to IPv4) */
  address?: string
  /** the [trusted_networks] entry an [office365] entry took precedence over */
  shadowed?: string
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
  // Exchange Online's ranges are shared by every Microsoft 365 tenant: a client
  // in them is trusted only as an [office365] entry (bound to its tenants),
  // whatever [trusted_networks] says.
  const office365 = cfg.office365
    .map((e) => ({ name: e.name, match: e.networks.match(addr) }))
    .filter((x) => x.match)
    .sort((a, b) => b.match!.prefix - a.match!.prefix)
  if (office365.length) {
    const shadowed = trusted?.cidr
    facts.trusted = true
    facts.network = office365[0].match!.cidr
    facts.office365 = office365.map((x) => x.name)
    facts.description = `office365 ${facts.office365.join(', ')}`
    return { facts, reject: false, address: addr?.toString(), shadowed }
  }
  return { facts, reject: !trusted && cfg.rejectUntrusted, address: addr?.toString() }
}
