// The sender identity of a transaction, established once (by whichever
// outpost_* plugin asks first in data_post) and kept on transaction.notes for
// the others and for delivery-time hooks (notes travel in Haraka's queue files).
// Establishing it also removes the identity header from the message, from any
// client, trusted or not: it is an internal header and never leaves the gateway.
import type { Connection, Plugin, Transaction } from '../lib/haraka'
import { subscribeHarakaIni } from '../lib/haraka_ini'
import { RELAY_NOTE, RelayFacts } from '../lib/verdict'
import { addressOf } from '../lib/address'
import { IdentityConfig, readIdentityConfig } from './config'
import { resolveIdentity, SenderIdentity } from './resolve'

export { readIdentityConfig, resolveIdentity }
export type { IdentityConfig, SenderIdentity }

/** transaction.notes key holding the SenderIdentity */
export const IDENTITY_NOTE = 'outpost_identity'

let cfg: IdentityConfig | undefined

/** haraka.ini [identity], validated (throwing at start-up on a bad file) and kept current on reload. */
export function identityConfig(plugin: Plugin): IdentityConfig {
  if (!cfg) {
    cfg = subscribeHarakaIni(plugin, readIdentityConfig, (next) => {
      cfg = next
    })
  }
  return cfg
}

export function readIdentity(notes: Record<string, any> | undefined): SenderIdentity | undefined {
  const v = notes?.[IDENTITY_NOTE]
  return v && typeof v.id === 'string' && typeof v.source === 'string' ? (v as SenderIdentity) : undefined
}

export function establishIdentity(plugin: Plugin, connection: Connection, txn: Transaction): SenderIdentity {
  const known = readIdentity(txn.notes)
  if (known) return known
  const c = identityConfig(plugin)
  const relay = connection.notes?.[RELAY_NOTE] as RelayFacts | undefined
  const identity = resolveIdentity(c, {
    authUser: connection.notes?.auth_user,
    headerValues: txn.header.get_all(c.header),
    clientIp: connection.remote.ip,
    clientTrusted: Boolean(relay?.trusted),
    envelopeSender: addressOf(txn.mail_from),
  })
  txn.remove_header(c.header)
  if (identity.header_ignored) connection.lognotice(plugin, `${c.header} ignored and removed: ${identity.header_ignored}`)
  txn.notes[IDENTITY_NOTE] = { ...identity }
  return identity
}

/** "alice@example.org (auth_user)", for log lines */
export function describeIdentity(identity: SenderIdentity | undefined): string {
  return identity ? `${identity.id} (${identity.source})` : '-'
}
