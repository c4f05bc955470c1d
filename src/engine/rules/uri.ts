// URI rules: where the links in the message lead (hrefs, form actions, bare URLs in text).
import type { RuleFamily } from '../types'
import { hostOf } from '../html'
import { domainOf, isInternalHost, isIpLiteral, sameOrg } from '../domains'
import { linksWithAttached } from '../reported'
import { EXECUTABLE_EXTENSIONS } from './attachment'

export const SUSPICIOUS_TLDS = new Set([
  'xyz', 'top', 'click', 'tk', 'ml', 'ga', 'cf', 'gq', 'zip', 'mov', 'country', 'work', 'loan', 'men', 'date', 'racing',
  'download', 'stream', 'review', 'kim', 'bid', 'win', 'party', 'science', 'trade', 'accountant', 'faith', 'cricket',
  'rest', 'icu', 'buzz', 'cam', 'monster', 'quest', 'sbs', 'cfd',
])

/**
 * Of the extensions Windows runs on a double click, those a link to a download names a program by. Left out: what a
 * developer links as source (.js, .ps1, .bat, .cmd, .reg, .jar on a code host), what names a disk image (.iso, .img,
 * .vhd: a Linux release), a web page's .com or .url, and library and help files no download is.
 */
const NOT_LINKED_PROGRAMS = new Set(['com', 'js', 'bat', 'cmd', 'ps1', 'psm1', 'reg', 'jar', 'dll', 'sys', 'inf', 'url', 'iso', 'img', 'vhd', 'vhdx', 'chm', 'one', 'ws', 'application', 'xll', 'sct', 'msc'])
const LINKED_PROGRAM_EXTENSIONS = new Set([...EXECUTABLE_EXTENSIONS].filter((e) => !NOT_LINKED_PROGRAMS.has(e)))

/** The file a web link's path ends in and its extension, lower-cased ("http://host/d/Invoice_0412.msi?x=1": Invoice_0412.msi, msi). */
function linkedFile(url: string): { file: string; extension: string } | undefined {
  const path = /^https?:\/\/[^/?#\s]{1,300}(\/[^?#\s]{0,500})/i.exec(url)?.[1]
  if (!path) return undefined
  const file = path.slice(path.lastIndexOf('/') + 1)
  const dot = file.lastIndexOf('.')
  return dot > 0 ? { file, extension: file.slice(dot + 1).toLowerCase() } : undefined
}

/** The program a web link downloads ("http://host/videolar.exe", "https://host/d/Invoice_0412.msi?x=1"), or ''. */
export function linkedProgram(url: string): string {
  const linked = linkedFile(url)
  return linked && LINKED_PROGRAM_EXTENSIONS.has(linked.extension) ? linked.file : ''
}

/**
 * The archives and disk images a link hands malware out in (thirty-fifth round): not a program by itself, and a
 * software project links its releases so; a notice of an invoice or a shared document does not (document.ts).
 */
const ARCHIVE_EXTENSIONS = new Set(['zip', 'rar', '7z', 'iso', 'img'])

/**
 * The program, archive or disk image a web link downloads ("https://host/d/NFe_000128774.zip"), or '': what a document
 * notice (document.ts) or a hijacked thread's reply (thread_hijack.ts) hands over where a genuine one links a page.
 */
export function linkedDownload(url: string): string {
  const linked = linkedFile(url)
  return linked && (LINKED_PROGRAM_EXTENSIONS.has(linked.extension) || ARCHIVE_EXTENSIONS.has(linked.extension)) ? linked.file : ''
}

/**
 * The system folders of a WordPress site, where phishing kits are dropped on a compromised one (its uploads folder holds a
 * site's genuine files: only a page there is a kit's, UPLOADED_PAGE),
 * and any site's .well-known folder, which holds the files certificate authorities and browsers fetch and where kits
 * hide as well (thirty-second round, probes: a payroll and a handbook notice leading into one); no notice of a
 * document links into either (document.ts).
 */
export const SITE_SYSTEM_PATH = /^https?:\/\/[^/?#\s]{1,300}\/(?:[^?#\s]{0,200}\/)?(?:wp-includes|wp-admin|wp-content\/(?:plugins|themes|upgrade)|\.well-known)\//i

/**
 * A web page or a folder's index inside a WordPress site's uploads folder (thirty-seventh round, the takeover set:
 * ".../wp-content/uploads/2024/10/docs/index.html?id=…"): WordPress refuses web pages and scripts as uploads, so a page
 * there was put by a kit on a compromised site; the uploads a genuine notice links to are files (a PDF, a picture).
 */
export const UPLOADED_PAGE = /^https?:\/\/[^/?#\s]{1,300}\/(?:[^?#\s]{0,200}\/)?wp-content\/uploads\/(?:[^?#\s]{0,200}\.(?:s?html?|php)|(?:[^?#\s]{0,200}\/)?)(?:[?#]|$)/i

/**
 * Any of a WordPress site's folders, its uploads among them, where the kits drop their archives on a hacked site
 * (thread_hijack.ts: a hijacked reply's link to an archive there is its payload).
 */
export const SITE_FOLDER = /^https?:\/\/[^/?#\s]{1,300}\/(?:[^?#\s]{0,200}\/)?(?:wp-content|wp-includes|wp-admin)\//i

/**
 * The paths of a site's system folders that a genuine message may link although SITE_SYSTEM_PATH names them: a site's
 * own administration (a WordPress plugin's notice, "a new comment awaits moderation", sent from another domain than the
 * site's), the security contact and the password-change address browsers know (RFC 9116, W3C well-known URLs).
 */
const SYSTEM_PATH_GENUINE = /\/(?:wp-admin\/|\.well-known\/(?:security\.txt|change-password))/i

/** A link into a site's system folders or to a page in its uploads folder (URI_SITE_SYSTEM_FOLDER), not SYSTEM_PATH_GENUINE. */
export function kitFolder(url: string): boolean {
  const u = url.length > 600 ? url.slice(0, 600) : url
  return (SITE_SYSTEM_PATH.test(u) && !SYSTEM_PATH_GENUINE.test(u)) || UPLOADED_PAGE.test(u)
}

/** Visible link text that itself names a host: "www.bank.com", "https://bank.com/login". */
function hostInText(text: string): string {
  const t = text.slice(0, 300).trim()
  if (!/^(?:https?:\/\/|www\d{0,3}\.)/i.test(t)) {
    // a bare domain as the whole text: "paypal.com"
    const m = /^([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\/?$/i.exec(t)
    return m ? m[1].toLowerCase() : ''
  }
  return hostOf(t)
}

/** The host is written in compatibility characters (mathematical, fullwidth, enclosed) that fold to a plain ASCII host name. */
export function obfuscatedHost(host: string): boolean {
  const folded = host.normalize('NFKC')
  return folded !== host && /^[a-z0-9.-]{1,253}$/i.test(folded)
}

export const uriRules: RuleFamily = {
  family: 'uri',
  rules: [
    { name: 'URL_SHORTENER', score: 2, description: 'a link through a URL shortener, hiding where it leads' },
    { name: 'URI_IP_LITERAL', score: 3.5, description: 'a link to a bare IP address (dotted, decimal or hex) instead of a host name, not of an internal network (a printer\'s or NAS\'s admin page)' },
    { name: 'URI_USERINFO', score: 3, description: 'a link with user@ before the host (http://bank.com@evil.example/)' },
    { name: 'HTML_LINK_TEXT_MISMATCH', score: 3, description: 'link text shows one domain, the href goes to another (not an ESP click-tracking host or the sender\'s own domain)' },
    { name: 'URI_HOST_OBFUSCATED', score: 3, description: 'a link\'s host written in mathematical, fullwidth or enclosed letters and digits that a browser folds to plain ones ("𝟜.webrentals.example", "𝗮𝗱𝘃𝗲𝗻𝘁𝘂𝗿𝗲.example"): the address dodges the filters that know its domain (a genuine internationalised domain, "münchen.example", folds to itself)' },
    { name: 'URI_PUNYCODE', score: 1.0, description: 'a link to an internationalised (xn--) host, used for look-alike domains' },
    { name: 'URI_SUSPICIOUS_TLD', score: 3.5, description: 'a link into a top-level domain dominated by abuse (.xyz, .top, .tk, ...)' },
    { name: 'URI_NONSTANDARD_PORT', score: 1.5, description: 'a web link to an explicit unusual port, not on an internal host' },
    { name: 'URI_JAVASCRIPT', score: 2.0, description: 'a javascript: or data: link' },
    { name: 'URI_SITE_SYSTEM_FOLDER', score: 2, description: 'a link, to a host not the sender\'s nor an internal one, into a site\'s system folders (WordPress\'s wp-includes, its plugins\' and themes\' folders, any site\'s .well-known) or to a web page or a folder\'s index in a WordPress uploads folder, which refuses web pages: where phishing kits sit on a compromised site (not a site\'s administration, wp-admin, which its plugins\' notices link, nor security.txt or change-password)' },
    { name: 'URI_EXECUTABLE', score: 3, description: 'a link that downloads a Windows program or script (.exe, .scr, .msi, .hta, .vbs, .lnk, ...) from a host that is neither the sender\'s nor an internal one: malware is handed out so where attachments are blocked; a software vendor links its own downloads' },
    { name: 'HTML_FORM', score: 0.5, description: 'an HTML form in the message (credential harvesting)' },
  ],
  check(msg, _facts, hit, ctx) {
    const fromDomain = domainOf(msg.from?.address)
    const fired = new Set<string>()
    const once = (name: string, evidence: string) => {
      if (fired.has(name)) return
      fired.add(name)
      hit(name, evidence.slice(0, 120))
    }
    // of a forwarded or quoted lure reported as such, only the writer's own links (src/engine/reported.ts)
    for (const link of linksWithAttached(msg)) {
      const url = link.url
      if (/^\s*(?:javascript|vbscript|data):/i.test(url)) once('URI_JAVASCRIPT', url)
      const host = link.host
      if (!host) continue
      if (ctx.shorteners.has(host)) once('URL_SHORTENER', host)
      // a device's alert links to its admin page on the office network (https://192.168.10.20:5001/)
      const internal = isInternalHost(host)
      if (isIpLiteral(host) && !internal) once('URI_IP_LITERAL', host)
      if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*@/i.test(url)) once('URI_USERINFO', url)
      if (host.includes('xn--')) once('URI_PUNYCODE', host)
      // (thirty-fourth round) a host a browser reads as another: its compatibility characters fold to plain ASCII (NFKC, as
      // IDNA maps them), which no genuine address needs; 12 honeypot lures and scams, no ham message of our sets
      if (/[^\x00-\x7f]/.test(host) && obfuscatedHost(host)) once('URI_HOST_OBFUSCATED', host)
      if (!internal && !(fromDomain && sameOrg(host, fromDomain))) {
        const program = linkedProgram(url)
        if (program) once('URI_EXECUTABLE', `${host}: ${program}`)
        // (thirty-seventh round) the kit on a compromised site: in no ham message of our sets
        if (kitFolder(url)) once('URI_SITE_SYSTEM_FOLDER', url.slice(0, 120))
      }
      const tld = host.slice(host.lastIndexOf('.') + 1)
      if (SUSPICIOUS_TLDS.has(tld)) once('URI_SUSPICIOUS_TLD', host)
      const port = /^https?:\/\/[^/?#\s]*:(\d+)/i.exec(url)
      if (port && !internal && !['80', '443', '8080', '8443'].includes(port[1])) once('URI_NONSTANDARD_PORT', `${host}:${port[1]}`)
      if (link.text) {
        const shown = hostInText(link.text)
        // an ESP's click tracking, or the sender's own tracking subdomain, is not deception
        const tracking = ctx.espTracking.has(host) || (!!fromDomain && sameOrg(host, fromDomain))
        if (shown && !tracking && shown !== host && !sameOrg(shown, host) && !isIpLiteral(shown)) {
          once('HTML_LINK_TEXT_MISMATCH', `text ${shown} -> ${host}`)
        }
      }
    }
    if (msg.forms > 0) hit('HTML_FORM', `${msg.forms} form(s)`)
  },
}
