// haraka.ini [dns] servers: the resolvers every DNS lookup of the gateway uses
// (Haraka's MX lookups, dns-list, spf, fcrdns, outpost doctor).
//
// Why: DNS blocklists refuse queries that arrive through big public
// resolvers, so a gateway usually points at its own caching resolver; and
// tests point everything at a DNS server on loopback. Node offers
// dns.setServers() for its default resolver only; plugins such as dns-list
// create their own Resolver, so new Resolvers are made to start with the same
// servers. Applied from outpost_relay's register(), the first plugin loaded.
import dns from 'node:dns'
import { list, readKeys, section } from './config_schema'
import type { IniDocument } from './ini'
import { parseIpStrict } from './networks'

/** One resolver: an IP address with an optional port (IPv6 in brackets when it has a port). */
function checkServer(s: string): string {
  const m = /^\[?([0-9a-fA-F:.]+?)\]?(?::(\d{1,5}))?$/.exec(s)
  const host = m?.[1] ?? ''
  if (!m || !parseIpStrict(host) || (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 65535))) {
    throw new Error(`"${s}" is not an IP address with an optional port, expected e.g. 127.0.0.1 or 127.0.0.1:5353 or [::1]:53`)
  }
  return s
}

export const DNS_SECTION = section('dns', {
  comment: [],
  keys: {
    servers: list<string>(
      [],
      "Resolvers for every DNS lookup the gateway makes (Haraka's MX lookups, dns-list, spf, fcrdns, outpost doctor): comma-separated IP[:port], e.g. 127.0.0.1 or 127.0.0.1:5353, [::1]:53. Empty = the system's resolv.conf. Blocklists such as Spamhaus refuse queries that come through large public resolvers: point this at your own caching resolver. Read at start-up (a change is logged and needs a restart).",
      { type: 'list of IP[:port]', shown: '', ship: 'set', item: checkServer },
    ),
  },
})

export function readDnsServers(doc: IniDocument): string[] {
  return readKeys(doc, DNS_SECTION).servers
}

let applied: string[] = []
let patched = false

/**
 * haraka-net-utils (Haraka's MX lookups) made its resolver when Haraka started,
 * before any plugin loaded: set its servers directly. A later rebuild of that
 * resolver (net-utils.ini changed) goes through the patched constructor.
 */
function applyToNetUtils(servers: string[]): void {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const dnsConfig = require('haraka-net-utils/lib/dns_config') as { getDnsResolver(): dns.promises.Resolver }
    dnsConfig.getDnsResolver().setServers(servers)
  } catch {
    // not running inside Haraka (the outpost command): nothing to do
  }
}

export function applyDnsServers(servers: string[]): void {
  applied = servers
  if (!servers.length) return
  dns.setServers(servers)
  dns.promises.setServers(servers)
  applyToNetUtils(servers)
  if (patched) return
  patched = true
  const PromisesResolver = dns.promises.Resolver
  const CallbackResolver = dns.Resolver
  class ConfiguredPromisesResolver extends PromisesResolver {
    constructor(options?: dns.ResolverOptions) {
      super(options)
      if (applied.length) this.setServers(applied)
    }
  }
  class ConfiguredResolver extends CallbackResolver {
    constructor(options?: dns.ResolverOptions) {
      super(options)
      if (applied.length) this.setServers(applied)
    }
  }
  ;(dns.promises as { Resolver: unknown }).Resolver = ConfiguredPromisesResolver
  ;(dns as { Resolver: unknown }).Resolver = ConfiguredResolver
}

export function configuredDnsServers(): string[] {
  return applied
}
