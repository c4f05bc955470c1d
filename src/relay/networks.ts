// Network lists (trusted, internal) and matching a client address against
// them. Pure: no Haraka, no I/O.
import ipaddr from 'ipaddr.js'

export interface NetworkEntry {
  /** the CIDR as written in the config file (the key other sections refer to) */
  cidr: string
  /** normalised network address and prefix */
  kind: 'ipv4' | 'ipv6'
  address: ipaddr.IPv4 | ipaddr.IPv6
  prefix: number
  description: string
  line?: number
}

/**
 * Parse a client or network address, folding IPv4-mapped IPv6 (::ffff:192.0.2.1)
 * to IPv4 so that a dual-stack listener matches IPv4 entries.
 */
export function parseAddress(ip: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  if (!ipaddr.isValid(bare)) return undefined
  const addr = ipaddr.parse(bare)
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (addr as ipaddr.IPv6).toIPv4Address()
  }
  return addr
}

/** Parse "192.0.2.0/24", "2001:db8::/32" or a bare address (a host route). Throws a plain message on error. */
export function parseNetwork(text: string, description: string, line?: number): NetworkEntry {
  const cidr = text.trim()
  let address: ipaddr.IPv4 | ipaddr.IPv6
  let prefix: number
  if (cidr.includes('/')) {
    if (!ipaddr.isValidCIDR(cidr)) throw new Error(`"${cidr}" is not a valid CIDR network, expected e.g. 192.0.2.0/24 or 2001:db8::/32`)
    ;[address, prefix] = ipaddr.parseCIDR(cidr)
  } else {
    if (!ipaddr.isValid(cidr)) throw new Error(`"${cidr}" is not an IP address or CIDR network, expected e.g. 192.0.2.10 or 192.0.2.0/24`)
    address = ipaddr.parse(cidr)
    prefix = address.kind() === 'ipv4' ? 32 : 128
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
  match(ip: string | ipaddr.IPv4 | ipaddr.IPv6 | undefined): NetworkEntry | undefined {
    const addr = typeof ip === 'string' ? parseAddress(ip) : ip
    if (!addr) return undefined
    for (const e of this.sorted) {
      if (e.kind !== addr.kind()) continue
      if ((addr as ipaddr.IPv4).match(e.address as ipaddr.IPv4, e.prefix)) return e
    }
    return undefined
  }

  get size(): number {
    return this.entries.length
  }
}
