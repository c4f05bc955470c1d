import { describe, expect, it } from 'vitest'
import type { DomainOverride, EnginesConfig, PolicyConfig } from '../../src/policy/config'
import { defaultEngines } from '../helpers/policy'
import { combineScores, decide, describeVerdict, effectiveAction, type BuiltinResult } from '../../src/policy/decide'

type Cfg = Pick<PolicyConfig, 'main' | 'engines' | 'exactDomains' | 'subdomainDomains'>

function config(engines: Partial<EnginesConfig> = {}, domains: DomainOverride[] = []): Cfg {
  return {
    main: { threshold: 8, action: 'quarantine', subjectTag: '[SPAM]' },
    engines: defaultEngines(engines),
    exactDomains: new Map(domains.filter((d) => !d.subdomains).map((d) => [d.domain, d])),
    subdomainDomains: new Map(domains.filter((d) => d.subdomains).map((d) => [d.domain, d])),
  }
}

const builtin = (score: number, extra: Partial<BuiltinResult> = {}): BuiltinResult => ({
  score,
  symbols: score ? [{ name: 'URL_SHORTENER', score, evidence: 'bit.ly' }] : [],
  ms: 0.734,
  ...extra,
})

// as haraka-plugin-rspamd records them (log record, then the raw symbols on top)
const RSPAMD_SPAM = {
  pass: [],
  fail: [],
  skip: [],
  err: [],
  msg: [],
  score: 12.5,
  required_score: 15,
  action: 'add header',
  is_skipped: false,
  symbols: {
    BAYES_SPAM: { name: 'BAYES_SPAM', score: 5.1, metric_score: 5.1 },
    R_SPF_ALLOW: { name: 'R_SPF_ALLOW', score: -0.2 },
    MIME_GOOD: { name: 'MIME_GOOD', score: 0 },
  },
}
const RSPAMD_SKIPPED = { pass: [], fail: [], skip: ['relay', 'private_ip'], err: [], msg: [] }
// as haraka-plugin-spamassassin records them
const SA_HAM = { pass: [], fail: [], skip: [], err: [], msg: [], human: 'status=No', score: 1.3, required: 5, reject: undefined, tests: 'DKIM_SIGNED,DKIM_VALID', emit: true }
const SA_TOO_BIG = { pass: [], fail: [], skip: ['size 1.2MB exceeds max: 488.3KB'], err: [], msg: [] }

describe('decide: threshold and action', () => {
  it('spam means strictly greater than the threshold', () => {
    const at = decide({ config: config(), senderDomain: 'example.com', builtin: builtin(8) })
    const above = decide({ config: config(), senderDomain: 'example.com', builtin: builtin(8.01) })
    expect(at.kind === 'verdict' && at.verdict.is_spam).toBe(false)
    expect(above.kind === 'verdict' && above.verdict.is_spam).toBe(true)
  })

  it('fills every field of the Verdict contract', () => {
    const d = decide({ config: config(), senderDomain: 'example.com', builtin: builtin(9.123) })
    expect(d).toEqual({
      kind: 'verdict',
      policy: { threshold: 8, action: 'quarantine', subjectTag: '[SPAM]' },
      verdict: {
        score: 9.12,
        threshold: 8,
        action: 'quarantine',
        is_spam: true,
        symbols: [{ name: 'URL_SHORTENER', score: 9.123, evidence: 'bit.ly' }],
        engines: ['builtin'],
        engine_ms: 0.73,
      },
    })
  })

  it('ham keeps the configured action but its effective action is pass', () => {
    const d = decide({ config: config(), senderDomain: 'example.com', builtin: builtin(1) })
    if (d.kind !== 'verdict') throw new Error('expected a verdict')
    expect(d.verdict.action).toBe('quarantine')
    expect(effectiveAction(d.verdict)).toBe('pass')
  })

  it('a builtin result without a finite score, or skipped, is a tempfail, never a pass', () => {
    expect(decide({ config: config(), senderDomain: 'x.org', builtin: undefined })).toEqual({ kind: 'tempfail', reason: 'builtin: no result' })
    expect(decide({ config: config(), senderDomain: 'x.org', builtin: builtin(NaN) })).toEqual({ kind: 'tempfail', reason: 'builtin: no score' })
    expect(decide({ config: config(), senderDomain: 'x.org', builtin: builtin(0, { skipped: 'engine error: boom' }) })).toEqual({
      kind: 'tempfail',
      reason: 'builtin: skipped: engine error: boom',
    })
  })

  it('with missing = ignore, a skipped builtin is recorded and the external engines decide', () => {
    const d = decide({
      config: config({ rspamd: true, missing: 'ignore' }),
      senderDomain: 'x.org',
      builtin: builtin(0, { skipped: 'engine error: boom' }),
      external: { rspamd: { score: 9, required_score: 15, action: 'add header' } },
    })
    if (d.kind !== 'verdict') throw new Error('expected a verdict')
    expect(d.verdict.engines).toEqual(['rspamd'])
    expect(d.verdict.score).toBe(9)
    expect(d.verdict.symbols[0]).toEqual({ name: 'BUILTIN_MISSING', score: 0, evidence: 'skipped: engine error: boom' })
  })
})

describe('decide: per sender-domain policies', () => {
  const domains: DomainOverride[] = [
    { name: 'example.org', domain: 'example.org', subdomains: false, threshold: 6, action: 'reject', subjectTag: '[SPAM]' },
    { name: '.example.net', domain: 'example.net', subdomains: true, threshold: 5, action: 'tag', subjectTag: '[S]' },
    { name: '.eu.example.net', domain: 'eu.example.net', subdomains: true, threshold: 4, action: 'discard', subjectTag: '[S]' },
  ]
  const at = (domain: string | null, score = 7) => {
    const d = decide({ config: config({}, domains), senderDomain: domain, builtin: builtin(score) })
    if (d.kind !== 'verdict') throw new Error('expected a verdict')
    return d.verdict
  }

  it('an exact [domain] section applies to that domain only', () => {
    expect(at('example.org')).toMatchObject({ threshold: 6, action: 'reject', is_spam: true, policy_domain: 'example.org' })
    expect(at('EXAMPLE.ORG.')).toMatchObject({ policy_domain: 'example.org' })
    expect(at('mail.example.org')).toMatchObject({ threshold: 8, action: 'quarantine', is_spam: false })
    expect(at('mail.example.org').policy_domain).toBeUndefined()
    expect(at('notexample.org').policy_domain).toBeUndefined()
  })

  it('a [domain .NAME] section applies to subdomains, the deepest winning, not to the parent', () => {
    expect(at('sales.example.net')).toMatchObject({ threshold: 5, action: 'tag', policy_domain: '.example.net' })
    expect(at('a.b.example.net')).toMatchObject({ policy_domain: '.example.net' })
    expect(at('x.eu.example.net')).toMatchObject({ threshold: 4, action: 'discard', policy_domain: '.eu.example.net' })
    expect(at('eu.example.net')).toMatchObject({ policy_domain: '.example.net' })
    expect(at('example.net').policy_domain).toBeUndefined()
  })

  it('the null sender gets [main]', () => {
    expect(at(null)).toMatchObject({ threshold: 8, action: 'quarantine' })
    expect(at('')).toMatchObject({ threshold: 8 })
  })
})

describe('decide: external engines', () => {
  it('max/sum/average combine the engine scores', () => {
    expect(combineScores([2, 6, 4], 'max')).toBe(6)
    expect(combineScores([2, 6, 4], 'sum')).toBe(12)
    expect(combineScores([2, 6, 4], 'average')).toBe(4)
  })

  it('adds recorded rspamd and spamassassin results as symbols with evidence', () => {
    const d = decide({
      config: config({ rspamd: true, spamassassin: true, combine: 'sum' }),
      senderDomain: 'example.com',
      builtin: builtin(2),
      external: { rspamd: RSPAMD_SPAM, spamassassin: SA_HAM },
    })
    if (d.kind !== 'verdict') throw new Error(`expected a verdict, got ${JSON.stringify(d)}`)
    expect(d.verdict.score).toBe(15.8)
    expect(d.verdict.is_spam).toBe(true)
    expect(d.verdict.engines).toEqual(['builtin', 'rspamd', 'spamassassin'])
    const rspamd = d.verdict.symbols.find((s) => s.name === 'RSPAMD')
    expect(rspamd).toEqual({ name: 'RSPAMD', score: 12.5, evidence: 'score 12.5/15 action "add header"; BAYES_SPAM(5.1) R_SPF_ALLOW(-0.2)' })
    expect(d.verdict.symbols.find((s) => s.name === 'SPAMASSASSIN')).toEqual({
      name: 'SPAMASSASSIN',
      score: 1.3,
      evidence: 'score 1.3/5; DKIM_SIGNED DKIM_VALID',
    })
  })

  it('reads rspamd symbols in their logged { NAME: score } form too', () => {
    const d = decide({
      config: config({ builtin: false, rspamd: true }),
      senderDomain: 'example.com',
      external: { rspamd: { score: '3.5', required_score: 15, action: 'no action', symbols: { FOO: 2, BAR: 1.5 } } },
    })
    if (d.kind !== 'verdict') throw new Error('expected a verdict')
    expect(d.verdict.score).toBe(3.5)
    expect(d.verdict.engines).toEqual(['rspamd'])
    expect(d.verdict.engine_ms).toBe(0)
    expect(d.verdict.symbols[0].evidence).toBe('score 3.5/15 action "no action"; FOO(2) BAR(1.5)')
  })

  it('max picks the most confident engine; average softens one outlier', () => {
    const input = (combine: EnginesConfig['combine']) =>
      decide({ config: config({ rspamd: true, combine }), senderDomain: 'a.com', builtin: builtin(3), external: { rspamd: RSPAMD_SPAM } })
    const max = input('max')
    const avg = input('average')
    expect(max.kind === 'verdict' && max.verdict.score).toBe(12.5)
    expect(avg.kind === 'verdict' && avg.verdict.score).toBe(7.75)
    expect(avg.kind === 'verdict' && avg.verdict.is_spam).toBe(false)
  })

  it('applies the per-engine weight before combining and says so in the evidence', () => {
    const d = decide({
      config: config({ rspamd: true, weights: { rspamd: 0.5, spamassassin: 1 } }),
      senderDomain: 'a.com',
      builtin: builtin(1),
      external: { rspamd: RSPAMD_SPAM },
    })
    if (d.kind !== 'verdict') throw new Error('expected a verdict')
    expect(d.verdict.score).toBe(6.25)
    expect(d.verdict.symbols.find((s) => s.name === 'RSPAMD')?.evidence).toMatch(/weight 0\.5$/)
  })

  it('missing = tempfail: a configured engine that skipped or did not run defers the message', () => {
    const skipped = decide({ config: config({ rspamd: true }), senderDomain: 'a.com', builtin: builtin(0), external: { rspamd: RSPAMD_SKIPPED } })
    expect(skipped).toEqual({ kind: 'tempfail', reason: 'rspamd: skipped: relay, private_ip' })
    const absent = decide({ config: config({ spamassassin: true }), senderDomain: 'a.com', builtin: builtin(0), external: {} })
    expect(absent.kind).toBe('tempfail')
    expect(absent.kind === 'tempfail' && absent.reason).toMatch(/^spamassassin: no result/)
    const failed = decide({
      config: config({ rspamd: true }),
      senderDomain: 'a.com',
      builtin: builtin(0),
      external: { rspamd: { err: ['connect ECONNREFUSED 127.0.0.1:11333'] } },
    })
    expect(failed.kind === 'tempfail' && failed.reason).toBe('rspamd: error: connect ECONNREFUSED 127.0.0.1:11333')
  })

  it('missing = ignore: judged on the other engines, the gap recorded as a symbol', () => {
    const d = decide({
      config: config({ spamassassin: true, missing: 'ignore' }),
      senderDomain: 'a.com',
      builtin: builtin(9),
      external: { spamassassin: SA_TOO_BIG },
    })
    if (d.kind !== 'verdict') throw new Error('expected a verdict')
    expect(d.verdict.engines).toEqual(['builtin'])
    expect(d.verdict.is_spam).toBe(true)
    expect(d.verdict.symbols).toContainEqual({ name: 'SPAMASSASSIN_MISSING', score: 0, evidence: 'skipped: size 1.2MB exceeds max: 488.3KB' })
  })

  it('missing = ignore still tempfails when no engine at all produced a score', () => {
    const d = decide({ config: config({ builtin: false, rspamd: true, missing: 'ignore' }), senderDomain: 'a.com', external: { rspamd: RSPAMD_SKIPPED } })
    expect(d.kind).toBe('tempfail')
    expect(d.kind === 'tempfail' && d.reason).toMatch(/no engine produced a score.*RSPAMD_MISSING: skipped: relay/)
  })
})

describe('describeVerdict', () => {
  it('puts score, threshold, action, every symbol with score and evidence, and engine time on one line', () => {
    const d = decide({
      config: config({ rspamd: true, combine: 'sum' }),
      senderDomain: 'example.com',
      builtin: { score: 2.5, symbols: [{ name: 'URL_SHORTENER', score: 2.5, evidence: 'bit.ly "x"\nnext' }], ms: 1.25 },
      external: { rspamd: RSPAMD_SPAM },
    })
    if (d.kind !== 'verdict') throw new Error('expected a verdict')
    const line = describeVerdict(d.verdict)
    expect(line).not.toContain('\n')
    expect(line).toBe(
      'score=15 threshold=8 spam=yes action=quarantine policy=main engines=builtin,rspamd engine_ms=1.25 ' +
        'symbols=URL_SHORTENER(2.5 "bit.ly \\"x\\"\\nnext") RSPAMD(12.5 "score 12.5/15 action \\"add header\\"; BAYES_SPAM(5.1) R_SPF_ALLOW(-0.2)")',
    )
  })

  it('shows the action that would have applied to ham', () => {
    const d = decide({ config: config(), senderDomain: 'example.com', builtin: builtin(0) })
    if (d.kind !== 'verdict') throw new Error('expected a verdict')
    expect(describeVerdict(d.verdict)).toBe(
      'score=0 threshold=8 spam=no action=pass spam_action=quarantine policy=main engines=builtin engine_ms=0.73 symbols=-',
    )
  })
})
