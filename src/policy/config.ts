// config/outpost_policy.ini: validated into plain data.
//
// Sections: [main] (the default policy), [engines] (which scores count and how
// they combine), [domain NAME] (per sender-domain overrides of [main]), and the
// engine's own [bayes] and [scores], validated by src/engine. Anything else is
// an error: a typo must not silently leave a policy at its default.
import os from 'node:os'
import { ConfigError, IniDocument, IniSection, SectionReader } from '../lib/ini'
import type { PolicyAction } from '../lib/verdict'
import type { EngineSettings } from '../engine'
import { readEngineSettings } from '../engine/settings'
import { asciiDomain } from './sender_policy'

export const ACTIONS: readonly PolicyAction[] = ['pass', 'tag', 'quarantine', 'reject', 'discard']
export const COMBINE_MODES = ['max', 'sum', 'average'] as const
export const MISSING_MODES = ['tempfail', 'ignore'] as const
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

export interface PolicyConfig {
  main: DomainPolicy
  scoreHeader: boolean
  engines: EnginesConfig
  /** exact-domain overrides, keyed by ASCII domain */
  exactDomains: Map<string, DomainOverride>
  /** [domain .NAME] overrides, keyed by ASCII parent domain */
  subdomainDomains: Map<string, DomainOverride>
  engine: EngineSettings
}

export const DEFAULT_POLICY: DomainPolicy = { threshold: 8, action: 'quarantine', subjectTag: '[SPAM]' }

const FIXED_SECTIONS = ['main', 'engines']
/** validated by readEngineSettings (src/engine/settings.ts) */
const ENGINE_SECTIONS = ['bayes', 'lists', 'autolearn', 'scores']
const DOMAIN_PREFIX = 'domain '

function readSubjectTag(reader: SectionReader, fallback: string): string {
  const entry = reader.entry('subject_tag')
  if (!entry) return fallback
  const tag = entry.value
  // the tag goes verbatim into a header: printable ASCII only, so it can't
  // fold, inject a header or get re-encoded around an existing encoded-word
  if (tag === '' || !/^[\x20-\x7e]+$/.test(tag)) {
    throw reader.error('subject_tag', entry, 'expected printable ASCII text such as [SPAM] or [SPAM _SCORE_]')
  }
  return tag
}

function readDomainPolicy(reader: SectionReader, fallback: DomainPolicy): DomainPolicy {
  return {
    threshold: reader.number('threshold', fallback.threshold, { min: -1000, max: 1000 }),
    action: reader.oneOf('action', ACTIONS, fallback.action),
    subjectTag: readSubjectTag(reader, fallback.subjectTag),
  }
}

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
  const reader = new SectionReader(doc, section)
  const policy = readDomainPolicy(reader, main)
  reader.rejectUnknown()
  return { ...policy, name, domain, subdomains }
}

/**
 * workers = auto: one scoring thread per CPU beyond the one running Haraka's
 * event loop (at least one, at most four; each holds its own copy of the models).
 */
export function autoWorkers(cpus = os.availableParallelism()): number {
  return Math.max(1, Math.min(4, cpus - 1))
}

function readEngines(doc: IniDocument): EnginesConfig {
  const reader = SectionReader.of(doc, 'engines')
  const engines: EnginesConfig = {
    builtin: reader.bool('builtin', true),
    rspamd: reader.bool('rspamd', false),
    spamassassin: reader.bool('spamassassin', false),
    combine: reader.oneOf('combine', COMBINE_MODES, 'max'),
    missing: reader.oneOf('missing', MISSING_MODES, 'tempfail'),
    weights: {
      rspamd: reader.number('rspamd_weight', 1, { min: 0, max: 100 }),
      spamassassin: reader.number('spamassassin_weight', 1, { min: 0, max: 100 }),
    },
    timeoutMs: 0,
    workers: 0,
  }
  const workersEntry = reader.entry('workers')
  engines.workers = !workersEntry || workersEntry.value.toLowerCase() === 'auto' ? autoWorkers() : reader.number('workers', 0, { min: 0, max: 64, integer: true })
  const timeoutEntry = reader.entry('timeout')
  engines.timeoutMs = reader.duration('timeout', 10_000)
  if (engines.timeoutMs < 100 || engines.timeoutMs > 300_000) {
    throw reader.error('timeout', timeoutEntry, 'expected a duration between 100ms and 5m')
  }
  reader.rejectUnknown()
  if (!engines.builtin && !engines.rspamd && !engines.spamassassin) {
    const last = reader.section.entries[reader.section.entries.length - 1]
    throw new ConfigError(doc.file, last?.line ?? reader.section.line, 'engines', 'expected at least one of builtin, rspamd, spamassassin to be true: without an engine no message could be scored')
  }
  return engines
}

export function readPolicyConfig(doc: IniDocument): PolicyConfig {
  for (const s of doc.sections) {
    const known = FIXED_SECTIONS.includes(s.name) || ENGINE_SECTIONS.includes(s.name) || s.name.startsWith(DOMAIN_PREFIX)
    if (!known && (s.entries.length || s.line)) {
      throw new ConfigError(
        doc.file,
        s.line,
        `[${s.name}]`,
        'unknown section, expected [main], [engines], [domain NAME], [bayes], [lists], [autolearn] or [scores]',
      )
    }
  }
  const mainReader = SectionReader.of(doc, 'main')
  const main = readDomainPolicy(mainReader, DEFAULT_POLICY)
  const scoreHeader = mainReader.bool('score_header', true)
  mainReader.rejectUnknown()

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

  return { main, scoreHeader, engines, exactDomains, subdomainDomains, engine: readEngineSettings(doc) }
}
