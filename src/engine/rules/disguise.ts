// Disguise rules: the tricks bulk senders and phishers use to get past word
// filters and to look like something they are not. Each reads the subject, the
// From display name or the first 5,000 characters of text, with bounded
// patterns; none depends on the language of the message.
import type { RuleFamily } from '../types'
import type { ParsedMessage } from '../message'
import { domainOf, sameOrg } from '../domains'
import { invisibleInHeader } from '../invisible'
import { MAX_RULE_HEADER_CHARS, MAX_RULE_SUBJECT_CHARS } from '../limits'
import { REPLY_OR_FORWARD_PREFIX, REPLY_PREFIX } from '../subject_prefix'
import { toHeaderText } from './header'

/** Text of the body read by these rules: disguise sits at the top of a message. */
const BODY_CHARS = 5000

// Letters of other scripts that look Latin, or that are put between Latin letters
// to break up a word (Syriac, Armenian, Cherokee marks): "Yоur" with a Cyrillic о,
// "Μetamаsk" with a Greek Μ, "Aܿmܿaܿzܿon". Greek letters used as symbols in technical
// text (μs, π, Ω, Δ, λ, σ, θ, α, β, γ, δ, ε, τ, φ, ψ, ω) are left out.
const FOREIGN_LOOKALIKE = '[\\u0400-\\u04FF\\u0500-\\u052F\\u0530-\\u058F\\u0700-\\u074F\\u13A0-\\u13FF\\u0391\\u0392\\u0395\\u0396\\u0397\\u0399\\u039A\\u039C\\u039D\\u039F\\u03A1\\u03A4\\u03A5\\u03A7\\u03BF\\u03B9\\u03BA\\u03BD\\u03C1\\u03C5\\u03C7]'
const MIXED_SCRIPT = new RegExp(`[A-Za-z]${FOREIGN_LOOKALIKE}|${FOREIGN_LOOKALIKE}[A-Za-z]`, 'u')

/** Four or more single letters joined by dots, dashes, underscores or stars: "C.a.l.l.e.d", "p-a-y-m-e-n-t". */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:\p{L}[.\-_*~]){3,40}\p{L}(?![\p{L}\p{N}])/u

/**
 * Words joined by underscores instead of spaces ("_Your_Reward_Worth_", "Transfer__to__your__Bitcoin",
 * "_StopWatt:_Your_Key_to_Lower_Costs_", "_50%_Off_Fall_Sale_is_Here!_"): at least three words of two
 * or more letters, one of them capitalised or the subject wrapped in underscores, and no space in the
 * subject (after any reply or forward marker). Code identifiers ("do_something_else") sit in subjects
 * that have spaces; a file name ends in its extension.
 */
const UNDERSCORED_WORDS = /^_{0,2}[\p{L}\p{N}$€£][\p{L}\p{N}$€£.,:!?'’%-]{1,30}(?:_{1,3}[\p{L}\p{N}$€£.,:!?'’%-]{1,30}){2,30}_{0,3}$/u

/**
 * A display name dressed as today's bulk kits dress it: wrapped in or ending with * or #
 * ("#Kohls_Rewards#", "*SiriusXM-Membership*", "*welcome_"), or words joined by underscores
 * ("Do_It_Best_Rewards", "_C0NSUMER__REWARDS__"). A person's or a company's name is neither.
 */
const NAME_DECORATION = /^[\s"'\\([]{0,3}[*#]|[*#][\s"')\]]{0,3}$|\p{L}_{1,2}\p{L}{1,30}_{1,2}\p{L}|^_{1,3}\p{L}|\p{L}_{1,3}$/u
/**
 * A display name padded with a run of dots before the kit's tracking token or number ("Collectief Energie
 * Bewust...Ciro", "HetAkusoli ComfortTeam...Jvkr", "Lisa van EnergieSelect ..... #854"): three dots or an
 * ellipsis between a letter and a further letter, digit or #. Not in a name that holds an address: a mailing
 * list archive shortens addresses so ("luigi.d...@gmail.com").
 */
const NAME_DOT_PADDING = /\p{L}\s{0,2}(?:\.{3,20}|…)\s{0,2}[\p{L}\p{N}#]/u
/**
 * A reference number in the display name, as bank and tax lures put it there ("Informe BB: Conta
 * bloqueada - Cod.9777800143996613966", "Valores a Receber - Protocolo: 782138398640256"): 13 digits
 * or more in one run (no telephone number has more than 15, and those are not written after a +),
 * or six or more after a word for a reference. Only in a name with words (an SMS or fax gateway
 * may name the sender by number alone).
 */
const NAME_REFERENCE = /(?<![+\d])\d{13,40}|(?<!\p{L})(?:cod|código|codigo|protocolo|contrato|ref|pedido|order)(?!\p{L})\.?\s{0,2}[:#nº°.-]{0,2}\s{0,2}\d{6,}/iu

function taggedName(name: string): string | undefined {
  if (NAME_DECORATION.test(name)) return name
  if (!name.includes('@') && NAME_DOT_PADDING.test(name)) return name
  const ref = NAME_REFERENCE.exec(name)
  if (ref && (name.match(/\p{L}/gu)?.length ?? 0) >= 3) return name
  return undefined
}

function underscoredSubject(subject: string): string | undefined {
  const bare = subject.replace(REPLY_OR_FORWARD_PREFIX, '').trim()
  if (bare.length > 200 || !bare.includes('_') || /\s/.test(bare) || /\.[a-z0-9]{2,4}$/i.test(bare)) return undefined
  if (!UNDERSCORED_WORDS.test(bare)) return undefined
  const words = bare.split(/_+/).filter((w) => /^\p{L}{2,}/u.test(w))
  if (words.length < 3) return undefined
  const natural = bare.startsWith('_') || bare.endsWith('_') || words.some((w) => /^\p{Lu}\p{Ll}/u.test(w))
  return natural ? bare.slice(0, 60) : undefined
}

/** Merge fields the sending tool failed to fill in. */
const PLACEHOLDER = /\{\{?\s{0,2}(?:first_?name|last_?name|fname|lname|full_?name|vorname|voornaam|nome|nombre|prénom|prenom)\s{0,2}\}\}?|%%?(?:first_?name|fname)%%?|\*\|(?:fname|lname)\|\*|~name~|\[(?:firstname|first_name|fname)\]|\$\{(?:first_?name|fname)\}/i
/**
 * The merge field a bulk tool left for the recipient's address in the To header ("#recipient#@webnote.net", "%email%",
 * "{{email}}", "*|EMAIL|*"): no mail program writes one (thirty-second round: 2002 training spam; a kit's template)
 */
const ADDRESS_PLACEHOLDER = /#(?:recipient|email|e-?mail|emailaddress)#|%%?(?:email|recipient|emailaddress)%%?|\{\{?\s{0,2}(?:email|recipient|email_?address)\s{0,2}\}\}?|\*\|email\|\*|\[(?:email|recipient)\]/

/**
 * A token of 8-40 letters and digits that switches between upper case, lower case
 * and digits at least 5 times, with at least 2 of each case, and that does not
 * read as CamelCase words: some lower-case run after the first is one letter
 * long ("vKsJR5Dcnny", "hqPUIWc8x"). "OpenCourseWare" and "Mark2CurSeen"
 * are words.
 */
function randomToken(text: string): string | undefined {
  const tokens = text.match(/[A-Za-z0-9]{8,40}/g)
  if (!tokens) return undefined
  for (const t of tokens.slice(0, 40)) {
    let upper = 0
    let lower = 0
    let switches = 0
    let prev = -1
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i)
      const cls = c >= 97 ? 0 : c >= 65 ? 1 : 2
      if (cls === 0) lower++
      else if (cls === 1) upper++
      if (prev >= 0 && cls !== prev) switches++
      prev = cls
    }
    if (upper < 2 || lower < 2 || switches < 5) continue
    const segments = t.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g) ?? []
    if (segments.slice(1).some((g) => /[a-z]/.test(g) && g.replace(/^[A-Z]/, '').length <= 1)) return t
  }
  return undefined
}

/**
 * A word in capitals written with a small l where the capital I belongs ("lRS", "VlAGRA", "ClALlS"): in
 * most fonts l and I look alike, and the word no longer matches a filter's list. At least three
 * letters, two of them capitals, only capitals and l; an l after A, C or T is left alone (the element
 * symbols of "AlCl3", "HCl", "TlBr"). Read in the subject and the sender's name only: the text carries
 * base64 and key material with such runs.
 */
export const SMALL_L_FOR_I = /(?<![\p{L}\p{N}])(?=[A-Zl]{3,40}(?![\p{L}\p{N}]))(?=[A-Zl]{0,39}[A-Z][A-Zl]{0,39}[A-Z])[A-Zl]{0,39}(?<![ACT])l[A-Zl]{0,39}(?![\p{L}\p{N}])/u

/**
 * Punctuation glued to the words of a subject or a sender's name, as bulk kits vary each copy and break the
 * phrases filters look for: a hyphen glued to the first word ("-Albert-Heijn Cadeaucentrum", "-Wij-hebben
 * geprobeerd u..te bereiken") or two dots joining words ("Payment..Declined", "HRCb..HRCb"). One dot is an
 * abbreviation or a domain, three an ellipsis; nobody opens a subject with a hyphen glued to a word.
 */
const GLUED_PUNCTUATION = /^\s{0,3}-\p{L}|\p{L}\.\.\p{L}/u

// a domain name written into the display name: "ethereum.org", "Streaming@Dazn.de", "lRS.GOV"
const DOMAIN_IN_NAME = /(?<![\p{L}\p{N}.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}(?:com|org|net|gov|edu|io|co|de|nl|be|fr|it|es|pt|br|uk|us|ca|au|ch|at|eu|info|biz|app|shop|online|store|site))(?![\p{L}\p{N}-])/iu

function isThreaded(msg: ParsedMessage): boolean {
  return msg.headers.has('in-reply-to') || msg.headers.has('references') || msg.headers.has('thread-index')
}

export const disguiseRules: RuleFamily = {
  family: 'disguise',
  rules: [
    { name: 'MIXED_SCRIPT_WORD', score: 4.5, description: 'a word mixes Latin letters with look-alike Cyrillic, Greek or other letters ("Yоur", "Μetamаsk"), in the subject, the sender\'s name or the text' },
    { name: 'SPACED_LETTERS', score: 2, description: 'a word spelt out in single letters joined by dots, dashes or underscores ("C.a.l.l.e.d", "p-a-y-m-e-n-t") in the subject or sender\'s name' },
    { name: 'INVISIBLE_CHARS_HEADER', score: 3, description: 'zero-width, Braille-blank or other invisible characters in the subject or sender\'s name' },
    { name: 'FAKE_REPLY', score: 0.5, description: 'the subject says it is a reply (Re:, AW:, Antw:, RES:, SV:) but the message has no In-Reply-To, References or Thread-Index (as often in ham as in spam: alone it cannot tip a message)' },
    { name: 'SUBJECT_RANDOM_TOKEN', score: 1, description: 'the subject or sender\'s name carries a random-looking token of mixed-case letters and digits ("vKsJR5Dcnny"), which bulk tools add to defeat duplicate detection' },
    { name: 'TEMPLATE_PLACEHOLDER', score: 2, description: 'an unfilled merge field ({FIRSTNAME}, %%name%%, *|FNAME|*, ~name~) in the subject, the sender\'s name or the top of the text, or one for the recipient\'s address in the To header ("#recipient#@…", "%email%", "{{email}}")' },
    { name: 'SUBJECT_UNDERSCORED', score: 1.5, description: 'the subject\'s words are joined by underscores instead of spaces ("_Your_Reward_Worth_"), which defeats phrase filters' },
    { name: 'FROM_NAME_TAGGED', score: 4, description: 'the From display name is dressed as bulk kits dress it: wrapped in * or # ("#Kohls_Rewards#"), words joined by underscores, padded with dots before a tracking token ("Energie Bewust...Ciro"), or a long reference number ("Conta bloqueada - Cod.9777800143996613966")' },
    { name: 'SMALL_L_FOR_I', score: 2, description: 'a word in capitals written with a small l for the capital I ("lRS", "VlAGRA", "ClALlS") in the subject or the sender\'s name: the two look alike, and the word escapes word filters' },
    { name: 'PUNCTUATION_GLUED', score: 2, description: 'the subject or the sender\'s name opens with a hyphen glued to its first word ("-Albert-Heijn Cadeaucentrum") or joins words by two dots ("u..te bereiken", "Payment..Declined"), as bulk kits vary their copies and break phrases apart' },
    { name: 'FROM_NAME_DOMAIN_MISMATCH', score: 2.5, description: 'the From display name is a domain name ("ethereum.org", "Dazn.de") of another organisation than the sender address' },
    { name: 'DISGUISE_COMBINATION', score: 2, description: 'two or more kinds of disguise above in one message (FAKE_REPLY not counted): a bulk kit dresses both the subject and the sender\'s name ("_Your_Reward_Worth_" from "#Rewards_Center#"); no ham message of our sets has two' },
  ],
  check(msg, _facts, report) {
    // every disguise found, for DISGUISE_COMBINATION: ordinary mail wears none, a bulk kit several
    const found: string[] = []
    const hit = (name: string, evidence?: string): void => {
      if (name !== 'FAKE_REPLY') found.push(name)
      report(name, evidence)
    }
    const subject = msg.subject.length > MAX_RULE_SUBJECT_CHARS ? msg.subject.slice(0, MAX_RULE_SUBJECT_CHARS) : msg.subject
    const fromName = (msg.from?.name ?? '').slice(0, MAX_RULE_HEADER_CHARS)
    const fromAddr = msg.from?.address ?? ''
    const top = msg.text.length > BODY_CHARS ? msg.text.slice(0, BODY_CHARS) : msg.text
    const heads = `${subject}\n${fromName}`

    const inHeads = MIXED_SCRIPT.exec(heads)
    const mixed = inHeads ?? MIXED_SCRIPT.exec(top)
    if (mixed) {
      const src = inHeads ? heads : top
      const at = Math.max(0, mixed.index - 10)
      hit('MIXED_SCRIPT_WORD', src.slice(at, at + 30).replace(/\s+/g, ' '))
    }
    const spaced = SPACED_LETTERS.exec(heads)
    if (spaced) hit('SPACED_LETTERS', spaced[0])
    const invisible = invisibleInHeader(heads)
    if (invisible) hit('INVISIBLE_CHARS_HEADER', invisible)
    if (REPLY_PREFIX.test(subject) && !isThreaded(msg)) hit('FAKE_REPLY', subject.slice(0, 60))
    const glued = GLUED_PUNCTUATION.test(subject.replace(REPLY_OR_FORWARD_PREFIX, '')) ? subject : GLUED_PUNCTUATION.test(fromName) ? fromName : undefined
    if (glued) hit('PUNCTUATION_GLUED', glued.slice(0, 60))
    const smallL = SMALL_L_FOR_I.exec(heads)
    if (smallL) hit('SMALL_L_FOR_I', smallL[0])
    const token = randomToken(heads)
    if (token) hit('SUBJECT_RANDOM_TOKEN', token)
    const underscored = underscoredSubject(subject)
    if (underscored) hit('SUBJECT_UNDERSCORED', underscored)
    const tagged = fromName ? taggedName(fromName) : undefined
    if (tagged) hit('FROM_NAME_TAGGED', tagged.slice(0, 60))
    const placeholder = PLACEHOLDER.exec(heads) ?? PLACEHOLDER.exec(top.length > 2000 ? top.slice(0, 2000) : top) ?? ADDRESS_PLACEHOLDER.exec(toHeaderText(msg))
    if (placeholder) hit('TEMPLATE_PLACEHOLDER', placeholder[0])
    const fromDomain = domainOf(fromAddr)
    // only a name that is nothing but a domain: "CNET News.com" or "Booking.com Deals" sent by a
    // newsletter service is a brand's ordinary name
    if (fromName && fromDomain && !fromName.includes('@')) {
      const shown = DOMAIN_IN_NAME.exec(fromName)
      const wholeName = shown !== null && fromName.replace(/["'\s]/g, '').length === shown[1].length
      if (shown && wholeName && !sameOrg(shown[1].toLowerCase(), fromDomain)) hit('FROM_NAME_DOMAIN_MISMATCH', `"${fromName.slice(0, 60)}" <${fromAddr.slice(0, 60)}>`)
    }
    if (found.length >= 2) report('DISGUISE_COMBINATION', found.join(' + '))
  },
}
