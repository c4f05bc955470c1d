// Renders Vendure's default e-mails (order confirmation, e-mail verification, password reset, e-mail address change;
// @vendure/email-plugin@3.7.3, GPL-3.0-or-later per its package.json, templates/*/body.hbs and partials) for six
// invented English-speaking shops as Vendure's EmailPlugin submits them: the subjects and from template read from
// its default-email-handlers.js, the body made by its own HandlebarsMjmlGenerator (its formatDate and formatMoney
// helpers, Handlebars then MJML) fed by its own FileBasedTemplateLoader, with the template variables JSON-serialised
// as its job queue passes them. Approximations: the partials' placeholders "[company header]" and "[footer text]"
// become the shop's name and name plus address (as a deployment edits them); Vendure's NodemailerEmailSender sends
// `html` only, so the odd-numbered messages of each kind are HTML-only and the even-numbered ones multipart with a
// text part made here by a simple HTML-to-text (htmlToText below; not Vendure's). Dates format in UTC (TZ=UTC).
// Measuring tool, not part of the product (issue 10, fourteenth round):
//   ./vendure.sh PKGS                              fetch and unpack @vendure/email-plugin@3.7.3
//   node bench/template-sets/vendure.cjs PKGS OUT  (from the repository root, after npx tsc and
//                                                   npm install in bench/template-sets for mjml and dateformat)
process.env.TZ = 'UTC'
const fs = require('fs'), path = require('path'), crypto = require('crypto')
const [pkgs, out] = process.argv.slice(2)
if (!pkgs || !out) { console.error('usage: node bench/template-sets/vendure.cjs PKGS OUT'); process.exit(2) }
const ROOT = path.join(__dirname, '..', '..')
const { checkMessages, nodemailerName } = require('./rendered_mail.cjs')
const { mimeMessage, encodeWord } = require(path.join(ROOT, 'dist/tools/mail_build.js'))
const { prng } = require(path.join(ROOT, 'dist/engine/logreg/model.js'))
const V = path.resolve(pkgs, 'vendure', 'package') + '/'
// the package's compiled modules, run with this directory's handlebars, mjml and dateformat
const load = (file) => { const m = { exports: {} }; new Function('exports', 'require', 'module', '__filename', '__dirname', fs.readFileSync(file, 'utf8'))(m.exports, require, m, file, path.dirname(file)); return m.exports }
const { HandlebarsMjmlGenerator } = load(V + 'lib/src/generator/handlebars-mjml-generator.js')
const { FileBasedTemplateLoader } = load(V + 'lib/src/template-loader/file-based-template-loader.js')
const HANDLERS = {}
for (const m of fs.readFileSync(V + 'lib/src/handler/default-email-handlers.js', 'utf8').matchAll(/EmailEventListener\('([a-z-]+)'\)([\s\S]*?)\.setMockEvent/g))
  HANDLERS[m[1]] = { from: /\.setFrom\('([^']*)'\)/.exec(m[2])[1], subject: /\.setSubject\('([^']*)'\)/.exec(m[2])[1] }
const KINDS = ['order-confirmation', 'email-verification', 'password-reset', 'email-address-change']
for (const k of KINDS) if (!HANDLERS[k]) throw new Error('no handler ' + k)
const files = new FileBasedTemplateLoader(V + 'templates')
const loader = {
  loadTemplate: (...a) => files.loadTemplate(...a),
  loadPartials: async () => (await files.loadPartials()).map(({ name, content }) => {
    const edited = content.replace('[company header]', '{{ shopName }}').replace('[footer text]', '{{ shopName }}, {{ shopAddress }}')
    if (edited === content) throw new Error('placeholder not found in partial ' + name)
    return { name, content: edited }
  }),
}

// ---------------------------------------------------------------- invented shops
const P = (name, price, file) => ({ name, price, file })
const SHOPS = [
  { name: 'Hollow Oak Candle Co.', domain: 'hollowoakcandles.co.uk', from: 'orders', cur: 'GBP', tax: 0.20, incl: true, tz: 0, www: 'www.',
    address: 'Unit 4, Tannery Yard, Hebden Bridge HX7 8AD', country: 'United Kingdom', cc: 'GB', mail: ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.co.uk', 'btinternet.com', 'icloud.com'],
    paths: ['/account/verify', '/account/reset-password', '/account/verify-email-change'], assets: 'https://www.hollowoakcandles.co.uk/assets/',
    ship: [['Royal Mail Tracked 48', 395], ['Royal Mail Tracked 24', 545], ['DPD Next Day', 795]], shipTax: true,
    products: [P('Fig & Cedar Soy Candle 220g', 2400, 'fig-cedar-candle.jpg'), P('Wild Rhubarb Soy Candle 220g', 2400, 'wild-rhubarb-candle.jpg'), P('Amber Woods Reed Diffuser 100ml', 2800, 'amber-woods-diffuser.jpg'),
      P('Travel Tin Trio - Autumn', 1850, 'travel-tin-trio-autumn.jpg'), P('Linen Mist Room Spray 100ml', 1400, 'linen-mist-spray.jpg'), P('Brass Wick Trimmer', 1200, 'brass-wick-trimmer.png'), P('Lavender Wax Melts - Refill Pouch', 850, 'lavender-wax-melts.jpg')],
    addr: [['14 Cardigan Road', '', 'Leeds', 'West Yorkshire', 'LS6 1LJ'], ['Flat 3, 27 North Street', '', 'Bristol', '', 'BS3 1EN'], ['9 Unthank Road', '', 'Norwich', 'Norfolk', 'NR2 2PA'], ['62 Marchmont Crescent', '', 'Edinburgh', '', 'EH9 1HD'], ['5 Church Lane', 'Little Haywood', 'Stafford', 'Staffordshire', 'ST18 0TR']],
    phone: () => `07${d(3)} ${d(6)}`, promos: ['WELCOME10', 'Autumn Candle Week 15% off'] },
  { name: 'Tidewater Outfitters', domain: 'tidewateroutfitters.com', from: 'noreply', cur: 'USD', tax: 0.0825, incl: false, tz: -5, www: '',
    address: '2201 E Cesar Chavez St, Austin, TX 78702', country: 'United States', cc: 'US', mail: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'hotmail.com'],
    paths: ['/verify', '/password-reset', '/verify-email-address-change'], assets: 'https://cdn.tidewateroutfitters.com/',
    ship: [['Standard Ground (5-7 business days)', 795], ['UPS 2nd Day Air', 1850]], shipTax: false, freeOver: [9900, 'Free Ground Shipping'],
    products: [P('Trailhead 28L Daypack - Slate', 8900, 'trailhead-28-slate.jpg'), P('Merino Crew Socks 3-Pack - M', 3200, 'merino-crew-3pk.jpg'), P('Packable Rain Shell - Men\'s L', 12900, 'packable-shell-mens.jpg'),
      P('Insulated Bottle 24oz - Sage', 3400, 'insulated-bottle-24-sage.jpg'), P('Enamel Camp Mug 12oz - Blue', 1800, 'enamel-mug-blue.jpg'), P('Headlamp 350 Lumen', 4495, 'headlamp-350.jpg'), P('Carbon Trekking Poles (Pair)', 13900, 'carbon-poles.jpg')],
    addr: [['4812 Avenue H', '', 'Austin', 'Texas', '78751'], ['1190 Maple Ridge Dr', 'Apt 22', 'Boulder', 'Colorado', '80304'], ['77 Brookline Ave', '', 'Asheville', 'North Carolina', '28803'], ['3021 SE Clinton St', '', 'Portland', 'Oregon', '97202'], ['615 W Ash St', 'Unit 4B', 'San Diego', 'California', '92101']],
    phone: () => `(${2 + Math.floor(r() * 7)}${d(2)}) ${d(3)}-${d(4)}`, promos: ['TRAIL15', 'Spring Gear Sale'] },
  { name: 'Kettle & Crumb', domain: 'kettleandcrumb.com.au', from: 'hello', cur: 'AUD', tax: 0.10, incl: true, tz: 10, www: 'www.',
    address: '31 Smith Street, Fitzroy VIC 3065', country: 'Australia', cc: 'AU', mail: ['gmail.com', 'bigpond.com', 'outlook.com', 'icloud.com', 'optusnet.com.au'],
    paths: ['/account/verify', '/account/password-reset', '/account/verify-email-address-change'], assets: 'https://www.kettleandcrumb.com.au/assets/',
    ship: [['Australia Post Parcel Post', 995], ['Australia Post Express Post', 1495]], shipTax: true,
    products: [P('Stoneware Teapot 1L - Speckled Sand', 6900, 'stoneware-teapot-sand.jpg'), P('Breakfast Blend Loose Leaf 200g', 1650, 'breakfast-blend-200.jpg'), P('Linen Tea Towel - Olive Stripe', 2200, 'linen-towel-olive.jpg'),
      P('Hand-thrown Mug - Eucalyptus', 3800, 'mug-eucalyptus.jpg'), P('Bamboo Bread Board', 4500, 'bamboo-bread-board.jpg'), P('Honey Dipper & Jar Set', 2995, 'honey-jar-set.jpg')],
    addr: [['18 Rose Street', '', 'Brunswick', 'Victoria', '3056'], ['7/42 Bourke Street', '', 'Surry Hills', 'New South Wales', '2010'], ['103 Latrobe Terrace', '', 'Paddington', 'Queensland', '4064'], ['26 Angas Street', '', 'Adelaide', 'South Australia', '5000'], ['9 Hay Street', '', 'Subiaco', 'Western Australia', '6008']],
    phone: () => `04${d(2)} ${d(3)} ${d(3)}`, promos: ['CRUMB10', 'Mother\'s Day 15% off'] },
  { name: 'Northbound Cycles', domain: 'northboundcycles.ca', from: 'orders', cur: 'CAD', tax: 0.13, incl: false, tz: -5, www: '',
    address: '480 Roncesvalles Ave, Toronto, ON M6R 2N5', country: 'Canada', cc: 'CA', mail: ['gmail.com', 'outlook.com', 'hotmail.com', 'rogers.com', 'icloud.com', 'shaw.ca'],
    paths: ['/verify', '/password-reset', '/verify-email-address-change'], assets: 'https://northboundcycles.ca/assets/',
    ship: [['Canada Post Expedited', 1250], ['Canada Post Xpresspost', 1995]], shipTax: true,
    products: [P('Tubeless Sealant 500ml', 2499, 'tubeless-sealant-500.jpg'), P('Clip-on Fenders 700c', 5499, 'clip-fenders-700c.jpg'), P('Rechargeable Rear Light 100lm', 3999, 'rear-light-100.jpg'),
      P('Chain Lube - Wet Conditions 120ml', 1499, 'chain-lube-wet.jpg'), P('Saddle Bag - Medium', 4200, 'saddle-bag-m.png'), P('Mini Pump with Gauge', 3650, 'mini-pump-gauge.jpg'), P('Winter Cycling Gloves - L', 6499, 'winter-gloves-l.jpg')],
    addr: [['56 Harbord St', '', 'Toronto', 'Ontario', 'M5S 1G2'], ['212 Bank St', 'Unit 3', 'Ottawa', 'Ontario', 'K2P 1X1'], ['39 Locke St S', '', 'Hamilton', 'Ontario', 'L8P 4A6'], ['1405 Princess St', '', 'Kingston', 'Ontario', 'K7M 3E6'], ['88 King St N', '', 'Waterloo', 'Ontario', 'N2J 2X3']],
    phone: () => `${['416', '647', '613', '905', '519'][Math.floor(r() * 5)]}-${d(3)}-${d(4)}`, promos: ['RIDE10', 'Winter Riding 15% off'] },
  { name: 'Fernbrook Paper Goods', domain: 'fernbrookpaper.co.nz', from: 'shop', cur: 'NZD', tax: 0.15, incl: true, tz: 12, www: '',
    address: '12 Cuba Street, Te Aro, Wellington 6011', country: 'New Zealand', cc: 'NZ', mail: ['gmail.com', 'xtra.co.nz', 'outlook.com', 'icloud.com'],
    paths: ['/account/verify', '/account/reset-password', '/account/verify-email-change'], assets: 'https://fernbrookpaper.co.nz/assets/',
    ship: [['NZ Post Courier', 700], ['NZ Post Rural Delivery', 1200]], shipTax: true,
    products: [P('A5 Dot Grid Notebook - Forest', 2900, 'a5-dot-forest.jpg'), P('Weekly Desk Planner 2026', 3400, 'desk-planner-2026.jpg'), P('Fine Liner Set (6 colours)', 2150, 'fineliner-6.jpg'),
      P('Botanical Greeting Card - Kowhai', 750, 'card-kowhai.jpg'), P('Washi Tape Trio - Coastal', 1200, 'washi-coastal.jpg'), P('Brass Bookmark - Fern', 1800, 'brass-bookmark-fern.png')],
    addr: [['41 Aro Street', '', 'Wellington', '', '6021'], ['8 Ponsonby Terrace', '', 'Auckland', '', '1011'], ['120 Colombo Street', '', 'Christchurch', '', '8011'], ['3 George Street', '', 'Dunedin', '', '9016'], ['27 Maunganui Road', '', 'Tauranga', '', '3116']],
    phone: () => `02${1 + Math.floor(r() * 2)} ${d(3)} ${d(4)}`, promos: ['STATIONERY10', 'Back to School 15% off'] },
  { name: 'Slate & Pine Home', domain: 'slateandpinehome.ie', from: 'noreply', cur: 'EUR', tax: 0.23, incl: true, tz: 0, www: 'www.',
    address: 'Unit 7, Kilbarry Business Park, Waterford X91 K2C4', country: 'Ireland', cc: 'IE', mail: ['gmail.com', 'eircom.net', 'outlook.com', 'hotmail.com', 'icloud.com'],
    paths: ['/verify', '/password-reset', '/verify-email-address-change'], assets: 'https://assets.slateandpinehome.ie/',
    ship: [['An Post Standard', 695], ['DPD Ireland Next Day', 995]], shipTax: true,
    products: [P('Wool Throw - Heather Grey', 8900, 'wool-throw-heather.jpg'), P('Oak Serving Board - Large', 5500, 'oak-board-large.jpg'), P('Linen Cushion Cover 45x45 - Rust', 3200, 'linen-cushion-rust.jpg'),
      P('Ceramic Plant Pot 15cm - Chalk', 2600, 'plant-pot-chalk.jpg'), P('Beeswax Taper Candles (Set of 4)', 1950, 'beeswax-tapers.jpg'), P('Enamel Colander - Cream', 3800, 'enamel-colander.jpg')],
    addr: [['22 Rathgar Avenue', '', 'Dublin 6', 'Dublin', 'D06 X2Y7'], ['4 Sunday\'s Well Road', '', 'Cork', 'Cork', 'T23 E8P5'], ['15 Father Griffin Road', '', 'Galway', 'Galway', 'H91 C6W3'], ['Ballyvolane House', 'Castlelyons', 'Fermoy', 'Cork', 'P61 FP70'], ['31 O\'Connell Avenue', '', 'Limerick', 'Limerick', 'V94 T8K2']],
    phone: () => `08${[3, 5, 6, 7][Math.floor(r() * 4)]} ${d(3)} ${d(4)}`, promos: ['HOME10', 'Winter Warmers 15% off'] },
]
const FIRST = ['Sarah', 'James', 'Olivia', 'Daniel', 'Priya', 'Michael', 'Emily', 'Liam', 'Chloe', 'Aisha', 'Thomas', 'Grace', 'Ryan', 'Megan', 'Ethan', 'Hannah', 'Noah', 'Zoe', 'Samuel', 'Ruth', 'Connor', 'Mei', 'Jack', 'Niamh']
const LAST = ['Whitfield', 'Morrison', 'Patel', 'O\'Brien', 'Nguyen', 'Campbell', 'Walsh', 'Henderson', 'Clarke', 'Murphy', 'Bennett', 'Singh', 'Fraser', 'Kowalczyk', 'Reid', 'Thompson', 'Chen', 'Gallagher', 'Hughes', 'Taylor']

const r = prng(20261206)
const pick = (a) => a[Math.floor(r() * a.length)]
const d = (n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('')
const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('')
// generatePublicId (@vendure/core): nanoid customAlphabet('123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 16)
const publicId = () => Array.from({ length: 16 }, () => '123456789ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(r() * 33)]).join('')
// DefaultVerificationTokenStrategy: base64 of the generation time's toJSON(), '_', generatePublicId()
const vToken = (when) => `${Buffer.from(when.toJSON()).toString('base64')}_${publicId()}`
function person(shop) {
  const first = pick(FIRST), last = pick(LAST)
  const l = last.toLowerCase().replace(/[^a-z]/g, ''), f = first.toLowerCase()
  const local = [`${f}.${l}`, `${f}${l}${d(2)}`, `${f[0]}${l}`, `${f}.${l}${d(1)}`, `${f}_${l[0]}${d(3)}`][Math.floor(r() * 5)]
  return { first, last, email: `${local}@${pick(shop.mail)}` }
}
// a Date in 2025 at the shop's local daytime (07:00-22:59), as a UTC instant
const when = (shop) => new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 364) * 864e5 + ((7 + Math.floor(r() * 16) - shop.tz) * 3600 + Math.floor(r() * 3600)) * 1000)

function order(shop, cust, placed) {
  const n = 2 + Math.floor(r() * 4)
  const chosen = [...shop.products].sort(() => r() - 0.5).slice(0, n)
  const promo = r() < 0.3 ? pick(shop.promos) : null
  const pct = promo ? (/15%/.test(promo) || /15$/.test(promo) ? 0.15 : 0.10) : 0
  const lines = chosen.map((p) => {
    const quantity = r() < 0.7 ? 1 : 2 + Math.floor(r() * 2)
    const unitPriceWithTax = shop.incl ? p.price : Math.round(p.price * (1 + shop.tax))
    const unitPrice = shop.incl ? Math.round(p.price / (1 + shop.tax)) : p.price
    const linePrice = shop.incl ? Math.round((p.price * quantity) / (1 + shop.tax)) : p.price * quantity
    const linePriceWithTax = shop.incl ? p.price * quantity : Math.round(p.price * quantity * (1 + shop.tax))
    const hash = crypto.createHash('md5').update(p.file).digest('hex').slice(0, 2)
    const preview = `${shop.assets}preview/${hash}/${p.file.replace(/\.(jpg|png)$/, '')}__preview.${p.file.endsWith('.png') ? 'png' : 'jpg'}`
    return { quantity, unitPrice, unitPriceWithTax, linePrice, linePriceWithTax, discountedLinePrice: Math.round(linePrice * (1 - pct)), discountedLinePriceWithTax: Math.round(linePriceWithTax * (1 - pct)),
      productVariant: { name: p.name, sku: p.file.replace(/\..*$/, '').toUpperCase(), price: unitPrice, priceWithTax: unitPriceWithTax }, featuredAsset: { preview } }
  })
  const subTotal = lines.reduce((a, l) => a + l.discountedLinePrice, 0), subTotalWithTax = lines.reduce((a, l) => a + l.discountedLinePriceWithTax, 0)
  let [method, price] = r() < 0.75 ? shop.ship[0] : pick(shop.ship.slice(1))
  if (shop.freeOver && subTotal >= shop.freeOver[0] && method === shop.ship[0][0]) [method, price] = [shop.freeOver[1], 0]
  const shipping = shop.incl ? Math.round(price / (1 + shop.tax)) : price
  const shippingWithTax = shop.incl ? price : shop.shipTax ? Math.round(price * (1 + shop.tax)) : price
  const discounts = promo ? [{ description: promo, amount: -lines.reduce((a, l) => a + l.linePrice - l.discountedLinePrice, 0), amountWithTax: -lines.reduce((a, l) => a + l.linePriceWithTax - l.discountedLinePriceWithTax, 0) }] : []
  const [streetLine1, streetLine2, city, province, postalCode] = pick(shop.addr)
  const gift = r() < 0.15 ? `${pick(FIRST)} ${cust.last}` : `${cust.first} ${cust.last}`
  const shippingAddress = { fullName: gift, company: r() < 0.1 ? pick(['Brightwater Dental', 'Ridgeway Architects', 'Copperleaf Studio']) : '', streetLine1, streetLine2, city, province, postalCode,
    country: shop.country, countryCode: shop.cc, phoneNumber: r() < 0.6 ? shop.phone() : '' }
  const o = { code: publicId(), state: 'PaymentSettled', active: false, orderPlacedAt: placed, currencyCode: shop.cur, customer: { firstName: cust.first, lastName: cust.last, emailAddress: cust.email },
    shippingAddress, lines, discounts, subTotal, subTotalWithTax, shipping, shippingWithTax, total: subTotal + shipping, totalWithTax: subTotalWithTax + shippingWithTax }
  return { order: o, shippingLines: [{ shippingMethod: { name: method, code: method.toLowerCase().replace(/[^a-z0-9]+/g, '-') }, price: shipping, priceWithTax: shippingWithTax }] }
}

// a simple HTML-to-text for the text alternative (not Vendure's: it sends no text part)
function htmlToText(html) {
  const ent = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', '#39': '\'', '#x27': '\'', '#x3D': '=', '#x60': '`' }
  return html.replace(/<head[\s\S]*?<\/head>/i, '').replace(/<style[\s\S]*?<\/style>/gi, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<img[^>]*>/gi, '')
    .replace(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (m, href, t) => `${t.replace(/<[^>]+>/g, '').trim()} (${href})`)
    .replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|h[1-6]|li|tr|table|ul)>/gi, '\n').replace(/<\/td>/gi, '  ').replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (m, e) => ent[e] ?? m).split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n'
}

async function main() {
  const gen = new HandlebarsMjmlGenerator()
  await gen.onInit({ templateLoader: loader })
  fs.mkdirSync(out, { recursive: true })
  const manifest = [], written = []
  let n = 0
  for (const [ki, kind] of KINDS.entries()) {
    for (let j = 0; j < 10; j++) {
      const shop = SHOPS[(j + ki) % SHOPS.length]
      const base = `https://${shop.www}${shop.domain}`
      const fromAddress = `"${shop.name}" <${shop.from}@${shop.domain}>`
      const globals = { fromAddress, verifyEmailAddressUrl: base + shop.paths[0], passwordResetUrl: base + shop.paths[1], changeEmailAddressUrl: base + shop.paths[2], shopName: shop.name, shopAddress: shop.address }
      const date = when(shop)
      const cust = person(shop)
      let vars, recipient = cust.email
      if (kind === 'order-confirmation') vars = order(shop, cust, new Date(date.getTime() - (3 + Math.floor(r() * 40)) * 1000))
      else if (kind === 'email-verification') vars = { verificationToken: vToken(new Date(date.getTime() - 1000 - Math.floor(r() * 1500))) }
      else if (kind === 'password-reset') vars = { passwordResetToken: vToken(new Date(date.getTime() - 1000 - Math.floor(r() * 1500))) }
      else { recipient = person(shop).email; vars = { identifierChangeToken: vToken(new Date(date.getTime() - 1000 - Math.floor(r() * 1500))) } }
      // the job queue carries the handler's result as JSON
      const templateVars = JSON.parse(JSON.stringify({ ...globals, ...vars }))
      const { from, subject, body } = await gen.generate(HANDLERS[kind].from, HANDLERS[kind].subject, await loader.loadTemplate(null, null, { type: kind, templateName: 'body.hbs', templateVars }), templateVars)
      if (from !== fromAddress) throw new Error('from ' + from)
      const htmlOnly = j % 2 === 0
      const h = [
        `From: ${nodemailerName(shop.name)} <${shop.from}@${shop.domain}>`, `To: ${recipient}`, `Subject: ${encodeWord(subject)}`,
        `Date: ${date.toUTCString().replace('GMT', '+0000')}`, `Message-ID: <${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}@${shop.domain}>`, 'MIME-Version: 1.0',
      ]
      const raw = mimeMessage(r, h, body, htmlOnly ? '' : htmlToText(body), htmlOnly)
      const name = `${String(++n).padStart(3, '0')}-en-${kind}.eml`
      fs.writeFileSync(path.join(out, name), raw)
      manifest.push(`${name}\ten\t${kind}\t${subject}`)
      written.push({ name, subject, domain: shop.domain, htmlOnly })
    }
  }
  fs.writeFileSync(path.join(out, 'MANIFEST.tsv'), 'file\tlocale\tkind\tsubject\n' + manifest.join('\n') + '\n')
  console.log(n, 'messages')
  await checkMessages(out, written, /\{\{|<mj-|\[company header\]|\[footer text\]/)
}

main().catch((e) => { console.error(e); process.exit(1) })
