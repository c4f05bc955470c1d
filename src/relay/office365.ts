// Office 365 connectors bound to the tenant. Exchange Online sends every
// Microsoft 365 customer's mail from the same ranges, so a client in them is
// trusted only as the [office365 NAME] entries whose ranges hold it, and a
// message relays only if Exchange Online stamped it with one of those entries'
// tenant ids (X-MS-Exchange-CrossTenant-Id, exactly one), cross-checked with
// X-OriginatorOrg (the tenant's default domain), and its senders are in that
// entry's sender_domains. Pure: no Haraka.
import type { Office365Entry, RelayConfig } from './config'
import { asciiDomain, Decision } from './sender_identity'
import { domainAllowed } from './sender_domains'

export const TENANT_HEADER = 'X-MS-Exchange-CrossTenant-Id'
export const ORG_HEADER = 'X-OriginatorOrg'

export interface TlsFacts {
  enabled: boolean
  verified?: boolean
  peerCertificate?: { subject?: { CN?: string | string[] }; subjectaltname?: string } | null
}

/** The DNS names a TLS client certificate was issued for (subject CN and DNS subjectAltNames), lower case. */
export function certificateNames(cert: TlsFacts['peerCertificate']): string[] {
  const names = new Set<string>()
  const cn = cert?.subject?.CN
  for (const n of Array.isArray(cn) ? cn : cn ? [cn] : []) names.add(n.toLowerCase())
  for (const part of (cert?.subjectaltname ?? '').split(/,\s*/)) {
    if (part.startsWith('DNS:')) names.add(part.slice(4).toLowerCase())
  }
  return [...names]
}

export type Candidates = { entries: Office365Entry[] } | { entries: []; reason: string }

/** The entries a client in their ranges may be, after the optional TLS client certificate binding. */
export function office365Candidates(cfg: RelayConfig, names: string[] | undefined, tls: TlsFacts | undefined): Candidates {
  const all = cfg.office365.filter((e) => names?.includes(e.name))
  const entries = all.filter((e) => {
    if (!e.certificate) return true
    return Boolean(tls?.enabled && tls.verified && certificateNames(tls.peerCertificate).includes(e.certificate))
  })
  if (entries.length) return { entries }
  const bound = all.find((e) => e.certificate)
  const reason = bound
    ? `the Office 365 connector of tenant ${bound.name} must use TLS with a verified client certificate for ${bound.certificate}`
    : 'no Office 365 tenant is configured for these ranges'
  return { entries: [], reason }
}

/** Values of every header field of this name, as written (obsolete `Name :` forms included). */
export function fieldValues(lines: string[], name: string): string[] {
  const want = name.toLowerCase()
  const out: string[] = []
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === want) out.push(line.slice(colon + 1).replace(/\r?\n/g, '').trim())
  }
  return out
}

export type TenantDecision = { allowed: true; entry: Office365Entry } | { allowed: false; reason: string }

/** Which entry the message's tenant headers name, if exactly one tenant header names one of them. */
export function decideTenant(entries: Office365Entry[], headerLines: string[]): TenantDecision {
  const names = entries.map((e) => e.name).join(', ')
  const ids = fieldValues(headerLines, TENANT_HEADER)
  if (ids.length === 0) {
    return { allowed: false, reason: `the message carries no ${TENANT_HEADER}: mail from Exchange Online relays here only from the connector of tenant ${names}` }
  }
  if (ids.length > 1) return { allowed: false, reason: `the message carries ${ids.length} ${TENANT_HEADER} headers; exactly one is expected` }
  const id = ids[0].toLowerCase().replace(/^\{|\}$/g, '')
  const entry = entries.find((e) => e.tenantIds.includes(id))
  if (!entry) return { allowed: false, reason: `tenant ${id.slice(0, 64)} is not allowed to relay here (expected the tenant of ${names})` }
  const orgs = fieldValues(headerLines, ORG_HEADER)
  if (orgs.length !== 1) {
    return { allowed: false, reason: `the message carries ${orgs.length} ${ORG_HEADER} headers; Exchange Online stamps exactly one` }
  }
  const org = asciiDomain(orgs[0])
  if (!org || !domainAllowed(entry.senderDomains, org)) {
    return { allowed: false, reason: `${ORG_HEADER} ${orgs[0].slice(0, 100).toLowerCase()} is not a domain of tenant ${entry.name} (sender_domains)` }
  }
  return { allowed: true, entry }
}

/** At MAIL, before the tenant is known: the envelope must suit at least one candidate (the union of their domains). */
export function decideCandidatesEnvelope(per: Decision[]): Decision {
  const ok = per.find((d) => d.allowed)
  if (ok) return ok
  const first = per[0]
  return first ?? { allowed: false, reason: 'no Office 365 tenant is configured for these ranges' }
}
