// Renders SuperTokens' default e-mails (email verification, password reset, passwordless login by magic link, by
// OTP and by both; supertokens-node@24.0.3, Apache-2.0, lib/build/recipe/*/emaildelivery/services/smtp) for eight
// invented apps as its SMTPService submits them: each recipe's own getServiceImplementation (its getContent fills the
// template and sets the subject, its sendRawEmail makes the nodemailer call, captured here: html only, no text part,
// so every message is HTML-only) with links built as the SDK builds them (websiteDomain + websiteBasePath +
// /verify-email, /reset-password, /verify?preAuthSessionId=...#linkCode) and tokens and codes in the core's formats.
// The SDK's supertokens.js singleton (only appInfo.appName is read) is stubbed, and humaniseMilliseconds is taken
// from its utils.js source, because the rest needs the SDK's dependencies and a running core.
// Measuring tool, not part of the product (issue 10, fourteenth round):
//   ./supertokens.sh PKGS                              fetch and unpack supertokens-node@24.0.3
//   node bench/template-sets/supertokens.cjs PKGS OUT  (from the repository root, after npx tsc)
const fs = require('fs'), path = require('path'), crypto = require('crypto')
const [pkgs, out] = process.argv.slice(2)
if (!pkgs || !out) { console.error('usage: node bench/template-sets/supertokens.cjs PKGS OUT'); process.exit(2) }
const ROOT = path.join(__dirname, '..', '..')
const { checkMessages, nodemailerName } = require('./rendered_mail.cjs')
const { mimeMessage, encodeWord } = require(path.join(ROOT, 'dist/tools/mail_build.js'))
const { prng } = require(path.join(ROOT, 'dist/engine/logreg/model.js'))
const ST = path.resolve(pkgs, 'supertokens', 'package', 'lib', 'build') + '/'
let appName // what the stubbed SuperTokens.getInstanceOrThrowError().appInfo.appName returns
const stubs = {
  [ST + 'supertokens.js']: { __esModule: true, default: { getInstanceOrThrowError: () => ({ appInfo: { appName } }) } },
  [ST + 'utils.js']: { humaniseMilliseconds: new Function(/\nfunction humaniseMilliseconds\(ms\) \{[\s\S]*?\n\}\n/.exec(fs.readFileSync(ST + 'utils.js', 'utf8'))[0] + 'return humaniseMilliseconds')() },
}
function load(file) {
  const m = { exports: {} }
  const req = (id) => {
    if (!id.startsWith('.')) return require(id)
    const abs = path.resolve(path.dirname(file), id)
    return stubs[abs + '.js'] ?? load(require.resolve(abs))
  }
  new Function('exports', 'require', 'module', '__filename', '__dirname', fs.readFileSync(file, 'utf8'))(m.exports, req, m, file, path.dirname(file))
  return m.exports
}
const SMTP = (recipe, file) => load(`${ST}recipe/${recipe}/emaildelivery/services/smtp/${file}`)
const SERVICES = { emailverification: SMTP('emailverification', 'serviceImplementation.js'), emailpassword: SMTP('emailpassword', 'serviceImplementation/index.js'), passwordless: SMTP('passwordless', 'serviceImplementation.js') }

// ---------------------------------------------------------------- invented apps
// site: websiteDomain; base: websiteBasePath (default /auth); flow: the passwordless recipe's flowType, if used;
// life: passwordless_code_lifetime in the core's config (default 900000)
const APPS = [
  { name: 'Ledgerly', from: 'noreply@ledgerly.app', site: 'https://app.ledgerly.app', base: '/auth', tz: -5 },
  { name: 'Pinecrest Analytics', from: 'no-reply@pinecrestanalytics.io', site: 'https://dashboard.pinecrestanalytics.io', base: '/auth', tz: 1 },
  { name: 'Tallyhive', from: 'hello@tallyhive.com', site: 'https://tallyhive.com', base: '/auth', tz: -8 },
  { name: 'Roomcue', from: 'accounts@roomcue.co', site: 'https://app.roomcue.co', base: '/account', tz: 0 },
  { name: 'Driftwood Notes', from: 'noreply@driftwoodnotes.app', site: 'https://driftwoodnotes.app', base: '/auth', tz: 10 },
  { name: 'Shiftwise', from: 'noreply@getshiftwise.com', site: 'https://app.getshiftwise.com', base: '/auth', tz: -6, flow: 'MAGIC_LINK' },
  { name: 'Kitebase', from: 'auth@kitebase.dev', site: 'https://console.kitebase.dev', base: '/auth', tz: 2, flow: 'USER_INPUT_CODE', life: 600000 },
  { name: 'Harbor HR', from: 'noreply@harborhr.io', site: 'https://app.harborhr.io', base: '/login', tz: -5, flow: 'USER_INPUT_CODE_AND_MAGIC_LINK' },
]
const EP = APPS.slice(0, 6) // the apps with the emailpassword and emailverification recipes
const FIRST = ['alex', 'jordan', 'maria', 'kevin', 'fatima', 'lucas', 'hannah', 'diego', 'sophie', 'raj', 'emma', 'tom', 'yuki', 'leah', 'marcus', 'nina']
const LAST = ['harper', 'silva', 'obrien', 'kim', 'novak', 'reyes', 'fischer', 'walker', 'mehta', 'jensen', 'costa', 'ali', 'brooks', 'tanaka']
const PROVIDERS = ['gmail.com', 'gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'proton.me', 'aol.com', 'gmx.com']

const r = prng(20261207)
const pick = (a) => a[Math.floor(r() * a.length)]
const rbytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(r() * 256)))
const hex = (n) => rbytes(Math.ceil(n / 2)).toString('hex').slice(0, n)
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(r() * 4)]}${hex(3)}-${hex(12)}`
// the core's email verification and password reset tokens: base64 of the hex of a 384-bit pbkdf2 output, without = / +
const coreToken = () => Buffer.from(hex(96)).toString('base64').replace(/[=/+]/g, '')
// passwordless: preAuthSessionId (SHA-256 of the device id) and linkCode (32 random bytes), base64url; 6-digit OTP
const b64url = (b) => b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const userEmail = () => {
  const f = pick(FIRST), l = pick(LAST)
  return `${[`${f}.${l}`, `${f}${l}`, `${f[0]}${l}${Math.floor(r() * 100)}`, `${f}.${l}${1980 + Math.floor(r() * 25)}`, `${f}_${l}`][Math.floor(r() * 5)]}@${pick(PROVIDERS)}`
}
const when = (app) => new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 364) * 864e5 + ((7 + Math.floor(r() * 16) - app.tz) * 3600 + Math.floor(r() * 3600)) * 1000)

const PLAN = [
  ...Array.from({ length: 10 }, (_, i) => ['email-verification', EP[i % EP.length]]),
  ...Array.from({ length: 10 }, (_, i) => ['password-reset', EP[(i + 3) % EP.length]]),
  ...['passwordless-link', 'passwordless-otp', 'passwordless-otp-link'].flatMap((k, i) => Array.from({ length: 4 }, () => [k, APPS[5 + i]])),
]

async function main() {
  fs.mkdirSync(out, { recursive: true })
  const manifest = [], written = []
  let n = 0
  for (const [kind, app] of PLAN) {
    appName = app.name
    const email = userEmail(), tenantId = 'public', userContext = {}
    const user = { id: uuid(), recipeUserId: undefined, email }
    user.recipeUserId = user.id
    const web = app.site + app.base
    let recipe, input
    if (kind === 'email-verification') {
      recipe = 'emailverification'
      input = { type: 'EMAIL_VERIFICATION', user, emailVerifyLink: `${web}/verify-email?token=${coreToken()}&tenantId=${tenantId}`, tenantId, userContext }
    } else if (kind === 'password-reset') {
      recipe = 'emailpassword'
      input = { type: 'PASSWORD_RESET', user, passwordResetLink: `${web}/reset-password?token=${coreToken()}&tenantId=${tenantId}`, tenantId, userContext }
    } else {
      recipe = 'passwordless'
      const preAuthSessionId = b64url(crypto.createHash('sha256').update(rbytes(32)).digest()), linkCode = b64url(rbytes(32))
      const link = app.flow !== 'USER_INPUT_CODE', code = app.flow !== 'MAGIC_LINK'
      input = { type: 'PASSWORDLESS_LOGIN', email, codeLifetime: app.life ?? 900000, preAuthSessionId, tenantId, isFirstFactor: true, userContext,
        urlWithLinkCode: link ? `${web}/verify?preAuthSessionId=${preAuthSessionId}&tenantId=${tenantId}#${linkCode}` : undefined,
        userInputCode: code ? Array.from({ length: 6 }, () => Math.floor(r() * 10)).join('') : undefined }
    }
    let sent
    const impl = SERVICES[recipe].getServiceImplementation({ sendMail: async (m) => { sent = m } }, { name: app.name, email: app.from })
    const content = await impl.getContent(input)
    await impl.sendRawEmail({ ...content, userContext })
    if (sent.from !== `${app.name} <${app.from}>` || sent.to !== email || sent.text !== undefined || !sent.html) throw new Error('unexpected sendMail ' + JSON.stringify(Object.keys(sent)))
    const domain = app.from.split('@')[1], date = when(app)
    const h = [
      `From: ${nodemailerName(app.name)} <${app.from}>`, `To: ${sent.to}`, `Subject: ${encodeWord(sent.subject)}`,
      `Date: ${date.toUTCString().replace('GMT', '+0000')}`, `Message-ID: <${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}@${domain}>`, 'MIME-Version: 1.0',
    ]
    const raw = mimeMessage(r, h, sent.html, '', true)
    const name = `${String(++n).padStart(3, '0')}-en-${kind}.eml`
    fs.writeFileSync(path.join(out, name), raw)
    manifest.push(`${name}\ten\t${kind}\t${sent.subject}`)
    written.push({ name, subject: sent.subject, domain, htmlOnly: true })
  }
  fs.writeFileSync(path.join(out, 'MANIFEST.tsv'), 'file\tlocale\tkind\tsubject\n' + manifest.join('\n') + '\n')
  console.log(n, 'messages')
  await checkMessages(out, written, /\{\{|<mj-|\$\{/)
}

main().catch((e) => { console.error(e); process.exit(1) })
