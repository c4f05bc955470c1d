// Synthetic modern lures of our own: phishing and scam mail as an outbound
// gateway would see it when a compromised account or a rogue customer submits
// it. Spam for `npm run train` (training part) and for `outpost eval
// --synthetic DIR` (evaluation part, kind "lures").
//   node dist/tools/synth.js --out DIR   writes DIR/{train,eval}/lures/*.eml with the ham
//
// Provenance: every sentence is in src/tools/lure_text.ts, written for this
// project; the brands are only display names (the addresses and links are
// never theirs), every host is invented here (random-looking names, look-alikes
// of a brand, subdomains of free hosting, *.example and *.test), the people are
// invented, and telephone numbers come from the ranges reserved for fiction.
//
// The split is by SENTENCE: every list of lure_text.ts (subjects, body
// sentences, calls to action, greetings, urgency lines, sign-offs, footers) is
// cut by isEvalEntry into a training and an evaluation part that share no
// entry, and the HTML layout "notice" appears in the evaluation part only
// ("card" in the training part only). Kinds, languages and brands are common to
// both parts, as they are between a campaign the models learned and next
// month's: the evaluation part measures whether the models learned the
// vocabulary of a lure rather than its sentences.
import { prng } from '../engine/logreg/model'
import { encodeWord, FIRST, LAST, MAILERS, messageId, mimeMessage, pick, writeMessages, RCPT_DOMAINS, token } from './mail_build'
import { BRANDS, COMMON, LANGS, LURE_KINDS, TEXT, type Lang, type LureKind } from './lure_text'

export type Split = 'train' | 'eval'

export interface Bank {
  subject: string[]
  body: string[]
  cta: string[]
}

/** Entry i of a list of n belongs to the evaluation part: positions 2, 5, 8, ..., or the second of two. */
export function isEvalEntry(i: number, n: number): boolean {
  return n === 2 ? i === 1 : i % 3 === 2
}

/** The entries of a list that belong to one part (a one-entry list belongs to the training part). */
export function partOf<T>(list: readonly T[], split: Split): T[] {
  return list.filter((_, i) => isEvalEntry(i, list.length) === (split === 'eval'))
}

/** A bank's lines "L: text" filed under their letter, for the letters given; other lines are skipped. */
export function slotLines<L extends string>(text: string, letters: readonly L[]): Record<L, string[]> {
  const slots = Object.fromEntries(letters.map((l) => [l, [] as string[]])) as Record<L, string[]>
  for (const line of text.split('\n')) {
    const m = /^([A-Z]): (.+)$/.exec(line.trim())
    if (m && Object.hasOwn(slots, m[1])) slots[m[1] as L].push(m[2])
  }
  return slots
}

/** Every kind and language a generator has text for, with its parsed bank (the lures' and the legitimate mail's). */
export function banksOf<K extends string, B>(kinds: readonly K[], text: Record<K, Partial<Record<Lang, string>>>, parse: (text: string) => B): Array<{ kind: K; lang: Lang; bank: B }> {
  const out: Array<{ kind: K; lang: Lang; bank: B }> = []
  for (const kind of kinds) {
    for (const lang of LANGS) {
      const t = text[kind][lang]
      if (t) out.push({ kind, lang, bank: parse(t) })
    }
  }
  return out
}

export function parseBank(text: string): Bank {
  const s = slotLines(text, ['S', 'B', 'C'])
  return { subject: s.S, body: s.B, cta: s.C }
}

/** Every kind and language the generator writes, with its bank. */
export function lureBanks(): Array<{ kind: LureKind; lang: Lang; bank: Bank }> {
  return banksOf(LURE_KINDS, TEXT, parseBank)
}

/** Kinds written as plain text by people (no button): a reply address, a wallet, a telephone number. */
const PERSONAL: ReadonlySet<LureKind> = new Set(['advance-fee', 'sextortion', 'loan', 'dating', 'job', 'illicit', 'b2b', 'charity'])

const CITIES_BY_LANG: Record<Lang, string[]> = {
  en: ['London', 'Manchester', 'Chicago', 'Dallas', 'Toronto', 'Sydney', 'Dublin'],
  de: ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt', 'Wien', 'Zürich'],
  nl: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'Antwerpen', 'Groningen'],
  pt: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba', 'Recife', 'Porto Alegre'],
  es: ['Madrid', 'Barcelona', 'Sevilla', 'Valencia', 'Ciudad de México', 'Bogotá'],
  fr: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Bruxelles', 'Genève'],
  it: ['Roma', 'Milano', 'Napoli', 'Torino', 'Bologna', 'Firenze'],
}

const COINS = ['BTC', 'ETH', 'USDT', 'XRP', 'SOL', 'BNB', 'TON', 'ARB', 'PEPE', 'ADA']
const TLDS = ['com', 'xyz', 'top', 'shop', 'online', 'site', 'click', 'icu', 'info', 'live', 'net', 'app', 'buzz', 'cfd', 'sbs', 'com.br', 'de', 'nl']
const FREE_HOSTS = ['web.app', 'pages.dev', 'weebly.com', 'wixsite.com', 'netlify.app', 'vercel.app', 'glitch.me', 'firebaseapp.com', 'square.site', 'godaddysites.com', 'blogspot.com', 'webflow.io']
const HOST_WORDS = ['secure', 'verify', 'login', 'support', 'update', 'account', 'service', 'help', 'claim', 'portal', 'online', 'info', 'center', 'auth', 'id', 'client', 'app', 'web']
const FREEMAIL = ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'aol.com', 'mail.ru', 'proton.me', 'gmx.com', 'zoho.com']
const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'von', 'ra', 'zu', 'pel', 'dor', 'ix', 'na', 'qua', 'bel', 'tro', 'fen', 'gal', 'sur', 'mek', 'ul', 'yo', 'rin', 'sta', 'vex', 'hop']

/** A random-looking word of 2 to 4 syllables, as the throwaway domains of a campaign. */
function babble(r: () => number, min = 2, max = 4): string {
  const n = min + Math.floor(r() * (max - min + 1))
  return Array.from({ length: n }, () => pick(r, SYLLABLES)).join('')
}

const slug = (s: string) => s.normalize('NFD').replace(/[^a-zA-Z0-9]+/g, '').toLowerCase().slice(0, 14) || 'service'

/** A host a lure links to or is sent from: never the brand's own, always invented. */
function lureHost(r: () => number, brand: string): string {
  const x = r()
  if (x < 0.3) return `${babble(r)}.${pick(r, TLDS)}`
  if (x < 0.55) return `${slug(brand)}-${pick(r, HOST_WORDS)}${r() < 0.5 ? Math.floor(r() * 99) : ''}.${pick(r, TLDS)}`
  if (x < 0.75) return `${slug(brand)}-${babble(r, 1, 2)}.${pick(r, FREE_HOSTS)}`
  if (x < 0.9) return `${pick(r, ['www.', ''])}${babble(r)}${pick(r, ['-shop', '-consulting', '-bau', '-tech', ''])}.${pick(r, ['com', 'net', 'org', 'de', 'nl', 'com.br', 'it', 'fr', 'es'])}`
  return `${pick(r, HOST_WORDS)}.${babble(r, 1, 3)}.${pick(r, ['example', 'test'])}`
}

function lureUrl(r: () => number, host: string, brand: string): string {
  const b = slug(brand)
  const paths = [
    () => `/${pick(r, ['login', 'verify', 'signin', 'update', 'auth'])}/${token(r, 10 + Math.floor(r() * 20))}`,
    () => `/?${pick(r, ['id', 'u', 'ref', 'token', 'c'])}=${token(r, 8 + Math.floor(r() * 30))}`,
    () => `/wp-content/${pick(r, ['plugins', 'uploads', 'themes'])}/${babble(r, 1, 2)}/${b}/index.php`,
    () => `/${b}/${pick(r, ['claim', 'secure', 'client', 'portal', 'promo'])}.html`,
    () => `/${token(r, 6)}/${token(r, 6)}`,
    () => `/r/${token(r, 12)}?e=${token(r, 16)}`,
  ]
  return `https://${host}${pick(r, paths)()}`
}

interface Fill {
  name: string
  email: string
  brand: string
  amount: string
  ref: string
  date: string
  hours: number
  days: number
  coin: string
  qty: string
  city: string
  pct: number
  phone: string
  wallet: string
}

const AMOUNTS: Record<LureKind, [number, number, number]> = {
  // low, high, decimals
  account: [50, 900, 2], 'payment-update': [4, 90, 2], crypto: [800, 48000, 0], prize: [250, 1500, 0], parcel: [1, 6, 2],
  invoice: [89, 950, 2], 'advance-fee': [1.2e6, 9.8e6, 0], loan: [3000, 75000, 0], sextortion: [900, 2900, 0],
  dating: [10, 90, 0], pharma: [29, 89, 2], energy: [800, 9500, 0], casino: [100, 5000, 0], 'get-rich': [250, 9000, 0],
  points: [150, 4800, 2], document: [900, 28000, 2], fine: [18, 390, 2], storage: [1, 3, 2], survey: [2, 9, 2],
  product: [29, 79, 2], insurance: [19, 480, 0], job: [150, 900, 0], illicit: [150, 3000, 0], b2b: [99, 1500, 0], charity: [25, 250, 0],
}

function money(r: () => number, lang: Lang, kind: LureKind): string {
  const [lo, hi, dec] = AMOUNTS[kind]
  const v = lo + r() * (hi - lo)
  const en = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: dec, maximumFractionDigits: dec })
  const eu = (x: number) => x.toLocaleString('de-DE', { minimumFractionDigits: dec, maximumFractionDigits: dec })
  if (kind === 'advance-fee') return pick(r, [`US$${en(v)}`, `${en(v)} USD`, `€${eu(v)}`, `${eu(v)} EUR`, `$${(v / 1e6).toFixed(1)} million`])
  if (kind === 'sextortion') return pick(r, [`$${en(v)}`, `${en(v)} USD`, `€${eu(v)}`])
  switch (lang) {
    case 'en': return pick(r, [`$${en(v)}`, `£${en(v)}`, `USD ${en(v)}`])
    case 'pt': return `R$ ${eu(v)}`
    default: return pick(r, [`${eu(v)} €`, `€${eu(v)}`, `${eu(v)} EUR`])
  }
}

function quantity(r: () => number, kind: LureKind, lang: Lang): string {
  if (kind === 'crypto') return pick(r, [(0.05 + r() * 2.5).toFixed(3), String(Math.floor(500 + r() * 25000))])
  if (kind === 'pharma') return String(2 + Math.floor(r() * 3))
  if (kind === 'dating') return String(3 + Math.floor(r() * 40))
  if (kind === 'points') return Math.floor(8000 + r() * 900000).toLocaleString(lang === 'en' ? 'en-US' : 'de-DE')
  if (kind === 'document') return String(2 + Math.floor(r() * 14))
  if (kind === 'storage') return String(pick(r, [5, 15, 50, 100, 200]))
  if (kind === 'survey' || kind === 'insurance') return String(pick(r, [5, 10, 20, 50, 100]))
  if (kind === 'product') return String(pick(r, [36, 40, 60, 100, 127]))
  return String(pick(r, [50, 100, 150, 200, 250, 500, 1000]))
}

/** Month names per language (dates written out in a message's text). */
export const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
}

/** A date as the language writes it, spelled out or in digits at random. */
export function dateText(r: () => number, lang: Lang, d: Date): string {
  const day = d.getUTCDate()
  const mon = d.getUTCMonth()
  const y = d.getUTCFullYear()
  const p2 = (n: number) => String(n).padStart(2, '0')
  if (r() < 0.5) {
    if (lang === 'en') return `${MONTHS.en[mon]} ${day}, ${y}`
    if (lang === 'de') return `${day}. ${MONTHS.de[mon]} ${y}`
    if (lang === 'pt' || lang === 'es') return `${day} de ${MONTHS[lang][mon]} de ${y}`
    return `${day} ${MONTHS[lang][mon]} ${y}`
  }
  if (lang === 'en') return `${p2(mon + 1)}/${p2(day)}/${y}`
  if (lang === 'de') return `${p2(day)}.${p2(mon + 1)}.${y}`
  if (lang === 'nl') return `${p2(day)}-${p2(mon + 1)}-${y}`
  return `${p2(day)}/${p2(mon + 1)}/${y}`
}

/** Telephone numbers from the ranges reserved for fiction (NANP 555-01xx, Ofcom 020 7946 0xxx). */
function phone(r: () => number): string {
  const n = Math.floor(r() * 100)
  return r() < 0.5 ? `+1 (${pick(r, ['202', '312', '415', '646'])}) 555-01${String(n).padStart(2, '0')}` : `+44 20 7946 0${String(n * 9).padStart(3, '0').slice(0, 3)}`
}

/** A made-up bech32-shaped string: a wallet the extortion names, not anybody's. */
function wallet(r: () => number): string {
  return `bc1q${Array.from({ length: 38 }, () => 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'[Math.floor(r() * 32)]).join('')}`
}

/** The placeholders in braces replaced by the values of f; an unknown placeholder stays as written. */
export function fillIn(s: string, f: object): string {
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in f ? String(f[k as keyof typeof f]) : m))
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
export const paras = (s: string) => esc(s).replace(/\n/g, '<br>')

type Layout = 'text' | 'card' | 'simple' | 'notice'

interface Parts {
  greet: string
  body: string[]
  urgent?: string
  cta?: { text: string; url: string }
  signoff: string
  footer: string
  /** a one-pixel image and a logo on the lure's host */
  pixel: string
  logo: string
}

function renderText(p: Parts): string {
  const lines = [p.greet, '', ...p.body.flatMap((b) => [b, ''])]
  if (p.urgent) lines.push(p.urgent, '')
  if (p.cta) lines.push(`${p.cta.text}: ${p.cta.url}`, '')
  lines.push(p.signoff, '', p.footer)
  return lines.join('\n') + '\n'
}

function renderHtml(layout: Exclude<Layout, 'text'>, p: Parts, brand: string, color: string): string {
  const body = p.body.map((b) => `<p>${paras(b)}</p>`).join('\n')
  const urgent = p.urgent ? `<p><b>${paras(p.urgent)}</b></p>` : ''
  if (layout === 'card') {
    const button = p.cta ? `<table role="presentation" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:${color};border-radius:4px;padding:12px 28px"><a href="${esc(p.cta.url)}" style="color:#ffffff;text-decoration:none;font-weight:bold">${esc(p.cta.text)}</a></td></tr></table>` : ''
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(brand)}</title></head><body style="margin:0;background:#f2f2f2">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#222">
<tr><td style="background:${color};color:#fff;font-size:22px;font-weight:bold"><img src="${esc(p.logo)}" alt="${esc(brand)}" height="32"> ${esc(brand)}</td></tr>
<tr><td><p>${paras(p.greet)}</p>
${body}
${urgent}
${button}
<p>${paras(p.signoff)}</p></td></tr>
<tr><td style="font-size:11px;color:#888">${paras(p.footer)}</td></tr>
</table></td></tr></table><img src="${esc(p.pixel)}" width="1" height="1" alt=""></body></html>`
  }
  if (layout === 'notice') {
    const button = p.cta ? `<p style="text-align:center"><a href="${esc(p.cta.url)}" style="display:inline-block;border:2px solid ${color};color:${color};padding:10px 24px;text-decoration:none;text-transform:uppercase">${esc(p.cta.text)}</a></p>` : ''
    return `<html><body><div style="max-width:560px;margin:auto;font-family:Verdana,Geneva,sans-serif;font-size:13px">
<div style="text-align:right"><img src="${esc(p.logo)}" alt="" width="120"></div>
<div style="border-left:6px solid ${color};background:#fff8e1;padding:14px"><font size="3"><b>${paras(p.greet)}</b></font>
${body}
${urgent}</div>
${button}
<p><i>${paras(p.signoff)}</i></p>
<hr><small>${paras(p.footer)}</small><img src="${esc(p.pixel)}" width="1" height="1"></div></body></html>`
  }
  const link = p.cta ? `<p><a href="${esc(p.cta.url)}">${esc(p.cta.text)}</a></p>` : ''
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Helvetica,Arial,sans-serif">
<p>${paras(p.greet)}</p>
${body}
${urgent}
${link}
<p>${paras(p.signoff)}</p>
<p style="color:#999;font-size:10px">${paras(p.footer)}</p>
</div></body></html>`
}

export interface LureOptions {
  /** messages per kind and language in the training part */
  perBank: number
  /** messages per kind and language in the evaluation part */
  evalPerBank: number
  seed: number
  /** body sentences a training lure carries beyond the evaluation lures' two or three */
  trainExtraBody?: number
}

export interface LureMessage {
  split: Split
  kind: LureKind
  lang: Lang
  layout: Layout
  /** the entries of lure_text.ts this message used, as "kind/lang/S|B|C index" or "common/lang/slot index" */
  used: string[]
  name: string
  raw: string
}

/** Default size, chosen by measuring two sizes (README "The shipped model and retraining"). */
export const DEFAULT_LURES: LureOptions = { perBank: 4, evalPerBank: 5, seed: 20251210, trainExtraBody: 3 }

/** UTC offsets of the lures' senders, in minutes */
const LURE_ZONES = [0, 0, 0, 0, 60, 120, -180, -300, 180, 480, 60, 120]

/** Date header in a sender's time zone (most submissions carry +0000, many a local offset). */
export function dateHeader(r: () => number, d: Date, zones: readonly number[] = LURE_ZONES): string {
  const tz = pick(r, zones)
  const local = new Date(d.getTime() + tz * 60000)
  const sign = tz < 0 ? '-' : '+'
  const hhmm = `${String(Math.floor(Math.abs(tz) / 60)).padStart(2, '0')}${String(Math.abs(tz) % 60).padStart(2, '0')}`
  return local.toUTCString().replace('GMT', `${sign}${hhmm}`)
}

export function* synthesizeLures(opts: LureOptions): Generator<LureMessage> {
  const banks = lureBanks()
  let n = 0
  for (const split of ['train', 'eval'] as const) {
    // a stream of its own for each part: the evaluation lures do not change with the training size
    const r = prng(split === 'train' ? opts.seed : opts.seed + 1)
    for (const { kind, lang, bank } of banks) {
      const count = split === 'train' ? opts.perBank : opts.evalPerBank
      const indexed = (list: string[], id: string) => list.map((s, i) => ({ s, id: `${id} ${i}`, i, n: list.length })).filter((e) => isEvalEntry(e.i, e.n) === (split === 'eval'))
      const subjects = indexed(bank.subject, `${kind}/${lang}/S`)
      const bodies = indexed(bank.body, `${kind}/${lang}/B`)
      let ctas = indexed(bank.cta, `${kind}/${lang}/C`)
      const common = COMMON[lang]
      if (!ctas.length) ctas = indexed(common.cta, `common/${lang}/cta`)
      const greets = indexed(common.greet, `common/${lang}/greet`)
      const urgents = indexed(common.urgent, `common/${lang}/urgent`)
      const signoffs = indexed(common.signoff, `common/${lang}/signoff`)
      const footers = indexed(common.footer, `common/${lang}/footer`)
      const brands = [...(BRANDS[kind].any ?? []), ...(BRANDS[kind][lang] ?? [])]
      for (let i = 0; i < count; i++) {
        const first = pick(r, FIRST)
        const last = pick(r, LAST)
        const email = `${slug(first)}${pick(r, ['.', '_', ''])}${slug(last)}${r() < 0.3 ? Math.floor(r() * 99) : ''}@${pick(r, RCPT_DOMAINS)}`
        const brand = pick(r, brands)
        const date = new Date(Date.UTC(2024 + Math.floor(r() * 2), Math.floor(r() * 12), 1 + Math.floor(r() * 27), Math.floor(r() * 24), Math.floor(r() * 60), Math.floor(r() * 60)))
        const f: Fill = {
          name: r() < 0.7 ? first : email.split('@')[0],
          email,
          brand,
          amount: money(r, lang, kind),
          ref: `${pick(r, ['#', 'N° ', 'ID ', ''])}${token(r, 2).toUpperCase()}${Math.floor(100000 + r() * 8999999)}`,
          date: dateText(r, lang, new Date(date.getTime() + (1 + Math.floor(r() * 6)) * 86400000)),
          hours: pick(r, [12, 24, 48, 72]),
          days: pick(r, [2, 3, 5, 7, 14]),
          coin: pick(r, COINS),
          qty: quantity(r, kind, lang),
          city: pick(r, CITIES_BY_LANG[lang]),
          pct: pick(r, [15, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90]),
          phone: phone(r),
          wallet: wallet(r),
        }
        const used: string[] = []
        const take = <T extends { s: string; id: string }>(list: T[]): string => {
          const e = pick(r, list)
          used.push(e.id)
          return fillIn(e.s, f)
        }
        // body sentences in bank order, without repeats: two or three in the evaluation part; the
        // training part takes opts.trainExtraBody more, so that more of the bank's words are learned without
        // more training messages (more messages dilute the spam side, README "The shipped model")
        const nBody = Math.min(bodies.length, 2 + (r() < 0.4 ? 1 : 0) + (split === 'train' ? opts.trainExtraBody ?? 0 : 0))
        const picked: typeof bodies = []
        while (picked.length < nBody) {
          const e = pick(r, bodies)
          if (!picked.includes(e)) picked.push(e)
        }
        picked.sort((a, b) => a.i - b.i)
        for (const e of picked) used.push(e.id)
        const personal = PERSONAL.has(kind)
        const host = lureHost(r, brand)
        const parts: Parts = {
          greet: take(greets),
          body: picked.map((e) => fillIn(e.s, f)),
          urgent: kind === 'sextortion' || r() < 0.35 ? undefined : take(urgents),
          cta: kind === 'sextortion' || (personal && r() < 0.6) ? undefined : { text: take(ctas), url: lureUrl(r, host, brand) },
          signoff: personal ? `${pick(r, ['Regards', 'Yours', '—'])}\n${brand}` : take(signoffs),
          footer: personal ? '' : take(footers),
          pixel: `https://${host}/${pick(r, ['o', 'px', 'open', 't'])}.gif?${token(r, 12)}`,
          logo: `https://${host}/${pick(r, ['img', 'assets', 'static'])}/${slug(brand)}.png`,
        }
        // personal kinds: a reply address or a messenger number in the text
        if (personal && !parts.cta && kind !== 'sextortion') parts.body.push(pick(r, [`${f.phone} (WhatsApp)`, `${babble(r, 2, 3)}${Math.floor(r() * 999)}@${pick(r, FREEMAIL)}`, `Telegram: @${babble(r, 2, 3)}`]))
        let subject = take(subjects)
        const deco = r()
        if (deco < 0.15) subject = `${pick(r, ['⚠️', '🎁', '📦', '💰', '🔒', '✅', '🔔', '❗'])} ${subject}`
        else if (deco < 0.22) subject = `${pick(r, ['RE: ', 'Fw: ', 'AW: ', 'Re: '])}${subject}`
        else if (deco < 0.3) subject = `${f.name}, ${subject[0].toLowerCase()}${subject.slice(1)}`
        const layout: Layout = personal
          ? r() < 0.8 ? 'text' : 'simple'
          : (() => {
              const x = r()
              if (x < 0.15) return 'text'
              if (x < 0.55) return 'simple'
              return split === 'train' ? 'card' : 'notice'
            })()
        const text = renderText(parts)
        const color = pick(r, ['#0070ba', '#d40511', '#ffcc00', '#1a73e8', '#e50914', '#00a651', '#ff6600', '#6f42c1'])
        const html = layout === 'text' ? undefined : renderHtml(layout, parts, brand, color)
        // the sender: a display name of the brand at a host that is not the brand's; people write from freemail
        const fromDomain = personal ? (r() < 0.7 ? pick(r, FREEMAIL) : `${babble(r)}.${pick(r, TLDS)}`) : lureHost(r, brand).replace(/^www\./, '')
        const local = personal
          ? `${slug(brand) || babble(r)}${Math.floor(r() * 9999)}`
          : pick(r, ['noreply', 'no-reply', 'support', 'info', 'service', 'security', 'notification', 'team', 'contact', token(r, 8)])
        const fromName = kind === 'sextortion' && r() < 0.5 ? '' : brand
        const h: string[] = []
        h.push(`From: ${fromName ? `${encodeWord(fromName.includes(',') || fromName.includes('.') ? `"${fromName}"` : fromName)} <${local}@${fromDomain}>` : `${local}@${fromDomain}`}`)
        h.push(`To: ${r() < 0.5 ? `${encodeWord(`${first} ${last}`)} <${email}>` : email}`)
        h.push(`Subject: ${encodeWord(subject)}`)
        h.push(`Date: ${dateHeader(r, date)}`)
        h.push(`Message-ID: ${messageId(r, pick(r, MAILERS), fromDomain, date)}`)
        h.push('MIME-Version: 1.0')
        const xm = r()
        if (xm < 0.25) h.push('X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')
        else if (xm < 0.35) h.push('X-Mailer: nodemailer (6.9.14; +https://nodemailer.com/; SMTP/6.9.14[client:6.9.14])')
        if (personal && r() < 0.6) h.push(`Reply-To: ${babble(r, 2, 3)}${Math.floor(r() * 999)}@${pick(r, FREEMAIL)}`)
        if (!personal && r() < 0.2) h.push('X-Priority: 1')
        const raw = mimeMessage(r, h, html, text, html !== undefined && r() < 0.5)
        n++
        yield { split, kind, lang, layout, used, name: `${String(n).padStart(4, '0')}-${lang}-${kind}.eml`, raw }
      }
    }
  }
}

/** Writes DIR/{train,eval}/lures/*.eml; returns the counts per part. */
export function writeLures(out: string, opts: LureOptions = DEFAULT_LURES): Record<string, number> {
  return writeMessages(out, 'lures', synthesizeLures(opts))
}
