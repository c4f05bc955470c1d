// Renders Ghost's member e-mails (sign-in link, sign-in code, sign-up, paid sign-up, subscription and
// address-change confirmations; MIT, ghost@6.65.0 core/server/services/members) in twenty of its locales
// (its @tryghost/i18n component, locales/*/ghost.json) as Ghost's mailer submits them: its subject, text and HTML,
// from the same source Ghost runs (the templates, and getSubject and getText read from members/api.js).
// Measuring tool, not part of the product (issue 10, thirteenth round):
//   ./ghost.sh PKGS                              fetch and unpack ghost@6.65.0 and its i18n component
//   node bench/template-sets/ghost.cjs PKGS OUT  (from the repository root, after npx tsc)
const fs = require('fs'), path = require('path')
const [pkgs, out] = process.argv.slice(2)
if (!pkgs || !out) { console.error('usage: node bench/template-sets/ghost.cjs PKGS OUT'); process.exit(2) }
const ROOT = path.join(__dirname, '..', '..')
const { mimeMessage, encodeWord } = require(path.join(ROOT, 'dist/tools/mail_build.js'))
const { prng } = require(path.join(ROOT, 'dist/engine/logreg/model.js'))
const GHOST = path.resolve(pkgs, 'ghost', 'package')
const LOCALE_DIR = path.resolve(pkgs, 'i18n', 'package', 'locales')
const E = path.join(GHOST, 'core/server/services/members/emails') + '/'
const tpl = { signin: require(E + 'signin.js'), signup: require(E + 'signup.js'), 'signup-paid': require(E + 'signup-paid.js'), subscribe: require(E + 'subscribe.js'), updateEmail: require(E + 'update-email.js') }
const api = fs.readFileSync(path.join(GHOST, 'core/server/services/members/api.js'), 'utf8')
const LOCALES = ['en', 'de', 'nl', 'pt-BR', 'pt', 'es', 'fr', 'it', 'pl', 'sv', 'da', 'fi', 'cs', 'tr', 'ro', 'hu', 'ja', 'ru', 'uk', 'id']
const SITES = [
  ['The Lakeside Review', 'lakesidereview.com', '#1d6f42'], ['Bergfeld Kurier', 'bergfeld-kurier.de', '#b3261e'], ['Het Polderblad', 'polderblad.nl', '#ff6a00'],
  ['Diário da Serra', 'diariodaserra.com.br', '#0b5394'], ['La Brújula Verde', 'labrujulaverde.es', '#2e7d32'], ['Le Petit Fermier', 'lepetitfermier.fr', '#6a1b9a'],
  ['Il Taccuino', 'iltaccuino.it', '#c62828'], ['Notes from the Lab', 'labnotes.io', '#15212A'], ['Nordljus', 'nordljus.se', '#00838f'], ['Kafka Weekly', 'kafkaweekly.dev', '#37474f'],
]
const r = prng(20261205)
const trim = (strings, ...vals) => strings.reduce((a, s, i) => a + s + (i < vals.length ? vals[i] : ''), '').split('\n').map((l) => l.replace(/^\s+/, '')).join('\n').trim()
// getText from api.js, evaluated with our t and trim (the same source Ghost runs)
const textSrc = /getText\(url, type, email, otc\) \{([\s\S]*?)\n {6}\},\n {6}getHTML/.exec(api)[1].replace('const siteTitle = settingsCache.get(\'title\');', '').replace(/trimLeadingWhitespace`/g, 'trim`')
const subjSrc = /getSubject\(type, otc\) \{([\s\S]*?)\n {6}\},\n {6}getText/.exec(api)[1].replace('const siteTitle = settingsCache.get(\'title\');', '')
const getText = new Function('t', 'trim', 'siteTitle', 'url', 'type', 'email', 'otc', textSrc)
const getSubject = new Function('t', 'siteTitle', 'type', 'otc', subjSrc)
fs.mkdirSync(out, { recursive: true })
let n = 0
const manifest = []
for (const loc of LOCALES) {
  const file = path.join(LOCALE_DIR, loc, 'ghost.json')
  const dict = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
  const t = (key, vars = {}) => { let s = dict[key] || key; for (const [k, v] of Object.entries(vars)) if (typeof v === 'string' || typeof v === 'number') s = s.split(`{${k}}`).join(String(v)); return s }
  for (const type of ['signin', 'signin-otc', 'signup', 'signup-paid', 'subscribe', 'updateEmail']) {
    const [siteTitle, domain, accentColor] = SITES[n % SITES.length]
    const siteUrl = `https://${domain}/`
    const first = ['anna', 'lukas', 'sofia', 'mateo', 'emma', 'noah', 'julia', 'liam'][Math.floor(r() * 8)]
    const email = `${first}.${['meier', 'jansen', 'silva', 'garcia', 'martin', 'rossi', 'kowalski', 'berg'][Math.floor(r() * 8)]}@${['gmail.com', 'outlook.com', 'web.de', 'ziggo.nl', 'uol.com.br', 'orange.fr', 'libero.it', 'proton.me'][Math.floor(r() * 8)]}`
    const token = Array.from({ length: 32 }, () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[Math.floor(r() * 62)]).join('')
    const kind = type === 'signin-otc' ? 'signin' : type
    const otc = type === 'signin-otc' ? String(100000 + Math.floor(r() * 899999)) : undefined
    const url = `${siteUrl}members/?token=${token}&action=${kind}${kind === 'signup' || kind === 'subscribe' ? '&r=' + encodeURIComponent(siteUrl) : ''}`
    const html = tpl[kind]({ t, siteTitle, email, url, otc, accentColor, siteDomain: domain, siteUrl })
    const text = getText(t, trim, siteTitle, url, kind, email, otc)
    const subject = getSubject(t, siteTitle, kind, otc)
    const date = new Date(Date.UTC(2025, Math.floor(r() * 12), 1 + Math.floor(r() * 27), Math.floor(r() * 24), Math.floor(r() * 60)))
    const h = [
      `From: ${encodeWord(`"${siteTitle}"`)} <noreply@${domain}>`, `To: ${email}`, `Subject: ${encodeWord(subject)}`,
      `Date: ${date.toUTCString().replace('GMT', '+0000')}`, `Message-ID: <${token.slice(0, 8)}-${token.slice(8, 12)}-${token.slice(12, 16)}-${token.slice(16, 28)}@${domain}>`, 'MIME-Version: 1.0',
    ]
    const raw = mimeMessage(r, h, html, text)
    const name = `${String(++n).padStart(3, '0')}-${loc}-${type}.eml`
    fs.writeFileSync(path.join(out, name), raw)
    manifest.push(`${name}\t${loc}\t${type}\t${subject}`)
  }
}
fs.writeFileSync(path.join(out, 'MANIFEST.tsv'), 'file\tlocale\tkind\tsubject\n' + manifest.join('\n') + '\n')
console.log(n, 'messages')
