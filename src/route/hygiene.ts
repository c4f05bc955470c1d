// Header hygiene ("hide internal network"): which Received lines and
// originating-IP headers of a trusted client's message to drop before the
// message is signed and leaves the organisation. Pure.
import net from 'node:net'
import ipaddr from 'ipaddr.js'
import type { HygieneConfig } from './config'

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number]

export interface HygieneContext {
  /** the client's address and the trusted network it matched */
  clientIp?: string
  clientNetwork?: string
}

function parseIp(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  // net.isIP is native and strict (no octal or short forms): cheap first filter
  if (!net.isIP(text)) return undefined
  const addr = ipaddr.parse(text)
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) return (addr as ipaddr.IPv6).toIPv4Address()
  return addr
}

function inCidr(addr: ipaddr.IPv4 | ipaddr.IPv6, cidr: Cidr): boolean {
  return addr.kind() === cidr[0].kind() && addr.match(cidr)
}

/** Every IP literal in a header value: dotted quads, [IPv6:...], bare or bracketed IPv6. */
export function ipLiterals(value: string): Array<ipaddr.IPv4 | ipaddr.IPv6> {
  const found: Array<ipaddr.IPv4 | ipaddr.IPv6> = []
  for (const m of value.matchAll(/(?:IPv6:)?([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]))/g)) {
    const addr = parseIp(m[1])
    if (addr) found.push(addr)
  }
  return found
}

const cidrCache = new Map<string, Cidr | null>()
function parseCidrCached(text: string): Cidr | null {
  let c = cidrCache.get(text)
  if (c === undefined) {
    c = ipaddr.isValidCIDR(text) ? ipaddr.parseCIDR(text) : null
    if (cidrCache.size > 10_000) cidrCache.clear()
    cidrCache.set(text, c)
  }
  return c
}

export function internalNetworks(cfg: HygieneConfig, ctx: HygieneContext): Cidr[] {
  const nets: Cidr[] = [...cfg.internal_networks]
  const clientNet = ctx.clientNetwork ? parseCidrCached(ctx.clientNetwork) : null
  if (clientNet) nets.push(clientNet)
  const client = ctx.clientIp ? parseIp(ctx.clientIp) : undefined
  if (client) nets.push([client, client.kind() === 'ipv4' ? 32 : 128])
  return nets
}

/** An address that says nothing to the outside world: not public, or one of ours. */
export function isInternalAddress(addr: ipaddr.IPv4 | ipaddr.IPv6, nets: Cidr[]): boolean {
  if (addr.range() !== 'unicast') return true
  return nets.some((n) => inCidr(addr, n))
}

/**
 * A Received line is internal unless it shows a public address outside our
 * networks: a line naming only private or trusted hosts (or no address at
 * all, e.g. "from userid 1000") describes the inside of the organisation.
 * Lines showing a public hop (mail forwarded from outside) are kept.
 */
export function isInternalReceived(value: string, nets: Cidr[]): boolean {
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
