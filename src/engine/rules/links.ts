// Where links hide their destination: free web hosting and site builders,
// IPFS gateways, open redirectors carrying a further address, and HTML
// forms that ask for a password. The host lists are shipped in ./lists.ts and
// extended by the admin in config/outpost_policy.ini [lists].
import type { RuleContext, RuleFamily } from '../types'
import type { ParsedMessage } from '../message'
import type { Link } from '../html'
import { domainOf, sameOrg } from '../domains'
import { FREEMAIL, ownAddresses } from './header'
import { linkDestinations, unsubscribesHome } from './mime'
import { attachedLinksToScore, linksToScore, linksWithAttached, reportedLure } from '../reported'
import { MAX_PDF_LINKS } from '../pdf'

/** A further web address inside a link's query or path (plain or percent-encoded). */
const EMBEDDED_URL = /[?&/=](?:https?(?::|%3a)(?:\/|%2f){2}|www\.)([a-z0-9.-]{1,253}|[a-z0-9%.-]{1,300})/i

function embeddedHost(url: string): string {
  // only what follows the link's own scheme and host
  const start = /^[a-z][a-z0-9+.-]{0,15}:\/\/[^/?#\s]{0,300}/i.exec(url)?.[0].length ?? 0
  const m = EMBEDDED_URL.exec(url.slice(start, start + 2000))
  if (!m) return ''
  try {
    return decodeURIComponent(m[1]).toLowerCase().replace(/[/:?#].*$/, '')
  } catch {
    return m[1].toLowerCase()
  }
}

/** Telegram and WhatsApp contact links: where a scam moves the conversation off e-mail. */
const MESSENGER_HOSTS = new Set(['t.me', 'telegram.me', 'wa.me', 'chat.whatsapp.com', 'api.whatsapp.com'])

/** A messenger link that shares the page it sits in rather than reaching a person: "wa.me/?text=", "api.whatsapp.com/send?text=" without a phone, "t.me/share/url?url=". */
const SHARE_LINK = /^https?:\/\/(?:wa\.me\/?\?|api\.whatsapp\.com\/send\/?\?(?![^#]*\bphone=)|t\.me\/share\b|telegram\.me\/share\b)/i

/** The first messenger link among the links that are scored (first 300); with contactOnly, the first that reaches a person or a group, not a share button. */
function messengerLink(msg: ParsedMessage, contactOnly: boolean): Link | undefined {
  return linksWithAttached(msg)
    .slice(0, 300 + MAX_PDF_LINKS)
    .find((l) => l.host && MESSENGER_HOSTS.has(l.host) && !(contactOnly && SHARE_LINK.test(l.url.trim())))
}

/** The first messenger contact host among the links that are scored (first 300), or ''. */
export function messengerHost(msg: ParsedMessage): string {
  return messengerLink(msg, false)?.host ?? ''
}

/** The first messenger link that reaches a person or a group (a handle, a phone number, an invitation), not a share button (twenty-ninth round). */
export function messengerContact(msg: ParsedMessage): Link | undefined {
  return messengerLink(msg, true)
}

/** mailto:address?query: the address and whether the query fills in a subject or a copy address */
const MAILTO = /^mailto:([^?@\s<>]{1,64}@([^?\s<>]{1,255}))(?:\?([^\s<>]{0,400}))?/i

/** A mailto: link that fills in something (mailto:address?query): its address and domain lower-cased, its query as written. */
interface MailtoButton {
  address: string
  domain: string
  query: string
  /** "address?query" as the evidence shows it */
  evidence: string
}

/** The mailto: links with a query among the links scored (first 300), in order. */
function* mailtoButtons(msg: ParsedMessage): Generator<MailtoButton> {
  for (const l of linksToScore(msg).slice(0, 300)) {
    if (l.host || !/^mailto:/i.test(l.url)) continue
    const m = MAILTO.exec(l.url)
    if (!m || !m[3]) continue
    const address = m[1].toLowerCase()
    yield { address, domain: m[2].toLowerCase(), query: m[3], evidence: `${address.slice(0, 80)}?${m[3].slice(0, 40)}` }
  }
}

/**
 * MAILTO_FREEMAIL's button: it fills in its own subject or copy address and goes to a freemail mailbox that is
 * neither the sender's nor a recipient's. A lure's "Report the user" or "Cancel" button written as an e-mail to the
 * scammer: the answers are collected where no company receives its mail. A signature's plain mailto: or a company's
 * "write to us" with a subject goes to the sender's own mailbox or domain. (Issue 10, twentieth round: no ham message
 * of any set has one; 9 honeypot phishing, 6 scams and 88 spam of 2002 do.)
 */
function freemailButton(button: MailtoButton, own: ReadonlySet<string>): boolean {
  return /(?:^|&)(?:subject|cc|bcc)=/i.test(button.query) && FREEMAIL.has(button.domain) && !own.has(button.address)
}

/**
 * What a lure's mailto: button fills in as its answer to the alert ("Report The User", "Send Statement", "No
 * it wasn't me"), in the subject or body of the e-mail it writes: the alert's "this was not me" button, sent
 * to the scammer's mailbox. Read in the decoded query with hyphens and underscores as spaces ("Report-User-Now");
 * bounded: the query is at most 400 characters (MAILTO).
 */
const REPORT_ANSWER = /\breport(?: the| this)? (?:user|activity|sign ?in|login|transaction)|\bsend statement\b|\bwas ?n[o'’]?t me\b|\bnot me\b|\bunusual (?:sign ?in )?activity\b|\bwar ich nicht\b|\bdat was ik niet\b|\bn[aã]o fui eu\b|\bno fui yo\b|\bce n['’][ée]tait pas moi\b|\bnon ero io\b/

/** A mailto: query decoded ('+' as a space) and lower-cased; as written where it does not decode. */
function decodedQuery(query: string): string {
  const text = query.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(text).toLowerCase()
  } catch {
    return text.toLowerCase()
  }
}

/**
 * MAILTO_REPORT's button: to an address neither the sender's domain nor a recipient's, it copies itself
 * (mailto:x?cc=x) or fills in an answer to the alert as its subject or body (REPORT_ANSWER). The kit of the
 * "unusual sign-in activity" lure writes its button so, whatever mailbox collects the answers: a freemail one
 * (MAILTO_FREEMAIL too) or a domain of its own. A genuine alert links to its own site, and no mail program or site
 * writes one address twice. (Issue 10, thirty-first round: the training part's honeypot has it in nine messages,
 * three of them missed; no ham message of any set has one.)
 */
function reportButton(button: MailtoButton, own: ReadonlySet<string>, fromDomain: string): boolean {
  if (own.has(button.address) || (fromDomain && sameOrg(button.domain, fromDomain))) return false
  const query = decodedQuery(button.query)
  const copiesItself = query.split('&').some((pair) => /^\s*b?cc=/.test(pair) && pair.slice(pair.indexOf('=') + 1).trim() === button.address)
  return copiesItself || REPORT_ANSWER.test(query.replace(/[-_]+/g, ' '))
}

/**
 * The first MAILTO_FREEMAIL and the first MAILTO_REPORT button (of the links scored, first 300), each as
 * "address?query", or ''. One walk over the mailto: buttons; the message's own addresses are gathered at the first
 * button, and most messages have none.
 */
export function mailtoFindings(msg: ParsedMessage, rcptTo: readonly string[]): { freemail: string; report: string } {
  let own: Set<string> | undefined
  let fromDomain = ''
  let freemail = ''
  let report = ''
  for (const button of mailtoButtons(msg)) {
    if (!own) {
      own = ownAddresses(msg, rcptTo)
      fromDomain = domainOf(msg.from?.address)
    }
    if (!freemail && freemailButton(button, own)) freemail = button.evidence
    if (!report && reportButton(button, own, fromDomain)) report = button.evidence
    if (freemail && report) break
  }
  return { freemail, report }
}

/**
 * A link into IPFS: through a gateway of the list, to an `ipfs.` host, or to an /ipfs/<CID> content address (CIDv0
 * "Qm…" or CIDv1 "bafy…") on any host. One answer for URI_IPFS and for where DOCUMENT_LURE's action leads.
 */
export function isIpfsLink(url: string, host: string, ctx: RuleContext): boolean {
  return ctx.ipfsGateways.has(host) || /(?:^|\.)ipfs\./.test(host) || /\/ipfs\/(?:qm[1-9a-z]{44}|bafy[a-z2-7]{20,})/i.test(url.slice(0, 500))
}

export const linkRules: RuleFamily = {
  family: 'links',
  rules: [
    { name: 'URI_FREE_HOSTING', score: 2.0, description: 'a link to a page on free web hosting, a site builder, a form service or cloud storage (Firebase, Cloudflare pages/workers, Netlify, Vercel, Weebly, Wix, Google Forms/Sites, blob storage, anonymous Telegraph pages, ...) while the sender is not that service' },
    { name: 'URI_IPFS', score: 3.0, description: 'a link through an IPFS gateway or to an /ipfs/ content address' },
    { name: 'URI_REDIRECTOR', score: 1.0, description: 'a link through an open redirector (google.com/url, bing.com/ck, l.facebook.com, ...) that carries a further address in another domain' },
    { name: 'MESSENGER_CONTACT', score: 2, description: 'a Telegram (t.me) or WhatsApp (wa.me, chat.whatsapp.com) contact link: scams move the conversation off e-mail' },
    { name: 'HTML_ONLY_LINKS_ELSEWHERE', score: 2, description: 'HTML-only message from a company domain whose links all lead to other domains (none to the sender\'s own or, from a brand\'s own domain, to another of the brand\'s, none through an ESP\'s tracking, not only to social profiles, app stores or a Teams or Zoom meeting; not a newsletter whose List-Unsubscribe address is the sender\'s own or its ESP\'s)' },
    { name: 'MAILTO_FREEMAIL', score: 4, description: 'a mailto: link that fills in its own subject or copy address, to a freemail mailbox that is neither the sender\'s nor a recipient\'s ("Report the user": mailto:…@gmail.com?subject=Report-User-Now): the button of a lure that collects its answers in a private mailbox; a company\'s "write to us" link goes to its own domain' },
    { name: 'MAILTO_REPORT', score: 4, description: 'a mailto: link to somebody else\'s address (not the sender\'s domain, not a recipient) that copies itself (mailto:x?cc=x) or fills in an answer to an alert as its subject or body ("Report The User", "Send Statement", "No it wasn\'t me"): the "this was not me" button of a security-alert lure, which collects its answers by mail; a genuine alert links to its own site' },
    { name: 'HTML_IMAGE_FREE_HOST', score: 3, description: 'the HTML loads an image from a free image host (imgur, ImgBB, Postimages, ...; [lists] image_hosts) while the sender is not that host: bulk and lure kits host their pictures where anyone can upload, a company\'s mail carries its own or loads them from its own, its ESP\'s or its platform\'s servers' },
    { name: 'CREDENTIAL_FORM', score: 3.0, description: 'an HTML form with a password field in the message body' },
  ],
  check(msg, facts, hit, ctx) {
    const fromDomain = domainOf(msg.from?.address)
    let free = ''
    let ipfs = ''
    let redirect = ''
    let messenger = ''
    let webLinks = 0
    let ownOrTracked = false
    // of a forwarded or quoted lure reported as such, only the writer's own links (src/engine/reported.ts);
    // after the message's own, the links of its attached PDFs (where they lead is read; they are not the body's)
    const body = linksToScore(msg).slice(0, 300)
    const attached = attachedLinksToScore(msg)
    const links = attached.length ? [...body, ...attached] : body
    for (let i = 0; i < links.length; i++) {
      const l = links[i]
      const host = l.host
      if (!host) continue
      const own = !!fromDomain && sameOrg(host, fromDomain)
      const inBody = i < body.length
      // (HTML_ONLY_LINKS_ELSEWHERE reads the HTML's own links, not a URL written as text: Link.written)
      if (inBody && !l.written && /^https?:/i.test(l.url)) webLinks++
      if (inBody && !l.written && (own || ctx.espTracking.has(host))) ownOrTracked = true
      if (!messenger && MESSENGER_HOSTS.has(host)) messenger = host
      if (!free && !own && ctx.freeHosting.has(host)) free = host
      if (!ipfs && isIpfsLink(l.url, host, ctx)) ipfs = host
      if (!redirect && !own && ctx.redirectors.has(host)) {
        const target = embeddedHost(l.url)
        if (target && !sameOrg(target, host) && !(fromDomain && sameOrg(target, fromDomain))) redirect = `${host} -> ${target}`
      }
    }
    if (free) hit('URI_FREE_HOSTING', free)
    if (ipfs) hit('URI_IPFS', ipfs)
    if (redirect) hit('URI_REDIRECTOR', redirect)
    if (messenger) hit('MESSENGER_CONTACT', messenger)
    const mailto = mailtoFindings(msg, facts.rcptTo)
    if (mailto.freemail) hit('MAILTO_FREEMAIL', mailto.freemail)
    if (mailto.report) hit('MAILTO_REPORT', mailto.report)
    if (msg.hasHtml && !msg.hasPlainText && webLinks > 0 && !ownOrTracked && fromDomain && !FREEMAIL.has(fromDomain) && !unsubscribesHome(msg, fromDomain, ctx)) {
      const { home, away } = linkDestinations(msg, fromDomain, ctx)
      if (home === 0 && away > 0) hit('HTML_ONLY_LINKS_ELSEWHERE', `${webLinks} link(s), none to ${fromDomain}`)
    }
    // the pictures of a lure forwarded or quoted to ask about it are the lure's, not the writer's
    const image = reportedLure(msg)?.quotes ? undefined : msg.imageHosts.find((h) => ctx.imageHosts.has(h) && !(fromDomain && sameOrg(h, fromDomain)))
    if (image) hit('HTML_IMAGE_FREE_HOST', image)
    if (msg.passwordFields > 0) hit('CREDENTIAL_FORM', `${msg.passwordFields} password field(s)`)
  },
}
