// A lure passed on to warn about it or to ask whether it is real: an employee forwarding a phish to the
// IT desk, the desk's answer quoting it ("yes, this is phishing, don't click"), a son telling his mother
// "don't pay, it's a scam" under her question. Outbound mail carries these every day, and the lure's words
// and links sit in them unchanged. The lure rules and the link rules read only what the writer wrote
// above the forwarded or quoted part when that part names a scam or asks whether the mail is real.
//
// A warning about a scam is the same thing without the quote: an IT department's bulletin on a
// sextortion wave, a bank's or an ISP's "that e-mail is a bluff", a daughter's "don't send him anything".
// It describes the lure in the lure's own words (webcam, bitcoin, 48 hours, customs fees), and then says
// what to do: don't pay, don't send money, delete it, report it. When the writer names a scam or fraud
// and says that, the lure rules do not read the description.
//
// A lure cannot use this to hide: it works only when the writer's own words call what follows a scam or
// doubt it ("is this real?", "don't click"), or tell the reader not to pay, which is what a lure must not
// say. The classifiers, the header, MIME, attachment and link rules still read everything.
import type { Link } from './html'
import type { Mailbox, ParsedMessage } from './message'
import { FORWARD_SUBJECT } from './subject_prefix'

/** The writer's part is looked for in the first 20,000 characters, like the lure rules read. */
const READ_CHARS = 20000

/** The words of Gmail's "---------- Forwarded message ---------" line in the seven languages. */
const FORWARDED_WORDS = 'forwarded message|weitergeleitete nachricht|doorgestuurd bericht|mensagem encaminhada|mensaje reenviado|message transféré|messaggio inoltrato'
/** The words of Outlook's and Thunderbird's "-----Original Message-----" line, which a reply's quote has too. */
const ORIGINAL_WORDS = "original message|ursprüngliche nachricht|originalnachricht|oorspronkelijk bericht|origineel bericht|mensagem original|mensaje original|message d'origine|message original|messaggio originale"
/** Apple Mail's "Begin forwarded message:" in the seven languages. */
const BEGIN_FORWARDED = 'begin forwarded message|anfang der weitergeleiteten nachricht|begin doorgestuurd bericht|début du message réexpédié|inicio del mensaje reenviado|início da mensagem reencaminhada|inizio messaggio inoltrato'
/** A line of these words between dashes, and a line that begins with these words and a colon. */
const dashedLine = (words: string): string => `^[ \\t]{0,4}-{2,}[ \\t]{0,3}(?:${words})[ \\t]{0,3}-{2,}[ \\t]*$`
const begunLine = (words: string): string => `^[ \\t]{0,4}(?:${words})[ \\t]?:`

/**
 * Where a forwarded or quoted message starts, in the seven languages and the common mail programs:
 * "---------- Forwarded message ---------" (Gmail), "-----Original Message-----" (Outlook, Thunderbird),
 * "Begin forwarded message:" (Apple Mail), Outlook's line of underscores before "From:"/"De:"/"Von:",
 * the "On ... wrote:" attribution of a reply, and two lines quoted with ">".
 */
const FORWARD_SEPARATOR = new RegExp(
  [
    dashedLine(`${FORWARDED_WORDS}|${ORIGINAL_WORDS}`),
    begunLine(BEGIN_FORWARDED),
    '^_{20,}[ \\t]*\\r?\\n[ \\t]*(?:from|de|von|van|da)[ \\t]?:',
    '^[^\\n]{0,200}(?:wrote|schrieb|schreef|escreveu|escribió|a écrit|ha scritto)[ \\t]?:[ \\t]*$',
    '^[ \\t]{0,3}>[^\\n]{0,2000}\\r?\\n[ \\t]{0,3}>',
  ].join('|'),
  'imu',
)

/** Scam, phishing and fraud words of the seven languages that no lure uses of itself (an expression's source, lower case). */
export const SCAM_WORDS =
  // "phishingmail", "Phishing-Mail", "Phishingversuch": the Dutch and German compounds (twenty-sixth round: a security
  // team's report to a host's abuse desk, "onderstaande phishingmail", was not read as one)
  '(?<!\\p{L})(?:scam(?:s|mer|mers)?|phishing(?:-?e-?mails?|-?mails?|berichten|bericht|-?nachrichten|-?nachricht|-?versuche?|pogingen|poging)?|smishing|hameçonnage|estafa|timo|golpe|golpista|truffa|truffatori|arnaque|escroquerie|escroc|betrug|betrüger|abzocke|oplichting|oplichters?|nep|nepmail|nepbericht)(?!\\p{L})'

/**
 * The writer names what follows a scam, or doubts it: scam, phishing, fraud words of the seven
 * languages that no lure uses of itself, a question whether it is real, or a warning not to click or pay.
 */
const SCAM_TALK = new RegExp(
  SCAM_WORDS +
    '|is (?:this|it|that) (?:real|legit|genuine)|(?:is (?:this|it|that) legitimate|c[\'’]est légitime|est-ce légitime|ist (?:das|die|diese (?:e-?mail|nachricht)) (?:legitim|seriös)|is dit (?:legitiem|betrouwbaar)|(?:é|e) legítim[oa]|es legítim[oa]|è legittim[oa])\\s?\\?|(?:é|e) verdade\\?|(?:esto|eso) es real|c[\'’]est (?:vrai|réel|normal)\\s?\\?|è vero\\?|klopt (?:dit|dat)\\?|is dit echt|ist (?:das|die) echt' +
    '|(?:don[\'’]t|do not|didn[\'’]t|did not|haven[\'’]t) click|n[ãa]o cliqu|no (?:hagas|he hecho|has hecho) clic|no (?:pinches|he pinchado)|ne (?:cliquez|clique) pas|non cliccare|niet (?:op (?:de |die |deze )?(?:link |links )?)?klikken|klik niet|nicht (?:drauf |darauf )?klicken',
  'giu',
)
/**
 * Fraud named by a word that lures also use of a threat they invent ("fraud alert", "fraudulent activity
 * on your card"): heard only beside a warning of what to do (WARNING below).
 */
export const FRAUD_WORD = /(?<!\p{L})(?:fraud(?:ulent|sters?)?|fraude(?:s|urs?)?|fraudulent[oa]s?|frode|betrügerisch\p{L}{0,3}|fake|bluff)(?!\p{L})/iu

/** After "don't pay" or "don't send money": the word ends there, and no "to / into / on (the old account)" follows. */
const NOT_TO_AN_ACCOUNT = '(?!\\p{L})(?!\\s{1,3}(?:to|into|onto|on|in|auf|an|naar|op|para|na|no|a|al|à|au|sur|sul|nel|en)\\s)'
/**
 * What a warning tells the reader to do about a scam, in the seven languages: not to pay or send money,
 * to delete the message or to report it. Not "do not reply to this e-mail", which every notice's footer
 * says, lures' too; and not "do not pay to / into / on the old account", which is what a change-of-bank-
 * details fraud says (NOT_TO_AN_ACCOUNT).
 */
const WARNING = new RegExp(
  [
    `(?:don[’']t|do not|never)\\s(?:reply\\s(?:and|or|nor)\\s(?:don[’']t\\s|do not\\s)?)?(?:pay|send (?:them |him |her |any )?(?:money|anything|a penny|gift cards?))${NOT_TO_AN_ACCOUNT}`,
    '(?:delete|report|forward) (?:it|them|the (?:e-?mail|message))(?: as an attachment)? (?:to|and|straight|immediately|right away)',
    `(?:(?:zahlen|überweisen) sie (?:nicht|nichts|kein)|nicht (?:be)?zahlen)${NOT_TO_AN_ACCOUNT}|(?:löschen|melden) sie (?:die|diese|solche) (?:e-?mail|nachricht|mail)s?`,
    `(?:betaal (?:niet|niets|nooit)|(?:niet|nooit) betalen|maak (?:geen|niets) (?:geld )?over)${NOT_TO_AN_ACCOUNT}|verwijder (?:het|de|deze|dit) (?:bericht|e-?mail|mail)`,
    `n[ãa]o (?:pague|paguem|fa[çc]a (?:nenhum )?pagamento|transfira|envie dinheiro)${NOT_TO_AN_ACCOUNT}|apague (?:a|o|esta|este|essa|esse) (?:mensagem|e-?mail)`,
    `no (?:pagu[eé]\\p{L}{0,3}|envíes? (?:dinero|nada)|transfier\\p{L}{0,4})${NOT_TO_AN_ACCOUNT}|(?:borradlo|b[oó]rralo|b[oó]rrelo|elim[ií]nalo|elim[ií]nelo)`,
    `(?:ne (?:payez|paie|payer|versez|virez) (?:rien|pas)|n[’']envoyez (?:rien|pas|aucun))${NOT_TO_AN_ACCOUNT}|ne (?:lui|leur) (?:envoie|envoyez|donne|donnez) rien|supprimez(?:-le| le message| ce message| ce courriel)`,
    `non (?:pagate|pagare|paghi|versate|inviate (?:denaro|soldi)|inviare (?:denaro|soldi))${NOT_TO_AN_ACCOUNT}|(?:cancellate|eliminate|cancella|elimina) (?:il|questo|quel) messaggio`,
  ]
    .map((words) => `(?<!\\p{L})(?:${words})`)
    .join('|'),
  'iu',
)

/** "this is not a scam": a lure's own reassurance, not a warning */
const NEGATION_BEFORE = /(?:\bnot|\bno|não|nao|\bkein|\bkeine|\bgeen|\bpas|\bnon|\bni)\s(?:\S+\s){0,2}$/iu

/** Addresses and web links are not the writer's words ("phishing@…" is an address). */
const ADDRESS_OR_LINK = /[^\s<>()"']{1,64}@[^\s<>()"']{1,255}|https?:\/\/[^\s<>()"']{1,2000}/g

/** The text above the first forwarded or quoted part, or undefined when the text forwards or quotes nothing. */
export function writerPart(text: string): string | undefined {
  const head = text.length > READ_CHARS ? text.slice(0, READ_CHARS) : text
  const m = FORWARD_SEPARATOR.exec(head)
  return m ? head.slice(0, m.index) : undefined
}

/** A signature separator: "-- " (or "--") on a line of its own (RFC 3676 4.3). */
const SIGNATURE_SEPARATOR = /\r?\n-- ?\r?\n/

/** Where the text's first signature separator starts, or -1. */
export function signatureAt(text: string): number {
  return SIGNATURE_SEPARATOR.exec(text)?.index ?? -1
}

/**
 * The text up to its first signature separator, trimmed: what the writer wrote above the signature, and above the
 * footer a mailing list appends after one (Google Groups' "You received this message because ..."). The whole
 * text, trimmed, when it has no separator.
 */
export function beforeSignature(text: string): string {
  const at = signatureAt(text)
  return (at >= 0 ? text.slice(0, at) : text).trim()
}

/** What the writer says of the scam in their own part, or undefined. */
export function scamTalk(writer: string): string | undefined {
  const words = writer.replace(ADDRESS_OR_LINK, ' ')
  SCAM_TALK.lastIndex = 0
  for (let n = 0; n < 20; n++) {
    const m = SCAM_TALK.exec(words)
    if (!m) return undefined
    if (!NEGATION_BEFORE.test(words.slice(Math.max(0, m.index - 30), m.index))) return m[0]
  }
  return undefined
}

/** What the writer tells the reader to do about a scam they name ("don't pay", "delete it"), or undefined. */
export function scamWarning(writer: string): string | undefined {
  const warning = WARNING.exec(writer)
  if (!warning) return undefined
  const named = scamTalk(writer) ?? FRAUD_WORD.exec(writer.replace(ADDRESS_OR_LINK, ' '))?.[0]
  return named ? `${named} … ${warning[0]}` : undefined
}

/**
 * A reported lure: the writer's own part, the links given in it (the lure's links are what it reports),
 * whether the lure itself is forwarded or quoted below it (or only described in it), and whether the
 * writer warns against the scam (then the writer's part describes the scam in the scam's words).
 */
interface Reported {
  writer: string
  links: readonly Link[]
  quotes: boolean
  warns: boolean
}
const answers = new WeakMap<ParsedMessage, Reported | null>()

/**
 * The writer's part of a message that forwards or quotes a lure to warn about it or ask about it, or
 * the whole of a message that warns against a scam without quoting it; undefined for any other message.
 */
export function reportedLure(msg: ParsedMessage): Reported | undefined {
  const known = answers.get(msg)
  if (known !== undefined) return known ?? undefined
  const writer = writerPart(msg.text)
  let answer: Reported | null = null
  if (writer?.trim() && scamTalk(writer)) {
    // the scam is named already (scamTalk): the writer warns when it also says what to do (scamWarning)
    const lower = writer.toLowerCase()
    answer = { writer, links: msg.links.filter((l) => (l.host ? lower.includes(l.host) : lower.includes(l.url.toLowerCase()))), quotes: true, warns: WARNING.test(writer) }
  } else if (!writer) {
    // no forward or quote: a warning is all the writer's, links included
    const whole = msg.text.length > READ_CHARS ? msg.text.slice(0, READ_CHARS) : msg.text
    if (scamWarning(whole)) answer = { writer: whole, links: msg.links, quotes: false, warns: true }
  }
  answers.set(msg, answer)
  return answer ?? undefined
}

/** The links the link rules read: all of them, or of a reported lure only those the writer gives in their own part. */
export function linksToScore(msg: ParsedMessage): readonly Link[] {
  return reportedLure(msg)?.links ?? msg.links
}

/**
 * The links of the attached PDFs (src/engine/pdf.ts) the link rules read, where a lure sent as a document has
 * its button: none of a reported lure (the attachment is the lure's, not the writer's).
 */
export function attachedLinksToScore(msg: ParsedMessage): readonly Link[] {
  return msg.attachmentLinks.length && !reportedLure(msg) ? msg.attachmentLinks : []
}

/**
 * A text of the message followed by the words of its attached documents (ParsedMessage.attachmentText), for the rules
 * that look for what a lure says: a lure sent as a document says next to nothing in the message ("Please see the
 * attached"). None of a reported lure, as attachedLinksToScore (the attachment is the lure's, not the writer's).
 */
export function withAttachedWordsToScore(msg: ParsedMessage, text: string): string {
  return msg.attachmentText && !reportedLure(msg) ? `${text}\n\n${msg.attachmentText}` : text
}

/** linksToScore, then attachedLinksToScore. */
export function linksWithAttached(msg: ParsedMessage): readonly Link[] {
  const attached = attachedLinksToScore(msg)
  return attached.length ? [...linksToScore(msg), ...attached] : linksToScore(msg)
}

/**
 * The separators that only a forward writes: Gmail's "Forwarded message" and Apple Mail's "Begin forwarded
 * message:" in the seven languages. Outlook writes its line of underscores and "-----Original Message-----"
 * above a reply's quote too, so those count only under a forward's subject (FORWARD_SUBJECT).
 */
const FORWARD_ONLY_SEPARATOR = new RegExp(`${dashedLine(FORWARDED_WORDS)}|${begunLine(BEGIN_FORWARDED)}`, 'imu')

/** The forwarded message's own From field: "From:", "De:", "Von:", "Van:", "Da:" (also bold, "*From:*") */
const FORWARDED_FROM = /^[ \t*]{0,4}(?:from|de|von|van|da)[ \t]?\*{0,2}[ \t]?:[ \t*]{0,4}([^\n]{1,300})$/imu

/** "Name <address>", "Name [mailto:address]", "address": the field's mailbox */
const NAMED_ADDRESS = /^["'\s]{0,3}([^<>\n]{0,200}?)["'\s]{0,3}(?:<[ \t]?(?:mailto:)?([^<>\s@]{1,64}@[^<>\s@]{1,255}?)[ \t]?>|\[mailto:([^\]\s@]{1,64}@[^\]\s@]{1,255})\])/iu
const BARE_ADDRESS = /^[ \t<]{0,2}([^\s<>@"']{1,64}@[^\s<>@"']{1,255}?)[ \t>]{0,2}$/u

/** How far below its separator a forwarded header block's From field may be. */
const FROM_WITHIN = 400
/**
 * A From field that mail programs wrapped at 76 or 78 characters: a long display name pushes the address onto
 * the next line ("From: Service Clientèle de votre Banque en Ligne - Ne pas répondre" then
 * "<alertes@banque-securite.example>"), a long address its closing bracket ("From: Estela <relacionamento@
 * divulga.relacionamento….com.br" then ">").
 */
const WRAPPED_ADDRESS = /^\r?\n[ \t]{0,8}((?:<|\[mailto:)[^\n]{1,300})/u
const WRAPPED_BRACKET = /^\r?\n[ \t]{0,8}>/u

/**
 * The sender of the message a forward passes on, as its header block in the text names it
 * ("---------- Forwarded message ---------" then "From: PayPal <service@paypa1-help.example>"), or undefined
 * when the message forwards nothing, or passes it on only to warn about it or ask about it (reportedLure).
 * A forwarded lure keeps its body, words and links, which the rules read anyway; what a forward loses is the
 * lure's sender, which the rules about the sender (a brand's name from another domain) then read from here.
 */
export function forwardedSender(msg: ParsedMessage): Mailbox | undefined {
  const head = msg.text.length > READ_CHARS ? msg.text.slice(0, READ_CHARS) : msg.text
  const separator = FORWARD_SUBJECT.test(msg.subject) ? FORWARD_SEPARATOR.exec(head) : FORWARD_ONLY_SEPARATOR.exec(head)
  if (!separator || reportedLure(msg)) return undefined
  const start = separator.index + separator[0].length
  // from the separator itself: Outlook's line of underscores is matched together with the From field below it
  const field = FORWARDED_FROM.exec(head.slice(separator.index, start + FROM_WITHIN))
  if (!field) return undefined
  let value = field[1].trim()
  const fieldEnd = separator.index + field.index + field[0].length
  if (!value.includes('@')) {
    const wrapped = WRAPPED_ADDRESS.exec(head.slice(fieldEnd, fieldEnd + 310))
    if (wrapped) value = `${value} ${wrapped[1].trim()}`
  } else if (value.includes('<') && !value.includes('>') && WRAPPED_BRACKET.test(head.slice(fieldEnd, fieldEnd + 12))) {
    value = `${value}>`
  }
  const named = NAMED_ADDRESS.exec(value)
  if (named) return { name: named[1].replace(/["'\s]+$/u, '').trim(), address: (named[2] ?? named[3]).toLowerCase() }
  const bare = BARE_ADDRESS.exec(value)
  return bare ? { name: '', address: bare[1].toLowerCase() } : undefined
}
