// Probability bands: how a classifier's spam probability becomes one named
// symbol (BAYES_*, LR_*) on the engine's score scale.

export interface ProbabilityBand {
  name: string
  /** the band holds probabilities >= min; bands are listed most spammy first */
  min: number
  score: number
  description: string
}

/** The name of the first band (most spammy first) whose min the probability reaches; the last band otherwise. */
export function bandIn(bands: ReadonlyArray<{ name: string; min: number }>, prob: number): string {
  for (const b of bands) if (prob >= b.min) return b.name
  return bands[bands.length - 1].name
}
