// What outpost_limits does with a message, over plain data: which subjects a
// message is counted against (identity, and sender domain / client IP when
// enabled), with which limits, and what the result of a charge means.
import type { LimitAction, Limits, LimitsConfig } from './config'
import type { ChargeResult, ChargeSubject, Exceeded, LockInfo } from './state'
import type { Quantity } from './windows'
import { subjectLabel } from './state'

export interface MessageFacts {
  identity: string
  /** lower-case sender domain; '' for the null sender */
  senderDomain: string
  clientIp: string
  recipients: string[]
}

export function limitsForIdentity(cfg: LimitsConfig, identity: string): Limits {
  return cfg.identityOverrides.get(identity) ?? cfg.identity
}

export function recipientDomains(recipients: string[]): string[] {
  const out = new Set<string>()
  for (const r of recipients) {
    const at = r.lastIndexOf('@')
    if (at > 0) out.add(r.slice(at + 1).toLowerCase())
  }
  return [...out]
}

/** The subjects a message is charged to: the identity always; the sender domain and client IP when their sections exist. */
export function subjectsFor(cfg: LimitsConfig, m: MessageFacts, add: Partial<Record<Quantity, number>>, withDomains: boolean): ChargeSubject[] {
  const domains = withDomains ? recipientDomains(m.recipients) : undefined
  const one = (key: string, limits: Limits): ChargeSubject => {
    const s: ChargeSubject = { key, limits, add }
    if (domains) s.domains = domains
    const perMessage = limits.recipients_per_message ?? 0
    if (withDomains && perMessage > 0 && m.recipients.length > perMessage) s.forced = { limit: 'recipients_per_message', value: m.recipients.length, max: perMessage }
    return s
  }
  const out = [one(`id:${m.identity}`, limitsForIdentity(cfg, m.identity))]
  if (cfg.senderDomain && m.senderDomain) out.push(one(`domain:${m.senderDomain}`, cfg.domainOverrides.get(m.senderDomain) ?? cfg.senderDomain))
  if (cfg.clientIp && m.clientIp) out.push(one(`ip:${m.clientIp}`, cfg.clientIp))
  return out
}

/** Only the one limit that this event can cross (spam, refused recipients): other limits are for the message check. */
export function onlyLimit(subjects: ChargeSubject[], name: keyof Limits): ChargeSubject[] {
  return subjects.map((s) => ({ key: s.key, add: s.add, limits: { [name]: s.limits[name] ?? 0 } }))
}

export function chargeMode(action: LimitAction): 'lock' | 'count' | 'refuse' {
  return action === 'hold' ? 'lock' : action === 'score' ? 'count' : 'refuse'
}

export type Outcome =
  | { kind: 'pass' }
  | { kind: 'hold'; reason: string; newlyLocked: Array<{ key: string; lock: LockInfo }> }
  | { kind: 'defer' | 'reject'; reason: string; exceeded: Exceeded[] }
  | { kind: 'score'; reason: string; exceeded: Exceeded[] }

export function describeExceeded(e: Exceeded): string {
  return `${e.limit} ${e.value} > ${e.max}`
}

function describeLock(key: string, lock: LockInfo): string {
  return `sender ${subjectLabel(key)} locked since ${new Date(lock.since).toISOString()} by ${lock.by}: ${lock.reason}`
}

export function outcomeOf(action: LimitAction, r: ChargeResult): Outcome {
  if (r.locked.length) return { kind: 'hold', reason: describeLock(r.locked[0].key, r.locked[0].lock), newlyLocked: r.newlyLocked }
  if (r.newlyLocked.length) return { kind: 'hold', reason: describeLock(r.newlyLocked[0].key, r.newlyLocked[0].lock), newlyLocked: r.newlyLocked }
  if (!r.exceeded.length) return { kind: 'pass' }
  const reason = r.exceeded.map((e) => `${subjectLabel(e.key)} ${describeExceeded(e)}`).join(', ')
  if (action === 'score') return { kind: 'score', reason, exceeded: r.exceeded }
  if (action === 'hold') return { kind: 'hold', reason, newlyLocked: [] } // not reached: mode lock locks what exceeds
  return { kind: action, reason, exceeded: r.exceeded }
}

/** action = score: the symbol a crossed limit adds to the policy score, e.g. LIMIT_MESSAGES_PER_HOUR. */
export function limitSymbol(e: Exceeded): string {
  return `LIMIT_${e.limit.toUpperCase()}`
}
