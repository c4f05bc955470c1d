// config/outpost_limits.ini: validated into plain data.
//
// [main]              action, notify, webhook_url, lock_timeout, score
// [default]           the limits of every sender identity
// [identity NAME]     overrides for one identity (keys not given come from [default])
// [sender_domain]     present = also count per sender domain, with these limits
// [sender_domain NAME] overrides for one sender domain
// [client_ip]         present = also count per client IP, with these limits
// Anything else is an error: a typo must not silently leave a sender unlimited.
import { ConfigError, IniDocument, IniSection, SectionReader } from '../lib/ini'
import { isValidDomain, normaliseDomain } from '../lib/domain'
import { ADDRESS } from '../quarantine/config'
import { webhookUrlProblem } from '../alerts/webhook'
import { LIMIT_NAMES, LimitName } from './windows'

export const LIMIT_ACTIONS = ['defer', 'hold', 'score', 'reject'] as const
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

/** The shipped defaults per identity (an ordinary person; raise them for systems with [identity NAME]). */
export const DEFAULT_LIMITS: Required<Limits> = {
  messages_per_hour: 500,
  messages_per_day: 2000,
  recipients_per_hour: 1000,
  recipients_per_message: 100,
  recipient_domains_per_hour: 200,
  spam_per_10min: 5,
  refused_recipients_per_hour: 50,
}

const IDENTITY_PREFIX = 'identity '
const DOMAIN_PREFIX = 'sender_domain '
const FIXED = ['main', 'default', 'sender_domain', 'client_ip']

function readLimits(reader: SectionReader, fallback: Limits): Limits {
  const out: Limits = { ...fallback }
  for (const name of LIMIT_NAMES) {
    if (!reader.entry(name)) continue
    out[name] = reader.number(name, 0, { min: 0, max: 1e9, integer: true })
  }
  reader.rejectUnknown()
  return out
}

function present(doc: IniDocument, name: string): IniSection | undefined {
  return doc.sections.find((s) => s.name === name && (s.line > 0 || s.entries.length > 0))
}

export function readLimitsConfig(doc: IniDocument): LimitsConfig {
  for (const s of doc.sections) {
    const known = FIXED.includes(s.name) || s.name.startsWith(IDENTITY_PREFIX) || s.name.startsWith(DOMAIN_PREFIX)
    if (!known && (s.entries.length || s.line)) {
      throw new ConfigError(doc.file, s.line, `[${s.name}]`, 'unknown section, expected [main], [default], [identity NAME], [sender_domain], [sender_domain NAME] or [client_ip]')
    }
  }
  const main = SectionReader.of(doc, 'main')
  const action = main.oneOf('action', LIMIT_ACTIONS, 'hold')
  const notifyEntry = main.entry('notify')
  const notify = main.list('notify')
  for (const a of notify) if (!ADDRESS.test(a)) throw main.error('notify', notifyEntry, `"${a}" is not an email address, expected e.g. admin@example.org (comma-separated for several), or nothing for no alert mail`)
  const webhookUrl = main.optionalString('webhook_url')
  if (webhookUrl) {
    const problem = webhookUrlProblem(webhookUrl)
    if (problem) throw main.error('webhook_url', main.entry('webhook_url'), problem)
  }
  const lockTimeoutMs = main.duration('lock_timeout', 0)
  const score = main.number('score', 10, { min: -1000, max: 1000 })
  main.rejectUnknown()

  const identity = readLimits(SectionReader.of(doc, 'default'), DEFAULT_LIMITS)
  const identityOverrides = new Map<string, Limits>()
  const domainOverrides = new Map<string, Limits>()
  const domainSection = present(doc, 'sender_domain')
  const senderDomain = domainSection ? readLimits(new SectionReader(doc, domainSection), {}) : undefined
  const ipSection = present(doc, 'client_ip')
  const clientIp = ipSection ? readLimits(new SectionReader(doc, ipSection), {}) : undefined

  for (const s of doc.sections) {
    if (s.name.startsWith(IDENTITY_PREFIX)) {
      const name = s.name.slice(IDENTITY_PREFIX.length).trim().toLowerCase()
      if (!name || /[\s<>"]/.test(name)) throw new ConfigError(doc.file, s.line, `[${s.name}]`, 'expected an identity: [identity newsletter@example.org], [identity 192.0.2.25]')
      identityOverrides.set(name, readLimits(new SectionReader(doc, s), identity))
    } else if (s.name.startsWith(DOMAIN_PREFIX)) {
      const name = normaliseDomain(s.name.slice(DOMAIN_PREFIX.length))
      if (!isValidDomain(name)) throw new ConfigError(doc.file, s.line, `[${s.name}]`, 'expected a domain: [sender_domain example.org]')
      if (!senderDomain) throw new ConfigError(doc.file, s.line, `[${s.name}]`, 'an override for a sender domain needs a [sender_domain] section (which turns on counting per sender domain)')
      domainOverrides.set(name, readLimits(new SectionReader(doc, s), senderDomain))
    }
  }
  return { action, notify, webhookUrl, lockTimeoutMs, score, identity, identityOverrides, senderDomain, domainOverrides, clientIp }
}
