// HTML to text and links, over capped input. Not a DOM: enough to read what
// a recipient would see and where links really go. Every scan is a single
// left-to-right pass, so unclosed tags cannot make it quadratic.
import { MAX_HTML_CHARS, MAX_LINKS } from './limits'
import { trimTrailing } from './trim'
import { visibleWords } from './invisible'
import { c1AsWindows1252 } from './windows1252'

export interface Link {
  /** the href (or bare URL found in text) */
  url: string
  /** lower-case host name, '' if none could be read */
  host: string
  /** visible anchor text, for <a> links */
  text?: string
  /**
   * a URL written as text in an HTML-only message, not in an <a href>: the reader's mail program makes it a link, so
   * the rules that ask where links lead read it; the rules about the HTML's own links (HTML_ONLY and its kin) do not
   */
  written?: true
}

export interface HtmlFacts {
  text: string
  links: Link[]
  images: number
  /** the distinct hosts the images are loaded from (http(s) src), the first MAX_IMAGE_HOSTS of them */
  imageHosts: string[]
  forms: number
  /** <input type=password> fields (credential-harvesting forms) */
  passwordFields: number
  /** visible characters excluding whitespace */
  visibleChars: number
  /** text elements hidden by their own style after text is shown, removed from the text (withoutHiddenText) */
  hiddenTexts: number
}

/**
 * The HTML 4 entities of ISO-8859-1 (U+00A0 to U+00FF, in code order): the accented letters of the
 * Western European languages. Mail in Portuguese, French or Spanish written by an HTML editor spells
 * its words with them ("Aten&ccedil;&atilde;o", "r&eacute;f&eacute;rence"); left undecoded, the rules'
 * phrases, the language test and the classifiers read broken words.
 */
const LATIN1_ENTITY_NAMES = [
  'nbsp', 'iexcl', 'cent', 'pound', 'curren', 'yen', 'brvbar', 'sect', 'uml', 'copy', 'ordf', 'laquo',
  'not', 'shy', 'reg', 'macr', 'deg', 'plusmn', 'sup2', 'sup3', 'acute', 'micro', 'para', 'middot',
  'cedil', 'sup1', 'ordm', 'raquo', 'frac14', 'frac12', 'frac34', 'iquest', 'Agrave', 'Aacute', 'Acirc', 'Atilde',
  'Auml', 'Aring', 'AElig', 'Ccedil', 'Egrave', 'Eacute', 'Ecirc', 'Euml', 'Igrave', 'Iacute', 'Icirc', 'Iuml',
  'ETH', 'Ntilde', 'Ograve', 'Oacute', 'Ocirc', 'Otilde', 'Ouml', 'times', 'Oslash', 'Ugrave', 'Uacute', 'Ucirc',
  'Uuml', 'Yacute', 'THORN', 'szlig', 'agrave', 'aacute', 'acirc', 'atilde', 'auml', 'aring', 'aelig', 'ccedil',
  'egrave', 'eacute', 'ecirc', 'euml', 'igrave', 'iacute', 'icirc', 'iuml', 'eth', 'ntilde', 'ograve', 'oacute',
  'ocirc', 'otilde', 'ouml', 'divide', 'oslash', 'ugrave', 'uacute', 'ucirc', 'uuml', 'yacute', 'thorn', 'yuml',
]

/** Entities by their exact (case-sensitive) name: &Eacute; is É, &eacute; is é. */
const NAMED_ENTITIES: Record<string, string> = {
  ...Object.fromEntries(LATIN1_ENTITY_NAMES.map((name, i) => [name, String.fromCodePoint(0xa0 + i)])),
  // a non-breaking space is read as a space, as the words around it are
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", trade: '™',
  euro: '€', bull: '•', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  sbquo: '‚', bdquo: '„', lsaquo: '‹', rsaquo: '›', oelig: 'œ', OElig: 'Œ', scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž', Yuml: 'Ÿ',
}
/** The same, found by a lower-cased name, for the entities written in capitals (&NBSP;, &AMP;) */
const NAMED_ENTITIES_ANY_CASE: Record<string, string> = Object.fromEntries(
  Object.entries(NAMED_ENTITIES).filter(([name]) => name === name.toLowerCase()),
)

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,7});?/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ' '
      // 128 to 159 are read as windows-1252, as HTML's parser reads them ("&#146;" is Word's apostrophe, not a C1 control)
      return code >= 0x80 && code <= 0x9f ? c1AsWindows1252(String.fromCodePoint(code)) : String.fromCodePoint(code)
    }
    return NAMED_ENTITIES[body] ?? NAMED_ENTITIES_ANY_CASE[body.toLowerCase()] ?? m
  })
}

/** Host of a URL-ish string: scheme://[user@]host[:port]/..., or www.host... */
export function hostOf(url: string): string {
  let m = /^[a-z][a-z0-9+.-]{0,15}:\/\/([^/?#\s]*)/i.exec(url)
  let authority: string
  if (m) authority = m[1]
  else {
    m = /^(www\d{0,3}\.[^/?#\s]*)/i.exec(url)
    if (!m) return ''
    authority = m[1]
  }
  const at = authority.lastIndexOf('@')
  if (at >= 0) authority = authority.slice(at + 1)
  if (authority.startsWith('[')) {
    const end = authority.indexOf(']')
    return authority.slice(0, end > 0 ? end + 1 : undefined).toLowerCase()
  }
  const colon = authority.indexOf(':')
  if (colon >= 0) authority = authority.slice(0, colon)
  return trimTrailing(authority, '.').toLowerCase()
}

const URL_IN_TEXT = /\b(?:https?:\/\/|www\d{0,3}\.)[^\s<>"'()[\]{}]{2,2000}/gi

/** Bare URLs in plain text. */
export function linksInText(text: string, into: Link[] = []): Link[] {
  URL_IN_TEXT.lastIndex = 0
  let m: RegExpExecArray | null
  while (into.length < MAX_LINKS && (m = URL_IN_TEXT.exec(text))) {
    const url = trimTrailing(m[0], '.,;:!?')
    into.push({ url, host: hostOf(url) })
  }
  return into
}

/** One expression per attribute name (a few names are asked for, once per tag). */
const ATTRIBUTE_RES = new Map<string, RegExp>()

function attr(tag: string, name: string): string | undefined {
  let re = ATTRIBUTE_RES.get(name)
  if (!re) {
    re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    ATTRIBUTE_RES.set(name, re)
  }
  const m = re.exec(' ' + tag)
  if (!m) return undefined
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim()
}

/** longest tag (between < and >) that is still read as a tag */
const MAX_TAG = 2000
/** longest anchor text paired with its href */
const MAX_ANCHOR_TEXT = 2000

/**
 * Next index of `needle` at or after `from`, remembering the last answer so a
 * left-to-right scan costs one pass in total however many times it asks.
 */
function forwardFinder(text: string, needle: string | RegExp): (from: number) => { index: number; length: number } {
  let cached = { index: -2, length: 0 }
  return (from: number) => {
    if (cached.index === -1 || (cached.index >= from && cached.index !== -2)) return cached
    if (typeof needle === 'string') {
      const i = text.indexOf(needle, from)
      cached = { index: i, length: needle.length }
    } else {
      needle.lastIndex = from
      const m = needle.exec(text)
      cached = m ? { index: m.index, length: m[0].length } : { index: -1, length: 0 }
    }
    return cached
  }
}

/** Remove tags, in one pass; a < with no > within MAX_TAG characters is text. */
export function stripTags(html: string, blockBreaks = false): string {
  const nextGt = forwardFinder(html, '>')
  let out = ''
  let pos = 0
  for (;;) {
    const lt = html.indexOf('<', pos)
    if (lt < 0) break
    const gt = nextGt(lt + 1).index
    if (gt < 0) break
    if (gt - lt > MAX_TAG) {
      out += html.slice(pos, lt + 1)
      pos = lt + 1
      continue
    }
    out += html.slice(pos, lt)
    out += blockBreaks && /^<\/?(?:br|p|div|tr|li|h[1-6]|table|td)\b/i.test(html.slice(lt, Math.min(gt, lt + 8))) ? '\n' : ' '
    pos = gt + 1
  }
  return out + html.slice(pos)
}

/**
 * The elements whose content a browser never shows, each to its end tag (or to the end, as a browser reads an
 * unclosed <style>, <script> or <title>). Not <head>: a browser ends the head at the first thing a head cannot
 * hold (text, a <center>, an <a>) and shows the rest, so a <head> left open, or closed only at the end of the
 * message, must not hide the body, as it did before the twenty-ninth round (one honeypot campaign writes no
 * </head> at all, another puts it after the lure). <noframes> and <noembed> are raw text, not shown: a <style>
 * written inside one ("<noframes><xml><style></xml></noframes>") starts nothing, and the earliest element
 * matched first keeps that <style> inside them instead of hiding the message up to the next </style>.
 */
const HIDDEN_ELEMENTS = /<(style|script|title|noframes|noembed)\b[^>]{0,200}>[\s\S]*?(?:<\/\1\s*>|$)/gi

/**
 * An element of text alone (no element inside it, at most 200 characters) that its own style hides: "hidden text
 * salting" (thirty-third round), letters or words a reader never sees, put between the letters of the lure's words
 * ("Your acc<span style="font-size:0">xq</span>ount has been sus<span style="display:none">zk</span>pended") so that
 * no phrase is found, or junk words between them for the classifiers. Removed without a space, so the word the
 * reader sees is read whole. Not the preheader, hidden text before any text shown: the mail program shows it as
 * the message's preview in the list of messages; it is kept, on a line of its own.
 */
const HIDDEN_TEXT_ELEMENT = /<(span|font|div|p|small|b|i|u|em|strong|sub|sup|label|s|ins|del)\b([^<>]{0,300})>([^<]{0,200})<\/\1\s{0,3}>/gi
/** A style that hides its element: display none, hidden, zero or one-pixel font, zero opacity, zero height or width with the overflow hidden, Outlook's mso-hide. */
const HIDING_STYLE = /display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden|font-size\s{0,3}:\s{0,3}(?:0|1px|0?\.\d{1,4}(?:px|pt|em|rem))(?:px|pt|em|rem|%)?\s{0,3}(?:[;!"']|$)|opacity\s{0,3}:\s{0,3}0(?:\.0{1,4})?\s{0,3}(?:[;!"']|$)|mso-hide\s{0,3}:\s{0,3}all|(?:^|[;\s"'])(?:max-)?(?:height|width)\s{0,3}:\s{0,3}0(?:px)?\s{0,3}[;!"'][^>]{0,200}overflow\s{0,3}:\s{0,3}hidden/i

/** Whether HTML text (tags taken out) shows a character: not only white space and characters nobody sees (a preheader's "&zwnj;&nbsp;" filler). */
function showsText(text: string): boolean {
  return /\S/.test(visibleWords(decodeEntities(text)))
}

function withoutHiddenText(html: string): { html: string; removed: number } {
  if (!/display|visibility|font-size|opacity|mso-hide|overflow|\shidden/i.test(html)) return { html, removed: 0 }
  let removed = 0
  // whether text is shown before the element: each stretch between two elements is read once
  let shown = false
  let readTo = 0
  const out = html.replace(HIDDEN_TEXT_ELEMENT, (whole: string, _name: string, attrs: string, content: string, at: number) => {
    if (!shown) shown = showsText(stripTags(html.slice(readTo, at)))
    readTo = at + whole.length
    const style = attr(attrs, 'style')
    // (the hidden attribute outside the quoted values: not a title that says "hidden")
    const hidden = (style !== undefined && HIDING_STYLE.test(style)) || /(?:^|\s)hidden(?:\s|=|\/|$)/i.test(attrs.replace(/"[^"]*"|'[^']*'/g, '""'))
    if (!hidden) {
      if (!shown) shown = showsText(content)
      return whole
    }
    if (!shown) return `${content}<br>`
    removed++
    return ''
  })
  return { html: out, removed }
}

/** Image hosts kept per message: enough to see where a message's pictures live, bounded for the rules that read them. */
const MAX_IMAGE_HOSTS = 20

/** keepHiddenText: read the hidden runs of text as shown (the labelling aid of `outpost eval`, which reads messages as it always has) */
export function htmlFacts(source: string, keepHiddenText = false): HtmlFacts {
  let html = source.length > MAX_HTML_CHARS ? source.slice(0, MAX_HTML_CHARS) : source
  html = html
    // (a comment inside a word joins it, as a browser shows it: "acc<!-- x -->ount" is "account"; thirty-third round)
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(HIDDEN_ELEMENTS, ' ')
  const hidden = keepHiddenText ? { html, removed: 0 } : withoutHiddenText(html)
  html = hidden.html
  const links: Link[] = []
  let images = 0
  const imageHosts: string[] = []
  let forms = 0
  let passwordFields = 0
  const nextGt = forwardFinder(html, '>')
  const nextClose = forwardFinder(html, /<\/a\s*>/gi)
  const open = /<(a|img|form|area|iframe|input)\b/gi
  let m: RegExpExecArray | null
  while ((m = open.exec(html))) {
    const start = m.index + m[0].length
    const gt = nextGt(start).index
    if (gt < 0) break
    if (gt - start > MAX_TAG) continue
    const attrs = html.slice(start, gt)
    const tag = m[1].toLowerCase()
    open.lastIndex = gt + 1
    if (tag === 'img') {
      images++
      if (imageHosts.length < MAX_IMAGE_HOSTS) {
        const src = attr(attrs, 'src')
        const host = src && /^\s{0,3}(?:https?:)?\/\//i.test(src) ? hostOf(src.trim().replace(/^\/\//, 'https://')) : ''
        if (host && !imageHosts.includes(host)) imageHosts.push(host)
      }
      continue
    }
    if (tag === 'input') {
      if (/^password$/i.test(attr(attrs, 'type') ?? '')) passwordFields++
      continue
    }
    if (tag === 'form') forms++
    if (links.length >= MAX_LINKS) continue
    const url = attr(attrs, tag === 'form' ? 'action' : tag === 'iframe' ? 'src' : 'href')
    if (!url) continue
    let text: string | undefined
    if (tag === 'a') {
      const close = nextClose(gt + 1).index
      text = close >= 0 && close - gt <= MAX_ANCHOR_TEXT ? decodeEntities(stripTags(html.slice(gt + 1, close))).replace(/\s+/g, ' ').trim() : ''
    }
    links.push(text === undefined ? { url, host: hostOf(url) } : { url, host: hostOf(url), text })
  }
  const text = decodeEntities(stripTags(html, true))
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    // a run of white space holding a line break becomes that line break: tried only where a run starts (not after
    // white space), so each run is read once (/\s*\n/ would rescan a long run of other spaces from each of its
    // characters), and without a function called for every run (every space between two words)
    .replace(/(?<!\s)\s*\n\s*/g, '\n')
    .trim()
  let visibleChars = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) visibleChars++
  return { text, links, images, imageHosts, forms, passwordFields, visibleChars, hiddenTexts: hidden.removed }
}
