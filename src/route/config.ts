// config/outpost_route.ini: where relayed mail goes next and under which TLS
// rules. Pure: the credentials file is read through a function passed in, so
// validation is unit-tested without touching the file system.
import { readKeys, rejectUnknownSections, type SectionSpec } from '../lib/config_schema'
import { isValidDomain } from '../lib/domain'
import { ConfigError, IniDocument, IniSection, SectionReader } from '../lib/ini'
import { NetworkEntry, parseIpConfig, parseIpStrict, parseNetwork } from '../lib/networks'
import { AUTH_TYPES, DEFAULT_ORIGINATING_IP_HEADERS, DOCTOR_SECTION, HYGIENE_SECTION, ROUTE_FILE, ROUTE_MAIN, ROUTE_SECTION, SMARTHOST_SECTION, TLS_MODES, TLS_SECTION } from './schema'

export type TlsMode = (typeof TLS_MODES)[number]
export type AuthType = (typeof AUTH_TYPES)[number]
export { AUTH_TYPES, DEFAULT_ORIGINATING_IP_HEADERS, TLS_MODES }

export interface Credentials {
  user: string
  pass: string
}

export interface Smarthost {
  /** hostname or IP literal, lower case */
  host: string
  port: number
  tls: TlsMode
  auth?: Credentials & { type?: AuthType; file: string }
}

/** An ordered list of next hops (primary first); empty means direct MX delivery. */
export interface Route {
  /** where it was configured: "smarthost" or "route example.org" */
  name: string
  hosts: Smarthost[]
  /** host = direct was written: direct MX by decision, not by a missing setting */
  explicitDirect?: boolean
}

export interface HygieneConfig {
  /** strip Received lines that show only internal hops, for mail from trusted clients */
  strip_received: boolean
  /** remove the headers in originating_ip_headers, for mail from trusted clients */
  strip_originating_ip: boolean
  originating_ip_headers: string[]
  /** networks beyond the private ranges and the client's trusted network that count as internal */
  internal_networks: NetworkEntry[]
}

export interface RouteConfig {
  default: Route
  /** sender domain (lower case, "*.example.org" for subdomains) -> route */
  routes: Map<string, Route>
  /** recipient domains never delivered to without verified TLS */
  mandatory_tls_domains: string[]
  hygiene: HygieneConfig
  /** the gateway's public addresses, for `outpost doctor`'s SPF check */
  public_ips: string[]
  /** DNS servers `outpost doctor` asks (default: the system's) */
}

export type CredentialsReader = (file: string) => Credentials

const HOSTNAME_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i
/** example.org, or *.example.org for its subdomains */
const isDomainOrWildcard = (d: string): boolean => isValidDomain(d.startsWith('*.') ? d.slice(2) : d)

/**
 * "host", "host:port", "[v6]:port", "v6" -> { host, port? }; undefined when
 * malformed. IP literals go through the one address parser (src/lib/networks.ts):
 * a name whose last label is numeric ("010.1.1.1", "127.1", "0x7f.1") is no
 * host name, and the resolver would read it as octal or short-form IPv4.
 */
export function parseHostSpec(spec: string): { host: string; port?: number } | undefined {
  let host = spec
  let portText: string | undefined
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(spec)
  if (bracket) {
    host = bracket[1]
    portText = bracket[2]
    if (parseIpStrict(host)?.kind() !== 'ipv6') return undefined
  } else if (parseIpStrict(spec)?.kind() !== 'ipv6') {
    const m = /^([^:]+)(?::(\d+))?$/.exec(spec)
    if (!m) return undefined
    host = m[1]
    portText = m[2]
    const lastLabel = host.replace(/\.$/, '').split('.').pop() ?? ''
    const numeric = /^(\d+|0x[0-9a-f]*)$/i.test(lastLabel)
    if (numeric ? !parseIpStrict(host) : !HOSTNAME_RE.test(host)) return undefined
  }
  const port = portText === undefined ? undefined : Number(portText)
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) return undefined
  return { host: host.toLowerCase().replace(/\.$/, ''), port }
}

function readRoute(doc: IniDocument, spec: SectionSpec, sectionName: string, readCredentials: CredentialsReader, allowDirect: boolean): Route {
  const section: IniSection = doc.sections.find((x) => x.name === sectionName) ?? { name: sectionName, line: 0, entries: [] }
  const v = readKeys(doc, spec as typeof SMARTHOST_SECTION, { section })
  const s = new SectionReader(doc, section)
  const hostEntry = s.entry('host')
  const specs = v.host
  const port = v.port
  const tls = v.tls
  const authFile = v.auth_file
  const authType = v.auth_type

  if (specs.length === 0) {
    if (!allowDirect) throw s.error('host', hostEntry, 'expected one or more smarthosts (host[:port], comma separated) or "direct"')
    if (authFile) throw s.error('auth_file', s.entry('auth_file'), 'credentials need a smarthost: set host as well')
    return { name: sectionName, hosts: [] }
  }
  if (specs.length === 1 && specs[0].toLowerCase() === 'direct') {
    if (authFile) throw s.error('auth_file', s.entry('auth_file'), 'credentials are not sent to MX hosts: remove auth_file or name a smarthost')
    return { name: sectionName, hosts: [], explicitDirect: true }
  }
  if (authFile && tls !== 'required') {
    // Haraka sends AUTH over a plain connection when the peer offers no
    // STARTTLS; only a forced-TLS hop is safe for credentials.
    throw s.error('tls', s.entry('tls'), `credentials (auth_file) are only sent over verified TLS: expected tls = required, got ${tls}`)
  }
  let auth: Smarthost['auth']
  if (authFile) {
    try {
      auth = { ...readCredentials(authFile), file: authFile, type: authType }
    } catch (err) {
      throw s.error('auth_file', s.entry('auth_file'), (err as Error).message)
    }
  } else if (authType) {
    throw s.error('auth_type', s.entry('auth_type'), 'auth_type needs auth_file')
  }
  const hosts: Smarthost[] = []
  for (const spec of specs) {
    if (spec.toLowerCase() === 'direct') throw s.error('host', hostEntry, '"direct" cannot be combined with smarthosts')
    const parsed = parseHostSpec(spec)
    if (!parsed) throw s.error('host', hostEntry, `"${spec}" is not a hostname or IP address, optionally with :port`)
    hosts.push({ host: parsed.host, port: parsed.port ?? port, tls, ...(auth ? { auth } : {}) })
  }
  return { name: sectionName, hosts }
}

function checkNetworkList(s: SectionReader, key: string, cidrs: string[]): NetworkEntry[] {
  const entry = s.entry(key)
  return cidrs.map((cidr) => {
    try {
      return parseNetwork(cidr, '', entry?.line)
    } catch (err) {
      throw s.error(key, entry, (err as Error).message)
    }
  })
}

function checkDomainList(s: SectionReader, key: string, domains: string[]): string[] {
  const entry = s.entry(key)
  return domains.map((d) => {
    const domain = d.toLowerCase().replace(/\.$/, '')
    if (!isDomainOrWildcard(domain)) throw s.error(key, entry, `"${d}" is not a domain name (use *.example.org for subdomains)`)
    return domain
  })
}

export function parseRouteConfig(doc: IniDocument, readCredentials: CredentialsReader): RouteConfig {
  rejectUnknownSections(doc, ROUTE_FILE)
  readKeys(doc, ROUTE_MAIN) // nothing belongs there: a key before the first section is unknown

  const def = readRoute(doc, SMARTHOST_SECTION, 'smarthost', readCredentials, true)
  const routes = new Map<string, Route>()
  for (const section of doc.sections) {
    if (!section.name.startsWith('route ')) continue
    const domain = section.name.slice('route '.length).trim().toLowerCase().replace(/\.$/, '')
    if (!isDomainOrWildcard(domain)) {
      throw new ConfigError(doc.file, section.line, `[${section.name}]`, `"${domain}" is not a sender domain (example.org or *.example.org)`)
    }
    if (routes.has(domain)) throw new ConfigError(doc.file, section.line, `[${section.name}]`, 'duplicate route')
    routes.set(domain, readRoute(doc, ROUTE_SECTION, section.name, readCredentials, false))
  }

  const tlsValues = readKeys(doc, TLS_SECTION)
  const mandatory = checkDomainList(SectionReader.of(doc, 'tls'), 'mandatory_domains', tlsValues.mandatory_domains)

  const hy = readKeys(doc, HYGIENE_SECTION)
  const hygiene: HygieneConfig = {
    strip_received: hy.strip_received,
    strip_originating_ip: hy.strip_originating_ip,
    originating_ip_headers: hy.originating_ip_headers,
    internal_networks: checkNetworkList(SectionReader.of(doc, 'hygiene'), 'internal_networks', hy.internal_networks),
  }

  const doctor = SectionReader.of(doc, 'doctor')
  const publicEntry = doctor.entry('public_ips')
  const public_ips = readKeys(doc, DOCTOR_SECTION).public_ips.map((ip) => {
    try {
      parseIpConfig(ip)
    } catch (err) {
      throw doctor.error('public_ips', publicEntry, (err as Error).message)
    }
    return ip
  })

  checkTlsConsistency(doc, [def, ...routes.values()])
  return { default: def, routes, mandatory_tls_domains: mandatory, hygiene, public_ips }
}

// tls = off is applied per host (Haraka's no_tls_hosts list), so one host
// cannot be both "off" and TLS elsewhere in the file.
function checkTlsConsistency(doc: IniDocument, routes: Route[]): void {
  const off = new Map<string, string>()
  const tls = new Map<string, string>()
  for (const r of routes) {
    for (const h of r.hosts) (h.tls === 'off' ? off : tls).set(h.host, r.name)
  }
  for (const [host, where] of off) {
    const other = tls.get(host)
    if (other !== undefined) {
      throw new ConfigError(doc.file, undefined, `[${where}] tls`, `host ${host} has tls = off here but TLS in [${other}]; tls = off applies to the host on every port`)
    }
  }
}

/** Every smarthost in the file, for start-up checks and the doctor. */
export function allSmarthosts(cfg: RouteConfig): Smarthost[] {
  return [...cfg.default.hosts, ...[...cfg.routes.values()].flatMap((r) => r.hosts)]
}

/**
 * A reload that would send mail that went through a smarthost directly to MX
 * instead, because host (or the whole section) is gone, is refused: a
 * truncated or half-edited file must not change where mail leaves from.
 * Writing host = direct says it is meant, and is applied.
 */
export function refuseRouteReload(previous: RouteConfig, next: RouteConfig): string | undefined {
  const lost: string[] = []
  if (previous.default.hosts.length && !next.default.hosts.length && !next.default.explicitDirect) lost.push('[smarthost] has no host')
  for (const [domain, route] of previous.routes) {
    if (!route.hosts.length) continue
    const now = next.routes.get(domain) ?? next.default
    if (!now.hosts.length && !now.explicitDirect) lost.push(`mail from ${domain} (was [${route.name}]) has no smarthost`)
  }
  if (!lost.length) return undefined
  return `${lost.join('; ')} any more, so the next message would go direct to MX; write host = direct in the section if that is meant`
}
