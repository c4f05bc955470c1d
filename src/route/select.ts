// Routing decisions: which next hops a message takes and whether a hop must
// be reached over verified TLS. Pure functions over RouteConfig.
import type { Route, RouteConfig, Smarthost } from './config'

/** What the get_mx hook hands to Haraka for one hop (Haraka's HarakaMx fields). */
export interface MxSpec {
  exchange: string
  port: number
  priority: number
  auth_user?: string
  auth_pass?: string
  auth_type?: string
}

/** The address shape Haraka's outbound passes around after resolving MX hosts. */
export interface ResolvedMx {
  exchange?: string
  port?: number
  from_dns?: string
}

/** Does `domain` match a configured name (exact, or "*.parent" for any subdomain of parent)? */
export function domainMatches(pattern: string, domain: string): boolean {
  if (pattern.startsWith('*.')) return domain.endsWith(pattern.slice(1)) && domain.length > pattern.length - 1
  return pattern === domain
}

function normDomain(domain: string | null | undefined): string | undefined {
  if (!domain) return undefined
  return domain.toLowerCase().replace(/\.$/, '')
}

/** The route for a sender domain: an exact [route D] first, then the closest [route *.parent], else [smarthost]. */
export function routeFor(cfg: RouteConfig, senderDomain: string | null | undefined): Route {
  const domain = normDomain(senderDomain)
  if (domain && cfg.routes.size) {
    const exact = cfg.routes.get(domain)
    if (exact) return exact
    const labels = domain.split('.')
    for (let i = 1; i < labels.length - 1; i++) {
      const wild = cfg.routes.get(`*.${labels.slice(i).join('.')}`)
      if (wild) return wild
    }
  }
  return cfg.default
}

/**
 * The hops for one delivery attempt, primary first. Connection failures fall
 * through to the next hop within one attempt (Haraka tries the list in
 * order); a hop that answers with a temporary error ends the attempt, so each
 * retry starts one hop further down the list and a sick primary cannot hold
 * the mail while a fallback is healthy.
 */
export function hopsForAttempt(route: Route, failures: number): Smarthost[] {
  const n = route.hosts.length
  if (n <= 1) return route.hosts
  const start = ((failures % n) + n) % n
  return [...route.hosts.slice(start), ...route.hosts.slice(0, start)]
}

export function toMx(hop: Smarthost, index: number): MxSpec {
  const mx: MxSpec = { exchange: hop.host, port: hop.port, priority: index }
  if (hop.auth) {
    mx.auth_user = hop.auth.user
    mx.auth_pass = hop.auth.pass
    if (hop.auth.type) mx.auth_type = hop.auth.type.toUpperCase()
  }
  return mx
}

/** Which configured hop a resolved MX came from (same host name or IP, same port). */
export function hopFor(hops: Smarthost[], mx: ResolvedMx): Smarthost | undefined {
  const port = mx.port ?? 25
  return hops.find((h) => h.port === port && (h.host === mx.exchange?.toLowerCase() || h.host === mx.from_dns?.toLowerCase()))
}

export function isMandatoryTlsDomain(cfg: RouteConfig, rcptDomain: string | null | undefined): boolean {
  const domain = normDomain(rcptDomain)
  if (!domain) return false
  return cfg.mandatory_tls_domains.some((p) => domainMatches(p, domain))
}

/**
 * Must this hop be reached over verified TLS? Yes for a smarthost with
 * tls = required (always the case when it has credentials) and for every hop
 * carrying mail to a [tls] mandatory_domains recipient domain.
 */
export function requiresVerifiedTls(cfg: RouteConfig, hops: Smarthost[], mx: ResolvedMx, rcptDomain: string | null | undefined): boolean {
  if (isMandatoryTlsDomain(cfg, rcptDomain)) return true
  const hop = hopFor(hops, mx)
  return hop?.tls === 'required' || Boolean(hop?.auth)
}

/**
 * The forms in which a smarthost secret could appear in a log line: as is,
 * JSON-escaped (Haraka logs the MX object at debug level) and base64 as sent
 * in AUTH PLAIN and AUTH LOGIN (Haraka logs the SMTP dialogue at protocol level).
 */
export function secretForms(cfg: RouteConfig): string[] {
  const forms = new Set<string>()
  const hops = [...cfg.default.hosts, ...[...cfg.routes.values()].flatMap((r) => r.hosts)]
  for (const h of hops) {
    if (!h.auth) continue
    const { user, pass } = h.auth
    forms.add(pass)
    forms.add(JSON.stringify(pass).slice(1, -1))
    forms.add(Buffer.from(pass).toString('base64'))
    forms.add(Buffer.from(`\0${user}\0${pass}`).toString('base64'))
  }
  // longest first, so a form containing another is replaced whole
  return [...forms].filter((f) => f.length > 0).sort((a, b) => b.length - a.length)
}

export function redact(line: string, forms: string[]): string {
  let out = line
  for (const f of forms) if (out.includes(f)) out = out.split(f).join('[REDACTED]')
  return out
}
