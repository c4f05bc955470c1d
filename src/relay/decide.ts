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
