// The logistic-regression probability as symbols on the engine's score scale,
// one band per message (as BAYES_* does). Scores chosen by cross-validation on
// the training part of the corpus (src/tools/cv.ts), together with the Bayes bands.

import { bandIn, type ProbabilityBand } from '../bands'

/** Probability bands, most spammy first; a band holds prob >= min. */
export const LOGREG_BANDS: ReadonlyArray<ProbabilityBand> = [
  { name: 'LR_SPAM_99', min: 0.99, score: 3, description: 'logistic-regression spam probability 99 to 100 %' },
  { name: 'LR_SPAM_90', min: 0.9, score: 2.5, description: 'logistic-regression spam probability 90 to 99 %' },
  { name: 'LR_SPAM_70', min: 0.7, score: 1, description: 'logistic-regression spam probability 70 to 90 %' },
  { name: 'LR_50', min: 0.3, score: 0, description: 'logistic-regression spam probability 30 to 70 % (no opinion)' },
  { name: 'LR_HAM_30', min: 0.1, score: 0, description: 'logistic-regression spam probability 10 to 30 %' },
  { name: 'LR_HAM_10', min: 0.01, score: -2.5, description: 'logistic-regression spam probability 1 to 10 %' },
  { name: 'LR_HAM_01', min: 0, score: -4, description: 'logistic-regression spam probability below 1 %' },
]

export function logregBandOf(prob: number): string {
  return bandIn(LOGREG_BANDS, prob)
}
