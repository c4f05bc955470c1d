// A template set of another hand, with its own wording, for measuring ham: the nine transactional
// templates of Reaction Commerce (npm @reactioncommerce/api-plugin-email-templates 1.1.7, GPL-3.0:
// order confirmation, shipped, refunded, item refunded, password reset, welcome, e-mail verification,
// changed-address verification, shop-member invitation). They are not shipped, trained on or
// committed: fetch the package and point this tool at it,
//
//   npm pack @reactioncommerce/api-plugin-email-templates@1.1.7 && tar -xzf reactioncommerce-*.tgz -C DIR
//   node dist/tools/reaction_mail.js --templates DIR/package --out ../reaction-mail
//   node bin/outpost eval --ham ../reaction-mail
//
// Each template is rendered with Handlebars, as the shop renders it, for three invented shops and
// customers, and sent as a shop's application sends it (nodemailer, no-reply sender of the shop's
// domain): once as multipart/alternative with a text part, once HTML only.
import fs from 'node:fs'
import path from 'node:path'
import { decodeEntities, stripTags } from '../engine/html'
import { prng } from '../engine/logreg/model'
import { messageId, mimeMessage } from './mail_build'

interface Shop {
  name: string
  domain: string
  city: string
}

const SHOPS: Shop[] = [
  { name: 'Harbourline Outfitters', domain: 'harbourline.example', city: 'Seattle' },
  { name: 'Greenleaf Coffee Roasters', domain: 'greenleafcoffee.example', city: 'Portland' },
  { name: 'Nordic Bike Works', domain: 'nordicbikes.example', city: 'Minneapolis' },
]
const CUSTOMERS = [
  { name: 'Susan Whistler', email: 'susan.whistler@example.org' },
  { name: 'Marco Bianchi', email: 'marco.bianchi@example.net' },
  { name: 'Aisha Khan', email: 'aisha.khan@example.com' },
]
const ITEMS = [
  [
    { title: 'Trail Runner 2 Jacket', variantTitle: 'Blue / M', quantity: 1, amount: 52 },
    { title: 'Merino Hiking Socks', variantTitle: '2-pack', quantity: 2, amount: 12 },
  ],
  [
    { title: 'Ethiopia Yirgacheffe, whole bean', variantTitle: '500 g', quantity: 2, amount: 16.5 },
    { title: 'Pour-over Filter Papers', variantTitle: '100 count', quantity: 1, amount: 6 },
  ],
  [{ title: 'City Commuter 7-speed', variantTitle: 'Frame 54 cm', quantity: 1, amount: 649 }],
]

interface Template {
  name: string
  subject: string
  template: string
}

/** The templates and subjects as the package lists them (src/templates/index.js); the default one is skipped. */
export function readReactionTemplates(packageDir: string): Template[] {
  const dir = path.join(packageDir, 'src', 'templates')
  const index = fs.readFileSync(path.join(dir, 'index.js'), 'utf8')
  const out: Template[] = []
  for (const m of index.matchAll(/name: "([^"]+)",\s*template: \w+,\s*subject: "((?:[^"\\]|\\.)*)"/g)) {
    if (m[1] === 'coreDefault') continue
    const source = fs.readFileSync(path.join(dir, `${m[1]}.js`), 'utf8')
    // each module is `export default \`...\``, without ${} substitutions
    out.push({ name: m[1], subject: m[2].replace(/\\"/g, '"'), template: source.slice(source.indexOf('`') + 1, source.lastIndexOf('`')) })
  }
  if (!out.length) throw new Error(`no templates found in ${dir}/index.js`)
  return out
}

const usd = (v: number) => `$${v.toFixed(2)}`

/** What the shop passes to a template: the variables the nine templates use. */
function variables(shop: Shop, customer: { name: string; email: string }, i: number, r: () => number): Record<string, unknown> {
  const web = `https://www.${shop.domain}`
  const ref = `${shop.name.split(' ')[0].slice(0, 2).toUpperCase()}${Math.floor(100000 + r() * 899999)}`
  const items = ITEMS[i % ITEMS.length]
  const subtotal = items.reduce((a, x) => a + x.amount * x.quantity, 0)
  const address = { fullName: customer.name, address: '12 Market Street', city: 'Portland', region: 'OR', postal: '97201' }
  const link = (p: string) => `${web}/${p}/${Array.from({ length: 24 }, () => 'abcdef0123456789'[Math.floor(r() * 16)]).join('')}`
  return {
    shop: { name: shop.name },
    shopName: shop.name,
    legalName: `${shop.name} LLC`,
    contactEmail: `support@${shop.domain}`,
    copyrightDate: 2025,
    physicalAddress: { address: '400 Harbor Way', city: shop.city, region: 'WA', postal: '98101' },
    emailLogo: `https://cdn.${shop.domain}/img/logo.png`,
    placeholderImage: `https://cdn.${shop.domain}/img/placeholder.png`,
    socialLinks: {
      display: true,
      twitter: { display: true, link: `https://twitter.com/${shop.domain.split('.')[0]}`, icon: `https://cdn.${shop.domain}/img/twitter.png` },
      facebook: { display: true, link: `https://www.facebook.com/${shop.domain.split('.')[0]}`, icon: `https://cdn.${shop.domain}/img/facebook.png` },
      googlePlus: { display: false },
    },
    order: { referenceId: ref },
    orderDate: 'November 14, 2025',
    orderUrl: `${web}/account/orders/${ref}`,
    billing: {
      address,
      payments: [{ displayName: 'Visa ending in 4242', displayAmount: usd(subtotal + 8.5) }],
      subtotal: usd(subtotal),
      shipping: usd(5),
      taxes: usd(3.5),
      discounts: usd(0),
      total: usd(subtotal + 8.5),
      refunds: [{ displayAmount: usd(items[0].amount) }],
      adjustedTotal: usd(subtotal + 8.5 - items[0].amount),
    },
    shipping: { address, carrier: 'UPS', tracking: `1Z${Math.floor(1e15 + r() * 8e15)}` },
    combinedItems: items.map((x) => ({ title: x.title, variantTitle: x.variantTitle, quantity: x.quantity, price: { displayAmount: usd(x.amount) }, imageURLs: { thumbnail: `https://cdn.${shop.domain}/products/${i}.jpg` } })),
    passwordResetUrl: link('reset-password'),
    verificationUrl: link('verify-email'),
    confirmationUrl: link('confirm-email'),
    url: link('invitation'),
    userEmailAddress: customer.email,
    currentUserName: 'Jordan Lee',
    invitedUserName: customer.name,
    groupName: 'Shop Managers',
    groupNames: ['Shop Managers'],
  }
}

/** The HTML as a text part gives it: no head or styles, each link's text with its address, tags out, entities read. */
function textOf(html: string): string {
  const body = html
    .replace(/<head[\s\S]*?<\/head>/i, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<a [^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, label: string) => `${stripTags(label).trim()} (${href})`)
  return decodeEntities(stripTags(body, true))
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[ \n]*/g, '\n')
    .trim()
}

export interface ReactionMessage {
  name: string
  raw: string
}

export function* reactionMail(packageDir: string, seed = 20261205): Generator<ReactionMessage> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Handlebars = require('handlebars') as { compile(source: string): (data: unknown) => string }
  const r = prng(seed)
  for (const t of readReactionTemplates(packageDir)) {
    const body = Handlebars.compile(t.template)
    const subject = Handlebars.compile(t.subject)
    for (const [i, shop] of SHOPS.entries()) {
      const customer = CUSTOMERS[i]
      const data = variables(shop, customer, i, r)
      const html = body(data)
      const date = new Date(Date.UTC(2025, 10, 3 + i * 5, 9 + i, 14 * i, 7))
      for (const htmlOnly of [false, true]) {
        const headers = [
          `From: ${shop.name} <no-reply@${shop.domain}>`,
          `To: ${customer.name} <${customer.email}>`,
          `Subject: ${subject(data)}`,
          `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
          `Message-ID: ${messageId(r, 'nodemailer', shop.domain, date)}`,
          'MIME-Version: 1.0',
          'X-Mailer: nodemailer (6.9.14; +https://nodemailer.com/; SMTP/6.9.14[client:6.9.14])',
        ]
        yield { name: `${t.name.replace('/', '-')}-${i + 1}-${htmlOnly ? 'html-only' : 'alternative'}.eml`, raw: mimeMessage(r, headers, html, textOf(html), htmlOnly) }
      }
    }
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2)
  let templates = ''
  let out = ''
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--templates') templates = argv[++i]
    else if (argv[i] === '--out') out = argv[++i]
    else {
      process.stderr.write(`reaction_mail: unknown argument ${argv[i]}\n`)
      process.exit(2)
    }
  }
  if (!templates || !out) {
    process.stderr.write('usage: node dist/tools/reaction_mail.js --templates DIR/package --out DIR\n')
    process.exit(2)
  }
  fs.mkdirSync(out, { recursive: true })
  let n = 0
  for (const m of reactionMail(templates)) {
    fs.writeFileSync(path.join(out, m.name), m.raw)
    n++
  }
  process.stdout.write(`${n} messages -> ${out}\n`)
}
