// Which sender domains a trusted network may use in MAIL FROM.

export interface DomainRule {
  /** exact domain, lower case, no trailing dot */
  domain: string
  /** true for ".example.com": any subdomain of example.com (not example.com itself) */
  subdomains: boolean
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

export function normaliseDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '')
}

export function isValidDomain(domain: string): boolean {
  const d = normaliseDomain(domain)
  if (d.length === 0 || d.length > 253) return false
  return d.split('.').every((l) => LABEL.test(l)) && d.includes('.')
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
