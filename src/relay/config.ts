// config/outpost_relay.ini: validated into plain data.
import { ConfigError, IniDocument, SectionReader } from '../lib/ini'
import { NetworkEntry, NetworkList, parseNetwork } from './networks'
import { DomainRule, parseDomainRules } from './sender_domains'

export interface RelayConfig {
  rejectUntrusted: boolean
  rejectMessage: string
  trusted: NetworkList
  internal: NetworkList
  /** keyed by the trusted entry's CIDR as written */
  senderDomains: Map<string, DomainRule[]>
}

const KNOWN_SECTIONS = ['main', 'trusted_networks', 'internal_networks', 'sender_domains']

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

export function readRelayConfig(doc: IniDocument): RelayConfig {
  for (const s of doc.sections) {
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
  return {
    rejectUntrusted,
    rejectMessage,
    trusted: new NetworkList(trustedEntries),
    internal: new NetworkList(internalEntries),
    senderDomains,
  }
}
