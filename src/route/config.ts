// config/outpost_route.ini: where relayed mail goes next and under which TLS
// rules. Pure: the credentials file is read through a function passed in, so
// validation is unit-tested without touching the file system.
import net from 'node:net'
import { isValidDomain } from '../lib/domain'
import { ConfigError, IniDocument, SectionReader } from '../lib/ini'
import { NetworkEntry, parseIpConfig, parseNetwork } from '../lib/networks'

export type TlsMode = 'required' | 'opportunistic' | 'off'
export const TLS_MODES: readonly TlsMode[] = ['required', 'opportunistic', 'off']
export const AUTH_TYPES = ['plain', 'login', 'cram-md5'] as const
export type AuthType = (typeof AUTH_TYPES)[number]

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

export const DEFAULT_ORIGINATING_IP_HEADERS = [
  'X-Originating-IP',
  'X-Sender-IP',
  'X-MS-Exchange-Organization-OriginatorIP',
  'X-MS-Exchange-CrossTenant-OriginalClientIPAddress',
  'X-Source-IP',
]

export type CredentialsReader = (file: string) => Credentials

const HOSTNAME_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i
/** example.org, or *.example.org for its subdomains */
const isDomainOrWildcard = (d: string): boolean => isValidDomain(d.startsWith('*.') ? d.slice(2) : d)

/** "host", "host:port", "[v6]:port", "v6" -> { host, port? }; undefined when malformed */
export function parseHostSpec(spec: string): { host: string; port?: number } | undefined {
  let host = spec
  let portText: string | undefined
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(spec)
  if (bracket) {
    host = bracket[1]
    portText = bracket[2]
    if (!net.isIPv6(host)) return undefined
  } else if (!net.isIPv6(spec)) {
    const m = /^([^:]+)(?::(\d+))?$/.exec(spec)
    if (!m) return undefined
    host = m[1]
    portText = m[2]
    if (!net.isIP(host) && !HOSTNAME_RE.test(host)) return undefined
  }
  const port = portText === undefined ? undefined : Number(portText)
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) return undefined
  return { host: host.toLowerCase().replace(/\.$/, ''), port }
}

function readRoute(doc: IniDocument, sectionName: string, readCredentials: CredentialsReader, allowDirect: boolean): Route {
  const s = SectionReader.of(doc, sectionName)
  const hostEntry = s.entry('host')
  const specs = s.list('host')
  const port = s.number('port', 25, { min: 1, max: 65535, integer: true })
  const tls = s.oneOf('tls', TLS_MODES, 'opportunistic')
  const authFile = s.optionalString('auth_file')
  const authType = s.entry('auth_type') ? s.oneOf('auth_type', AUTH_TYPES, 'plain') : undefined
  s.rejectUnknown()

  if (specs.length === 0) {
    if (!allowDirect) throw s.error('host', hostEntry, 'expected one or more smarthosts (host[:port], comma separated) or "direct"')
    if (authFile) throw s.error('auth_file', s.entry('auth_file'), 'credentials need a smarthost: set host as well')
    return { name: sectionName, hosts: [] }
  }
  if (specs.length === 1 && specs[0].toLowerCase() === 'direct') {
    if (authFile) throw s.error('auth_file', s.entry('auth_file'), 'credentials are not sent to MX hosts: remove auth_file or name a smarthost')
    return { name: sectionName, hosts: [] }
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

function readNetworkList(s: SectionReader, key: string): NetworkEntry[] {
  const entry = s.entry(key)
  return s.list(key).map((cidr) => {
    try {
      return parseNetwork(cidr, '', entry?.line)
    } catch (err) {
      throw s.error(key, entry, (err as Error).message)
    }
  })
}

function readDomainList(s: SectionReader, key: string): string[] {
  const entry = s.entry(key)
  return s.list(key).map((d) => {
    const domain = d.toLowerCase().replace(/\.$/, '')
    if (!isDomainOrWildcard(domain)) throw s.error(key, entry, `"${d}" is not a domain name (use *.example.org for subdomains)`)
    return domain
  })
}

export function parseRouteConfig(doc: IniDocument, readCredentials: CredentialsReader): RouteConfig {
  const known = new Set(['main', 'smarthost', 'tls', 'hygiene', 'doctor'])
  for (const section of doc.sections) {
    if (known.has(section.name) || section.name.startsWith('route ')) continue
    throw new ConfigError(doc.file, section.line, `[${section.name}]`, 'unknown section; expected [smarthost], [route DOMAIN], [tls], [hygiene] or [doctor]')
  }
  SectionReader.of(doc, 'main').rejectUnknown()

  const def = readRoute(doc, 'smarthost', readCredentials, true)
  const routes = new Map<string, Route>()
  for (const section of doc.sections) {
    if (!section.name.startsWith('route ')) continue
    const domain = section.name.slice('route '.length).trim().toLowerCase().replace(/\.$/, '')
    if (!isDomainOrWildcard(domain)) {
      throw new ConfigError(doc.file, section.line, `[${section.name}]`, `"${domain}" is not a sender domain (example.org or *.example.org)`)
    }
    if (routes.has(domain)) throw new ConfigError(doc.file, section.line, `[${section.name}]`, 'duplicate route')
    routes.set(domain, readRoute(doc, section.name, readCredentials, false))
  }

  const tls = SectionReader.of(doc, 'tls')
  const mandatory = readDomainList(tls, 'mandatory_domains')
  tls.rejectUnknown()

  const hy = SectionReader.of(doc, 'hygiene')
  const hygiene: HygieneConfig = {
    strip_received: hy.bool('strip_received', false),
    strip_originating_ip: hy.bool('strip_originating_ip', false),
    originating_ip_headers: hy.list('originating_ip_headers', DEFAULT_ORIGINATING_IP_HEADERS),
    internal_networks: readNetworkList(hy, 'internal_networks'),
  }
  hy.rejectUnknown()

  const doctor = SectionReader.of(doc, 'doctor')
  const publicEntry = doctor.entry('public_ips')
  const public_ips = doctor.list('public_ips').map((ip) => {
    try {
      parseIpConfig(ip)
    } catch (err) {
      throw doctor.error('public_ips', publicEntry, (err as Error).message)
    }
    return ip
  })
  doctor.rejectUnknown()

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
