// Domain helpers shared by the rules.
import { trimTrailing } from './trim'
import type { Link } from './html'
import type { HostSet } from './types'
import { isInternalAddress } from '../lib/networks'

export function domainOf(address: string | undefined): string {
  if (!address) return ''
  const at = address.lastIndexOf('@')
  return at < 0 ? '' : trimTrailing(address.slice(at + 1), /[>\s.]/).toLowerCase()
}

/** The mailbox name of an address, lower-cased: what comes before its last @ ('' when it has none). */
export function localPartOf(address: string): string {
  const at = address.lastIndexOf('@')
  return at < 0 ? '' : address.slice(0, at).toLowerCase()
}

const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'ltd', 'plc', 'gob', 'nic'])

/**
 * The organisational domain, approximated without the public suffix list:
 * the last two labels, or three under country second-level zones (example.co.uk).
 */
export function orgDomain(domain: string): string {
  const labels = domain.toLowerCase().split('.').filter(Boolean)
  if (labels.length <= 2) return labels.join('.')
  const tld = labels[labels.length - 1]
  const sld = labels[labels.length - 2]
  const keep = tld.length === 2 && SECOND_LEVEL.has(sld) ? 3 : 2
  return labels.slice(-keep).join('.')
}

export function sameOrg(a: string, b: string): boolean {
  return orgDomain(a) === orgDomain(b)
}

/**
 * A host only the organisation's own network reaches: an internal address (192.168.10.20, fd00::5),
 * a single-label name (http://intranet/) or a name under a suffix for local networks (nas.local,
 * printer.lan, jira.corp, host.home.arpa). No page on the Internet is there to lure anyone to.
 */
export function isInternalHost(host: string): boolean {
  if (isInternalAddress(host)) return true
  if (!host.includes('.')) return !isIpLiteral(host) && /^[a-z][a-z0-9-]{0,62}$/i.test(host)
  return /\.(?:local|lan|internal|intranet|corp|home\.arpa|localdomain)$/i.test(host)
}

export function isIpLiteral(host: string): boolean {
  if (host.startsWith('[')) return true
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return true
  // dotless decimal, hex or octal forms browsers still accept: http://3627734628/, http://0xd8.0x3a.../
  if (/^(?:0x[0-9a-f]+|\d{8,10})$/i.test(host)) return true
  return /^(?:0x[0-9a-f]{1,2}|0[0-7]{1,3}|\d{1,3})(?:\.(?:0x[0-9a-f]{1,2}|0[0-7]{1,3}|\d{1,3})){3}$/i.test(host)
}

/** The most link domains an engine result names (src/policy/uribl.ts looks up at most [uribl] max_domains of them). */
export const LINK_DOMAINS_MAX = 50

/** A host name that a domain blocklist could list: letters, digits and dashes, a dot, a top-level domain of letters (or xn--). */
const LOOKUP_HOST = /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/

/**
 * The organisational domains of the links' hosts, most linked first (ties: first
 * seen first), at most `max` of them. IP literals and hosts that are no domain
 * name are left out. Linear in the number of links, plus sorting the distinct domains.
 */
export function linkDomains(hosts: Iterable<string>, max = LINK_DOMAINS_MAX): string[] {
  // links repeat their hosts: each distinct host is checked and reduced once
  const perHost = new Map<string, number>()
  for (const raw of hosts) if (raw && raw.length <= 253) perHost.set(raw, (perHost.get(raw) ?? 0) + 1)
  const counts = new Map<string, number>()
  for (const [raw, n] of perHost) {
    const host = raw.toLowerCase().replace(/\.$/, '')
    if (isIpLiteral(host) || !LOOKUP_HOST.test(host)) continue
    const org = orgDomain(host)
    counts.set(org, (counts.get(org) ?? 0) + n)
  }
  // Map iteration keeps first-seen order; sort is stable
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([d]) => d)
}

/**
 * Platforms that give each customer organisation a host of its own, named after it: its sign-in
 * (acme.okta.com), intranet and OneDrive (acme.sharepoint.com, acme-my.sharepoint.com), helpdesk
 * (acme.zendesk.com), wiki and tracker (acme.atlassian.net), CRM (acme.my.salesforce.com), billing portal (acme.chargebee.com).
 */
const TENANT_PLATFORMS = [
  'okta.com', 'oktapreview.com', 'okta-emea.com', 'onelogin.com', 'sharepoint.com', 'atlassian.net', 'zendesk.com',
  'freshdesk.com', 'slack.com', 'my.salesforce.com', 'service-now.com', 'webex.com', 'zoom.us', 'box.com',
  'bamboohr.com', 'personio.de', 'monday.com',
  // twenty-sixth round: the customer portals of subscription billing (acme.chargebee.com, acme.recurly.com)
  'chargebee.com', 'recurly.com',
]

/**
 * The host is the sender's organisation's own site: in its domain, or its tenant on a platform of
 * TENANT_PLATFORMS named as it is (acme-tools.okta.com for mail from acme-tools.com; dashes aside).
 * An IT department's "your password expires in 3 days" linking to the company's Okta scored 7 on
 * the lure rules alone (issue 10, fifth round).
 */
export function isSendersHost(host: string, fromDomain: string): boolean {
  if (sameOrg(host, fromDomain)) return true
  const name = orgDomain(fromDomain).split('.')[0].replace(/-/g, '')
  if (name.length < 4) return false
  const h = host.toLowerCase()
  for (const platform of TENANT_PLATFORMS) {
    if (!h.endsWith(`.${platform}`)) continue
    const labels = h.slice(0, -platform.length - 1).split('.')
    const tenant = labels[labels.length - 1].replace(/-my$/, '').replace(/-/g, '')
    return tenant === name
  }
  return false
}

/**
 * Every web link of the message leads to the sender's own organisation (and there is at least one):
 * an account, payment or delivery notice that sends the reader only to the sender's own site is what
 * a genuine notice does; a lure leads elsewhere (issue 10). Read in the first 300 links.
 * alsoHome: hosts that count as the sender's own too (a billing notice's payment pages, RuleContext.paymentPages).
 */
export function linksOnlyToSender(links: readonly Link[], fromDomain: string, alsoHome?: HostSet): boolean {
  if (!fromDomain) return false
  // several rule families ask this of one message: answered once per message, sender and alsoHome
  const answers = alsoHome ? alsoHomeAnswers : ownSiteAnswers
  const known = answers.get(links)
  if (known && known.domain === fromDomain && known.alsoHome === alsoHome) return known.answer
  let web = 0
  let answer = true
  for (const l of links.slice(0, 300)) {
    if (!/^https?:/i.test(l.url)) continue
    if (!l.host || !(isSendersHost(l.host, fromDomain) || alsoHome?.has(l.host))) {
      answer = false
      break
    }
    web++
  }
  answer = answer && web > 0
  answers.set(links, { domain: fromDomain, alsoHome, answer })
  return answer
}

/** The last answer for a message's links: without alsoHome, and with it (the body and the lure families both ask the payment pages) */
type OwnSiteAnswer = { domain: string; alsoHome: HostSet | undefined; answer: boolean }
const ownSiteAnswers = new WeakMap<readonly Link[], OwnSiteAnswer>()
const alsoHomeAnswers = new WeakMap<readonly Link[], OwnSiteAnswer>()

/** The name an organisation registered: the first label of its organisational domain ("northwind" for northwind.co.uk). */
function nameOf(org: string): string {
  const dot = org.indexOf('.')
  return dot < 0 ? org : org.slice(0, dot)
}

/**
 * Edit distance (insertions, deletions, substitutions, swaps of neighbours) of two
 * short strings, or `limit + 1` once it is certain to exceed `limit`. Bounded: a
 * common beginning and end are set aside first, and only the cells within `limit`
 * of the diagonal are computed, at most 63 x (2 limit + 1) steps.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  const over = limit + 1
  let x = a.slice(0, 63)
  let y = b.slice(0, 63)
  let p = 0
  while (p < x.length && p < y.length && x[p] === y[p]) p++
  let q = 0
  while (q < x.length - p && q < y.length - p && x[x.length - 1 - q] === y[y.length - 1 - q]) q++
  x = x.slice(p, x.length - q)
  y = y.slice(p, y.length - q)
  const n = x.length
  const m = y.length
  if (Math.abs(n - m) > limit) return over
  if (n === 0 || m === 0) return Math.max(n, m)
  let prev2 = new Int32Array(m + 1).fill(over)
  let prev = new Int32Array(m + 1).fill(over)
  let cur = new Int32Array(m + 1)
  for (let j = 0; j <= Math.min(m, limit); j++) prev[j] = j
  for (let i = 1; i <= n; i++) {
    cur.fill(over)
    if (i <= limit) cur[0] = i
    let rowMin = cur[0]
    const hi = Math.min(m, i + limit)
    for (let j = Math.max(1, i - limit); j <= hi; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, prev2[j - 2] + 1)
      cur[j] = Math.min(d, over)
      if (cur[j] < rowMin) rowMin = cur[j]
    }
    if (rowMin > limit) return over
    const t = prev2
    prev2 = prev
    prev = cur
    cur = t
  }
  return Math.min(prev[m], over)
}

/**
 * Whether domain `a` imitates domain `b`: another organisation whose registered name
 * differs from b's by one or two typed characters or a hyphen ("northwind-logistic"
 * for "northwind-logistics", "acme-c0rp" for "acmecorp", "contoso" for "cont0so").
 * The same name under another suffix (acme.de and acme.com) is not counted: companies
 * register their name in several countries. Names shorter than five letters are
 * left alone: "abc" and "abd" are simply two companies.
 */
export function imitatesDomain(a: string, b: string): boolean {
  if (!a || !b) return false
  // each organisational domain once (sameOrg would work it out again)
  const orgA = orgDomain(a)
  const orgB = orgDomain(b)
  if (orgA === orgB) return false
  const x = nameOf(orgA)
  const y = nameOf(orgB)
  if (x === y || y.length < 5 || x.length < 5) return false
  if (x.replace(/-/g, '') === y.replace(/-/g, '')) return true
  const limit = y.length >= 9 ? 2 : 1
  return boundedEditDistance(x, y, limit) <= limit
}
