// haraka.ini [identity]: who the sender of a relayed message is, for every
// part of Outpost that needs a "who" (policy log and verdict, quarantine
// metadata, sender limits, statistics). Validated the same way in the gateway
// and in the outpost command.
import { ConfigError, IniDocument, SectionReader } from '../lib/ini'
import { NetworkEntry, NetworkList, parseNetwork } from '../relay/networks'

export const IDENTITY_SOURCES = ['auth_user', 'header', 'envelope_sender', 'client_ip'] as const
export type IdentitySource = (typeof IDENTITY_SOURCES)[number]

export interface IdentityConfig {
  /** tried in this order; the client IP is the last resort whether listed or not */
  order: IdentitySource[]
  /** header field name set by the organisation's own mail server */
  header: string
  /** clients whose copy of that header is believed (they must be trusted networks of outpost_relay too) */
  headerNetworks: NetworkList
}

export const DEFAULT_ORDER: IdentitySource[] = ['auth_user', 'header', 'envelope_sender', 'client_ip']
export const DEFAULT_HEADER = 'X-AuthUser'

/** RFC 5322 field name: printable ASCII except colon; bounded. */
const FIELD_NAME = /^[!-9;-~]{1,76}$/

export function readIdentityConfig(doc: IniDocument): IdentityConfig {
  const s = SectionReader.of(doc, 'identity')
  const orderEntry = s.entry('order')
  const order = s.list('order', DEFAULT_ORDER) as IdentitySource[]
  const seen = new Set<string>()
  for (const o of order) {
    if (!IDENTITY_SOURCES.includes(o)) throw s.error('order', orderEntry, `"${o}" is not a source, expected a comma-separated list of ${IDENTITY_SOURCES.join(', ')}`)
    if (seen.has(o)) throw s.error('order', orderEntry, `"${o}" is listed twice`)
    seen.add(o)
  }
  if (!order.length) throw s.error('order', orderEntry, `expected a comma-separated list of ${IDENTITY_SOURCES.join(', ')}`)
  const header = s.string('header', DEFAULT_HEADER).trim()
  if (!FIELD_NAME.test(header)) throw s.error('header', s.entry('header'), 'expected a header field name such as X-AuthUser')
  const netsEntry = s.entry('header_networks')
  const entries: NetworkEntry[] = []
  for (const text of s.list('header_networks')) {
    try {
      entries.push(parseNetwork(text, 'header_networks', netsEntry?.line))
    } catch (err) {
      throw new ConfigError(doc.file, netsEntry?.line, `identity.header_networks = "${netsEntry?.value}"`, (err as Error).message)
    }
  }
  s.rejectUnknown()
  return { order, header, headerNetworks: new NetworkList(entries) }
}
