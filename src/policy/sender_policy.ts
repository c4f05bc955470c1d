// Which policy applies to a message: [domain NAME] overrides of [main], by
// the envelope sender's domain.
import { asciiDomain } from '../lib/domain'
import type { DomainPolicy, PolicyConfig } from './config'

/**
 * The policy for a sender domain: [domain example.org] matches example.org
 * exactly; [domain .example.org] matches any subdomain of example.org, the
 * deepest such section winning; otherwise [main]. The null sender (bounces)
 * and addresses without a domain get [main].
 */
export function policyForSender(
  cfg: Pick<PolicyConfig, 'main' | 'exactDomains' | 'subdomainDomains'>,
  senderDomain: string | null | undefined): DomainPolicy & { domain?: string } {
  const domain = senderDomain ? asciiDomain(senderDomain) : ''
  if (!domain) return cfg.main
  const exact = cfg.exactDomains.get(domain)
  if (exact) return { ...pick(exact), domain: exact.name }
  const labels = domain.split('.')
  for (let i = 1; i < labels.length; i++) {
    const parent = labels.slice(i).join('.')
    const sub = cfg.subdomainDomains.get(parent)
    if (sub) return { ...pick(sub), domain: sub.name }
  }
  return cfg.main
}

function pick(p: DomainPolicy): DomainPolicy {
  return { threshold: p.threshold, action: p.action, subjectTag: p.subjectTag }
}
