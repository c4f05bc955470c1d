// How the lure families write a phrase: lower-case words joined by single spaces in the source, matched
// across one to three white-space characters (a line break or a double space inside a phrase in the
// text); a space followed by "?" is an optional space ("gift ?card": "gift card" or "giftcard").
// One definition for every family that writes its phrases so.

/** What a space in a phrase matches: one to three white-space characters. */
export const S = '\\s{1,3}'

/** A character class, a space followed by "?", or a space: the three things phraseSource rewrites. */
const PHRASE_PART = /\[(?:\\.|[^\]\\])*\]| \?| /g

/**
 * The phrase's source as regular-expression source: each space read as S, each " ?" as an optional white-space
 * character, and a space inside a character class ("sign[- ]in") as any white-space character (S there would put
 * "{", "1", "," and "3" into the class).
 */
export function phraseSource(source: string): string {
  return source.replace(PHRASE_PART, (part) => (part === ' ' ? S : part === ' ?' ? '\\s?' : part.replace(/ /g, '\\s')))
}

/** The phrase as a regular expression (Unicode). */
export function rx(source: string): RegExp {
  return new RegExp(phraseSource(source), 'u')
}
