// DNS blocklist lookups, shared by the own-IP blocklist watch
// (src/reputation/blocklist.ts: reversed IPs under zen.spamhaus.org & co) and
// the URI domain blocklists of the policy (src/policy/uribl.ts: link domains
// under dbl.spamhaus.org & co): the zone name check, the resolvers on
// haraka.ini [dns] servers, one A lookup, and which answers are listings.
//
// Not every answer is a listing. Blocklists answer with special codes when
// they refuse a query (Spamhaus 127.255.255.252/254/255: typo, public
// resolver, over the free quota; URIBL and SURBL 127.0.0.1 for a refused
// resolver; Spamhaus DBL 127.0.1.255 for an IP address asked as a domain),
// and some resolvers rewrite NXDOMAIN into a web server's address. Those are
// errors: logged, never scored, never an alert.
import dns from 'node:dns'
import { isValidDomain, normaliseDomain } from './domain'

export type ResolveA = (name: string) => Promise<string[]>
export type ResolveTxt = (name: string) => Promise<string[][]>

export interface Resolvers {
  a: ResolveA
  txt: ResolveTxt
}

/** A DNS zone name as written in a config file (lower case, no trailing dot); throws Error('... expected ...'). */
export function zone(v: string): string {
  const z = normaliseDomain(v)
  if (!isValidDomain(z)) throw new Error(`"${v}" is not a DNS zone such as zen.spamhaus.org`)
  return z
}

/** Resolvers on the given servers (haraka.ini [dns] servers), else the system's. */
export function makeResolvers(servers: string[], timeoutMs = 3000, tries = 2): Resolvers {
  const r = new dns.promises.Resolver({ timeout: timeoutMs, tries })
  if (servers.length) r.setServers(servers)
  return { a: (name) => r.resolve4(name), txt: (name) => r.resolveTxt(name) }
}

/** Resolver errors that mean "no such name": not listed. */
const NOT_LISTED = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN', 'ENONAME'])

/** What one A lookup in a blocklist zone found. */
export type ZoneAnswer =
  /** the name exists: these are its answers (return codes), possibly none */
  | { kind: 'answer'; codes: string[] }
  /** NXDOMAIN / no A record: not listed */
  | { kind: 'absent' }
  /** the lookup failed (timeout, SERVFAIL, refused connection): nothing is known */
  | { kind: 'error'; error: string }

export async function lookupZone(resolveA: ResolveA, name: string): Promise<ZoneAnswer> {
  let codes: string[]
  try {
    codes = await resolveA(name)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? ''
    if (NOT_LISTED.has(code)) return { kind: 'absent' }
    return { kind: 'error', error: `lookup of ${name} failed: ${code || (err as Error).message}` }
  }
  return codes.length ? { kind: 'answer', codes } : { kind: 'absent' }
}

/**
 * Why an answer code is not a listing, or undefined when it is one.
 * `domain`: the zone lists domain names (URI blocklists), where 127.0.0.1
 * (URIBL, SURBL) and 127.0.1.255 (Spamhaus DBL) are refusals too.
 */
export function answerProblem(code: string, kind: 'ip' | 'domain'): string | undefined {
  if (!code.startsWith('127.')) return `answer ${code} is not a blocklist code (does the resolver rewrite NXDOMAIN?)`
  if (code.startsWith('127.255.255.')) {
    return `answer ${code}: the blocklist refused the query (public or unregistered resolver, or over its free quota); point haraka.ini [dns] servers at your own resolver`
  }
  if (kind === 'domain' && code === '127.0.0.1') {
    return `answer ${code}: the blocklist refused the query (URIBL/SURBL answer this to public or unregistered resolvers); point haraka.ini [dns] servers at your own resolver, or use the list's registered zone`
  }
  if (kind === 'domain' && code === '127.0.1.255') return `answer ${code}: the blocklist does not take this kind of query (an IP address asked of a domain list)`
  return undefined
}
