// Synthetic legitimate mail of our own in seven languages: what an
// organisation's own systems and staff send through an outbound gateway
// (invoices, statements, order and shipping notices, IT notices, renewals,
// rewards, product newsletters, appointment reminders, HR notices, school and
// club letters, person-to-person business mail, and a web service's account
// mail: sign-up, password reset, codes, new sign-ins, dunning, support tickets).
// Ham for `npm run train` (training part) and for `outpost eval --synthetic DIR`
// (evaluation part, kind "business-i18n", one data set per language). It is the
// legitimate counterpart of every pretext of the lures (src/tools/synth_lures.ts):
// without it, the classifiers learn "non-English, or invoice/account/prize words = spam".
//   node dist/tools/synth.js --out DIR   writes DIR/{train,eval}/i18n-ham/*.eml
//
// Provenance: every sentence is in src/tools/i18n_text.ts, written for this
// project; organisations and people are invented, every host is the sending
// organisation's own domain under the reserved TLD .example, IBANs and numbers
// are made up (IBANs do not carry a valid checksum).
//
// The split is by SENTENCE, as for the lures: every list of i18n_text.ts
// (organisations, subjects, body sentences, calls to action, greetings,
// sign-offs, footers, safety lines) is cut by isEvalEntry into a training and
// an evaluation part that share no entry; the HTML layout "letter" is
// train-only, "panel" eval-only. The evaluation part has a PRNG stream of its
// own: it does not change with the training size.
import { prng } from '../engine/logreg/model'
import { b64, encodeWord, messageId, mimeMessage, pick, token, writeMessages, type Mailer } from './mail_build'
import { banksOf, dateHeader, dateText, esc, fillIn, isEvalEntry, MONTHS, paras, slotLines, type Split } from './synth_lures'
import { HAM_COMMON, HAM_KINDS, HAM_TEXT, NAMES, type HamKind } from './i18n_text'
import type { Lang } from './lure_text'

export interface HamBank {
  org: string[]
  subject: string[]
  body: string[]
  cta: string[]
  /** attachment file name stems: the message may carry a PDF of that name */
  attach: string[]
}

export function parseHamBank(text: string): HamBank {
  const s = slotLines(text, ['O', 'S', 'B', 'C', 'A'])
  return { org: s.O, subject: s.S, body: s.B, cta: s.C, attach: s.A }
}

/** Every kind and language the generator writes, with its bank. */
export function hamBanks(): Array<{ kind: HamKind; lang: Lang; bank: HamBank }> {
  return banksOf(HAM_KINDS, HAM_TEXT, parseHamBank)
}

/** Kinds a person writes (no button, a personal signature, mostly plain text). */
const PERSONAL: ReadonlySet<HamKind> = new Set(['business'])
/** Kinds whose sender may add "we will never ask for your password" (a safety line). */
const SAFETY: ReadonlySet<HamKind> = new Set(['it-security', 'newsletter', 'subscription', 'statement', 'invoice', 'account'])

const AMOUNTS: Record<HamKind, [number, number]> = {
  invoice: [35, 4800], statement: [20, 2500], utility: [40, 310], order: [9, 640], 'it-security': [0, 0], subscription: [4, 120],
  rewards: [10, 250], newsletter: [50, 5000], appointment: [45, 680], hr: [1800, 5200], community: [5, 60], business: [600, 24000],
  account: [4, 90],
}

function money(r: () => number, lang: Lang, kind: HamKind): string {
  const [lo, hi] = AMOUNTS[kind]
  const v = lo + r() * (hi - lo)
  const en = v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  const eu = v.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  switch (lang) {
    case 'en': return pick(r, [`£${en}`, `$${en}`, `€${en}`])
    case 'de': return pick(r, [`${eu} €`, `${eu} EUR`, `EUR ${eu}`])
    case 'nl': return pick(r, [`€ ${eu}`, `€${eu}`, `EUR ${eu}`])
    case 'pt': return pick(r, [`R$ ${eu}`, `R$ ${eu}`, `${eu} €`])
    case 'es': return pick(r, [`${eu} €`, `${eu} EUR`])
    case 'fr': return `${v.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace(/\u202f/g, ' ')} €`
    case 'it': return pick(r, [`€ ${eu}`, `${eu} euro`, `EUR ${eu}`])
  }
}

const IBAN_CC: Record<Lang, [string, number]> = { en: ['GB', 18], de: ['DE', 18], nl: ['NL', 14], pt: ['PT', 21], es: ['ES', 20], fr: ['FR', 23], it: ['IT', 23] }
const BANK_CODES = ['ABNA', 'RABO', 'INGB', 'TRIO', 'BUNQ', 'NWBK', 'BARC']

/** A made-up IBAN in the country's shape, grouped by four (no valid checksum: nobody's account). */
function iban(r: () => number, lang: Lang): string {
  const [cc, len] = IBAN_CC[lang]
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('')
  const bban = lang === 'nl' || lang === 'en' ? `${pick(r, BANK_CODES)}${digits(len - 4)}` : digits(len)
  return `${cc}${digits(2)}${bban}`.replace(/(.{4})/g, '$1 ').trim()
}

const CARRIERS: Record<Lang, string[]> = {
  en: ['Royal Mail', 'DPD', 'Evri', 'UPS', 'DHL'], de: ['DHL', 'Hermes', 'DPD', 'GLS', 'UPS'], nl: ['PostNL', 'DHL', 'DPD', 'GLS'],
  pt: ['Correios', 'Jadlog', 'Loggi', 'CTT'], es: ['Correos', 'SEUR', 'MRW', 'GLS'], fr: ['Colissimo', 'Chronopost', 'DPD', 'Mondial Relay'], it: ['BRT', 'Poste Italiane', 'GLS', 'SDA'],
}

interface Fill {
  name: string
  first: string
  last: string
  title: string
  dear: string
  org: string
  domain: string
  amount: string
  ref: string
  date: string
  month: string
  iban: string
  carrier: string
  tracking: string
  time: string
  sender: string
  days: number
  points: number
  street: string
  city: string
  phone: string
}

const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\b(b\.?v|gmbh|s\.?a|s\.?r\.?l|s\.?p\.?a|ltd|sas|ag|e\.?v|lda|sl)\b\.?/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 28) || 'org'

type Layout = 'text' | 'letter' | 'panel' | 'outlook'

interface Parts {
  greet: string
  body: string[]
  safety?: string
  cta?: { text: string; url: string }
  signoff: string
  footer: string
}

function renderText(p: Parts): string {
  const lines = [p.greet, '', ...p.body.flatMap((b) => [b, ''])]
  if (p.cta) lines.push(`${p.cta.text}: ${p.cta.url}`, '')
  if (p.safety) lines.push(p.safety, '')
  lines.push(p.signoff)
  if (p.footer) lines.push('', '--', p.footer)
  return lines.join('\n') + '\n'
}

function renderHtml(layout: Exclude<Layout, 'text'>, p: Parts, org: string, domain: string, color: string): string {
  const body = p.body.map((b) => `<p>${paras(b)}</p>`).join('\n')
  const safety = p.safety ? `<p style="font-size:12px;color:#555">${paras(p.safety)}</p>` : ''
  if (layout === 'outlook') {
    return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-size:11pt;font-family:Calibri,sans-serif}</style></head><body lang="${'x'}" link="#0563C1">
<div class="WordSection1"><p class="MsoNormal">${paras(p.greet)}</p><p class="MsoNormal">&nbsp;</p>
${p.body.map((b) => `<p class="MsoNormal">${paras(b)}</p><p class="MsoNormal">&nbsp;</p>`).join('\n')}
<p class="MsoNormal">${paras(p.signoff)}</p>${p.footer ? `<p class="MsoNormal"><span style="font-size:9pt;color:#7F7F7F">${paras(p.footer)}</span></p>` : ''}</div></body></html>`
  }
  if (layout === 'letter') {
    const button = p.cta ? `<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:${color};border-radius:3px;padding:10px 22px"><a href="${esc(p.cta.url)}" style="color:#ffffff;text-decoration:none">${esc(p.cta.text)}</a></td></tr></table>` : ''
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(org)}</title></head><body style="margin:0;background:#f6f6f6">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="620" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<tr><td style="border-bottom:3px solid ${color}"><img src="https://www.${domain}/img/logo.png" alt="${esc(org)}" height="36"></td></tr>
<tr><td><p>${paras(p.greet)}</p>
${body}
${button}
${safety}
<p>${paras(p.signoff)}</p></td></tr>
<tr><td style="font-size:11px;color:#999;background:#fafafa">${paras(p.footer)}<br><a href="https://www.${domain}/privacy" style="color:#999">www.${domain}</a></td></tr>
</table></td></tr></table></body></html>`
  }
  const link = p.cta ? `<p><a href="${esc(p.cta.url)}" style="color:${color};font-weight:bold">${esc(p.cta.text)} &rsaquo;</a></p>` : ''
  return `<html><body style="font-family:Georgia,serif;font-size:15px;line-height:1.5">
<div style="max-width:580px;margin:0 auto;padding:16px;border:1px solid #ddd">
<h2 style="color:${color};font-weight:normal">${esc(org)}</h2>
<p>${paras(p.greet)}</p>
${body}
${link}
${safety}
<p>${paras(p.signoff)}</p>
<div style="border-top:1px solid #eee;font-size:11px;color:#888;padding-top:8px">${paras(p.footer)}</div>
</div></body></html>`
}

/** A small PDF as an accounting or HR system attaches it (the bytes do not matter to the filter, the part does). */
function pdfBytes(r: () => number, title: string): string {
  return `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n3 0 obj << /Title (${title.replace(/[^\x20-\x7e]/g, '?')}) /Producer (report engine ${token(r, 6)}) >> endobj\ntrailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n`
}

/** The message with a PDF attached: multipart/mixed around the text (or text and HTML) part. */
function withAttachment(r: () => number, headers: string[], html: string | undefined, text: string, file: string): string {
  const inner = mimeMessage(r, [], html, text)
  const cut = inner.indexOf('\r\n\r\n')
  const boundary = `----=_Mixed_${token(r, 16)}`
  const fname = encodeWord(file)
  return `${[...headers, `Content-Type: multipart/mixed; boundary="${boundary}"`].join('\r\n')}\r\n\r\n` +
    `--${boundary}\r\n${inner.slice(0, cut)}\r\n\r\n${inner.slice(cut + 4)}` +
    `--${boundary}\r\nContent-Type: application/pdf; name="${fname}"\r\nContent-Disposition: attachment; filename="${fname}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(pdfBytes(r, file))}\r\n--${boundary}--\r\n`
}

/** UTC offsets of the senders, in minutes: Europe and Brazil mostly */
const HAM_ZONES = [0, 60, 60, 120, 120, 0, -180, -300]

export interface HamOptions {
  /** messages per kind and language in the training part */
  perBank: number
  /** messages per kind and language in the evaluation part */
  evalPerBank: number
  seed: number
}

export interface HamMessage {
  split: Split
  kind: HamKind
  lang: Lang
  layout: Layout
  /** the entries of i18n_text.ts this message used, as "kind/lang/S|B|C|O|A index" or "common/lang/slot index" */
  used: string[]
  name: string
  raw: string
}

/** Default size, chosen by measurement (README "The shipped model and retraining"). */
export const DEFAULT_I18N_HAM: HamOptions = { perBank: 8, evalPerBank: 5, seed: 20261203 }

const MAILERS_BY_KIND: Record<HamKind, Mailer[]> = {
  invoice: ['exchange', 'phpmailer', 'postfix', 'django'], statement: ['postfix', 'django', 'rails'], utility: ['django', 'postfix', 'nodemailer'],
  order: ['nodemailer', 'phpmailer', 'rails'], 'it-security': ['exchange', 'postfix'], subscription: ['rails', 'nodemailer', 'django'],
  rewards: ['exchange', 'nodemailer', 'phpmailer'], newsletter: ['nodemailer', 'rails', 'phpmailer'], appointment: ['phpmailer', 'django', 'postfix'],
  hr: ['exchange', 'postfix'], community: ['phpmailer', 'postfix', 'exchange'], business: ['exchange', 'exchange', 'postfix'],
  account: ['rails', 'nodemailer', 'django'],
}

export function* synthesizeI18nHam(opts: HamOptions): Generator<HamMessage> {
  const banks = hamBanks()
  let n = 0
  for (const split of ['train', 'eval'] as const) {
    const r = prng(split === 'train' ? opts.seed : opts.seed + 1)
    for (const { kind, lang, bank } of banks) {
      const count = split === 'train' ? opts.perBank : opts.evalPerBank
      const indexed = (list: string[], id: string) => list.map((s, i) => ({ s, id: `${id} ${i}`, i, n: list.length })).filter((e) => isEvalEntry(e.i, e.n) === (split === 'eval'))
      const common = HAM_COMMON[lang]
      const orgs = indexed(bank.org, `${kind}/${lang}/O`)
      const subjects = indexed(bank.subject, `${kind}/${lang}/S`)
      const bodies = indexed(bank.body, `${kind}/${lang}/B`)
      const ctas = indexed(bank.cta, `${kind}/${lang}/C`)
      const attach = indexed(bank.attach, `${kind}/${lang}/A`)
      const personal = PERSONAL.has(kind)
      const greetNamed = indexed(personal ? common.greetPerson : common.greetNamed, `common/${lang}/${personal ? 'greetPerson' : 'greetNamed'}`)
      const greetAnon = indexed(common.greetAnon, `common/${lang}/greetAnon`)
      const signoffs = indexed(personal ? common.signoffPerson : common.signoff, `common/${lang}/${personal ? 'signoffPerson' : 'signoff'}`)
      const footers = indexed(common.footer, `common/${lang}/footer`)
      const safety = indexed(common.safety, `common/${lang}/safety`)
      const names = NAMES[lang]
      for (let i = 0; i < count; i++) {
        const female = r() < 0.5
        const first = pick(r, female ? names.f : names.m)
        const last = pick(r, names.last)
        const used: string[] = []
        const take = (list: Array<{ s: string; id: string }>): string => {
          const e = pick(r, list)
          used.push(e.id)
          return e.s
        }
        const orgName = take(orgs)
        const domain = `${slug(orgName)}.example`
        const senderFemale = r() < 0.5
        const sender = `${pick(r, senderFemale ? names.f : names.m)} ${pick(r, names.last)}`
        const date = new Date(Date.UTC(2025 + Math.floor(r() * 2), Math.floor(r() * 12), 1 + Math.floor(r() * 27), 6 + Math.floor(r() * 13), Math.floor(r() * 60), Math.floor(r() * 60)))
        const rcptDomain = personal ? `${slug(pick(r, names.companies))}.example` : pick(r, names.mailDomains)
        const email = `${slug(first)}.${slug(last)}@${rcptDomain}`
        const f: Fill = {
          name: `${first} ${last}`,
          first,
          last,
          title: names.title[female ? 0 : 1],
          dear: names.dear[female ? 0 : 1],
          org: orgName,
          domain,
          amount: money(r, lang, kind),
          ref: `${pick(r, ['', '', `${date.getUTCFullYear()}-`, 'R', 'F'])}${Math.floor(10000 + r() * 899999)}`,
          date: dateText(r, lang, new Date(date.getTime() + (3 + Math.floor(r() * 25)) * 86400000)),
          month: MONTHS[lang][date.getUTCMonth()],
          iban: iban(r, lang),
          carrier: pick(r, CARRIERS[lang]),
          tracking: `${pick(r, ['3S', 'JJD', '1Z', 'CP', ''])}${token(r, 10).toUpperCase()}`,
          time: `${8 + Math.floor(r() * 9)}:${pick(r, ['00', '15', '30', '45'])}`,
          sender,
          days: pick(r, [7, 10, 14, 14, 30]),
          points: pick(r, [150, 250, 400, 500, 1000, 1200]),
          street: pick(r, names.streets),
          city: pick(r, names.cities),
          phone: pick(r, names.phones),
        }
        const nBody = Math.min(bodies.length, 2 + (r() < 0.5 ? 1 : 0) + (r() < 0.2 ? 1 : 0))
        const picked: typeof bodies = []
        while (picked.length < nBody) {
          const e = pick(r, bodies)
          if (!picked.includes(e)) picked.push(e)
        }
        picked.sort((a, b) => a.i - b.i)
        for (const e of picked) used.push(e.id)
        const greet = fillIn(r() < (personal ? 0.9 : 0.55) ? take(greetNamed) : take(greetAnon), f)
        const web = `https://${pick(r, ['www.', 'www.', 'mijn.', 'portal.', 'app.', 'service.', ''])}${domain}`
        const ctaPath = `/${pick(r, ['account', 'login', 'documents', 'invoices', 'orders', 'settings', 'news', 'p'])}${r() < 0.5 ? `/${token(r, 8)}` : ''}`
        const hasCta = !personal && ctas.length > 0 && r() < 0.75
        const parts: Parts = {
          greet,
          body: picked.map((e) => fillIn(e.s, f)),
          cta: hasCta ? { text: fillIn(take(ctas), f), url: `${web}${ctaPath}` } : undefined,
          safety: SAFETY.has(kind) && safety.length && r() < 0.45 ? fillIn(take(safety), f) : undefined,
          signoff: personal ? `${fillIn(take(signoffs), f)}\n${sender}\n${orgName}${r() < 0.6 ? `\n${f.phone}` : ''}` : `${fillIn(take(signoffs), f)}\n${r() < 0.4 ? `${sender}\n` : ''}${orgName}`,
          // a person signs with the company's address, not with a mailing system's footer
          footer: personal ? (r() < 0.5 ? '' : `${f.street} · ${f.city}${r() < 0.5 ? ` · www.${domain}` : ''}`) : fillIn(take(footers), f),
        }
        let subject = fillIn(take(subjects), f)
        if (personal && r() < 0.3) subject = `${pick(r, ['RE: ', 'Re: ', 'AW: ', 'Fwd: ', 'RE: '])}${subject}`
        const layout: Layout = personal
          ? r() < 0.6 ? 'text' : 'outlook'
          : (() => {
              const x = r()
              if (x < 0.3) return 'text'
              if (x < 0.4) return 'outlook'
              return split === 'train' ? 'letter' : 'panel'
            })()
        const color = pick(r, ['#004b87', '#2e7d32', '#c62828', '#6a1b9a', '#ef6c00', '#00838f', '#37474f'])
        const text = renderText(parts)
        const html = layout === 'text' ? undefined : renderHtml(layout, parts, orgName, domain, color).replace(`lang="x"`, `lang="${lang}"`)
        const local = personal ? `${slug(sender.split(' ')[0])}.${slug(sender.split(' ').slice(1).join(' '))}` : fillIn(pick(r, common.locals[kind] ?? common.locals.default), f)
        const senders = indexed(common.senders[kind] ?? [], `common/${lang}/senders/${kind}`)
        const fromName = personal ? sender : senders.length && r() < 0.5 ? fillIn(take(senders), f) : orgName
        const h: string[] = []
        h.push(`From: ${encodeWord(/[,.]/.test(fromName) ? `"${fromName}"` : fromName)} <${local}@${domain}>`)
        h.push(`To: ${r() < 0.6 ? `${encodeWord(`${first} ${last}`)} <${email}>` : email}`)
        h.push(`Subject: ${encodeWord(subject)}`)
        h.push(`Date: ${dateHeader(r, date, HAM_ZONES)}`)
        const mailer = pick(r, MAILERS_BY_KIND[kind])
        h.push(`Message-ID: ${messageId(r, mailer, domain, date)}`)
        h.push('MIME-Version: 1.0')
        if (mailer === 'exchange' && r() < 0.6) h.push(`Content-Language: ${{ en: 'en-GB', de: 'de-DE', nl: 'nl-NL', pt: 'pt-BR', es: 'es-ES', fr: 'fr-FR', it: 'it-IT' }[lang]}`)
        if (!personal && r() < 0.3) h.push(`Reply-To: ${fillIn(pick(r, common.locals.default), f)}@${domain}`)
        if (kind === 'newsletter' || kind === 'community') {
          if (r() < 0.8) h.push(`List-Unsubscribe: <https://www.${domain}/unsubscribe?u=${token(r, 24)}>, <mailto:unsubscribe@${domain}>`)
          if (r() < 0.5) h.push('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
        }
        const file = attach.length && r() < 0.5 ? `${fillIn(take(attach), f)}.pdf` : undefined
        const raw = file ? withAttachment(r, h, html, text, file) : mimeMessage(r, h, html, text)
        n++
        yield { split, kind, lang, layout, used, name: `${String(n).padStart(4, '0')}-${lang}-${kind}.eml`, raw }
      }
    }
  }
}

/** Writes DIR/{train,eval}/i18n-ham/*.eml; returns the counts per part. */
export function writeI18nHam(out: string, opts: HamOptions = DEFAULT_I18N_HAM): Record<string, number> {
  return writeMessages(out, 'i18n-ham', synthesizeI18nHam(opts))
}
