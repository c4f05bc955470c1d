// The rule-score search (src/tools/fit_scores.ts): it raises a rule when that catches spam and no kind of
// ham gets worse, and leaves it when a kind of ham would have more messages flagged or near the threshold.
import { describe, expect, it } from 'vitest'
import { DEFAULT_FIT, fitRuleScores, kindFigures, type FitSample } from '../../src/tools/fit_scores'

const spam = (kind: string, held: number, rules: Record<string, number>): FitSample => ({ kind, spam: true, held, rules })
const ham = (kind: string, held: number, rules: Record<string, number>): FitSample => ({ kind, spam: false, held, rules })

describe('kindFigures', () => {
  it('sums the held part and each rule times its hits, per kind', () => {
    const figs = kindFigures([spam('phishing', 6, { A: 2 }), spam('phishing', 6, {}), ham('lists', 5, { A: 1 })], { A: 1.5 }, DEFAULT_FIT)
    expect(figs.get('phishing')).toEqual({ n: 2, above: 1, near: 0 })
    expect(figs.get('lists')).toEqual({ n: 1, above: 0, near: 0 })
  })
})

describe('fitRuleScores', () => {
  it('raises a rule that only spam carries until the spam is caught', () => {
    const samples = [spam('scams', 6.5, { LURE: 1 }), spam('scams', 7, { LURE: 1 }), ham('lists', 2, {})]
    const fitted = fitRuleScores(samples, { LURE: 1 }, ['LURE'])
    expect(fitted.LURE).toBe(2)
    expect(kindFigures(samples, fitted, DEFAULT_FIT).get('scams')?.above).toBe(2)
  })
  it('does not raise a rule that would flag ham, or bring ham nearer the threshold than the margin', () => {
    const flagging = [spam('scams', 6.5, { SHAPE: 1 }), ham('newsletters', 6.8, { SHAPE: 1 })]
    expect(fitRuleScores(flagging, { SHAPE: 1 }, ['SHAPE']).SHAPE).toBe(1)
    const nearing = [spam('scams', 7, { SHAPE: 1 }), ham('newsletters', 5.5, { SHAPE: 1 })]
    // 1.5 catches the spam (8.5) and keeps the ham at the margin (7); 2 would take the ham past it
    expect(fitRuleScores(nearing, { SHAPE: 1 }, ['SHAPE']).SHAPE).toBe(1.5)
  })
  it('moves only the free rules, and none beyond max-raise', () => {
    const samples = [spam('phishing', 5.5, { A: 1, B: 1 })]
    const fitted = fitRuleScores(samples, { A: 1, B: 1 }, ['A'], { ...DEFAULT_FIT, maxRaise: 1.5 })
    expect(fitted).toEqual({ A: 2, B: 1 })
    expect(fitRuleScores(samples, { A: 1, B: 1 }, ['A'], { ...DEFAULT_FIT, maxRaise: 0.5 })).toEqual({ A: 1, B: 1 })
  })
  it('counts every kind of spam alike: a move for a small kind wins over the same count in a large one', () => {
    const samples = [
      spam('bec', 7.5, { SMALL: 1 }), spam('bec', 9, {}),
      ...Array.from({ length: 10 }, (_, i) => spam('old-spam', i === 0 ? 7.5 : 9, { LARGE: i === 0 ? 1 : 0 })),
      ham('lists', 7.2, { SMALL: 1, LARGE: 1 }),
    ]
    // either move alone would push the ham past the margin; neither is taken
    expect(fitRuleScores(samples, { SMALL: 0, LARGE: 0 }, ['SMALL', 'LARGE'])).toEqual({ SMALL: 0, LARGE: 0 })
    const free = samples.slice(0, -1)
    const fitted = fitRuleScores(free, { SMALL: 0, LARGE: 0 }, ['SMALL', 'LARGE'], { ...DEFAULT_FIT, rounds: 1, maxRaise: 1 })
    expect(kindFigures(free, fitted, DEFAULT_FIT).get('bec')?.above).toBe(2)
  })
})
