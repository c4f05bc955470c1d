// Robinson–Fisher chi-square combining, as SpamBayes and SpamAssassin's Bayes
// do it: each token's spam probability is smoothed towards 0.5 by how often it
// was seen (Robinson's f(w)), the strongest clues are kept, and Fisher's
// method combines them into a spam and a ham indicator.
import type { BayesModel } from './model'
import { bandIn, type ProbabilityBand } from '../bands'

/** Robinson's s: how strongly an unseen token is pulled to x */
export const ROBINSON_S = 0.45
/** Robinson's x: the probability assumed for a token never seen */
export const ROBINSON_X = 0.5
/** tokens whose probability is within this distance of 0.5 are ignored */
export const MIN_PROB_STRENGTH = 0.1
/** at most this many clues are combined (the strongest) */
export const MAX_CLUES = 150

/** Count lookups over one or more models, summed (the shipped model plus the admin's). */
export interface CountSource {
  nspam: number
  nham: number
  counts(token: string): [number, number] | undefined
}

export function countSource(models: BayesModel[]): CountSource {
  // message counts are read when asked: a local model that keeps learning (outpost eval --online) is seen as it grows
  const present = () => models.filter((m) => m.nspam + m.nham > 0)
  return {
    get nspam() {
      return present().reduce((a, m) => a + m.nspam, 0)
    },
    get nham() {
      return present().reduce((a, m) => a + m.nham, 0)
    },
    counts(t) {
      let s = 0
      let h = 0
      let found = false
      for (const m of models) {
        const c = m.tokens.get(t)
        if (c) {
          s += c[0]
          h += c[1]
          found = true
        }
      }
      return found ? [s, h] : undefined
    },
  }
}

/** P(chi-square with v degrees of freedom >= x2), v even. */
export function chi2Q(x2: number, v: number): number {
  const m = x2 / 2
  let term = Math.exp(-m)
  let sum = term
  for (let i = 1; i < v / 2; i++) {
    term *= m / i
    sum += term
  }
  return Math.min(sum, 1)
}

export interface Clue {
  token: string
  prob: number
}

export interface Classification {
  /** 0 = certainly ham, 1 = certainly spam */
  prob: number
  clues: Clue[]
}

/** The classifier's parameters; the defaults are the exported constants. */
export interface ClassifierParams {
  s: number
  x: number
  minStrength: number
  maxClues: number
}

export const DEFAULT_PARAMS: Readonly<ClassifierParams> = Object.freeze({
  s: ROBINSON_S,
  x: ROBINSON_X,
  minStrength: MIN_PROB_STRENGTH,
  maxClues: MAX_CLUES,
})

export function tokenProb(spam: number, ham: number, nspam: number, nham: number, params: Readonly<ClassifierParams> = DEFAULT_PARAMS): number {
  const s = Math.min(spam, nspam)
  const h = Math.min(ham, nham)
  const sr = s / nspam
  const hr = h / nham
  const p = sr + hr > 0 ? sr / (sr + hr) : params.x
  const n = s + h
  return (params.s * params.x + n * p) / (params.s + n)
}

export function classify(source: CountSource, tokens: string[], params: Readonly<ClassifierParams> = DEFAULT_PARAMS): Classification {
  const { nspam, nham } = source
  const clues: Clue[] = []
  for (const t of tokens) {
    const c = source.counts(t)
    if (!c) continue
    const prob = tokenProb(c[0], c[1], nspam, nham, params)
    if (Math.abs(prob - 0.5) >= params.minStrength) clues.push({ token: t, prob })
  }
  if (clues.length > params.maxClues) {
    clues.sort((a, b) => Math.abs(b.prob - 0.5) - Math.abs(a.prob - 0.5) || (a.token < b.token ? -1 : 1))
    clues.length = params.maxClues
  }
  if (clues.length === 0) return { prob: 0.5, clues }
  let lnSpam = 0
  let lnHam = 0
  for (const c of clues) {
    lnHam += Math.log(c.prob)
    lnSpam += Math.log(1 - c.prob)
  }
  const n = clues.length
  const S = 1 - chi2Q(-2 * lnSpam, 2 * n)
  const H = 1 - chi2Q(-2 * lnHam, 2 * n)
  return { prob: (S - H + 1) / 2, clues }
}

/** Probability bands and their symbols, most spammy first; a band holds prob >= min. */
export const BAYES_BANDS: ReadonlyArray<ProbabilityBand> = [
  { name: 'BAYES_999', min: 0.999, score: 9, description: 'Bayes spam probability 99.9 to 100 %' },
  { name: 'BAYES_99', min: 0.99, score: 8.5, description: 'Bayes spam probability 99 to 99.9 %' },
  { name: 'BAYES_95', min: 0.95, score: 8.5, description: 'Bayes spam probability 95 to 99 %' },
  { name: 'BAYES_80', min: 0.8, score: 5.5, description: 'Bayes spam probability 80 to 95 %' },
  { name: 'BAYES_60', min: 0.6, score: 3.5, description: 'Bayes spam probability 60 to 80 %' },
  { name: 'BAYES_50', min: 0.4, score: 0, description: 'Bayes spam probability 40 to 60 % (no opinion)' },
  { name: 'BAYES_40', min: 0.2, score: -0.5, description: 'Bayes spam probability 20 to 40 %' },
  { name: 'BAYES_20', min: 0.05, score: -1.5, description: 'Bayes spam probability 5 to 20 %' },
  { name: 'BAYES_05', min: 0.01, score: -2.5, description: 'Bayes spam probability 1 to 5 %' },
  { name: 'BAYES_00', min: 0, score: -4, description: 'Bayes spam probability below 1 %' },
]

export function bandOf(prob: number): string {
  return bandIn(BAYES_BANDS, prob)
}
