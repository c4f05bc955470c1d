// config/outpost_relay.ini: validated into plain data.
import { ConfigError, IniDocument, SectionReader } from '../lib/ini'
import { NetworkEntry, NetworkList, parseNetwork } from './networks'
import { DomainRule, parseDomainRules } from './sender_domains'

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

export const DEFAULT_OFFICE365_RANGES = 'config/outpost_office365_ranges'

const KNOWN_SECTIONS = ['main', 'trusted_networks', 'internal_networks', 'sender_domains', 'auth', 'auth_sender_domains', 'office365 NAME']

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

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
    const key = `${entry.address.toString()}/${entry.prefix}`
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
  const r = SectionReader.of(doc, sectionName)
  const tenantEntry = r.entry('tenant_ids')
  if (!tenantEntry || !tenantEntry.value) {
    throw new ConfigError(doc.file, section.line, `${sectionName}.tenant_ids`, 'expected the tenant id(s) of your Microsoft 365 organisation, e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47')
  }
  const tenantIds = tenantEntry.value.split(/[\s,]+/).filter(Boolean).map((t) => t.toLowerCase().replace(/^\{|\}$/g, ''))
  for (const t of tenantIds) {
    if (!TENANT_ID.test(t)) throw r.error('tenant_ids', tenantEntry, `"${t}" is not a tenant id, expected a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47`)
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
  const netText = netEntry?.value || DEFAULT_OFFICE365_RANGES
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
  const certEntry = r.entry('certificate')
  let certificate: string | undefined
  if (certEntry && certEntry.value) {
    certificate = certEntry.value.trim().toLowerCase()
    if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(certificate)) {
      throw r.error('certificate', certEntry, 'expected a certificate host name, e.g. mail.protection.outlook.com')
    }
  }
  r.rejectUnknown()
  return { name, tenantIds, senderDomains, networks: new NetworkList(entries), networksSource, certificate, line: section.line }
}

export function readRelayConfig(doc: IniDocument, io?: RelayConfigIo): RelayConfig {
  for (const s of doc.sections) {
    if (/^office365 \S/.test(s.name)) continue
    if (!KNOWN_SECTIONS.includes(s.name) && (s.entries.length || s.line)) {
      throw new ConfigError(doc.file, s.line, `[${s.name}]`, `unknown section, expected one of ${KNOWN_SECTIONS.map((n) => `[${n}]`).join(', ')}`)
    }
  }
  const main = SectionReader.of(doc, 'main')
  const rejectUntrusted = main.bool('reject_untrusted', true)
  const rejectMessage = main.string('reject_message', 'Relaying denied: this gateway accepts mail only from its trusted networks')
  main.rejectUnknown()

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

  const authSection = SectionReader.of(doc, 'auth')
  const auth: AuthThrottle = {
    maxFailures: authSection.number('max_failures', 5, { min: 0, max: 1_000_000, integer: true }),
    lockoutMs: authSection.duration('lockout', 15 * 60_000),
    windowMs: authSection.duration('window', 15 * 60_000),
  }
  authSection.rejectUnknown()
  if (auth.maxFailures > 0 && auth.lockoutMs <= 0) {
    throw new ConfigError(doc.file, authSection.entry('lockout')?.line, 'auth.lockout', 'expected a duration above zero (e.g. 15m) while max_failures is set')
  }

  const office365 = doc.sections.filter((s) => /^office365 \S/.test(s.name)).map((s) => readOffice365(doc, s.name, io))

  return {
    rejectUntrusted,
    rejectMessage,
    trusted: new NetworkList(trustedEntries),
    internal: new NetworkList(internalEntries),
    senderDomains,
    authSenderDomains,
    auth,
    office365,
  }
}
