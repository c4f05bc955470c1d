// Is a message's text recognisably English? The shipped classifiers learned English mail (the
// 2002 corpus) and our own text in seven languages; on the ordinary mail of any other language, and
// on Dutch or Portuguese as much as on Turkish or Chinese, they read everyday words, charsets, time
// zones and the HTML-only structure as the spam they last saw them in (issue 10, fifth round: of
// 330 ordinary messages written for the project, two dozen non-English ones reached the classifiers'
// cap with no rule at all). The engine gives them a lower cap there ([bayes] cap_other_languages).
//
// Told by function words, the words every text of a language has ("the", "and", "der", "und",
// "het", "que"): counted among the first MAX_WORDS words, in one pass. Pure.

/** Words read: the subject and the start of the text say which language it is. */
const MAX_WORDS = 400
/** Function words of one language at least, for any verdict; fewer is too little text to tell. */
const MIN_HITS = 3

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'to', 'of', 'you', 'your', 'for', 'is', 'this', 'that', 'with', 'are', 'on', 'be', 'have', 'will'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'sie', 'ich', 'wir', 'ihr', 'ein', 'eine', 'mit', 'für', 'den', 'von', 'zu', 'auf', 'bitte'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'je', 'uw', 'wij', 'voor', 'met', 'op', 'te', 'dat', 'zijn'],
  pt: ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'que', 'não', 'para', 'com', 'um', 'uma', 'seu', 'sua', 'por', 'você'],
  es: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'para', 'con', 'su', 'por', 'usted', 'una', 'es', 'no'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'vous', 'votre', 'pour', 'que', 'est', 'une', 'dans', 'pas', 'sur'],
  it: ['il', 'la', 'le', 'di', 'che', 'per', 'non', 'con', 'una', 'sono', 'ti', 'suo', 'della', 'del', 'vostro'],
}

/** word -> the languages it is a function word of */
const LANGUAGES_OF = new Map<string, string[]>()
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang])
}

/**
 * True when the text's English function words are at least MIN_HITS and no fewer than any other
 * language's. Text in another language, in another script, or too short to tell is not English.
 */
export function looksEnglish(text: string): boolean {
  const counts: Record<string, number> = {}
  let words = 0
  // words of Latin letters (with accents), lower-cased; a run of anything else separates them
  const re = /[a-zà-ÿ]+/g
  const lower = text.length > 20000 ? text.slice(0, 20000).toLowerCase() : text.toLowerCase()
  for (let m = re.exec(lower); m && words < MAX_WORDS; m = re.exec(lower)) {
    words++
    const langs = LANGUAGES_OF.get(m[0])
    if (langs) for (const l of langs) counts[l] = (counts[l] ?? 0) + 1
  }
  const en = counts.en ?? 0
  if (en < MIN_HITS) return false
  for (const [lang, n] of Object.entries(counts)) if (lang !== 'en' && n > en) return false
  return true
}
