// config/outpost_relay.ini: validated into plain data.
import { readKeys, rejectUnknownSections } from '../lib/config_schema'
import { ConfigError, IniDocument, SectionReader } from '../lib/ini'
import { NetworkEntry, NetworkList, networkText, parseNetwork } from '../lib/networks'
import { RELAY_FILE, RELAY_MAIN } from './schema'
import { DomainRule, parseDomainRules } from './sender_domains'

export interface RelayConfig {
  rejectUntrusted: boolean
  rejectMessage: string
  trusted: NetworkList
  internal: NetworkList
  /** keyed by the trusted entry's CIDR as written */
  senderDomains: Map<string, DomainRule[]>
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

export function readRelayConfig(doc: IniDocument): RelayConfig {
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
  return {
    rejectUntrusted: main.reject_untrusted,
    rejectMessage: main.reject_message,
    trusted: new NetworkList(trustedEntries),
    internal: new NetworkList(internalEntries),
    senderDomains,
  }
}
