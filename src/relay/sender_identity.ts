// Who may send as whom: the sender domains a client may use, and checks of the
// envelope sender, the header From and Sender, and the DKIM signing domain
// against them. Pure: no Haraka.
//
// A client's scope is the list of constraints that apply to it; a domain is
// allowed when every constraint allows it (no constraint: any domain):
// - a trusted network with a [sender_domains] line;
// - an AUTH user: its [auth_sender_domains] line, else the domain of its user
//   name when that is an address, else nothing at all;
// - an Office 365 tenant ([office365 NAME] sender_domains).
import { domainToASCII } from 'node:url'
import { parseHeader } from '@haraka/email-address'
import { normaliseDomain } from '../lib/domain'
import type { RelayFacts } from '../lib/verdict'
import type { Office365Entry, RelayConfig } from './config'
import { DomainRule, domainAllowed } from './sender_domains'

// postal-mime is an ES module with a CommonJS build (as src/engine/postal.ts loads it)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addressParser } = require('postal-mime') as typeof import('postal-mime')

export interface ScopeConstraint {
  /** who is restricted, as a reply names it: 'this network', 'user "alice"', 'Office 365 tenant contoso' */
  source: string
  rules: DomainRule[]
}

/** JSON-safe: stored on transaction.notes for outpost_dkim. */
export interface SenderScope {
  constraints: ScopeConstraint[]
}

/** transaction.notes key: the SenderScope a relayed message was checked against (outpost_dkim signs only within it) */
export const SENDER_SCOPE_NOTE = 'outpost_sender_scope'

export type Decision = { allowed: true } | { allowed: false; reason: string }

const ALLOWED: Decision = { allowed: true }

export function userScope(cfg: RelayConfig, authUser: string): ScopeConstraint {
  const source = `user "${authUser}"`
  const mapped = cfg.authSenderDomains.get(authUser.toLowerCase())
  if (mapped) return { source, rules: mapped }
  const at = authUser.lastIndexOf('@')
  const domain = at > 0 ? asciiDomain(authUser.slice(at + 1)) : ''
  return { source, rules: domain ? [{ domain, subdomains: false }] : [] }
}

export function senderScope(cfg: RelayConfig, facts: RelayFacts | undefined, authUser?: string, office365?: Office365Entry): SenderScope {
  const constraints: ScopeConstraint[] = []
  const networkRules = facts?.network ? cfg.senderDomains.get(facts.network) : undefined
  if (networkRules) constraints.push({ source: 'this network', rules: networkRules })
  if (office365) constraints.push({ source: `Office 365 tenant ${office365.name}`, rules: office365.senderDomains })
  if (authUser) constraints.push(userScope(cfg, authUser))
  return { constraints }
}

export function isRestricted(scope: SenderScope | undefined): boolean {
  return Boolean(scope && scope.constraints.length)
}

/** Lower case, no trailing dot, internationalised names in their ASCII (A-label) form; '' when not a domain name. */
export function asciiDomain(domain: string): string {
  const d = normaliseDomain(domain)
  if (!d || d.startsWith('[')) return ''
  return domainToASCII(d)
}

/** The first constraint that refuses the domain, or undefined when every constraint allows it. */
function refusing(scope: SenderScope, domain: string): ScopeConstraint | undefined {
  const d = asciiDomain(domain)
  return scope.constraints.find((c) => !d || !domainAllowed(c.rules, d))
}

function noDomainsReason(c: ScopeConstraint): string {
  return `${c.source} has no sender domains: list it in [auth_sender_domains] of outpost_relay.ini`
}

/**
 * MAIL FROM. The null sender (bounces, DSNs) is allowed here: it names no
 * domain, so its header From decides (see decideHeaders). A sender without a
 * domain (`<postmaster>`) is refused from a restricted client: it can be
 * proven to be no allowed domain's, and a bounce to it could go nowhere.
 */
export function decideEnvelope(scope: SenderScope, sender: { user?: string | null; host: string | null; isNull?: () => boolean } | null): Decision {
  if (!isRestricted(scope)) return ALLOWED
  if (!sender || (typeof sender.isNull === 'function' && sender.isNull())) return ALLOWED
  if (!sender.user && !sender.host) return ALLOWED // <> as parsed by older address classes
  const empty = scope.constraints.find((c) => !c.rules.length)
  if (empty) return { allowed: false, reason: noDomainsReason(empty) }
  if (!sender.host) return { allowed: false, reason: `sender <${sender.user ?? ''}> has no domain; use an address in a domain ${scope.constraints[0].source} may send as` }
  const c = refusing(scope, sender.host)
  if (c) return { allowed: false, reason: `sender domain ${asciiDomain(sender.host) || sender.host.toLowerCase()} is not allowed ${fromWhom(c)}` }
  return ALLOWED
}

function fromWhom(c: ScopeConstraint): string {
  return c.source === 'this network' ? 'from this network' : `for ${c.source}`
}

export interface AddressClaims {
  /** every domain an address in the header names, as either parser reads it */
  domains: string[]
  /** an address (or a mailbox name) without a domain was seen */
  domainless: boolean
}

const ADDRESS_TOKEN = /@([^\s<>()"',;:\\[\]@]+)/g

/**
 * Every domain an address header claims. Two parsers read it (the strict one
 * haraka-plugin-dkim uses to pick the signing domain, and postal-mime's
 * lenient one, as mail clients read it) and every domain either sees counts,
 * so a header one parser reads differently from the other cannot hide a
 * domain. If the strict parser fails, every `@domain` in the raw text counts.
 */
export function addressClaims(value: string): AddressClaims {
  const domains = new Set<string>()
  let domainless = false
  const unfolded = value.replace(/\r?\n/g, '')
  let strictOk = true
  try {
    const walk = (items: unknown[]): void => {
      for (const item of items as Array<{ host?: string | null; user?: string | null; addresses?: unknown[] }>) {
        if (Array.isArray(item.addresses)) walk(item.addresses)
        else if (item.host) domains.add(item.host)
        else if (item.user) domainless = true
      }
    }
    walk(parseHeader(unfolded) as unknown[])
  } catch {
    strictOk = false
  }
  type Parsed = { address?: string; name?: string; group?: Parsed[] }
  const lenient = (items: Parsed[]): void => {
    for (const item of items) {
      if (Array.isArray(item.group)) lenient(item.group)
      else if (item.address) {
        const at = item.address.lastIndexOf('@')
        if (at < 0 || at === item.address.length - 1) domainless = true
        else domains.add(item.address.slice(at + 1))
      } else if (item.name && !item.group) domainless = true
    }
  }
  try {
    lenient(addressParser(unfolded) as Parsed[])
  } catch {
    strictOk = false
  }
  if (!strictOk) for (const m of unfolded.matchAll(ADDRESS_TOKEN)) domains.add(m[1])
  return { domains: [...domains], domainless }
}

export interface SenderHeaders {
  /** every From field's value (a message should have one; each counts) */
  from: string[]
  sender: string[]
}

/** Every From and Sender field as written, including obsolete `From :` forms Haraka's parser does not name. */
export function senderHeaderFields(lines: string[]): { from: string[]; sender: string[] } {
  const from: string[] = []
  const sender: string[] = []
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    if (name === 'from') from.push(line.slice(colon + 1))
    else if (name === 'sender') sender.push(line.slice(colon + 1))
  }
  return { from, sender }
}

/**
 * The header From (every address of every From field) and Sender must be in
 * domains the client may send as. A restricted client's message must show a
 * From: the signing domain and DMARC are taken from it. A bounce is held to
 * the same rule: its From is the postmaster or MAILER-DAEMON of the tenant's
 * own mail server, in the tenant's domain.
 */
export function decideHeaders(scope: SenderScope, headers: SenderHeaders): Decision {
  if (!isRestricted(scope)) return ALLOWED
  const empty = scope.constraints.find((c) => !c.rules.length)
  if (empty) return { allowed: false, reason: noDomainsReason(empty) }
  if (!headers.from.some((v) => v.trim())) return { allowed: false, reason: 'the message has no From header; it must show a sender in an allowed domain' }
  for (const [name, values] of [['From', headers.from], ['Sender', headers.sender]] as const) {
    for (const value of values) {
      const claims = addressClaims(value)
      for (const domain of claims.domains) {
        const c = refusing(scope, domain)
        if (c) return { allowed: false, reason: `header ${name} domain ${asciiDomain(domain) || domain.toLowerCase()} is not allowed ${fromWhom(c)}` }
      }
      if (claims.domainless || !claims.domains.length) {
        return { allowed: false, reason: `header ${name} has an address with no domain; it must name a domain ${scope.constraints[0].source} may send as` }
      }
    }
  }
  return ALLOWED
}

/** May a message of this scope be DKIM-signed with d=domain? */
export function decideSigningDomain(scope: SenderScope, domain: string): Decision {
  if (!isRestricted(scope)) return ALLOWED
  const c = refusing(scope, domain)
  if (c) return { allowed: false, reason: `${c.source} may not send as ${asciiDomain(domain) || domain}` }
  return ALLOWED
}
