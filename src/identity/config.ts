// haraka.ini [identity] (declared in src/identity/schema.ts): who the sender
// of a relayed message is, for every part of Outpost that needs a "who".
// Validated the same way in the gateway and in the outpost command.
import { IniDocument, SectionReader } from '../lib/ini'
import { readKeys } from '../lib/config_schema'
import { NetworkList } from '../lib/networks'
import { IDENTITY_SECTION, IDENTITY_SOURCES, type IdentitySource } from './schema'

export { IDENTITY_SOURCES }
export type { IdentitySource }

export interface IdentityConfig {
  /** tried in this order; the client IP is the last resort whether listed or not */
  order: IdentitySource[]
  /** header field name set by the organisation's own mail server */
  header: string
  /** clients whose copy of that header is believed (they must be trusted networks of outpost_relay too) */
  headerNetworks: NetworkList
}

export function readIdentityConfig(doc: IniDocument): IdentityConfig {
  const v = readKeys(doc, IDENTITY_SECTION)
  const reader = SectionReader.of(doc, 'identity')
  const seen = new Set<string>()
  for (const o of v.order) {
    if (seen.has(o)) throw reader.error('order', reader.entry('order'), `"${o}" is listed twice`)
    seen.add(o)
  }
  if (!v.order.length) throw reader.error('order', reader.entry('order'), `expected a comma-separated list of ${IDENTITY_SOURCES.join(', ')}`)
  return { order: v.order, header: v.header.trim(), headerNetworks: new NetworkList(v.header_networks) }
}
