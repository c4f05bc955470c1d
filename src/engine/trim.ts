// Trimming a set of characters off the ends of a string, in a loop. The regex
// way (/[.]+$/) is tried from every position of a long inner run of those
// characters and rescans the run each time: quadratic on hostile input.

/** A set of single characters: the characters of a string, or a one-character class such as /[\s.]/. */
type CharSet = string | RegExp

function inSet(set: CharSet, c: string): boolean {
  return typeof set === 'string' ? set.includes(c) : set.test(c)
}

/** s without the characters of `set` at its end */
export function trimTrailing(s: string, set: CharSet): string {
  let end = s.length
  while (end > 0 && inSet(set, s[end - 1])) end--
  return end === s.length ? s : s.slice(0, end)
}

/**
 * A document's text as the rules read it (src/engine/pdf_text.ts, src/engine/docx.ts): runs of spaces and tabs made
 * one, blank lines and the blanks that open a line dropped, the ends trimmed. Each expression reads a run once.
 */
export function tidyLines(s: string): string {
  return s.replace(/[ \t]{2,}/g, ' ').replace(/\n[ \t\n]{1,}/g, '\n').trim()
}

/** s without the characters of `set` at its start */
export function trimLeading(s: string, set: CharSet): string {
  let start = 0
  while (start < s.length && inSet(set, s[start])) start++
  return start === 0 ? s : s.slice(start)
}
