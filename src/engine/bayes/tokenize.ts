// Tokens for the Bayesian classifier, each prefixed by where it came from:
// subject words (s:), sender name, local part and organisation (fn:, fa:, fd:),
// mailer (xm:), the names of the headers the sender's software wrote (h:) and
// the values of a few that fingerprint it (hv: X-Priority, X-MimeOLE, ...), the
// shape of the Message-ID (mid:), time zone (tz:), html-only or html+text (mime:),
// charsets, attachment types, links (url: host, organisation and path words)
// and the decoded body text (HTML stripped). Not the content type and the
// transfer encoding (see addFormatTokens). Headers that record the path a
// message took (Received, List-*, Return-Path, ...) are left out on purpose:
// learning them only teaches the model which relays and mailing lists the
// training mail came through, which says nothing about mail an organisation sends.
import { textPart, type ParsedMessage } from '../message'
import { domainOf, localPartOf, orgDomain } from '../domains'
import { MAX_RULE_HEADER_CHARS, MAX_TEXT_CHARS, MAX_TOKENS } from '../limits'
import { stripTags } from '../html'
import { trimLeading, trimTrailing } from '../trim'

const WORD_SPLIT = /[\s"'`()<>[\]{}|,;:*=~^]+/
/** stripped from both ends of a word */
const EDGE_PUNCT = '.!?-_/\\'

function addWords(text: string, prefix: string, out: Set<string>): void {
  for (const raw of text.split(WORD_SPLIT)) {
    if (out.size >= MAX_TOKENS) return
    // trailing sentence punctuation is noise; leading $ and inner punctuation carry meaning
    const w = trimTrailing(trimLeading(raw, EDGE_PUNCT), EDGE_PUNCT)
    if (w.length < 3) continue
    if (w.length > 20) {
      // long strings (encoded data, hashes) count only by kind and length, as SpamBayes does
      out.add(`${prefix}skip:${w[0]} ${Math.floor(w.length / 10) * 10}`)
      continue
    }
    out.add(prefix + w)
  }
}

/**
 * A link's host, its organisation and the words of its path ("url:remove", "url:cgi-bin"), as SpamBayes does.
 * A mailto: link gives its address's domain, not a token of its own saying it is one (issue 10, fourteenth
 * round): in our training data mailto links are only in the 2002 corpus, where they were spam's removal
 * addresses (240 of 1,319 spam, 73 of 2,941 ham); today's templates write "contact us" as one, and the token
 * held other applications' receipts and refund notices at the classifiers' cap.
 */
function addLinkTokens(url: string, out: Set<string>): void {
  const m = /^(?:[a-z][a-z0-9+.-]{0,15}:\/\/|mailto:)?(?:[^/?#@\s]*@)?([^/?#:\s]+)([^\s]*)/i.exec(url)
  if (!m) return
  const host = m[1].toLowerCase()
  out.add(`url:${host}`)
  out.add(`url:${orgDomain(host)}`)
  for (const part of m[2].toLowerCase().split(/[/?=&.#_:%+-]+/)) {
    if (out.size >= MAX_TOKENS) return
    if (part.length >= 3 && part.length <= 20) out.add(`url:${part}`)
  }
}

function addUrlTokens(text: string, out: Set<string>): string {
  // replace URLs by their tokens so their path noise does not become words
  return text.replace(/\b(?:https?:\/\/|www\d{0,3}\.)[^\s<>"')\]]{2,2000}/gi, (url) => {
    if (out.size < MAX_TOKENS) addLinkTokens(url, out)
    return ' '
  })
}

/**
 * Headers never tokenised. Those that record the path a message took (relays,
 * lists, filters on the receiving side) rather than how its sender wrote it. The
 * second group is written by the receiving side (delivery time stamps,
 * scanners, fetchers, forwarding with Resent-*): an outbound gateway never sees
 * them on its users' mail, so whatever they taught the model about the
 * training corpus would be an artefact of where that corpus was collected. The
 * last group are the names today's sending services write (see there).
 */
const UNTOKENISED_HEADER = new RegExp(
  '^(?:' +
    [
      'received|delivered-to|return-path|x-original-to|envelope-to|list-|x-list|x-mailman|x-beenthere|precedence',
      'errors-to|sender$|x-loop|mailing-list|x-spam|x-virus|x-egroups|x-yahoo|x-apparently-to|x-mailing-list|x-ml-',
      'x-authentication-warning|x-rcpt-to|x-originating-ip|x-uidl|status$|x-status|x-keywords|x-mozilla|x-evolution',
      'content-length|lines$|xref|path$|x-from-line|x-sender|reply-to|in-reply-to|references|x-accept-language',
      'x-pyzor|x-razor|x-dcc',
      'delivery-date|x-original-date|x-mailscanner|x-mime-autoconverted|resent-|old-return-path|old-x-envelope',
      'x-ucsc-cats|x-antivirus|x-scanned|x-delivery-agent',
      // the filters and relays of the mailbox providers (Microsoft 365, Gmail, the appliances): the same on
      // every message that passed them, ham or spam, and on an Exchange Online tenant's own outbound mail
      'x-ms-|x-microsoft-|x-forefront-|x-eop|x-incoming|x-message-delivery|x-message-info|x-sid-|x-sender-ip',
      'authentication-results|arc-|received-spf|dkim-signature|x-received|x-google-|x-gm-|x-proofpoint|x-mimecast',
      'x-barracuda|x-ironport|x-cloudmark|x-sophos|x-bogosity|x-originatororg|x-forwarded-encrypted|x-original-',
      // the names of headers today's sending services write, whoever uses them: the ESPs' feedback and campaign
      // ids (Feedback-ID, X-SES-*, X-SG-*, X-Mailgun-*, X-Mandrill-*, X-PM-*, X-SFMC-*, X-CSA-Complaints),
      // Exchange Online's and Outlook's thread and language headers (Thread-Topic, Thread-Index,
      // Content-Language, X-Auto-Response-Suppress) and RFC 3834's Auto-Submitted. The 2002 training spam is
      // older than all of them and our training lures do not carry them, while our modern ham does, so the
      // classifiers learned "sent by a modern service" as ham. Phishing is sent through the same services (the
      // honeypot's, from ESP accounts and taken-over Exchange Online mailboxes, was scored ham on these names).
      // Measured in the README (issue 10, thirteenth round).
      'feedback-id|content-language|thread-topic|thread-index|auto-submitted|accept-language|x-auto-response-suppress',
      'x-entity-id|x-csa-complaints|x-sg-|x-ses-|x-mailgun|x-mc-user|x-campaign|x-sfmc|x-mandrill|x-pm-|x-mailer-lid',
      'x-job|x-abuse',
    ].join('|') +
    ')',
)

const FINGERPRINT_HEADERS = ['x-priority', 'x-msmail-priority', 'importance', 'priority', 'content-disposition', 'x-mimeole', 'organization']

function addHeaderTokens(msg: ParsedMessage, out: Set<string>): void {
  for (const [name] of msg.headers) {
    if (UNTOKENISED_HEADER.test(name)) continue
    out.add(`h:${name}`)
  }
  const mid = msg.headers.get('message-id')?.[0]
  if (mid) {
    // the shape of the id tells which software made it: <3D5E.1@host> -> <NA.N@a>
    const shape = mid.trim().replace(/[A-Z]+/g, 'A').replace(/[a-z]+/g, 'a').replace(/[0-9]+/g, 'N')
    out.add(`mid:${shape.slice(0, 40)}`)
  }
  const date = msg.headers.get('date')?.[0]?.slice(0, MAX_RULE_HEADER_CHARS)
  if (date) {
    const tz = /([+-]\d{4}|\b[A-Z]{2,4})\s*(?:\([^)]*\))?\s*$/.exec(date.trim())
    out.add(`tz:${tz ? tz[1] : 'none'}`)
  }
  // values of a few headers that fingerprint the sending software or campaign tool
  for (const name of FINGERPRINT_HEADERS) {
    const v = msg.headers.get(name)?.[0]
    if (v) out.add(`hv:${name}:${v.toLowerCase().trim().slice(0, 30)}`)
  }
  // the recipients' names and "undisclosed-recipients", not their addresses: who a training corpus
  // was collected for (a honeypot's one address, a list's) says nothing about the mail itself
  const to = msg.headers.get('to')?.[0]
  if (to) addWords(stripTags(to.slice(0, 2000).toLowerCase()).replace(/[^\s"'<>(),;:]{0,64}@[^\s"'<>(),;:]{1,255}/g, ' '), 'to:', out)
}

/**
 * The message's format: its charsets (cs:) and whether it is html-only or html+text (mime:). Not its content
 * type nor its transfer encoding (issue 10, fourteenth round): "text/html" said html-only a second time, and
 * Bayes, which counts each token alone, counted it twice; base64 and quoted-printable say which tool encoded
 * the message (today's mailers use both), and in our training data a base64 body was only ever spam (104 of
 * our training lures and 5 messages of 2002 spam, no ham), so "cte:base64" was a 0.998 spam clue. Other
 * applications' html-only sign-in and verification mail (SuperTokens', Vendure's) sat at the classifiers' cap
 * on these three tokens with no rule at all.
 */
function addFormatTokens(msg: ParsedMessage, out: Set<string>): void {
  for (const cs of msg.charsets) out.add(`cs:${cs}`)
  if (msg.hasHtml) out.add(msg.hasPlainText ? 'mime:html+text' : 'mime:html-only')
}

export function tokenize(msg: ParsedMessage): string[] {
  const out = new Set<string>()
  addHeaderTokens(msg, out)
  addWords(msg.subject.toLowerCase(), 's:', out)
  if (msg.from) {
    addWords(msg.from.name.toLowerCase(), 'fn:', out)
    const d = domainOf(msg.from.address)
    if (d) {
      out.add(`fd:${orgDomain(d)}`)
      out.add(`fa:${localPartOf(msg.from.address).replace(/\d+/g, 'N').slice(0, 20)}`)
    }
    else out.add('fd:none')
  }
  const mailer = msg.headers.get('x-mailer')?.[0] ?? msg.headers.get('user-agent')?.[0]
  out.add(mailer ? `xm:${mailer.toLowerCase().split(/[\s/(;]+/).slice(0, 2).join(' ')}` : 'xm:none')
  addFormatTokens(msg, out)
  for (const a of msg.attachments) {
    const ext = a.filename.toLowerCase().split('.').pop()
    out.add(`att:${a.mimeType}`)
    if (ext && ext !== a.filename.toLowerCase()) out.add(`att:.${ext}`)
  }
  for (const link of msg.links) {
    if (out.size >= MAX_TOKENS) break
    // a URL written as text in the HTML (Link.written) is read with the words of the text, as it always was
    if (!link.written) addLinkTokens(link.url, out)
  }
  // the text part alone (the rules read a stub text part with the HTML's text after it: ParsedMessage.textPartChars)
  const part = textPart(msg)
  const text = part.length > MAX_TEXT_CHARS ? part.slice(0, MAX_TEXT_CHARS) : part
  const body = addUrlTokens(text, out)
  addWords(body.toLowerCase(), '', out)
  // both alternatives count, as in SpamBayes: spam often says more in its HTML than in its text part
  if (msg.hasPlainText && msg.htmlText) addWords(addUrlTokens(msg.htmlText, out).toLowerCase(), '', out)
  return [...out]
}
