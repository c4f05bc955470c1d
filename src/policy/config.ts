// config/outpost_policy.ini: validated into plain data.
//
// Sections: [main] (the default policy), [engines] (which scores count and how
// they combine), [uribl] and [uribl ZONE] (URI domain blocklists, looked up
// by src/policy/uribl.ts), [domain NAME] (per sender-domain overrides of [main]), and the
// engine's own [bayes] and [scores], validated by src/engine. Anything else is
// an error: a typo must not silently leave a policy at its default.
import os from 'node:os'
import { readKeys, rejectUnknownSections } from '../lib/config_schema'
import { asciiDomain } from '../lib/domain'
import { ConfigError, IniDocument, IniSection } from '../lib/ini'
import type { PolicyAction } from '../lib/verdict'
import type { EngineSettings } from '../engine'
import { readEngineSettings } from '../engine/settings'
import { zone } from '../lib/dnsbl'
import {
  ACTIONS,
  COMBINE_MODES,
  DOMAIN_PREFIX,
  MISSING_MODES,
  POLICY_DOMAIN,
  POLICY_ENGINES,
  POLICY_FILE,
  POLICY_MAIN,
  URIBL_SECTION,
  URIBL_ZONE_PREFIX,
  URIBL_ZONE_SECTION,
} from './schema'

export { ACTIONS, COMBINE_MODES, MISSING_MODES }
export type CombineMode = (typeof COMBINE_MODES)[number]
export type MissingMode = (typeof MISSING_MODES)[number]
export type ExternalEngineName = 'rspamd' | 'spamassassin'

/** What to do with a message of one sender domain (or of all, for [main]). */
export interface DomainPolicy {
  threshold: number
  action: PolicyAction
  subjectTag: string
}

export interface DomainOverride extends DomainPolicy {
  /** the section name as written after "domain ", lower case: example.org or .example.org */
  name: string
  /** ASCII (punycode) form without the leading dot, for matching */
  domain: string
  /** true for [domain .example.org]: matches subdomains of example.org, not example.org itself */
  subdomains: boolean
}

export interface EnginesConfig {
  builtin: boolean
  rspamd: boolean
  spamassassin: boolean
  combine: CombineMode
  missing: MissingMode
  /** multiplier applied to each external engine's score before combining */
  weights: Record<ExternalEngineName, number>
  /** how long the built-in engine may take, ms */
  timeoutMs: number
  /** threads scoring with the built-in engine beside Haraka's event loop; 0 = score on the event loop */
  workers: number
}

/** One URI domain blocklist ([uribl] zones, [uribl ZONE]). */
export interface UriblZone {
  zone: string
  symbol: string
  score: number
  /** bits of the answer's last octet that count as a listing; 0 = every answer */
  mask: number
}

/** [uribl]: URI domain blocklists (src/policy/uribl.ts). */
export interface UriblConfig {
  enabled: boolean
  zones: UriblZone[]
  /** all lookups of one message together, ms */
  timeoutMs: number
  cacheTtlMs: number
  negativeTtlMs: number
  cacheSize: number
  maxDomains: number
  /** domains (and their subdomains) never looked up */
  skip: string[]
}

export interface PolicyConfig {
  main: DomainPolicy
  scoreHeader: boolean
  engines: EnginesConfig
  uribl: UriblConfig
  /** exact-domain overrides, keyed by ASCII domain */
  exactDomains: Map<string, DomainOverride>
  /** [domain .NAME] overrides, keyed by ASCII parent domain */
  subdomainDomains: Map<string, DomainOverride>
  engine: EngineSettings
}

export const DEFAULT_POLICY: DomainPolicy = { threshold: 8, action: 'quarantine', subjectTag: '[SPAM]' }

function readDomainSection(doc: IniDocument, section: IniSection, main: DomainPolicy): DomainOverride {
  const name = section.name.slice(DOMAIN_PREFIX.length).trim().toLowerCase()
  const subdomains = name.startsWith('.')
  const domain = asciiDomain(subdomains ? name.slice(1) : name)
  if (!domain || !/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(domain)) {
    throw new ConfigError(
      doc.file,
      section.line,
      `[${section.name}]`,
      'expected a domain name: [domain example.org] for that domain exactly, [domain .example.org] for its subdomains',
    )
  }
  const v = readKeys(doc, POLICY_DOMAIN, { section, defaults: { threshold: main.threshold, action: main.action, subject_tag: main.subjectTag } })
  return { threshold: v.threshold as number, action: v.action as PolicyAction, subjectTag: v.subject_tag as string, name, domain, subdomains }
}

/**
 * workers = auto: one scoring thread per CPU beyond the one running Haraka's
 * event loop (at least one, at most four; each holds its own copy of the models).
 */
export function autoWorkers(cpus = os.availableParallelism()): number {
  return Math.max(1, Math.min(4, cpus - 1))
}

function readEngines(doc: IniDocument): EnginesConfig {
  const v = readKeys(doc, POLICY_ENGINES)
  const engines: EnginesConfig = {
    builtin: v.builtin,
    rspamd: v.rspamd,
    spamassassin: v.spamassassin,
    combine: v.combine,
    missing: v.missing,
    weights: { rspamd: v.rspamd_weight, spamassassin: v.spamassassin_weight },
    timeoutMs: v.timeout,
    workers: v.workers === 'auto' ? autoWorkers() : v.workers,
  }
  if (!engines.builtin && !engines.rspamd && !engines.spamassassin) {
    const section = doc.sections.find((s) => s.name === 'engines')
    const last = section?.entries[section.entries.length - 1]
    throw new ConfigError(doc.file, last?.line ?? section?.line, 'engines', 'expected at least one of builtin, rspamd, spamassassin to be true: without an engine no message could be scored')
  }
  return engines
}

/** Answers of these zones are bitmasks whose other bits list legitimate senders' domains too. */
const KNOWN_MASKS: Record<string, number> = { 'multi.uribl.com': 2 }

/** dbl.spamhaus.org -> URIBL_DBL_SPAMHAUS_ORG */
export function uriblSymbol(z: string): string {
  return `URIBL_${z.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`.slice(0, 64)
}

function readUribl(doc: IniDocument, engines: EnginesConfig): UriblConfig {
  const u = readKeys(doc, URIBL_SECTION)
  const names = [...u.zones]
  const own = new Map<string, { score: number; symbol: string; mask?: number }>()
  for (const s of doc.sections.filter((x) => x.name.startsWith(URIBL_ZONE_PREFIX))) {
    let z: string
    try {
      z = zone(s.name.slice(URIBL_ZONE_PREFIX.length))
    } catch (err) {
      throw new ConfigError(doc.file, s.line, `[${s.name}]`, (err as Error).message)
    }
    if (own.has(z)) throw new ConfigError(doc.file, s.line, `[${s.name}]`, 'the same zone as an earlier [uribl ZONE] section')
    const v = readKeys(doc, URIBL_ZONE_SECTION, { section: s, defaults: { score: u.score } })
    const hasMask = s.entries.some((e) => e.key === 'mask')
    own.set(z, { score: v.score, symbol: v.symbol, mask: hasMask ? v.mask : undefined })
    if (!names.includes(z)) names.push(z)
  }
  const zones: UriblZone[] = []
  const symbols = new Map<string, string>()
  for (const z of [...new Set(names)]) {
    const o = own.get(z)
    const symbol = o?.symbol || uriblSymbol(z)
    const clash = symbols.get(symbol)
    if (clash) {
      const s = doc.sections.find((x) => x.name.startsWith(URIBL_ZONE_PREFIX) && x.name.slice(URIBL_ZONE_PREFIX.length).trim().toLowerCase().replace(/\.$/, '') === z)
      throw new ConfigError(doc.file, s?.line, `[uribl ${z}]`, `symbol ${symbol} is already the symbol of zone ${clash}: expected one symbol per zone`)
    }
    symbols.set(symbol, z)
    zones.push({ zone: z, symbol, score: o?.score ?? u.score, mask: o?.mask ?? KNOWN_MASKS[z] ?? 0 })
  }
  if (u.enabled) {
    const section = doc.sections.find((s) => s.name === 'uribl')
    const line = section?.entries.find((e) => e.key === 'enabled')?.line ?? section?.line
    if (!zones.length) throw new ConfigError(doc.file, line, 'uribl.enabled', 'expected at least one zone in [uribl] zones or a [uribl ZONE] section when enabled = true')
    if (!engines.builtin) {
      throw new ConfigError(doc.file, line, 'uribl.enabled', 'expected [engines] builtin = true: the link domains to look up come from the built-in engine')
    }
  }
  return {
    enabled: u.enabled,
    zones,
    timeoutMs: u.timeout,
    cacheTtlMs: u.cache_ttl,
    negativeTtlMs: u.negative_ttl,
    cacheSize: u.cache_size,
    maxDomains: u.max_domains,
    skip: u.skip,
  }
}

export function readPolicyConfig(doc: IniDocument): PolicyConfig {
  rejectUnknownSections(doc, POLICY_FILE)
  const m = readKeys(doc, POLICY_MAIN)
  const main: DomainPolicy = { threshold: m.threshold, action: m.action, subjectTag: m.subject_tag }
  const scoreHeader = m.score_header

  const engines = readEngines(doc)

  const exactDomains = new Map<string, DomainOverride>()
  const subdomainDomains = new Map<string, DomainOverride>()
  for (const s of doc.sections) {
    if (!s.name.startsWith(DOMAIN_PREFIX)) continue
    const override = readDomainSection(doc, s, main)
    const table = override.subdomains ? subdomainDomains : exactDomains
    const clash = table.get(override.domain)
    if (clash) {
      throw new ConfigError(doc.file, s.line, `[${s.name}]`, `the same domain as [domain ${clash.name}]`)
    }
    table.set(override.domain, override)
  }

  const uribl = readUribl(doc, engines)

  return { main, scoreHeader, engines, uribl, exactDomains, subdomainDomains, engine: readEngineSettings(doc) }
}
