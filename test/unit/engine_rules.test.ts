// Each rule fires on a message crafted to show its pattern and stays silent
// on the clean message; GTUBE alone is spam.
import { describe, expect, it } from 'vitest'
import { createEngine, RULES, type MessageFacts } from '../../src/engine/index'
import { DEFAULT_ENGINE_SETTINGS, readEngineSettings } from '../../src/engine/settings'
import { parseIni } from '../../src/lib/ini'
import { EXTORTION_THREATS, EXTORTION_WORDS, GTUBE } from '../../src/engine/rules/body'
import { requiredWords } from '../../src/engine/rules/regex_shape'
import { rx } from '../../src/engine/rules/phrase'
import { invisibleInWords, visibleWords } from '../../src/engine/invisible'
import { RULES_ONLY } from '../helpers/engine'
import { buildMail, CLEAN_TEXT } from '../helpers/mail'
import { DEFAULT_POLICY } from '../../src/policy/config'
import { zipFile } from '../helpers/docx'

const engine = createEngine(RULES_ONLY)
const FACTS: MessageFacts = { mailFrom: 'alice@example.com', rcptTo: ['bob@partner.example.org'] }
/** The footer Google Groups appends to every post, after a signature separator */
const GROUPS_FOOTER = 'You received this message because you are subscribed to the Google Groups "dev" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to dev+unsubscribe@googlegroups.com.'

async function symbolsOf(raw: Buffer, facts: MessageFacts = FACTS): Promise<Map<string, string | undefined>> {
  const r = await engine.score(raw, facts)
  expect(r.skipped).toBeUndefined()
  return new Map(r.symbols.map((s) => [s.name, s.evidence]))
}

/** Each text, as the body of an otherwise clean message, fires the rule (or, with false, does not) */
async function expectRule(name: string, texts: string[], fires: boolean): Promise<void> {
  for (const text of texts) expect((await symbolsOf(buildMail({ text }))).has(name), text).toBe(fires)
}

describe('clean message', () => {
  it('fires no rule', async () => {
    const r = await engine.score(buildMail(), FACTS)
    expect(r.symbols.map((s) => s.name)).toEqual(['BAYES_SKIPPED', 'LR_SKIPPED'])
    expect(r.score).toBe(0)
  })
  it('a clean multipart/alternative message with a PDF fires no rule', async () => {
    const raw = buildMail({ text: CLEAN_TEXT, html: '<p>Hi Bob,</p><p>see <a href="https://www.example.com/q3">https://www.example.com/q3</a></p>', attachments: [{ filename: 'report.pdf', content: '%PDF-1.4 test' }] })
    expect([...(await symbolsOf(raw)).keys()]).toEqual(['BAYES_SKIPPED', 'LR_SKIPPED'])
  })
})

describe('GTUBE', () => {
  it('alone scores far above the confident threshold of 8', async () => {
    const r = await createEngine(DEFAULT_ENGINE_SETTINGS).score(buildMail({ text: `Test message\n${GTUBE}\n` }), FACTS)
    expect(r.symbols.find((s) => s.name === 'GTUBE')?.score).toBe(1000)
    expect(r.score).toBeGreaterThan(8)
  })
  it('is found in an HTML-only body too', async () => {
    expect((await symbolsOf(buildMail({ html: `<p>${GTUBE}</p>` }))).has('GTUBE')).toBe(true)
  })
})

// [symbol, crafted message (and facts), evidence expected to contain]
const CASES: Array<[string, () => Buffer, MessageFacts | undefined, string | undefined]> = [
  ['MISSING_FROM', () => buildMail({ headers: { From: undefined } }), undefined, undefined],
  ['FROM_ADDRESS_INVALID', () => buildMail({ headers: { From: 'Correios <aviso@%correios.example>' } }), undefined, '%correios'],
  ['MISSING_DATE', () => buildMail({ headers: { Date: undefined } }), undefined, undefined],
  ['INVALID_DATE', () => buildMail({ headers: { Date: 'yesterday at noon' } }), undefined, 'yesterday'],
  ['DATE_MISSING_TZ', () => buildMail({ headers: { Date: 'Wed, 17 Jul 2002 19:09:57' } }), undefined, '19:09:57'],
  ['MISSING_MESSAGE_ID', () => buildMail({ headers: { 'Message-ID': undefined } }), undefined, undefined],
  ['INVALID_MESSAGE_ID', () => buildMail({ headers: { 'Message-ID': 'no-angle-brackets' } }), undefined, 'no-angle'],
  ['MISSING_SUBJECT', () => buildMail({ headers: { Subject: undefined } }), undefined, undefined],
  ['SUBJECT_ALL_CAPS', () => buildMail({ headers: { Subject: 'AMAZING OFFER FOR YOU' } }), undefined, 'AMAZING'],
  ['SUBJECT_EXCESS_PUNCT', () => buildMail({ headers: { Subject: 'Act fast!!!' } }), undefined, 'Act fast'],
  ['SUBJECT_MONEY', () => buildMail({ headers: { Subject: 'Get 50% off today' } }), undefined, '50% off'],
  ['SUBJECT_8BIT_UNENCODED', () => Buffer.concat([buildMail().subarray(0, 0), Buffer.from('From: a@example.com\r\nSubject: caf\xe9 cr\xe8me\r\n\r\nhello there friend\r\n', 'latin1')]), undefined, undefined],
  ['SUBJECT_ENDS_IN_ID', () => buildMail({ headers: { Subject: 'Your statement 83746' } }), undefined, '83746'],
  ['XMAILER_RANDOM', () => buildMail({ headers: { 'X-Mailer': 'xLihQRz3QwM5E2FMVKYP7zl1QN' } }), undefined, 'xLihQRz3'],
  ['XMAILER_FORGED_OUTLOOK', () => buildMail({ headers: { 'X-Mailer': 'Microsoft Outlook 16.0' } }), undefined, 'Microsoft Outlook 16.0'],
  ['FROM_DISPLAY_NAME_SPOOF', () => buildMail({ headers: { From: '"ceo@bigbank.com" <mailer@cheap-sender.example>' } }), undefined, 'ceo@bigbank.com'],
  ['REPLY_TO_FREEMAIL', () => buildMail({ headers: { 'Reply-To': 'accounts.dept@gmail.com' } }), undefined, 'gmail.com'],
  ['REPLY_TO_DIVERTED', () => buildMail({ headers: { 'Reply-To': 'Alice Example <alice.example.ceo@outlook.pt>' } }), undefined, 'alice.example.ceo@outlook.pt'],
  ['LOOKALIKE_REPLY_PATH', () => buildMail({ headers: { 'Reply-To': 'Alice <alice@examplle.com>', From: 'Alice <alice@example.com>' } }), undefined, 'examplle.com imitates example.com'],
  ['FREEMAIL_REPLY_TO_OTHER', () => buildMail({ headers: { From: 'Mrs Grace Williams <grace.williams1958@gmail.com>', 'Reply-To': 'barrister.j.okoro@outlook.com' } }), undefined, 'grace.williams1958@gmail.com -> barrister.j.okoro@outlook.com'],
  ['TO_UNDISCLOSED', () => buildMail({ headers: { To: 'undisclosed-recipients:;' } }), undefined, undefined],
  ['FREEMAIL_UNDISCLOSED', () => buildMail({ headers: { From: 'Mrs Grace Williams <grace.williams1958@gmail.com>', To: 'undisclosed-recipients:;' } }), undefined, 'gmail.com'],
  ['USERNAME_LURE', () => buildMail({ text: 'Username: www.khutjs.blogspot.pe - 97781 USD KRAKEN\n\nTo set your password, visit the following address:\n\nhttps://shop.example.com/wp-login.php?action=rp' }), undefined, 'KRAKEN'],
  ['DISGUISE_COMBINATION', () => buildMail({ headers: { From: '"#Rewards_Center#" <promo@example.com>', Subject: '_Please_Affirm_Your_Reward_Worth_$90.00_' } }), undefined, 'SUBJECT_UNDERSCORED + FROM_NAME_TAGGED'],
  ['TO_RECIPIENTS_PLACEHOLDER', () => buildMail({ headers: { To: 'Recipients <info@example.com>' } }), undefined, 'recipients <info@example.com>'],
  ['TO_MANY_VISIBLE', () => buildMail({ headers: { To: Array.from({ length: 25 }, (_, i) => `u${i}@example.net`).join(', ') } }), undefined, '25'],
  ['ENVELOPE_FROM_MISMATCH', () => buildMail(), { mailFrom: 'bounce@other-org.example', rcptTo: ['bob@partner.example.org'] }, 'other-org.example'],
  ['AUTH_USER_FROM_MISMATCH', () => buildMail(), { mailFrom: 'alice@example.com', rcptTo: ['x@y.example'], authUser: 'mallory@elsewhere.example' }, 'mallory'],
  ['MANY_RECIPIENTS', () => buildMail(), { mailFrom: 'alice@example.com', rcptTo: Array.from({ length: 60 }, (_, i) => `r${i}@example.net`) }, '60'],
  ['PHISHING_WORDS', () => buildMail({ text: 'Dear user, we noticed unusual sign-in activity. Please verify your account within 24 hours.' }), undefined, 'verify your account'],
  ['ADVANCE_FEE', () => buildMail({ text: 'I am a barrister. My late client left US$ 12 million. As his next of kin you will receive 30 percent of the fund. Keep this in strictest confidence.' }), undefined, undefined],
  ['STRANDED_PLEA', () => buildMail({ text: 'I am in Madrid and I was robbed at gunpoint. Please send the money by Western Union.' }), undefined, 'was robbed; western union'],
  ['SPAM_PHRASES', () => buildMail({ text: 'Click here for our special offer. Act now, it is risk free!' }), undefined, 'click here'],
  ['SPAM_PHRASES_MANY', () => buildMail({ text: 'Click here! Act now, limited time, risk free, no obligation, order today. Lowest prices guaranteed.' }), undefined, undefined],
  ['CLAIMS_NOT_SPAM', () => buildMail({ text: 'This is not spam. You are receiving this email because you signed up.' }), undefined, 'not spam'],
  ['SEXTORTION', () => buildMail({ text: 'I hacked your device and recorded you via webcam. Send 1000 USD in bitcoin to my wallet.' }), undefined, undefined],
  ['SEXTORTION_DETAILED', () => buildMail({ text: 'I hacked your device and recorded you via webcam while you watched adult sites. Send 1000 USD in bitcoin to my wallet, or the video goes to all your contacts.' }), undefined, 'adult sites'],
  ['BODY_EXCESS_CAPS', () => buildMail({ text: 'THIS IS A VERY IMPORTANT MESSAGE FOR ALL OF OUR CUSTOMERS. '.repeat(6) }), undefined, '% upper case'],
  ['BODY_EMPTY', () => buildMail({ text: '' }), undefined, undefined],
  ['URL_SHORTENER', () => buildMail({ text: 'The file: https://bit.ly/3xYz12 thanks' }), undefined, 'bit.ly'],
  ['URI_IP_LITERAL', () => buildMail({ text: 'Log in at http://192.0.2.44/login.php today' }), undefined, '192.0.2.44'],
  ['URI_USERINFO', () => buildMail({ text: 'Go to http://www.bank.example@evil.example/ now' }), undefined, 'evil.example'],
  ['HTML_LINK_TEXT_MISMATCH', () => buildMail({ text: 'see below', html: '<p>Pay at <a href="http://collect.evil.example/pay">https://www.bank.example/pay</a></p>' }), undefined, 'www.bank.example'],
  ['URI_PUNYCODE', () => buildMail({ text: 'Visit https://xn--pypal-4ve.example/ to continue' }), undefined, 'xn--'],
  ['URI_EXECUTABLE', () => buildMail({ text: 'Your friend sent you a greeting card: http://ecards-view.example.net/card/postcard.exe' }), undefined, 'postcard.exe'],
  ['URI_SUSPICIOUS_TLD', () => buildMail({ text: 'Download https://files.invoices.xyz/doc now' }), undefined, '.xyz'],
  ['URI_NONSTANDARD_PORT', () => buildMail({ text: 'See http://portal.example.net:8888/a for details' }), undefined, '8888'],
  ['URI_JAVASCRIPT', () => buildMail({ text: 'see below', html: '<a href="javascript:alert(1)">open</a>' }), undefined, 'javascript'],
  ['HTML_FORM', () => buildMail({ text: 'see below', html: '<form action="https://collect.example/p"><input name=pw></form>' }), undefined, undefined],
  ['HTML_ONLY', () => buildMail({ html: `<p>${CLEAN_TEXT} <a href="https://offers.elsewhere.example/">More</a></p>` }), undefined, undefined],
  ['HTML_IMAGE_ONLY', () => buildMail({ html: '<img src="https://img.example/offer.png"><p>Hi</p>' }), undefined, '1 image'],
  ['HTML_SHORT_WITH_LINK', () => buildMail({ html: '<p>Look at this <a href="https://site.example/">site</a></p>' }), undefined, undefined],
  ['MIME_MULTIPART_NO_BOUNDARY', () => Buffer.from('From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\nhello\r\n'), undefined, undefined],
  ['MIME_DEEP_NESTING', () => {
    let s = 'From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b0"\r\n\r\n'
    for (let i = 1; i < 15; i++) s += `--b${i - 1}\r\nContent-Type: multipart/mixed; boundary="b${i}"\r\n\r\n`
    return Buffer.from(s + '--b14\r\nContent-Type: text/plain\r\n\r\ndeep\r\n')
  }, undefined, '15 multipart'],
  ['MIME_PARSE_ERROR', () => {
    let s = 'From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b0"\r\n\r\n'
    for (let i = 1; i < 40; i++) s += `--b${i - 1}\r\nContent-Type: multipart/mixed; boundary="b${i}"\r\n\r\n`
    return Buffer.from(s)
  }, undefined, 'nesting'],
  ['HEADER_OVERSIZED', () => buildMail({ headers: { 'X-Pad': 'a'.repeat(300 * 1024) } }), undefined, 'x-pad: 307'],
  ['EXECUTABLE_ATTACHMENT', () => buildMail({ attachments: [{ filename: 'setup.exe', content: 'MZ\x90\x00' }] }), undefined, 'setup.exe'],
  ['DOUBLE_EXTENSION_ATTACHMENT', () => buildMail({ attachments: [{ filename: 'invoice.pdf.js', content: 'var x' }] }), undefined, 'invoice.pdf.js'],
  ['MACRO_ATTACHMENT', () => buildMail({ attachments: [{ filename: 'budget.xlsm', content: 'PK\x03\x04' }] }), undefined, 'budget.xlsm'],
  ['HTML_ATTACHMENT', () => buildMail({ attachments: [{ filename: 'login.html', content: '<form></form>' }] }), undefined, 'login.html'],
  ['ENCRYPTED_ARCHIVE', () => buildMail({ attachments: [{ filename: 'invoice.zip', content: Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 1, 0, 8, 0]) }] }), undefined, 'invoice.zip'],
  ['BRAND_IMPERSONATION', () => buildMail({ headers: { From: 'PayPal Service <service@mailer.cheap-sender.example>' } }), undefined, 'PayPal'],
  ['LOOKALIKE_DOMAIN', () => buildMail({ text: 'Sign in at https://secure-paypa1-login.example.net/auth to continue' }), undefined, 'paypa1'],
  ['ACCOUNT_LURE', () => buildMail({ text: 'Ihr Konto wurde vorübergehend gesperrt.' }), undefined, 'gesperrt'],
  ['CREDENTIAL_REQUEST', () => buildMail({ text: 'Bevestig uw gegevens via de knop hieronder.' }), undefined, 'bevestig uw gegevens'],
  ['URI_HOST_OBFUSCATED', () => buildMail({ html: '<p>Win a gift card: <a href="https://𝟜.webrentals.example/c">play now</a></p>' }), undefined, '𝟜.webrentals.example'],
  ['PASSWORD_FORM', () => buildMail({ text: 'Reply with the details below.\n\nUsername: ..........\nPassword: ..........' }), undefined, 'password: ...'],
  ['URGENCY_PHRASE', () => buildMail({ text: 'Responda dentro de 24 horas, por favor.' }), undefined, '24 horas'],
  ['CRYPTO_LURE', () => buildMail({ text: 'Enter your 12-word recovery phrase to keep your wallet.' }), undefined, 'recovery'],
  ['PRIZE_LURE', () => buildMail({ text: 'Vous avez gagné une carte cadeau de 500 euros.' }), undefined, 'vous avez gagné'],
  ['PARCEL_LURE', () => buildMail({ text: 'La sua spedizione in attesa: paghi le spese di spedizione di 1,99 EUR.' }), undefined, 'spedizione in attesa'],
  ['LURE_COMBINATION', () => buildMail({ text: 'Sua conta foi bloqueada. Confirme seus dados para desbloquear.' }), undefined, '2 kinds'],
  ['OBFUSCATED_LETTERS', () => buildMail({ headers: { Subject: '𝗬𝗼𝘂𝗿 𝗽𝗮𝗰𝗸𝗮𝗴𝗲 is waiting' } }), undefined, '𝗬𝗼𝘂𝗿'],
  ['FROM_NAME_EMOJI', () => buildMail({ headers: { From: '"🎁 Rewards" <alice@example.com>' } }), undefined, 'Rewards'],
  ['SPAM_PRODUCT', () => buildMail({ headers: { Subject: 'Abnehmen ohne Diät' } }), undefined, 'abnehmen'],
  ['SUBJECT_HAS_RECIPIENT', () => buildMail({ headers: { Subject: 'bob@partner.example.org, your reward is ready' } }), undefined, 'bob@partner.example.org'],
  ['ZERO_WIDTH_TEXT', () => buildMail({ text: 'Your pass\u200bword expires today' }), undefined, undefined],
  ['URI_FREE_HOSTING', () => buildMail({ text: 'Open the document: https://docs-share-7781.web.app/view' }), undefined, 'web.app'],
  ['HTML_IMAGE_FREE_HOST', () => buildMail({ html: '<p><img src="https://i.ibb.co/Zx4b7Qp/ledger-logo.png" alt="Ledger"></p><p>Your device needs an update.</p>' }), undefined, 'i.ibb.co'],
  ['HTML_FRAME_PAGE', () => buildMail({ html: '<html><frameset rows="1,*"><frame name="main" src="http://www.promo-site.example/offer.htm"></frameset></html>' }), undefined, 'www.promo-site.example'],
  ['HTML_TALL_FILLER', () => buildMail({ html: '<div>Elon\'s energy saver cuts your bill in half.</div><div style="height: 10000vh"></div><div>Stolen newsletter text</div>' }), undefined, '10000vh'],
  ['HTML_HIDDEN_TEXT', () => buildMail({ html: '<p>Your acc<span style="font-size:0">xq</span>ount is on h<span style="display:none">zk</span>old. Ver<span style="opacity:0">jv</span>ify it.</p>' }), undefined, '3 hidden runs of text'],
  ['URI_IPFS', () => buildMail({ text: 'View: https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/index.html' }), undefined, 'ipfs.io'],
  ['URI_REDIRECTOR', () => buildMail({ text: 'Open https://www.google.com/url?q=https://collect.evil.example/login&sa=D' }), undefined, 'collect.evil.example'],
  ['ILLICIT_SALE', () => buildMail({ text: 'Where to buy magic mushrooms online, fast shipping.' }), undefined, 'magic mushrooms'],
  ['WAREZ', () => buildMail({ text: 'Photo editor 2024 keygen, serial included' }), undefined, 'keygen'],
  ['WAREZ_DOWNLOAD_LINK', () => buildMail({ text: 'Photo editor 2024 keygen, serial included\n*DOWNLOAD* https://t.co/T5pK7tc3bk' }), undefined, 't.co'],
  ['WAREZ_KIT_TAIL', () => buildMail({ text: `Photo editor 2024 keygen, serial included\n*DOWNLOAD* https://urluso.com/2wJb7c\neebf2c3492\n-- \n${GROUPS_FOOTER}` }), undefined, 'eebf2c3492'],
  ['SCAM_OPENER', () => buildMail({ headers: { To: 'undisclosed-recipients:;' }, text: 'I hope this email finds you.\nI want to know if you received the last message I sent you?' }), undefined, 'received the last message'],
  ['SEO_SPAM', () => buildMail({ text: 'My clients would pay for a guest post on your blog.' }), undefined, 'guest post'],
  ['MESSENGER_CONTACT', () => buildMail({ text: 'Order here: https://t.me/someshop' }), undefined, 't.me'],
  ['ILLICIT_SALE_MESSENGER', () => buildMail({ text: 'Buy magic mushrooms online, discreet shipping. Order on WhatsApp: https://wa.me/15550100' }), undefined, 'wa.me'],
  ['HTML_ONLY_LINKS_ELSEWHERE', () => buildMail({ html: '<p>Your reward</p><p><a href="https://claim.other.example.net/x">Claim</a></p>' }), undefined, 'none to example.com'],
  ['MAILTO_FREEMAIL', () => buildMail({ html: '<p>A user from Moscow just signed in to your account. If this was not you, <a href="mailto:secure.alerts10@gmail.com?cc=secure.alerts10@gmail.com&amp;subject=Report-User-Now">report the user</a>.</p>' }), undefined, 'secure.alerts10@gmail.com'],
  ['MAILTO_REPORT', () => buildMail({ html: '<p>A user from Moscow just signed in to your account. If this was not you, <a href="mailto:unusual.activity@recognized-sec.example?&amp;cc=unusual.activity@recognized-sec.example&amp;Subject=Report+The+User">report the user</a>.</p>' }), undefined, 'unusual.activity@recognized-sec.example'],
  ['CREDENTIAL_FORM', () => buildMail({ text: 'see below', html: '<form action="https://collect.example/p">E-mail <input name=u> Password <input type="password" name=p></form>' }), undefined, '1 password'],
  // issue 10, second round: disguise and offer rules
  ['MIXED_SCRIPT_WORD', () => buildMail({ headers: { Subject: '=?UTF-8?B?' + Buffer.from('Y\u043eur crypt\u043e has been suspended').toString('base64') + '?=' } }), undefined, 'Y\u043eur'],
  ['SPACED_LETTERS', () => buildMail({ headers: { Subject: 'We C.a.l.l.e.d you 3 times' } }), undefined, 'C.a.l.l.e.d'],
  ['INVISIBLE_CHARS_HEADER', () => buildMail({ headers: { Subject: '=?UTF-8?B?' + Buffer.from('Fi\u200bnal warning').toString('base64') + '?=' } }), undefined, 'U+200B'],
  ['FAKE_REPLY', () => buildMail({ headers: { Subject: 'RE: your payment' } }), undefined, 'RE: your payment'],
  ['SUBJECT_RANDOM_TOKEN', () => buildMail({ headers: { Subject: 'Beneficio Liberado - vKsJR5Dcnny' } }), undefined, 'vKsJR5Dcnny'],
  ['TEMPLATE_PLACEHOLDER', () => buildMail({ headers: { Subject: '{FIRSTNAME}, your voucher is waiting' } }), undefined, '{FIRSTNAME}'],
  ['FROM_NAME_DOMAIN_MISMATCH', () => buildMail({ headers: { From: '"ethereum.org" <lc6hjill@mailer.example.net>' } }), undefined, 'ethereum.org'],
  ['BODY_RANDOM_TAIL', () => buildMail({ text: 'Get the channels for free. http://x.example/cards\n5963HgYk7-980lnZG6754dLNm8-294DcnP4174' }), undefined, '5963HgYk7-980lnZG6754'],
  ['BULK_OFFER', () => buildMail({ text: 'Claim your welcome bonus and 100 free spins at our casino today.' }), undefined, 'casino'],
  ['BULK_OFFER_AD', () => buildMail({ text: 'Swiss made replica watches: Rolex, Omega, Breitling from $199.\nhttp://luxwatch-deals.example.net/' }), undefined, 'luxwatch-deals.example.net'],
  ['SECRET_CLAIM', () => buildMail({ text: 'A retired nurse found it. The big labs don\'t want you to know about this cheap solution.' }), undefined, 'want you to know'],
  ['BULK_OFFER_MANY', () => buildMail({ text: 'Lose 10 lbs in 30 days! Also: refinance now, rates have never been lower.' }), undefined, 'diet'],
  ['ADV_LABEL', () => buildMail({ headers: { Subject: 'ADV: Extended Auto Warranties Here' } }), undefined, 'ADV:'],
  // issue 10, thirteenth round: the labels Japanese and Korean law require on unsolicited ads
  ['ADV_LABEL', () => buildMail({ headers: { Subject: '=?UTF-8?B?' + Buffer.from('未承諾広告※出会いの広場').toString('base64') + '?=' } }), undefined, '未承諾広告'],
  ['ADV_LABEL', () => buildMail({ headers: { Subject: '=?UTF-8?B?' + Buffer.from('(광고) 특별 할인 이벤트').toString('base64') + '?=' } }), undefined, '(광고)'],
  ['NO_NAME_GREETING', () => buildMail({ text: 'Dear Beneficiary,\n\nYour compensation fund is ready.' }), undefined, 'Dear Beneficiary'],
  // issue 10, fourth round: callback phishing, authority lures, underscored subjects
  ['CALLBACK_LURE', () => buildMail({ text: 'Your annual plan was renewed for $399.00.\nIf you did not authorize this charge, call our billing team at +1 (888) 320-8274 within 24 hours.' }), undefined, '+1 (888) 320-8274'],
  ['FINE_LURE', () => buildMail({ text: 'Consta uma multa de trânsito em aberto no seu CPF. Consulte o auto de infração.' }), undefined, 'multa de trânsito'],
  ['SUBJECT_UNDERSCORED', () => buildMail({ headers: { Subject: '_Your_Reward_Worth_$90.00_' } }), undefined, '_Your_Reward_Worth_'],
  // issue 10, fifth round
  ['FROM_NAME_TAGGED', () => buildMail({ headers: { From: '"#Consumer_Rewards#" <promo@mailer.example.net>' } }), undefined, '#Consumer_Rewards#'],
  // issue 10, sixth round
  ['BRAND_DISGUISED', () => buildMail({ headers: { Subject: '=?UTF-8?B?' + Buffer.from('Your Am\u0430zon account is on hold').toString('base64') + '?=' } }), undefined, 'amazon as'],
  ['BODY_SHOUTING', () => buildMail({ text: 'Get your FREE report today!!! Limited copies.' }), undefined, 'FREE'],
  ['DOCUMENT_LURE', () => buildMail({ text: 'Anna Schmidt shared a file with you.\nQ4 Invoice Payment.pdf\nOpen: https://harborlogistics-docs.weebly.com/' }), undefined, 'weebly.com'],
  ['REPLY_PAYLOAD', () => buildMail({ headers: { Subject: 'RE: delivery schedule for week 41' }, text: 'Hello,\n\nplease see the attached document and confirm.\n\nhttps://greenvalley-farms.example.net/files/Doc_1511.zip\n\n-----Original Message-----\nFrom: Anna Berger <anna@partner.example>\nSubject: delivery schedule\n\ncould you confirm the schedule?\n' }), undefined, 'Doc_1511.zip'],
  ['URI_SITE_SYSTEM_FOLDER', () => buildMail({ text: 'Your document: https://www.bakery.example.net/wp-content/themes/astra/docs/index.php' }), undefined, 'wp-content/themes'],
  ['BRAND_HEADING', () => buildMail({ headers: { From: 'Ruben de Graaf <r.degraaf@zonnebloem.example>' }, text: 'Microsoft Teams\nDe opname van de vergadering is beschikbaar.\nOpname afspelen: https://teams-opname.example.net/' }), undefined, 'Microsoft Teams'],
  ['PASTE_AND_RUN', () => buildMail({ text: 'Your mailbox failed the security check. To fix it:\n1. Press Windows key + R\n2. Press CTRL + V\n3. Press Enter' }), undefined, 'Windows key + R … CTRL + V … Enter'],
  ['BEC_REQUEST', () => buildMail({ text: 'Hi Anna,\nPlease note our bank details have changed. Send the outstanding invoices to our new account below.\nThanks, Mark' }), undefined, 'bank details have changed'],
  ['BEC_PRESSURE', () => buildMail({ text: "Peter, I'm in meetings all day and can't take calls. Please disregard the previous payment instructions and use our new bank details below today.\nCatherine" }), undefined, "can't take calls"],
  ['HTML_UPPERCASE_TAGS', () => buildMail({ text: 'see the offer', html: '<HTML><BODY><FONT SIZE=3>Best rates</FONT></BODY></HTML>' }), undefined, '<HTML>'],
  // issue 10, eighth round
  ['DATING_LURE', () => buildMail({ text: "Hi! I'm a lonely 28 years old girl from Kyiv. Now I am looking for a kind man from your country. I will send you my photos!" }), undefined, 'looking for a kind man'],
  ['CONTACT_FREEMAIL', () => buildMail({ text: 'I have a business proposal of mutual interest. Kindly reply to my private email (j.okoro.consult@gmail.com) for details.' }), undefined, 'j.okoro.consult@gmail.com'],
  // issue 10, ninth round
  ['INVESTMENT_LURE', () => buildMail({ text: 'Quantum AI uses artificial intelligence to trade crypto automatically. Users report profits of £1,200 a day after an initial deposit of just £250.' }), undefined, 'artificial intelligence'],
  // issue 10, twenty-fifth round
  ['QR_LURE', () => buildMail({ text: 'Your multi-factor authentication expires today. Scan the QR code below with your phone to re-authenticate and keep access to your mailbox.' }), undefined, 're-authenticate'],
  ['STORAGE_LURE', () => buildMail({ text: 'Your cloud storage is full. Your photos and videos will be deleted on 12/05/2025 unless you upgrade.' }), undefined, 'will be deleted'],
  ['CHARITY_LURE', () => buildMail({ text: 'Our orphanage urgently needs help. Donations can be sent by Western Union to our director.' }), undefined, 'western union'],
  ['LUCRATIVE_DEAL', () => buildMail({ text: 'Hello, I have a very lucrative deal to discuss with you. Get back to me for details.' }), undefined, 'lucrative deal'],
  ['LOAN_LURE', () => buildMail({ text: 'Do you need a loan? We offer loans from $5,000 to $5,000,000 at 2% interest rate to individuals and companies. Contact us today.' }), undefined, '5,000,000'],
  ['JOB_TASK_LURE', () => buildMail({ text: 'Remote part-time role: complete simple optimization tasks, rating and reviewing products in our app. Daily salary $300 - $800, paid the same day.' }), undefined, 'daily salary'],
  ['LURE_IN_ATTACHMENT', () => buildMail({ headers: { From: 'Atendimento <atendimento.cliente4821@gmail.com>', Subject: 'Saldo Liberado - kQ7rT2mWz' }, text: 'Prezado cliente, voce possui um saldo disponivel. Mais informacoes em anexo.\nProtocolo: 48213377', attachments: [{ filename: 'kQ7rT2mWz.pdf', contentType: 'application/pdf', content: '%PDF-1.4 x' }] }), undefined, 'em anexo'],
  // issue 10, sixteenth round
  ['SMALL_L_FOR_I', () => buildMail({ headers: { Subject: '[ lRS : Report ] - Your refund is ready to be proceed.' } }), undefined, 'lRS'],
  ['PUNCTUATION_GLUED', () => buildMail({ headers: { Subject: '-Wij-hebben geprobeerd u..te bereiken.Reageer alstublieft! AI' } }), undefined, 'u..te'],
]

describe('ordinary mail the modern rules must leave alone (issue 10)', () => {
  it('list and newsletter unsubscribe footers are not CLAIMS_NOT_SPAM when the List-Unsubscribe/List-Id header is there', async () => {
    const footer = 'News of the month.\n\nYou are receiving this email because you subscribed to our newsletter. To unsubscribe, click here: https://example.com/u'
    expect((await symbolsOf(buildMail({ text: footer, headers: { 'List-Unsubscribe': '<https://example.com/u>' } }))).has('CLAIMS_NOT_SPAM')).toBe(false)
    expect((await symbolsOf(buildMail({ text: footer, headers: { 'List-Id': 'dev list <dev.lists.example.org>' } }))).has('CLAIMS_NOT_SPAM')).toBe(false)
    // the same footer without list headers is still the old bulk-mail pattern
    expect((await symbolsOf(buildMail({ text: footer }))).has('CLAIMS_NOT_SPAM')).toBe(true)
    // an account notice says why it was sent: that is no claim
    const notice = 'Your car is booked in for its annual service on 3 November.\n\nYou are receiving this email because you have an account with Millbrook Motors.'
    expect((await symbolsOf(buildMail({ text: notice }))).has('CLAIMS_NOT_SPAM')).toBe(false)
  })
  it('ESP click tracking and the sender\'s own tracking subdomain are not HTML_LINK_TEXT_MISMATCH', async () => {
    for (const href of [
      'https://u123456.ct.sendgrid.net/ls/click?upn=abc',
      'https://acme.us5.list-manage.com/track/click?u=1&id=2&e=3',
      'https://abcd.r.us-east-1.awstrack.me/L0/https:%2F%2Fwww.acme.example%2F/1/x',
      'https://d2abc.hubspotlinks.com/Ctc/ab+113/x',
      'https://click.pstmrk.it/3s/x/y',
      'https://email.mg.example.com/c/abcdef',
    ]) {
      const syms = await symbolsOf(buildMail({ text: 'x', html: `<p><a href="${href}">www.acme.example</a></p>` }))
      expect(syms.has('HTML_LINK_TEXT_MISMATCH'), href).toBe(false)
    }
  })
  it('"verify your email" and "confirm your account" of a sign-up confirmation are not PHISHING_WORDS', async () => {
    const text = 'Welcome to Acme! Please verify your email address to activate your account. Confirm your account: https://app.example.com/verify?t=1'
    const syms = await symbolsOf(buildMail({ text }))
    expect(syms.has('PHISHING_WORDS')).toBe(false)
    expect(syms.has('CREDENTIAL_REQUEST')).toBe(false)
  })
  it('a brand named by its own domain, a delivery report from "Microsoft Outlook", and order numbers in subjects are not flagged', async () => {
    expect((await symbolsOf(buildMail({ headers: { From: 'PayPal <service@paypal.de>' } }))).has('BRAND_IMPERSONATION')).toBe(false)
    expect((await symbolsOf(buildMail({ headers: { From: 'Microsoft Outlook <postmaster@example.com>' } }))).has('BRAND_IMPERSONATION')).toBe(false)
    expect((await symbolsOf(buildMail({ headers: { Subject: 'Your receipt #12345' } }))).has('SUBJECT_ENDS_IN_ID')).toBe(false)
    expect((await symbolsOf(buildMail({ text: 'Track it at https://www.northwind-traders.com/orders/1 or https://www.apple.com/' }))).has('LOOKALIKE_DOMAIN')).toBe(false)
  })
  it('ordinary replies, product names, technical Greek letters, brand names of newsletters and bank newsletters are left alone', async () => {
    const ordinary = [
      buildMail({ headers: { Subject: 'Re: meeting on Friday', 'In-Reply-To': '<a@example.com>', References: '<a@example.com>' } }),
      buildMail({ headers: { Subject: 'OpenCourseWare and Mark2CurSeen updates' } }),
      buildMail({ text: 'Latency dropped from 120 \u00b5s to 80 \u03bcs after the patch; \u03c0 and \u0394t are unchanged.' }),
      buildMail({ headers: { From: '"CNET News.com Daily Dispatch" <online@newsletter.online.example>' } }),
      buildMail({ text: 'Our mortgage team is here for you. Read our guide to buying your first home.' }),
      buildMail({ text: 'Thanks for the review.\n\n-- \nRechtsschutzversicherungsgesellschaften' }),
      buildMail({ headers: { From: 'Ian McIntosh <ian@example.com>', Subject: 'India trip' } }),
    ]
    const rules = ['FAKE_REPLY', 'SUBJECT_RANDOM_TOKEN', 'MIXED_SCRIPT_WORD', 'FROM_NAME_DOMAIN_MISMATCH', 'BULK_OFFER', 'BODY_RANDOM_TAIL', 'BRAND_IMPERSONATION']
    for (const [i, mail] of ordinary.entries()) {
      const syms = await symbolsOf(mail)
      for (const r of rules) expect(syms.has(r), `message ${i}: ${r}`).toBe(false)
    }
  })
  it('everyday "ab sofort" and "urgente" are no urgency, and a notice linking only to the sender\'s own site is no lure', async () => {
    expect((await symbolsOf(buildMail({ text: 'Ihr Kontoauszug steht ab sofort im Online-Banking bereit.' }))).has('URGENCY_PHRASE')).toBe(false)
    expect((await symbolsOf(buildMail({ text: 'Urgente: a reunião mudou para as 15h.' }))).has('URGENCY_PHRASE')).toBe(false)
    const expiry = 'Your password will expire in 3 days. To avoid losing access, change it at '
    const own = await symbolsOf(buildMail({ text: `${expiry}https://password.example.com/change` }))
    expect(own.has('ACCOUNT_LURE') || own.has('CREDENTIAL_REQUEST')).toBe(false)
    // the same words linking elsewhere are the lure
    const elsewhere = await symbolsOf(buildMail({ text: `${expiry}https://password-reset.other.example/change` }))
    expect(elsewhere.has('ACCOUNT_LURE')).toBe(true)
  })
  it('callback phishing needs both a dispute clause (or a freemail receipt) and a number to call; genuine receipts and newsletter footers are left alone', async () => {
    const has = async (text: string, from?: string) => (await symbolsOf(buildMail({ text, headers: from ? { From: from } : {} }))).has('CALLBACK_LURE')
    // German and Spanish dispute clauses, a Gmail "receipt" with a number to call
    expect(await has('Falls Sie diese Zahlung nicht autorisiert haben, rufen Sie uns an: +49 30 1234 5678.')).toBe(true)
    expect(await has('Si no reconoce esta compra, llame al +34 910 123 456.')).toBe(true)
    expect(await has('Order #441243\nVanilla Visa Gift Card, Total: $ 909.99\nFor questions, call us at 1 (833) 307-3665', 'Paid Customer <paid.customer.4411@gmail.com>')).toBe(true)
    // a shop's own receipt with its phone number, no dispute clause
    expect(await has('Order #441243\nTotal: $ 909.99\nFor questions, call us at 1 (833) 307-3665')).toBe(false)
    // "cancel your subscription" in a newsletter footer, a sales number far away
    expect(await has('To cancel your subscription, click here.\n' + 'News of the week. '.repeat(60) + 'To order, call 1-800-998-9938.')).toBe(false)
    // a dispute clause with no number to call
    expect(await has('If you did not make this purchase, visit your account page to report it.')).toBe(false)
    // a hosting plan's renewal notice and a password reset, each with the support line's number
    expect(await has('Your plan renews on 15 October; we will charge 119.00 EUR. If you do not want to renew, cancel the renewal in your control panel or call our billing team at +49 30 1234 5678.')).toBe(false)
    expect(await has('If you did not request a password reset, ignore this email or call support at +1 (415) 555-0132.')).toBe(false)
    // a bank's fraud alert whose every link is its own site
    expect(await has('If you did not make this transaction, call us at 1-800-555-0199 or visit https://www.example.com/security')).toBe(false)
  })
  it('people\'s, companies\' and gateways\' display names are not FROM_NAME_TAGGED; names dressed by bulk kits are', async () => {
    const tagged = async (name: string) => (await symbolsOf(buildMail({ headers: { From: `"${name}" <sender@mailer.example.net>` } }))).has('FROM_NAME_TAGGED')
    for (const name of ['Jane Smith', 'ACME GmbH - Buchhaltung', 'john_smith', 'Voicemail +4917012345678', '4917012345678', 'Fax 0211 1234567', 'Team #1 Sales', 'C# Developers Group', 'Support (Ticket 104857)', 'Müller & Söhne, Kundenservice', 'luigi.d...@gmail.com', 'Jane Smith…']) {
      expect(await tagged(name), name).toBe(false)
    }
    for (const name of ['*SiriusXM-Membership*', '#Kohls_Rewards#', '*welcome_', 'Do_It_Best_Rewards', '_C0NSUMER__REWARDS__', 'Informe BB: Conta bloqueada - Cod.9777800143996613966', '(Banco CentraI) - Valores a Receber - Protocolo: 782138398640256', 'Itaucard - Você tem pontos 8787425581733', 'Collectief Energie Bewust...Ciro', 'Lisa van EnergieSelect ..... #854', 'Specialisten inVoetcomfort…PUVH']) {
      expect(await tagged(name), name).toBe(true)
    }
  })
  it('a code identifier or a file name in a subject is not SUBJECT_UNDERSCORED; words joined by underscores are', async () => {
    const has = async (Subject: string) => (await symbolsOf(buildMail({ headers: { Subject } }))).has('SUBJECT_UNDERSCORED')
    expect(await has('Transfer__to__your__Bitcoin__address__0.7495__BTC')).toBe(true)
    expect(await has('Fw: _Order_Verification_-_170-Piece-Stanley_Tool_Set_')).toBe(true)
    expect(await has('[PATCH] fix do_something_else on resume')).toBe(false)
    expect(await has('Re: do_something_else')).toBe(false)
    expect(await has('Scan_Invoice_March_2024.pdf')).toBe(false)
    expect(await has('CONFIG_DEBUG_INFO_BTF')).toBe(false)
    // twelfth round: a first word with punctuation or digits
    expect(await has('_StopWatt:_Your_Key_to_Lowering_Your_Electricity_Costs_')).toBe(true)
    expect(await has('_50%_Off_Fall_Sale_is_Here!_')).toBe(true)
    expect(await has('2024_q3_figures')).toBe(false)
    expect(await has('v2.1_release_notes')).toBe(false)
  })
  it('DISGUISE_COMBINATION needs two disguises; a reply without thread headers is not one of them', async () => {
    const syms = async (headers: Record<string, string>) => await symbolsOf(buildMail({ headers }))
    expect((await syms({ Subject: 'RE: _Your_Reward_Worth_$90.00_' })).has('DISGUISE_COMBINATION')).toBe(false)
    expect((await syms({ Subject: '_Your_Reward_Worth_$90.00_' })).has('DISGUISE_COMBINATION')).toBe(false)
    expect((await syms({ Subject: 'Y\u043eur account is on hold vKsJR5Dcnny' })).has('DISGUISE_COMBINATION')).toBe(true)
  })
  it('an accountant\'s refund, a court date and a parking garage are not lures; the lure wordings are', async () => {
    const syms = async (text: string) => await symbolsOf(buildMail({ text }))
    expect((await syms('Ihre Steuerrückerstattung für 2023 wurde vom Finanzamt bestätigt; die Unterlagen liegen bei.')).has('PRIZE_LURE')).toBe(false)
    expect((await syms('The court hearing is set for 12 May; I will send the brief on Friday.')).has('FINE_LURE')).toBe(false)
    expect((await syms('Parking at the venue is free; the traffic on the A4 is heavy in the morning.')).has('FINE_LURE')).toBe(false)
    expect((await syms('Your IRS tax refund is ready: fill in the attached form to receive it.')).has('PRIZE_LURE')).toBe(true)
    expect((await syms('You have an unpaid toll. Pay $4.15 now to avoid a late fee.')).has('FINE_LURE')).toBe(true)
  })
  it('a capital I for a small l still names the brand ("Trust WaIIet", "Iedger")', async () => {
    expect((await symbolsOf(buildMail({ headers: { From: 'Trust WaIIet <support@tpg.example.au>' } }))).has('BRAND_IMPERSONATION')).toBe(true)
    expect((await symbolsOf(buildMail({ headers: { From: 'Amie from Iedger <ordini@intrentino.example>' } }))).has('BRAND_IMPERSONATION')).toBe(true)
  })
  it('look-alike capitals and letters of other scripts still name the brand and the lure ("МеtaМask", "Υour ѡallet has bеen frozen")', async () => {
    const enc = (t: string) => '=?UTF-8?B?' + Buffer.from(t).toString('base64') + '?='
    const syms = await symbolsOf(buildMail({ headers: { From: `${enc('\u041c\u0435ta\u041cask')} <post@mailer.example.no>`, Subject: enc('\u03a5our \u0461allet has b\u0435en frozen') } }))
    expect(syms.has('BRAND_IMPERSONATION')).toBe(true)
    expect(syms.has('CRYPTO_LURE')).toBe(true)
  })
  it('invisible characters: the evasions are caught wherever they hide, the honest uses of the same characters are not', async () => {
    const enc = (t: string) => '=?UTF-8?B?' + Buffer.from(t).toString('base64') + '?='
    // variation selectors between the letters of a brand in the sender's name
    const vs = '\u{E0139}'
    const named = await symbolsOf(buildMail({ headers: { From: `${enc(`X${vs}${vs}fi${vs}n${vs}i${vs}t${vs}y`)} <ed@hotel.example.com>` } }))
    expect(named.get('INVISIBLE_CHARS_HEADER')).toBe('U+E0139')
    // a combining grapheme joiner after every letter of the body, and a zero-width joiner inside a word
    const cgj = [...'We are informing you that your order has been processed'].map((c) => (c === ' ' ? c : `${c}\u034F`)).join('')
    expect((await symbolsOf(buildMail({ text: `Hello Customer, ${cgj}.` }))).get('ZERO_WIDTH_TEXT')).toContain('U+034F')
    expect((await symbolsOf(buildMail({ text: 'Your Pay\u200DPal account' }))).get('ZERO_WIDTH_TEXT')).toContain('PayPal')
    // a soft hyphen after every letter is evasion; the hyphenation hints of a newsletter are not
    expect((await symbolsOf(buildMail({ text: 'P\u00ADa\u00ADs\u00ADs\u00ADw\u00ADo\u00ADr\u00ADd' }))).has('ZERO_WIDTH_TEXT')).toBe(true)
    const honest = [
      // German newsletter with &shy; hyphenation hints
      buildMail({ text: 'Die neuen Versicherungs\u00ADbedingungen und die Rechtsschutz\u00ADversicherung gelten ab Januar.' }),
      // Persian and Hindi words use the zero-width non-joiner and joiner
      buildMail({ text: '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 and \u0915\u094D\u200D\u0937', headers: { Subject: enc('\u06AF\u0632\u0627\u0631\u0634\u200C\u0647\u0627\u06CC \u0645\u0627\u0647\u0627\u0646\u0647') } }),
      // emoji joined with a zero-width joiner in a newsletter subject
      buildMail({ headers: { Subject: enc('\u{1F469}\u200D\u{1F4BB} New course: TypeScript for teams') } }),
      // a CJK ideograph with its variation selector in a Japanese name
      buildMail({ headers: { From: `${enc('\u845B\u{E0100}\u98FE \u592A\u90CE')} <katsushika@example.co.jp>` } }),
    ]
    for (const [i, mail] of honest.entries()) {
      const syms = await symbolsOf(mail)
      expect(syms.has('ZERO_WIDTH_TEXT'), `message ${i}`).toBe(false)
      expect(syms.has('INVISIBLE_CHARS_HEADER'), `message ${i}`).toBe(false)
    }
  })
  it('a word broken up by characters the reader does not see is read by the word rules as the word it shows (twenty-ninth round)', async () => {
    const link = ' Restore access: https://secure-restore-7731.weebly.com/login'
    const broken = await symbolsOf(buildMail({ text: `Your ac\u200Bcount has been sus\u00ADpen\u00ADded.${link}`, headers: { Subject: 'Notice' } }))
    expect(broken.has('ZERO_WIDTH_TEXT')).toBe(true)
    expect(broken.has('ACCOUNT_LURE')).toBe(true)
    // each character ZERO_WIDTH_TEXT counts inside a word is one the word rules do not read
    for (const c of ['\u200B', '\u200C', '\u200D', '\u2060', '\u2063', '\uFEFF', '\u180E', '\u034F', '\u17B4', '\u17B5', '\u{E0100}', '\u{E01EF}']) {
      expect(visibleWords(`ac${c}count`), `U+${c.codePointAt(0)!.toString(16)}`).toBe('account')
      expect(invisibleInWords(`ac${c}count`), `U+${c.codePointAt(0)!.toString(16)}`).toBeDefined()
    }
    expect(visibleWords('Versicherungs\u00ADbedingungen')).toBe('Versicherungsbedingungen')
    const plain = 'Die neuen Bedingungen gelten ab Januar.'
    expect(visibleWords(plain)).toBe(plain)
  })
  it('HTML-only notices that link to the sender\'s own site or nowhere are not HTML_ONLY; the same page linking elsewhere is', async () => {
    // buildMail sends From the sender at example.com
    const receipt = '<p>Thank you for your order 10442. Total: 38.90 EUR.</p>'
    const home = await symbolsOf(buildMail({ html: `${receipt}<p><a href="https://shop.example.com/account/orders/10442">View your order</a></p>` }))
    expect(home.has('HTML_ONLY')).toBe(false)
    const nowhere = await symbolsOf(buildMail({ html: '<p>Dear member, your car is booked in for its annual service on 3 November at 9:15.</p>' }))
    expect(nowhere.has('HTML_ONLY')).toBe(false)
    const elsewhere = await symbolsOf(buildMail({ html: `${receipt}<p><a href="https://orders-10442.other.example.net/view">View your order</a></p>` }))
    expect(elsewhere.has('HTML_ONLY')).toBe(true)
    // a Mailchimp campaign and a receipt sent through SendGrid with click tracking: the ESP's tracker is home
    const campaign = await symbolsOf(buildMail({ html: '<p>Our autumn blends have landed: 15% off this weekend.</p><p><a href="https://greenleaf.us1.list-manage.com/track/click?u=8f7a&id=91a2">Shop now</a> <a href="https://greenleaf.us1.list-manage.com/unsubscribe?u=8f7a">Unsubscribe</a></p>' }))
    expect(campaign.has('HTML_ONLY')).toBe(false)
    const tracked = await symbolsOf(buildMail({ html: `${receipt}<p><a href="https://u1234567.ct.sendgrid.net/ls/click?upn=abc123">View your order</a> <a href="https://shop.example.com/help">Help</a></p>` }))
    expect(tracked.has('HTML_ONLY')).toBe(false)
    // one untracked link to another organisation beside one tracked link leaves home
    const mixed = await symbolsOf(buildMail({ html: `${receipt}<p><a href="https://u1234567.ct.sendgrid.net/ls/click?upn=abc123">View</a> <a href="https://collect.other.example.net/pay">Pay</a></p>` }))
    expect(mixed.has('HTML_ONLY')).toBe(true)
    // a satisfaction survey of two answers home and a "Powered by" link; a studio's newsletter that
    // links its schedule and its Facebook and Instagram pages: home, and not HTML_SHORT_WITH_LINK either
    const survey = await symbolsOf(buildMail({ html: '<p>Your ticket #55812 was solved. How did we do?</p><p><a href="https://help.example.com/survey/55812?r=good">Good</a> <a href="https://help.example.com/survey/55812?r=bad">Bad</a></p><p>Powered by <a href="https://www.zendesk.com">Zendesk</a></p>' }))
    expect(survey.has('HTML_ONLY') || survey.has('HTML_SHORT_WITH_LINK')).toBe(false)
    const studio = await symbolsOf(buildMail({ html: '<p>Our October timetable is out.</p><p><a href="https://example.com/schedule">Schedule</a></p><p><a href="https://www.facebook.com/studio">Facebook</a> <a href="https://www.instagram.com/studio">Instagram</a></p>' }))
    expect(studio.has('HTML_ONLY') || studio.has('HTML_SHORT_WITH_LINK')).toBe(false)
    // a webinar confirmation whose only link is the Teams meeting: neither home nor a lure's page
    const webinar = await symbolsOf(buildMail({ html: '<p>Thank you for registering for our webinar on Thursday at 11:00.</p><p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc">Join the meeting</a></p>' }))
    expect(webinar.has('HTML_ONLY') || webinar.has('HTML_SHORT_WITH_LINK') || webinar.has('HTML_ONLY_LINKS_ELSEWHERE')).toBe(false)
    // a shop's shipping notice linking the carrier's real tracking page and its own order page
    const shipped = await symbolsOf(buildMail({ html: '<p>Your order 20481 left today with PostNL.</p><p><a href="https://jouw.postnl.nl/track-and-trace/3SABCD1234567">Track your parcel</a> <a href="https://www.example.com/account/orders/20481">Your order</a></p>' }))
    expect(shipped.has('HTML_ONLY') || shipped.has('HTML_SHORT_WITH_LINK')).toBe(false)
    // social profiles alone are not home: a page of nothing but them still leaves
    const profiles = await symbolsOf(buildMail({ html: '<p>Follow us!</p><p><a href="https://www.facebook.com/x">Facebook</a> <a href="https://claim.other.example.net/x">Claim</a></p>' }))
    expect(profiles.has('HTML_ONLY')).toBe(true)
  })
  it('a brand\'s own notice linking to another of its domains stays home; the same from a freemail or look-alike sender does not', async () => {
    // SharePoint's notices come from sharepointonline.com and link to the tenant's sharepoint.com and to go.microsoft.com
    const shared = await symbolsOf(buildMail({
      headers: { From: '"Jonas Weber (via SharePoint Online)" <no-reply@sharepointonline.com>' },
      html: '<p>Jonas Weber shared a file with you: Budget 2027.xlsx</p><p><a href="https://contoso.sharepoint.com/:x:/s/finance/EaBcD">Open</a></p><p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy</a></p>',
    }))
    for (const name of ['HTML_ONLY', 'HTML_ONLY_LINKS_ELSEWHERE', 'BRAND_IMPERSONATION']) expect(shared.has(name), name).toBe(false)
    // DocuSign's envelope from docusign.net, with its support site on docusign.com
    const envelope = await symbolsOf(buildMail({
      headers: { From: '"Harbour Lettings via DocuSign" <dse_na3@docusign.net>' },
      html: '<p>Please review and sign: Tenancy renewal, Flat 4.</p><p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=1f2e">Review document</a></p><p><a href="https://support.docusign.com/s/">Help</a></p>',
    }))
    expect(envelope.has('HTML_ONLY')).toBe(false)
    // the same page from a Gmail address (Google's, but not the sender's own) or a domain that only
    // shares the brand's first label still leaves home
    const page = '<p>Please review and sign the attached contract.</p><p><a href="https://docs.google.com/document/d/1AbC/edit">Review</a></p><p><a href="https://sign-now.other.example.net/x">Sign</a></p>'
    expect((await symbolsOf(buildMail({ headers: { From: '"Docs" <docs.team.2027@gmail.com>' }, html: page }))).has('HTML_ONLY')).toBe(true)
    const lookalike = await symbolsOf(buildMail({ headers: { From: '"DocuSign" <dse@docusign.xyz>' }, html: '<p>Please review and sign.</p><p><a href="https://support.docusign.com/s/">Help</a></p><p><a href="https://docusign.xyz.other.example.net/sign">Review</a></p>' }))
    expect(lookalike.has('HTML_ONLY')).toBe(true)
  })
  it('a shop\'s order table, a "built with" footer, a Brevo campaign and a GoTo webinar are ordinary; the parcel fee is still a lure', async () => {
    // "Shipping: Free shipping" in one cell and "Payment method:" in the next is not a "shipping payment"
    const order = await symbolsOf(buildMail({
      headers: { From: '"Oak & Ember" <shop@oak-ember.example>' },
      html: '<p>Thanks for your order #4471.</p><table><tr><th>Shipping:</th><td>Free shipping</td></tr><tr><th>Payment method:</th><td>Credit card</td></tr></table><p><a href="https://oak-ember.example/my-account/">My account</a></p><p>Built with <a href="https://woocommerce.com/">WooCommerce</a></p>',
    }))
    expect(order.has('PARCEL_LURE')).toBe(false)
    expect(order.has('HTML_ONLY')).toBe(false)
    const fee = await symbolsOf(buildMail({ text: 'Your parcel could not be delivered. Please pay the shipping payment of 1.99 EUR here: https://parcel-redelivery.other.example.net/pay' }))
    expect(fee.has('PARCEL_LURE')).toBe(true)
    const brevo = await symbolsOf(buildMail({ html: '<p>Nuestra vendimia 2026 ya está aquí.</p><p><a href="https://2b7kq.r.sp1-brevo.net/mk/cl/f/abc">Ver vinos</a> <a href="https://2b7kq.r.sp1-brevo.net/mk/cl/f/def">Reservar visita</a> <a href="https://2b7kq.r.sp1-brevo.net/mk/un/ghi">Darse de baja</a></p>' }))
    expect(brevo.has('HTML_ONLY') || brevo.has('HTML_ONLY_LINKS_ELSEWHERE')).toBe(false)
    const goto = await symbolsOf(buildMail({ html: '<p>Promemoria: il webinar inizia domani alle 10:00.</p><p><a href="https://attendee.gotowebinar.com/join/123456789">Partecipa</a></p>' }))
    expect(goto.has('HTML_ONLY') || goto.has('HTML_ONLY_LINKS_ELSEWHERE') || goto.has('HTML_SHORT_WITH_LINK')).toBe(false)
  })
  it('a newsletter whose List-Unsubscribe is the sender\'s own links where it likes; without it, or with another\'s, it leaves home', async () => {
    const digest = '<h1>The Friday Digest</h1><ul>' + ['https://arstechnica.com/a', 'https://www.nature.com/b', 'https://lwn.net/c', 'https://www.heise.de/d'].map((u) => `<li><a href="${u}">Read</a></li>`).join('') + '</ul>'
    const send = async (From: string, unsub?: string) =>
      symbolsOf(buildMail({ headers: { From, ...(unsub ? { 'List-Unsubscribe': unsub } : {}) }, html: digest }))
    const own = await send('"Northwind Weekly" <digest@northwind.example>', '<https://www.northwind.example/unsubscribe?u=1>, <mailto:leave@lists.northwind.example>')
    expect(own.has('HTML_ONLY') || own.has('HTML_ONLY_LINKS_ELSEWHERE')).toBe(false)
    const viaEsp = await send('"Northwind Weekly" <digest@northwind.example>', '<https://northwind.us1.list-manage.com/unsubscribe?u=1>')
    expect(viaEsp.has('HTML_ONLY')).toBe(false)
    expect((await send('"Northwind Weekly" <digest@northwind.example>')).has('HTML_ONLY')).toBe(true)
    expect((await send('"Northwind Weekly" <digest@northwind.example>', '<https://unsub.other.example.net/u?1>')).has('HTML_ONLY')).toBe(true)
    expect((await send('"Weekly" <weekly.digest.2027@gmail.com>', '<https://groups.google.com/g/x/unsubscribe>')).has('HTML_ONLY')).toBe(true)
  })
  it('an exchange\'s reminder never to share the recovery phrase is not CRYPTO_LURE; asking for it is, warning or not', async () => {
    const crypto = async (text: string) => (await symbolsOf(buildMail({ text }))).has('CRYPTO_LURE')
    expect(await crypto('Your withdrawal of 0.25 ETH was sent.\n\nReminder: we will never ask for your password or recovery phrase. Anyone who does is not from us.')).toBe(false)
    expect(await crypto('Ihre Auszahlung ist unterwegs.\n\nGeben Sie Ihre Wiederherstellungsphrase oder Einmalcodes niemals weiter, auch nicht an uns.')).toBe(false)
    expect(await crypto('O seu levantamento foi processado.\n\nNunca compartilhe sua frase de recuperação com ninguém.')).toBe(false)
    expect(await crypto('Your wallet access expires today. Enter your 12-word recovery phrase here: https://wallet-check.other.example.net/restore')).toBe(true)
    expect(await crypto('Never share your seed phrase with anyone. To keep access, verify your wallet today: https://wallet-check.other.example.net/v')).toBe(true)
  })
  it('an order confirmation\'s "Order ID ... Shipping Method" is not ILLICIT_SALE, nor is a border; a drug for sale is', async () => {
    const illicit = async (text: string) => (await symbolsOf(buildMail({ text }))).has('ILLICIT_SALE')
    expect(await illicit('Order ID FH-204819\nShipping Method: Standard (3-5 days)\nPayment Method: Visa')).toBe(false)
    expect(await illicit('At the border guards seized cocaine last week, the paper says.')).toBe(false)
    expect(await illicit('Where to buy crystal meth online, discreet shipping')).toBe(true)
    expect(await illicit('Buy mushrooms online, discreet shipping to your door')).toBe(true)
    // twelfth round: the psychedelic strains and bars, codeine, K2 sheets, cloned cards, "purchase"
    expect(await illicit('BUY ONE UP MUSHROOM CHOCOLATE BARS ONLINE IN USA')).toBe(true)
    expect(await illicit('Where to purchase DMT, LSD sheets and wax online')).toBe(true)
    expect(await illicit('WHAT ARE GOLDEN TEACHER MUSHROOMS AND WHERE TO BUY THEM')).toBe(false)
    expect(await illicit('Where to order golden teacher mushrooms in Canada')).toBe(true)
    expect(await illicit('Where to order gummies codeine online in Canada')).toBe(true)
    expect(await illicit('Purchase K2 Sheets Online (Diablo!!)')).toBe(true)
    expect(await illicit('Where to order Best cloned cards online USA')).toBe(true)
    // a legal food, and words that only look like the strains
    expect(await illicit('Our new mushroom chocolate bar with lion\'s mane is in stores now. Order yours today!')).toBe(false)
    expect(await illicit('Purchase order 4471: the golden teacher award ceremony, one up on last year')).toBe(false)
  })
  it('a drug offered with a WhatsApp or Telegram link to order by passes the threshold on the rules alone, whatever the classifiers say; a report on drugs, or a shop\'s WhatsApp support link, does not score it', async () => {
    // both classifiers as sure of "ham" as they can be: every band -10, kept at the floor (-3)
    const scores = { ...DEFAULT_ENGINE_SETTINGS.scores }
    for (const k of Object.keys(scores)) if (/^(BAYES|LR)_/.test(k) && !k.endsWith('SKIPPED')) scores[k] = -10
    const engine = createEngine({ ...DEFAULT_ENGINE_SETTINGS, scores, bayes: { ...DEFAULT_ENGINE_SETTINGS.bayes, model: undefined } })
    const facts = { mailFrom: 'seller@example.com', rcptTo: ['list@lists.example.org'] }
    const offer = await engine.score(buildMail({ text: 'BUY PSILOCYBIN MUSHROOM CHOCOLATE BARS ONLINE, discreet shipping worldwide.\nOrder now on Telegram: https://t.me/shroomshop_official' }), facts)
    expect(offer.symbols.map((s) => s.name)).toEqual(expect.arrayContaining(['ILLICIT_SALE', 'MESSENGER_CONTACT', 'ILLICIT_SALE_MESSENGER']))
    expect(offer.score).toBeGreaterThan(DEFAULT_POLICY.threshold)
    const support = await symbolsOf(buildMail({ text: 'Your order 20418 has shipped. Questions? Chat with us on WhatsApp: https://wa.me/15550100' }))
    expect(support.has('ILLICIT_SALE_MESSENGER')).toBe(false)
    const report = await symbolsOf(buildMail({ text: 'At the border guards seized cocaine last week. Follow our newsroom on Telegram: https://t.me/dailynews' }))
    expect(report.has('ILLICIT_SALE_MESSENGER')).toBe(false)
  })
  it('USERNAME_LURE reads the user name of an account notice: a web address with an amount or an exchange beside it; not an address alone, a handle, or an amount inside the address', async () => {
    const lure = async (text: string) => (await symbolsOf(buildMail({ text }))).has('USERNAME_LURE')
    expect(await lure('Benutzername: ynwvhg.transfer-btc.pages.dev - WITHDRAW FUNDS 121582 USDT\n\nUm Ihr Passwort festzulegen, besuchen Sie bitte folgende Adresse:')).toBe(true)
    expect(await lure('Username: www.drgyrw.blogspot.hk - 1.355 BTC BINANCE\n\nTo set your password, visit the following address:')).toBe(true)
    expect(await lure('نام\u200cکاربری : www.ykjygx.blogspot.pt - 1.331 BTC BINANCE\n\nبرای تنظیم رمز خود، این نشانی را ببینید:')).toBe(true)
    expect(await lure('Имя пользователя: www.gsgvsa.blogspot.ch - 1.330 BTC BINANCE\n\nЧтобы задать пароль, перейдите по ссылке:')).toBe(true)
    expect(await lure('Username: jane.doe\n\nTo set your password, visit the following address:')).toBe(false)
    expect(await lure('Username: jane.doe@example.com\n\nTo set your password, visit the following address:')).toBe(false)
    expect(await lure('Login: http://www.jobfair24.de/cgi-bin/bewerber/login.cgi\nPasswort: wie bei der Registrierung')).toBe(false)
    expect(await lure('Login: https://portal.example.com/earn/bonus-500usd\nYour staking dashboard is ready.')).toBe(false)
    expect(await lure('Username: trader_2024 - 500 USD bonus credited\n\nWelcome to the exchange.')).toBe(false)
  })
  it('one request to "verify your identity" is scored once (PHISHING_WORDS), not again as CREDENTIAL_REQUEST', async () => {
    const syms = await symbolsOf(buildMail({ text: 'Verify your identity to finish linking your account. Your code: 481907' }))
    expect(syms.has('PHISHING_WORDS')).toBe(true)
    expect(syms.has('CREDENTIAL_REQUEST')).toBe(false)
    // a request PHISHING_WORDS does not know is still CREDENTIAL_REQUEST
    expect((await symbolsOf(buildMail({ text: 'Bitte bestätigen Sie Ihre Zahlungsdaten innerhalb von 24 Stunden.' }))).has('CREDENTIAL_REQUEST')).toBe(true)
  })
  it('a device alert linking to its admin page on the office network is not URI_IP_LITERAL nor leaves home; a public IP still is', async () => {
    const alert = await symbolsOf(buildMail({ html: '<p>Dear user, storage pool 1 on NAS-OFFICE is degraded. Replace drive 3 as soon as possible.</p><p><a href="https://192.168.10.20:5001/">https://192.168.10.20:5001/</a></p>' }))
    for (const name of ['URI_IP_LITERAL', 'URI_NONSTANDARD_PORT', 'HTML_ONLY', 'HTML_ONLY_LINKS_ELSEWHERE']) expect(alert.has(name), name).toBe(false)
    const printer = await symbolsOf(buildMail({ text: 'Toner low (black, 8 %). Printer page: http://printer-2og.lan/ or http://192.168.10.61/' }))
    expect(printer.has('URI_IP_LITERAL')).toBe(false)
    const lure = await symbolsOf(buildMail({ html: '<p>Your mailbox is full.</p><p><a href="http://203.0.113.9:8081/owa/login">Restore</a></p>' }))
    expect(lure.has('URI_IP_LITERAL') && lure.has('URI_NONSTANDARD_PORT') && lure.has('HTML_ONLY')).toBe(true)
    expect((await symbolsOf(buildMail({ text: 'Open http://3232235521/login now' }))).has('URI_IP_LITERAL')).toBe(true)
  })
  it('Chinese or Japanese subjects with one Latin acronym are not SUBJECT_ALL_CAPS; a shouted Latin subject is', async () => {
    const caps = async (subject: string) => (await symbolsOf(buildMail({ headers: { Subject: '=?UTF-8?B?' + Buffer.from(subject).toString('base64') + '?=' } }))).has('SUBJECT_ALL_CAPS')
    expect(await caps('您的訂單已出貨，預計兩天內送達 TW')).toBe(false)
    expect(await caps('ご注文ありがとうございます（TB-260415-08）')).toBe(false)
    expect(await caps('URGENT ACCOUNT VERIFICATION REQUIRED')).toBe(true)
  })
  /** SUBJECT_ENDS_IN_ID on a subject written in UTF-8 (encoded as a mail client encodes it) */
  const endsInId = async (subject: string) => (await symbolsOf(buildMail({ headers: { Subject: '=?UTF-8?B?' + Buffer.from(subject).toString('base64') + '?=' } }))).has('SUBJECT_ENDS_IN_ID')
  it('a reference after a word for "number" or "code" in other languages is not SUBJECT_ENDS_IN_ID', async () => {
    for (const subject of ['Bejelentkezési kód: 583 019', 'Нагадування про оплату рахунку № 0318', 'Your sign-in code: 583 019', 'Numer zamówienia 448120']) {
      expect(await endsInId(subject), subject).toBe(false)
    }
    expect(await endsInId('Your reward is waiting 88217')).toBe(true)
  })
  it('a sign-in code at the end of the subject, as Ghost writes it in its twenty languages, is not SUBJECT_ENDS_IN_ID (issue 10, thirteenth round)', async () => {
    for (const subject of [
      'Entre no site Kafka Weekly com o código 548378', 'Iniciar sesión en Bergfeld Kurier con el código 862189',
      'Accedi a Diário da Serra con il codice 165137', 'Logga in på Le Petit Fermier med koden 963680',
      'Kirjaudu sisään sivulle Notes from the Lab koodilla 299863', 'Войти на Diário da Serra с помощью проверочного кода 543245',
      'Masuk ke Le Petit Fermier dengan kode 926238', 'Conectează-te cu codul 123456', 'Log ind med koden 482113',
    ]) expect(await endsInId(subject), subject).toBe(false)
    // a number after an ordinary word is still a tracking id
    expect(await endsInId('Gagnez un cadeau aujourd\'hui 88217')).toBe(true)
  })
  it('a talk slot or a meeting slot is not SPAM_PRODUCT; casino slots are', async () => {
    const product = async (Subject: string) => (await symbolsOf(buildMail({ headers: { Subject } }))).has('SPAM_PRODUCT')
    expect(await product('Your talk slot at DevConf')).toBe(false)
    expect(await product('Free slots for Thursday\'s workshop')).toBe(false)
    expect(await product('200 free spins on online slots tonight')).toBe(true)
  })
  it('an IT department\'s password-expiry notice linking to the company\'s own Okta is no lure; the same linking to another tenant is', async () => {
    const notice = (link: string) => buildMail({
      headers: { From: '"Acme IT" <it-helpdesk@acme-tools.example>', Subject: 'Your Acme password expires in 3 days' },
      text: `Hi Jane,\n\nYour network password expires in 3 days. To avoid losing access to email and VPN, please update your password before then:\n\n${link}\n\nAcme IT`,
    })
    const own = await symbolsOf(notice('https://acme-tools.okta.com/enduser/settings'))
    expect(own.has('ACCOUNT_LURE') || own.has('CREDENTIAL_REQUEST')).toBe(false)
    const elsewhere = await symbolsOf(notice('https://acme-tools-it.okta.com/enduser/settings'))
    expect(elsewhere.has('ACCOUNT_LURE') && elsewhere.has('CREDENTIAL_REQUEST')).toBe(true)
  })
  it('twenty-fifth round: a lending platform\'s own mail offering loans between individuals, linking only to its site, is not LOAN_LURE; the same offer linking elsewhere or nowhere is', async () => {
    const offer = (link: string) => buildMail({
      headers: { From: '"PrêtPartage" <offres@pretpartage.example>', Subject: 'Votre offre de prêt' },
      text: `Bonjour Claire,\n\nNous proposons des prêts entre particuliers de 2 000 à 40 000 € au taux de 4,9 %.\n\nSimulez votre prêt : ${link}\n`,
    })
    expect((await symbolsOf(offer('https://www.pretpartage.example/simulation'))).has('LOAN_LURE')).toBe(false)
    expect((await symbolsOf(offer('https://pretpartage-simulation.example.net/'))).has('LOAN_LURE')).toBe(true)
    expect((await symbolsOf(offer('(répondez à ce message)'))).has('LOAN_LURE')).toBe(true)
  })
  it('a calendar invitation naming its attendee in the subject is not SUBJECT_HAS_RECIPIENT; a plain message doing so is', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
    const subject = 'Invitation: Quarterly review @ Tue 12 Jan 2027 10:00 (ana@example.org)'
    const invite = await symbolsOf(buildMail({ headers: { Subject: subject, To: '<ana@example.org>' }, text: 'You have been invited to the quarterly review.', attachments: [{ filename: 'invite.ics', contentType: 'text/calendar; method=REQUEST', content: ics }] }))
    expect(invite.has('SUBJECT_HAS_RECIPIENT')).toBe(false)
    const plain = await symbolsOf(buildMail({ headers: { Subject: 'Your document for ana@example.org', To: '<ana@example.org>' }, text: 'See the shared document.' }))
    expect(plain.has('SUBJECT_HAS_RECIPIENT')).toBe(true)
  })
  it('a member institution of a banking group under its own domain is the brand\'s own mail; the group\'s name on another domain is not', async () => {
    const own = await symbolsOf(buildMail({
      headers: { From: '"Sparkasse Elbtal" <kundenservice@sparkasse-elbtal.de>' },
      text: 'Ihr Kontoauszug steht im Online-Banking bereit: https://www.sparkasse-elbtal.de/de/home/onlinebanking.html',
    }))
    expect(own.has('BRAND_IMPERSONATION') || own.has('LOOKALIKE_DOMAIN')).toBe(false)
    const vb = await symbolsOf(buildMail({ headers: { From: '"Volksbank Mittelhessen eG" <info@vb-mittelhessen.de>' }, text: 'Termine: https://www.volksbank-mittelhessen.de/termine' }))
    expect(vb.has('LOOKALIKE_DOMAIN')).toBe(false)
    for (const host of ['sparkasse-sicherheit.com', 'sparkasse-elbtal.de.konto-check.example', 'sparkasse-de.info']) {
      const lure = await symbolsOf(buildMail({ headers: { From: `"Sparkasse" <service@${host}>` }, text: `Bitte bestätigen Sie Ihre Daten: https://${host}/login` }))
      expect(lure.has('BRAND_IMPERSONATION') && lure.has('LOOKALIKE_DOMAIN'), host).toBe(true)
    }
  })
  it('a genuine wire confirmation (USD amount, beneficiary, MT103, transfer of funds) is not ADVANCE_FEE; the fraud\'s story is, in other languages too', async () => {
    const wire = 'Outgoing payment confirmation\nAmount: USD 4,250.00\nBeneficiary: Northwind Trading Ltd\nMT103 reference: FT2410293847\nThe transfer of funds was executed today via SWIFT.'
    expect((await symbolsOf(buildMail({ text: wire }))).has('ADVANCE_FEE')).toBe(false)
    expect((await symbolsOf(buildMail({ text: 'I am a barrister. My late client left US$ 12 million. As his next of kin you will receive 30 percent of the fund.' }))).has('ADVANCE_FEE')).toBe(true)
    const stories = [
      'Sou a Sra. Olivia, viúva. Quando meu falecido marido estava vivo, ele depositou a quantia de 7,5 milhões de dólares num banco. Preciso urgentemente de um parceiro estrangeiro.',
      'Soy la Sra. Dorothy, viuda. Mi difunto esposo depositó la suma de 5 millones de dólares. Le escribo con la máxima confidencialidad.',
      'Je suis veuve. Mon défunt mari a déposé la somme de 4 millions de dollars. Cela peut vous surprendre.',
      'Ich bin Witwe. Mein verstorbener Ehemann hat 6 Millionen Dollar hinterlassen, die Sache verlangt strengste Vertraulichkeit.',
      'Sono vedova. Il mio defunto marito ha depositato la somma di 3 milioni di dollari presso una banca.',
      'Ik ben weduwe. Wijlen mijn man heeft 5 miljoen dollar nagelaten; ik zoek een betrouwbare partner.',
      // without the accents scammers often leave out
      'Sou viuva. Meu falecido marido deixou 2 milhoes de dolares. Preciso de um parceiro estrangeiro.',
    ]
    await expectRule('ADVANCE_FEE', stories, true)
    // a notary's letter to an heir and a charity's thanks name the estate, the deceased and a widows' fund, not the story
    const notary = 'Exmo. Senhor, na qualidade de notário responsável pelo inventário do falecido Sr. António Silva, informamos que V. Exa. consta como herdeiro. Solicitamos cópia do documento de identificação e o IBAN.'
    expect((await symbolsOf(buildMail({ text: notary }))).has('ADVANCE_FEE')).toBe(false)
    const charity = 'Obrigado pelo seu donativo de 50 euros ao fundo de apoio às viúvas da nossa associação. Recibo para efeitos fiscais em anexo.'
    expect((await symbolsOf(buildMail({ text: charity }))).has('ADVANCE_FEE')).toBe(false)
  })
  it('the fraud\'s story as the honeypot\'s letters of 2023-2025 tell it is ADVANCE_FEE (eleventh round); a solicitor\'s estate letter and a fund report are not', async () => {
    const stories = [
      // "$14.6 Million USD", a foreign partner, "I got your contact"
      'Dear Friend, it is my urgent need for a foreign partner that made me contact you for this transaction of $14.6 Million USD. I got your contact from our chamber of commerce.',
      // next-of-kin written with hyphens, an estate without a will, the inheritance
      'I am an auditor. A foreigner bearing your last name died intestate, leaving usd12,800,000. No next-of-kin has come to lay claim of the inheritance.',
      // solicit your assistance, a business proposal, the contact found
      'URGENT BUSINESS PROPOSAL. I seek your indulgence to solicit for your assistance. I got your contact from the internet directory.',
      // selected as beneficiary of a relief fund, written to a freemail address
      'You have been randomly selected as beneficiary of the global relief fund of $2,500,000.00. Email our agent for processing of your unclaimed funds.',
      // Portuguese: a surprise letter, millions of dollars, the fund to transfer
      'Por favor, aceite minhas desculpas por lhe escrever uma carta surpresa. Tenho a oportunidade de transferir o fundo restante (15,8 milhões de dólares americanos) de um cliente falecido.',
    ]
    await expectRule('ADVANCE_FEE', stories, true)
    const solicitor = 'Dear Ms Patel, we act for the executors of the late Mr John Reed. Under his will you are named as a beneficiary of his estate, valued at about £240,000. Please send a copy of your passport so that we can complete the administration.'
    expect((await symbolsOf(buildMail({ text: solicitor }))).has('ADVANCE_FEE')).toBe(false)
    const fund = 'Quarterly report: the fund returned 4.2 % after fees. Assets under management reached $3.1 million USD; the largest position is 12 % of the total portfolio.'
    expect((await symbolsOf(buildMail({ text: fund }))).has('ADVANCE_FEE')).toBe(false)
  })
  it('a wallet-software "update" to download in mail about crypto is CRYPTO_LURE; an airline\'s or a bank\'s "download the latest version of our app" is not', async () => {
    const lures = [
      'The backend API supporting the current Rabby Desktop application will be discontinued. After this date, the existing Desktop version will no longer function. Users are advised to download and install the updated Desktop application. Improved hardware wallet compatibility.',
      'Our system shows that your Ledger Live application is outdated. Update now to keep access to your crypto.',
      'We are pleased to announce the official launch of the Hodl Hodl Desktop, a dedicated application to trade Bitcoin peer-to-peer. Download it today.',
      'Sua carteira de bitcoin precisa de atualização: baixe a nova versão do aplicativo hoje.',
      'Votre portefeuille crypto : téléchargez la nouvelle version de l\'application avant vendredi.',
    ]
    await expectRule('CRYPTO_LURE', lures, true)
    const airline = 'Your boarding pass is ready. Add it to Apple Wallet, or download the latest version of our app to check in faster.'
    expect((await symbolsOf(buildMail({ text: airline }))).has('CRYPTO_LURE')).toBe(false)
    const bank = 'Download the new version of the Northbank app: your cards, wallet and payments in one place.'
    expect((await symbolsOf(buildMail({ text: bank }))).has('CRYPTO_LURE')).toBe(false)
  })
  it('mail about crypto-assets from a wallet\'s or an exchange\'s name in another domain is CRYPTO_LURE; the wallet\'s own mail and an accountant named Ledger are not', async () => {
    const names = async (from: string, text: string) => await symbolsOf(buildMail({ headers: { From: from }, text }))
    const crypto = async (from: string, text: string) => (await names(from, text)).has('CRYPTO_LURE')
    // a copied breach notice: no lure phrase, and the genuine mail's warning copied with it
    const breach = 'We are writing to inform you about a security vulnerability we discovered and fixed. Your Ledger Live configuration may be affected: please review your device settings. Ledger will never ask for your 24 words.'
    expect(await crypto('Ledger <noreply@floorcoverings-intl.example>', breach)).toBe(true)
    expect(await crypto('Rabby Team <news@wallet-updates.example.net>', 'A new Rabby release improves hardware wallet support and DeFi connections.')).toBe(true)
    expect(await crypto('Ledger <newsletter@ledger.com>', breach)).toBe(false)
    expect(await crypto('Rabby <hello@rabby.io>', 'A new Rabby release improves hardware wallet support and DeFi connections.')).toBe(false)
    expect(await crypto('Ledger Accountants <info@ledger-accountants.example>', 'Your quarterly VAT return is ready for review. Please send the missing receipts by Friday.')).toBe(false)
    // the wallet is impersonated too, also where the brand list lacks it (Rabby) or names it with a second word ("Exodus Wallet")
    const update = 'The backend API of the current Desktop application will be discontinued. Download and install the updated Desktop application to keep your hardware wallet working.'
    for (const from of ['Rabby <servicio@aprende.example>', 'Exodus <exodus@cryptonewsletter.example>']) {
      const got = await names(from, update)
      expect(got.has('CRYPTO_LURE') && got.has('BRAND_IMPERSONATION'), from).toBe(true)
    }
    expect((await names('Exodus Travels <trips@exodustravels.example>', 'Your Peru itinerary is ready: 12 days from Lima to Cusco.')).has('BRAND_IMPERSONATION')).toBe(false)
  })
  it('nineteenth round: a crypto lure through a hijacked marketing account, a wallet\'s name on a system mailbox, a linked wallet and a token distribution are CRYPTO_LURE; an exchange\'s own mail under its own name is not', async () => {
    const names = async (from: string, text: string, html?: string) => await symbolsOf(buildMail({ headers: { From: from }, text, ...(html ? { html } : {}) }))
    const claim = 'Token Distribution Has Started. Dear User, the $ASTER token distribution phase is now officially live. Sign in to your dashboard to verify your eligibility and claim your token.'
    // every link goes to the hijacked account's own click tracker, under another organisation's name
    const tracked = (host: string) => `<p>${claim}</p><p><a href="https://${host}/?qs=c059cd2434d3">Check Eligibility</a></p>`
    expect((await names('AsterDex Update <clientes@correo.verti.example>', claim, tracked('click.correo.verti.example'))).has('CRYPTO_LURE')).toBe(true)
    // the same words from an exchange under its own name, linking to its own site, are its business
    const own = 'Your staking rewards are ready: claim your rewards in the app before the next cycle.'
    expect((await names('Coinbase <no-reply@info.coinbase.com>', own, `<p>${own}</p><p><a href="https://www.coinbase.com/earn">Open</a></p>`)).has('CRYPTO_LURE')).toBe(false)
    expect((await names('Kraken Team <news@email.kraken.com>', own, `<p>${own}</p><p><a href="https://email.kraken.com/c/abc">Open</a></p>`)).has('CRYPTO_LURE')).toBe(false)
    for (const text of ['To obtain your USDT tokens, simply link your Web3 purse and follow the guidance on our site.', 'The reward distribution has begun for eligible holders.']) {
      expect((await symbolsOf(buildMail({ text }))).has('CRYPTO_LURE'), text).toBe(true)
    }
    await expectRule('CRYPTO_LURE', ['Link your wallet app to the loyalty card in settings.'], false)
    // a postmaster address is no delivery system when it calls itself OpenSea and speaks of an NFT
    const opensea = await names('OpenSea <postmaster@mg.iaplicada.example>', 'Prompt NFT Offer. A buyer has made an offer on your asset. Offer Amount: 1.53 ETH.')
    expect(opensea.has('CRYPTO_LURE') && opensea.has('BRAND_IMPERSONATION')).toBe(true)
  })
  it('nineteenth round: an "unauthorised transaction" to call about, the Brazilian lawsuit in your name, the UN releasing unclaimed millions, Elon\'s and Prime\'s names', async () => {
    const geek = 'Your Geek Squad membership was renewed. You will be charged $348.80. If you believe that this was an unauthorized transaction, please get in touch with our billing department right away at: 844 584-4936.'
    await expectRule('CALLBACK_LURE', [geek], true)
    await expectRule('CALLBACK_LURE', ['Statement ready. If you believe this was an unauthorized transaction, sign in and open the dispute form.'], false)
    await expectRule('FINE_LURE', ['Advogado, OAB 73742. Seu nome foi citado no processo abaixo: processo-jus3009928.example. Confirme o recebimento!'], true)
    await expectRule('FINE_LURE', ['O processo seletivo foi concluído e o seu nome está na lista dos aprovados.'], false)
    await expectRule('ADVANCE_FEE', ['Prezado, escrevo sobre os seus fundos não reclamados. Fomos instruídos pelas Nações Unidas a liberar os fundos; o pagamento de compensação está avaliado em US$ 5,5 milhões.'], true)
    await expectRule('ADVANCE_FEE', ['The United Nations climate summit opens in Belém on Monday; the IMF will present its outlook.'], false)
    const brand = async (from: string, subject: string) => (await symbolsOf(buildMail({ headers: { From: from, Subject: subject } }))).has('BRAND_IMPERSONATION')
    expect(await brand("Elon's Green Vision <yunddelpizzo@bloomcomputers.example>", 'Exclusive Access: Where Ultimate Energy Efficiency Blossoms')).toBe(true)
    expect(await brand('Elon Cohen <elon@studio-cohen.example>', 'Drafts for Tuesday')).toBe(false)
    expect(await brand('Prime US e-Center <donot_reply@picofun.example>', '[Payment Decline] Notifications about issues your transaction')).toBe(true)
    expect(await brand('P\u200dr\u200di\u200dm\u200de <noreply@fortexmanufacturing.example>', 'Your renewal prime membership could not be completed')).toBe(true)
    expect(await brand('Prime Realty <info@primerealty.example>', 'Your payment receipt for December')).toBe(false)
    expect(await brand('Prime Movers <quotes@movers.example>', 'Your quote for Saturday')).toBe(false)
  })
  // nineteenth round: four families read in more wordings; each row's texts fire the rule, the clear ones do not
  const moreWordings: Array<{ title: string; rule: string; fires: string[]; clear: string[] }> = [
    {
      title: 'nineteenth round: sextortion that names the camera, the family and friends, other malware, or a crypto-currency in its own language is SEXTORTION; a camera shop\'s crypto payment notice is not',
      rule: 'SEXTORTION',
      fires: [
        // no Bitcoin address: three threats beside the currency's name
        'Ich habe einen Trojaner auf Ihrem Computer installiert und über Ihre Kamera ein Video aufgenommen, während Sie Pornoseiten besucht haben. Zahlen Sie 1500 EUR in Kryptowährung, sonst schicke ich das Video an Ihre Familie und Freunde.',
        'Instalé un troyano en tu ordenador y grabé un vídeo con tu cámara mientras veías páginas para adultos. Paga 1000 USD en criptomonedas o enviaré el vídeo a tu familia y amigos.',
        'I installed a trojan on your computer and recorded a video with your camera while you watched adult sites. Pay 1000 USD in crypto or I will send the video to your family and friends.',
        // an address beside two threats written in words the rule did not know ("Schadsoftware", "Kamera")
        'Über Ihren Browser habe ich eine Schadsoftware installiert und Ihre Kamera eingeschaltet. Überweisen Sie 1350 EUR in Bitcoin an: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh.',
      ],
      clear: [
        'Thank you for your order of the Alpha 7 camera. You paid 0.021 BTC; our crypto payments partner will e-mail your receipt. A virus scan of the firmware file is on our site.',
        'Family and friends discount: 10 % off every camera this weekend. We now accept crypto payments.',
      ],
    },
    {
      title: 'nineteenth round: the client with the reader\'s surname who died without heirs, the dormant account and the share in per cent are ADVANCE_FEE in seven languages; a bank\'s dormant-account notice and a notary\'s letter are not',
      rule: 'ADVANCE_FEE',
      fires: [
        'I am a bank manager. A foreign client with your surname died without heirs, leaving 7.5 million euros in a dormant account. I want to present you as the beneficiary so we can share the funds: 40% for you.',
        'Ik ben advocaat van een overleden cliënt met dezelfde achternaam als u, die zonder testament een tegoed van 3.231.227 USD heeft nagelaten. Ik stel voor u als naaste familie op te geven en het geld te delen.',
        'Sou gerente de banco. Um cliente estrangeiro com o mesmo sobrenome que você faleceu sem herdeiros, deixando 7,5 milhões de euros numa conta inativa. Proponho apresentá-lo como beneficiário: 40% para você.',
        'Sono il direttore di una banca. Un cliente straniero con il suo stesso cognome è morto senza eredi lasciando 5,8 milioni di euro. Vorrei presentarla come beneficiario: 40% per lei.',
        'Bonjour, je suis Mme Claire Dubois, veuve et atteinte d\'un cancer. Je souhaite faire un don de 2,8 millions d\'euros à une personne honnête pour des œuvres de charité.',
      ],
      clear: [
        'Your account has been dormant for 12 months. Sign in once to keep it active; no balance is lost.',
        'Sehr geehrte Frau Weber, im Nachlass Ihres verstorbenen Onkels sind Sie laut Testament als Erbin eingesetzt. Bitte vereinbaren Sie einen Termin in unserer Kanzlei und bringen Sie Ihren Ausweis mit.',
        'Uw rekening is al 15 maanden een slapende rekening. Log in om haar actief te houden.',
      ],
    },
    {
      title: 'nineteenth round: a task or money-mule job paid by the day with one amount is JOB_TASK_LURE; a consultant\'s day rate and a rental\'s price by the day are not',
      rule: 'JOB_TASK_LURE',
      fires: [
        'You can earn £662 per day working from home. The tasks are simple: rate products and apps online, about one hour a day.',
        'Sie verdienen 860 EUR pro Tag von zu Hause aus. Als Zahlungsassistent empfangen Sie Überweisungen unserer Kunden auf Ihr Konto und leiten sie weiter.',
        'Vaga home office: ganhe R$ 170 por dia. As tarefas são simples: avaliar produtos e aplicativos online.',
        'Puede ganar 156 € al día desde casa. Para empezar, envíenos su nombre completo, edad, ciudad y un número de WhatsApp.',
      ],
      clear: [
        'Mein Tagessatz beträgt 850 EUR pro Tag für die Migration; die Abnahme planen wir für Mai.',
        'Your e-bike rental: €25 per day, collected at the shop. Questions? Our WhatsApp number is +34 600 000 000.',
      ],
    },
    {
      title: 'nineteenth round: drugs "without prescription" and cloned cards offered in the other languages are ILLICIT_SALE; a pharmacy\'s note that a medicine needs a prescription is not',
      rule: 'ILLICIT_SALE',
      fires: [
        'Kein Rezept nötig: Oxycodon, Xanax, Tramadol und andere Medikamente zu den niedrigsten Preisen.',
        'Sin receta: oxicodona, xanax, tramadol y otros medicamentos al mejor precio.',
        'Senza ricetta: ossicodone, xanax, tramadolo e altri farmaci ai prezzi più bassi.',
        'Nuestras tarjetas clonadas llevan un saldo desde 1.124 € y funcionan en cualquier cajero del mundo.',
      ],
      clear: [
        'Tramadol ist verschreibungspflichtig: ohne Rezept können wir es leider nicht abgeben.',
        'Su receta de tramadol está lista para recoger en la farmacia.',
      ],
    },
    {
      title: 'twenty-fourth round: sextortion that is paid in Litecoin, USDT or Ethereum, asks a sum without a currency, says the device was infected or hacked, names masturbation, pornographic sites or the recording in its own language, or speaks of compromising material, everyone you know, deletion once paid or the police, is SEXTORTION in seven languages; a phone shop\\\'s notice and a security course are not',
      rule: 'SEXTORTION',
      fires: [
        'I know your secret. A few months ago my software infected the device you use to read your mail. It turned on your camera while you visited porn sites. Send 1200 USD in Bitcoin within two days or the video goes to your colleagues, friends and relatives. Do not reply, this address is not monitored.',
        'Uw apparaat is gehackt. Met schadelijke software heb ik uw camera ingeschakeld terwijl u pornografische websites bekeek. Betaal 900 EUR in BTC of de opname gaat naar uw familie, vrienden en collega\'s.',
        'Votre ordinateur a été infecté par mon logiciel malveillant. J\'ai activé votre caméra pendant que vous regardiez des vidéos pour adultes. Payez 1000 EUR en BTC sous deux jours, sinon vos proches et vos collègues recevront la vidéo.',
        'Tu ordenador ha sido infectado con un programa malicioso. Activé tu cámara mientras veías vídeos para adultos. Paga 900 euros en BTC en dos días o tus familiares y compañeros de trabajo recibirán la grabación.',
        'Il tuo computer è stato infettato dal mio software dannoso. Ho attivato la tua telecamera mentre guardavi video per adulti. Paga 900 euro in BTC entro due giorni o i tuoi familiari e colleghi riceveranno la registrazione.',
        'I have bad news for you. Some time ago I hacked your device and I recorded you through your camera while you were watching porn. Transfer 900 USD in Litecoin (LTC) to this address: LhK2kQwiaAvhjWY799cZvMyYwnQAcxkarr. If I do not receive it within 50 hours, the video will be sent to all your contacts.',
        'Your device was infected with my spyware. I have a video of you masturbating. Pay 1000 USDT (TRC20) to TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf within 48 hours or I send it to your family and colleagues.',
        'Ich habe Ihr Gerät gehackt und Sie über Ihre Kamera beim Besuch von Pornoseiten gefilmt. Zahlen Sie 1000 EUR in Ethereum an 0x71C7656EC7ab88b098defB751B7401B5f6d8976F, sonst geht das Video an alle Ihre Kontakte.',
        'Ik heb je apparaat gehackt en je met je camera gefilmd terwijl je pornosites bezocht. Stuur mij binnen 48 uur cadeaukaarten ter waarde van 500 euro, anders stuur ik de video naar al je contacten.',
        'J\'ai piraté votre appareil et j\'ai filmé avec votre caméra pendant que vous regardiez des sites pornographiques. Vous avez 48 heures pour payer 1000 EUR, sinon la vidéo sera envoyée à tous vos contacts. Les instructions de paiement sont dans la pièce jointe.',
        'I have compromising material about you. While you were browsing certain websites, I captured your private moments. If you do not want everyone you know to see it, send 750 USD in Bitcoin to the address below within 72 hours. After payment the material will be deleted forever.',
        'Ich besitze kompromittierendes Material über Sie: intime Aufnahmen und Ihren Browserverlauf. Wenn Sie nicht wollen, dass alle Menschen, die Sie kennen, es sehen, zahlen Sie 800 Euro in Bitcoin innerhalb von 72 Stunden. Danach lösche ich alles.',
        'Ik heb compromitterend materiaal over je: intieme beelden en je browsegeschiedenis. Als je niet wilt dat iedereen die je kent het ziet, betaal dan 800 euro in bitcoin binnen 72 uur. Daarna verwijder ik alles.',
        'Je possède des images intimes de vous et votre historique de navigation. Si vous ne voulez pas que tous ceux que vous connaissez les voient, payez 800 euros en bitcoin sous 72 heures. Ensuite je supprimerai tout.',
        'Tengo material comprometedor sobre ti: imágenes íntimas y tu historial de navegación. Si no quieres que todas las personas que conoces lo vean, paga 800 euros en bitcoin en 72 horas. Después lo borraré todo.',
        'Tenho material comprometedor sobre você: imagens íntimas e o seu histórico de navegação. Se não quiser que todas as pessoas que você conhece vejam, pague 800 euros em bitcoin em 72 horas. Depois apago tudo.',
        'Ho materiale compromettente su di te: immagini intime e la tua cronologia di navigazione. Se non vuoi che tutte le persone che conosci lo vedano, paga 800 euro in bitcoin entro 72 ore. Poi cancellerò tutto.',
      ],
      clear: [
        'Your new phone is ready: 48 MP camera, virus protection included, and all your contacts copied from the old one. Total 899 EUR, payable in crypto too.',
        'Security course, module 3: intimate images shared without consent, and why you should back up your browsing history settings. Fee: 120 EUR.',
      ],
    },
    {
      title: 'twenty-fourth round: the extortion told in full (four of its threats beside a wallet or a sum, since the twenty-ninth round three beside a wallet address) is SEXTORTION_DETAILED on top of SEXTORTION; three threats beside a sum alone, or two beside a wallet address, are not',
      rule: 'SEXTORTION_DETAILED',
      fires: [
        'Hello. I am a professional hacker and I gained access to your operating system some months ago. I have been watching you through your webcam. I recorded you while you were pleasuring yourself on adult websites. I will send the recording to everyone in your address book unless you pay $1,400 in BTC. My wallet: 1Hm3qzvXb7Lrt9sPw2KfY8dQ4eNcJ6aGuA. You have 48 hours.',
        'I know your secret. A few months ago my software infected the device you use to read your mail. It turned on your camera while you visited porn sites. Send 1200 USD in Bitcoin within two days or the video goes to your colleagues, friends and relatives. Do not reply, this address is not monitored.',
        'Ihr Gerät wurde gehackt. Mit einem Spionageprogramm habe ich Ihre Webcam aktiviert, als Sie Erwachsenenseiten besuchten. Zahlen Sie 950 Euro in BTC, sonst erhalten Ihre Kollegen und Ihre Familie das Video. Die Zeit läuft ab Öffnen dieser E-Mail.',
        'Uw apparaat is gehackt. Met schadelijke software heb ik uw camera ingeschakeld terwijl u pornografische websites bekeek. Betaal 900 EUR in BTC of de opname gaat naar uw familie, vrienden en collega\'s.',
        'Votre ordinateur a été infecté par mon logiciel malveillant. J\'ai activé votre caméra pendant que vous regardiez des vidéos pour adultes. Payez 1000 EUR en BTC sous deux jours, sinon vos proches et vos collègues recevront la vidéo.',
        'Tu ordenador ha sido infectado con un programa malicioso. Activé tu cámara mientras veías vídeos para adultos. Paga 900 euros en BTC en dos días o tus familiares y compañeros de trabajo recibirán la grabación.',
        'Olá, tenho más notícias para você. Há alguns meses invadi o seu dispositivo e gravei você pela webcam enquanto se masturbava assistindo sites pornográficos. Se não quiser que eu envie este vídeo para todos os seus contatos, transfira 1200 USD em bitcoin para a minha carteira: 3Kx9Pm2Wq7Rt4Lv8Zc6Hn1Bd5Fs3Jy7Ga. Você tem 48 horas.',
        'Ciao, ho brutte notizie per te. Qualche mese fa ho hackerato il tuo dispositivo e ti ho registrato con la webcam mentre ti masturbavi guardando siti pornografici. Se non vuoi che invii questo video a tutti i tuoi contatti, trasferisci 1200 EUR in bitcoin al mio portafoglio: 1Rz8Kp3Wn7Tq2Lm9Xv4Hc6Bd5Fs1Jy3Ea. Hai 48 ore.',
        'I have bad news for you. Some time ago I hacked your device and I recorded you through your camera while you were watching porn. Transfer 900 USD in Litecoin (LTC) to this address: LhK2kQwiaAvhjWY799cZvMyYwnQAcxkarr. If I do not receive it within 50 hours, the video will be sent to all your contacts.',
        'Ik heb je apparaat gehackt en je met je camera gefilmd terwijl je pornosites bezocht. Stuur mij binnen 48 uur cadeaukaarten ter waarde van 500 euro, anders stuur ik de video naar al je contacten.',
        // (twenty-ninth round) three threats beside a wallet address: access to the device, the adult act, the contacts
        'Hallo! Ich habe leider schlechte Nachrichten für Sie. Vor einigen Monaten habe ich Zugriff auf Ihr Gerät erhalten und Ihre Aktivitäten verfolgt. Ich habe ein Video gemacht, auf dem Sie sich beim Anschauen von Pornovideos selbst befriedigen. Wenn Sie nicht möchten, dass ich dieses Video an alle Ihre Kontakte sende, überweisen Sie 1300 USD in Bitcoin auf meine Wallet: bc1qa9x7m3kd2w5ez8nq4hlt6yrc0vfp7ujs3g2k8d. Sie haben 48 Stunden.',
        // (twenty-ninth round) "piraté" is read now that a word ending in an accented letter can match: four threats beside a sum
        'J\'ai piraté votre appareil et j\'ai filmé avec votre caméra pendant que vous regardiez des sites pornographiques. Vous avez 48 heures pour payer 1000 EUR, sinon la vidéo sera envoyée à tous vos contacts. Les instructions de paiement sont dans la pièce jointe.',
      ],
      clear: [
        // two threats beside a wallet address (twenty-ninth round)
        'I filmed you with your camera while you were on porn sites. Send 0.05 BTC to bc1qa9x7m3kd2w5ez8nq4hlt6yrc0vfp7ujs3g2k8d.',
        'I have compromising material about you. While you were browsing certain websites, I captured your private moments. If you do not want everyone you know to see it, send 750 USD in Bitcoin to the address below within 72 hours. After payment the material will be deleted forever.',
      ],
    },
    {
      title: 'twenty-fourth round: a login and its password written into mail about crypto-assets (the fake exchange with a large balance) is CRYPTO_LURE; a first password for a school or shop account is not',
      rule: 'CRYPTO_LURE',
      fires: [
        'Hi Mark, we have deposited the 42 BTC which amount to ($1,486,965.90) as you requested into your Bitcoin portfolio at www.coinvault.example/signin Customer Id: 42118257 , Password: HISR147SM',
        'Your bitcoin wallet has been funded with 51.85 BTC. Login with details below;\nWebsite : astarcoin.example\nCustomer ID : 87453088\nPassword    :  module@22',
        'Ihr Krypto-Konto bei coinhaus.example wurde mit 3,2 BTC aufgeladen. Benutzername: kunde4471 Passwort: Xk29sLq7',
      ],
      clear: [
        'Welcome to the school portal. Username: j.smith Password: Start2024! Please change it at the first sign-in.',
        'Your shop account is ready. Login: anna@example.com Password: Qw7-sT9m. Your loyalty balance is 120 points.',
      ],
    },
    {
      title: 'twenty-fourth round: forged documents, carding and counterfeit money offered in seven languages are ILLICIT_SALE; a passport office\\\'s notice and a bank\\\'s warning about forged passports are not',
      rule: 'ILLICIT_SALE',
      fires: [
        'We produce genuine and fake passports, driver\'s licenses, ID cards, residence permits and diplomas for all countries. Registered in the database. Contact us on WhatsApp +44 7700 900123.',
        'Cloned credit cards and dumps with PIN for sale, high balance, worldwide shipping. Also PayPal accounts and bank logins. Telegram: @cardshop',
        'Wir bieten echte und gefälschte Reisepässe, Führerscheine, Personalausweise und Aufenthaltstitel für alle Länder an, in der Datenbank registriert. Kontakt über WhatsApp.',
        'Wij maken echte en valse paspoorten, rijbewijzen, ID-kaarten en verblijfsvergunningen voor alle landen, geregistreerd in de database. Neem contact op via WhatsApp.',
        'Nous fabriquons de vrais et faux passeports, permis de conduire, cartes d\'identité et titres de séjour pour tous les pays, enregistrés dans la base de données. Contactez-nous sur WhatsApp.',
        'Fabricamos pasaportes, licencias de conducir, documentos de identidad y permisos de residencia reales y falsos para todos los países, registrados en la base de datos. Contáctenos por WhatsApp.',
        'Fazemos passaportes, carteiras de motorista, documentos de identidade e autorizações de residência verdadeiros e falsos para todos os países, registrados no banco de dados. Contato pelo WhatsApp.',
        'Produciamo passaporti, patenti di guida, carte d\'identità e permessi di soggiorno veri e falsi per tutti i paesi, registrati nel database. Contattateci su WhatsApp.',
      ],
      clear: [
        'Your new passport is ready for collection at the town hall. Bring your old passport and your ID card.',
        'Fraud alert: criminals use forged passports and fake ID cards to open accounts. Never accept a document you cannot check.',
        'Ihr neuer Reisepass liegt zur Abholung bereit; bitte bringen Sie den alten Personalausweis mit.',
      ],
    },
    {
      title: 'twenty-fourth round: the unsolicited pitch that looked at the reader\\\'s website and found it low on Google (seven languages), and sellers of address lists, are SEO_SPAM; a customer who visited the website to order, and a newsletter\\\'s own opt-in list, are not',
      rule: 'SEO_SPAM',
      fires: [
        'Hello, we provide verified B2B email lists of decision makers: CEOs, CFOs and IT managers in the USA, UK and Europe. 95% accuracy guaranteed. Would you like a free sample?',
        'Hallo, ich habe mir Ihre Webseite angesehen: Sie ist bei Google für wichtige Suchbegriffe nicht auf der ersten Seite. Wir bringen Sie in 90 Tagen nach vorne. Darf ich Ihnen eine kostenlose Analyse schicken?',
        'Hallo, ik heb uw website bekeken en zag dat u niet op de eerste pagina van Google staat. Wij zorgen binnen 90 dagen voor een betere vindbaarheid. Mag ik u een gratis analyse sturen?',
        'Bonjour, j\'ai consulté votre site web et il n\'apparaît pas sur la première page de Google pour vos mots-clés principaux. Nous pouvons vous y placer en 90 jours. Puis-je vous envoyer un audit gratuit ?',
        'Hola, he revisado su sitio web y no aparece en la primera página de Google para sus palabras clave principales. Podemos posicionarlo en 90 días. ¿Le envío una auditoría gratuita?',
        'Olá, analisei o seu site e ele não aparece na primeira página do Google para as suas principais palavras-chave. Podemos colocá-lo lá em 90 dias. Posso enviar uma auditoria gratuita?',
        'Salve, ho visitato il vostro sito web e non compare nella prima pagina di Google per le parole chiave principali. Possiamo portarvi lì in 90 giorni. Posso inviarvi un\'analisi gratuita?',
      ],
      clear: [
        'I visited your website last week and would like to order twenty chairs for our office. Can you send a quote?',
        'You receive this because you joined our opt-in mailing list. Unsubscribe at any time.',
        'Ich habe mir Ihre Webseite angesehen und möchte einen Termin für nächste Woche vereinbaren.',
      ],
    },
    {
      title: 'twenty-fourth round: a task scam paid "daily" in its language, or with "daily" before the sum, with the contact on WhatsApp, is JOB_TASK_LURE; an agency\\\'s day rate with contact by e-mail, and a shop\\\'s WhatsApp service, are not',
      rule: 'JOB_TASK_LURE',
      fires: [
        'Hello, we are hiring remote part-time assistants. Work 1-2 hours a day from your phone and earn $300-$800 daily. No experience needed. Contact our HR manager on WhatsApp to start today.',
        'Hallo, wir suchen Mitarbeiter im Homeoffice. Arbeiten Sie 1-2 Stunden am Tag mit Ihrem Handy und verdienen Sie 300-800 Euro täglich. Keine Erfahrung nötig. Kontaktieren Sie uns per WhatsApp.',
        'Hallo, wij zoeken thuiswerkers. Werk 1-2 uur per dag via je telefoon en verdien dagelijks 300-800 euro. Geen ervaring nodig. Neem contact op via WhatsApp.',
        'Bonjour, nous recrutons des assistants à distance. Travaillez 1 à 2 heures par jour depuis votre téléphone et gagnez 300 à 800 euros par jour. Aucune expérience requise. Contactez-nous sur WhatsApp.',
        'Hola, buscamos asistentes remotos. Trabaja 1-2 horas al día desde tu teléfono y gana entre 300 y 800 euros diarios. No se necesita experiencia. Contáctanos por WhatsApp.',
        'Olá, estamos contratando assistentes remotos. Trabalhe 1-2 horas por dia pelo celular e ganhe de R$ 300 a R$ 800 por dia. Não é necessária experiência. Fale conosco pelo WhatsApp.',
        'Ciao, cerchiamo assistenti da remoto. Lavora 1-2 ore al giorno dal tuo telefono e guadagna da 300 a 800 euro al giorno. Nessuna esperienza richiesta. Contattaci su WhatsApp.',
      ],
      clear: [
        'Event staff wanted for the fair: 120 EUR daily, no experience needed. Send your CV to jobs@agency.example.',
        'Questions about your order? Contact us on WhatsApp: our team answers daily from 9 to 17.',
      ],
    },
    {
      title: 'twenty-fourth round: the late client who died in a car accident, the same surname and millions in USD are ADVANCE_FEE in German too; an insurer\\\'s letter about a car accident is not',
      rule: 'ADVANCE_FEE',
      fires: [
        'Guten Tag, ich bin Rechtsanwalt James Cole. Mein verstorbener Mandant kam mit seiner Familie bei einem Autounfall ums Leben und hinterließ 8,5 Millionen USD bei einer Bank. Sie tragen denselben Nachnamen. Bitte antworten Sie für Einzelheiten.',
      ],
      clear: [
        'Sehr geehrter Herr Weber, zu Ihrem Autounfall vom 3. Mai benötigen wir noch den Kostenvoranschlag der Werkstatt. Mit freundlichen Grüßen, Ihre Versicherung',
      ],
    },
    {
      title: 'twenty-fourth round: her name and age between commas, and a serious relationship sought without naming the man, are DATING_LURE in English and French; a job applicant\\\'s introduction and a relationship manager\\\'s note are not',
      rule: 'DATING_LURE',
      fires: [
        'Hi dear, I saw your profile and you look like a kind man. I am Anna, 29, from Kyiv, looking for a serious relationship. Write me back and I will send you my photos.',
        'Bonjour mon cher, j\'ai vu ton profil. Je suis Anna, 29 ans, et je cherche un homme sérieux pour une relation durable. Réponds-moi et je t\'enverrai mes photos.',
      ],
      clear: [
        'I am Tom, 35, from Leeds, and I am applying for the role of warehouse manager.',
        'We are looking for a long-term partner to distribute our products in Benelux.',
      ],
    },
    {
      title: 'twenty-fourth round: potency pills offered without a prescription at a price per pill are ILLICIT_SALE in three languages; a pharmacy\\\'s notice that the prescription is ready or needed is not',
      rule: 'ILLICIT_SALE',
      fires: [
        'Men\'s health store: generic Viagra and Cialis from 0.99 USD per pill. No prescription needed, discreet worldwide delivery. Order now and get 10 free pills.',
        'Potenzmittel ohne Rezept: Generika von Viagra und Cialis ab 0,99 EUR pro Tablette. Diskreter Versand weltweit. Jetzt bestellen und 10 Tabletten gratis erhalten.',
        'Erectiepillen zonder recept: generieke Viagra en Cialis vanaf 0,99 euro per pil. Discrete verzending. Bestel nu en ontvang 10 gratis pillen.',
      ],
      clear: [
        'Your prescription for sildenafil is ready for collection. Please bring your ID; we cannot hand it out without a prescription from your doctor.',
        'Reminder from the pharmacy: Viagra and Cialis are only available with a prescription. Book an online consultation with our doctor.',
      ],
    },
    {
      title: 'twenty-fourth round: a stake turned into a fortune ("turn 250 EUR into 8,000 EUR") on a trading platform, the platform also named noun first ("plateforme de trading"), is INVESTMENT_LURE in seven languages; a shop\\\'s voucher, a broker\\\'s fee notice and loyalty points are not',
      rule: 'INVESTMENT_LURE',
      fires: [
        'Turn 250 EUR into 8,000 EUR in one week with our automated trading platform. Thousands of people already earn passive income. Register now, spots are limited.',
        'Verwandeln Sie 250 Euro in einer Woche in 8.000 Euro mit unserer automatischen Handelsplattform. Tausende verdienen bereits ein passives Einkommen.',
        'Verander 250 euro in één week in 8.000 euro met ons automatische handelsplatform. Duizenden mensen verdienen al een passief inkomen.',
        'Transformez 250 euros en 8 000 euros en une semaine grâce à notre plateforme de trading automatique. Des milliers de personnes gagnent déjà un revenu passif.',
        'Convierte 250 euros en 8.000 euros en una semana con nuestra plataforma de trading automático. Miles de personas ya ganan ingresos pasivos.',
        'Transforme 250 euros em 8.000 euros numa semana com a nossa plataforma de trading automático. Milhares de pessoas já ganham renda passiva.',
        'Trasforma 250 euro in 8.000 euro in una settimana con la nostra piattaforma di trading automatico. Migliaia di persone guadagnano già un reddito passivo.',
      ],
      clear: [
        'Black Friday: turn your €50 voucher into €60 of credit in our shop this weekend.',
        'Notre plateforme de trading vous permet de suivre vos ordres. Vos frais restent à 2 euros par ordre.',
        'Convierte 100 euros en puntos de fidelidad y disfruta de descuentos en nuestra tienda.',
      ],
    },
    {
      title: 'twenty-fifth round: a loan offered between individuals, to serious people or to those the banks refused, by a "legit" or private lender at a flat 2 or 3 %, or reaching the millions at that rate, is LOAN_LURE in seven languages; a bank\\\'s loan advertisement, an approval, a board\\\'s minutes, things lent between neighbours and a warning against such offers are not',
      rule: 'LOAN_LURE',
      fires: [
        'Do you need a loan? We offer loans from $5,000 to $5,000,000 at 2% interest rate to individuals and companies. Contact us today for more information.',
        'Good day, I am a private lender offering personal and business loans at a low interest rate of 3%. No collateral required. Reply with the amount needed and the duration.',
        'Have you been refused by banks? Get the financial help you need. Our company grants loans to all serious people at 2%, with a fast and secure process. Write to us.',
        'Get a loan today! Legit loan company offering loans with 2% interest. Apply now and get your money fast.',
        'Ich bin ein privater Kreditgeber und biete seriösen Personen Darlehen zu 3 % Zinsen an. Auch bei negativer Schufa. Antworten Sie mit dem gewünschten Betrag.',
        'Sind Sie in finanziellen Schwierigkeiten? Wir vergeben Kredite zwischen Privatpersonen von 2.000 bis 500.000 Euro. Schreiben Sie uns.',
        'Heeft u een lening nodig? Wij bieden leningen van 5.000 tot 5.000.000 euro aan tegen een rente van 2% aan particulieren en bedrijven. Neem contact met ons op.',
        'Offre de prêt entre particuliers sérieux et honnêtes, taux d\'intérêt de 3 %. Vous êtes fiché ou refusé par les banques ? Écrivez-moi.',
        'Soy un prestamista privado y ofrezco préstamos a personas serias y honestas con una tasa del 3%. ¿Rechazado por los bancos? Escríbame.',
        'Empréstimo urgente? Concedemos empréstimos a pessoas negativadas e a quem foi recusado pelos bancos, de 3.000 a 400.000 euros.',
        'Hai bisogno di un prestito? Offriamo prestiti da 5.000 a 5.000.000 di euro con un tasso di interesse del 2% a privati e aziende. Contattaci.',
      ],
      clear: [
        'Personal loans from £1,000 to £25,000, representative 6.9% APR. Check your eligibility in minutes without affecting your credit score. Apply online or in branch.',
        'Your loan application has been approved. The funds of EUR 15,000 will be transferred to your account within 2 business days. Interest rate: 4.2% fixed.',
        'The board approved the intercompany loan to the subsidiary of EUR 2,000,000 at 3% interest, repayable over five years. We offer the loan on the same terms as last year.',
        'We offer car loans at 3% interest for members this spring, with no collateral required and an answer within 24 hours. Visit your branch.',
        'Wir bieten Ihnen Darlehen für Ihre Baufinanzierung bis 1.000.000 Euro mit Zinsbindung 10 Jahre, Sollzins 3,45 %.',
        'Je suis prêt pour la réunion de demain. Nous offrons des prêts de matériel aux écoles entre particuliers et associations.',
        'Aviso: circulan correos de prestamistas privados que ofrecen préstamos entre particulares a personas rechazadas por los bancos. No responda y no pague ninguna comisión.',
      ],
    },
    {
      title: 'twenty-fifth round: the storage full and the photos and videos to be deleted is STORAGE_LURE in seven languages, either order; the provider\'s "almost full" notice, a mailbox at 90 % and an IT clean-up of old files are not',
      rule: 'STORAGE_LURE',
      fires: [
        'Your cloud storage is full. Your photos and videos will be deleted on 12/05/2025 unless you upgrade. As a loyal customer you get 50 GB extra for free: renew your plan now.',
        'Ihr Cloud-Speicher ist voll. Ihre Fotos und Videos werden am 12.05.2025 gelöscht. Als treuer Kunde erhalten Sie 50 GB zusätzlichen Speicher kostenlos. Jetzt verlängern.',
        'Uw cloudopslag is vol. Uw foto\'s en video\'s worden op 12-05-2025 verwijderd. Als trouwe klant krijgt u gratis 50 GB extra opslag. Verleng nu uw abonnement.',
        'Seu armazenamento na nuvem está cheio. Suas fotos e vídeos serão excluídos em 12/05/2025. Como cliente fiel, você recebe 50 GB extras grátis. Renove agora.',
        'Su almacenamiento en la nube está lleno. Sus fotos y vídeos se eliminarán el 12/05/2025. Como cliente fiel recibe 50 GB adicionales gratis. Renueve ahora.',
        'Votre stockage cloud est plein. Vos photos et vidéos seront supprimées le 12/05/2025. En tant que client fidèle, vous recevez 50 Go supplémentaires gratuits. Renouvelez maintenant.',
        'Il tuo spazio di archiviazione cloud è pieno. Le tue foto e i tuoi video verranno eliminati il 12/05/2025. Come cliente fedele ricevi 50 GB extra gratis. Rinnova ora.',
        'You have exceeded your storage limit! If you do not act, all your photos will be permanently deleted from our servers within 48 hours. Claim your free 50GB upgrade.',
        'Your photos and videos are about to be lost: your iCloud is full and your subscription has expired. Upgrade now for only $1.99.',
        'Ihr Speicherplatz ist aufgebraucht. Alle Ihre Fotos werden endgültig gelöscht, wenn Sie nicht handeln.',
        'Je opslagruimte is vol! Al je foto\'s en video\'s worden binnen 48 uur definitief verwijderd. Claim je gratis upgrade.',
        'Atenção: suas fotos serão apagadas permanentemente porque o seu armazenamento está cheio. Atualize gratuitamente hoje.',
        'Sus fotos y vídeos se borrarán para siempre: su almacenamiento está lleno. Obtenga 50 GB gratis ahora.',
        'Votre espace de stockage est saturé ! Toutes vos photos seront définitivement supprimées sous 48 heures.',
        'Il tuo spazio cloud è esaurito: tutte le tue foto saranno cancellate definitivamente entro 48 ore.',
      ],
      clear: [
        'You have used 95% of your 50 GB iCloud storage. To keep backing up your iPhone, upgrade to iCloud+ with 200 GB, or manage your storage in Settings.',
        'Ihr Postfach ist zu 90 % belegt. Bitte löschen Sie alte E-Mails oder wenden Sie sich an die IT, wenn Sie mehr Speicher benötigen.',
        'The shared drive is full. Files older than 2019 will be deleted on Friday unless you move them to the archive. Contact IT with questions.',
      ],
    },
    {
      title: 'twenty-fifth round: a donation asked for in gift cards or by Western Union or MoneyGram is CHARITY_LURE in seven languages; a receipt, a gift-card drive at the door, a warning against impostors, a thank-you gift card and a charity gift card are not',
      rule: 'CHARITY_LURE',
      fires: [
        'Thousands of families lost everything in the floods. Please help them today: send your donation as an Apple or Amazon gift card and reply with the card codes, so we can buy food right away.',
        'Our orphanage urgently needs help to feed 120 children this month. Donations can be sent by Western Union or MoneyGram to our director, Mrs. Grace Owusu, Accra.',
        'Bitte spenden Sie für die Opfer des Erdbebens. Senden Sie Ihre Spende als Google-Play-Geschenkkarte und schicken Sie uns den Code per E-Mail.',
        'Doneer nu voor de slachtoffers van de oorlog: stuur uw gift via een cadeaukaart of via Western Union naar onze coördinator.',
        'Ajude as crianças do nosso orfanato: envie a sua doação por Western Union ou em cartões-presente da Google Play.',
        'Ayude a las víctimas del terremoto: envíe su donativo mediante tarjeta regalo o por MoneyGram a nuestro coordinador.',
        'Aidez les victimes des inondations : envoyez votre don par carte cadeau ou par Western Union à notre responsable sur place.',
        'Aiuta le vittime dell\'alluvione: invia la tua donazione tramite carta regalo o Western Union al nostro coordinatore.',
      ],
      clear: [
        'Thank you for your donation of €50 to the Red Cross flood appeal. Your receipt for tax purposes is attached. You can also donate by bank transfer or in Bitcoin on our website.',
        'This month we collect unused gift cards for the food bank: bring your gift cards to reception, every card becomes a meal. Donations by card or bank transfer on our website.',
        'Warning: fraudsters pretend to be our charity and ask for donations in gift cards or by Western Union. We never ask for that; donate only on our website.',
        'Vielen Dank für Ihre Spende von 30 Euro. Als Dankeschön erhalten Sie eine Geschenkkarte für unseren Shop. Die Spendenquittung folgt im Februar.',
        'Merci pour votre don. Offrez une carte cadeau solidaire à vos proches : une partie du prix est reversée à notre association.',
      ],
    },
    {
      title: 'twenty-fifth round: a stranger\'s lucrative, profitable or blessed deal to discuss is LUCRATIVE_DEAL in seven languages; a salesman\'s proposal, a lucrative deal already done, an offer to discuss and a news report are not',
      rule: 'LUCRATIVE_DEAL',
      fires: [
        'I have a very lucrative deal to discuss with you. Get back to me so I can proceed with the details. Regards, Ms. Yuliia',
        'Good day, I have a profitable business proposal that will benefit both of us. Reply for more details.',
        'Dear friend, I have a mutually beneficial transaction I would like to discuss with you. Kindly respond for details.',
        'Ich habe ein sehr lukratives Geschäft, das ich mit Ihnen besprechen möchte. Bitte antworten Sie für weitere Details.',
        'Ik heb een zeer lucratieve deal die ik met u wil bespreken. Antwoord mij voor meer details.',
        'Tenho um negócio muito lucrativo para discutir com você. Responda-me para mais detalhes.',
        'Tengo un negocio muy lucrativo que me gustaría discutir con usted. Respóndame para más detalles.',
        'J\'ai une affaire très lucrative à discuter avec vous. Répondez-moi pour plus de détails.',
        'Ho un affare molto redditizio da discutere con te. Rispondimi per maggiori dettagli.',
      ],
      clear: [
        'Hi Tom, thanks for the call. I have a proposal for the Q3 renewal I would like to discuss with you on Thursday. Best, Anna',
        'The deal with Meyer GmbH turned out to be very lucrative for both companies; let us discuss next steps on Monday.',
        'Sehr geehrter Herr Klein, ich habe ein Angebot für Ihre neue Lagerhalle, das ich gern mit Ihnen besprechen möchte. Passt Ihnen Dienstag?',
        'Analysts call the merger a lucrative deal for shareholders; the board will discuss it with investors next week.',
      ],
    },
    {
      title: 'twenty-fifth round: a QR code to scan to re-authenticate, to confirm or keep the account, mailbox or password, or to review and sign a document is QR_LURE in seven languages; a concert ticket, an invoice\'s payment code, an IT department\'s authenticator set-up and a boarding pass are not',
      rule: 'QR_LURE',
      fires: [
        'Your Microsoft 365 multi-factor authentication expires today. Scan the QR code below with your phone camera to re-authenticate and keep access to your mailbox.',
        'Payroll has shared the 2025 salary adjustment document with you. Scan the attached QR code with your mobile device to review and sign it.',
        'Your password expires in 24 hours. To keep your current password, scan the QR code with your smartphone and confirm your details.',
        'Ihre Zwei-Faktor-Authentifizierung läuft heute ab. Scannen Sie den QR-Code unten mit Ihrem Smartphone, um Ihr Konto zu bestätigen.',
        'Uw account moet opnieuw worden geverifieerd. Scan de QR-code hieronder met uw telefoon om de toegang tot uw mailbox te behouden.',
        'A autenticação de dois fatores da sua conta expira hoje. Digitalize o código QR abaixo com o seu telemóvel para confirmar a sua conta.',
        'Su cuenta debe verificarse de nuevo. Escanee el código QR de abajo con su móvil para mantener el acceso a su buzón.',
        'Votre authentification à deux facteurs expire aujourd\'hui. Scannez le code QR ci-dessous avec votre téléphone pour confirmer votre compte.',
        'Il tuo account deve essere verificato di nuovo. Scansiona il codice QR qui sotto con il tuo telefono per mantenere l\'accesso alla tua casella di posta.',
        'You have a new voicemail (0:42). Please scan this QR code using your mobile phone to verify your identity and listen to the message.',
        'Your mailbox will be deactivated today. To retain access, kindly scan the QR code below and update your password.',
        'Ihr Postfach wird heute deaktiviert. Bitte scannen Sie den folgenden QR-Code, um Ihre Zugangsdaten zu aktualisieren.',
        'Er staat een nieuw document voor u klaar. Scan de QR-code met uw smartphone om het document te ondertekenen.',
        'Recursos Humanos ha publicado su nómina. Escanee este código QR para verificar su identidad y ver el documento.',
        'Votre messagerie sera désactivée. Scannez le code QR avec votre mobile afin de mettre à jour votre mot de passe.',
      ],
      clear: [
        'Your ticket for the concert on 12 May is attached. Scan the QR code at the entrance; please have your ID ready.',
        'Anbei Ihre Rechnung. Sie können bequem bezahlen: scannen Sie den QR-Code mit Ihrer Banking-App, um die Überweisung auszufüllen.',
        'If you got a new phone, open https://aka.ms/mfasetup on your computer, sign in and scan the QR code shown there with the Microsoft Authenticator app. Contact the IT helpdesk with questions.',
        'Your boarding pass is ready. Scan the QR code at the gate to board. Have a good flight.',
      ],
    },
    {
      title: 'twenty-sixth round: the reader\'s page or account that violates the network\'s standards, or is scheduled for deletion, is ACCOUNT_LURE in seven languages and two wordings each; a social-media manager\'s note about "our page", a news report and the network\'s rules page are not',
      rule: 'ACCOUNT_LURE',
      fires: [
        'We have received several reports that your Facebook page violates our Community Standards on intellectual property. If you believe this is a mistake, submit an appeal.',
        'Dear user, we noticed that your Instagram account infringes our intellectual property policies. To keep it, fill in the appeal form.',
        'Your page has been scheduled for permanent deletion. If you think this is a mistake, appeal here.',
        'Wir haben mehrere Meldungen erhalten, dass Ihre Facebook-Seite gegen unsere Gemeinschaftsstandards verstößt. Legen Sie Einspruch ein.',
        'Wir haben festgestellt, dass Ihr Werbekonto gegen unsere Werberichtlinien verstoßen hat. Legen Sie bitte Widerspruch ein.',
        'Uw Facebook-pagina schendt onze communityrichtlijnen. Dien binnen 24 uur bezwaar in.',
        'Jouw profiel heeft onze communitynormen geschonden. Vul het bezwaarformulier in.',
        'Recebemos denúncias de que a sua página do Facebook viola os nossos Padrões da Comunidade. Envie uma contestação.',
        'Identificamos que seu perfil violou as nossas diretrizes. Envie o formulário de recurso.',
        'Hemos recibido varias denuncias de que tu página de Facebook infringe nuestras Normas comunitarias. Presenta una apelación.',
        'Tu cuenta de Instagram ha infringido los derechos de autor de otro usuario. Presenta una apelación.',
        'Nous avons reçu plusieurs signalements indiquant que votre page Facebook enfreint nos Standards de la communauté. Faites appel.',
        'Votre compte ne respecte pas nos conditions d\'utilisation. Contestez ici.',
        'Abbiamo ricevuto diverse segnalazioni che la tua pagina Facebook viola i nostri Standard della community. Presenta ricorso.',
        'Il tuo profilo ha violato le nostre norme sul diritto d\'autore. Compila il modulo di ricorso.',
      ],
      clear: [
        'Meta says our page violates their community standards because of the giveaway post. I will file an appeal tomorrow; can you send me the photo credits?',
        'The regulator found that the platform violates the community guidelines it published itself, the newspaper reported.',
        'Please read the community standards before you post: pages that violate them are reviewed by our moderators.',
        'Unsere Seite verstößt laut Meta gegen die Richtlinien; ich lege morgen Widerspruch ein.',
      ],
    },
    {
      title: 'twenty-sixth round: the card\'s data to confirm, verify or enter again (a booking to be cancelled, a payment that failed) is CREDENTIAL_REQUEST in six more word orders; a billing notice that says to change the card in the account, a hotel\'s confirmation and the tax office\'s warning that it never asks for card data are not',
      rule: 'CREDENTIAL_REQUEST',
      fires: [
        'Bitte bestätigen Sie Ihre Kartendaten über den folgenden Link, damit Ihr Konto aktiv bleibt.',
        'Ihre Buchung wird storniert, wenn Sie Ihre Kreditkartendaten nicht innerhalb von 12 Stunden bestätigen.',
        'Leider konnten wir Ihre Zahlung nicht abschließen. Bitte geben Sie Ihre Kreditkartendaten erneut ein.',
        'Bevestig uw kaartgegevens via onderstaande link om uw abonnement actief te houden.',
        'Uw boeking wordt binnen 12 uur geannuleerd als u uw kaartgegevens niet bevestigt.',
        'Por favor, confirme os dados do seu cartão no link abaixo para manter a sua assinatura ativa.',
        'A sua reserva será cancelada em 12 horas se não confirmar os dados do cartão.',
        'Por favor, confirme los datos de su tarjeta en el siguiente enlace para mantener su suscripción activa.',
        'Para garantizar su reserva, introduzca los datos de su tarjeta en un plazo de 24 horas.',
        'Votre réservation sera annulée dans 12 heures si vous ne confirmez pas les données de votre carte.',
        'Pour garantir votre séjour, veuillez saisir les informations de votre carte.',
        'Conferma i dati della tua carta tramite il link qui sotto per mantenere attivo il tuo abbonamento.',
        'Per garantire la prenotazione, inserisci i dati della tua carta entro le prossime 24 ore.',
      ],
      clear: [
        'Die Abbuchung wurde von Ihrer Bank abgelehnt. Sie können Ihre Karte jederzeit in Ihrem Kundenkonto unter Zahlungsmethoden ändern.',
        'De betaling is door uw bank geweigerd. U kunt uw kaart wijzigen in uw account onder Betaalmethoden.',
        'O pagamento foi recusado pelo seu banco. Você pode alterar os dados do cartão na sua conta, em Formas de pagamento.',
        'El pago fue rechazado por tu banco. Puedes cambiar los datos de tu tarjeta en tu cuenta, en Métodos de pago.',
        'Le paiement a été refusé par votre banque. Vous pouvez modifier les données de votre carte dans votre espace client.',
        'Ti ricordiamo che l\'Agenzia delle Entrate non invia email con link per comunicare rimborsi, né chiede di inserire dati della carta di pagamento.',
        'Ihre Kreditkarte dient nur als Garantie; bezahlt wird bei der Abreise.',
      ],
    },
    {
      title: 'twenty-sixth round: the credential gate before a document, "sign in with your company credentials to view", is CREDENTIAL_REQUEST in seven languages; signing in to change a setting or set up two-factor authentication is not',
      rule: 'CREDENTIAL_REQUEST',
      fires: [
        'HR has published your 2026 salary adjustment letter. Please sign in with your company credentials to view and acknowledge it before Friday.',
        'All staff must acknowledge the updated handbook. Log in with your Microsoft 365 account to access the document.',
        'Bitte melden Sie sich mit Ihren Firmenzugangsdaten an, um das Schreiben einzusehen.',
        'Log in met uw Microsoft 365-account om het document te openen.',
        'Faça login com as suas credenciais corporativas para visualizar o documento.',
        'Inicie sesión con sus credenciales de Office 365 para ver el documento compartido.',
        'Connectez-vous avec vos identifiants professionnels pour consulter le document.',
        'Accedi con le tue credenziali aziendali per visualizzare il documento.',
      ],
      clear: [
        'Next week, sign in with your company account to set up two-factor authentication; the IT desk will help.',
        'You can log in with your email address to change your notification settings.',
        'Melden Sie sich mit Ihren Zugangsdaten an, um Ihr Passwort zu ändern.',
        'Log in met uw account om uw voorkeuren aan te passen.',
      ],
    },
    {
      title: 'twenty-sixth round: "eligible to receive a tax refund of" and "submit the tax refund request" are PRIZE_LURE; a refund paid and a tax adviser\'s offer are not',
      rule: 'PRIZE_LURE',
      fires: [
        'After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of 489.50 GBP.',
        'Please submit the tax refund request and allow us 3-5 days to process it.',
      ],
      clear: [
        'Your tax refund of $1,234 was deposited to your account on 12 March.',
        'Many employees are eligible for tax relief on home office costs; our advisers can help you file the return.',
      ],
    },
    {
      title: 'twenty-sixth round: the Brazilian CPF "pendência", the debt to pay "to avoid the protest" or the negative listing, and the vehicle to be seized are FINE_LURE; a CPF on an invoice and a cancelled protest are not',
      rule: 'FINE_LURE',
      fires: [
        'Identificamos uma pendência cadastral vinculada ao seu CPF. Regularize a sua situação até amanhã.',
        'Seu CPF poderá ser cancelado se a declaração não for regularizada.',
        'Evite o protesto e a negativação do seu nome pagando o boleto atualizado.',
        'Efetue o pagamento do IPVA com desconto até hoje para evitar a apreensão do veículo.',
      ],
      clear: [
        'A nota fiscal foi emitida para o seu CPF e está anexada.',
        'O protesto do título foi cancelado após o pagamento. Obrigado.',
        'Seu veículo está pronto para retirada na oficina a partir das 14h.',
      ],
    },
    {
      title: 'twenty-sixth round: the fee to release money ("taxa de liberação") and a refund outstanding to claim are PRIZE_LURE; a delivery fee and a refund made are not',
      rule: 'PRIZE_LURE',
      fires: [
        'Você tem valores a serem liberados. Para concluir a liberação é necessário o pagamento da taxa de R$ 47,90 via Pix.',
        'O saque só será feito após o pagamento da taxa de liberação.',
        'Sie haben eine ausstehende Rückerstattung von 149,00 EUR. Bitte füllen Sie das Formular aus.',
      ],
      clear: [
        'A taxa de entrega para o seu bairro é de R$ 10,00.',
        'Ihre Rückerstattung von 149,00 EUR wurde heute veranlasst.',
      ],
    },
    {
      title: 'twenty-sixth round: a Pix "not recognised" to cancel by a link, the online banking or the app access to be restricted and a subscription "paused" are ACCOUNT_LURE; a bank\'s alert that says to call, an online banking back on Monday and a subscription renewed are not',
      rule: 'ACCOUNT_LURE',
      fires: [
        'Detectamos uma tentativa de Pix de R$ 1.890,00. Caso não reconheça esta transação, cancele imediatamente pelo link.',
        'Sem a atualização, o acesso ao seu internet banking será bloqueado em 24 horas.',
        'Bitte aktualisieren Sie Ihre Daten, andernfalls wird Ihr Onlinebanking eingeschränkt.',
        'Ihr Netflix-Abonnement wurde pausiert, da wir Ihre Zahlung nicht verarbeiten konnten.',
      ],
      clear: [
        'Caso não reconheça esta compra, ligue para o número no verso do seu cartão.',
        'Ihr Onlinebanking ist ab Montag wieder wie gewohnt erreichbar.',
        'Ihr Abonnement wurde um ein Jahr verlängert. Vielen Dank.',
      ],
    },
    {
      title: 'twenty-sixth round: the bank\'s "your data are no longer up to date" and the payment information to update are CREDENTIAL_REQUEST in German; data up to date and payment information changed in the account are not',
      rule: 'CREDENTIAL_REQUEST',
      fires: [
        'Bei einer Routineprüfung haben wir festgestellt, dass Ihre hinterlegten Daten nicht mehr aktuell sind.',
        'Bitte Zahlungsinformationen aktualisieren, um weiterhin Filme zu sehen.',
      ],
      clear: [
        'Ihre Daten sind aktuell; Sie müssen nichts tun.',
        'Sie können Ihre Zahlungsinformationen jederzeit im Kundenkonto ändern.',
      ],
    },
    {
      title: 'twenty-sixth round: a payment the reader "did not make" or "does not recognise", to cancel or click away, and an account blocked with the bank\'s name after the noun ("conto BancoPosta è stato sospeso") are ACCOUNT_LURE in seven languages; an alert that says to call the bank, to block the card in its app or to sign in there is not',
      rule: 'ACCOUNT_LURE',
      fires: [
        'A charge of $399.99 was made on your card. If you did not authorize this charge, click below to cancel it.',
        'Wenn Sie diese Zahlung nicht veranlasst haben, klicken Sie hier, um sie zu stornieren.',
        'Als u deze betaling niet herkent, klik dan hier om te annuleren.',
        'Si usted no reconoce este cargo, cancélelo inmediatamente desde el siguiente enlace.',
        'Si vous ne reconnaissez pas cette opération, cliquez ici pour l\'annuler.',
        'Se non riconosce questa operazione, clicchi sul link per annullarla.',
        'Gentile cliente, il suo conto BancoPosta è stato sospeso per motivi di sicurezza.',
        'Sua conta Nubank foi bloqueada temporariamente.',
        'Su cuenta BBVA ha sido bloqueada por seguridad.',
        'Votre compte Ameli a été suspendu.',
      ],
      clear: [
        'If you did not make this purchase, call us at the number on the back of your card.',
        'Se non riconosci questa operazione, blocca subito la carta dall\'app e contatta l\'assistenza.',
        'Si no reconoce este cargo, bloquee la tarjeta desde la app o llámenos.',
        'Wenn Sie diese Zahlung nicht veranlasst haben, sperren Sie Ihre Karte in der App.',
      ],
    },
    {
      title: 'twenty-sixth round: a refund "pending" or "in your favour" is PRIZE_LURE in six languages; a refund processed and an order pending payment are not',
      rule: 'PRIZE_LURE',
      fires: [
        'You have a pending refund of 412.50 GBP. Complete the form to receive it.',
        'U heeft een openstaande teruggave van € 248,00.',
        'Você tem um reembolso pendente de R$ 320,00.',
        'Agencia Tributaria: tiene un reembolso pendiente de 412,50 €.',
        'Vous avez un remboursement en attente de 248 €.',
        'Gentile utente, risulta un rimborso a suo favore di 390,00 €.',
      ],
      clear: [
        'Your refund of $20.00 has been processed and will appear on your statement in 5 days.',
        'Tiene un pedido pendiente de pago: complete el pago en su cuenta.',
      ],
    },
    {
      title: 'twenty-sixth round: the deadlines "within the next 24 hours", "innerhalb der nächsten 48 Stunden", "binnen de komende 24 uur", "no prazo de 24 horas", "en un plazo de 24 horas", "dans un délai de 48 heures" and "entro le prossime 72 ore" are URGENCY_PHRASE; a shop\'s "em até 24 horas" and a week\'s notice are not',
      rule: 'URGENCY_PHRASE',
      fires: [
        'Please confirm your details within the next 24 hours.',
        'Bitte reagieren Sie innerhalb der nächsten 48 Stunden.',
        'Controleer uw gegevens binnen de komende 24 uur.',
        'Regularize a sua situação no prazo de 24 horas.',
        'Presente una apelación en un plazo de 24 horas.',
        'Veuillez répondre dans un délai de 48 heures.',
        'Rispondi entro le prossime 72 ore.',
      ],
      clear: [
        'Seu pedido foi enviado e será entregue em até 24 horas úteis.',
        'Bitte geben Sie uns innerhalb der nächsten Woche Bescheid.',
        'We will get back to you next week.',
      ],
    },
    {
      title: 'twenty-seventh round: the removal footer\'s other wordings ("to be removed just send", "to unsubscribe, please e-mail us", "reply to this note with "Remove" in the subject line", "delete your address from future updates", "remove yourself at") are CLAIMS_NOT_SPAM without a list header; a shop\'s "remove items from your cart" and a colleague\'s "please remove me from the invite" are not',
      rule: 'CLAIMS_NOT_SPAM',
      fires: [
        'Great savings on printer ink. To be removed just send an email to stop@inkdeals.example.',
        'Weekly stock picks. To unsubscribe, please e-mail us at picks@stocks.example.',
        'If you would like to unsubscribe from this newsletter, just click the hyperlink below.',
        'If you would rather not receive these reviews, reply to this note with "Remove" in the subject line.',
        'Compare quotes now. Click here to delete your address from future updates.',
        'You may permanently remove yourself at http://optout.example/x.',
        'Send us a message with "remove" as the subject and we will stop.',
      ],
      clear: [
        'You can remove items from your cart at any time before checkout.',
        'Please remove me from the invite for Thursday, I am on leave.',
        'To remove the old printer driver, please click Start and open Settings.',
        'We will delete your address from our records once the contract ends, as the law requires.',
      ],
    },
    {
      title: 'twenty-seventh round: the missed jury duty ("you failed to appear for jury duty", "a bench warrant is pending in your name", "a warrant has been issued for your arrest") is FINE_LURE; the summons, the court\'s thanks and a news item\'s warrant are not',
      rule: 'FINE_LURE',
      fires: [
        'Our records show you failed to appear for jury duty on March 3. Pay the fine online today to resolve this matter.',
        'You missed your jury service. A bench warrant is pending in your name unless the fine is paid.',
        'If the fine is not paid within 48 hours, a warrant will be issued for your arrest.',
      ],
      clear: [
        'You have been summoned for jury service on 12 March. Please confirm your availability on the court website.',
        'Thank you for completing your jury service. Your certificate of attendance is attached.',
        'Local news: a bench warrant was issued for the singer after he missed a court date.',
      ],
    },
    {
      title: 'twenty-ninth round: illicit goods named within 300 characters of a Telegram or WhatsApp contact written in the text are ILLICIT_SALE with ILLICIT_SALE_MESSENGER, with no verb of sale; a pharmacy\'s prescription notice with its WhatsApp number, a news report with the paper\'s Telegram channel in its footer and a share button are not',
      rule: 'ILLICIT_SALE_MESSENGER',
      fires: [
        'https://t.me/motionking_caliweed_psychedelics\nGolden Teacher mushrooms are considered moderately potent among psilocybin strains.\nhttps://t.me/motionking_caliweed_psychedelics',
        'K2 Spray and Sheets available. Each A4 sheet is infused with liquid K2.\nTelegram: https://t.me/+_A7N2XkymGphODRk',
        'High balance clone cards, worldwide delivery. WhatsApp https://wa.me/15550100',
      ],
      clear: [
        'Your tramadol prescription is ready for pickup at our Main Street branch. Questions? WhatsApp us: https://wa.me/15550100',
        'Police seized 40 kg of cocaine at the port on Tuesday. The council discussed the budget for the new harbour, the school year and the library hours. The council discussed the budget for the new harbour, the school year and the library hours. The council discussed the budget for the new harbour, the school year and the library hours. The council discussed the budget for the new harbour, the school year and the library hours. The council discussed the budget for the new harbour, the school year and the library hours.\nFollow the Harbour Gazette on Telegram: https://t.me/harbourgazette',
        'Police seized 40 kg of cocaine at the port on Tuesday. Share this story: https://wa.me/?text=https%3A%2F%2Fgazette.example%2Fport',
      ],
    },
    {
      title: 'twenty-ninth round: a warez post handing out its download through a URL shortener or free hosting is WAREZ_DOWNLOAD_LINK; a keygen discussed without such a link, a vendor\'s "full version download" through a shortener and a crack-resistant safe are not',
      rule: 'WAREZ_DOWNLOAD_LINK',
      fires: [
        'Fusion 360 Pro Crack Serial Key Download For Mac Win\n*Download File* https://t.co/T5pK7tc3bk\neebf2c3492',
        'Microsoft Office 2019 Free Download Full Crack\nGet it here: https://bit.ly/3kq9ZxA',
        'Oppenheimer full movie download HD: https://moviehub-2231.blogspot.com/2023/08/oppenheimer.html',
        'AutoCAD 2024 keygen, works with every licence: https://tinyurl.com/2p8x7kq4',
        // the kit's other buttons, "*Download Zip*" and "*Download File*", beside "*DOWNLOAD*"
        'Photo Studio 9 Portable Pdf\n*Download Zip* https://t.co/Qx7Lm2Pz9a\neebf2c3492',
      ],
      clear: [
        'The keygen in that old shareware was trivially reversible; see the write-up on our wiki at https://wiki.example.com/keygen-analysis',
        'Version 5 is out! Get the full version download at https://bit.ly/acme-v5 and enjoy the new features.',
        'Our crack-resistant safes ship next week: https://t.co/safes2024',
        'Our spring catalogue is out. *Download now* https://t.co/catalog24',
        'Fusion 360 Pro Crack Serial Key Download For Mac Win',
      ],
    },
    {
      title: 'thirtieth round: a mailbox over its limit, and the reader sent to raise the quota, is ACCOUNT_LURE in seven languages; a mailbox almost full, a shared drive over its limit and a quota IT will raise are not',
      rule: 'ACCOUNT_LURE',
      fires: [
        'Your mailbox has exceeded its storage limit of 50 GB. Increase your quota now: https://mailbox-quota.web.app/owa',
        'Webmail notice: increase your mailbox quota here to keep receiving mail: https://mailbox-quota.web.app/owa',
        'Ihr Postfach hat sein Speicherlimit überschritten. Jetzt erweitern: https://postfach-erweitern.web.app/',
        'Uw mailbox heeft de opslaglimiet bereikt. Vergroot uw opslag: https://mailbox-nl.web.app/',
        'Sua caixa de correio atingiu o limite de armazenamento. Aumente aqui: https://caixa-cota.web.app/',
        'Su buzón ha superado el límite de almacenamiento. Amplíe aquí: https://buzon-cuota.web.app/',
        'Votre boîte aux lettres a atteint sa limite de stockage. Augmentez-la ici : https://boite-quota.web.app/',
        'La tua casella di posta ha raggiunto il limite di spazio. Aumentalo qui: https://casella-quota.web.app/',
      ],
      clear: [
        'Your mailbox is almost full (48 of 50 GB). Archive old mail to free space: https://wiki.partner-books.example.org/archive',
        'The shared drive has reached its storage limit; IT will archive the old projects on Friday: https://wiki.partner-books.example.org/drive',
        'IT will increase your mailbox quota next week, no action is needed: https://wiki.partner-books.example.org/quota',
      ],
    },
    {
      title: 'thirtieth round: a delivery attempted and failed, or a delivery address called incomplete, is PARCEL_LURE in seven languages; a billing address, a directory entry and a training that could not be delivered are not',
      rule: 'PARCEL_LURE',
      fires: [
        'USPS\nWe attempted to deliver your package but nobody was home. Reschedule the delivery here: https://usps-redelivery.top/track',
        'Your delivery address is incomplete. Update it within 12 hours: https://usps-redelivery.top/address',
        'Zustellversuch fehlgeschlagen: Ihre Lieferadresse ist unvollständig. Bitte aktualisieren Sie sie hier: https://dhl-zustellung.top/adresse',
        'De bezorgpoging is mislukt omdat uw bezorgadres onvolledig is. Werk het bij: https://postnl-adres.top/',
        'O endereço de entrega está incompleto. Atualize aqui: https://correios-entrega.top/',
        'Intento de entrega fallido: la dirección de envío es incorrecta. https://correos-envio.top/',
        'Tentative de livraison échouée : votre adresse de livraison est incomplète. https://colis-suivi.top/',
        "Tentativo di consegna fallito: l'indirizzo di consegna è incompleto. https://poste-consegna.top/",
      ],
      clear: [
        'The billing address is incomplete on invoice 2291, could you send the full address? https://erp.partner-books.example.org/inv/2291',
        'Please update your address in the staff directory: https://hr-portal.partner-books.example.org/',
        'We were unable to deliver the training on Tuesday because the trainer was ill; the new date is in the planner: https://planner.partner-books.example.org/',
      ],
    },
    {
      title: 'thirtieth round: a last line that is one hexadecimal id is BODY_RANDOM_TAIL, also above a signature separator and a list\'s footer; a commit id after a word, a whole commit hash, a hexadecimal word without digits or letters, and an id written after a word are not',
      rule: 'BODY_RANDOM_TAIL',
      fires: [
        'Word 2004 Free Download Full 63\n*DOWNLOAD* https://urluso.com/2wJb7c\neebf2c3492',
        `Word 2004 Free Download Full 63\n*DOWNLOAD* https://urluso.com/2wJb7c\n  eebf2c3492  \n-- \n${GROUPS_FOOTER}`,
      ],
      clear: [
        'The regression came in with the scheduler rework.\nFixes: 1a2b3c4d5e',
        'Applied to the stable branch, thanks.\n9f4c2e7b1a3d5f6e8c0b2a4d6f8e0c2b4a6d8f0e',
        'Our new coffee machine arrived.\ndeadbeef',
        'Your order number is below.\n12345678',
        'Thanks for the review, v2 follows.\n-- \nSent from my phone\nref 1a2b3c4d5e',
      ],
    },
    {
      title: 'thirtieth round: a warez post that ends in its posting kit\'s random id is WAREZ_KIT_TAIL (not when a shortener link is WAREZ_DOWNLOAD_LINK already); a warez post without it, and an id under an ordinary post, are not',
      rule: 'WAREZ_KIT_TAIL',
      fires: [
        `Microsoft Office Word 2004 Free Download Full 63\n*DOWNLOAD* https://urluso.com/2wJb7c\neebf2c3492\n-- \n${GROUPS_FOOTER}`,
        'AutoCAD 2024 Crack Serial Key Download\n*Download Zip* https://dlhub.example.net/x7Qp\n7c1e9a04bd',
      ],
      clear: [
        'Photo editor 2024 keygen, serial included\n*DOWNLOAD* https://t.co/T5pK7tc3bk\neebf2c3492',
        `Microsoft Office Word 2004 Free Download Full 63\n*DOWNLOAD* https://urluso.com/2wJb7c\n-- \n${GROUPS_FOOTER}`,
        `The board bring-up notes are on the wiki.\n7c1e9a04bd\n-- \n${GROUPS_FOOTER}`,
      ],
    },
    {
      title: 'twenty-ninth round: sextortion that does not name the camera, saying it gained access to the device, recorded the reader or holds embarrassing footage, is SEXTORTION in seven languages; an IT department\'s remote maintenance, an order taken, a wedding film and a photographer\'s price are not',
      rule: 'SEXTORTION',
      fires: [
        'Ich habe vor einiger Zeit Zugriff auf Ihr Gerät erhalten und Sie heimlich aufgezeichnet, während Sie Seiten für Erwachsene besucht haben. Überweisen Sie 1.200 € in Bitcoin an bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh, sonst geht die Aufnahme an Ihre Familie.',
        'Ihr Computer wurde von mir gehackt. Ich besitze peinliche Aufnahmen von Ihnen. Zahlen Sie 950 USD an diese Adresse: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
        'Ik heb toegang gekregen tot uw apparaat en u stiekem opgenomen terwijl u volwassen websites bekeek. Maak 1.200 euro in bitcoin over naar bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh, anders stuur ik de opname naar uw familie.',
        'Uw computer is door mij gehackt. Ik heb gênante beelden van u. Betaal 950 USD naar dit adres: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
        'J\'ai obtenu l\'accès à votre appareil et je vous ai enregistré pendant que vous regardiez des sites pour adultes. Envoyez 1 200 € en bitcoin à bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh, sinon la vidéo part à votre famille.',
        'Votre ordinateur a été piraté par moi. Je possède des images gênantes de vous. Payez 950 USD à cette adresse : bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
        'He obtenido acceso a su dispositivo y le he grabado mientras visitaba páginas para adultos. Envíe 1.200 € en bitcoin a bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh, o el vídeo irá a su familia.',
        'Su ordenador ha sido hackeado por mí. Tengo imágenes vergonzosas de usted. Pague 950 USD a esta dirección: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
        'Il tuo computer è stato violato da me. Possiedo immagini imbarazzanti di te. Paga 950 USD a questo indirizzo: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
        'Seu computador foi hackeado por mim. Tenho imagens constrangedoras suas. Pague 950 USD para este endereço: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
        // intimate videos, the noun first as Portuguese and Spanish write it, "íntimos" read since its start is a lookbehind, not \b
        'Invadi o seu celular e tenho vídeos íntimos seus. Pague 950 USD para este endereço: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
        'Your computer was hacked by me. I have embarrassing footage of you. Pay 950 USD to this address: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
      ],
      clear: [
        'Die IT hat per Fernwartung Zugriff auf Ihr Gerät erhalten, um die Updates zu installieren. Die neue Lizenz kostet 49 EUR pro Jahr.',
        'Ihre Bestellung über 120 EUR wurde aufgenommen. Die Videos zum Kurs finden Sie im Kundenkonto.',
        'Ik heb toegang tot uw computer gekregen via TeamViewer en de printer opnieuw ingesteld. De kosten zijn 65 euro.',
        'Je vous ai filmé pendant la cérémonie : la vidéo du mariage est prête, le montage coûte 300 €.',
        'The photographer has embarrassing footage of the office party. Copies cost 5 USD each.',
      ],
    },
  ]
  for (const { title, rule, fires, clear } of moreWordings) {
    it(title, async () => {
      await expectRule(rule, fires, true)
      await expectRule(rule, clear, false)
    })
  }
  it('twenty-fourth round: every match of the malware, camera or recording, adult-site and compromising-material threats holds a word of the extortion\'s quick test (EXTORTION_WORDS), so the quick test narrows nothing', () => {
    const read = EXTORTION_THREATS.filter(([name]) => name !== 'your contacts' && name !== 'deleted once paid')
    expect(read.length).toBe(4)
    for (const [name, re] of read) {
      const words = requiredWords(re.source)
      expect(words, name).toBeDefined()
      expect((words ?? []).filter((w) => !EXTORTION_WORDS.test(w)), name).toEqual([])
    }
  })
  it('twenty-fourth round: a From address whose domain holds a quote, an apostrophe, "%" or a space is FROM_ADDRESS_INVALID; an internationalised domain, an underscore and an address literal are not', async () => {
    const invalid = async (from: string) => (await symbolsOf(buildMail({ headers: { From: from } }))).has('FROM_ADDRESS_INVALID')
    for (const from of ['Correios <aviso@%correios.example>', "Offer <m594mbsr2uvx@'nirinybskh.example>", 'Support <noreply@customer support.example>', '"support@anwb.example" <"support@anwb.example">']) expect(await invalid(from), from).toBe(true)
    for (const from of ['Müller <info@müller-bäckerei.example>', 'Build <ci@build_server.example>', 'Root <root@[192.0.2.1]>', 'Anna <anna@example.com>']) expect(await invalid(from), from).toBe(false)
  })
  it('a phrase that the English and the other-language advance-fee lists both read counts once', async () => {
    // "US$ 7,5 milhões" is one phrase (the English list reads its "US$ 7"): with the widow it is two, not three
    await expectRule('ADVANCE_FEE', ['Prezado, temos US$ 7,5 milhões para a viúva.'], false)
    await expectRule('ADVANCE_FEE', ['Prezado, temos US$ 7,5 milhões para a viúva do nosso falecido cliente, o seu parente mais próximo.'], true)
  })
  it('nineteenth round: the threat "to avoid the suspension" of an account is CREDENTIAL_REQUEST in the six other languages too; avoiding a delay or a fee is not', async () => {
    const threats = [
      'Bitte führen Sie die Legitimationsprüfung online durch, um Einschränkungen Ihres Kontos zu vermeiden.',
      'Log vandaag in om een blokkering van uw rekening te voorkomen.',
      'Acesse o link para evitar o bloqueio da sua conta.',
      'Ingrese ahora para evitar la suspensión de su cuenta.',
      'Connectez-vous afin d\'éviter la suspension de votre compte.',
      'Accedi subito per evitare la sospensione del tuo account.',
    ]
    await expectRule('CREDENTIAL_REQUEST', threats, true)
    const ordinary = [
      'Bitte bestellen Sie bis Freitag, um Verzögerungen bei der Lieferung zu vermeiden.',
      'Betaal op tijd om extra kosten te voorkomen.',
      'Para evitar atrasos, envie os documentos até sexta-feira.',
      'Para evitar el bloqueo de nuestros servidores por spam, limitamos los envíos masivos.',
    ]
    await expectRule('CREDENTIAL_REQUEST', ordinary, false)
  })
  it('a brand written with look-alike letters, marks or a capital I is BRAND_DISGUISED; the brand plainly written, accented or in another script\'s sentence is not', async () => {
    const enc = (t: string) => '=?UTF-8?B?' + Buffer.from(t).toString('base64') + '?='
    const disguised = ['Your Am\u0430zon account is on hold', 'Co\u200bin\u200bbase: verify now', 'Am\u073faz\u073fon: your order', 'Trust WaIIet support', '[lRS Report] Tax refund ready for processing']
    for (const subject of disguised) expect((await symbolsOf(buildMail({ headers: { Subject: enc(subject) } }))).has('BRAND_DISGUISED'), subject).toBe(true)
    expect((await symbolsOf(buildMail({ headers: { From: `${enc('Netfli\u0445')} <news@mailer.example.net>` } }))).has('BRAND_DISGUISED')).toBe(true)
    const plain = ['Your Amazon order has shipped', 'Crédit Agricole Informations', 'Ваш заказ Amazon отправлен', 'Invoice from Iberia for your PayPal payment', 'IKEA: your delivery slot', 'IRS Form 1099 for 2025', 'AlCl3 and HCl stock for the lab']
    for (const subject of plain) expect((await symbolsOf(buildMail({ headers: { Subject: enc(subject) } }))).has('BRAND_DISGUISED'), subject).toBe(false)
  })
  it('a PDF whose short numeric password is printed beside it is ENCRYPTED_ARCHIVE; a payslip saying how its password is made is not', async () => {
    const pdf = [{ filename: 'Comunicado_8812.pdf', content: '%PDF-1.4 test' }]
    for (const text of ['Acesse o anexo em PDF. Senha de acesso: 1234', 'Instrucoes no arquivo em anexo. Senha PDF: 123', 'Senha de acesso ao PDF: 123', 'The password for the PDF is 4711.']) {
      expect((await symbolsOf(buildMail({ text, attachments: pdf }))).has('ENCRYPTED_ARCHIVE'), text).toBe(true)
    }
    for (const text of ['O recibo segue em PDF protegido. A senha são os 5 primeiros dígitos do seu CPF.', 'Your payslip is attached. The password is your date of birth (DDMMYYYY).', 'Senha de acesso: 1234']) {
      const attachments = text.startsWith('Senha') ? [] : pdf
      expect((await symbolsOf(buildMail({ text, attachments }))).has('ENCRYPTED_ARCHIVE'), text).toBe(false)
    }
  })
  it('mining-platform balances, NFT "buyers" and an "unusual sign.in" are lures; a wallet app\'s own payout notice is not', async () => {
    expect((await symbolsOf(buildMail({ text: 'You joined our automatic Bitcoin mining platform a year ago. Withdraw your accumulated balance now.' }))).has('CRYPTO_LURE')).toBe(true)
    expect((await symbolsOf(buildMail({ text: 'A buyer made an offer on your NFT: 1.53 ETH. Review it at https://nft-offers.example.net/x' }))).has('CRYPTO_LURE')).toBe(true)
    expect((await symbolsOf(buildMail({ text: 'Microsoft account: Unusual sign.in activity. Review it at https://acc-review.example.net' }))).has('ACCOUNT_LURE')).toBe(true)
    const own = buildMail({ headers: { From: 'Pool <payouts@minepool.example.com>' }, text: 'Your automatic mining pool payout of 0.0041 BTC was sent. Details: https://www.minepool.example.com/payouts' })
    expect((await symbolsOf(own)).has('CRYPTO_LURE')).toBe(false)
  })
  it('business e-mail compromise: changed bank details, gift-card codes and urgent wires are BEC_REQUEST in seven languages; ordinary payment mail is not', async () => {
    const bec = [
      'Are you at your desk? I need you to buy 5 Apple gift cards of 200 each for a client. Scratch the back and send me the codes.',
      'Please process an urgent wire transfer of 48,500 EUR today, it is confidential until the board meeting.',
      'Unsere Bankverbindung hat sich geändert. Bitte überweisen Sie die offene Rechnung ab sofort auf unser neues Konto.',
      'Ons rekeningnummer is gewijzigd, wilt u de factuur voortaan naar het nieuwe rekeningnummer overmaken?',
      'Nos coordonnées bancaires ont changé : vous trouverez notre nouveau RIB en pièce jointe.',
      'Le informamos que nuestros datos bancarios han cambiado. Realice el pago a la nueva cuenta bancaria.',
      'Le nostre coordinate bancarie sono cambiate, ecco le nuove coordinate bancarie per il bonifico.',
      'Informamos que nossos dados bancários foram alterados. Segue a nova conta bancária para o pagamento.',
    ]
    await expectRule('BEC_REQUEST', bec, true)
    const ordinary = [
      'Thank you for your payment of 1,250.00 EUR to our account; the invoice is now settled.',
      'Our bank details are on the invoice: IBAN DE89 3704 0044 0532 0130 00. Payment within 30 days.',
      'Congratulations on your new bank account! Your card will arrive within 5 working days.',
      'You can buy gift cards in our shop and online from 10 to 500 EUR.',
      'Bitte überweisen Sie den Betrag auf das unten genannte Konto.',
    ]
    await expectRule('BEC_REQUEST', ordinary, false)
  })
  it('business e-mail compromise, seventh round: new wordings, a reply path diverted to the sender\'s name at a freemail provider or to a look-alike domain; a genuine notice that says to confirm by telephone and a warning to staff are not BEC', async () => {
    const bec = [
      'Please be advised that our company bank account has changed following our annual audit.',
      'Please disregard the wiring instructions included in your closing package.',
      'The updated wiring instructions are attached.',
      'They told me the wiring instructions you received last week are no longer valid.',
      'I need to update my paycheck direct deposit to a new account before this pay run.',
    ]
    await expectRule('BEC_REQUEST', bec, true)
    const genuine = [
      // a company that really moved banks tells its customers to check by telephone
      'From 1 October our bank account has changed. Please do not update our details based on this e-mail alone: confirm the change by phone at the number you already have.',
      'A partir de outubro, nossos dados bancários foram alterados. Por favor confirmem a alteração por telefone, para o número que já têm.',
      // staff warned of the fraud it describes
      'Krijg je een mail waarin iemand vraagt om cadeaukaarten te kopen of codes door te sturen? Dan is dat niet van ons.',
      'If someone asks you to buy gift cards and send me the codes, it is not me: report it to IT.',
    ]
    await expectRule('BEC_REQUEST', genuine, false)
    // neither hides the fraud: "can't talk por telefone" is no call-back advice, a French date "3 mai" no Italian "never"
    for (const text of ['Estou em reunião e não posso falar por telefone. Nossos dados bancários foram alterados, use a nova conta bancária.', 'Le 3 mai, nos coordonnées bancaires ont changé : voici notre nouveau RIB.']) {
      expect((await symbolsOf(buildMail({ text }))).has('BEC_REQUEST'), text).toBe(true)
    }
    // pressure alone (an ordinary busy colleague) is not scored
    expect((await symbolsOf(buildMail({ text: "I'm in meetings all day and can't take calls, let's talk tomorrow about the roadmap." }))).has('BEC_PRESSURE')).toBe(false)

    const replyTo = async (from: string, reply: string, to = 'Bob <bob@partner.example.org>') => symbolsOf(buildMail({ headers: { From: from, 'Reply-To': reply, To: to } }))
    // the same person at a freemail provider: diverted; a help desk or another name there: only REPLY_TO_FREEMAIL
    expect((await replyTo('Thomas Brandt <t.brandt@kessler.example>', 'Thomas Brandt <thomas.brandt.gf@gmx.de>')).has('REPLY_TO_DIVERTED')).toBe(true)
    expect((await replyTo('Thomas Brandt <t.brandt@kessler.example>', 'thomas.brandt.gf@gmx.de')).has('REPLY_TO_DIVERTED')).toBe(true)
    const helpdesk = await replyTo('Thomas Brandt <t.brandt@kessler.example>', 'Kessler Support <kessler.support@gmail.com>')
    expect([helpdesk.has('REPLY_TO_FREEMAIL'), helpdesk.has('REPLY_TO_DIVERTED')]).toEqual([true, false])
    // another company's domain under the same name (a newsletter moving house) is not diverted
    expect((await replyTo('The Fool <fool@motleyfool.com>', 'The Fool <otto@fool.com>')).has('REPLY_TO_DIVERTED')).toBe(false)
    // look-alike of the sender's or a recipient's domain, in Reply-To or Cc
    expect((await replyTo('Dan <dprescott@ashcombe-industrial.example>', 'Dan <d.prescott@ashcombe-industriall.example>')).get('LOOKALIKE_REPLY_PATH')).toContain('imitates ashcombe-industrial.example')
    expect((await symbolsOf(buildMail({ headers: { Cc: 'Bob <bob@partner-example.org>' } }))).has('LOOKALIKE_REPLY_PATH')).toBe(false) // partner-example vs example: another name
    expect((await symbolsOf(buildMail({ headers: { To: 'Bob <bob@northwind-logistics.example>', Cc: 'Ann <ann@northwind-logistic.example>' } }))).has('LOOKALIKE_REPLY_PATH')).toBe(true)
    // not: the same name in another country, two freemail providers, short names, the same organisation
    expect((await replyTo('Alice <alice@acme-tools.de>', 'Alice <alice@acme-tools.com>')).has('LOOKALIKE_REPLY_PATH')).toBe(false)
    expect((await replyTo('Alice <alice@example.com>', 'Alice <alice@email.com>', 'Bob <bob@gmail.com>')).has('LOOKALIKE_REPLY_PATH')).toBe(false)
    expect((await replyTo('Alice <alice@abcd.example>', 'Alice <alice@abce.example>')).has('LOOKALIKE_REPLY_PATH')).toBe(false)
    expect((await replyTo('Alice <alice@mail.example.com>', 'Alice <alice@eu.example.com>')).has('LOOKALIKE_REPLY_PATH')).toBe(false)
  })
  it('seventh round, from mail written by other hands: Exchange\'s own "Microsoft Outlook" notices, a lure phrase inside "we will in no case ask", and a notice that says it carries no link are not lures; the lures are', async () => {
    const exchange = buildMail({ headers: { From: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northfield-school.example>' }, text: 'Your mailbox is almost full. Delete items you no longer need.' })
    expect((await symbolsOf(exchange)).has('BRAND_IMPERSONATION')).toBe(false)
    const impostor = buildMail({ headers: { From: 'Microsoft Outlook <mailbox-quota@mail-storage-alert.example>' }, text: 'Your mailbox is almost full.' })
    expect((await symbolsOf(impostor)).has('BRAND_IMPERSONATION')).toBe(true)
    const instantWin = 'Premio: 1 set di pentole. La spedizione del premio è gratuita. Il promotore non ti chiederà in nessun caso pagamenti, spese di spedizione o dati di carte di pagamento.'
    expect((await symbolsOf(buildMail({ text: instantWin }))).has('PARCEL_LURE')).toBe(false)
    expect((await symbolsOf(buildMail({ text: 'Il tuo pacco è in giacenza: paga le spese di spedizione di 1,99 € su https://brt-consegne.example/p' }))).has('PARCEL_LURE')).toBe(true)
    const noLink = 'U heeft een nieuw bericht in uw Berichtenbox.\nOnderwerp: Beschikking verkeersboete\nIn deze e-mail staat bewust geen link. Log zelf in op MijnOverheid.'
    expect((await symbolsOf(buildMail({ text: noLink }))).has('FINE_LURE')).toBe(false)
    // the same words with a link to follow are the lure
    expect((await symbolsOf(buildMail({ text: 'Beschikking verkeersboete: betaal binnen 24 uur via https://cjib-betalen.example/b' }))).has('FINE_LURE')).toBe(true)
    // a data-breach notice tells of unauthorised access to the company's systems; the lure, to the reader's account
    for (const text of ['El 21 de marzo detectamos un acceso no autorizado a uno de los sistemas que utilizamos para gestionar los pedidos.', 'Nous avons détecté un accès non autorisé à nos systèmes.', 'Abbiamo rilevato un accesso non autorizzato ai nostri sistemi.', 'Detectámos um acesso não autorizado aos nossos sistemas.']) {
      expect((await symbolsOf(buildMail({ text }))).has('ACCOUNT_LURE'), text).toBe(false)
    }
    for (const text of ['Hemos detectado un acceso no autorizado a su cuenta.', 'Nous avons détecté une connexion non autorisée à votre compte.', 'Abbiamo rilevato un accesso non autorizzato al tuo conto.', 'Detectamos um acesso não autorizado na sua conta.']) {
      expect((await symbolsOf(buildMail({ text }))).has('ACCOUNT_LURE'), text).toBe(true)
    }
    // a lure does not hide behind warnings padded before it
    const padded = 'Non ti chiederemo mai spese di spedizione. '.repeat(12) + 'Il tuo pacco è in giacenza: paga le spese di spedizione di 1,99 € su https://brt-consegne.example/p'
    expect((await symbolsOf(buildMail({ text: padded }))).has('PARCEL_LURE')).toBe(true)
    // a French date ("le 3 mai") is no Italian "never"
    expect((await symbolsOf(buildMail({ text: 'Votre colis est en attente depuis le 3 mai : frais de livraison de 1,99 € à régler sur https://colis-relais.example/f' }))).has('PARCEL_LURE')).toBe(true)
  })
  it('ninth round: the investment lure wants two of an AI trading platform, a 250 deposit or a daily return, and the banks hiding it; a romance letter two of a profile seen, a widow or a mission abroad, an honest partner; a callback lure in other languages names the billing line of a charged renewal', async () => {
    const invest = [
      'Los bancos intentaron ocultarlo: Nexora Capital AI, una plataforma de inversión automatizada. Realice un depósito inicial de 250 €.',
      'Nieuwe AI-app laat Nederlanders €1.300 per dag verdienen: het handelsplatform handelt met kunstmatige intelligentie automatisch in bitcoin. De grote banken proberen het platform te weren.',
      "J'ai déposé le minimum, 250 €. Quantix Yield AI, une plateforme de trading automatisé, rapporte 2 % par jour.",
      'Unser KI-Handelssystem erzielt Renditen von 3 bis 7 Prozent pro Tag, mit einer Einzahlung von nur 250 Euro.',
    ]
    await expectRule('INVESTMENT_LURE', invest, true)
    const notInvest = [
      // an investment firm's report, a bank's product news, a crypto exchange's fees
      'Your portfolio returned 2.1 % this quarter. Our AI-assisted research platform now covers 250 more companies.',
      'Die Bank erklärt den neuen KI-Assistenten in der App: er beantwortet Fragen zu Ihrem Konto.',
      'Minimum deposit: 10 EUR. Trading fees from 0.1 %. Past performance is no guarantee of future results.',
    ]
    await expectRule('INVESTMENT_LURE', notInvest, false)
    const romance = [
      'I saw your profile on the Christian singles site. I am a US Army sergeant on a peacekeeping mission in Syria, a widower.',
      'Ik heb je profiel gezien en ik voelde meteen dat je een goede en eerlijke man bent. Ik ben weduwe.',
      "J'ai vu votre profil et votre sourire m'a touché. Je suis veuve et je travaille sur une plateforme pétrolière.",
      'Eu vi seu perfil e fiquei encantado com seu sorriso. Sou viúvo e estou em uma missão de paz.',
    ]
    await expectRule('DATING_LURE', romance, true)
    const notRomance = [
      'We saw your profile on LinkedIn and are looking for an honest and reliable partner for our logistics in Spain.',
      'Our condolences: the widow of our founder will open the new office. We saw your profile on LinkedIn and would like to invite you.',
    ]
    await expectRule('DATING_LURE', notRomance, false)
    const callback = [
      'Votre abonnement Norton 360 a été renouvelé. Montant débité 399,99 €. Si vous n\'êtes pas à l\'origine de ce renouvellement, contactez notre service facturation dans les 24 heures : ☎ 01 99 00 38 65',
      'Gracias por renovar su suscripción. El importe de 399,99 EUR se cargará en su método de pago. Si no ha autorizado esta renovación, póngase en contacto con nuestro Departamento de Facturación llamando al: +34 900 555 027',
    ]
    for (const text of callback) expect((await symbolsOf(buildMail({ headers: { From: 'Facturation <facturation.clients2025@gmail.com>' }, text }))).has('CALLBACK_LURE'), text).toBe(true)
    // a bank's genuine sign-in notice charges nothing: "call the number on your card" is no callback lure
    const notice = 'Registámos um novo acesso à sua conta a partir de um novo dispositivo. Se não reconhece essa operação, ligue para o número no verso do seu cartão ou para 0800 555 0110.'
    expect((await symbolsOf(buildMail({ text: notice }))).has('CALLBACK_LURE')).toBe(false)
  })
  it('ninth round: the brands of the seven languages\' countries are known, with their own domains and brand top-level domains', async () => {
    const lookalike = async (host: string) => (await symbolsOf(buildMail({ text: `Pagar ahora: https://${host}/pago?id=LY902146385CN` }))).get('LOOKALIKE_DOMAIN')
    for (const host of ['correos-envios-aduana.example', 'mbway-sibs-clientes.example', 'viaverde-portagens.example', 'iberdrola-clientes-es.example', 'telepass-pedaggi.example', 'bitvavo-verificatie.example']) expect(await lookalike(host), host).toBe(host)
    // the brands' own domains, and a brand top-level domain
    for (const host of ['www.correos.es', 'www.bancosantander.es', 'www.bnpparibasfortis.be', 'www.banco.bradesco', 'www.viaverde.pt']) expect(await lookalike(host), host).toBeUndefined()
    // a brand inside an ordinary name is no look-alike: Mendes Arruda holds "endesa", inessential "essent", interactive "interac"
    for (const host of ['www.mendesarruda.adv.br', 'inessential.com', 'www.interactive-kiosk.example']) expect(await lookalike(host), host).toBeUndefined()
    const named = async (from: string) => (await symbolsOf(buildMail({ headers: { From: from } }))).has('BRAND_IMPERSONATION')
    expect(await named('Banco Santander <avisos@bancosantander.es>')).toBe(false)
    expect(await named('Bradesco <comunicacao@banco.bradesco>')).toBe(false)
    expect(await named('HM Revenue & Customs <refunds@hmrc-gov-uk-refund.example>')).toBe(true)
  })
  it('tenth round: German and Dutch put the verb before the subject after an opening phrase, and the account lure is read so too', async () => {
    for (const text of ['Wegen einer offenen Zahlung wurde Ihr Konto gesperrt.', 'Aus Sicherheitsgründen wurde Ihre Karte vorübergehend gesperrt.', 'Om veiligheidsredenen is uw rekening tijdelijk geblokkeerd.']) {
      expect((await symbolsOf(buildMail({ text }))).has('ACCOUNT_LURE'), text).toBe(true)
    }
    expect((await symbolsOf(buildMail({ text: 'Wurde Ihr Konto wirklich schon eröffnet? Die Karte ist unterwegs.' }))).has('ACCOUNT_LURE')).toBe(false)
  })
  it('tenth round: a From domain without a dot is nobody\'s own, not even the brand whose name it is', async () => {
    const named = async (from: string) => (await symbolsOf(buildMail({ headers: { From: from } }))).has('BRAND_IMPERSONATION')
    for (const from of ['Banco.Bradesco <229593@bradesco>', 'Correios <notificacao024041@correios>']) expect(await named(from), from).toBe(true)
    for (const from of ['Bradesco <comunicacao@bradesco.com.br>', 'Correios <aviso@correios.com.br>']) expect(await named(from), from).toBe(false)
  })
  it('tenth round: a subject that says what its closing number refers to is no random id (Reaction Commerce\'s templates showed it)', async () => {
    const endsInId = async (subject: string) => (await symbolsOf(buildMail({ headers: { Subject: subject } }))).has('SUBJECT_ENDS_IN_ID')
    for (const subject of ['Your order is confirmed - HL100015', 'Harbourline Outfitters: Refund confirmation - HA246682', 'DHL Express: Zahlung von Einfuhrabgaben zu Sendung 4829163750', 'Douanekosten te betalen voor je pakket CE482039117', 'Sua encomenda foi enviada - BR55120']) {
      expect(await endsInId(subject), subject).toBe(false)
    }
    // padding of the bulk mail of the 2000s still is
    for (const subject of ['Printer Cartridges as low as $1.21 each! 4533', 'Lose 22lbs in 3 weeks 83746']) expect(await endsInId(subject), subject).toBe(true)
  })
  it('tenth round: "you received this email because you created an order / were invited" is a transactional footer, not CLAIMS_NOT_SPAM', async () => {
    const claims = async (text: string) => (await symbolsOf(buildMail({ text }))).has('CLAIMS_NOT_SPAM')
    expect(await claims('You received this email because you created an order with Harbourline Outfitters. Questions or suggestions? Email us at support@harbourline.example')).toBe(false)
    expect(await claims('You received this email because you were invited to join a group in the store Harbourline Outfitters.')).toBe(false)
    expect(await claims('You received this email because you have registered your organization with us.')).toBe(false)
    expect(await claims('You are receiving this email because you registered at one of our partner sites. To be removed, reply REMOVE.')).toBe(true)
    expect(await claims('You are receiving this email because you signed up for our offers. To be removed from our list, reply with REMOVE.')).toBe(true)
  })
  it('tenth round: HMRC writes from tax.service.gov.uk (GOV.UK Notify), which is its own', async () => {
    const named = async (from: string) => (await symbolsOf(buildMail({ headers: { From: from } }))).has('BRAND_IMPERSONATION')
    expect(await named('HM Revenue and Customs <noreply@tax.service.gov.uk>')).toBe(false)
    for (const from of ['HMRC <noreply@tax.service.gov.uk.example.com>', 'HMRC <noreply@service-gov.uk>', 'HMRC <noreply@govuk-tax.example>']) expect(await named(from), from).toBe(true)
  })
  it('ninth round: a genuine prize notice without a link that says there is nothing to pay is no prize lure', async () => {
    const winner = async (text: string) => (await symbolsOf(buildMail({ text }))).has('PRIZE_LURE')
    expect(await winner('Herzlichen Glückwunsch! Sie haben gewonnen: einen Frühstückskorb. Für den Gewinn fallen selbstverständlich keine Kosten an, und wir brauchen von Ihnen weder Bankdaten noch sonstige Angaben.')).toBe(false)
    expect(await winner("Vous avez gagné 2 nuits à l'Hôtel du Doubs. Aucun frais ne vous sera demandé : répondez simplement à ce message.")).toBe(false)
    // the same words with a link elsewhere are the lure
    expect(await winner('Vous avez gagné 2 nuits. Aucun frais ne vous sera demandé. Réclamez votre prix : https://gagnant-concours.example/r')).toBe(true)
    expect(await winner('Herzlichen Glückwunsch! Sie haben gewonnen: ein iPhone 15. Bestätigen Sie Ihre Adresse und zahlen Sie nur den Versand.')).toBe(true)
  })
  it('eighth round: dating lures need a man sought and a self-introduction or bait; a contact address is a freemail one that is not the sender\'s, a recipient\'s or quoted; the attachment pointer wants a freemail sender, a short note, a document and money words; the forgotten mining account is a crypto lure', async () => {
    const dating = [
      'I am 21 years old, looking for a lover. Write to me!',
      'Good afternoon! I am a alone thoughtful lady in Moldova. Presently I am waiting for adequate dude. I am going to send to you my picture attached.',
      'Hallo, ich bin eine einsame Frau aus Riga und suche einen ehrlichen Mann. Ich kann dir meine Fotos schicken.',
      'Olá! Sou uma mulher solteira de 30 anos, procurando um homem sério. Posso enviar minhas fotos.',
      'Hi handsome, there are lonely women in your city waiting tonight. Looking for a real man? Join now.',
      // fifteenth round: her age in the other languages, also after her name
      'Hoi daar! Ik ben Jasmijn, 21 jaar, en momenteel zoek ik een leuke man die net zo avontuurlijk is.',
      'Ciao, ho 23 anni e cerco un uomo serio per una relazione vera.',
      "Bonjour, j'ai 29 ans et je cherche un homme sincère.",
      // eighteenth round: the spun words of today's kits ("miss", "top-quality man", "trying to find charming male")
      'I am solitary adorable Mistress from Moldova:) For now I am looking for top-quality man! I will reply to You my pictures)',
      'Now I am trying to find charming male from USA! What State are You from? I am going to reply to You my photo attached.',
    ]
    await expectRule('DATING_LURE', dating, true)
    const notDating = [
      "I'm a woman engineer with ten years in logistics, and I have attached my portfolio.",
      'We are looking for a good man or woman for the warehouse night shift: see the job ad.',
      "I'm a freelance photographer: I'd be happy to send you my photos of the event by Friday.",
      'We are looking for a handyman for the office kitchen. I am a bit short of time this week.',
      // a word that ends in the seeking word is not seeking: "Besuche" (visit) holds "suche"
      'Am Freitag besuche ich einen Freund im Lager. Ich bin eine Frau der Tat: die Inventur ist bis Montag fertig.',
      // an age and a man, not a woman seeking one
      'Ho 35 anni di esperienza nel settore; cerco un tecnico per il cantiere di lunedì.',
      'Ich bin 45 Jahre im Betrieb. Wir suchen einen Mann oder eine Frau für das Lager.',
      'We are trying to find a male nurse for the night shift. I am a bit short of staff this month.',
      "I'm hoping to meet the new team lead on Monday; I'll send you my photos of the site afterwards.",
    ]
    await expectRule('DATING_LURE', notDating, false)

    const contact = [
      'Please contact the foundation at leeshaukee.foundation@gmail.com to receive your donation.',
      'Por favor, escreva para meu e-mail particular: jane.woody.pt@mail.com assim que ler esta mensagem.',
      'Bitte kontaktieren Sie uns über: garry.foundation2022@gmail.com',
      // the address as the object (eleventh round)
      'Sie haben eine Spende von 2 Millionen Euro. Bitte kontaktieren Sie spende2millionen@gmail.com für weitere Informationen',
      'Tenho uma oportunidade de negócio. Responda-me via: ms.joanna.liu29@gmail.com',
    ]
    await expectRule('CONTACT_FREEMAIL', contact, true)
    const own = async (text: string, headers: Record<string, string> = {}) => (await symbolsOf(buildMail({ text, headers }))).has('CONTACT_FREEMAIL')
    // the sender's own freemail address, a recipient's, a company address, a quoted line, a reply header
    expect(await own('Just reply to me at anna.berg@gmail.com, I am away from the office.', { From: 'Anna Berg <anna.berg@gmail.com>' })).toBe(false)
    expect(await own('Hi Bob, I wrote to you at bob.partner@gmail.com as well.', { To: 'Bob <bob.partner@gmail.com>' })).toBe(false)
    expect(await own('For questions contact us at support@acme-tools.example.')).toBe(false)
    expect(await own('Thanks, that works.\n\n> Please contact me at old.colleague@gmail.com\n> if anything changes.')).toBe(false)
    expect(await own('Sounds good.\n\nOn Mon, 3 May 2021 at 15:16, Jonathan Morton <chromatix99@gmail.com> wrote:\n> the queue is full')).toBe(false)

    const pdf = [{ filename: 'Protocolo-48213.pdf', contentType: 'application/pdf', content: '%PDF-1.4 x' }]
    const note = async (from: string, text: string, attachments = pdf) => (await symbolsOf(buildMail({ headers: { From: from }, text, attachments }))).has('LURE_IN_ATTACHMENT')
    expect(await note('Suporte <suporte.bb2231@gmail.com>', 'Seus 18.920 pontos expiram em 24 horas. Veja como resgatar no arquivo em anexo.')).toBe(true)
    expect(await note('Support <support.payout11@outlook.com>', 'Your balance is waiting: the attached PDF gives you access to your account.')).toBe(true)
    // a company's own address, no money words, no document, or a real letter are not the pointer
    expect(await note('Financeiro <financeiro@loja-azul.example>', 'Segue em anexo a fatura de maio. Pagamento até dia 10.')).toBe(false)
    expect(await note('Ana <ana.lima88@gmail.com>', 'Oi! As fotos da festa estão em anexo. Beijos')).toBe(false)
    expect(await note('Ana <ana.lima88@gmail.com>', 'Seu saldo: veja em anexo.', [{ filename: 'foto.jpg', contentType: 'image/jpeg', content: 'x' }])).toBe(false)
    expect(await note('Ana <ana.lima88@gmail.com>', 'Segue em anexo o comprovante do pagamento. ' + 'Conforme combinamos na reunião, o restante fica para o mês que vem. '.repeat(10))).toBe(false)

    const dormant = [
      'Your account already has 28,886$ hours later still',
      'It has been 364 days since you joined our platform. Your account has been accumulating bitcoin automatically. Please withdraw your funds immediately.',
      'We plan to block inactive accounts shortly. Please be aware that your balance will be reset upon blocking.',
      '11.334$ burn out in 24 hours',
    ]
    await expectRule('CRYPTO_LURE', dormant, true)
    // sextortion in any language: a wallet address beside two of its threats (trojan, camera, adult sites, your contacts)
    const sextortion = [
      'Ich habe einen Trojaner auf Ihrem Gerät installiert, der mir Zugriff auf Ihre Kamera und Ihr Mikrofon gibt. Ich schicke das Video an alle Ihre Kontakte. Überweisen Sie 1250 USD in Bitcoin an: bc1q7m4xk2e9zfw0t3rj8nq5c6yd4plh2sv0gk9u3a',
      'Instalé un troyano mientras visitabas un sitio web para adultos. Transfiere 1.350 USD a mi billetera: 1Kp8FzR3wQe7NvT2hXb6MdLa9JcYs4UgEo',
    ]
    for (const text of sextortion) expect((await symbolsOf(buildMail({ text }))).get('SEXTORTION'), text).toContain('wallet address')
    // an exchange's withdrawal notice with the address and a malware warning, and an account-hacked hint beside bitcoin, are not
    const withdrawal = 'Your withdrawal of 0.05 BTC to bc1qfmrcp4ehx6u4r8trj5dq4p00hhmzfyssqasg90 is complete. Beware of clipboard malware that swaps the address you paste.'
    expect((await symbolsOf(buildMail({ text: withdrawal }))).has('SEXTORTION')).toBe(false)
    expect((await symbolsOf(buildMail({ text: 'Pay in bitcoin to 1BGg1sb9gL7cL76ScJATzY8Lh73kr4A87T. If your account was hacked, reset your password.' }))).has('SEXTORTION')).toBe(false)
    // a loyalty programme's yearly reset and a miles statement are not lures
    for (const text of ['Your points balance will be reset to zero on 31 December: spend them before then.', 'Your account has accumulated 12,400 miles this year.', 'You can withdraw your funds at any time from the Payouts page.']) {
      expect((await symbolsOf(buildMail({ text }))).has('CRYPTO_LURE'), text).toBe(false)
    }
  })
  it('a transactional footer ("because you are the billing contact") is not CLAIMS_NOT_SPAM, nor is "update your payment method" PHISHING_WORDS; the bulk and lure wordings are', async () => {
    const stripeLike = 'Your invoice is paid: https://invoice.stripe.com/i/acct_1/inv_2\nYou can update your payment method at any time.\nYou are receiving this email because you are the billing contact for Green Leaf Cafe.'
    const syms = await symbolsOf(buildMail({ text: stripeLike }))
    expect(syms.has('PHISHING_WORDS')).toBe(false)
    expect(syms.has('CLAIMS_NOT_SPAM')).toBe(false)
    expect((await symbolsOf(buildMail({ text: 'You received this e-mail because you have accepted an offer of employment with Fernhill Logistics.' }))).has('CLAIMS_NOT_SPAM')).toBe(false)
    expect((await symbolsOf(buildMail({ text: 'You are receiving this email because you opted in at our website. To unsubscribe, reply REMOVE.' }))).has('CLAIMS_NOT_SPAM')).toBe(true)
    expect((await symbolsOf(buildMail({ text: 'Your payment was declined. Update your payment details within 24 hours: https://billing-fix.example.net' }))).has('PHISHING_WORDS')).toBe(true)
  })
  it('twenty-sixth round: a failed-payment notice whose only links lead to its payment service\'s page (billing.stripe.com, pay.gocardless.com) is neither PHISHING_WORDS, ACCOUNT_LURE nor CREDENTIAL_REQUEST, nor HTML_ONLY or HTML_ONLY_LINKS_ELSEWHERE; the same words leading to a page of its own are', async () => {
    const dunning = (href: string, words: string) => buildMail({
      headers: { From: 'Acme Billing <billing@acmeapp.example>' },
      html: `<p>Hi Maria,</p><p>Your payment of $49.00 to Acme failed. ${words}</p><p><a href="${href}">Update payment details</a></p><p>Thanks, the Acme team</p>`,
    })
    const asks = ['PHISHING_WORDS', 'ACCOUNT_LURE', 'CREDENTIAL_REQUEST', 'HTML_ONLY', 'HTML_ONLY_LINKS_ELSEWHERE']
    const fired = async (href: string, words: string) => [...(await symbolsOf(dunning(href, words))).keys()].filter((n) => asks.includes(n))
    for (const href of ['https://billing.stripe.com/p/session/live_a1b2', 'https://pay.gocardless.com/flow/RE0001', 'https://acmeapp.chargebee.com/portal/v2/login', 'https://app.acmeapp.example/billing']) {
      expect(await fired(href, 'Update your payment details to avoid an interruption of your service.'), href).toEqual([])
      expect(await fired(href, 'Your subscription has been suspended. Bitte bestätigen Sie Ihre Kartendaten.'), href).toEqual([])
    }
    // a page of the lure's own, a look-alike of the payment service, and a payment page among links elsewhere
    for (const href of ['https://billing-stripe.example.net/p/session', 'https://stripe.com.billing-update.example.net/']) {
      expect(await fired(href, 'Update your payment details to avoid an interruption of your service.'), href).toEqual(expect.arrayContaining(['PHISHING_WORDS', 'HTML_ONLY', 'HTML_ONLY_LINKS_ELSEWHERE']))
      expect(await fired(href, 'Your subscription has been suspended. Bitte bestätigen Sie Ihre Kartendaten.'), href).toEqual(expect.arrayContaining(['ACCOUNT_LURE', 'CREDENTIAL_REQUEST']))
    }
    const mixed = buildMail({ headers: { From: 'Acme Billing <billing@acmeapp.example>' }, html: '<p>Update your payment details: <a href="https://billing.stripe.com/p/x">Stripe</a> or <a href="https://acme-billing.example.net/">here</a>.</p>' })
    expect((await symbolsOf(mixed)).has('PHISHING_WORDS')).toBe(true)
  })
  it('twenty-seventh round: a failed-payment notice without a link that sends the reader to their account on their own is neither PHISHING_WORDS nor CREDENTIAL_REQUEST nor ACCOUNT_LURE (seven languages); with a link elsewhere it is, and a lure that asks for the details by reply still is', async () => {
    const asks = ['PHISHING_WORDS', 'CREDENTIAL_REQUEST', 'ACCOUNT_LURE']
    const fired = async (text: string, attach?: boolean) =>
      [...(await symbolsOf(buildMail({ headers: { From: 'Acme Billing <billing@acmeapp.example>' }, text, ...(attach ? { attachments: [{ filename: 'invoice.html', contentType: 'text/html', content: '<p>pay</p>' }] } : {}) }))).keys()].filter((n) => asks.includes(n))
    const genuine = [
      'We could not charge your card. Please update your card details to keep your account active: sign in to your Acme account and open Settings > Billing.',
      'Die Abbuchung ist fehlgeschlagen. Bitte bestätigen Sie Ihre Kartendaten in Ihrem Kundenkonto.',
      'Uw betaling is mislukt. Bevestig uw kaartgegevens in uw account.',
      'O pagamento foi recusado. Confirme os dados do seu cartão: acesse sua conta no nosso site.',
      'No hemos podido cobrar tu suscripción. Confirma los datos de tu tarjeta en tu área de cliente.',
      'Votre paiement a échoué. Confirmez les informations de votre carte bancaire dans votre espace client.',
      'Il pagamento non è andato a buon fine. Confermi i dati della sua carta nella sua area personale.',
    ]
    for (const text of genuine) {
      expect(await fired(text), text).toEqual([])
      // the same words with a link elsewhere, or with an attached page, are the lure
      expect((await fired(`${text} https://acme-billing-verify.example.net/card`)).length, text).toBeGreaterThan(0)
      expect((await fired(text, true)).length, text).toBeGreaterThan(0)
    }
    for (const text of [
      'Your account has been suspended. To verify your account, reply to this email with your username, password and card number.',
      'Ihr Konto wurde gesperrt. Bitte bestätigen Sie Ihre Kartendaten, indem Sie auf diese E-Mail mit Kartennummer und Ablaufdatum antworten.',
      'Sua conta foi bloqueada. Confirme os dados do seu cartão respondendo a este e-mail com o número e a senha.',
      // money paid "na sua conta" (into the account) is no way to the account
      'Sua conta foi bloqueada. Confirme os dados do seu cartão; o valor cai na sua conta após a confirmação.',
    ]) expect((await fired(text)).length, text).toBeGreaterThan(0)
  })
  it('BODY_SHOUTING and HTML_UPPERCASE_TAGS: "Free shipping", one "!" and lower-case HTML are ordinary', async () => {
    const quiet = await symbolsOf(buildMail({ text: 'Free shipping on orders over 50 EUR! FREE-standing lamps are back.', html: '<html><body><p><font size="2">Free shipping</font></p></body></html>' }))
    expect(quiet.has('BODY_SHOUTING')).toBe(false)
    expect(quiet.has('HTML_UPPERCASE_TAGS')).toBe(false)
  })
  it('the admin extends the host lists in [lists]', async () => {
    const e = createEngine({ ...RULES_ONLY, lists: { shorteners: ['go.example.net'], redirectors: [], free_hosting: ['pages.example.org'], ipfs_gateways: [], image_hosts: ['pics.example.net'], esp_tracking: [], esp_bounce: ['bounces.esp.example'] } })
    const r = await e.score(buildMail({ text: 'see https://go.example.net/x and https://a.pages.example.org/y', html: '<img src="https://u1.pics.example.net/a.png"><p>see the links</p>' }), FACTS)
    expect(r.symbols.map((s) => s.name)).toEqual(expect.arrayContaining(['URL_SHORTENER', 'URI_FREE_HOSTING', 'HTML_IMAGE_FREE_HOST']))
    const viaEsp = await e.score(buildMail(), { mailFrom: 'b-123@mta7.bounces.esp.example', rcptTo: ['bob@partner.example.org'] })
    expect(viaEsp.symbols.map((s) => s.name)).not.toContain('ENVELOPE_FROM_MISMATCH')
  })
  it('twenty-sixth round: [lists] payment_pages adds the admin\'s payment service: a failed-payment notice whose link leads there is neither PHISHING_WORDS nor HTML_ONLY; without the key it is, and a bad host is a ConfigError naming lists.payment_pages', async () => {
    const settings = readEngineSettings(parseIni('[lists]\npayment_pages = pay.billing-provider.example\n', 'outpost_policy.ini'))
    expect(settings.lists.payment_pages).toEqual(['pay.billing-provider.example'])
    const notice = buildMail({
      headers: { From: 'Acme Billing <billing@acmeapp.example>' },
      html: '<p>Hi Maria,</p><p>Your payment of $49.00 to Acme failed. Update your payment details to avoid an interruption of your service.</p><p><a href="https://pay.billing-provider.example/s/1a2b">Update payment details</a></p>',
    })
    const asked = async (e: ReturnType<typeof createEngine>) => (await e.score(notice, FACTS)).symbols.map((x) => x.name).filter((n) => ['PHISHING_WORDS', 'HTML_ONLY', 'HTML_ONLY_LINKS_ELSEWHERE'].includes(n))
    expect(await asked(createEngine({ ...RULES_ONLY, lists: settings.lists }))).toEqual([])
    expect(await asked(createEngine(RULES_ONLY))).toEqual(['PHISHING_WORDS', 'HTML_ONLY', 'HTML_ONLY_LINKS_ELSEWHERE'])
    expect(() => readEngineSettings(parseIni('[lists]\npayment_pages = https://pay.example/x\n', 'outpost_policy.ini'))).toThrow(/lists\.payment_pages/)
  })
  it('ENVELOPE_FROM_MISMATCH: an organisation\'s mail through an e-mail service provider has the provider\'s bounce domain as envelope; a freemail sender\'s has not', async () => {
    for (const mailFrom of ['0100018f3a2b4c5d-6e7f-4a8b@eu-west-1.amazonses.com', 'bounce-mc.us21_123.456-bob=partner.example.org@mail123.suw11.mcdlv.net', 'bounces+4829-ab12@sendgrid.net', 'pm_bounces@pm.mtasv.net']) {
      expect((await symbolsOf(buildMail(), { mailFrom, rcptTo: ['bob@partner.example.org'] })).has('ENVELOPE_FROM_MISMATCH'), mailFrom).toBe(false)
    }
    const freemail = await symbolsOf(buildMail({ headers: { From: 'Jan <jan.devries@gmail.com>' } }), { mailFrom: 'bounces+4829-ab12@sendgrid.net', rcptTo: ['bob@partner.example.org'] })
    expect(freemail.get('ENVELOPE_FROM_MISMATCH')).toBe('sendgrid.net vs gmail.com')
  })
})

describe('each rule', () => {
  it('every rule in RULES has a crafted case here (or is a classifier/informational symbol)', () => {
    const covered = new Set([...CASES.map((c) => c[0]), 'GTUBE', 'SCAN_TRUNCATED', 'BAYES_SKIPPED', 'CLASSIFIER_CAP'])
    const missing = RULES.filter((r) => !covered.has(r.name) && !r.name.startsWith('BAYES_') && !r.name.startsWith('LR_')).map((r) => r.name)
    expect(missing).toEqual([])
  })
  for (const [name, build, facts, evidence] of CASES) {
    it(`${name} fires on its crafted message`, async () => {
      const syms = await symbolsOf(build(), facts)
      expect([...syms.keys()]).toContain(name)
      if (evidence) expect(syms.get(name)).toContain(evidence)
    })
  }
  it('DATE_MISSING_TZ: a numeric or named zone (with or without a comment) is a zone; an unparsable date is INVALID_DATE only', async () => {
    for (const Date of ['Wed, 17 Jul 2002 19:09:57 +0200', 'Wed, 17 Jul 2002 19:09:57 -0700 (PDT)', 'Wed, 17 Jul 2002 19:09:57 GMT', '17 Jul 2002 19:09 EST']) {
      expect([...(await symbolsOf(buildMail({ headers: { Date } }))).keys()]).toEqual(['BAYES_SKIPPED', 'LR_SKIPPED'])
    }
    const syms = await symbolsOf(buildMail({ headers: { Date: 'yesterday at noon' } }))
    expect(syms.has('INVALID_DATE') && !syms.has('DATE_MISSING_TZ')).toBe(true)
  })
  it('SUBJECT_8BIT_UNENCODED: a raw UTF-8 subject (RFC 6532) is valid mail; raw Latin-1 bytes are not', async () => {
    const utf8 = Buffer.from('From: a@example.com\r\nSubject: Bitte bestätigen Sie Ihre E-Mail-Adresse\r\n\r\nhello there friend\r\n', 'utf8')
    expect((await symbolsOf(utf8)).has('SUBJECT_8BIT_UNENCODED')).toBe(false)
    const latin1 = Buffer.from('From: a@example.com\r\nSubject: Bitte bestätigen Sie Ihre E-Mail-Adresse\r\n\r\nhello there friend\r\n', 'latin1')
    expect((await symbolsOf(latin1)).has('SUBJECT_8BIT_UNENCODED')).toBe(true)
  })
  it('XMAILER_RANDOM stays silent on real program names and on plain words', async () => {
    for (const mailer of ['Microsoft Outlook Express 6.00.2600.0000', 'Mozilla 4.79 [en] (Windows NT 5.0; U)', 'MIME::Lite 1.3', 'Thunderbird', 'PHPMailer6', 'SomeMailer2000']) {
      expect((await symbolsOf(buildMail({ headers: { 'X-Mailer': mailer } }))).has('XMAILER_RANDOM')).toBe(false)
    }
  })
  it('FREEMAIL_REPLY_TO_OTHER stays silent on the same mailbox name at another provider, on a company sender and on a freemail Reply-To of a company (REPLY_TO_FREEMAIL\'s)', async () => {
    const quiet: Array<Record<string, string>> = [
      { From: 'Jan de Vries <jan.devries@gmail.com>', 'Reply-To': 'Jan de Vries <Jan.DeVries@outlook.com>' },
      { From: 'Jan de Vries <jan.devries@gmail.com>', 'Reply-To': 'jan.devries@gmail.com' },
      { From: 'Alice <alice@example.com>', 'Reply-To': 'sales@example.com' },
    ]
    for (const headers of quiet) expect((await symbolsOf(buildMail({ headers }))).has('FREEMAIL_REPLY_TO_OTHER'), headers['Reply-To']).toBe(false)
    const company = await symbolsOf(buildMail({ headers: { From: 'Alice <alice@example.com>', 'Reply-To': 'alice.example.ceo@gmail.com' } }))
    expect(company.has('REPLY_TO_FREEMAIL') && !company.has('FREEMAIL_REPLY_TO_OTHER')).toBe(true)
  })
  it('TO_RECIPIENTS_PLACEHOLDER stays silent on a person or a group named Recipients of more than one address, and on undisclosed-recipients:;', async () => {
    for (const to of ['Bob Partner <bob@partner.example.org>', '"Recipients Team" <team@example.com>', 'Recipients <a@example.com>, Recipients <b@example.com>', 'undisclosed-recipients:;']) {
      expect((await symbolsOf(buildMail({ headers: { To: to } }))).has('TO_RECIPIENTS_PLACEHOLDER'), to).toBe(false)
    }
    // "Undisclosed Recipients" over an address is TO_UNDISCLOSED's
    const undisclosed = await symbolsOf(buildMail({ headers: { To: '"Undisclosed Recipients" <me@example.com>' } }))
    expect(undisclosed.has('TO_UNDISCLOSED') && !undisclosed.has('TO_RECIPIENTS_PLACEHOLDER')).toBe(true)
  })
  it('MISSING_MESSAGE_ID: the Message-ID Gmail writes for a message that came without one counts as none; its bounces and web mail are its own', async () => {
    for (const mid of ['<63e8eea5.a70a0220.ba1d3.50efSMTPIN_ADDED_MISSING@mx.google.com>', '<65039048.a70a0220.ab2d4.7440@mx.google.com>']) {
      expect((await symbolsOf(buildMail({ headers: { 'Message-ID': mid } }))).get('MISSING_MESSAGE_ID'), mid).toContain('written by the server')
    }
    for (const mid of ['<5e598a38.1c69fb81.21445.49b8.GMR@mx.google.com>', '<CAEPsAb8GO6R0kECTYgnExiNPG8D82Yerj9o2e0ZxzvE97Fa_jw@mail.gmail.com>', '<20250114.abc123@mx.example.com>']) {
      expect((await symbolsOf(buildMail({ headers: { 'Message-ID': mid } }))).has('MISSING_MESSAGE_ID'), mid).toBe(false)
    }
  })
  it('XMAILER_FORGED_OUTLOOK stays silent on the headers Outlook, Outlook Express and Windows Mail write beside their name, and on the Mac programs that write neither', async () => {
    const genuine: Array<Record<string, string>> = [
      { 'X-Mailer': 'Microsoft Outlook 16.0', 'Thread-Index': 'AQHZ3k1Xr2pYbq0s7E2uLw5nJ4Cw0g==' },
      { 'X-Mailer': 'Microsoft Office Outlook 12.0', 'Thread-Index': 'AcSg4Wls/1uX1Fa0Q4apuZMmesL9gQ==' },
      { 'X-Mailer': 'Microsoft Outlook Express 6.00.2900.5512', 'X-MimeOLE': 'Produced By Microsoft MimeOLE V6.00.2900.5512' },
      { 'X-Mailer': 'Microsoft Windows Live Mail 15.4.3555.308', 'X-MimeOLE': 'Produced By Microsoft MimeOLE V15.4.3555.308' },
      { 'X-Mailer': 'Microsoft Outlook Express Macintosh Edition - 5.01 (1630)' },
      { 'X-Mailer': 'Microsoft-MacOutlook/16.78.23081600' },
      { 'X-Mailer': 'Apple Mail (2.3774.500.171.1.1)' },
    ]
    for (const headers of genuine) expect((await symbolsOf(buildMail({ headers }))).has('XMAILER_FORGED_OUTLOOK'), headers['X-Mailer']).toBe(false)
    // the name of Outlook Express and of Outlook 2002 without the header beside it: the bulk tools of 2002 and of today
    for (const mailer of ['Microsoft Outlook Express 6.00.2600.0000', 'Microsoft Outlook, Build 10.0.2627', 'Microsoft Windows Mail 6.0.6000.16386']) {
      expect((await symbolsOf(buildMail({ headers: { 'X-Mailer': mailer } }))).get('XMAILER_FORGED_OUTLOOK'), mailer).toBe(mailer)
    }
  })
  it('an executable hidden as .pdf with Windows executable content is still caught', async () => {
    const syms = await symbolsOf(buildMail({ attachments: [{ filename: 'scan.pdf', content: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0]) }] }))
    expect(syms.get('EXECUTABLE_ATTACHMENT')).toContain('Windows executable content')
  })
  it('display name with an address of the same organisation is not a spoof', async () => {
    const syms = await symbolsOf(buildMail({ headers: { From: '"alice@example.com" <alice@mail.example.com>' } }))
    expect(syms.has('FROM_DISPLAY_NAME_SPOOF')).toBe(false)
  })
  it('link text naming the same organisation as the href is not a mismatch', async () => {
    const syms = await symbolsOf(buildMail({ text: 'x', html: '<a href="https://login.example.com/a">www.example.com</a>' }))
    expect(syms.has('HTML_LINK_TEXT_MISMATCH')).toBe(false)
  })
  it('a score override from settings is what the symbol carries', async () => {
    const e = createEngine({ ...RULES_ONLY, scores: { ...RULES_ONLY.scores, URL_SHORTENER: 4.25 } })
    const r = await e.score(buildMail({ text: 'https://bit.ly/x1' }), FACTS)
    expect(r.symbols.find((s) => s.name === 'URL_SHORTENER')?.score).toBe(4.25)
    expect(r.score).toBe(4.25)
  })
})

describe('[brands]: the admin\'s brands (src/engine/rules/brands.ts)', () => {
  const withBrands = createEngine({ ...RULES_ONLY, brands: { 'sparkasse nordheim': ['sparkasse-nordheim.de'], caf: ['mail.caf.example'], nordwerk: ['nw.example'], 'elbe energie': ['elbe-energie.de'] } })
  const names = async (engine: typeof withBrands, from: string, text = 'Guten Tag, bitte lesen Sie die neue Nachricht in Ihrem Postfach.') =>
    (await engine.score(buildMail({ headers: { From: from }, text }), { mailFrom: 'x@corp.example', rcptTo: ['y@partner.example'] })).symbols.map((s) => s.name)
  const shipped = createEngine(RULES_ONLY)
  it('a new brand named in a display name from another domain is BRAND_IMPERSONATION; from its own domain it is not', async () => {
    expect(await names(withBrands, 'Sparkasse Nordheim <alerts@secure-mail.example>')).toContain('BRAND_IMPERSONATION')
    expect(await names(withBrands, 'Sparkasse  Nordheim – Online-Banking <alerts@secure-mail.example>')).toContain('BRAND_IMPERSONATION')
    expect(await names(withBrands, 'Sparkasse Nordheim <noreply@mail.sparkasse-nordheim.de>')).not.toContain('BRAND_IMPERSONATION')
    // without the line the name is nobody's (the shipped "sparkasse" members' rule aside)
    expect(await names(shipped, 'Nordwerk <alerts@secure-mail.example>')).not.toContain('BRAND_IMPERSONATION')
    expect(await names(withBrands, 'Nordwerk <alerts@secure-mail.example>')).toContain('BRAND_IMPERSONATION')
  })
  it('a host holding the first domain\'s name is LOOKALIKE_DOMAIN; a name of fewer than 5 letters is matched in display names only', async () => {
    const link = (host: string) => `Ihre Abrechnung: https://${host}/de/rechnung`
    expect(await names(shipped, 'Kundenservice <service@corp.example>', link('elbeenergie-kundenportal.example'))).not.toContain('LOOKALIKE_DOMAIN')
    expect(await names(withBrands, 'Kundenservice <service@corp.example>', link('elbeenergie-kundenportal.example'))).toContain('LOOKALIKE_DOMAIN')
    expect(await names(withBrands, 'Kundenservice <service@corp.example>', link('www.elbe-energie.de'))).not.toContain('LOOKALIKE_DOMAIN')
    expect(await names(withBrands, 'Kundenservice <service@corp.example>', link('www.sparkasse-nordheim.de'))).not.toContain('LOOKALIKE_DOMAIN')
    expect(await names(withBrands, 'Kundenservice <service@corp.example>', 'Bitte bestätigen: https://nw-login.example/de')).not.toContain('LOOKALIKE_DOMAIN')
  })
  it('a shipped brand\'s name adds the domains to it: its genuine mail from them is no impersonation, elsewhere it still is', async () => {
    expect(await names(shipped, 'Caf <ne-pas-repondre@mail.caf.example>')).toContain('BRAND_IMPERSONATION')
    expect(await names(withBrands, 'Caf <ne-pas-repondre@mail.caf.example>')).not.toContain('BRAND_IMPERSONATION')
    expect(await names(withBrands, 'Caf <ne-pas-repondre@caf.fr>')).not.toContain('BRAND_IMPERSONATION')
    expect(await names(withBrands, 'Caf <ne-pas-repondre@caf-aides.example>')).toContain('BRAND_IMPERSONATION')
    // the other names of that shipped brand keep their domains too
    expect(await names(withBrands, 'Ameli <ne-pas-repondre@ameli.fr>')).not.toContain('BRAND_IMPERSONATION')
  })
})

describe('issue 10, sixteenth round: more languages for the fine, parcel, transfer and dating lures; the small l for I', () => {
  const syms = async (text: string, headers: Record<string, string> = {}) => await symbolsOf(buildMail({ text, headers }))
  it('SMALL_L_FOR_I reads a small l among capitals in the subject or the sender\'s name, not chemistry, brand spellings or ordinary words', async () => {
    expect((await syms('see attached', { From: '"*SALE VlAGRA+ClALlS*" <ex.pharmacy@mailer.example.net>' })).get('SMALL_L_FOR_I')).toBe('VlAGRA')
    expect((await syms('Fill in the form.', { Subject: 'lRS.GOV: Tax refund available' })).has('SMALL_L_FOR_I')).toBe(true)
    for (const Subject of ['Add 2 ml HCl to the NaCl solution', 'AlCl3 and TlBr samples', 'New iOS and macOS builds', 'KLM flight AF1234 to CDG', 'All hands: URL and ACL changes', 'DEAL closed']) {
      expect((await syms('Regards, Ana', { Subject })).has('SMALL_L_FOR_I'), Subject).toBe(false)
    }
    // the text is not read: base64 and keys have such runs
    expect((await syms('-----BEGIN PGP SIGNATURE-----\niQEzBAEBCAAdFiEElEAAqZ7lRSTv\n')).has('SMALL_L_FOR_I')).toBe(false)
  })
  it('PUNCTUATION_GLUED: a hyphen glued to the first word, two dots joining words; not an ellipsis, an abbreviation, a domain or a dash', async () => {
    for (const Subject of ['-Albert-Heijn Cadeaucentrum!', 'Payment..Declined', 'Fwd: -Einde aan voetpijn? Nu met 70% korting!']) {
      expect((await syms('Regards', { Subject })).has('PUNCTUATION_GLUED'), Subject).toBe(true)
    }
    expect((await syms('Regards', { From: '"-leukste memory spel van Nederland" <news@mailer.example.net>' })).has('PUNCTUATION_GLUED')).toBe(true)
    for (const Subject of ['Wait... the minutes are attached', 'Notes from the meeting - e.g. budget, i.e. Q3', 'Re: example.com renewal', '- Draft agenda -', 'Q3 figures -- final', 'Re: -5 % on the quote']) {
      expect((await syms('Regards', { Subject })).has('PUNCTUATION_GLUED'), Subject).toBe(false)
    }
  })
  it('FINE_LURE: the unpaid toll and the points on the driving licence in seven languages; ordinary talk of tolls and licences is none', async () => {
    const lures = [
      'Risulta un pedaggio non pagato sulla A1. Regolarizza entro 48 ore.',
      'Tiene peajes pendientes de pago en la AP-7.',
      'Vous avez un péage impayé sur l\'A13.',
      'Existem portagens em dívida associadas à sua matrícula.',
      'Sua CNH poderá ser suspensa: infração com pontuação grave em sua CNH.',
      'Rischi la sospensione della patente e la perdita di punti sulla patente.',
      'Sie erhalten zwei Punkte in Flensburg.',
      'Uw rijbewijs wordt ingevorderd als u niet betaalt.',
      'Dit is een dwangbevel van de Belastingdienst.',
      'Your driving licence will be suspended unless the fine is paid.',
    ]
    for (const t of lures) expect((await syms(t)).has('FINE_LURE'), t).toBe(true)
    const ordinary = [
      'Il pedaggio è incluso nel rimborso spese della trasferta.',
      'Los peajes de la ruta están incluidos en el presupuesto.',
      'Please bring your driving licence to the rental desk.',
      'Die Punkte der Tagesordnung schicke ich morgen.',
    ]
    for (const t of ordinary) expect((await syms(t)).has('FINE_LURE'), t).toBe(false)
  })
  it('PARCEL_LURE: the parcel in storage (giacenza) and the postage due; BEC_REQUEST: the urgent transfer asked in six more languages', async () => {
    expect((await syms('Il tuo pacco è in giacenza presso il nostro deposito. Paga 1,99 € per la riconsegna.')).has('PARCEL_LURE')).toBe(true)
    expect((await syms('Uw pakket is onvoldoende gefrankeerd. Betaal het ontbrekende bedrag.')).has('PARCEL_LURE')).toBe(true)
    expect((await syms('Ihre Sendung wurde unzureichend frankiert; bitte Nachporto zahlen.')).has('PARCEL_LURE')).toBe(true)
    expect((await syms('O seu envio tem portes em falta.')).has('PARCEL_LURE')).toBe(true)
    expect((await syms('La giacenza media di magazzino è scesa del 4 %.')).has('PARCEL_LURE')).toBe(false)
    expect((await syms('Kun je vandaag nog een spoedbetaling uitvoeren? Ik zit in een vergadering.')).has('BEC_REQUEST')).toBe(true)
    expect((await syms('Ho bisogno che tu effettui un bonifico urgente a un nuovo fornitore.')).has('BEC_REQUEST')).toBe(true)
    expect((await syms('Necesito que realices una transferencia urgente hoy.')).has('BEC_REQUEST')).toBe(true)
    expect((await syms('Il bonifico è stato effettuato ieri, allego la contabile.')).has('BEC_REQUEST')).toBe(false)
    expect((await syms('Ieri ho effettuato un bonifico urgente al fornitore, allego la contabile.')).has('BEC_REQUEST')).toBe(false)
  })
  it('DATING_LURE: the man sought beside the serious relationship she offers; a job advertisement and a company\'s lasting customer relationship are neither', async () => {
    expect((await syms('Ik ben echt op zoek naar één man voor de ware liefde. Op zoek naar een serieuze relatie. Ontmoet mij nu')).has('DATING_LURE')).toBe(true)
    expect((await syms('Busca un hombre sincero. Quiero una relación seria contigo.')).has('DATING_LURE')).toBe(true)
    expect((await syms('Wir suchen einen zuverlässigen Mann für das Lager, ehrlich und pünktlich; wir pflegen eine langfristige Beziehung zu unseren Kunden.')).has('DATING_LURE')).toBe(false)
    expect((await syms('We are looking for a handy man for the warehouse. We build a long-term relationship with every client.')).has('DATING_LURE')).toBe(false)
    // the military doctor abroad is the romance letter's story, beside "your smile"
    expect((await syms('Sono un medico militare in missione. Il tuo sorriso mi ha colpito.')).has('DATING_LURE')).toBe(true)
  })
  it('CRYPTO_LURE: a wallet as the sender\'s name makes the mail about crypto; the withdrawal to cancel; the buyer found for an NFT', async () => {
    const firmware = 'A vulnerability has been identified in versions prior to 2.1.1. Install the firmware patch now.'
    expect((await syms(firmware, { From: 'Ledger Live <noreply@info.uni.example>' })).has('CRYPTO_LURE')).toBe(true)
    expect((await syms(firmware, { From: 'Printer Support <noreply@info.uni.example>' })).has('CRYPTO_LURE')).toBe(false)
    expect((await syms('A withdrawal of 0.52 BTC was requested from your account. If this was not you, cancel this withdrawal here: https://secure-btc.example/cancel')).has('CRYPTO_LURE')).toBe(true)
    // the exchange's own confirmation, from its own domain, with its app-store links
    const own = 'A withdrawal of 0.52 BTC was requested. If this was not you, cancel this withdrawal in your account: https://www.coinbase.com/settings. Get the app: https://apps.apple.com/app/coinbase/id886427730'
    expect((await syms(own, { From: 'Coinbase <no-reply@info.coinbase.com>' })).has('CRYPTO_LURE')).toBe(false)
    expect((await syms(own, { From: 'Coinbase <no-reply@coinbase-secure.example>' })).has('CRYPTO_LURE')).toBe(true)
    expect((await syms('Se não reconhece, pode cancelar esta transferência na app do banco: https://secure-bank.example/x')).has('CRYPTO_LURE')).toBe(false)
    expect((await syms('Potential buyer found for your digital collectible NFT_452296. Respond within 17 hours.')).has('CRYPTO_LURE')).toBe(true)
  })
})

describe('issue 10, twentieth round: DOCUMENT_LURE, the business-document notice that leads away (src/engine/rules/document.ts)', () => {
  const syms = async (parts: Parameters<typeof buildMail>[0]) => await symbolsOf(buildMail(parts))
  const fires = async (parts: Parameters<typeof buildMail>[0]) => (await syms(parts)).has('DOCUMENT_LURE')
  it('reads the notice in seven languages, beside a link into free hosting', async () => {
    const notices = [
      'Anna Schmidt shared a file with you: Q4 Invoice Payment.pdf',
      'Mark has sent you a secure document.',
      'You have a new voicemail (0:42) from +1 415 555 0142.',
      'Fax document received: 3 pages.',
      'Please review and sign the agreement.',
      'Remittance advice for the payment released today.',
      '2025 salary adjustment: review your new compensation.',
      'Peter Braun hat ein Dokument mit Ihnen geteilt.',
      'Sie haben eine neue Sprachnachricht erhalten (0:37).',
      'Jan de Vries heeft een document met u gedeeld.',
      'U heeft een nieuw voicemailbericht.',
      'Miguel Sousa partilhou um ficheiro consigo.',
      'Você tem uma nova mensagem de voz.',
      'Nerea ha compartido un documento contigo.',
      'Tiene un nuevo mensaje de voz.',
      'Sophie Lambert a partagé un fichier avec vous.',
      'Vous avez un nouveau message vocal.',
      'Luca ha condiviso un documento con te.',
      'Hai un nuovo messaggio vocale.',
    ]
    for (const notice of notices) expect(await fires({ text: `${notice}\nOpen: https://docs-view-8f2a.pages.dev/open` }), notice).toBe(true)
  })
  it('reads where the action leads: IPFS, a shortener, an abused TLD, a bare IP, a WordPress or .well-known system folder, a host dressed as SharePoint or a brand, an attached web page', async () => {
    const text = (url: string) => `Anna Schmidt shared a file with you.\nQ4 Invoice Payment.pdf\nOpen: ${url}`
    const away: Array<[string, string]> = [
      ['https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi', 'ipfs.io'],
      ['https://bit.ly/3xQ4inv', 'bit.ly'],
      ['https://harbor-docs.click/view', 'harbor-docs.click'],
      ['http://203.0.113.50/share/q4', '203.0.113.50'],
      ['https://www.brightsmiledental.com.au/wp-includes/js/share/index.html', "a site's system folder"],
      ['https://www.brightsmiledental.com.au/.well-known/doc/view', "a site's system folder"],
      ['https://harborlogistics-my.sharepoint-docs.net/:b:/g/personal/anna', 'dressed as a document service'],
      ['https://docusign-review-center.net/sign', 'look-alike'],
      // (twenty-seventh round) dressed as an e-signature service
      ['https://acrobat-sign-docs.net/agreement', 'dressed as a document service'],
      ['https://pandadoc-review.net/d/4821', 'dressed as a document service'],
    ]
    for (const [url, evidence] of away) expect((await syms({ text: text(url) })).get('DOCUMENT_LURE'), url).toContain(evidence)
    const page = await syms({ text: 'You have a new voicemail (0:42). Open the attached recording to listen.', attachments: [{ filename: 'VM_Playback_0323.htm', contentType: 'text/html', content: '<form></form>' }] })
    expect(page.get('DOCUMENT_LURE')).toContain('attached VM_Playback_0323.htm')
  })
  it('leaves the genuine notices alone: the service\'s own links, the sender\'s own site, the recording or the PDF attached, a sharing or form service', async () => {
    const genuine: Array<Parameters<typeof buildMail>[0]> = [
      // SharePoint's own notice, to the tenant (also in the sovereign clouds)
      { headers: { From: 'Anna Schmidt <no-reply@sharepointonline.com>' }, text: 'Anna Schmidt shared a file with you.\nOpen: https://harborlogistics.sharepoint.com/:x:/s/finance/EaBcD123' },
      { text: 'Anna Schmidt shared a file with you.\nOpen: https://harborlogistics-my.sharepoint.us/:x:/g/personal/anna' },
      // a colleague's share by Google Docs, Dropbox, WeTransfer
      { text: 'I have shared the document with you: https://docs.google.com/document/d/1AbCdEf/edit' },
      { text: 'I have sent you the files: https://db.tt/a8Fq2 and https://we.tl/t-8f2aBcD' },
      // Adobe's own Acrobat Sign page and a PandaDoc document on PandaDoc's own host
      { text: 'Anna Schmidt sent you a contract to sign.\nReview and sign: https://secure.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhB' },
      { headers: { From: 'PandaDoc <docs@pandadoc.net>' }, text: 'Anna Schmidt shared a document with you.\nOpen: https://app.pandadoc.com/document/v2?token=8f2a' },
      // the sender's own site (an IT department's portal, a firm's own document portal)
      { headers: { From: 'IT Helpdesk <it@harbor-logistics.com>' }, text: 'You have a new voicemail. Listen: https://pbx.harbor-logistics.com/vm/123' },
      // the telephone system attaches the recording, the accounts department the PDF
      { text: 'You have a new voicemail (0:42) from +1 415 555 0142.', attachments: [{ filename: 'vm_0415550142.wav', contentType: 'audio/wav', content: 'RIFF....WAVEfmt ' }] },
      { text: 'Please find attached the remittance advice for payment #4821.', attachments: [{ filename: 'remittance-4821.pdf', contentType: 'application/pdf', content: '%PDF-1.4 test' }] },
      // HR's own survey form, a brochure among another firm's WordPress uploads, a telephone system on the office network
      { text: '2025 salary review: please fill in the self-assessment at https://forms.office.com/r/Ab12Cd34' },
      { text: 'Remittance advice and our terms: https://www.partner-firm.com/wp-content/uploads/2025/05/terms.pdf' },
      { text: 'You have a new voicemail. Listen: https://192.168.10.20/voicemail/123' },
      // a free-hosted site without a notice of a document
      { text: 'Our new menu is online: https://harbor-bakery.weebly.com/' },
    ]
    for (const parts of genuine) expect(await fires(parts), parts.text).toBe(false)
  })
  it('is not read in a lure reported to IT (forwarded and asked about, or attached whole) nor in a delivery report', async () => {
    const forwarded = 'Hi IT, is this real? I did not expect a file from her.\n\n---------- Forwarded message ---------\nFrom: Anna Schmidt <anna@harbor-logistics.com>\nSubject: Q4 Invoice\n\nAnna Schmidt shared a file with you.\nOpen: https://harborlogistics-docs.weebly.com/'
    expect(await fires({ headers: { Subject: 'Fwd: Q4 Invoice' }, text: forwarded })).toBe(false)
    const attachedWhole = await syms({ text: 'Hi IT, I received the attached voicemail notice. Is it genuine?', attachments: [{ filename: 'New voicemail.eml', contentType: 'message/rfc822', content: 'Subject: New voicemail\r\n\r\nYou have a new voicemail.\r\n' }, { filename: 'VM_Playback.htm', contentType: 'text/html', content: '<form></form>' }] })
    expect(attachedWhole.has('DOCUMENT_LURE')).toBe(false)
  })
  it('reads an invoice or a purchase order in the seven languages whose document is an attached web page; a shop\'s invoice on its platform and an invoice attached as PDF are genuine', async () => {
    const page = [{ filename: 'Document_Securise.html', contentType: 'text/html', content: '<form></form>' }]
    for (const text of ['Please find attached invoice INV-2024-1187, due on receipt.', 'Anbei unsere Rechnung Nr. 2024-118.', 'Bijgaand onze factuur 2024-118.', 'Segue em anexo a nota fiscal.', 'Adjuntamos la factura FV-2024/1187 pendiente de pago.',
      'Veuillez trouver ci-joint notre bon de commande n° BC-2024-118.', 'In allegato la fattura n. 118.', 'Please confirm the attached purchase order PO-4471.']) {
      expect(await fires({ text, attachments: page }), text).toBe(true)
    }
    expect(await fires({ text: 'Your invoice for order #1187: https://acme-outdoor.myshopify.com/account/orders/8812' })).toBe(false)
    expect(await fires({ text: 'Please find attached invoice INV-2024-1187.', attachments: [{ filename: 'INV-2024-1187.pdf', contentType: 'application/pdf', content: '%PDF-1.4 test' }] })).toBe(false)
    // "invoicing" and "refactura" are no invoice notice
    expect(await fires({ text: 'Our invoicing portal moved: https://acme-billing.netlify.app/' })).toBe(false)
  })
  it('MAILTO_FREEMAIL: a mailto: button that fills in its subject or copy, to somebody else\'s freemail mailbox; not a signature, the company\'s own address, the sender\'s or a recipient\'s', async () => {
    const mailto = async (href: string, headers: Record<string, string> = {}) => (await syms({ headers, html: `<p>If this was not you, <a href="${href}">report the user</a>.</p>` })).has('MAILTO_FREEMAIL')
    expect(await mailto('mailto:fwrakib03@gmail.com?cc=fwrakib03@gmail.com&amp;subject=Report-User-Now')).toBe(true)
    expect(await mailto('mailto:solutionteam@hotmail.com?subject=Send+Statement')).toBe(true)
    // a signature's address, the company's "write to us" with a subject, the sender's own freemail, a recipient's
    expect(await mailto('mailto:alice.example@gmail.com')).toBe(false)
    expect(await mailto('mailto:support@example.com?subject=Question')).toBe(false)
    expect(await mailto('mailto:alice.example@gmail.com?subject=Re%3A%20minutes', { From: 'Alice <alice.example@gmail.com>' })).toBe(false)
    expect(await mailto('mailto:bob.partner@gmail.com?subject=Minutes', { To: 'Bob <bob.partner@gmail.com>' })).toBe(false)
  })
  it('HTML_IMAGE_FREE_HOST: an HTML image loaded from a free image host; not a link to a screenshot, the sender\'s own or its ESP\'s images, nor the pictures of a lure forwarded to ask about it', async () => {
    const image = async (parts: Parameters<typeof buildMail>[0]) => (await syms(parts)).has('HTML_IMAGE_FREE_HOST')
    expect(await image({ html: '<img src="https://i.imgur.com/8sTq2Lm.png"><p>Claim your reward today.</p>' })).toBe(true)
    expect(await image({ html: '<img src="//i.postimg.cc/abc/banner.jpg"><p>Claim your reward today.</p>' })).toBe(true)
    expect(await image({ text: 'Here is the screenshot of the error: https://i.imgur.com/8sTq2Lm.png' })).toBe(false)
    expect(await image({ html: '<img src="https://www.example.com/logo.png"><img src="https://mcusercontent.com/abc/images/x.png"><p>Our autumn news.</p>' })).toBe(false)
    expect(await image({ headers: { From: 'Imgur <noreply@imgur.com>' }, html: '<img src="https://i.imgur.com/logo.png"><p>Your post is trending.</p>' })).toBe(false)
    const asked = 'Hi IT, is this real? I did not order anything.<br><br>---------- Forwarded message ---------<br>From: Ledger &lt;support@ledger-update.example&gt;<br>Subject: Update<br><br><img src="https://i.ibb.co/Zx4b7Qp/ledger-logo.png"><p>Your device needs an update.</p>'
    expect(await image({ headers: { Subject: 'Fwd: Update' }, html: asked })).toBe(false)
  })
  it('ACCOUNT_LURE: the second factor to renew, the closure with its deadline and incoming mail held, in seven languages; not an IT department\'s announcement or a quota warning', async () => {
    await expectRule('ACCOUNT_LURE', [
      'Ihr pushTAN-Verfahren muss erneuert werden. Bitte registrieren Sie Ihr Gerät erneut.',
      'Ihre SecureGo plus App wird in Kürze deaktiviert.',
      'Ohne Bestätigung wird Ihr Konto in 24 Stunden geschlossen.',
      'Your security key must be renewed before 30 March.',
      'Uw betaalpas verloopt binnenkort.',
      'Seu módulo de segurança está desatualizado.',
      'Su clave de seguridad caducará en 24 horas.',
      'Votre Certicode Plus expire aujourd\'hui.',
      'Il suo token è scaduto.',
      'Your mailbox has reached its limit. Incoming messages are being held.',
      'Eingehende Nachrichten werden zurückgehalten.',
      'Inkomende berichten worden tegengehouden.',
      'Mensagens recebidas estão retidas.',
      'Los mensajes entrantes están retenidos.',
      'Les messages entrants sont bloqués.',
      'I messaggi in arrivo sono bloccati.',
    ], true)
    await expectRule('ACCOUNT_LURE', [
      'Your hardware security key will be deactivated on 1 April when we move to passkeys. Please enrol a passkey at the IT desk.',
      'Die alte Freigabe-App wird zum 1. April deaktiviert. Bitte installieren Sie die neue App aus dem Firmenportal.',
      'Your mailbox is at 95% of its quota. Once full you will not be able to send new messages. Please archive old mail.',
    ], false)
  })
  it('the webmail lure: undelivered mail "on the server", the account flagged for closure, more quota free of charge, the mailbox to verify, the e-mail password to sign in with; not a quarantine digest, a sign-up confirmation or a paid upgrade', async () => {
    await expectRule('ACCOUNT_LURE', ['You have 4 undelivered messages on the server.', 'Sie haben 3 nicht zugestellte Nachrichten.', 'Vous avez 5 messages non distribués.', 'Tiene 2 mensajes no entregados.',
      'Your Office account has been flagged for deactivation.', 'Ihr Postfach wurde zur Löschung vorgemerkt.', 'Upgrade your mailbox quota free of charge.', 'Erweitern Sie Ihren Speicher jetzt kostenlos.', 'Amplíe su cuota gratis aquí.'], true)
    await expectRule('ACCOUNT_LURE', ['You have 3 messages in quarantine. Review them in the portal.', 'Your storage is full. Get 100 GB for 1.99 a month.'], false)
    await expectRule('CREDENTIAL_REQUEST', ['Verify your mailbox now to continue receiving messages.', 'Your email account is due for verification.', 'Sign in again with your email password to view your secure message.'], true)
    await expectRule('CREDENTIAL_REQUEST', ['Please confirm your email address to continue using the app.', 'Sign in with your email address and password to reach the new expenses portal.'], false)
  })
  it('CREDENTIAL_REQUEST: "geben Sie Ihre Bankverbindung an"; not a bank\'s statement that names the account', async () => {
    await expectRule('CREDENTIAL_REQUEST', ['Bitte geben Sie Ihre Bankverbindung an, um die Erstattung zu erhalten.', 'Teilen Sie uns bitte Ihre IBAN mit.'], true)
    await expectRule('CREDENTIAL_REQUEST', ['Die Erstattung wird auf die bei uns hinterlegte Bankverbindung überwiesen.'], false)
  })
  it('HTML_TALL_FILLER: an element thousands of pixels or hundreds of screens tall; not the heights of an ordinary layout', async () => {
    const tall = async (html: string) => (await syms({ html })).get('HTML_TALL_FILLER')
    expect(await tall('<p>Offer</p><div style="height:470500px"></div><p>filler</p>')).toBe('height:470500px')
    expect(await tall('<style>.belowView { min-height: 600vh }</style><p>Offer</p>')).toBe('min-height: 600vh')
    expect(await tall('<p>Offer</p><table height="9000"><tr><td>filler</td></tr></table>')).toBe('height="9000')
    for (const html of ['<div style="height: 100vh">Hero</div><img height="600" src="https://www.example.com/a.png"><div style="height:1200px">Long newsletter</div>', '<td style="line-height: 1500%">x</td><p style="height:40em">y</p>']) {
      expect(await tall(html), html).toBeUndefined()
    }
  })
  it('ACCOUNT_LURE (twenty-first round): unverified accounts restricted, deletion within hours, the password that expires today, a page reported for a violation, in seven languages; not an IT notice that gives days, a closure notice that gives weeks, or a data export', async () => {
    await expectRule('ACCOUNT_LURE', [
      'Unverified accounts will be restricted from 30 November.',
      'Nicht verifizierte Konten werden eingeschränkt.',
      'Niet-geverifieerde rekeningen worden geblokkeerd.',
      'Contas não verificadas serão bloqueadas.',
      'Las cuentas no verificadas serán suspendidas.',
      'Les comptes non vérifiés seront suspendus.',
      'Gli account non verificati saranno sospesi.',
      'Your mailbox has not been verified and will be deleted in 24 hours.',
      'Ihr Postfach wurde nicht verifiziert und wird in 24 Stunden gelöscht.',
      'Uw mailbox wordt binnen 24 uur verwijderd.',
      'Sua conta será excluída em 48 horas.',
      'Su buzón será eliminado en 24 horas.',
      'Votre compte sera supprimé dans 24 heures.',
      'Il tuo account sarà eliminato entro 24 ore.',
      'Ihr Kennwort läuft heute ab.', 'Uw wachtwoord verloopt vandaag.', 'Sua senha expira hoje.', 'Su contraseña caduca hoy.', 'Votre mot de passe expire aujourd\'hui.', 'La tua password scade oggi.',
      'Your Facebook Page "Sunrise Yoga" has been reported for copyright infringement.',
      'Your Page is scheduled to be disabled within 24 hours.',
      'Ihre Seite wurde wegen eines Verstoßes gegen unsere Richtlinien eingeschränkt.',
      'Ihre Apple-ID wurde aus Sicherheitsgründen gesperrt.',
      'Seu CPF será suspenso.',
      'Your membership has been suspended.',
    ], true)
    await expectRule('ACCOUNT_LURE', [
      'Ihr Kennwort läuft in 7 Tagen ab. Bitte ändern Sie es im Self-Service-Portal.',
      'Uw wachtwoord verloopt over 7 dagen.',
      'As requested, your account will be deleted in 30 days. Sign in before then to cancel the deletion.',
      'Your data export is ready. The download link will be deleted in 72 hours.',
      'Your subscription will be paused from 1 July as you asked.',
      'Inactive accounts will be disabled after 90 days without a sign-in, as the IT policy says.',
    ], false)
  })
  it('CREDENTIAL_REQUEST (twenty-first round): "keep your current password" in seven languages, and a failure to respond; not where a genuine notice quotes those words to warn of them', async () => {
    await expectRule('CREDENTIAL_REQUEST', [
      'To keep your current password, click below.',
      'Um Ihr aktuelles Kennwort beizubehalten, klicken Sie hier.',
      'Klik hier om uw huidige wachtwoord te behouden.',
      'Clique aqui para manter a mesma senha.',
      'Haga clic para mantener su contraseña actual.',
      'Cliquez ici pour conserver votre mot de passe actuel.',
      'Clicca qui per mantenere la password attuale.',
      'Failure to respond will result in the removal of your page.',
    ], true)
    await expectRule('CREDENTIAL_REQUEST', [
      'Wenn Sie eine Nachricht erhalten, in der Sie Ihr "aktuelles Kennwort beibehalten" sollen, leiten Sie sie an die IT weiter.',
      'Si recibes un mensaje que te pide "mantener tu contraseña actual", reenvíalo a Sistemas.',
      'Messages asking you to „keep your current password“ are fraud.',
    ], false)
  })
  it('PRIZE_LURE: the tax refund one is "entitled to", in seven languages', async () => {
    await expectRule('PRIZE_LURE', ['You are entitled to a tax refund of 412.80 GBP.', 'Sie haben Anspruch auf eine Steuerrückerstattung von 412,80 EUR.', 'U heeft recht op een belastingteruggave van € 312,40.',
      'Você tem direito a uma restituição de R$ 1.200,00.', 'Usted tiene derecho a una devolución de 348,20 EUR.', 'Vous avez droit à un remboursement de 289,50 EUR.', 'Hai diritto a un rimborso di 312,40 EUR.'], true)
    await expectRule('PRIZE_LURE', ['Your refund of 12.80 EUR for the returned item has been sent to your card.'], false)
  })
  it('INVESTMENT_LURE: the recovery scam, lost funds to get back with a boast or a fee; not a warning against such offers', async () => {
    await expectRule('INVESTMENT_LURE', [
      'Our certified experts can recover your lost funds. We have recovered over $20 million for our clients.',
      'RE: Recovery of funds lost to TradeCoinX. Payment of the refundable wallet unlocking fee of $1,450 is required.',
      'Verlorenes Geld zurück: unsere Erfolgsquote liegt bei 97 %.',
    ], true)
    await expectRule('INVESTMENT_LURE', ['Beware of companies that promise to recover your lost funds after an investment fraud: the police never charge a fee.'], false)
  })
  it('DATING_LURE: the "sugar daddy" with an allowance; JOB_TASK_LURE: the reshipping mule; CRYPTO_LURE: the balance ready to withdraw', async () => {
    await expectRule('DATING_LURE', ['I am looking for a sugar baby to spoil. I will pay you a weekly allowance of $1,500.'], true)
    await expectRule('JOB_TASK_LURE', ['We are hiring remote package inspectors. Receive packages at your home, inspect them and reship them with our labels. Salary $3,200 per month.'], true)
    await expectRule('JOB_TASK_LURE', ['Our parcel forwarding service: we receive your packages at our warehouse and ship them to your home.'], false)
    await expectRule('CRYPTO_LURE', ['Your account balance of 0.4821 BTC is ready to be withdrawn.'], true)
  })
  it('SEO_SPAM: the domain-name scare; FINE_LURE: the cyber-police summons; BULK_OFFER: a health plan at a discount', async () => {
    await expectRule('SEO_SPAM', [
      'Failure to complete your domain name registration by the expiration date may result in the loss of your search engine listing.',
      'On 2 September we received an application from Huaxin Holding requested "fernleigh" as their internet keyword and China (CN) domain names. But after checking it, we find this name conflict with your company name.',
    ], true)
    await expectRule('SEO_SPAM', ['Your domain example.org expires on 1 March. Renew it in your account to keep your website and e-mail running.'], false)
    await expectRule('FINE_LURE', ['Criminal proceedings have been opened against you. An arrest warrant will be issued if you do not reply within 72 hours.', 'La convocazione giudiziaria è in allegato.', 'Des poursuites judiciaires engagées à votre encontre.', 'Ein Strafverfahren gegen Sie wurde eingeleitet.'], true)
    await expectRule('BULK_OFFER', ['Reduza o custo do seu plano de saúde com até 40% de economia.', 'Compare plans: affordable health insurance for your family.'], true)
  })
  it('a phrase\'s " ?" is an optional space (it required one before: "gift ?card" missed "giftcard", "48 ?h" missed "48h")', async () => {
    expect(rx('(?:gift ?card|voucher) worth').test('giftcard worth')).toBe(true)
    expect(rx('(?:gift ?card|voucher) worth').test('gift card\nworth')).toBe(true)
    expect(rx('(?:gift ?card|voucher) worth').test('gift card   \n worth')).toBe(false)
    // a space inside a character class is white space, not "\s{1,3}" spelled into the class (which let "sign1in" and "sign{in" through)
    expect(rx('sign[- ]in attempt').test('sign-in attempt')).toBe(true)
    expect(rx('sign[- ]in attempt').test('sign\nin attempt')).toBe(true)
    expect(rx('sign[- ]in attempt').test('sign1in attempt')).toBe(false)
    await expectRule('URGENCY_PHRASE', ['Réglez la facture sous 48h.'], true)
    await expectRule('BULK_OFFER', ['Boost your website traffic today.'], true)
  })
  it('DOCUMENT_LURE: a secure document shared, its action into IPFS by a content address on any host', async () => {
    const s = await syms({ text: 'Anna has shared a secure document with you.\nOpen: https://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.example-gateway.net/doc.html' })
    expect(s.get('DOCUMENT_LURE')).toContain('ipfs.example-gateway.net')
  })
  it('counts as a lure of its own kind for LURE_COMBINATION', async () => {
    const s = await syms({ text: 'Anna Schmidt shared a file with you. Your account will be suspended unless you open it within 24 hours.\nOpen: https://harborlogistics-docs.weebly.com/' })
    expect(s.has('DOCUMENT_LURE') && s.has('ACCOUNT_LURE')).toBe(true)
    expect(s.get('LURE_COMBINATION')).toBe('2 kinds')
  })
})

describe('issue 10, thirtieth round: SCAM_OPENER, a scam\'s first contact to hidden recipients (src/engine/rules/opener.ts)', () => {
  const HIDDEN = { To: 'undisclosed-recipients:;' }
  const opener = async (text: string, headers: Record<string, string | undefined> = HIDDEN, attachments?: Array<{ filename: string; content: string }>) =>
    (await symbolsOf(buildMail({ headers, text, attachments }))).get('SCAM_OPENER')
  it('fires on the openers, in seven languages, with the list\'s footer after a signature separator too', async () => {
    const openers = [
      'I hope this email finds you.\nI want to know if you received the last message I sent you?\nI really want to hear from you.',
      'Hello, I will like to talk with you',
      'Please dear can you let me know the reason why you have not reply my message\nYour sergeant Anna',
      'Can we talk please ???',
      'Dear friend, why have you not replied my message? I am waiting.',
      'Good afternoon / you speak English?',
      'Hello dear, did you receive my previous email? Please reply me.',
      'Hallo, haben Sie meine letzte Nachricht erhalten? Ich warte auf Ihre Antwort.',
      'Goedendag, heeft u mijn vorige bericht ontvangen? Graag uw reactie.',
      'Olá, você recebeu minha última mensagem? Aguardo seu retorno.',
      'Hola, ¿recibiste mi último mensaje? Espero tu respuesta.',
      "Bonjour, avez-vous reçu mon dernier message ? J'attends votre réponse.",
      'Buongiorno, hai ricevuto il mio ultimo messaggio? Attendo una tua risposta.',
      `Hello, I would like to speak with you about something important.\n-- \n${GROUPS_FOOTER}`,
    ]
    for (const text of openers) expect(await opener(text), text).toBeDefined()
    // no To at all hides the recipients as well
    expect(await opener('Hello, I will like to talk with you', { To: undefined })).toBe('will like to talk with you')
  })
  it('does not fire on the same words to a named recipient, in a long text, with an attachment, in a warning that forwards one, or without an opener', async () => {
    expect(await opener('Hi Bob, did you receive my last email? Can we talk tomorrow?', { To: 'Bob Partner <bob@partner.example.org>' })).toBeUndefined()
    const programme = 'Dear members, ' + 'our spring programme has talks every Tuesday, a garden walk in May and the annual dinner in June. '.repeat(7) + 'We would love to hear from you.'
    expect(programme.length).toBeGreaterThan(600)
    expect(await opener(programme)).toBeUndefined()
    expect(await opener('Did you receive my last email? Here is the agenda again.', HIDDEN, [{ filename: 'agenda.pdf', content: '%PDF-1.4 agenda' }])).toBeUndefined()
    const warning = 'This is a scam, do not reply to it and delete it.\n\n---------- Forwarded message ---------\nFrom: Grace <grace.w1958@gmail.com>\nSubject: Hello\n\nDid you receive my last message? Please reply me.'
    expect(await opener(warning)).toBeUndefined()
    expect(await opener('Hi all, the meeting moves to Thursday 7pm. See you there! Anna')).toBeUndefined()
  })
})

describe('issue 10, thirtieth round: a product written with a small l for the capital I is read as the product (SPAM_PRODUCT)', () => {
  it('fires on "VlAGRA+ClALlS" in the sender\'s name and "SlNGLES" in the subject; not on a capitals word with a small l that names no product', async () => {
    const name = await symbolsOf(buildMail({ headers: { From: '*SALE VlAGRA+ClALlS* <offers@pharma-deals.example>' } }))
    expect(name.has('SMALL_L_FOR_I')).toBe(true)
    expect(name.get('SPAM_PRODUCT')).toBe('viagra')
    const subject = await symbolsOf(buildMail({ headers: { Subject: 'HOT SlNGLES NEAR YOU' } }))
    expect(subject.get('SPAM_PRODUCT')).toBe('singles')
    const plain = await symbolsOf(buildMail({ headers: { Subject: 'TEAM lNFO for May' } }))
    expect(plain.has('SMALL_L_FOR_I')).toBe(true)
    expect(plain.has('SPAM_PRODUCT')).toBe(false)
  })
})

describe('issue 10, thirty-first round: the alert\'s mailto: answer button, the crypto "gift" of web forms, the page named as a document, wordings found with probes', () => {
  const has = async (name: string, parts: Parameters<typeof buildMail>[0]) => (await symbolsOf(buildMail(parts))).has(name)
  it('MAILTO_REPORT: a mailto: button to somebody else\'s address that copies itself or answers the alert, on any domain; not the sender\'s own domain, a recipient, a share button or a plain subject', async () => {
    const button = (href: string, headers: Record<string, string> = {}) => has('MAILTO_REPORT', { headers, html: `<p>We detected an unusual sign-in. If this was not you, <a href="${href}">report it</a>.</p>` })
    expect(await button('mailto:acc-info@supp-accaccess.example?&amp;cc=acc-info@supp-accaccess.example&amp;Subject=Report+The+User')).toBe(true)
    // the copy alone, and the answer alone (encoded, with hyphens, in the body)
    expect(await button('mailto:account_confirmation@abostramlo.example?cc=account_confirmation@abostramlo.example')).toBe(true)
    expect(await button('mailto:help@secure-mbx.example?subject=It%20wasn%27t%20me')).toBe(true)
    expect(await button('mailto:help@secure-mbx.example?subject=It%20wasn%E2%80%99t%20me')).toBe(true)
    expect(await button('mailto:help@secure-mbx.example?subject=Alert&amp;body=-Report-User-Now-')).toBe(true)
    expect(await button('mailto:solutionteam@hotmail.com?subject=Send+Statement')).toBe(true)
    // the company's own phishing desk, a colleague's mailbox with a subject, a recipient, a share button, an abuse address
    expect(await button('mailto:phishing@example.com?subject=Report%20the%20user')).toBe(false)
    expect(await button('mailto:tom.becker@partner.example?subject=Statement')).toBe(false)
    expect(await button('mailto:bob@partner.example.org?subject=Not%20me', { To: 'Bob <bob@partner.example.org>' })).toBe(false)
    expect(await button('mailto:?subject=Read%20this&amp;body=https%3A%2F%2Fnews.example%2Fa')).toBe(false)
    expect(await button('mailto:abuse@isp.example?subject=Abuse%20report')).toBe(false)
  })
  it('CRYPTO_LURE: the amount of crypto "earned" or "transferred" with a call after it, as bots write into web forms; not an exchange\'s receipt', async () => {
    await expectRule('CRYPTO_LURE', [
      'First Name\nCould it be true? Yes! You earned 1.3 Bitcoin! Click to explore:: https://t.me/+AbCdEf\nLast Name\nx',
      'Message: You have received 0.85 BTC. Withdraw >> https://graph.org/Withdraw-05-12',
      'Name: You have a transfer from Binance: 1.82 BTC. Get >> https://telegra.ph/Transfer-12-01',
    ], true)
    await expectRule('CRYPTO_LURE', ['You just received 0.0012 BTC ($35.21 USD) from an external wallet.', 'You received 0.5 BTC from Alice. Get the details in the app.'], false)
  })
  it('URI_FREE_HOSTING: an anonymous Telegraph or Teletype page', async () => {
    await expectRule('URI_FREE_HOSTING', ['Withdraw: https://telegra.ph/Withdraw-0-85-BTC-05-12', 'Open https://graph.org/Binance-Transfer-12-01', 'Read https://teletype.in/@wallet/claim'], true)
  })
  it('DOUBLE_EXTENSION_ATTACHMENT: an HTML or SVG page named as a document ("Statement.pdf.htm"); not a page named after its title', async () => {
    const attached = async (filename: string) => await symbolsOf(buildMail({ attachments: [{ filename, contentType: 'text/html', content: '<html><body>x</body></html>' }] }))
    for (const name of ['Statement.pdf.htm', 'Remittance.xlsx.svg', 'Payment_Confirmation.PDF.html']) expect((await attached(name)).get('DOUBLE_EXTENSION_ATTACHMENT'), name).toBe(name)
    const page = await attached('Conference programme 2024.html')
    expect(page.has('HTML_ATTACHMENT')).toBe(true)
    expect(page.has('DOUBLE_EXTENSION_ATTACHMENT')).toBe(false)
    expect((await attached('Remit.svgz')).has('HTML_ATTACHMENT')).toBe(true)
  })
  it('USERNAME_LURE: the user name WooCommerce writes into a sentence, read up to the sentence\'s end; not a genuine customer\'s name with the shop\'s offer after it', async () => {
    await expectRule('USERNAME_LURE', [
      'Hi there,\n\nThanks for creating an account on Corp Shop. Your username is www.erutfq.blogspot.am - 27 513 USD DOGECOIN . You can access your account area at https://shop.example.com/my-account/',
      "Дякуємо, що створили обліковий запис на Орбіта. Ваше ім'я користувача www.erutfq.blogspot.am - 27 513 USD DOGECOIN . Ви можете переглянути замовлення.",
      'Vielen Dank für Ihre Registrierung. Ihr Benutzername lautet bit.ly/3xK9 - 4.850 EUR Bonus.',
    ], true)
    await expectRule('USERNAME_LURE', [
      'Thanks for creating an account on Corp Shop. Your username is john.smith. Enjoy a $10 welcome bonus on your first order at https://shop.example.com/',
      'Thanks for creating an account on Corp Shop. Your username is anna_k. You can access your account area at https://shop.example.com/my-account/',
    ], false)
  })
  it('ILLICIT_SALE: the spammers\' tool shop, two of its wares in the plural together; not a host\'s welcome mail naming its cPanel, SSH and SMTP server', async () => {
    await expectRule('ILLICIT_SALE', ['New tools just in! Powerful Cards/cPanels/Shells, Strong SMTPs/Mailers/Web-Mails, Fresh RDPs/SSH/WHM, Recent Accounts/Leads.'], true)
    await expectRule('ILLICIT_SALE', ['Welcome to Corp Hosting. Your cPanel login, your SSH key and the SMTP server smtp.corp-hosting.example are in the control panel.'], false)
  })
  it('DOCUMENT_LURE: a notice under a brand\'s name from another address, whose action leads to an ordinary site that is not the brand\'s; not when a link goes to the brand\'s own site, nor a colleague\'s share without a brand', async () => {
    const notice = async (from: string, text: string) => (await symbolsOf(buildMail({ headers: { From: from }, text }))).get('DOCUMENT_LURE')
    expect(await notice('Dropbox <no-reply@files-notify.example.net>', 'Kim Fischer shared "Contract_final" with you.\nGo to folder: https://securedocs-view.example.com/v/8812')).toMatch(/securedocs-view\.example\.com \(not dropbox\.com's\)/)
    expect(await notice('Adobe Acrobat <share@docs-notify.example.net>', 'An invoice has been shared with you via Adobe Document Cloud.\nView PDF: https://securedocs-view.example.com/v/8812')).toBeDefined()
    // relayed as it came: a link to the brand's own site; a colleague's own share
    expect(await notice('Dropbox <no-reply@files-notify.example.net>', 'Kim Fischer shared "Contract_final" with you.\nGo to folder: https://www.dropbox.com/scl/fo/abc\nHelp: https://securedocs-view.example.com/')).toBeUndefined()
    expect(await notice('Kim Fischer <kim.fischer@corp.example>', 'I shared "Contract_final" with you: https://files.partner-cloud.example.org/s/8812')).toBeUndefined()
  })
  it('CREDENTIAL_REQUEST: the workplace\'s address and password asked for; not the usual employee number', async () => {
    await expectRule('CREDENTIAL_REQUEST', ['Review the new compensation letter: https://staff-letters.example.org/l/1\nLog in with your corporate e-mail and password.'], true)
    await expectRule('CREDENTIAL_REQUEST', ['Your payslip is in the portal: https://payroll.example.org/\nSign in with your usual employee number and password.'], false)
  })
  it('SPAM_PRODUCT: an online pharmacy in the sender\'s name or the subject', async () => {
    expect(await has('SPAM_PRODUCT', { headers: { From: 'ONLINE PHARMACY <zochux@mailer.example>', Subject: 'Men Drugs Shop' } })).toBe(true)
    expect(await has('SPAM_PRODUCT', { headers: { Subject: 'Pharmacy opening hours over the holidays' } })).toBe(false)
  })
  it('CALLBACK_LURE: the charge "not made by you" in the passive; JOB_TASK_LURE: the WhatsApp contact in Spanish, Portuguese and German, beside earnings only; PRIZE_LURE: the Italian refund with its amount', async () => {
    await expectRule('CALLBACK_LURE', ['Thank you for your payment of $499.00 USD for Total Tech Support (2 years).\nIf this transaction was not made by you, please contact us immediately: 1-888-555-0143.'], true)
    await expectRule('JOB_TASK_LURE', [
      'Buscamos personas para trabajar desde casa y ganar entre 200 y 500 euros al día. Contácteme por WhatsApp +34 612 345 678.',
      'Procuramos pessoas para trabalhar em casa e ganhar de R$ 300 a R$ 800 por dia. Fale comigo no WhatsApp +55 11 91234-5678.',
      'Wir suchen Menschen, die von zu Hause 200 bis 500 Euro pro Tag verdienen. Kontaktieren Sie mich auf WhatsApp +49 151 23456789.',
    ], true)
    // a price by the day with a WhatsApp contact offers no earnings: no job (the contact counts only beside earnings)
    await expectRule('JOB_TASK_LURE', ['Unser Ferienhaus kostet 120 Euro pro Tag. Kontaktieren Sie mich auf WhatsApp für die Buchung.', 'Our holiday home is €120 per day. Contact me on WhatsApp for the booking.'], false)
    await expectRule('PRIZE_LURE', ['Gentile contribuente, risulta un rimborso di 412,00 € a suo favore.'], true)
    // the tax office's genuine notice of a refund paid without any step to take
    await expectRule('PRIZE_LURE', ["Suite au calcul de votre impôt, vous bénéficiez d'un remboursement de 212 €. Vous n'avez aucune démarche à effectuer."], false)
  })
})

describe('issue 10, thirty-second round: the trades of bulk mail in a few lines with a link, programs to download or in a small archive, frames, wordings found with probes', () => {
  const has = async (name: string, parts: Parameters<typeof buildMail>[0]) => (await symbolsOf(buildMail(parts))).has(name)
  it('URI_EXECUTABLE: a link that downloads a Windows program from another host; not the sender\'s own download, an internal host, a source file, a disk image or a program named only in the query', async () => {
    await expectRule('URI_EXECUTABLE', [
      'Download: http://pembeliste.example.net/videolar.exe',
      'Your invoice: https://files.northbridge.example.org/d/Invoice_0412.msi?id=8812',
      'See https://cdn.example.net/x/Document.pdf.scr',
      'Open https://share.example.net/s/Payment.hta#view',
    ], true)
    await expectRule('URI_EXECUTABLE', [
      // the sender's own download (example.com), an internal file server, source files and images on a code host
      'The new client is at https://downloads.example.com/setup/ClientSetup.exe',
      'Install from http://192.168.1.20/software/agent.msi',
      'See https://github.example.org/team/tool/blob/main/build.js and https://github.example.org/team/tool/blob/main/run.ps1',
      'The ISO: https://releases.distro.example.org/24.04/distro-24.04-amd64.iso',
      'Click http://pluginaccess.example.net/?w=edog&type=exe',
    ], false)
  })
  it('HTML_FRAME_PAGE: a frameset loading a page from elsewhere, in the HTML or written into the text; not a newsletter\'s advertisement iframe or a frameset without an address', async () => {
    const frameset = '<HTML><HEAD></HEAD><FRAMESET border=0 rows=100%,*><FRAME marginHeight=5 name=easymain src="http://www.echinaedu.example/"></FRAMESET></HTML>'
    expect((await symbolsOf(buildMail({ html: frameset }))).get('HTML_FRAME_PAGE')).toBe('www.echinaedu.example')
    expect(await has('HTML_FRAME_PAGE', { text: `=====================================\n${frameset}` })).toBe(true)
    expect(await has('HTML_FRAME_PAGE', { html: '<p>Today\'s news</p><iframe src="http://ads.news.example/ifc/RGROUP=2560" scrolling="no"></iframe>' })).toBe(false)
    expect(await has('HTML_FRAME_PAGE', { html: '<frameset><frameset><frame></frameset></frameset><p>Your account</p>' })).toBe(false)
  })
  it('BULK_OFFER_AD: a few lines selling pills, enlargement, replicas, OEM software, diplomas, diet cures or a casino with a link elsewhere; not from the shop\'s own site, in a long letter, in banter with a freemail footer, forwarded to the IT desk, nor a loan', async () => {
    await expectRule('BULK_OFFER_AD', [
      'Official VIAGRA store. Lowest prices, no prescription required.\nhttp://pillsdeal.example.ru/',
      'Men\'s health: get harder and last longer.\nhttp://medsquickbuy.example.net/',
      'Women want bigger. Enlarge your manhood in 8 weeks!\nVisit: http://enlargenow.example.info/',
      'Download OEM software instantly: Windows, Office, Photoshop at the lowest prices.\nhttp://oem-soft-outlet.example.net/',
      'MyCanadianPharmacy - official online drugstore. Brand and generic medications at lowest prices.\nhttp://rx-deal.example.net/',
      'Get a degree based on your life experience from non-accredited universities.\nhttp://life-degree.example.net/',
      'Acai berry burns fat fast! Lose 25 lbs in 4 weeks.\nhttp://acai-free.example.net/trial',
    ], true)
    await expectRule('BULK_OFFER_AD', [
      // a long letter, a private banter with its freemail footer, a loan (the shop's own site: thirty-third round, below)
      `${'We met the supplier of the replica watches case files again and agreed on the next steps of the customs case. '.repeat(9)}\nhttp://customs.example.net/case/4411`,
      "i'd be surprised if he ever had a blowjob he liked :-)\n_____\nJoin the world's largest e-mail service with MSN Hotmail. http://www.hotmail.com",
      'Personal loan offer: rates from 3.9 %.\nhttp://loans.example.net/',
      // the advertisement forwarded to the IT desk to ask about it: the writer's own words have no link
      'Is this real? I got this today.\n\n---------- Forwarded message ---------\nFrom: Pharmacy <rx@deals.example.net>\nSubject: VIAGRA\n\nOfficial VIAGRA store. Lowest prices, no prescription required.\nhttp://pillsdeal.example.ru/',
    ], false)
  })
  it('BULK_OFFER: the trades in the words of the late 2000s; not a news headline\'s anatomy or a politician\'s joke', async () => {
    await expectRule('BULK_OFFER', [
      'Add 3 inches in 8 weeks, guaranteed!', 'Swiss made replica watches at 90% discount', 'Rolex from $199 only this week',
      'Cheap OEM software for your office', 'Become a mystery shopper in your area', 'Earn up to $5000 a month from home',
      'Ticker: GWTR\nPrice: $0.12\n5-day target: $0.60', 'Burns fat while you sleep',
    ], true)
    await expectRule('BULK_OFFER', ['Scientists prove that shoe size and penis size are not linked.', 'Maybe if they made the ballot ovals look like little blue pills.'], false)
  })
  it('SECRET_CLAIM: the powerful who hide it, in seven languages, and the weird trick; not a person\'s own wish', async () => {
    await expectRule('SECRET_CLAIM', [
      'The database that Bill Gates doesnt want you to know about!',
      'Big pharma does not want you to find out about this cure.',
      'This one weird trick cuts your heating bill.',
      'Die Pharmakonzerne wollen nicht, dass Sie das wissen.',
      'De banken willen niet dat u dit weet.',
      'Os bancos não querem que você saiba disso.',
      'Los laboratorios no quieren que usted lo sepa.',
      'Les grands laboratoires ne veulent pas que vous connaissiez cette solution.',
      'Le banche non vogliono che tu lo sappia.',
    ], true)
    await expectRule('SECRET_CLAIM', ["I don't want you to find out from someone else: we are moving to Berlin.", 'We do not want you to know less than the others: here are the minutes.'], false)
  })
  it('EXECUTABLE_ATTACHMENT, DOUBLE_EXTENSION_ATTACHMENT and HTML_ATTACHMENT inside a small ZIP archive; not in a project\'s archive of many files', async () => {
    const zipped = async (files: Array<{ name: string; content: string }>, filename = 'Invoice_0412.zip') =>
      await symbolsOf(buildMail({ text: 'Please find the invoice attached.', attachments: [{ filename, contentType: 'application/zip', content: zipFile(files) }] }))
    const exe = await zipped([{ name: 'Invoice_0412.pdf.exe', content: 'MZ\u0090\u0000' }])
    expect(exe.get('EXECUTABLE_ATTACHMENT')).toBe('Invoice_0412.zip: Invoice_0412.pdf.exe')
    expect(exe.get('DOUBLE_EXTENSION_ATTACHMENT')).toBe('Invoice_0412.zip: Invoice_0412.pdf.exe')
    expect((await zipped([{ name: 'docs/', content: '' }, { name: 'docs/Fattura.lnk', content: 'L' }])).get('EXECUTABLE_ATTACHMENT')).toBe('Invoice_0412.zip: docs/Fattura.lnk')
    expect((await zipped([{ name: 'Payment.js', content: 'var a' }, { name: 'readme.txt', content: 'x' }])).has('EXECUTABLE_ATTACHMENT')).toBe(true)
    expect((await zipped([{ name: 'Remittance.html', content: '<form></form>' }])).get('HTML_ATTACHMENT')).toBe('Invoice_0412.zip: Remittance.html')
    // three files is still a wrapper, four is not
    const three = [{ name: 'Invoice.pdf.scr', content: 'MZ' }, { name: 'a.txt', content: 'x' }, { name: 'b.txt', content: 'y' }]
    expect((await zipped(three)).has('EXECUTABLE_ATTACHMENT')).toBe(true)
    expect((await zipped([...three, { name: 'c.txt', content: 'z' }])).has('EXECUTABLE_ATTACHMENT')).toBe(false)
    // a web project's archive: many files, scripts among them
    const project = Array.from({ length: 6 }, (_, i) => ({ name: `site/js/module${i}.js`, content: 'export {}' }))
    const site = await zipped([...project, { name: 'site/index.html', content: '<html></html>' }], 'website.zip')
    expect(site.has('EXECUTABLE_ATTACHMENT') || site.has('HTML_ATTACHMENT')).toBe(false)
    // an archive of documents
    expect([...(await zipped([{ name: 'Invoice_0412.pdf', content: '%PDF-1.4' }])).keys()].filter((n) => /ATTACHMENT/.test(n))).toEqual([])
  })
  it('TEMPLATE_PLACEHOLDER: the merge field left for the recipient\'s address in the To header; not an ordinary To', async () => {
    for (const to of ['#recipient#@webnote.example', '%email%', '{{email}}', '*|EMAIL|*'])
      expect((await symbolsOf(buildMail({ headers: { To: to } }))).has('TEMPLATE_PLACEHOLDER'), to).toBe(true)
    expect((await symbolsOf(buildMail({ headers: { To: '"Recipient [Sales]" <sales@partner.example.org>' } }))).has('TEMPLATE_PLACEHOLDER')).toBe(false)
  })
  it('ACCOUNT_LURE: the bank\'s "we" that restricted the account, in seven languages; a shop or listing suspended; the Portuguese access limited; the device to replace with the bank\'s name; not a shop closed on Sunday', async () => {
    await expectRule('ACCOUNT_LURE', [
      'For your protection, we have limited access to your account. Restore it here: https://secure-id4.example.net/login',
      'Wir haben Ihr Konto vorübergehend gesperrt: https://secure-id4.example.net/login',
      'Wij hebben uw rekening tijdelijk geblokkeerd: https://secure-id4.example.net/login',
      'Bloqueamos temporariamente a sua conta: https://secure-id4.example.net/login',
      'Hemos bloqueado temporalmente su cuenta: https://secure-id4.example.net/login',
      'Nous avons temporairement suspendu votre compte : https://secure-id4.example.net/login',
      'Abbiamo temporaneamente sospeso il suo account: https://secure-id4.example.net/login',
      'Your Shopify store has been suspended due to a violation. Verify: https://secure-id4.example.net/login',
      'Caso contrário, o acesso à sua conta será limitado. Atualizar: https://secure-id4.example.net/login',
      'Uw Rabo Scanner moet worden vervangen: https://secure-id4.example.net/login',
    ], true)
    await expectRule('ACCOUNT_LURE', ['Our store is closed on Sunday; see the opening hours at https://opening.example.net/hours'], false)
  })
  it('CREDENTIAL_REQUEST: the update said to be required (PT, ES, FR, IT), the transactions to confirm to restore access, the link to restore the account', async () => {
    await expectRule('CREDENTIAL_REQUEST', [
      'É necessário atualizar os seus dados pessoais até amanhã: https://secure-id4.example.net/a',
      'Es necesario actualizar sus datos antes del viernes: https://secure-id4.example.net/a',
      'Il est nécessaire de mettre à jour vos informations : https://secure-id4.example.net/a',
      'È necessario aggiornare i suoi dati entro oggi: https://secure-id4.example.net/a',
      'Please confirm your recent transactions to restore full access: https://secure-id4.example.net/a',
      'Please click the link below to restore your account:\nhttps://secure-id4.example.net/a',
    ], true)
  })
  it('PRIZE_LURE: the refund to be collected by filling in a form, in seven languages', async () => {
    await expectRule('PRIZE_LURE', [
      'Please fill out the form below to receive your tax refund: https://refunds.example.net/f',
      'Bitte füllen Sie das Formular aus, um die Erstattung zu erhalten: https://refunds.example.net/f',
      'Vul het formulier in om de teruggave te ontvangen: https://refunds.example.net/f',
      'Preencha o formulário para receber o seu reembolso: https://refunds.example.net/f',
      'Rellene el formulario para recibir su reembolso: https://refunds.example.net/f',
      'Veuillez compléter le formulaire pour recevoir votre remboursement : https://refunds.example.net/f',
      'Compili il modulo per ricevere il rimborso: https://refunds.example.net/f',
    ], true)
  })
  it('DOCUMENT_LURE: a meeting\'s recording "now available" leading into a site\'s system folder', async () => {
    await expectRule('DOCUMENT_LURE', [
      'The cloud recording of "Quarterly budget review" is now available.\nView recording: https://greenvalley-dental.example.net/.well-known/doc/view',
      'Die Teams-Aufzeichnung ist jetzt verfügbar: https://greenvalley-dental.example.net/wp-admin/rec/view',
    ], true)
    await expectRule('DOCUMENT_LURE', ['The cloud recording of "Quarterly budget review" is now available: https://corp.zoom.example/rec/share/abc'], false)
  })
})

describe('issue 10, thirty-third round: the impostor\'s own site, the advance-fee and lottery frauds in seven languages, the card\'s code with its PIN, wordings found with probes', () => {
  const symbolsFrom = async (from: string, text: string) => await symbolsOf(buildMail({ headers: { From: from }, text }))
  it('the lure families read a notice whose links lead only to its sender\'s site when the sender claims a brand not its own or writes from a look-alike of one; not an ordinary sender\'s own notice, nor the brand\'s own', async () => {
    const notice = 'Ihr Konto wurde vorübergehend gesperrt. Bitte aktualisieren Sie Ihre Zahlungsdaten: https://www.DOMAIN/zahlung'
    // the brand's name over another address, with links to that address's site
    expect((await symbolsFrom('Netflix <info@netflix-konto.example>', notice.replace('DOMAIN', 'netflix-konto.example'))).has('ACCOUNT_LURE')).toBe(true)
    // no brand in the name, but the address is a look-alike of one
    expect((await symbolsFrom('Kundenservice <info@paypal-kontoservice.example>', notice.replace('DOMAIN', 'paypal-kontoservice.example'))).has('ACCOUNT_LURE')).toBe(true)
    // an ordinary shop's own notice, and the brand's own from its own domain, both linking to their own sites
    expect((await symbolsFrom('Kundenservice <info@gartenmoebel-huber.example>', notice.replace('DOMAIN', 'gartenmoebel-huber.example'))).has('ACCOUNT_LURE')).toBe(false)
    expect((await symbolsFrom('Netflix <info@mailer.netflix.com>', notice.replace('DOMAIN', 'netflix.com'))).has('ACCOUNT_LURE')).toBe(false)
  })
  it('ADVANCE_FEE: the inheritance, the dying donor and the fee that releases the money, in the six other languages and in English; not a notary\'s genuine letter or a money-transfer receipt', async () => {
    await expectRule('ADVANCE_FEE', [
      'Um cliente meu, falecido há três anos, deixou uma herança de 2.800.000,00 EUR, sem herdeiros. Como tem o mesmo apelido, posso apresentá-lo(a) como beneficiário(a). Dividiremos os fundos em partes iguais.',
      'Une succession de 3.500.000 euros laissée par un client décédé sans héritier. Vous avez été désigné comme bénéficiaire de ce fonds.',
      'Sono una vedova malata di cancro. Ho deciso di donare la somma di 1.200.000 euro per le opere di beneficenza.',
      'Mein Mandant ist gestorben, ohne ein Testament zu hinterlassen. Da Sie denselben Nachnamen tragen, möchte ich Sie als Erben vorschlagen. Der Betrag wird zu gleichen Teilen aufgeteilt.',
      'Your consignment box containing $3,500,000 has arrived. Pay the clearance fee of $1,200 before it can be delivered.',
      'A money transfer of USD 2,750.00 is waiting for you (MTCN 4491823376). Pay the activation fee of USD 95 to collect it.',
    ], true)
    await expectRule('ADVANCE_FEE', [
      'Sehr geehrte Frau Keller, im Nachlass Ihres verstorbenen Vaters ist ein Guthaben von 12.400,00 EUR verblieben. Bitte senden Sie uns den Erbschein.',
      'Western Union receipt. MTCN 4491823376. Amount sent: USD 500.00. Transfer fee of USD 12.00. Receiver: J. Okafor, Lagos.',
    ], false)
  })
  it('PRIZE_LURE: the e-mail address drawn in a lottery in seven languages, the German prize as a sum, the refund with the verb between; not a prize not won or a name drawn at a meeting', async () => {
    await expectRule('PRIZE_LURE', [
      'Your e-mail address has been randomly selected in our international draw.',
      'Ihre E-Mail-Adresse wurde bei unserer Verlosung als Gewinner ausgewählt. Sie haben 750.000 Euro gewonnen.',
      'Uw e-mailadres is getrokken in onze internationale loterij.',
      'O seu endereço de email foi sorteado no nosso sorteio anual.',
      'Su dirección de correo electrónico ha sido seleccionada en nuestro sorteo.',
      'Votre adresse e-mail a été tirée au sort lors de notre tirage international.',
      'Il suo indirizzo email è stato estratto nella nostra lotteria europea.',
      'Na de berekening blijkt dat u recht heeft op een teruggave van € 487,20.',
      'Risulta a suo favore un rimborso di 350,00 euro.',
    ], true)
    await expectRule('PRIZE_LURE', ['Sie haben bei unserem Gewinnspiel leider nicht gewonnen.', 'The winner was drawn by lot at the end of the meeting.'], false)
  })
  it('CREDENTIAL_REQUEST: the card\'s security code and its PIN asked for together, the details to check as an obligation, the refund paid to a card typed in; not a warning that says never', async () => {
    await expectRule('CREDENTIAL_REQUEST', [
      'You will need your card number, expiry date, CVV2 code and ATM PIN: https://enroll.example.net/',
      'Bitte bestätigen Sie Kartennummer, Ablaufdatum, CVC und PIN über das Formular: https://karte.example.net/',
      'Um weiterhin Leistungen zu erhalten, müssen Sie Ihre Daten bestätigen: https://egk.example.net/',
      'Om de teruggave te ontvangen dient u uw gegevens te controleren: https://teruggave.example.net/',
      'Per procedere è necessario aggiornare i dati del suo conto entro 5 giorni: https://rimborsi.example.net/',
      'Para receber o reembolso, introduza os dados do seu cartão: https://reembolso.example.net/',
    ], true)
    await expectRule('CREDENTIAL_REQUEST', ['We will never ask for your PIN or your CVV by e-mail: https://security.example.net/'], false)
  })
  it('BULK_OFFER_AD: the ad of a few lines linking to the sender\'s own site when the message is no list\'s (snowshoe spam sends from the domain it advertises); not a shop\'s newsletter with its List-Unsubscribe', async () => {
    // the sender is alice@example.com
    const ad = 'Official VIAGRA store news: our prices fell.\nhttp://www.example.com/shop'
    expect((await symbolsOf(buildMail({ text: ad }))).get('BULK_OFFER_AD')).toMatch(/-> www\.example\.com$/)
    const replica = 'Exclusive Swiss replica watches: Rolex, Breitling, Omega. Prices from $175.\nhttp://www.example.com/'
    expect((await symbolsOf(buildMail({ text: replica }))).has('BULK_OFFER_AD')).toBe(true)
    for (const header of [{ 'List-Unsubscribe': '<https://www.example.com/unsubscribe?u=1>' }, { 'List-Id': '<news.example.com>' }])
      expect((await symbolsOf(buildMail({ text: ad, headers: header }))).has('BULK_OFFER_AD'), JSON.stringify(header)).toBe(false)
    // the replicas of handbags (a probe of the round), not a database's replica
    await expectRule('BULK_OFFER', ['Designer handbags: Louis Vuitton, Gucci, Prada. Top quality replicas at 80% OFF.', 'Replica bags and purses, free shipping'], true)
    await expectRule('BULK_OFFER', ['The replica set lags behind the primary by 3 seconds.'], false)
  })
  it('CRYPTO_LURE: the crypto "accumulated" on the reader\'s account, with its amount, in the six other languages; not an amount alone', async () => {
    await expectRule('CRYPTO_LURE', [
      'Su cuenta ha acumulado 0,38 BTC en nuestra plataforma: https://retiro.example.net/',
      'A sua conta acumulou 0,52 BTC: https://retiro.example.net/',
      'Votre compte a accumulé 1,2 bitcoin : https://retiro.example.net/',
      'Il suo account ha accumulato 0,7 BTC: https://retiro.example.net/',
      'Ihr Konto hat bereits 0,38 BTC angesammelt: https://retiro.example.net/',
      'Uw account heeft 0,38 BTC opgebouwd: https://retiro.example.net/',
    ], true)
    await expectRule('CRYPTO_LURE', ['El fondo ha acumulado 12 % este año.', 'Der Kurs von 1 BTC liegt bei 60.000 Euro.'], false)
  })
  it('PARCEL_LURE, FINE_LURE and ACCOUNT_LURE: the Spanish and Dutch parcel held for customs charges, the French fine not settled, the access "to" a service blocked', async () => {
    await expectRule('PARCEL_LURE', [
      'Su paquete con número de seguimiento ES2025031477 está retenido en nuestro centro: https://envios.example.net/pago',
      'Retenido por falta de pago de los gastos de aduana: https://envios.example.net/pago',
      'Uw pakket kon vandaag niet worden bezorgd omdat er nog invoerrechten openstaan: https://bezorging.example.net/',
    ], true)
    await expectRule('FINE_LURE', ["Une contravention de 35 € n'a pas été réglée à ce jour : https://amende.example.net/"], true)
    await expectRule('ACCOUNT_LURE', [
      'Doet u dit niet, dan wordt uw toegang tot Mijn Bank tijdelijk geblokkeerd: https://app-activatie.example.net/',
      'Andernfalls wird Ihr Zugang zum Online-Banking vorübergehend gesperrt: https://legitimation.example.net/',
    ], true)
  })
})

describe('issue 10, thirty-fourth round: the lures and ads of 2005-2012 (probes written in that style), the held-mail lure signed by postmaster', () => {
  const symbolsFrom = async (from: string, parts: { text?: string; html?: string; subject?: string }) =>
    await symbolsOf(buildMail({ headers: { From: from, ...(parts.subject ? { Subject: parts.subject } : {}) }, text: parts.text, html: parts.html }))
  it('PASSWORD_FORM: a "Password:" left blank for the reader to fill in and send back, in the seven languages; not a password written out or hidden by asterisks', async () => {
    await expectRule('PASSWORD_FORM', [
      'To keep your account, reply with the details below.\n\nUsername: .................\nPassword: .................\nDate of Birth: ............',
      'Bitte antworten Sie mit: E-Mail: ________ Passwort: ________',
      'Gebruikersnaam: [          ]\nWachtwoord: [          ]',
      'Usuário: ......\nSenha: ......',
      'Mot de passe : (                )',
      'Usuario: ________\nContraseña: ________',
      'Nome utente: ..........\nPassword: ..........',
    ], true)
    await expectRule('PASSWORD_FORM', [
      'Your account is ready.\nUsername: jdoe\nPassword: ********\nChange it after signing in.',
      'Temporary password: Spring-Orchard-42 (you will be asked to change it).',
      'Password: see the letter we sent by post.',
    ], false)
  })
  it('CREDENTIAL_REQUEST: the request in the body is read when the subject alone holds PHISHING_WORDS\'s phrase, which reads the body only (both were silent); not counted twice when PHISHING_WORDS reads the body', async () => {
    const subject = 'Verify your account or it will be deleted'
    const request = 'To prevent your account from being closed you will have to update it below.'
    const form = await symbolsFrom('Mail Team <team@example.com>', { subject, text: `${request}\n\nName: Jane` })
    expect(form.has('CREDENTIAL_REQUEST')).toBe(true)
    expect(form.has('PHISHING_WORDS')).toBe(false)
    const both = await symbolsFrom('Mail Team <team@example.com>', { subject, text: `Please verify your account now. ${request} https://mail-team.example.net/verify` })
    expect(both.has('PHISHING_WORDS')).toBe(true)
    expect(both.has('CREDENTIAL_REQUEST')).toBe(false)
  })
  it('PRIZE_LURE: the English e-mail lottery (the ticket that drew the lucky numbers, "won you the lottery", the lump sum pay out, the claim to file); not an office sweepstake or a pension\'s lump sum', async () => {
    await expectRule('PRIZE_LURE', [
      'Your e-mail address, attached to ticket number 025-11464992-750, drew the lucky numbers 13-15-24-38.',
      'The numbers 31-6-26-13 consequently won you the lottery in the 2nd category.',
      'You have therefore been approved for a lump sum pay out of GBP 850,000.00.',
      'To file for your claim, please contact our fiduciary agent.',
    ], true)
    await expectRule('PRIZE_LURE', ['Your lucky numbers for the office sweepstake are 4 and 17.', 'The lump sum payment of your pension will be made on 1 June.'], false)
  })
  it('STRANDED_PLEA: the robbed traveller asking for money by Western Union or as a loan, in the seven languages; not a robbery without an ask, a loan without a robbery, or a warning that describes the scam', async () => {
    await expectRule('STRANDED_PLEA', [
      'I came down to Madrid for a short vacation and I was robbed at gunpoint. Please can you loan me $2,150? I will refund it as soon as I get back.',
      'My wallet and passport were stolen at the hotel. Send the money by Western Union to my name and I will pay you back.',
      'Ich bin in London und wurde ausgeraubt. Kannst du mir 1.500 Euro leihen? Ich zahle es sofort zurück.',
      "Je suis à Madrid et j'ai été agressée, on m'a tout volé. Peux-tu me prêter 1 800 euros ?",
      'Estou em Londres e fui assaltado. Você pode me emprestar 2.000 euros?',
      'Estoy en Madrid y me robaron todo. ¿Me puedes prestar 1.500 euros?',
      'Sono stato derubato a Parigi. Puoi prestarmi 1.000 euro?',
      'Ik ben in Parijs beroofd. Kun je me 800 euro lenen?',
    ], true)
    await expectRule('STRANDED_PLEA', [
      'I was robbed in Rome last year, so keep your bag close on the trip.',
      'Can you lend me your ladder on Saturday?',
    ], false)
    // the IT desk's warning that describes the scam in its words (src/engine/reported.ts)
    const warning = 'Dear colleagues,\n\nA scam e-mail is going round that claims our director was robbed in Madrid and asks you to send money by Western Union. Do not reply and do not send any money: it is fraud. Delete it.\n\nIT Security'
    expect((await symbolsFrom('IT Security <security@example.com>', { subject: 'Warning: fake e-mail about our director', text: warning })).has('STRANDED_PLEA')).toBe(false)
  })
  it('ADVANCE_FEE: the clearance certificate the fee pays for and the funds "released to you"; not a tax clearance certificate with a payment released after approval', async () => {
    await expectRule('ADVANCE_FEE', ['ATTENTION: BENEFICIARY. Your payment of US$4.5 million lacks an Anti-Terrorist and Money Laundering Clearance Certificate. Pay $450 so that your funds can be released to you.'], true)
    await expectRule('ADVANCE_FEE', ['Please find our tax clearance certificate attached; the payment will be released to you after approval.'], false)
  })
  it('BULK_OFFER: the enlargement, "no prescription needed", copies of luxury watches, cigarettes online, brides and a degree for experience; not a cushion\'s inches, batteries, refugees, or a database\'s replica', async () => {
    await expectRule('BULK_OFFER', [
      'Our natural formula adds up to 3 inches in weeks.',
      'Increase your length and girth with our herbal pills.',
      'Cheap meds, no rx needed.',
      'Exact copies of famous watches: Rolex, Patek, Omega.',
      'Swiss made watches, perfect replicas with the same look and feel.',
      'Buy a Rolex for 200 bucks!',
      'Buy cigarettes online: Marlboro, Camel, Winston.',
      'Meet beautiful Russian women who want to marry.',
      'Get a recognized degree based on your work experience.',
      'Last up to 3 times longer in bed.',
      'Our formula will make her scream all night.',
    ], true)
    await expectRule('BULK_OFFER', [
      'The new cushion adds 2 inches of height to the chair.',
      'These batteries last 3 times longer than the old ones.',
      'Support for Ukrainian women and children arriving in Lisbon.',
      'Eggs cost €2 per carton at the market.',
    ], false)
  })
  it('SPAM_PRODUCT: the replica watches, Levitra, pills online and cheap software of the late 2000s\' subjects', async () => {
    for (const subject of ['Replica watches from $99', 'Rolex from $99', 'Levitra 20mg x 30', 'Pills online - 80% off', 'Cheap software for you'])
      expect((await symbolsFrom('Shop <shop@example.com>', { subject, text: 'Hello' })).has('SPAM_PRODUCT'), subject).toBe(true)
    expect((await symbolsFrom('IT <it@example.com>', { subject: 'Your software licence renewal', text: 'Hello' })).has('SPAM_PRODUCT')).toBe(false)
  })
  it('ACCOUNT_LURE: "7 pending incoming messages that were not delivered to your inbox" and the button that releases them, signed by postmaster in HTML with a link elsewhere; not a plain delivery report from postmaster, nor a gateway\'s digest linking to its own host', async () => {
    const lure = '<p>You have 7 pending incoming messages that were not delivered to your inbox.</p><p><a href="https://release-mail.example.net/?u=bob">Release messages to inbox</a></p>'
    expect((await symbolsFrom('Mail Server <postmaster@mailserver-notice.example>', { html: lure })).has('ACCOUNT_LURE')).toBe(true)
    const bounce = 'This is the mail system at host mx.example.com.\n\nI\'m sorry to have to inform you that your message could not be delivered.\n<carol@partner.example>: host mx.partner.example said: 552 incoming messages were held: mailbox full'
    expect((await symbolsFrom('Mail Delivery System <MAILER-DAEMON@example.com>', { text: bounce })).has('ACCOUNT_LURE')).toBe(false)
    const digest = lure.replace('https://release-mail.example.net', 'https://gateway.example.com')
    expect((await symbolsFrom('Quarantine <quarantine@example.com>', { html: digest })).has('ACCOUNT_LURE')).toBe(false)
  })
  it('URI_HOST_OBFUSCATED: a link\'s host in mathematical or fullwidth characters that fold to plain ones; not an internationalised domain', async () => {
    for (const host of ['𝟜.webrentals.example', '𝗮𝗱𝘃𝗲𝗻𝘁𝘂𝗿𝗲𝘀𝘄𝗲𝗹𝗹.example', 'ｓｈｏｐ.example'])
      expect((await symbolsOf(buildMail({ html: `<p><a href="https://${host}/c">open</a></p>` }))).get('URI_HOST_OBFUSCATED'), host).toBe(host)
    expect((await symbolsOf(buildMail({ html: '<p><a href="https://münchen.example/c">open</a></p>' }))).has('URI_HOST_OBFUSCATED')).toBe(false)
  })
  it('CONTACT_FREEMAIL: the freemail address on the line after the phrase that asks the reader to write to it; not an address after a closing', async () => {
    await expectRule('CONTACT_FREEMAIL', ['You have been selected to receive a donation. Please contact the foundation at\nfoundation.claims11@gmail.com\nWarm regards'], true)
    await expectRule('CONTACT_FREEMAIL', ['Thanks for the photos.\nKind regards,\nanna.keller@gmail.com'], false)
  })
  it('ACCOUNT_LURE: the transaction the reader "did not make", to cancel on the lure\'s page, in the seven languages; not the genuine notice that says to lock the account or to call', async () => {
    await expectRule('ACCOUNT_LURE', [
      "Didn't make this purchase? Cancel it here: https://order-cancel.example.net/",
      'Não reconhece esta transferência?\nRecomendamos que você cancele a transferência: https://cancelar.example.net/',
      '¿No reconoce esta compra? Cancélela aquí: https://cancelar.example.net/',
      "Vous n'êtes pas à l'origine de ce virement ? Annulez-le ici : https://annuler.example.net/",
      'Non hai effettuato questo pagamento? Annullalo qui: https://annulla.example.net/',
      'Sie haben diese Zahlung nicht veranlasst? Jetzt stornieren: https://storno.example.net/',
      'Heeft u deze betaling niet gedaan? Annuleer hem hier: https://annuleren.example.net/',
    ], true)
    await expectRule('ACCOUNT_LURE', ["Didn't make this transaction? Lock your account and call us at 0800 123 456.", 'If you did not request this password reset, cancel nothing: ignore this e-mail.'], false)
  })
})

describe('issue 10, thirty-fifth round: the scams and lures of 2019-2025 written as probes (callback and refund, quishing, giveaways, recovery, the fake cheque and recruiter, "Hi Mum")', () => {
  it('CALLBACK_LURE: the number after "within 24 hours" or "24/7", and the refund paid through a remote session; not a number too short once the hours are left out, nor a refund beside a remote session in another sentence', async () => {
    await expectRule('CALLBACK_LURE', [
      'Your order has been processed. If you did not authorize this renewal, please call our billing department within 24 hours at +1 (808) 555-0176.',
      'If you did not make this purchase, call us 24/7 on +44 20 7946 0018.',
      'You are eligible for a refund of $299.99. To process your refund, please call our refund desk at +1 (866) 555-0119 and an agent will connect to your computer.',
    ], true)
    await expectRule('CALLBACK_LURE', [
      'If you did not authorize this renewal, call us within 24 hours at 555 0176.',
      'Your refund of $20 has been issued to your card. Our support team can also help by remote session: call 0800 123 4567.',
    ], false)
  })
  it('QR_LURE: the QR code scanned to complete a security update or to view and acknowledge a letter, the payslip to view in the six other languages; not a boarding pass or a menu', async () => {
    await expectRule('QR_LURE', [
      'Scan the QR code below with your phone camera to complete the security update.',
      'Scan the QR code below to view and acknowledge your letter before Friday.',
      'Scannen Sie den QR-Code, um Ihre Gehaltsabrechnung anzuzeigen.',
      'Scan de QR-code om uw loonstrook te bekijken.',
      'Escaneie o código QR para visualizar o seu documento.',
      'Escanee el código QR para ver su nómina.',
      'Scannez le QR code pour consulter votre bulletin de paie.',
      'Scansiona il codice QR per visualizzare il tuo cedolino.',
    ], true)
    await expectRule('QR_LURE', ['Scan the QR code at the gate to view your boarding pass.', 'Scan the QR code on your table to view the menu.'], false)
  })
  it('CRYPTO_LURE: the giveaway that doubles what is sent to its address; not a transfer to double-check', async () => {
    await expectRule('CRYPTO_LURE', ['Send from 0.1 BTC to 20 BTC to the address below and receive double the amount back instantly.', 'To celebrate, we double your bitcoin for 24 hours.'], true)
    await expectRule('CRYPTO_LURE', ['Send 0.5 BTC to the cold wallet, then double-check the address in the ledger.'], false)
  })
  it('INVESTMENT_LURE: the wrong-number opener with a weekly profit on a crypto strategy, the recovery scam with money lost to a fake platform; not a fund\'s yearly return, nor a warning to report the loss', async () => {
    await expectRule('INVESTMENT_LURE', [
      'My uncle taught me a short-term crypto contract strategy, I make 20-30% profit every week on the platform he recommends.',
      'Have you lost money to a fake investment platform? Our certified recovery experts have recovered over $40 million. Free case evaluation.',
    ], true)
    await expectRule('INVESTMENT_LURE', ['Our fund returned 12% profit last year on the trading platform.', 'Lost money to a scam? Report it to the police and to your bank.'], false)
  })
  it('ADVANCE_FEE: the soldier\'s box of savings sent for safe keeping (with the widower); not a box of cash kept safe at the office', async () => {
    await expectRule('ADVANCE_FEE', ['I am a widower on a peacekeeping mission. I have a box containing my savings of $850,000 which I want to send to you for safe keeping.'], true)
    await expectRule('ADVANCE_FEE', ['Please keep the box with the cash for safekeeping until Monday.'], false)
  })
  it('CHARITY_LURE: donations taken only in crypto-assets; not a charity that also takes bitcoin', async () => {
    await expectRule('CHARITY_LURE', ['Because of bank restrictions, we can only accept donations in Bitcoin or USDT.', 'Spenden nehmen wir nur in Bitcoin an.'], true)
    await expectRule('CHARITY_LURE', ['You can donate by card, by bank transfer or in bitcoin.'], false)
  })
  it('JOB_TASK_LURE: the fake cheque whose balance is sent on, the résumé "selected" and the recruiter on WhatsApp; not a cheque to deposit, nor a recruiter who calls', async () => {
    await expectRule('JOB_TASK_LURE', [
      'We will mail you a check for $2,450. Deposit the check, keep $350 as your payment, and send the remaining balance via Western Union to our agent.',
      'Your resume has been selected for the position. Please add our recruiter on WhatsApp: +1 555 0100.',
      'Seu currículo foi selecionado para a vaga. Adicione nosso recrutador no WhatsApp: (21) 95555-0188.',
    ], true)
    await expectRule('JOB_TASK_LURE', ['Please deposit the check at the bank on Monday and send me the receipt.', 'Your resume has been selected for an interview; our HR team will call you.'], false)
  })
  it('STRANDED_PLEA: the child\'s "new number" or blocked banking app and the bill a parent is asked to pay, in the seven languages; not a new number alone, nor a bill alone', async () => {
    await expectRule('STRANDED_PLEA', [
      'Hi Mum, this is my new number. My banking app is blocked, can you pay this bill for me today?',
      'Oi mãe, mudei de número. Preciso pagar um boleto hoje, faz um Pix pra mim?',
      'Hallo Mama, das ist meine neue Nummer. Kannst du mir heute eine Rechnung bezahlen?',
      'Hoi mam, dit is mijn nieuwe nummer. Kun je een rekening voor mij betalen?',
      'Hola mamá, cambié de número. ¿Puedes hacerme una transferencia hoy?',
      "Coucou maman, c'est mon nouveau numéro. Peux-tu me faire un virement ?",
      'Ciao mamma, ho cambiato numero. Puoi farmi un bonifico?',
    ], true)
    await expectRule('STRANDED_PLEA', ['This is my new number, please update your contacts.', 'Can you pay the invoice for me? Thanks.'], false)
  })
  it('DOCUMENT_LURE: an invoice notice whose link downloads an archive or a program from a site not the sender\'s, the file in the evidence; not the invoice as a PDF on another site, nor the sender\'s own archive', async () => {
    const notice = (url: string) => buildMail({ headers: { From: 'Financeiro <financeiro@fornecedor.example>' }, text: `Prezado cliente,\n\nsegue a Nota Fiscal Eletrônica referente à sua compra.\n\nBaixar NF-e: ${url}\n\nDepartamento Financeiro` })
    for (const [url, evidence] of [
      ['https://nfe-download.example.com/NFe_000128774.zip', 'NFe_000128774.zip'],
      ['https://files.example.net/d/boleto-0611.msi?id=9', 'boleto-0611.msi'],
    ]) expect((await symbolsOf(notice(url))).get('DOCUMENT_LURE'), url).toContain(evidence)
    for (const url of ['https://nfe-download.example.com/NFe_000128774.pdf', 'https://www.fornecedor.example/nfe/NFe_000128774.zip']) {
      expect((await symbolsOf(notice(url))).has('DOCUMENT_LURE'), url).toBe(false)
    }
  })
  it('BULK_OFFER: the cheap software shop\'s price list and the keystroke recorder sold to suspicious spouses (probes in the style of 2002); not a subscription\'s monthly price, a reseller\'s price of a hundred dollars or more, or a release every scanner detects', async () => {
    await expectRule('BULK_OFFER', [
      'Windows XP Professional - $49\nOffice XP Professional - $59',
      'Adobe Photoshop 7.0 for only $69. Why pay retail?',
      'Our surveillance software secretly records every keystroke, chat and email. Completely undetectable!',
      'Is your spouse cheating on you? Find out today.',
    ], true)
    await expectRule('BULK_OFFER', ['Photoshop for $22.99/mo with the Photography plan.', 'Windows 11 Pro upgrade: $199 per licence.', 'The new release is detectable by every scanner we tried.'], false)
  })
  it('FINE_LURE: the Brazilian bill "sent for protest" and the name "to be negatively listed"; not a protest march', async () => {
    await expectRule('FINE_LURE', ['Caso não haja pagamento até 12/06, o título será enviado para protesto em cartório.', 'Regularize o débito ou seu nome será negativado.'], true)
    await expectRule('FINE_LURE', ['A marcha de protesto será no sábado às 10h.'], false)
  })
})

describe('issue 10, thirty-sixth round: lures of 2023-2026 written as probes (the copyright claim with its "evidence" to download, the encrypted message, the handbook to acknowledge, the credential gate said the other way round)', () => {
  it('DOCUMENT_LURE: a copyright claim whose evidence is an archive to download from a site not the sender\'s, in the seven languages; not the claim that links to the agency\'s own site, nor its evidence as a page elsewhere', async () => {
    const claim = (text: string) => buildMail({ headers: { From: 'Legal Department <legal@copyright-protect.example>' }, text })
    for (const text of [
      'We represent the photographer whose images are used on your website. This is a formal notice of copyright infringement.\nThe evidence is here: https://evidence-files.example.com/download/Copyright_Evidence.zip',
      'Wir haben eine Urheberrechtsverletzung auf Ihrer Website festgestellt. Die Beweise: https://beweise.example.com/Beweise.zip',
      'Constatamos uma violação de direitos autorais no seu site. Provas: https://provas.example.com/Provas.exe',
      'Hemos detectado una infracción de derechos de autor en su web: https://pruebas.example.com/Pruebas.zip',
      'Nous avons constaté une violation des droits d\'auteur sur votre site : https://preuves.example.com/Preuves.zip',
      'Abbiamo rilevato una violazione del copyright sul vostro sito: https://prove.example.com/Prove.zip',
      'Wij hebben een inbreuk op het auteursrecht vastgesteld: https://bewijs.example.com/Bewijs.zip',
    ]) expect((await symbolsOf(claim(text))).has('DOCUMENT_LURE'), text).toBe(true)
    for (const text of [
      'This is a formal notice of copyright infringement. The images and our licence offer: https://www.copyright-protect.example/case/8841.zip',
      'This is a formal notice of copyright infringement. The images found on your site: https://evidence-files.example.com/case/8841',
    ]) expect((await symbolsOf(claim(text))).has('DOCUMENT_LURE'), text).toBe(false)
  })
  it('DOCUMENT_LURE: the encrypted message and the handbook to read and acknowledge, leading where no genuine notice leads; not when they lead to an ordinary site (the encryption service\'s portal, the HR system)', async () => {
    await expectRule('DOCUMENT_LURE', [
      'You have received an encrypted message from Finance.\nRead message: https://securemsg-portal.example.top/read?m=88412',
      'The Employee Handbook has been updated. All staff must read and acknowledge the changes by Friday: https://corp-hr-documents.example.workers.dev/handbook',
      'Das Mitarbeiterhandbuch wurde aktualisiert: https://hr-docs.example.top/handbuch',
    ], true)
    await expectRule('DOCUMENT_LURE', [
      'You have received an encrypted message from Finance.\nRead message: https://secure.mailencrypt.example.com/read?m=88412',
      'The Employee Handbook has been updated. Please read and acknowledge the changes by Friday: https://acme.hr-platform.example.com/handbook',
    ], false)
  })
  it('CREDENTIAL_REQUEST: "to read the message, sign in with your email account", and "huidig wachtwoord behouden"; not the same words with the link to the sender\'s own site', async () => {
    await expectRule('CREDENTIAL_REQUEST', [
      'To read the message, sign in with your email account: https://securemsg-portal.example.net/read',
      'To view this document, please log in with your Microsoft 365 credentials: https://view.example.net/d',
      'Huidig wachtwoord behouden: https://wachtwoord.example.net/',
    ], true)
    expect((await symbolsOf(buildMail({ text: 'To read the message, sign in with your email account: https://mail.example.com/read' }))).has('CREDENTIAL_REQUEST')).toBe(false)
  })
  it('BULK_OFFER: the other trades of 2002\'s bulk mail (probes in its style): long-distance minutes, merchant accounts, seized cars, fuel savers and pheromone colognes, offshore accounts, cartridges, search-engine submission, cigarettes by the carton; not the same words in news or a conversation', async () => {
    await expectRule('BULK_OFFER', [
      'Switch today and pay only 3.9 cents per minute: long distance for 3.9 cents, state to state.',
      'ACCEPT CREDIT CARDS ON YOUR WEB SITE! Merchant account approval guaranteed, bad credit OK.',
      'Government seized cars from $100! Porsches, Mercedes, BMWs.',
      'Our pheromone cologne contains the natural scent that triggers attraction.',
      'Install it in 5 minutes and improve your gas mileage by up to 30%.',
      'Open an offshore bank account and an international business corporation in days.',
      'TONER AND INK CARTRIDGES. Laser toner from $39, inkjet cartridges from $4.95.',
      'We will submit your site to over 900 search engines and guarantee a top 10 position on Yahoo.',
      'Marlboro, Camel, Winston from only $9.99 per carton.',
    ], true)
    await expectRule('BULK_OFFER', [
      'The paper shows that pheromones shape the behaviour of ants.',
      'My new plan charges 8.2 cents per minute to call Germany, not bad.',
      'The government seized the domain last week.',
      'Please order new toner for the second floor printer.',
    ], false)
  })
  it('scams of 2023-2026 written as probes: the army officer\'s romance, the hitman\'s extortion, the car wrap\'s cheque, cloud mining, the loan "without a credit check" in the registries\' names, the Asian registry\'s domain scare, "in a meeting and can\'t talk"; each not in the ordinary text beside it', async () => {
    await expectRule('DATING_LURE', ["Je suis capitaine dans l'armée américaine, en mission en Syrie. Je veux passer le reste de ma vie avec toi."], true)
    await expectRule('DATING_LURE', ["Le capitaine de l'armée a présenté le bilan de la mission.", 'I want to spend the rest of my life with you, my love.'], false)
    await expectRule('SEXTORTION', ['I have been paid to kill you. Pay me $5,000 in Bitcoin and I will give you the name of the person who hired me.'], true)
    await expectRule('SEXTORTION', ['In the film, the man was hired to kill him; it is on Netflix, not for sale in bitcoin shops.'], false)
    await expectRule('JOB_TASK_LURE', ['We are seeking drivers to advertise with a vehicle wrap. You will be paid $500 per week. A check for your first payment will be mailed to you.'], true)
    await expectRule('JOB_TASK_LURE', ['Earn up to $450 per month driving with a car wrap; payouts by direct deposit.'], false)
    await expectRule('INVESTMENT_LURE', ['Your free cloud mining contract is active. Upgrade to Premium and earn up to 4% daily returns.'], true)
    await expectRule('INVESTMENT_LURE', ['Our article on cloud mining explains why we do not recommend it.'], false)
    await expectRule('LOAN_LURE', ['Wij bieden leningen van 5.000 tot 50.000 euro aan tegen een rente van 2%, zonder BKR-toetsing.', 'Wir bieten Kredite von 5.000 bis 50.000 Euro, ohne Schufa, zu 3 % Zinsen.'], true)
    await expectRule('LOAN_LURE', ['Wij bieden leningen aan vanaf 6,9% rente; een BKR-toetsing is verplicht.'], false)
    await expectRule('SEO_SPAM', ['We received an application from a company to register your brand name as their internet keyword and the following domain names: yourbrand.cn. Since this involves your company name, we need to confirm whether this company is your partner.'], true)
    await expectRule('SEO_SPAM', ['We received your application to register example.cn as an internet keyword. Your order is complete.'], false)
    await expectRule('BEC_PRESSURE', ["Are you available? I'm in a meeting and can't talk right now. I need some gift cards for clients today, scratch the back and send me pictures of the codes."], true)
    await expectRule('BEC_PRESSURE', ["I'm in a meeting and can't talk right now, let's catch up after lunch."], false)
  })
  it('phishing of the six other languages written as probes, sent from a stranger\'s name (no brand to impersonate): the new messages held, the free storage, the energy supply suspended, the refund with the form for its amount or "steht aus", the bank details to confirm to receive it; not the IT desk\'s warning of a share of the quota, nor the ordinary sentences beside them', async () => {
    await expectRule('ACCOUNT_LURE', [
      'Neue Nachrichten werden zurückgehalten, bis Sie Ihr Konto erweitern: https://postfach-speicher.example.net/',
      'Klicken Sie hier, um kostenlos 10 GB Speicher zu erhalten: https://postfach-speicher.example.net/',
      'Se non regolarizza il pagamento entro 3 giorni, la fornitura di energia sarà sospesa: https://pagamento-bolletta.example.net/',
    ], true)
    await expectRule('ACCOUNT_LURE', [
      'Il monitoraggio ci segnala che la tua casella ha raggiunto il 92% della quota: https://helpdesk.example.net/',
      'Der Speicher kostet 2 Euro im Monat, das Postfach bleibt kostenlos: https://postfach.example.net/',
      'La fornitura di energia è garantita anche in agosto: https://energia.example.net/',
    ], false)
    await expectRule('PRIZE_LURE', [
      'Tras revisar su declaración, tiene derecho a un reembolso de 395,20 EUR: https://reembolso.example.net/',
      'Complete el formulario para recibir el importe: https://reembolso.example.net/',
      'Eine Erstattung in Höhe von 612,40 EUR steht aus: https://erstattung.example.net/',
    ], true)
    await expectRule('PRIZE_LURE', ['Die Erstattung der Reisekosten von 45 EUR wurde überwiesen: https://reisekosten.example.net/'], false)
    await expectRule('CREDENTIAL_REQUEST', [
      'Um die Auszahlung zu erhalten, bestätigen Sie bitte Ihre Bankverbindung: https://erstattung.example.net/',
      'Om het bedrag te ontvangen, bevestig uw bankgegevens: https://teruggave.example.net/',
      'Afin de le recevoir, veuillez mettre à jour vos informations bancaires : https://remboursement.example.net/',
      'Per riceverlo, confermi i suoi dati bancari: https://rimborso.example.net/',
    ], true)
    await expectRule('CREDENTIAL_REQUEST', ['To receive your refund, no action is needed: it is paid to the card you used. https://shop.example.net/'], false)
  })
  it('phishing of the six other languages under a stranger\'s name (second set of probes): the banking app that stops working, the Apple ID "verrouillé", the order or withdrawal "not made" to cancel, the Italian parking violation and the fine\'s discount for paying within days, the account information to confirm, the refund once the details are confirmed, the Spanish corporate account\'s gate, the benefit one is entitled to with its amount, the fee for a new card, points that expire today; not the ordinary sentences beside them', async () => {
    await expectRule('ACCOUNT_LURE', [
      'Vanaf 15 maart werkt uw huidige bankapp niet meer. Activeer de nieuwe versie: https://bankapp-activatie.example.net/',
      'Your banking app will stop working on 15 March. Activate the new version: https://bank-update.example.net/',
      'Votre identifiant Apple a été verrouillé pour des raisons de sécurité : https://deverrouiller.example.net/',
      'Si no ha realizado este pedido, cancélelo aquí: https://cancelar-pedido.example.net/',
      'Falls Sie diese Auszahlung nicht angefordert haben, stornieren Sie sie sofort: https://wallet.example.net/',
    ], true)
    await expectRule('FINE_LURE', [
      'È stata rilevata una violazione per sosta vietata. Paghi entro 5 giorni: https://sanzioni.example.net/',
      'Si paga en los próximos 5 días obtendrá un descuento del 50 %: https://pago-multas.example.net/',
    ], true)
    await expectRule('CREDENTIAL_REQUEST', [
      'Melden Sie sich erneut an und bestätigen Sie Ihre Kontoinformationen: https://konto-pruefung.example.net/',
      'Wij storten € 134,60 terug zodra u uw gegevens heeft bevestigd: https://terugbetaling.example.net/',
      'Inicie sesión con su cuenta corporativa para consultarla: https://portal-nominas.example.net/',
    ], true)
    await expectRule('PRIZE_LURE', [
      'Su hogar tiene derecho al bono de energía de 200 EUR: https://bono.example.net/',
      'Ha diritto a un indennizzo di 24,50 EUR: https://rimborso-treni.example.net/',
      'Vous êtes éligible au chèque énergie 2025 d\'un montant de 277 € : https://cheque.example.net/',
      'Complétez le formulaire et réglez les frais d\'envoi de 1,50 € : https://carte.example.net/',
      'Você tem 12.450 pontos que expiram hoje: https://pontos.example.net/',
      'Your 12,450 points expire today: https://points.example.net/',
    ], true)
    await expectRule('ACCOUNT_LURE', ['The new banking app works on every phone: https://bank.example.net/app', 'Votre porte est verrouillée la nuit: https://hotel.example.net/'], false)
    await expectRule('FINE_LURE', ['Paghi entro 30 giorni con lo sconto del 2% per pagamento anticipato sulla fattura: https://fornitore.example.net/'], false)
    await expectRule('PRIZE_LURE', ['Your points never expire: https://shop.example.net/', 'Vous êtes éligible au télétravail deux jours par semaine: https://rh.example.net/'], false)
  })
  it('phishing in English under a stranger\'s name (probes): the direct deposit to verify, the mailbox to validate, a reward earned with its amount, the refund form to complete, the urgent payment to a new vendor; not the ordinary sentences beside them', async () => {
    await expectRule('CREDENTIAL_REQUEST', ['All employees must verify their direct deposit information before the next pay date: https://payroll-verify.example.net/'], true)
    await expectRule('CREDENTIAL_REQUEST', ['Your direct deposit information was updated on 3 March: https://payroll.example.net/'], false)
    await expectRule('ACCOUNT_LURE', ['All mailboxes will be migrated tonight. To avoid losing your emails, validate your mailbox now: https://mailbox-validate.example.net/'], true)
    await expectRule('ACCOUNT_LURE', ['Please validate your email address to finish signing up: https://app.example.net/confirm'], false)
    await expectRule('PRIZE_LURE', ['As a thank you, you have earned a $100 reward. Claim it before it expires: https://reward.example.net/', 'Your refund of $289.40 has been approved. Please complete the refund form: https://refund-form.example.net/'], true)
    await expectRule('PRIZE_LURE', ['You have earned 120 points with your last order: https://shop.example.net/', 'Your refund has been issued to your card: https://shop.example.net/'], false)
    await expectRule('BEC_REQUEST', ['Are you at your desk? I need you to process an urgent payment to a new vendor today.'], true)
    await expectRule('BEC_REQUEST', ['The payment to our new vendor was processed last week.'], false)
  })
})

describe('issue 10, thirty-seventh round: the design halves of the takeover and trap sets written by other hands (test/fixtures/takeover-mail/t1, trap-mail/t1): the pay withheld until the reader confirms, pages in a WordPress uploads folder and on design services, the meeting recording in six languages, a brand\'s heading under a person\'s name, the kit on a compromised site, the plug-in gadget', () => {
  it('ACCOUNT_LURE: the salary, bonus or payout withheld "without your confirmation", in the seven languages; not a genuine notice whose link goes to the sender\'s own portal, nor the words in another sense', async () => {
    await expectRule('ACCOUNT_LURE', [
      'Please confirm your bank details by Friday. Without your confirmation, the December salary cannot be paid: https://hr-portal.example.net/confirm',
      'Ohne Bestätigung kann die Lohnabrechnung per Ende März nicht freigegeben werden: https://personal.example.net/',
      'Zonder bevestiging kan de uitbetaling van januari helaas vertraging oplopen: https://portaal.example.net/login',
      'Sem a sua confirmação, o pagamento do bônus não poderá ser efetuado: https://rh.example.net/',
      'Sin su confirmación, la nómina de diciembre no podrá abonarse: https://rrhh.example.net/',
      'Sans confirmation de votre part, la prime ne pourra malheureusement pas être versée ce mois-ci : https://forms.example.net/prime',
      'Senza la sua conferma, lo stipendio di dicembre non potrà essere accreditato: https://hr.example.net/',
    ], true)
    expect((await symbolsOf(buildMail({ text: 'Without your confirmation, the December salary cannot be paid: https://hr.example.com/confirm' }))).has('ACCOUNT_LURE')).toBe(false)
    await expectRule('ACCOUNT_LURE', ['Without confirmation from the client we cannot start the work: https://planner.example.net/', 'Ohne Bestätigung der Bank kann der Kredit nicht ausgezahlt werden, sagt der Berater: https://news.example.net/'], false)
  })
  it('ACCOUNT_LURE: a reason of a few words between the verb and the threat ("werden aus Sicherheitsgründen vorübergehend gesperrt")', async () => {
    await expectRule('ACCOUNT_LURE', [
      'Nicht aktualisierte Konten werden aus Sicherheitsgründen vorübergehend gesperrt: https://mfa.example.net/',
      'Unverified accounts will be for security reasons suspended: https://mfa.example.net/',
      'Comptes non vérifiés seront dès demain suspendus : https://mfa.example.net/',
    ], true)
  })
  it('CREDENTIAL_REQUEST: the French request in the infinitive, and the sign-in with the work e-mail address "pour lancer la lecture"', async () => {
    await expectRule('CREDENTIAL_REQUEST', [
      'Nous vous demandons de confirmer vos données via le formulaire : https://forms.example.net/f',
      'Ouvrez le fichier et connectez-vous avec votre adresse e-mail professionnelle pour lancer la lecture : https://zoom-rec.example.net/',
    ], true)
    await expectRule('CREDENTIAL_REQUEST', ['Merci de nous confirmer votre présence à la réunion : https://agenda.example.net/'], false)
  })
  it('PRIZE_LURE: the association or company "éligible" to an aid with its amount', async () => {
    await expectRule('PRIZE_LURE', ["Votre association est éligible à une aide exceptionnelle de fonctionnement d'un montant de 5 000 €. Dossier : https://fonds-associations.example.net/"], true)
    await expectRule('PRIZE_LURE', ["L'association est éligible au titre de l'intérêt général : https://asso.example.net/"], false)
  })
  it('BEC_REQUEST: the German change of bank details in a subordinate clause, words between', async () => {
    await expectRule('BEC_REQUEST', ['Bitte beachten Sie, dass sich unsere Bankverbindung im Rahmen unserer Jahresprüfung geändert hat. Bitte überweisen Sie auf das folgende Konto.'], true)
    await expectRule('BEC_REQUEST', ['Bitte beachten Sie, dass sich unsere Adresse geändert hat.'], false)
  })
  it('DOCUMENT_LURE: a page or a folder index in a WordPress uploads folder, a Canva design and a Google Drawing as the document\'s place; not a PDF in the uploads folder, a Google Doc, nor Google\'s own sharing notice', async () => {
    const shared = (url: string, from = 'Sabine Brandt <s.brandt@stb-brandt.example>') => buildMail({ headers: { From: from }, text: `Sabine Brandt hat eine Datei für Sie freigegeben.\nÖffnen: ${url}` })
    for (const [url, evidence] of [
      ['https://www.baeckerei-huber.example.net/wp-content/uploads/2024/10/docs/index.html?id=c3Ri', 'uploads folder'],
      ['https://www.baeckerei-huber.example.net/wp-content/uploads/2024/10/docs/', 'uploads folder'],
      ['https://www.canva.com/design/DAGk7Qp1xYz/view', 'a page published on it'],
      ['https://docs.google.com/drawings/d/1pZ8kQw3XvN7bR2tL6yH0s/preview', 'a page published on it'],
    ]) expect((await symbolsOf(shared(url))).get('DOCUMENT_LURE'), url).toContain(evidence)
    for (const [url, from] of [
      ['https://www.baeckerei-huber.example.net/wp-content/uploads/2024/10/Jahresabschluss.pdf', undefined],
      ['https://docs.google.com/document/d/1pZ8kQw3XvN7bR2tL6yH0s/edit', undefined],
      ['https://docs.google.com/drawings/d/1pZ8kQw3XvN7bR2tL6yH0s/edit', 'Google Drive <drive-shares-dm-noreply@google.com>'],
    ]) expect((await symbolsOf(shared(url as string, from))).has('DOCUMENT_LURE'), url).toBe(false)
  })
  it('DOCUMENT_LURE: the meeting\'s recording available, in the six other languages, leading to a page anyone publishes', async () => {
    await expectRule('DOCUMENT_LURE', [
      'De opname van de vergadering is beschikbaar. Opname afspelen: https://teams-opname.webflow.io/',
      'Die Aufzeichnung der Besprechung finden Sie hier: https://aufzeichnung.webflow.io/',
      'A gravação da reunião já está disponível: https://gravacao.webflow.io/',
      'La grabación de la reunión ya está disponible: https://grabacion.webflow.io/',
      "L'enregistrement et la transcription sont disponibles : https://enregistrement.webflow.io/",
      'La registrazione della riunione è ora disponibile: https://registrazione.webflow.io/',
    ], true)
    await expectRule('DOCUMENT_LURE', ['De opname van de vergadering is beschikbaar in Teams: https://teams.microsoft.com/l/meetingrecap?id=1'], false)
  })
  it('URI_SITE_SYSTEM_FOLDER: a link into a site\'s system folders or to a page in its uploads folder, not the sender\'s site; not a site\'s wp-admin, its security.txt, an uploaded PDF or picture', async () => {
    await expectRule('URI_SITE_SYSTEM_FOLDER', [
      'Open: https://www.bakery.example.net/wp-includes/css/pp/signin/?case=4',
      'Open: https://www.bakery.example.net/wp-content/plugins/akismet/view/index.html',
      'Open: https://www.bakery.example.net/.well-known/pki-validation/ds/?ref=7',
      'Open: https://www.bakery.example.net/wp-content/uploads/2024/10/docs/index.html?id=1',
      'Open: https://www.bakery.example.net/wp-content/uploads/2024/10/docs/',
    ], true)
    await expectRule('URI_SITE_SYSTEM_FOLDER', [
      'A new comment awaits moderation: https://www.bakery.example.net/wp-admin/comment.php?action=approve&c=12',
      'Our security contact: https://www.bakery.example.net/.well-known/security.txt',
      'The brochure: https://www.bakery.example.net/wp-content/uploads/2024/10/brochure.pdf',
      'The photo: https://www.bakery.example.net/wp-content/uploads/2024/10/team.jpg',
      'The page: https://www.example.com/wp-content/themes/ours/landing.html',
    ], false)
  })
  it('SPAM_PRODUCT and BULK_OFFER: the plug-in gadget "Elon Musk\'s invention" that power companies are "furious" about and that cuts the bill by half or more; not the news of Musk nor an energy supplier\'s advice', async () => {
    const subject = async (Subject: string) => (await symbolsOf(buildMail({ headers: { Subject } }))).has('SPAM_PRODUCT')
    expect(await subject("Elon Musk's Ridiculous Invention Has Power Companies FURIOUS")).toBe(true)
    expect(await subject('Power companies are furious about this $39 plug')).toBe(true)
    expect(await subject("Musk's companies report their quarterly figures")).toBe(false)
    await expectRule('BULK_OFFER', ['Homeowners report that this little plug cuts their electric bill by up to 90%.', 'The power companies are furious about this little plug.'], true)
    await expectRule('BULK_OFFER', ['Our smart thermostat can reduce your heating costs by up to 10%.', 'Switching supplier could lower your energy bill.'], false)
  })
  it('BRAND_HEADING: a brand\'s name as the heading of a notice under a person\'s name, whose links are not the brand\'s; not the brand\'s own notice, a link to the brand\'s site, a heading that says more, nor a message without a link or an attachment', async () => {
    const mail = (text: string, from = 'Ruben de Graaf <r.degraaf@zonnebloem.example>') => buildMail({ headers: { From: from }, text })
    expect((await symbolsOf(mail('Microsoft Teams\nDe opname is beschikbaar: https://teams-opname.example.net/'))).has('BRAND_HEADING')).toBe(true)
    expect((await symbolsOf(mail('DHL Express\nYour parcel is waiting: https://parcel-fee.example.net/'))).has('BRAND_HEADING')).toBe(true)
    for (const [text, from] of [
      ['Microsoft Teams\nDe opname is beschikbaar: https://teams.microsoft.com/l/meetingrecap?id=1', undefined],
      ['DHL Express\nYour parcel is waiting: https://www.dhl.com/track?id=1', 'DHL Express <noreply@dhl.com>'],
      ['Name      : ups-serverroom\nOn battery since 10:02: https://192.168.1.20/', undefined],
      ['Microsoft Teams\nDe opname staat in de gedeelde map.', undefined],
    ]) expect((await symbolsOf(mail(text as string, from))).has('BRAND_HEADING'), text).toBe(false)
  })
})
