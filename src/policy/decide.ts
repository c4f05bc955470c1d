// The decision: engine results + policy -> Verdict, or a tempfail when a
// score that the policy counts on is missing. Pure: no Haraka, no I/O.
import type { ScoredSymbol, Verdict } from '../lib/verdict'
import type { DomainPolicy, ExternalEngineName, PolicyConfig } from './config'
import { policyForSender } from './sender_policy'
import {
  EXTERNAL_SYMBOL,
  externalSymbol,
  readRspamdResult,
  readSpamAssassinResult,
  round2,
  type ExternalOutcome,
} from './external'

/** What the built-in engine returned (src/engine EngineResult). */
export interface BuiltinResult {
  score: number
  /** the rules' part of score (src/engine/index.ts EngineResult) */
  ruleScore?: number
  symbols: ScoredSymbol[]
  ms: number
  skipped?: string
  /** the link domains for the URI blocklists (src/policy/uribl.ts), most linked first */
  linkDomains?: string[]
}

export interface DecisionInput {
  config: Pick<PolicyConfig, 'main' | 'engines' | 'exactDomains' | 'subdomainDomains'>
  /** the envelope sender's domain; null/empty for the null sender */
  senderDomain?: string | null
  /** required when config.engines.builtin is true */
  builtin?: BuiltinResult
  /** transaction.results.get('rspamd') / ('spamassassin'), as recorded by those plugins */
  external?: Partial<Record<ExternalEngineName, Record<string, any> | undefined>>
  /** symbols of other plugins (outpost_limits): added to the combined score, whatever the engines said */
  extra?: ScoredSymbol[]
}

export type Decision =
  | { kind: 'verdict'; verdict: Verdict; policy: DomainPolicy }
  /** `reason` is for the log only: it may name engines and their errors */
  | { kind: 'tempfail'; reason: string }

const READERS: Record<ExternalEngineName, (r: Record<string, any> | undefined) => ExternalOutcome> = {
  rspamd: readRspamdResult,
  spamassassin: readSpamAssassinResult,
}

export function combineScores(scores: number[], mode: PolicyConfig['engines']['combine']): number {
  switch (mode) {
    case 'max':
      return Math.max(...scores)
    case 'sum':
      return scores.reduce((a, b) => a + b, 0)
    case 'average':
      return scores.reduce((a, b) => a + b, 0) / scores.length
  }
}

export function decide(input: DecisionInput): Decision {
  const { engines } = input.config
  const symbols: ScoredSymbol[] = []
  const scores: number[] = []
  const contributed: string[] = []

  if (engines.builtin) {
    const builtin = input.builtin
    // the engine sets `skipped` when it could not score the message: not a clean bill
    const missing = !builtin ? 'no result' : builtin.skipped ? `skipped: ${builtin.skipped}` : !Number.isFinite(builtin.score) ? 'no score' : ''
    if (missing) {
      if (engines.missing === 'tempfail') return { kind: 'tempfail', reason: `builtin: ${missing}` }
      symbols.push({ name: 'BUILTIN_MISSING', score: 0, evidence: missing })
    } else if (builtin) {
      scores.push(builtin.score)
      contributed.push('builtin')
      symbols.push(...builtin.symbols)
    }
  }

  for (const name of ['rspamd', 'spamassassin'] as const) {
    if (!engines[name]) continue
    const outcome = READERS[name](input.external?.[name])
    if (!outcome.ok) {
      if (engines.missing === 'tempfail') return { kind: 'tempfail', reason: `${name}: ${outcome.reason}` }
      symbols.push({ name: `${EXTERNAL_SYMBOL[name]}_MISSING`, score: 0, evidence: outcome.reason })
      continue
    }
    const symbol = externalSymbol(outcome, engines.weights[name])
    symbols.push(symbol)
    scores.push(symbol.score)
    contributed.push(name)
  }

  if (scores.length === 0) {
    const missing = symbols.map((s) => `${s.name}: ${s.evidence}`).join('; ')
    return { kind: 'tempfail', reason: `no engine produced a score (${missing})` }
  }

  const policy = policyForSender(input.config, input.senderDomain)
  const extra = (input.extra ?? []).filter((s) => Number.isFinite(s.score))
  symbols.push(...extra)
  const score = round2(combineScores(scores, engines.combine) + extra.reduce((a, s) => a + s.score, 0))
  const verdict: Verdict = {
    score,
    threshold: policy.threshold,
    action: policy.action,
    is_spam: score > policy.threshold,
    symbols,
    engines: contributed,
    engine_ms: round2(input.builtin?.ms ?? 0),
  }
  if (policy.domain) verdict.policy_domain = policy.domain
  return { kind: 'verdict', verdict, policy: { threshold: policy.threshold, action: policy.action, subjectTag: policy.subjectTag } }
}

/** What the message gets: the configured action when it is spam, else pass. */
export function effectiveAction(verdict: Verdict): Verdict['action'] {
  return verdict.is_spam ? verdict.action : 'pass'
}

function quoteEvidence(text: string): string {
  return JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}...` : text)
}

/** One log line per message: everything an admin needs to see why. */
export function describeVerdict(verdict: Verdict): string {
  const symbols = verdict.symbols
    .map((s) => `${s.name}(${round2(s.score)}${s.evidence ? ` ${quoteEvidence(s.evidence)}` : ''})`)
    .join(' ')
  return [
    `score=${verdict.score}`,
    `threshold=${verdict.threshold}`,
    `spam=${verdict.is_spam ? 'yes' : 'no'}`,
    `action=${effectiveAction(verdict)}`,
    ...(verdict.is_spam ? [] : [`spam_action=${verdict.action}`]),
    `policy=${verdict.policy_domain ? `domain ${verdict.policy_domain}` : 'main'}`,
    `engines=${verdict.engines.join(',')}`,
    `engine_ms=${verdict.engine_ms}`,
    `symbols=${symbols || '-'}`,
    ...(verdict.identity ? [`identity=${verdict.identity}(${verdict.identity_source ?? '?'})`] : []),
  ].join(' ')
}
