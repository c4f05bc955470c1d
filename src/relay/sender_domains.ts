// Which sender domains a trusted network may use in MAIL FROM.
import { isValidDomain, normaliseDomain } from '../lib/domain'

export interface DomainRule {
  /** exact domain, lower case, no trailing dot */
  domain: string
  /** true for ".example.com": any subdomain of example.com (not example.com itself) */
  subdomains: boolean
}

/** "example.com, .example.org" -> rules. Throws a plain message on error. */
export function parseDomainRules(text: string): DomainRule[] {
  const rules: DomainRule[] = []
  for (const item of text.split(/[\s,]+/).filter(Boolean)) {
    const subdomains = item.startsWith('.') || item.startsWith('*.')
    const domain = normaliseDomain(item.replace(/^\*?\./, ''))
    if (!isValidDomain(domain)) {
      throw new Error(`"${item}" is not a domain, expected e.g. example.com or .example.com (subdomains)`)
    }
    rules.push({ domain, subdomains })
  }
  if (!rules.length) throw new Error('expected a comma-separated list of sender domains')
  return rules
}

export function domainAllowed(rules: DomainRule[], senderDomain: string): boolean {
  const d = normaliseDomain(senderDomain)
  return rules.some((r) => (r.subdomains ? d.endsWith(`.${r.domain}`) : d === r.domain))
}
