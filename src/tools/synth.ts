// Modern transactional and marketing mail of our own, as an outbound gateway
// sees it: fresh submissions from an organisation's application or mail server.
//   node dist/tools/synth.js --out DIR [--per-kind N] [--seed S]
// writes DIR/{train,eval}/{transactional,newsletters}/*.eml, and the synthetic
// lures of src/tools/synth_lures.ts (spam, default size) to DIR/{train,eval}/lures/, and the
// legitimate mail in seven languages of src/tools/synth_i18n.ts (ham) to DIR/{train,eval}/i18n-ham/, and
// the evaluation ham once more sent HTML only and to undisclosed recipients (src/tools/synth_variants.ts) to
// DIR/eval/html-only/ and DIR/eval/bcc/
//
// Provenance: the HTML and text bodies are rendered by mailgen (npm, Apache-2.0,
// a devDependency) with its bundled open-source themes (default = Postmark's
// transactional templates, neopolitan = SendWithUs, salted = Jason Rodriguez's
// Salted, cerberus = Ted Goas' Cerberus), filled with content written here
// (organisations, people, products and wording are invented; every domain is
// one of ours below, none is a real company's). Headers are written as an
// application server (nodemailer/PHPMailer/Postfix sendmail), Exchange or an ESP
// would submit them: From of the organisation, Message-ID, Date, MIME
// multipart/alternative, List-Unsubscribe and click-tracking redirects of the
// common ESPs for newsletters.
//
// The split is by TEMPLATE SET: themes default and salted with wording family A
// are the training part; themes neopolitan and cerberus, and plain-text-only
// mail, with wording family B, are the evaluation part. A model or rule tuned
// on the training part is measured on layouts and wording it never saw.
import fs from 'node:fs'
import path from 'node:path'
import { prng } from '../engine/logreg/model'
import { DEFAULT_LURES, writeLures } from './synth_lures'
import { DEFAULT_I18N_HAM, writeI18nHam } from './synth_i18n'
import { writeVariants } from './synth_variants'
import { CITIES, encodeWord, FIRST, LAST, messageId, mimeMessage, pick, RCPT_DOMAINS, token, type Mailer } from './mail_build'

type MailgenCtor = new (opts: unknown) => { generate(e: unknown): string; generatePlaintext(e: unknown): string }

export interface Org {
  name: string
  domain: string
  /** the sending software: how Message-ID, X-Mailer and the MIME layout look */
  mailer: Mailer
  /** the ESP whose click tracking its newsletters use */
  esp: 'sendgrid' | 'mailchimp' | 'mailgun' | 'ses' | 'hubspot' | 'postmark' | 'sparkpost' | 'klaviyo' | 'brevo' | 'constantcontact' | 'sfmc' | 'none'
  industry: 'shop' | 'saas' | 'bank' | 'travel' | 'utility' | 'club'
}

const ORGS: Org[] = [
  { name: 'Northwind Traders', domain: 'northwind-traders.com', mailer: 'nodemailer', esp: 'sendgrid', industry: 'shop' },
  { name: 'Brightpath Analytics', domain: 'brightpath.io', mailer: 'rails', esp: 'mailchimp', industry: 'saas' },
  { name: 'Kestrel Outdoor', domain: 'kestreloutdoor.co.uk', mailer: 'phpmailer', esp: 'klaviyo', industry: 'shop' },
  { name: 'Fjordline Reisen', domain: 'fjordline-reisen.de', mailer: 'exchange', esp: 'brevo', industry: 'travel' },
  { name: 'Tessellate', domain: 'tessellate.app', mailer: 'nodemailer', esp: 'ses', industry: 'saas' },
  { name: 'Harbor Credit Union', domain: 'harborcu.org', mailer: 'exchange', esp: 'sfmc', industry: 'bank' },
  { name: 'Lumen Energie', domain: 'lumen-energie.nl', mailer: 'django', esp: 'mailgun', industry: 'utility' },
  { name: 'Quillbox', domain: 'quillbox.com', mailer: 'postfix', esp: 'postmark', industry: 'saas' },
  { name: 'Casa Verde Mercado', domain: 'casaverde.com.br', mailer: 'phpmailer', esp: 'hubspot', industry: 'shop' },
  { name: 'Riverside Rowing Club', domain: 'riversiderowing.org', mailer: 'postfix', esp: 'constantcontact', industry: 'club' },
  { name: 'Atlas Freight', domain: 'atlasfreight.net', mailer: 'rails', esp: 'sparkpost', industry: 'shop' },
  { name: 'Pinecone Labs', domain: 'pineconelabs.dev', mailer: 'django', esp: 'sendgrid', industry: 'saas' },
]

const PRODUCTS = [
  ['Merino base layer', 59], ['Trail running shoes', 129], ['USB-C charger 65W', 39], ['Ceramic pour-over set', 34], ['Wool beanie', 19],
  ['Annual plan (5 seats)', 480], ['Pro plan, monthly', 29], ['Storage add-on 100 GB', 4.99], ['Espresso beans 1 kg', 24.5],
  ['Bike light set', 45], ['Notebook A5, dotted', 12], ['Noise-cancelling headphones', 249], ['Yoga mat', 38], ['Desk lamp', 64],
] as const
const CARRIERS = [['DHL Express', 'dhl.com'], ['UPS', 'ups.com'], ['PostNL', 'postnl.nl'], ['Royal Mail', 'royalmail.com'], ['FedEx', 'fedex.com'], ['DPD', 'dpd.de']] as const

type Kind = 'receipt' | 'invoice' | 'reset' | 'signin-code' | 'invitation' | 'shipping' | 'activation' | 'newsletter' | 'security-notice'
const KINDS: Kind[] = ['receipt', 'invoice', 'reset', 'signin-code', 'invitation', 'shipping', 'activation', 'newsletter', 'security-notice']

interface Ctx {
  r: () => number
  org: Org
  person: { first: string; last: string; email: string }
  family: 'A' | 'B'
}

const money = (org: Org, v: number) => (org.domain.endsWith('.co.uk') ? `£${v.toFixed(2)}` : org.domain.endsWith('.com') || org.domain.endsWith('.io') || org.domain.endsWith('.app') || org.domain.endsWith('.dev') || org.domain.endsWith('.org') || org.domain.endsWith('.net') ? `$${v.toFixed(2)}` : `€${v.toFixed(2).replace('.', ',')}`)

/** A link as the org's ESP rewrites it for click tracking (newsletters and some transactional mail). */
function tracked(c: Ctx, url: string): string {
  const { r, org } = c
  const enc = encodeURIComponent(url)
  switch (org.esp) {
    case 'sendgrid': return `https://u${Math.floor(r() * 9e6)}.ct.sendgrid.net/ls/click?upn=${token(r, 60)}`
    case 'mailchimp': return `https://${org.domain.split('.')[0]}.us${1 + Math.floor(r() * 20)}.list-manage.com/track/click?u=${token(r, 25)}&id=${token(r, 10)}&e=${token(r, 10)}`
    case 'mailgun': return `https://email.mg.${org.domain}/c/${token(r, 120)}`
    case 'ses': return `https://${token(r, 8)}.r.us-east-1.awstrack.me/L0/${enc}/1/${token(r, 40)}/${token(r, 20)}=362`
    case 'hubspot': return `https://${token(r, 6)}.hubspotlinks.com/Ctc/${token(r, 4)}+113/${token(r, 8)}/VW${token(r, 40)}`
    case 'postmark': return `https://click.pstmrk.it/3s/${enc.slice(0, 60)}/${token(r, 16)}/${token(r, 40)}`
    case 'sparkpost': return `https://click.${org.domain}/f/a/${token(r, 22)}~~/${token(r, 30)}~`
    case 'klaviyo': return `https://trk.klclick.com/ls/click?upn=${token(r, 80)}`
    case 'brevo': return `https://${token(r, 5)}.r.a.d.sendibm1.com/mk/cl/f/${token(r, 90)}`
    case 'constantcontact': return `https://r20.rs6.net/tn.jsp?f=${token(r, 60)}&c=${token(r, 30)}&ch=${token(r, 30)}`
    case 'sfmc': return `https://click.e.${org.domain}/?qs=${token(r, 96)}`
    default: return url
  }
}

function unsubscribeUrl(c: Ctx): string {
  const { r, org } = c
  switch (org.esp) {
    case 'mailchimp': return `https://${org.domain.split('.')[0]}.us5.list-manage.com/unsubscribe?u=${token(r, 25)}&id=${token(r, 10)}&e=${token(r, 10)}`
    case 'sendgrid': return `https://u${Math.floor(r() * 9e6)}.ct.sendgrid.net/asm/unsubscribe/?user_id=${Math.floor(r() * 1e7)}&data=${token(r, 40)}`
    case 'hubspot': return `https://hs-${Math.floor(r() * 9e6)}.s.hubspotemail.net/hs/manage-preferences/unsubscribe?d=${token(r, 40)}`
    case 'klaviyo': return `https://manage.kmail-lists.com/subscriptions/unsubscribe?a=${token(r, 6)}&c=${token(r, 26)}`
    default: return `https://${org.domain}/email/unsubscribe?t=${token(r, 32)}`
  }
}

interface Rendered {
  subject: string
  body: Record<string, unknown>
  newsletter?: boolean
  /** transactional mail some orgs send through their ESP with click tracking too */
  track?: boolean
}

function content(kind: Kind, c: Ctx): Rendered {
  const { r, org, person, family } = c
  const A = family === 'A'
  const web = `https://www.${org.domain}`
  const app = `https://app.${org.domain}`
  const orderNo = `${A ? '' : 'NW-'}${Math.floor(10000 + r() * 89999)}`
  switch (kind) {
    case 'receipt': {
      const items = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, PRODUCTS))
      const total = items.reduce((a, [, p]) => a + p, 0)
      return {
        subject: A ? `Your ${org.name} receipt #${orderNo}` : `Order confirmation ${orderNo} – thanks for shopping with us`,
        body: {
          name: person.first,
          intro: A ? `Thanks for your order! Here is your receipt for order #${orderNo}.` : [`We've received your order ${orderNo} and are getting it ready.`, `You paid ${money(org, total)} with your card ending in ${1000 + Math.floor(r() * 8999)}.`],
          table: { data: [...items.map(([item, p]) => ({ item, quantity: 1, price: money(org, p) })), { item: 'Total', quantity: '', price: money(org, total) }] },
          action: { instructions: A ? 'You can view the order status and download the invoice in your account:' : 'Track the order or change the delivery address here:', button: { color: '#3869D4', text: A ? 'View your order' : 'Manage order', link: `${web}/account/orders/${orderNo}` } },
          outro: A ? 'Questions about your order? Just reply to this email.' : `Need to return something? You have 30 days. See ${web}/returns for details.`,
        },
        track: org.esp !== 'none' && r() < 0.3,
      }
    }
    case 'invoice': {
      const amount = 20 + Math.floor(r() * 900)
      const due = `${1 + Math.floor(r() * 27)} ${pick(r, ['January', 'March', 'May', 'July', 'September', 'November'])} 2025`
      return {
        subject: A ? `Invoice ${orderNo} from ${org.name}` : `Your ${pick(r, ['monthly', 'quarterly'])} statement is ready (${orderNo})`,
        body: {
          name: `${person.first} ${person.last}`,
          intro: A ? `Your invoice ${orderNo} for ${money(org, amount)} is attached and available in your account. It is due on ${due}.` : [`A new statement is available for your account.`, `Amount: ${money(org, amount)}. It will be collected by direct debit on ${due}; there is nothing you need to do.`],
          dictionary: { 'Invoice number': orderNo, Amount: money(org, amount), 'Due date': due },
          action: { instructions: A ? 'Download or pay the invoice online:' : 'See the statement in your online account:', button: { text: A ? 'Pay invoice' : 'View statement', link: `${app}/billing/invoices/${orderNo}` } },
          outro: A ? `If you have questions about this invoice, contact billing@${org.domain}.` : 'Thank you for being a customer.',
        },
      }
    }
    case 'reset':
      return {
        subject: A ? `Reset your ${org.name} password` : 'Password change requested',
        body: {
          name: person.first,
          intro: A ? `You have received this email because a password reset request for your ${org.name} account was received.` : `Somebody (hopefully you) asked to change the password of the ${org.name} account ${person.email}.`,
          action: { instructions: A ? 'Click the button below to reset your password:' : 'To choose a new password, open this link within the next 60 minutes:', button: { color: '#DC4D2F', text: A ? 'Reset your password' : 'Choose a new password', link: `${app}/password/reset/${token(r, 40)}` } },
          outro: A ? 'If you did not request a password reset, no further action is required on your part.' : 'If you did not ask for this, you can ignore this email: your password stays as it is.',
        },
      }
    case 'signin-code': {
      const code = String(Math.floor(100000 + r() * 899999))
      return {
        subject: A ? `Your ${org.name} sign-in code: ${code}` : `${code} is your verification code`,
        body: {
          name: person.first,
          intro: A ? [`Use this code to finish signing in to ${org.name}:`, code, 'The code expires in 10 minutes.'] : [`Here is the one-time code you asked for: ${code}`, `It is valid for 15 minutes. We sent it because someone is signing in from ${pick(r, ['Firefox on Windows', 'Safari on iPhone', 'Chrome on macOS'])} near ${pick(r, CITIES)}.`],
          outro: A ? `If you didn't try to sign in, you can safely ignore this email. Someone may have typed your email address by mistake.` : `Not you? Change your password at ${app}/security and contact us.`,
        },
      }
    }
    case 'invitation': {
      const inviter = `${pick(r, FIRST)} ${pick(r, LAST)}`
      const team = pick(r, ['Marketing', 'Platform', 'Finance', 'Design', 'Ops', 'Customer Success'])
      return {
        subject: A ? `${inviter} invited you to join ${team} on ${org.name}` : `You've been added to the ${team} workspace`,
        body: {
          name: person.first,
          intro: A ? `${inviter} has invited you to collaborate in the ${team} team on ${org.name}.` : `${inviter} added you to the ${team} workspace. Accept the invitation to see the projects shared with you.`,
          action: { instructions: A ? 'Accept the invitation to get started:' : 'Open the workspace:', button: { text: A ? 'Join the team' : 'Accept invitation', link: `${app}/invite/${token(r, 32)}` } },
          outro: A ? 'This invitation will expire in 7 days.' : `If you don't know ${inviter}, you can ignore this message.`,
        },
        track: org.esp === 'sendgrid' || org.esp === 'postmark',
      }
    }
    case 'shipping': {
      const [carrier, cdom] = pick(r, CARRIERS)
      const tracking = token(r, 12).toUpperCase()
      return {
        subject: A ? `Your order #${orderNo} has shipped` : `On its way: order ${orderNo} (${carrier})`,
        body: {
          name: person.first,
          intro: A ? `Good news: your order #${orderNo} has shipped with ${carrier}. Tracking number: ${tracking}.` : [`Your parcel left our warehouse in ${pick(r, CITIES)} today.`, `Carrier: ${carrier}, tracking number ${tracking}. Expected delivery: ${1 + Math.floor(r() * 4)} working days.`],
          action: { instructions: A ? 'Follow your parcel:' : 'Track the delivery on the carrier\'s site:', button: { text: 'Track parcel', link: `https://www.${cdom}/track?id=${tracking}` } },
          outro: A ? 'Thanks for shopping with us!' : `Questions? Our support team is at support@${org.domain}.`,
        },
        track: org.esp !== 'none' && r() < 0.4,
      }
    }
    case 'activation':
      return {
        subject: A ? `Welcome to ${org.name}! Confirm your email` : 'Please verify your email address',
        body: {
          name: person.first,
          intro: A ? `Welcome to ${org.name}! We're very excited to have you on board.` : `Thanks for signing up for ${org.name}. Before you can use your account we need to verify your email address.`,
          action: { instructions: A ? `To get started, please confirm your account:` : 'Verify your email by clicking the button below:', button: { color: '#22BC66', text: A ? 'Confirm your account' : 'Verify email address', link: `${app}/verify?token=${token(r, 40)}` } },
          outro: A ? "Need help, or have questions? Just reply to this email, we'd love to help." : "If you didn't create an account, you can ignore this email.",
        },
      }
    case 'security-notice':
      return {
        subject: A ? `New sign-in to your ${org.name} account` : 'Security alert: new device signed in',
        body: {
          name: person.first,
          intro: A ? `We noticed a new sign-in to your ${org.name} account from ${pick(r, ['Chrome on Windows', 'Safari on iPhone', 'Firefox on Linux'])} in ${pick(r, CITIES)}.` : [`Your account ${person.email} was just used to sign in on a new device.`, `Time: ${new Date(Date.UTC(2025, Math.floor(r() * 12), 1 + Math.floor(r() * 27), Math.floor(r() * 23))).toUTCString()}`],
          outro: A ? `If this was you, you don't need to do anything. If not, please secure your account at ${app}/security.` : `Wasn't you? Reset your password from the settings page of the app and turn on two-factor authentication.`,
        },
      }
    case 'newsletter': {
      const month = pick(r, ['January', 'February', 'March', 'April', 'May', 'June', 'September', 'October', 'November'])
      const topics = {
        shop: ['new autumn collection', 'care guide for wool', 'our repair service', 'staff picks', 'the winter sale'],
        saas: ['dashboards 2.0', 'a faster import', 'the API changelog', 'customer story: a logistics team', 'webinar on reporting'],
        bank: ['savings rates', 'new mobile app features', 'how to spot scams', 'branch opening hours', 'mortgage webinar'],
        travel: ['summer timetable', 'new routes to Bergen', 'cabin upgrades', 'travel tips for families', 'early booking'],
        utility: ['your energy usage', 'solar panel subsidy', 'tips to save heating', 'new tariffs', 'meter reading reminder'],
        club: ['the regatta results', 'winter training schedule', 'volunteers wanted', 'annual general meeting', 'new boat named'],
      }[org.industry]
      const t = [pick(r, topics), pick(r, topics), pick(r, topics)]
      return {
        subject: A ? `${org.name} news – ${month} 2025` : `${t[0][0].toUpperCase()}${t[0].slice(1)}, ${t[1]} and more`,
        body: {
          name: person.first,
          intro: A
            ? [`Here is what happened at ${org.name} in ${month}.`, `This month: ${t[0]}, ${t[1]} and ${t[2]}.`]
            : [`In this issue we look at ${t[0]} and ${t[1]}.`, `Also inside: ${t[2]}. As always, replies go straight to our team.`],
          action: [
            { instructions: `Read more about ${t[0]}:`, button: { text: A ? 'Read the article' : 'Read more', link: `${web}/blog/${t[0].replace(/\W+/g, '-')}` } },
            { instructions: `And about ${t[1]}:`, button: { text: A ? 'Learn more' : 'See details', link: `${web}/news/${t[1].replace(/\W+/g, '-')}` } },
          ],
          outro: A
            ? [`You are receiving this email because you subscribed to the ${org.name} newsletter.`, 'To unsubscribe, click the link at the bottom of this email or update your preferences.']
            : [`You signed up for updates from ${org.name} at ${org.domain}.`, 'Don\'t want these emails any more? Unsubscribe with one click below.'],
        },
        newsletter: true,
      }
    }
  }
}

function buildMessage(c: Ctx, rendered: Rendered, html: string | undefined, text: string, date: Date): string {
  const { r, org, person } = c
  const senders: Record<string, string> = { newsletter: 'news', default: pick(r, ['no-reply', 'noreply', 'notifications', 'support', 'accounts', 'billing']) }
  const local = rendered.newsletter ? senders.newsletter : senders.default
  const from = `${org.name} <${local}@${org.domain}>`
  const mid = messageId(r, org.mailer, org.domain, date)
  const h: string[] = []
  if (org.mailer === 'exchange') h.push(`Received: from EXCH01.corp.${org.domain} (10.0.${Math.floor(r() * 250)}.${Math.floor(r() * 250)}) by EXCH02.corp.${org.domain} with Microsoft SMTP Server id 15.2.1544.4; ${date.toUTCString().replace('GMT', '+0000')}`)
  h.push(`From: ${encodeWord(from.split(' <')[0])} <${from.split(' <')[1]}`)
  h.push(`To: ${encodeWord(`${person.first} ${person.last}`)} <${person.email}>`)
  h.push(`Subject: ${encodeWord(rendered.subject)}`)
  h.push(`Date: ${date.toUTCString().replace('GMT', '+0000')}`)
  h.push(`Message-ID: ${mid}`)
  h.push('MIME-Version: 1.0')
  if (org.mailer === 'nodemailer') h.push('X-Mailer: nodemailer (6.9.14; +https://nodemailer.com/; SMTP/6.9.14[client:6.9.14])')
  if (org.mailer === 'phpmailer') h.push('X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')
  if (org.mailer === 'exchange') h.push('X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ', 'Content-Language: en-US', 'X-MS-Exchange-Organization-AuthAs: Internal')
  if (rendered.newsletter) {
    h.push(`List-Unsubscribe: <${unsubscribeUrl(c)}>, <mailto:unsubscribe@${org.domain}?subject=unsubscribe>`)
    h.push('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    h.push(`List-Id: ${org.name} newsletter <news.${org.domain}>`)
    if (r() < 0.5) h.push('Precedence: bulk')
    h.push(`Feedback-ID: ${Math.floor(r() * 1e6)}:${org.domain.split('.')[0]}:newsletter`)
  } else if (r() < 0.3) h.push('Auto-Submitted: auto-generated')
  if (r() < 0.4) h.push(`Reply-To: support@${org.domain}`)
  return mimeMessage(r, h, html, text)
}

/** Rewrite every href of the HTML (and URL in the text) through the ESP's click tracking. */
function applyTracking(c: Ctx, html: string, text: string): { html: string; text: string } {
  const map = new Map<string, string>()
  const rewrite = (u: string) => {
    if (!map.has(u)) map.set(u, tracked(c, u))
    return map.get(u)!
  }
  return {
    html: html.replace(/href="(https?:\/\/[^"]+)"/g, (_m, u: string) => `href="${rewrite(u)}"`),
    text: text.replace(/https?:\/\/[^\s)]+/g, (u) => rewrite(u)),
  }
}

export interface SynthOptions {
  perKind: number
  seed: number
}

export interface SynthMessage {
  split: 'train' | 'eval'
  kind: 'transactional' | 'newsletters'
  /** template set: theme (or plain) and wording family */
  set: string
  name: string
  raw: string
}

export function* synthesize(opts: SynthOptions): Generator<SynthMessage> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mailgen = require('mailgen') as MailgenCtor
  const r = prng(opts.seed)
  const sets: Array<{ split: 'train' | 'eval'; theme: string | null; family: 'A' | 'B' }> = [
    { split: 'train', theme: 'default', family: 'A' },
    { split: 'train', theme: 'salted', family: 'A' },
    { split: 'eval', theme: 'neopolitan', family: 'B' },
    { split: 'eval', theme: 'cerberus', family: 'B' },
    { split: 'eval', theme: null, family: 'B' },
  ]
  let n = 0
  for (const set of sets) {
    for (const kind of KINDS) {
      // newsletters are one kind of five in the evaluation: three times as many, so their rate means something
      for (let i = 0; i < (kind === 'newsletter' ? 3 * opts.perKind : opts.perKind); i++) {
        const org = ORGS[Math.floor(r() * ORGS.length)]
        const first = pick(r, FIRST)
        const last = pick(r, LAST)
        const email = `${first.normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase()}.${last.normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase()}@${pick(r, RCPT_DOMAINS)}`
        const c: Ctx = { r, org, person: { first, last, email }, family: set.family }
        const rendered = content(kind, c)
        const gen = new Mailgen({
          theme: set.theme ?? 'default',
          product: { name: org.name, link: `https://www.${org.domain}/`, copyright: `© 2025 ${org.name}. ${pick(r, CITIES)}.` },
        })
        const email2 = { body: { ...rendered.body, signature: set.family === 'A' ? 'Thanks' : pick(r, ['Best regards', 'Cheers', 'Kind regards']) } }
        let html: string | undefined = set.theme ? gen.generate(email2) : undefined
        let text = gen.generatePlaintext(email2)
        if (rendered.newsletter) {
          const unsub = unsubscribeUrl(c)
          if (html) html = html.replace(/<\/body>/i, `<p style="font-size:11px;color:#999">${org.name}, ${pick(r, CITIES)} &middot; <a href="${unsub}">Unsubscribe</a> &middot; <a href="https://www.${org.domain}/privacy">Privacy</a> &middot; <a href="https://www.${org.domain}">www.${org.domain}</a></p></body>`)
          text += `\n\nUnsubscribe: ${unsub}\n`
        }
        if ((rendered.newsletter || rendered.track) && org.esp !== 'none') {
          const t = applyTracking(c, html ?? '', text)
          if (html) html = t.html
          text = t.text
        }
        const date = new Date(Date.UTC(2025, Math.floor(r() * 11), 1 + Math.floor(r() * 27), Math.floor(r() * 24), Math.floor(r() * 60), Math.floor(r() * 60)))
        const raw = buildMessage(c, rendered, html, text, date)
        n++
        yield {
          split: set.split,
          kind: kind === 'newsletter' ? 'newsletters' : 'transactional',
          set: `${set.theme ?? 'plain'}-${set.family}`,
          name: `${String(n).padStart(4, '0')}-${set.theme ?? 'plain'}-${kind}.eml`,
          raw,
        }
      }
    }
  }
}

export function writeSynth(out: string, opts: SynthOptions): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const m of synthesize(opts)) {
    const dir = path.join(out, m.split, m.kind)
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, m.name), m.raw)
    counts[`${m.split}/${m.kind}`] = (counts[`${m.split}/${m.kind}`] ?? 0) + 1
  }
  return counts
}

/** Default size: 12 per kind and template set (5 sets x 9 kinds x 12 = 540 messages). */
export const DEFAULT_SYNTH: SynthOptions = { perKind: 12, seed: 20251203 }

if (require.main === module) {
  const argv = process.argv.slice(2)
  let out = ''
  const opts = { ...DEFAULT_SYNTH }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i]
    else if (argv[i] === '--per-kind') opts.perKind = Number(argv[++i])
    else if (argv[i] === '--seed') opts.seed = Number(argv[++i])
    else {
      process.stderr.write(`synth: unknown argument ${argv[i]}\n`)
      process.exit(2)
    }
  }
  if (!out) {
    process.stderr.write('usage: node dist/tools/synth.js --out DIR [--per-kind N] [--seed S]\n')
    process.exit(2)
  }
  const counts = { ...writeSynth(out, opts), ...writeLures(out, DEFAULT_LURES), ...writeI18nHam(out, DEFAULT_I18N_HAM) }
  // after the ham it is made from
  Object.assign(counts, writeVariants(out))
  process.stdout.write(`${Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join(', ')} -> ${out}\n`)
}
