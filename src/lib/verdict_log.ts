// The verdict line: one log line per relayed message, written when its fate is
// known (queued, held, refused, discarded, deferred), with fields rather than a
// flat string. Haraka's logger merges a plain object into the record under
// log.ini format=json (and logfmt), and appends key=value pairs under the
// default format, so one call serves every format. (Keys `name` and `uuid`
// mean something else to Haraka's logger: not used here.)
import type { Connection, Plugin } from './haraka'
import { addressOf } from './address'
import { VERDICT_NOTE, type Verdict } from './verdict'
import { readIdentity } from '../identity'

export type VerdictAction = 'pass' | 'tag' | 'quarantine' | 'reject' | 'discard' | 'defer'

export interface VerdictOutcome {
  action: VerdictAction
  queue_id?: string
  quarantine_id?: string
  /** the SMTP reply code the client got */
  reply: number
  /** why, for defer */
  reason?: string
}

export function verdictFields(connection: Connection, outcome: VerdictOutcome): Record<string, unknown> {
  const txn = connection.transaction
  const v = txn?.notes?.[VERDICT_NOTE] as Verdict | undefined
  const fields: Record<string, unknown> = {
    action: outcome.action,
    reply: outcome.reply,
  }
  if (outcome.queue_id) fields.queue_id = outcome.queue_id
  if (outcome.quarantine_id) fields.quarantine_id = outcome.quarantine_id
  Object.assign(fields, {
    transaction: txn?.uuid,
    mail_from: txn ? addressOf(txn.mail_from) : undefined,
    rcpt_count: txn?.rcpt_to?.length ?? 0,
    score: v?.score ?? null,
    threshold: v?.threshold ?? null,
    spam: v ? v.is_spam : null,
    policy: v ? (v.policy_domain ?? 'main') : null,
    client: connection.remote?.ip,
  })
  // the sender identity (haraka.ini [identity]): who sent it, whatever the envelope says
  const identity = readIdentity(txn?.notes)
  if (identity) Object.assign(fields, { identity: identity.id, identity_source: identity.source })
  if (outcome.reason) fields.reason = outcome.reason
  return fields
}

/** Log the verdict line (INFO; WARN for a deferral, which the client must retry). */
export function logVerdict(plugin: Plugin, connection: Connection, outcome: VerdictOutcome): void {
  try {
    const fields = verdictFields(connection, outcome)
    if (outcome.action === 'defer') connection.logwarn(plugin, 'verdict', fields)
    else connection.loginfo(plugin, 'verdict', fields)
  } catch {
    /* logging must never cost a message */
  }
}
