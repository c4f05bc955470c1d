// Characters that show nothing, put into a subject, a sender's name or the words
// of a body to break up what word filters look for ("Pay\u200BPal",
// "X\u{E0139}fi\u{E0139}nity", "W\u034Fe\u034F a\u034Fr\u034Fe\u034F"). One vocabulary for the
// header rule (INVISIBLE_CHARS_HEADER) and the body rule (ZERO_WIDTH_TEXT).
//
// Some of them have honest uses, so they count only where those uses cannot be:
// - the zero-width joiner and non-joiner shape Persian, Arabic and Indic words and
//   join emoji ("👩‍💻"): they count next to a Latin letter only;
// - variation selectors (U+E0100..E01EF) pick a glyph variant of a CJK ideograph:
//   they count next to a Latin letter only;
// - a soft hyphen (&shy;) marks where a long word may break, and newsletters set
//   many of them: in a body it counts only after every letter of a run of three
//   ("a\u00ADb\u00ADc\u00AD"), which no hyphenation does.

/** Invisible in any text: zero-width space, word joiner, invisible operators, BOM, Mongolian vowel separator, combining grapheme joiner, Khmer inherent vowels. */
// (the combining and joining ones as alternatives: inside a character class they would join to their neighbours)
const ALWAYS = '[\\u200B\\u2060-\\u2064\\uFEFF\\u180E]|\\u034F|\\u17B4|\\u17B5'
/** Blank letters that stand in for a space or a name: Braille blank, Hangul fillers. */
const FILLERS = '\\u2800\\u3164\\u115F\\u1160\\uFFA0'
/** Invisible, with an honest use outside Latin script: the joiners and the variation selectors supplement. */
const JOINERS = '\\u200C|\\u200D|[\\u{E0100}-\\u{E01EF}]'
const LATIN = 'A-Za-z\\u00C0-\\u024F'

/** In a subject or a sender's name: any invisible or filler character, a soft hyphen, or a joiner next to a Latin letter. */
const IN_HEADER = new RegExp(`${ALWAYS}|[${FILLERS}\\u00AD]|[${LATIN}](?:${JOINERS})|(?:${JOINERS})[${LATIN}]`, 'u')

/** In a body: an invisible character (or a run of them) inside a Latin word, or a soft hyphen after each of three letters in a row. */
const IN_WORDS = new RegExp(`[${LATIN}](?:${ALWAYS}|${JOINERS}){1,8}[${LATIN}]|(?:[${LATIN}]\\u00AD){3}`, 'u')

const LATIN_LETTER = new RegExp(`[${LATIN}]`, 'u')
/** Every character the reader does not see: those of ALWAYS and JOINERS, and the soft hyphen. */
const UNSEEN = `${ALWAYS}|${JOINERS}|\\u00AD`
const HAS_UNSEEN = new RegExp(UNSEEN, 'u')
const UNSEEN_ALL = new RegExp(UNSEEN, 'gu')
const NOT_LATIN = new RegExp(`[^${LATIN}]`, 'gu')
const WORD_END = new RegExp(`(?:[${LATIN}\\u00AD]|${ALWAYS}|${JOINERS})+$`, 'u')
const WORD_START = new RegExp(`^(?:[${LATIN}\\u00AD]|${ALWAYS}|${JOINERS})+`, 'u')

/** "U+200B": the code point as the evidence of a rule. */
function codePointName(text: string, at: number): string {
  return `U+${text.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** The first character of a subject or name that hides something, as "U+XXXX", or undefined. */
export function invisibleInHeader(text: string): string | undefined {
  const m = IN_HEADER.exec(text)
  if (!m) return undefined
  // a match may start at the Latin letter before the joiner
  const at = LATIN_LETTER.test(m[0][0]) ? m.index + 1 : m.index
  return codePointName(text, at)
}

/** The first word of a body broken up by invisible characters, as evidence: its letters and the first hidden code point, "PayPal (U+200D)"; or undefined. */
export function invisibleInWords(text: string): string | undefined {
  const m = IN_WORDS.exec(text)
  if (!m) return undefined
  // the whole word around the match, at most 40 characters either side
  const before = WORD_END.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? ''
  const after = WORD_START.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[0] ?? ''
  const hidden = [...m[0]].find((c) => !LATIN_LETTER.test(c))!
  return `${(before + m[0] + after).replace(NOT_LATIN, '')} (${codePointName(hidden, 0)})`
}

/**
 * The text with the characters its reader does not see taken out, so that a word broken up by them reads as the
 * word it shows ("ac\u200Bcount sus\u00ADpen\u00ADded" -> "account suspended"): for the rules that read words
 * (twenty-ninth round). Evidence of the breaking is ZERO_WIDTH_TEXT's (invisibleInWords, on the text as written).
 */
export function visibleWords(text: string): string {
  return HAS_UNSEEN.test(text) ? text.replace(UNSEEN_ALL, '') : text
}
