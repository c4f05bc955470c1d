// Reading what Haraka's rspamd and spamassassin plugins recorded on the
// transaction (transaction.results), so their scores can join the verdict.
//
// rspamd (haraka-plugin-rspamd): { score, required_score, action, symbols, skip?, err? };
//   symbols is { NAME: score } from its log record, or { NAME: { name, score, ... } }
//   when the raw symbols were added after it.
// spamassassin (haraka-plugin-spamassassin): { score, required, tests: "A,B,C", skip?, err? }.
// A plugin that skipped the message (relayed, authenticated, private IP, too big)
// or failed records skip/err and no score: that is a missing result, never a 0.
import type { ScoredSymbol } from '../lib/verdict'
import type { ExternalEngineName } from './config'

export type ExternalOutcome =
  | { engine: ExternalEngineName; ok: true; score: number; required?: number; action?: string; detail: string }
  | { engine: ExternalEngineName; ok: false; reason: string }

export const EXTERNAL_SYMBOL: Record<ExternalEngineName, string> = {
  rspamd: 'RSPAMD',
  spamassassin: 'SPAMASSASSIN',
}

const MAX_LISTED_RULES = 12

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value)
    return Number.isFinite(n) ? n : undefined
  }
  return undefined
}

function missingReason(result: Record<string, any> | undefined): string {
  if (!result) return 'no result (plugin not loaded, or it did not run on this message)'
  const parts: string[] = []
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v ? [String(v)] : [])
  const skip = list(result.skip)
  const err = list(result.err)
  if (skip.length) parts.push(`skipped: ${skip.join(', ')}`)
  if (err.length) parts.push(`error: ${err.join(', ')}`)
  return parts.length ? parts.join('; ') : 'no score in its result'
}

function rspamdRules(symbols: unknown): string {
  if (!symbols || typeof symbols !== 'object') return ''
  const rules: Array<[string, number]> = []
  for (const [key, value] of Object.entries(symbols as Record<string, unknown>)) {
    const score = asNumber(value && typeof value === 'object' ? (value as { score?: unknown }).score : value)
    const name = value && typeof value === 'object' && (value as { name?: unknown }).name ? String((value as { name: unknown }).name) : key
    if (score !== undefined && score !== 0) rules.push([name, score])
  }
  rules.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
  const shown = rules.slice(0, MAX_LISTED_RULES).map(([n, s]) => `${n}(${round2(s)})`)
  if (rules.length > MAX_LISTED_RULES) shown.push(`+${rules.length - MAX_LISTED_RULES} more`)
  return shown.join(' ')
}

export function readRspamdResult(result: Record<string, any> | undefined): ExternalOutcome {
  const score = asNumber(result?.score)
  if (!result || score === undefined) return { engine: 'rspamd', ok: false, reason: missingReason(result) }
  const required = asNumber(result.required_score)
  const action = typeof result.action === 'string' ? result.action : undefined
  const rules = rspamdRules(result.symbols)
  const detail =
    `score ${round2(score)}` +
    (required !== undefined ? `/${round2(required)}` : '') +
    (action ? ` action "${action}"` : '') +
    (rules ? `; ${rules}` : '')
  return { engine: 'rspamd', ok: true, score, required, action, detail }
}

export function readSpamAssassinResult(result: Record<string, any> | undefined): ExternalOutcome {
  const score = asNumber(result?.score)
  if (!result || score === undefined) return { engine: 'spamassassin', ok: false, reason: missingReason(result) }
  const required = asNumber(result.required)
  const tests = typeof result.tests === 'string' ? result.tests.split(',').filter((t) => t && t !== 'none') : []
  const shown = tests.slice(0, MAX_LISTED_RULES)
  if (tests.length > MAX_LISTED_RULES) shown.push(`+${tests.length - MAX_LISTED_RULES} more`)
  const detail = `score ${round2(score)}` + (required !== undefined ? `/${round2(required)}` : '') + (shown.length ? `; ${shown.join(' ')}` : '')
  return { engine: 'spamassassin', ok: true, score, required, detail }
}

/** The external engine's score as one symbol of the verdict, weighted as configured. */
export function externalSymbol(outcome: ExternalOutcome & { ok: true }, weight: number): ScoredSymbol {
  const weighted = round2(outcome.score * weight)
  const evidence = weight === 1 ? outcome.detail : `${outcome.detail}; weight ${weight}`
  return { name: EXTERNAL_SYMBOL[outcome.engine], score: weighted, evidence }
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100
}
