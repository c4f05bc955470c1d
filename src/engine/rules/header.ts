// Header rules: what the top-level header block says, and what it leaves out.
import type { RuleFamily } from '../types'
import type { ParsedMessage } from '../message'
import { domainOf, imitatesDomain, localPartOf, sameOrg } from '../domains'
import { MAX_RULE_HEADER_CHARS, MAX_RULE_SUBJECT_CHARS } from '../limits'

// the lookbehind starts a match only where a run of address characters starts: without it a long
// run with no @ is rescanned from each of its characters (quadratic)
const EMAIL_IN_TEXT = /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10})/i

/**
 * A subject that says what its closing number refers to, anywhere before it: "Your order is confirmed -
 * HL100015", "Confirmation of refund for HL100024", "Zahlung von Einfuhrabgaben zu Sendung 4829163750",
 * "Douanekosten voor je pakket CE482039117US". A shop's, a carrier's or a bank's reference, not the random
 * id that bulk mail of the 2000s padded its subjects with (seven languages). Not "payment", "ticket" or
 * "claim": lures end those with numbers too ("Payment Report: 444497142").
 */
const TRANSACTION_SUBJECT = /\b(?:orders?|refund(?:ed)?|shipment|shipped|parcel|package|delivery|invoice|receipt|booking|reservation|appointment|tracking|bestellung|sendung|paket|lieferung|rechnung|erstattung|buchung|bestelling|zending|pakket|levering|terugbetaling|reservering|encomenda|envio|envío|entrega|reembolso|reserva|commande|colis|livraison|remboursement|ordine|spedizione|pacco|consegna|rimborso|prenotazione)\b/i

/** To: "Recipients <one@address>": the placeholder bulk-mailing kits put over one address (the real recipients in Bcc). */
const RECIPIENTS_PLACEHOLDER = /^\s{0,5}"?recipients"?\s{0,5}<[^<>\s]{1,254}>\s{0,5}$/

/**
 * The Message-ID Gmail writes into a message that came without one: on receipt ("...SMTPIN_ADDED_MISSING@") and
 * on submission through its SMTP server by a program that wrote none ("<63e8eea5.a70a0220.ba1d3.50ef@mx.google.com>",
 * four hexadecimal fields). Such a message reached the gateway without a Message-ID of its own. Not Gmail's own
 * bounces ("<5e598a38.1c69fb81.21445.49b8.GMR@mx.google.com>", five fields) nor its web mail ("<CA...@mail.gmail.com>").
 */
const SERVER_ADDED_MESSAGE_ID = /SMTPIN_ADDED|^\s*<[0-9a-f]{8}\.[0-9a-f]{8}\.[0-9a-f]{3,6}\.[0-9a-f]{3,5}@mx\.google\.com>/i

/**
 * The X-Mailer of Outlook for Windows ("Microsoft Outlook 16.0", "Microsoft Office Outlook 12.0", "Microsoft
 * Outlook, Build 10.0.2627"), Outlook Express and Windows (Live) Mail. Every one of them writes X-MimeOLE (Outlook
 * Express, Windows Mail and Outlook up to 2003) or Thread-Index (Outlook since 2003) beside it; a bulk tool that
 * borrows the name writes neither. In our sets: on 323 of the 405 messages of 2002 spam that claim these programs
 * and on 18 of the 55 of modern spam; on none of the 390 of 2002 ham and the 32 of modern ham. Outlook for Mac
 * ("Microsoft-MacOutlook") and Outlook Express for the Macintosh write neither header, and are left out.
 */
const OUTLOOK_FOR_WINDOWS = /^Microsoft (?:Office )?Outlook(?! Express Macintosh)\b|^Microsoft Windows (?:Live )?Mail\b/i

/**
 * A character no domain name holds: not a letter or digit, ".", "-", or "_" (some hosts' names have one), nor a letter
 * of another script (an internationalised domain, as the parser gives it). An address literal ("[192.0.2.1]") is
 * valid.
 */
const INVALID_DOMAIN_CHARACTER = /[^a-z0-9.\-_\u0080-\uffff]/i
const ADDRESS_LITERAL = /^\[(?:ipv6:)?[\d.:a-f]+\]$/i

/**
 * Whether the message hides its recipients: no To or Cc address, or a To that says so ("undisclosed-recipients:;",
 * "Recipient list suppressed"). Its To as evidence (lower-cased, at most 60 characters; empty when there is none),
 * undefined when the recipients are shown. TO_UNDISCLOSED, and the rules that need hidden recipients, ask here.
 */
export function recipientsHidden(msg: ParsedMessage, toRaw = toHeaderText(msg)): string | undefined {
  return msg.to.length + msg.cc.length === 0 || /undisclosed|recipient list suppressed/.test(toRaw) ? toRaw.slice(0, 60) : undefined
}

/** The To header as the rules read it: its first field, at most MAX_RULE_HEADER_CHARS characters, lower-cased. */
export function toHeaderText(msg: ParsedMessage): string {
  return (msg.headers.get('to')?.[0] ?? '').slice(0, MAX_RULE_HEADER_CHARS).toLowerCase()
}

export const headerRules: RuleFamily = {
  family: 'header',
  rules: [
    { name: 'MISSING_FROM', score: 2.0, description: 'no From header (or no address in it)' },
    { name: 'FROM_ADDRESS_INVALID', score: 3.5, description: 'the From address\'s domain holds a character no domain name can (a quote, an apostrophe, "%", a space, a comma: "aviso@%correios.com", "m594mbsr@\'nirinybskh.com", or an address left inside its quotes, "support@anwb.nl" with the closing quote): no mail program writes it, a bulk tool\'s broken template does (like INVALID_MESSAGE_ID). Letters of other scripts (internationalised domains), "_" and an address literal ([192.0.2.1]) are left alone' },
    { name: 'MISSING_DATE', score: 1.2, description: 'no Date header' },
    { name: 'INVALID_DATE', score: 3, description: 'Date header that does not parse as a date' },
    { name: 'DATE_MISSING_TZ', score: 2, description: 'Date header without the time zone RFC 5322 requires (e.g. "Wed, 17 Jul 2002 19:09:57")' },
    { name: 'MISSING_MESSAGE_ID', score: 1.0, description: 'no Message-ID header, or only the one Gmail writes for a message that came without one ("<...SMTPIN_ADDED_MISSING@mx.google.com>", "<63e8eea5.a70a0220.ba1d3.50ef@mx.google.com>")' },
    { name: 'INVALID_MESSAGE_ID', score: 3.5, description: 'Message-ID not of the form <left@right>' },
    { name: 'MISSING_SUBJECT', score: 0.5, description: 'no Subject header, or an empty one' },
    { name: 'SUBJECT_ALL_CAPS', score: 3.5, description: 'subject of 10 or more letters, all upper case' },
    { name: 'SUBJECT_EXCESS_PUNCT', score: 1, description: 'subject with !!!, ???, $$$ or several ! and $' },
    { name: 'SUBJECT_MONEY', score: 1, description: 'subject offering money, a percentage off or free things' },
    { name: 'SUBJECT_8BIT_UNENCODED', score: 2, description: 'raw 8-bit bytes in the Subject that are not UTF-8 (a Latin-1 or GB2312 subject sent raw) instead of RFC 2047 encoding; raw UTF-8 is valid since RFC 6532' },
    { name: 'SUBJECT_ENDS_IN_ID', score: 0.8, description: 'subject padded with a random tracking id (e.g. "... 12345" or "[abc7x]")' },
    { name: 'XMAILER_RANDOM', score: 1.5, description: 'X-Mailer is one random-looking string of letters and digits in mixed case, not a program name (ratware)' },
    { name: 'XMAILER_FORGED_OUTLOOK', score: 1, description: 'X-Mailer names Microsoft Outlook, Outlook Express or Windows (Live) Mail, but the message has neither the X-MimeOLE nor the Thread-Index header every one of them writes: a bulk tool wearing Outlook\'s name' },
    { name: 'FROM_DISPLAY_NAME_SPOOF', score: 3.0, description: 'From display name contains an address in another domain than the real From address' },
    { name: 'REPLY_TO_FREEMAIL', score: 1.2, description: 'Reply-To at a freemail provider while From is not' },
    { name: 'FREEMAIL_REPLY_TO_OTHER', score: 4, description: 'From a freemail mailbox, Reply-To another mailbox at a freemail provider (another name, at the same provider or another): the answers go to a mailbox the message was not written from, as advance-fee, loan and romance letters keep their conversation. A person who moved to another provider keeps the name, and is left out' },
    { name: 'REPLY_TO_DIVERTED', score: 3.5, description: 'Reply-To sends the answers to the sender\'s own name at a freemail provider while From is a company address ("Michael Reyes" <mreyes@company> replying to michael.reyes.ceo@outlook.com): how a mailbox taken over, or a company impersonated, keeps the conversation (business e-mail compromise)' },
    { name: 'LOOKALIKE_REPLY_PATH', score: 4, description: 'a Reply-To or Cc address in a domain that imitates the sender\'s or a recipient\'s domain by a typed character or two or a hyphen (ashcombe-industriall for ashcombe-industrial): the answers go to an impostor' },
    { name: 'TO_UNDISCLOSED', score: 0.5, description: 'no To/Cc addresses, or "undisclosed recipients" (announcements are sent Bcc too: alone it cannot tip a message whose classifiers sit at their cap)' },
    { name: 'FREEMAIL_UNDISCLOSED', score: 4, description: 'TO_UNDISCLOSED from a freemail address: a private mailbox writing to recipients it hides, the shape of advance-fee, loan and romance letters sent in bulk. An organisation announces from its own domain; a club\'s Bcc\'d note from a private Gmail address has it too (with TO_UNDISCLOSED 4.5 points, as the score search of the fifteenth to seventeenth rounds set it: no ham of the training parts has it)' },
    { name: 'TO_MANY_VISIBLE', score: 1, description: '20 or more addresses listed in To/Cc' },
    { name: 'TO_RECIPIENTS_PLACEHOLDER', score: 1.5, description: 'To is the placeholder "Recipients" over one address ("Recipients <info@example.com>", often the sender\'s own), the real recipients in Bcc: how bulk-mailing kits address a run; a mail program writes "undisclosed-recipients:;" or the sender\'s own name' },
  ],
  check(msg, _facts, hit) {
    const h = msg.headers
    const fromAddr = msg.from?.address ?? ''
    const fromDomain = domainOf(fromAddr)
    if (!fromAddr) hit('MISSING_FROM')
    else {
      const domain = fromDomain.slice(0, MAX_RULE_HEADER_CHARS)
      if (INVALID_DOMAIN_CHARACTER.test(domain) && !ADDRESS_LITERAL.test(domain)) hit('FROM_ADDRESS_INVALID', fromAddr.slice(0, 80))
    }

    const date = h.get('date')?.[0]?.slice(0, MAX_RULE_HEADER_CHARS)
    if (date === undefined) hit('MISSING_DATE')
    else {
      const value = date.replace(/\([^)]*\)/g, '').trim()
      if (Number.isNaN(Date.parse(value))) hit('INVALID_DATE', date.slice(0, 60))
      // a zone is mandatory: numeric (+0200) or, obsolete but accepted, a name (GMT, EST, CEST, Z)
      else if (!/(?:[+-]\d{4}|\b[a-z]{1,5})$/i.test(value)) hit('DATE_MISSING_TZ', date.slice(0, 60))
    }

    const mid = h.get('message-id')?.[0]?.slice(0, MAX_RULE_HEADER_CHARS)
    if (mid === undefined) hit('MISSING_MESSAGE_ID')
    else if (!/^\s*<[^<>@\s]+@[^<>@\s]+>\s*$/.test(mid)) hit('INVALID_MESSAGE_ID', mid.slice(0, 60))
    else if (SERVER_ADDED_MESSAGE_ID.test(mid)) hit('MISSING_MESSAGE_ID', `written by the server: ${mid.trim().slice(0, 60)}`)

    // the subject rules read its first MAX_RULE_SUBJECT_CHARS characters (its end, for SUBJECT_ENDS_IN_ID)
    const subject = msg.subject.slice(0, MAX_RULE_SUBJECT_CHARS)
    if (!subject) hit('MISSING_SUBJECT')
    else {
      // letters that have a case: Chinese, Japanese or Korean characters are neither upper nor lower
      const letters = subject.replace(/[^\p{Lu}\p{Ll}\p{Lt}]/gu, '')
      if (letters.length >= 10 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
        hit('SUBJECT_ALL_CAPS', subject.slice(0, 60))
      }
      // three ! or three $ anywhere (counted, not /!.*!.*!/, which backtracks quadratically)
      if (/([!?$])\1\1/.test(subject) || countOf(subject, '!') >= 3 || countOf(subject, '$') >= 3) hit('SUBJECT_EXCESS_PUNCT', subject.slice(0, 60))
      const money = /\b(?:\d{1,3}\s?%\s?off|free\s+(?:money|cash|gift|offer|trial|quote|info)|(?:make|earn)\s+(?:big\s+)?(?:money|cash|\$)|\$\s?\d[\d,]{0,20}(?:\s?(?:k|thousand|million))?\b.{0,200}(?:week|month|day|free|cash))/i.exec(subject)
      if (money) hit('SUBJECT_MONEY', money[0])
      const tail = msg.subject.slice(-MAX_RULE_SUBJECT_CHARS)
      // "receipt #12345", "Order 5521", "code: 123456": the reference of a transactional mail, not a tracking id
      // (also in other languages and scripts: "kód: 583 019", "рахунку № 0318", "رقم 88301"), and a sign-in code
      // with the word's inflections ("com o código 548378", "med koden 963680", "koodilla 299863", "проверочного
      // кода 543245", "cu codul 123456": Ghost's sign-in mail in its twenty languages)
      const reference = /(?:order|invoice|receipt|ticket|case|booking|reference|ref|code|nr|no|#|№|bestellung|rechnung|factuur|bestelling|pedido|fatura|commande|facture|ordine|fattura|número|numero|nummer|kód|kod|код|номер|рахунку|rachunku|faktura|zamówienie|zamówienia|numer|sipariş|kodu|numarası|αριθμός|κωδικός|رقم|מספר|c[oó]digo|codice|codul|koden?|koodi\p{L}{0,5}|кода|коду|кодом|コード|验证码|驗證碼|인증\s?번호|코드|رمز)[\s.:#№-]{0,3}(?:\d{3}[ -]\d{3}|[#([]?[a-z0-9]{0,4}\d{3,}[a-z0-9]{0,4}[\])]?)$/iu.test(tail)
      if (!reference && !TRANSACTION_SUBJECT.test(subject) && /\s(?:[#([]?[a-z0-9]{0,4}\d{3,}[a-z0-9]{0,4}[\])]?|\[[a-z0-9]{4,8}\])$/i.test(tail) && !/\b(?:19|20)\d\d$/.test(tail)) {
        hit('SUBJECT_ENDS_IN_ID', tail.slice(-20))
      }
    }
    const mailer = (h.get('x-mailer')?.[0] ?? '').slice(0, MAX_RULE_HEADER_CHARS).trim()
    if (/^[a-z0-9]{12,64}$/i.test(mailer) && /\d/.test(mailer) && classSwitches(mailer) >= 6) hit('XMAILER_RANDOM', mailer)
    if (OUTLOOK_FOR_WINDOWS.test(mailer) && !h.has('x-mimeole') && !h.has('thread-index')) hit('XMAILER_FORGED_OUTLOOK', mailer.slice(0, 60))
    const rawSubject = msg.rawSubject.slice(0, MAX_RULE_SUBJECT_CHARS)
    // raw UTF-8 in a header is valid mail since RFC 6532 (SMTPUTF8); bytes that are not UTF-8 (a
    // Latin-1 or GB2312 subject sent raw, decoded to U+FFFD) are a sending tool that ignores the rules
    if (rawSubject.includes('\uFFFD') && !/=\?[^?]{1,75}\?[bq]\?/i.test(rawSubject)) hit('SUBJECT_8BIT_UNENCODED')

    if (msg.from && fromDomain) {
      const shown = EMAIL_IN_TEXT.exec(msg.from.name.slice(0, MAX_RULE_HEADER_CHARS))
      if (shown && !sameOrg(shown[1], fromDomain)) hit('FROM_DISPLAY_NAME_SPOOF', `"${msg.from.name.slice(0, 80)}" <${fromAddr}>`)
    }
    for (const r of msg.replyTo.slice(0, 20)) {
      const d = domainOf(r.address)
      if (d && FREEMAIL.has(fromDomain) && FREEMAIL.has(d) && localPartOf(r.address) !== localPartOf(fromAddr)) {
        hit('FREEMAIL_REPLY_TO_OTHER', `${fromAddr.slice(0, 60)} -> ${r.address.slice(0, 60)}`)
        break
      }
      if (!d || !fromDomain || sameOrg(d, fromDomain)) continue
      if (FREEMAIL.has(d) && !FREEMAIL.has(fromDomain)) {
        hit('REPLY_TO_FREEMAIL', r.address)
        if (msg.from && namesSamePerson(msg.from.name, r)) hit('REPLY_TO_DIVERTED', `"${msg.from.name.slice(0, 60)}" <${fromAddr.slice(0, 60)}> -> ${r.address.slice(0, 60)}`)
        break
      }
    }
    const lookalike = lookalikeReplyPath(msg.replyTo, msg.to, msg.cc, fromDomain)
    if (lookalike) hit('LOOKALIKE_REPLY_PATH', lookalike)
    const visible = msg.to.length + msg.cc.length
    // read once here for both: whether the recipients are hidden, and the placeholder a mail merge left in the To
    const toRaw = toHeaderText(msg)
    const hidden = recipientsHidden(msg, toRaw)
    if (hidden !== undefined) {
      hit('TO_UNDISCLOSED', hidden || undefined)
      if (FREEMAIL.has(fromDomain)) hit('FREEMAIL_UNDISCLOSED', fromDomain)
    }
    else if (visible >= 20) hit('TO_MANY_VISIBLE', `${visible} addresses`)
    else if (RECIPIENTS_PLACEHOLDER.test(toRaw)) hit('TO_RECIPIENTS_PLACEHOLDER', toRaw.slice(0, 60))
  },
}

/** The Reply-To names the From's person: the same display name, or a mailbox named after them (michael.reyes.ceo@ for "Michael Reyes"). */
function namesSamePerson(fromName: string, replyTo: { name: string; address: string }): boolean {
  const norm = (s: string) => s.slice(0, 200).toLowerCase().normalize('NFKC').replace(/["'.,()]/g, ' ').replace(/\s+/g, ' ').trim()
  const name = norm(fromName)
  if (name.length < 3) return false
  if (norm(replyTo.name) === name) return true
  const local = localPartOf(replyTo.address)
  const words = name.split(' ').filter((w) => w.length >= 3)
  return words.length >= 2 && words.every((w) => local.includes(w))
}

/**
 * A Reply-To or Cc address whose domain imitates the sender's or a recipient's (the first ten
 * Reply-To and Cc addresses against the From and the first twenty To and Cc; freemail providers,
 * which resemble each other, are left out): the evidence names both.
 */
function lookalikeReplyPath(replyTo: readonly { address: string }[], to: readonly { address: string }[], cc: readonly { address: string }[], fromDomain: string): string | undefined {
  const candidates: { address: string; domain: string }[] = []
  for (const m of [...replyTo.slice(0, 10), ...cc.slice(0, 10)]) {
    const d = domainOf(m.address)
    if (d && !FREEMAIL.has(d)) candidates.push({ address: m.address, domain: d })
  }
  // most mail has neither Reply-To nor Cc: nothing to compare
  if (!candidates.length) return undefined
  const parties = new Set<string>()
  if (fromDomain && !FREEMAIL.has(fromDomain)) parties.add(fromDomain)
  // at most 20 candidates x 41 parties, names of at most 63 characters: bounded whatever the header holds
  for (const m of [...to.slice(0, 20), ...cc.slice(0, 20)]) {
    const d = domainOf(m.address)
    if (d && !FREEMAIL.has(d)) parties.add(d)
  }
  for (const c of candidates) {
    for (const p of parties) if (imitatesDomain(c.domain, p)) return `${c.address.slice(0, 60)} imitates ${p}`
  }
  return undefined
}

function countOf(s: string, c: string): number {
  let n = 0
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++
  return n
}

/** How often a string switches between lower case, upper case and digits: "SomeMailer2000" 4, "xLihQRz3QwM5E2" 11. */
function classSwitches(s: string): number {
  let n = 0
  let prev = -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const cls = c >= 97 && c <= 122 ? 0 : c >= 65 && c <= 90 ? 1 : c >= 48 && c <= 57 ? 2 : 3
    if (prev >= 0 && cls !== prev) n++
    prev = cls
  }
  return n
}

/**
 * The addresses a message's own people use, lower-cased: its sender, its envelope recipients and its To and
 * Cc (the first 20 of each). An address the text or a link asks the reader to write to is "elsewhere" only
 * when it is none of these (CONTACT_FREEMAIL, MAILTO_FREEMAIL).
 */
export function ownAddresses(msg: ParsedMessage, rcptTo: readonly string[]): Set<string> {
  return new Set([
    (msg.from?.address ?? '').toLowerCase(),
    ...rcptTo.slice(0, 20).map((r) => r.toLowerCase()),
    ...msg.to.slice(0, 20).map((t) => t.address.toLowerCase()),
    ...msg.cc.slice(0, 20).map((c) => c.address.toLowerCase()),
  ])
}

/** Large free mailbox providers: a reply path there from a business sender is a classic fraud pattern. */
export const FREEMAIL = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'ymail.com', 'rocketmail.com', 'hotmail.com',
  'hotmail.co.uk', 'hotmail.fr', 'outlook.com', 'live.com', 'msn.com', 'aol.com', 'mail.com', 'gmx.com', 'gmx.net',
  'gmx.de', 'web.de', 'yandex.com', 'yandex.ru', 'mail.ru', 'protonmail.com', 'proton.me', 'icloud.com', 'me.com',
  'zoho.com', 'qq.com', '163.com', '126.com', 'sina.com', 'rediffmail.com', 'lycos.com', 'excite.com', 'netscape.net',
  'juno.com', 'earthlink.net', 'tutanota.com', 'hushmail.com', 'usa.net', 'email.com', 'btamail.net.cn',
  // the same providers' country domains, and Europe's and Brazil's consumer mailboxes
  'outlook.de', 'outlook.fr', 'outlook.es', 'outlook.it', 'outlook.pt', 'outlook.com.br', 'hotmail.de', 'hotmail.es',
  'hotmail.it', 'hotmail.nl', 'hotmail.be', 'hotmail.com.br', 'live.de', 'live.fr', 'live.nl', 'live.it', 'live.be',
  'live.co.uk', 'yahoo.de', 'yahoo.es', 'yahoo.it', 'yahoo.com.br', 'gmx.at', 'gmx.ch', 'gmx.fr', 'pm.me', 'tuta.io',
  'tutamail.com', 'mailbox.org', 'posteo.de', 't-online.de', 'freenet.de', 'orange.fr', 'wanadoo.fr', 'free.fr',
  'laposte.net', 'sfr.fr', 'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'ziggo.nl', 'kpnmail.nl',
  'hetnet.nl', 'planet.nl', 'home.nl', 'telenet.be', 'skynet.be', 'sapo.pt', 'terra.com.br', 'uol.com.br',
  'bol.com.br', 'ig.com.br', 'terra.es', 'telefonica.net', 'bluewin.ch', 'seznam.cz', 'wp.pl', 'o2.pl', 'onet.pl',
  'interia.pl', 'inbox.ru', 'bk.ru', 'list.ru', 'ukr.net', 'naver.com', 'daum.net', 'hanmail.net', 'yeah.net',
])
