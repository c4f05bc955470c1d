// config/outpost_limits.ini (declared in src/limits/schema.ts): validated into plain data.
//
// [main]               action, notify, webhook_url, lock_timeout, score
// [default]            the limits of every sender identity
// [identity NAME]      overrides for one identity (keys not given come from [default])
// [sender_domain]      present = also count per sender domain, with these limits
// [sender_domain NAME] overrides for one sender domain
// [client_ip]          present = also count per client IP, with these limits
// Anything else is an error: a typo must not silently leave a sender unlimited.
import { ConfigError, IniDocument, IniSection } from '../lib/ini'
import { readKeys, rejectUnknownSections } from '../lib/config_schema'
import { isValidDomain, normaliseDomain } from '../lib/domain'
import type { LimitName } from './windows'
import {
  CLIENT_IP_PREFIX,
  DEFAULT_LIMITS,
  IDENTITY_PREFIX,
  LIMIT_ACTIONS,
  LIMITS_CLIENT_IP,
  LIMITS_DEFAULT,
  LIMITS_FILE,
  LIMITS_IDENTITY,
  LIMITS_MAIN,
  LIMITS_SENDER_DOMAIN,
  SENDER_DOMAIN_PREFIX,
} from './schema'

export { DEFAULT_LIMITS, LIMIT_ACTIONS }
export type LimitAction = (typeof LIMIT_ACTIONS)[number]
export type Limits = Partial<Record<LimitName, number>>

export interface LimitsConfig {
  action: LimitAction
  /** admin addresses for lock alerts; empty = none */
  notify: string[]
  webhookUrl?: string
  /** a lock lifts by itself after this long; 0 = until `outpost senders unlock` */
  lockTimeoutMs: number
  /** action = score: what a crossed limit adds to the policy score */
  score: number
  identity: Limits
  identityOverrides: Map<string, Limits>
  /** undefined = not counted per sender domain */
  senderDomain?: Limits
  domainOverrides: Map<string, Limits>
  /** undefined = not counted per client IP */
  clientIp?: Limits
}

function present(doc: IniDocument, name: string): IniSection | undefined {
  return doc.sections.find((s) => s.name === name && (s.line > 0 || s.entries.length > 0))
}

export function readLimitsConfig(doc: IniDocument): LimitsConfig {
  rejectUnknownSections(doc, LIMITS_FILE)
  const main = readKeys(doc, LIMITS_MAIN)
  const identity: Limits = readKeys(doc, LIMITS_DEFAULT)
  const domainSection = present(doc, SENDER_DOMAIN_PREFIX)
  const senderDomain: Limits | undefined = domainSection ? readKeys(doc, LIMITS_SENDER_DOMAIN, { section: domainSection }) : undefined
  const ipSection = present(doc, CLIENT_IP_PREFIX)
  const clientIp: Limits | undefined = ipSection ? readKeys(doc, LIMITS_CLIENT_IP, { section: ipSection }) : undefined
  const identityOverrides = new Map<string, Limits>()
  const domainOverrides = new Map<string, Limits>()
  for (const s of doc.sections) {
    if (s.name.startsWith(IDENTITY_PREFIX)) {
      const name = s.name.slice(IDENTITY_PREFIX.length).trim().toLowerCase()
      if (!name || /[\s<>"]/.test(name)) throw new ConfigError(doc.file, s.line, `[${s.name}]`, 'expected an identity: [identity newsletter@example.org], [identity 192.0.2.25]')
      identityOverrides.set(name, readKeys(doc, LIMITS_IDENTITY, { section: s, defaults: identity as Record<LimitName, number> }))
    } else if (s.name.startsWith(SENDER_DOMAIN_PREFIX) && s.name !== SENDER_DOMAIN_PREFIX) {
      if (!s.name.startsWith(`${SENDER_DOMAIN_PREFIX} `)) throw new ConfigError(doc.file, s.line, `[${s.name}]`, 'unknown section, expected [sender_domain] or [sender_domain DOMAIN]')
      const name = normaliseDomain(s.name.slice(SENDER_DOMAIN_PREFIX.length))
      if (!isValidDomain(name)) throw new ConfigError(doc.file, s.line, `[${s.name}]`, 'expected a domain: [sender_domain example.org]')
      if (!senderDomain) throw new ConfigError(doc.file, s.line, `[${s.name}]`, 'an override for a sender domain needs a [sender_domain] section (which turns on counting per sender domain)')
      domainOverrides.set(name, readKeys(doc, LIMITS_SENDER_DOMAIN, { section: s, defaults: senderDomain as Record<LimitName, number> }))
    } else if (s.name.startsWith(CLIENT_IP_PREFIX) && s.name !== CLIENT_IP_PREFIX) {
      throw new ConfigError(doc.file, s.line, `[${s.name}]`, 'unknown section, expected [client_ip] (per-IP overrides are not supported)')
    }
  }
  return {
    action: main.action,
    notify: main.notify,
    webhookUrl: main.webhook_url,
    lockTimeoutMs: main.lock_timeout,
    score: main.score,
    identity,
    identityOverrides,
    senderDomain,
    domainOverrides,
    clientIp,
  }
}
