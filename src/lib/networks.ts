// The one module that parses IP addresses and networks, for every config file
// that takes them (outpost_relay.ini trusted/internal networks, outpost_route.ini
// [hygiene] internal_networks and [doctor] public_ips) and for matching a client
// address against a list. Pure: no Haraka, no I/O.
//
// Config text is held to the canonical forms an administrator reads the same
// way the code does: IPv4 as four decimal octets without leading zeros, IPv6 as
// Node's net.isIPv6 accepts it (no zone id). ipaddr.js alone would read
// "010.001.002.000" as octal (8.1.2.0), "192.168.1" as 192.168.0.1 and
// "127.10" or "2130706442" as 127.0.0.10 — a typo that silently trusts a stranger.
import net from 'node:net'
import ipaddr from 'ipaddr.js'

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6

export interface NetworkEntry {
  /** the CIDR as written in the config file (the key other sections refer to) */
  cidr: string
  /** normalised network address and prefix */
  kind: 'ipv4' | 'ipv6'
  address: IpAddress
  prefix: number
  description: string
  line?: number
}

const EXPECTED_ADDRESS = 'expected a dotted-quad IPv4 address without leading zeros (192.0.2.10) or an IPv6 address (2001:db8::10)'
const EXPECTED_NETWORK = 'expected a CIDR network such as 192.0.2.0/24 or 2001:db8::/32, or a single address'

/** The canonical network text of an entry: "192.0.2.0/24", "2001:db8::/32". */
export function networkText(entry: Pick<NetworkEntry, 'address' | 'prefix'>): string {
  return `${entry.address.toString()}/${entry.prefix}`
}

/**
 * A strictly written IP address from a config file or a header, or undefined.
 * IPv4-mapped IPv6 (::ffff:192.0.2.1) folds to IPv4, so that a dual-stack
 * listener matches IPv4 entries.
 */
export function parseIpStrict(text: string): IpAddress | undefined {
  if (!net.isIPv4(text) && !(net.isIPv6(text) && !text.includes('%'))) return undefined
  const addr = ipaddr.parse(text)
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) return (addr as ipaddr.IPv6).toIPv4Address()
  return addr
}

/**
 * A client address as Haraka reports it (possibly [bracketed] or with a zone
 * id), for matching. Haraka's addresses come from the socket, so they are
 * already canonical; the same strict parse applies.
 */
export function parseAddress(ip: string): IpAddress | undefined {
  return parseIpStrict(ip.replace(/^\[|\]$/g, '').replace(/%.*$/, ''))
}

/** Ranges no host on the Internet is reached at (RFC 1918, loopback, link-local, CGNAT, IPv6 unique-local). */
const INTERNAL_RANGES = new Set(['private', 'loopback', 'linkLocal', 'carrierGradeNat', 'uniqueLocal'])

/**
 * An address of an internal network, written strictly ("192.168.10.20", "[fd00::5]"): a printer's,
 * a NAS's or a UPS card's admin page in the alert it sends. A dotless or hex form is never internal.
 */
export function isInternalAddress(text: string): boolean {
  const addr = parseAddress(text)
  return !!addr && INTERNAL_RANGES.has(addr.range())
}

/** An IP address from a config file; throws a plain message naming what was expected. */
export function parseIpConfig(text: string): IpAddress {
  const addr = parseIpStrict(text.trim())
  if (!addr) throw new Error(`"${text}" is not an IP address: ${EXPECTED_ADDRESS}`)
  return addr
}

/** Parse "192.0.2.0/24", "2001:db8::/32" or a bare address (a host route). Throws a plain message on error. */
export function parseNetwork(text: string, description = '', line?: number): NetworkEntry {
  const cidr = text.trim()
  const slash = cidr.indexOf('/')
  const addrText = slash < 0 ? cidr : cidr.slice(0, slash)
  const prefixText = slash < 0 ? undefined : cidr.slice(slash + 1)
  let address: IpAddress | undefined
  if (net.isIPv4(addrText) || (net.isIPv6(addrText) && !addrText.includes('%'))) address = ipaddr.parse(addrText)
  if (!address) throw new Error(`"${cidr}" is not an IP address or CIDR network: ${EXPECTED_ADDRESS}; ${EXPECTED_NETWORK}`)
  const bits = address.kind() === 'ipv4' ? 32 : 128
  let prefix = bits
  if (prefixText !== undefined) {
    // decimal, no leading zeros, within the address family
    if (!/^(0|[1-9]\d{0,2})$/.test(prefixText) || Number(prefixText) > bits) {
      throw new Error(`"${cidr}" has an invalid prefix length "/${prefixText}": expected a whole number from 0 to ${bits}`)
    }
    prefix = Number(prefixText)
  }
  // An IPv4-mapped IPv6 network (::ffff:192.0.2.0/120) means the IPv4 network.
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && prefix >= 96) {
    address = (address as ipaddr.IPv6).toIPv4Address()
    prefix -= 96
  }
  // Host bits set (192.0.2.10/24) almost always mean a typo in the prefix: refuse rather than guess.
  const network = address.kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(`${address}/${prefix}`) : ipaddr.IPv6.networkAddressFromCIDR(`${address}/${prefix}`)
  if (network.toString() !== address.toString()) {
    throw new Error(`"${cidr}" has host bits set, expected the network address ${network.toString()}/${prefix}`)
  }
  return { cidr, kind: address.kind(), address, prefix, description: description.trim(), line }
}

/** Does the network contain the address? (A mapped address was folded to IPv4 by the parsers.) */
export function networkContains(entry: Pick<NetworkEntry, 'address' | 'prefix'>, addr: IpAddress): boolean {
  return addr.kind() === entry.address.kind() && (addr as ipaddr.IPv4).match(entry.address as ipaddr.IPv4, entry.prefix)
}

const cache = new Map<string, NetworkEntry | null>()
/** parseNetwork for text that was validated before (e.g. a trusted entry's CIDR kept in notes); null when invalid. */
export function parseNetworkCached(text: string): NetworkEntry | null {
  let entry = cache.get(text)
  if (entry === undefined) {
    try {
      entry = parseNetwork(text)
    } catch {
      entry = null
    }
    if (cache.size > 10_000) cache.clear()
    cache.set(text, entry)
  }
  return entry
}

/** One line per entry for the start-up log: what was read, as the code understood it. */
export function describeEntry(label: string, e: NetworkEntry): string {
  const canonical = networkText(e)
  const written = e.cidr === canonical ? '' : ` (written "${e.cidr}")`
  return `${label} ${canonical}${written}${e.description ? ` "${e.description}"` : ''}${e.line ? ` (line ${e.line})` : ''}`
}

export class NetworkList {
  /** most specific first, so the first match is the one to report */
  private readonly sorted: NetworkEntry[]

  constructor(readonly entries: NetworkEntry[]) {
    this.sorted = [...entries].sort((a, b) => {
      if (a.kind !== b.kind) return a.kind === 'ipv4' ? -1 : 1
      return b.prefix - a.prefix
    })
  }

  /** The most specific entry containing the address, or undefined. */
  match(ip: string | IpAddress | undefined): NetworkEntry | undefined {
    const addr = typeof ip === 'string' ? parseAddress(ip) : ip
    if (!addr) return undefined
    for (const e of this.sorted) if (networkContains(e, addr)) return e
    return undefined
  }

  get size(): number {
    return this.entries.length
  }
}
