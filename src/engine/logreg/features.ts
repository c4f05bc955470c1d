// Hashed features for the logistic-regression classifier: the Bayes
// tokeniser's tokens, each hashed with 32-bit FNV-1a into 2^bits buckets.
// Features are binary (a token is present or not; tokenize() already returns
// each token once), tokens colliding in one bucket add up, and the vector is
// L2-normalised so that long and short messages weigh the same.

/** log2 of the number of buckets of the shipped model */
export const DEFAULT_HASH_BITS = 18

/** 32-bit FNV-1a over the UTF-16LE bytes of s (low byte of each code unit first; deterministic, no allocation). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h ^= c & 0xff
    h = Math.imul(h, 0x01000193)
    h ^= c >>> 8
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A sparse feature vector: bucket indexes in ascending order and their values. */
export interface HashedFeatures {
  index: Uint32Array
  value: Float64Array
}

export function hashFeatures(tokens: readonly string[], bits: number = DEFAULT_HASH_BITS): HashedFeatures {
  const mask = (1 << bits) - 1
  const buckets = new Uint32Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) buckets[i] = fnv1a(tokens[i]) & mask
  buckets.sort()
  const index: number[] = []
  const count: number[] = []
  for (let i = 0; i < buckets.length; i++) {
    if (i > 0 && buckets[i] === buckets[i - 1]) count[count.length - 1]++
    else {
      index.push(buckets[i])
      count.push(1)
    }
  }
  let norm = 0
  for (const c of count) norm += c * c
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
  return { index: Uint32Array.from(index), value: Float64Array.from(count, (c) => c * scale) }
}
