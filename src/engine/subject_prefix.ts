// The markers mail programs put before a subject when the message replies to another or forwards it,
// in the languages Outpost reads and their neighbours. One vocabulary: FAKE_REPLY reads the reply
// markers (src/engine/rules/disguise.ts), the forwarded sender the forward markers (src/engine/reported.ts),
// and the subject rules strip both before they look at the subject's own words.

/**
 * Reply markers: Re (most programs), AW (German "Antwort"), Antw (Dutch), RES (Portuguese "resposta"),
 * R (Italian "risposta"), SV (Swedish, Danish and Norwegian "svar"), Odp (Polish), Ynt (Turkish "yanıt").
 */
const REPLY_WORDS = ['re', 'aw', 'antw', 'res', 'r', 'sv', 'odp', 'ynt']
/**
 * Forward markers: Fw and Fwd, WG (German "weitergeleitet"), TR (French "transféré"), ENC (Portuguese
 * "encaminhada"), I (Italian "inoltrato"), RV (Spanish "reenviado": Outlook's Spanish forward, not a reply),
 * Doorst (Dutch "doorgestuurd"), VB (Swedish "vidarebefordrat").
 */
const FORWARD_WORDS = ['fwd', 'fw', 'wg', 'tr', 'enc', 'i', 'rv', 'doorst', 'vb']
/** VS is both: the Finnish reply ("vastaus") and the Danish and Norwegian forward ("videresendt"). */
const REPLY_OR_FORWARD_WORDS = ['vs']

const alternatives = (words: string[]): string => words.join('|')
const REPLY = alternatives([...REPLY_WORDS, ...REPLY_OR_FORWARD_WORDS])
const FORWARD = alternatives([...FORWARD_WORDS, ...REPLY_OR_FORWARD_WORDS])
/** Outlook's and Thunderbird's count of a thread's replies: "Re[2]:", "AW [3]:" */
const COUNT = '\\s{0,2}(?:\\[\\d{1,4}\\])?\\s{0,2}'

/** A subject that says it replies to another message: "Re:", "AW:", "RES:", "Re[2]:" */
export const REPLY_PREFIX = new RegExp(`^\\s{0,5}(?:${REPLY})${COUNT}:`, 'i')

/**
 * A subject that says it forwards another message, also behind a mailing list's tag ("[team] Fwd:"):
 * "Fwd:", "FW:", "TR:", "WG:", "RV:", "ENC:", "I:", "Doorst:"
 */
export const FORWARD_SUBJECT = new RegExp(`^[ \\t]{0,3}(?:\\[[^\\]\\n]{1,40}\\][ \\t]{0,3})?(?:${FORWARD})[ \\t]?:`, 'iu')

/** The reply and forward markers at the start of a subject, up to five of them ("RE: FW: AW:"), to strip. */
export const REPLY_OR_FORWARD_PREFIX = new RegExp(`^\\s{0,5}(?:(?:${alternatives([...REPLY_WORDS, ...FORWARD_WORDS, ...REPLY_OR_FORWARD_WORDS])})${COUNT}:\\s{0,5}){1,5}`, 'i')
