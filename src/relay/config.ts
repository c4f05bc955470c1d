// config/outpost_relay.ini: validated into plain data (keys declared in schema.ts).
import { readKeys, rejectUnknownSections } from '../lib/config_schema'
import { ConfigError, IniDocument, SectionReader } from '../lib/ini'
import { describeEntry, NetworkEntry, NetworkList, networkText, parseNetwork } from '../lib/networks'
import { AUTH, DEFAULT_OFFICE365_RANGES, OFFICE365, RELAY_FILE, RELAY_MAIN } from './schema'
import { DomainRule, parseDomainRules } from './sender_domains'

export { DEFAULT_OFFICE365_RANGES }

export interface AuthThrottle {
  /** failed AUTH attempts per client IP and per user name within `windowMs` before a lockout; 0 = no limit */
  maxFailures: number
  lockoutMs: number
  windowMs: number
}

/** An Office 365 tenant's connector: trusted from Exchange Online's ranges only with that tenant's headers. */
export interface Office365Entry {
  /** the NAME of [office365 NAME] */
  name: string
  /** lower-case GUIDs */
  tenantIds: string[]
  senderDomains: DomainRule[]
  networks: NetworkList
  /** where the networks came from: the file name, or "inline" */
  networksSource: string
  /** the TLS client certificate name the connector must present, if bound */
  certificate?: string
  line: number
}

export interface RelayConfig {
  rejectUntrusted: boolean
  rejectMessage: string
  trusted: NetworkList
  internal: NetworkList
  /** keyed by the trusted entry's CIDR as written */
  senderDomains: Map<string, DomainRule[]>
  /** keyed by the lower-case AUTH user name */
  authSenderDomains: Map<string, DomainRule[]>
  auth: AuthThrottle
  office365: Office365Entry[]
}

/** How the loader reads a file another setting names (the Office 365 ranges); undefined when it does not exist. */
export interface RelayConfigIo {
  readFile(name: string): string | undefined
}

function readNetworks(doc: IniDocument, name: string): NetworkEntry[] {
  const section = SectionReader.of(doc, name)
  const seen = new Map<string, number>()
  const out: NetworkEntry[] = []
  for (const e of section.entries()) {
    let entry: NetworkEntry
    try {
      entry = parseNetwork(e.key, e.value, e.line)
    } catch (err) {
      throw new ConfigError(doc.file, e.line, `${name}.${e.key}`, (err as Error).message)
    }
    const key = networkText(entry)
    if (seen.has(key)) {
      throw new ConfigError(doc.file, e.line, `${name}.${e.key}`, `duplicate of the entry on line ${seen.get(key)}`)
    }
    seen.set(key, e.line)
    if (!entry.description) {
      throw new ConfigError(doc.file, e.line, `${name}.${e.key}`, 'expected a description after "=", e.g. Exchange-01, London')
    }
    out.push(entry)
  }
  return out
}

/** A ranges file: one CIDR per line; `#` or `;` starts a comment. */
export function parseRangesFile(text: string, file: string, description: string): NetworkEntry[] {
  const out: NetworkEntry[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const item = lines[i].replace(/[#;].*$/, '').trim()
    if (!item) continue
    try {
      out.push(parseNetwork(item, description, i + 1))
    } catch (err) {
      throw new ConfigError(file, i + 1, `"${item}"`, (err as Error).message)
    }
  }
  return out
}

function readOffice365(doc: IniDocument, sectionName: string, io: RelayConfigIo | undefined): Office365Entry {
  const section = doc.sections.find((s) => s.name === sectionName)!
  const name = sectionName.slice('office365 '.length).trim()
  const keys = readKeys(doc, OFFICE365, { section })
  const r = new SectionReader(doc, section)
  if (!keys.tenant_ids.length) {
    throw new ConfigError(doc.file, section.line, `${sectionName}.tenant_ids`, 'expected the tenant id(s) of your Microsoft 365 organisation, e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47')
  }
  const domainsEntry = r.entry('sender_domains')
  if (!domainsEntry || !domainsEntry.value) {
    throw new ConfigError(doc.file, section.line, `${sectionName}.sender_domains`, 'expected the sender domains of this tenant, e.g. contoso.com, .contoso.com')
  }
  let senderDomains: DomainRule[]
  try {
    senderDomains = parseDomainRules(domainsEntry.value)
  } catch (err) {
    throw r.error('sender_domains', domainsEntry, (err as Error).message)
  }
  const netEntry = r.entry('networks')
  const netText = keys.networks || DEFAULT_OFFICE365_RANGES
  const tokens = netText.split(/[\s,]+/).filter(Boolean)
  const description = `office365 ${name}`
  let entries: NetworkEntry[]
  let networksSource: string
  const inline = tokens.map((t) => {
    try {
      return parseNetwork(t, description, netEntry?.line)
    } catch {
      return undefined
    }
  })
  if (inline.every(Boolean)) {
    entries = inline as NetworkEntry[]
    networksSource = 'inline'
  } else if (tokens.length === 1 && !/^[0-9a-f.:]+(\/\d+)?$/i.test(tokens[0])) {
    networksSource = tokens[0]
    const text = io?.readFile(tokens[0])
    if (text === undefined) {
      throw new ConfigError(doc.file, netEntry?.line ?? section.line, `${sectionName}.networks = "${netText}"`, `the file ${tokens[0]} does not exist; expected a file of CIDRs (outpost o365 ranges import) or CIDRs inline`)
    }
    entries = parseRangesFile(text, tokens[0], description)
    if (!entries.length) {
      throw new ConfigError(doc.file, netEntry?.line ?? section.line, `${sectionName}.networks = "${netText}"`, `the file ${tokens[0]} lists no networks`)
    }
  } else {
    const bad = tokens[inline.findIndex((e) => !e)]
    let detail = ''
    try {
      parseNetwork(bad, description)
    } catch (err) {
      detail = (err as Error).message
    }
    throw r.error('networks', netEntry, `${detail}; expected CIDRs inline or the name of a file of CIDRs`)
  }
  const certificate = keys.certificate.trim().toLowerCase() || undefined
  return { name, tenantIds: keys.tenant_ids, senderDomains, networks: new NetworkList(entries), networksSource, certificate, line: section.line }
}

export function readRelayConfig(doc: IniDocument, io?: RelayConfigIo): RelayConfig {
  rejectUnknownSections(doc, RELAY_FILE)
  const main = readKeys(doc, RELAY_MAIN)

  const trustedEntries = readNetworks(doc, 'trusted_networks')
  const internalEntries = readNetworks(doc, 'internal_networks')

  const senderDomains = new Map<string, DomainRule[]>()
  const sd = SectionReader.of(doc, 'sender_domains')
  for (const e of sd.entries()) {
    const owner = trustedEntries.find((t) => t.cidr === e.key)
    if (!owner) {
      throw new ConfigError(doc.file, e.line, `sender_domains.${e.key}`, 'expected the CIDR of an entry in [trusted_networks], written the same way')
    }
    try {
      senderDomains.set(owner.cidr, parseDomainRules(e.value))
    } catch (err) {
      throw new ConfigError(doc.file, e.line, `sender_domains.${e.key} = "${e.value}"`, (err as Error).message)
    }
  }

  const authSenderDomains = new Map<string, DomainRule[]>()
  for (const e of SectionReader.of(doc, 'auth_sender_domains').entries()) {
    const user = e.key.toLowerCase()
    if (authSenderDomains.has(user)) {
      throw new ConfigError(doc.file, e.line, `auth_sender_domains.${e.key}`, 'a second line for the same user (names are compared without case)')
    }
    try {
      authSenderDomains.set(user, parseDomainRules(e.value))
    } catch (err) {
      throw new ConfigError(doc.file, e.line, `auth_sender_domains.${e.key} = "${e.value}"`, (err as Error).message)
    }
  }

  const authKeys = readKeys(doc, AUTH)
  const auth: AuthThrottle = { maxFailures: authKeys.max_failures, lockoutMs: authKeys.lockout, windowMs: authKeys.window }

  const office365 = doc.sections.filter((s) => s.name.startsWith('office365 ')).map((s) => readOffice365(doc, s.name, io))

  return {
    rejectUntrusted: main.reject_untrusted,
    rejectMessage: main.reject_message,
    trusted: new NetworkList(trustedEntries),
    internal: new NetworkList(internalEntries),
    senderDomains,
    authSenderDomains,
    auth,
    office365,
  }
}

/**
 * A reload that leaves no trusted network would cut every client off at once,
 * most likely by mistake (an emptied or truncated file): refused, so the
 * gateway keeps relaying as before; restart Haraka to run without any.
 */
export function refuseRelayReload(previous: RelayConfig, next: RelayConfig): string | undefined {
  const sources = (c: RelayConfig): number => c.trusted.size + c.office365.length
  if (sources(previous) > 0 && sources(next) === 0) {
    return `it has no [trusted_networks] entries, so no client could relay any more (${previous.trusted.size} now); restart Haraka if that is really meant`
  }
  return undefined
}

const rulesText = (rules: DomainRule[]): string => rules.map((r) => (r.subdomains ? `.${r.domain}` : r.domain)).join(', ')

/** Start-up and reload log lines: each entry as the code understood it. */
export function describeRelayConfig(cfg: RelayConfig): string[] {
  return [
    ...cfg.trusted.entries.map((e) => describeEntry('trusted network', e)),
    ...cfg.internal.entries.map((e) => describeEntry('internal network', e)),
    ...[...cfg.senderDomains].map(([cidr, rules]) => `sender domains of ${cidr}: ${rulesText(rules)}`),
    ...[...cfg.authSenderDomains].map(([user, rules]) => `sender domains of AUTH user "${user}": ${rulesText(rules)}`),
    ...cfg.office365.map((e) => `office365 ${e.name}: tenant ${e.tenantIds.join(', ')}, ${e.networks.size} networks (${e.networksSource}), sender domains ${rulesText(e.senderDomains)}${e.certificate ? `, certificate ${e.certificate}` : ''}`),
    cfg.auth.maxFailures
      ? `AUTH lockout after ${cfg.auth.maxFailures} failures within ${cfg.auth.windowMs / 1000}s, for ${cfg.auth.lockoutMs / 1000}s`
      : 'AUTH lockout: off (max_failures = 0)',
  ]
}
