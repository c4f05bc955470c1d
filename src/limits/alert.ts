// The alert for a sender lock (or, with action defer/reject/score, for a
// crossed limit): who, which limit, the counts, a sample of recent subjects
// and recipients, and the exact commands to unlock and release.
import { clean, type Alert } from '../alerts'
import type { LockInfo } from './state'
import { subjectLabel } from './state'
import type { LimitName } from './windows'

export interface Sample {
  at: number
  subject: string
  recipients: string[]
}

export interface LimitAlertInput {
  key: string
  event: 'locked' | 'limit_exceeded'
  action: string
  identitySource?: string
  lock?: LockInfo
  limit?: LimitName
  value?: number
  max?: number
  counts: Partial<Record<string, number>>
  samples: Sample[]
  hostname: string
  /** the outpost command as the admin runs it, e.g. "outpost" or "outpost -c /etc/haraka" */
  command: string
}

function quoteArg(s: string): string {
  return /^[A-Za-z0-9@._:+=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`
}

export function limitAlert(a: LimitAlertInput): Alert {
  const who = subjectLabel(a.key)
  const limit = a.lock?.limit ?? a.limit
  const value = a.lock?.value ?? a.value
  const max = a.lock?.max ?? a.max
  const what = limit ? `${limit} ${value} > ${max}` : (a.lock?.reason ?? 'limit crossed')
  const subject = a.event === 'locked' ? `[Outpost] Sender ${who} locked: ${what}` : `[Outpost] Sender ${who} over a limit: ${what} (action ${a.action})`
  const id = quoteArg(who)
  const lines = [
    a.event === 'locked'
      ? `Outpost on ${a.hostname} locked the sender ${who}${a.identitySource ? ` (identity from ${a.identitySource})` : ''}.`
      : `The sender ${who} crossed a limit on ${a.hostname}; its mail is handled with action = ${a.action}.`,
    '',
    `Limit:     ${what}`,
  ]
  if (a.lock) {
    lines.push(`Since:     ${new Date(a.lock.since).toISOString()}`)
    lines.push(`Until:     ${a.lock.until ? `${new Date(a.lock.until).toISOString()} (lock_timeout)` : 'an administrator unlocks it'}`)
    lines.push('', 'All mail of this sender is held in the quarantine while it is locked.')
  }
  lines.push('', 'Counts:')
  for (const [k, v] of Object.entries(a.counts)) if (v) lines.push(`  ${k.padEnd(28)} ${v}`)
  if (a.samples.length) {
    lines.push('', 'Recent messages (newest last):')
    for (const s of a.samples) {
      lines.push(`  ${new Date(s.at).toISOString()}  Subject: ${clean(s.subject, 120)}`)
      const shown = s.recipients.slice(0, 5).join(', ')
      lines.push(`      To: ${clean(shown, 300)}${s.recipients.length > 5 ? ` and ${s.recipients.length - 5} more` : ''}`)
    }
  }
  lines.push(
    '',
    'Commands:',
    `  ${a.command} senders show ${id}`,
    `  ${a.command} quarantine list --sender ${id}`,
    `  ${a.command} senders unlock ${id}            (lets its new mail through again; the counts start afresh)`,
    `  ${a.command} quarantine release --sender ${id}   (delivers what was held, once)`,
    `  ${a.command} quarantine delete --sender ${id}    (drops what was held)`,
    '',
    'If the account is compromised, change its password before unlocking it.',
  )
  return {
    key: `limits:${a.event}:${a.key}${a.event === 'limit_exceeded' ? `:${limit}` : ''}`,
    kind: 'limits',
    subject,
    lines,
    data: {
      event: a.event,
      identity: who,
      subject_key: a.key,
      identity_source: a.identitySource,
      action: a.action,
      limit,
      value,
      max,
      counts: a.counts,
      locked_since: a.lock ? new Date(a.lock.since).toISOString() : undefined,
      locked_until: a.lock?.until ? new Date(a.lock.until).toISOString() : undefined,
      samples: a.samples.map((s) => ({ time: new Date(s.at).toISOString(), subject: clean(s.subject, 200), recipients: s.recipients.slice(0, 20) })),
    },
  }
}
