// Header hygiene ("hide internal network"): which Received lines and
// originating-IP headers of a trusted client's message to drop before the
// message is signed and leaves the organisation. Pure.
import { IpAddress, NetworkEntry, networkContains, parseIpStrict, parseNetworkCached } from '../lib/networks'
import type { HygieneConfig } from './config'

type Network = Pick<NetworkEntry, 'address' | 'prefix'>

export interface HygieneContext {
  /** the client's address and the trusted network it matched */
  clientIp?: string
  clientNetwork?: string
}

/** Every IP literal in a header value: dotted quads, [IPv6:...], bare or bracketed IPv6. */
export function ipLiterals(value: string): IpAddress[] {
  const found: IpAddress[] = []
  for (const m of value.matchAll(/(?:IPv6:)?([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]))/g)) {
    const addr = parseIpStrict(m[1])
    if (addr) found.push(addr)
  }
  return found
}

export function internalNetworks(cfg: HygieneConfig, ctx: HygieneContext): Network[] {
  const nets: Network[] = [...cfg.internal_networks]
  const clientNet = ctx.clientNetwork ? parseNetworkCached(ctx.clientNetwork) : null
  if (clientNet) nets.push(clientNet)
  const client = ctx.clientIp ? parseIpStrict(ctx.clientIp) : undefined
  if (client) nets.push({ address: client, prefix: client.kind() === 'ipv4' ? 32 : 128 })
  return nets
}

/** An address that says nothing to the outside world: not public, or one of ours. */
export function isInternalAddress(addr: IpAddress, nets: Network[]): boolean {
  if (addr.range() !== 'unicast') return true
  return nets.some((n) => networkContains(n, addr))
}

/**
 * A Received line is internal unless it shows a public address outside our
 * networks: a line naming only private or trusted hosts (or no address at
 * all, e.g. "from userid 1000") describes the inside of the organisation.
 * Lines showing a public hop (mail forwarded from outside) are kept.
 */
export function isInternalReceived(value: string, nets: Network[]): boolean {
  return ipLiterals(value).every((a) => isInternalAddress(a, nets))
}

export interface HygienePlan {
  /** Received values to keep, top first */
  keepReceived: string[]
  removedReceived: number
  /** header names to remove entirely (those present) */
  removeHeaders: string[]
}

export function planHygiene(
  cfg: HygieneConfig,
  ctx: HygieneContext,
  received: string[],
  present: (name: string) => boolean,
): HygienePlan {
  let keepReceived = received
  if (cfg.strip_received) {
    const nets = internalNetworks(cfg, ctx)
    keepReceived = received.filter((r) => !isInternalReceived(r, nets))
  }
  const removeHeaders = cfg.strip_originating_ip ? cfg.originating_ip_headers.filter((h) => present(h)) : []
  return { keepReceived, removedReceived: received.length - keepReceived.length, removeHeaders }
}
