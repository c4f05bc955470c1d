// HTML entities as the rules and classifiers read an HTML body: every ISO-8859-1 named entity, by its
// exact name (issue 10, fifteenth round: "Aten&ccedil;&atilde;o" was read as it is written).
import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlFacts } from '../../src/engine/html'
import { createEngine, type MessageFacts } from '../../src/engine/index'
import { parseMessage, plainStub } from '../../src/engine/message'
import { tokenize } from '../../src/engine/bayes/tokenize'
import { looksEnglish } from '../../src/engine/language'
import { RULES_ONLY } from '../helpers/engine'
import { buildMail } from '../helpers/mail'

describe('decodeEntities', () => {
  it('decodes the accented letters of ISO-8859-1 by their case-sensitive names', () => {
    expect(decodeEntities('Aten&ccedil;&atilde;o: r&eacute;f&eacute;rence, &Eacute;tat, Stra&szlig;e, se&ntilde;or, gr&uuml;&szlig;e, &Aring;se')).toBe('Atenção: référence, État, Straße, señor, grüße, Åse')
    expect(decodeEntities('&frac12; &sup2; &deg; &iquest;Qu&eacute;? &laquo;oui&raquo; &times; &divide; &yuml;')).toBe('½ ² ° ¿Qué? «oui» × ÷ ÿ')
  })
  it('keeps what it decoded before, in any case, and leaves unknown names as written', () => {
    expect(decodeEntities('a&nbsp;b &AMP; &lt;x&gt; &quot;q&quot; &euro;5 &hellip; &rsquo;')).toBe('a b & <x> "q" €5 … ’')
    expect(decodeEntities('&NBSP;&Amp;')).toBe(' &')
    expect(decodeEntities('&bogus; &EACUTE; R&D &amp')).toBe('&bogus; é R&D &')
    expect(decodeEntities('&#231;&#xE3;o')).toBe('ção')
  })
  it('reads numbers 128 to 159 as windows-1252, as a browser does (HTML: "numeric character reference" table)', () => {
    // Word and Outlook write &#146; for an apostrophe and &#128; for the euro sign; they are not C1 control characters
    expect(decodeEntities('We&#146;ve &#147;held&#148; &#128;10 &#150; &#133; &#x99;')).toBe('We’ve “held” €10 – … ™')
    // the five numbers windows-1252 leaves undefined stay what they are, as the HTML table has them
    expect(decodeEntities('&#129;&#141;&#143;&#144;&#157;')).toBe('\u0081\u008d\u008f\u0090\u009d')
    expect(decodeEntities('&#127;&#160;&#8217;')).toBe('\u007f\u00a0’')
  })
  it('a soft hyphen is one, as its number already was', () => {
    expect(decodeEntities('Kon&shy;to')).toBe(decodeEntities('Kon&#173;to'))
  })
})

describe('an HTML body written with entities', () => {
  const FACTS: MessageFacts = { mailFrom: 'aviso@entregas.example', rcptTo: ['cliente@example.org'] }
  const html = '<p>Aten&ccedil;&atilde;o, prezado cliente:</p><p>A sua encomenda n&atilde;o p&ocirc;de ser entregue porque o endere&ccedil;o est&aacute; incompleto. ' +
    'Para que possamos fazer uma nova tentativa, confirme os seus dados e pague a taxa de reentrega.</p><p><a href="https://rastreio-encomendas.example.net/r">Confirmar</a></p>'
  it('is read with its letters: the language test and the rules see the words', async () => {
    const msg = await parseMessage(buildMail({ html, headers: { From: 'Entregas <aviso@entregas.example>', Subject: 'Aviso de entrega' } }))
    expect(msg.text).toContain('Atenção, prezado cliente')
    expect(msg.text).toContain('não pôde ser entregue')
    expect(looksEnglish(msg.text)).toBe(false)
    const r = await createEngine(RULES_ONLY).score(buildMail({ html, headers: { From: 'Entregas <aviso@entregas.example>', Subject: 'Aviso de entrega' } }), FACTS)
    expect(r.symbols.map((s) => s.name)).toContain('PARCEL_LURE')
  })
})

describe('htmlFacts: where the images are loaded from', () => {
  it('names each distinct http(s) image host once, protocol-relative ones too; inline and relative images have none', () => {
    const facts = htmlFacts('<img src="https://i.ibb.co/x/logo.png"><IMG SRC=\'//cdn.example.com/a.gif\'><img src="https://i.ibb.co/y/b.png"><img src="cid:part1"><img src="data:image/png;base64,AAAA"><img src="/local.png">')
    expect(facts.images).toBe(6)
    expect(facts.imageHosts).toEqual(['i.ibb.co', 'cdn.example.com'])
  })
  it('keeps at most 20 hosts, however many images', () => {
    const html = Array.from({ length: 60 }, (_, i) => `<img src="https://img${i}.example.com/p.png">`).join('')
    expect(htmlFacts(html).imageHosts).toHaveLength(20)
  })
})

describe('htmlFacts text: white space', () => {
  // what the text was before the run-start expression: every run of white space holding a line break became that line break
  const byRuns = (text: string): string => text.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : run)).trim()

  it('turns a run of white space holding a line break into that line break, and leaves other runs', () => {
    expect(htmlFacts('<p>one  two</p>\n \n<div>three&nbsp;\u2003four</div>').text).toBe(byRuns(' one  two \n \n\nthree\u00a0\u2003four '))
    const pieces = ['a', 'bc', ' ', '\n', '\t', '\u2003', '\u00a0', '\r', '\u3000', '\u2028', '<br>', '<p>', '&nbsp;']
    let seed = 3
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return (seed >>> 16) % n
    }
    for (let t = 0; t < 500; t++) {
      const html = Array.from({ length: random(40) }, () => pieces[random(pieces.length)]).join('')
      const facts = htmlFacts(html)
      // the same text before the white space is touched, through the old steps
      const raw = decodeEntities(html.replace(/<br>|<p>/g, '\n'))
      expect(facts.text, JSON.stringify(html)).toBe(byRuns(raw))
    }
  })
})

describe('a URL written as text in an HTML-only message (twenty-seventh round)', () => {
  const FACTS: MessageFacts = { mailFrom: 'guest@hotel.example', rcptTo: ['bob@partner.example.org'] }
  const html = '<p>Honored guest!</p><p>Your stay is getting closer. https://forms.gle/Ab12Cd34 For booking confirmation complete the form, or the reservation will be annulled.</p>'
  it('is one of the message\'s links, marked as written; an <a href> is not, and the same URL is listed once', async () => {
    const msg = await parseMessage(buildMail({ html, headers: { From: 'Reservations <guest@hotel.example>' } }))
    expect(msg.links).toEqual([{ url: 'https://forms.gle/Ab12Cd34', host: 'forms.gle', written: true }])
    const anchored = await parseMessage(buildMail({ html: '<p>See <a href="https://forms.gle/Ab12Cd34">https://forms.gle/Ab12Cd34</a></p>' }))
    expect(anchored.links.map((l) => [l.url, l.written])).toEqual([['https://forms.gle/Ab12Cd34', undefined]])
  })
  it('is read by the classifiers with the words of the text, as before: their tokens are those of the message without the written link', async () => {
    // (a URL that ends a sentence: the link drops the full stop, the text's URL tokens keep it)
    const msg = await parseMessage(buildMail({ html: `${html}<p>Or book again at www.rebooking2255.net.</p>`, headers: { From: 'Reservations <guest@hotel.example>' } }))
    expect(msg.links.filter((l) => l.written).map((l) => l.host)).toEqual(['forms.gle', 'www.rebooking2255.net'])
    expect(tokenize(msg)).toEqual(tokenize({ ...msg, links: msg.links.filter((l) => !l.written) }))
  })
  it('is read by the rules that ask where links lead (URI_FREE_HOSTING), not by those about the HTML\'s own links (HTML_ONLY, HTML_SHORT_WITH_LINK, HTML_ONLY_LINKS_ELSEWHERE)', async () => {
    const names = (await createEngine(RULES_ONLY).score(buildMail({ html, headers: { From: 'Reservations <guest@hotel.example>' } }), FACTS)).symbols.map((s) => s.name)
    expect(names).toContain('URI_FREE_HOSTING')
    for (const n of ['HTML_ONLY', 'HTML_SHORT_WITH_LINK', 'HTML_ONLY_LINKS_ELSEWHERE']) expect(names, n).not.toContain(n)
  })
})

describe('a stub text part beside the HTML the reader sees (twenty-seventh round)', () => {
  const FACTS: MessageFacts = { mailFrom: 'news@prizes.example', rcptTo: ['bob@partner.example.org'] }
  const lureHtml =
    '<p>Congratulations! You have been selected as the winner of our monthly draw and you won a brand new iPhone 16 Pro.</p>' +
    '<p>To receive your prize, confirm your delivery address and pay the shipping fee of 1.95 EUR within 24 hours, or visit https://claim-prize.example.net/now.</p><p><a href="https://claim-prize.example.net/x">Claim</a></p>'
  const stub = 'To view this message, open it in a browser.'
  it('the rules read the HTML text after a text part that says much less; the text part is kept apart for the classifiers', async () => {
    const msg = await parseMessage(buildMail({ text: stub, html: lureHtml }))
    expect(msg.text.startsWith(stub)).toBe(true)
    expect(msg.text).toContain('you won a brand new iPhone')
    expect(msg.text.slice(0, msg.textPartChars).trim()).toBe(stub)
    expect(plainStub(stub, msg.htmlText)).toBe(true)
    // the URL the HTML writes as text is one of the links, as in an HTML-only message
    expect(msg.links).toContainEqual({ url: 'https://claim-prize.example.net/now', host: 'claim-prize.example.net', written: true })
    // the classifiers' tokens are those of the two parts, as before
    const plainOnly = { ...msg, text: stub, textPartChars: undefined }
    expect(tokenize(msg)).toEqual(tokenize(plainOnly))
    const names = (await createEngine(RULES_ONLY).score(buildMail({ text: stub, html: lureHtml, headers: { From: 'Prizes <news@prizes.example>' } }), FACTS)).symbols.map((s) => s.name)
    expect(names).toContain('PRIZE_LURE')
  })
  it('a text part that says as much as the HTML, or an HTML part of a few words, is read as it is', async () => {
    const full = await parseMessage(buildMail({ text: 'Hello Ana, the minutes of Tuesday are attached; the budget line for Q3 is unchanged and we meet again on the 14th at 10:00 in room 2. Best, Jan', html: '<p>Hello Ana, the minutes of Tuesday are attached; the budget line for Q3 is unchanged and we meet again on the 14th at 10:00 in room 2.</p><p>Best, Jan</p>' }))
    expect(full.textPartChars).toBeUndefined()
    expect(full.text).not.toContain('\n\nHello Ana')
    const short = await parseMessage(buildMail({ text: 'Hi', html: '<p>Hi Ana, see you at ten.</p>' }))
    expect(short.textPartChars).toBeUndefined()
    expect(plainStub('', 'x'.repeat(199))).toBe(false)
    expect(plainStub('a'.repeat(59), 'x'.repeat(200))).toBe(true)
    expect(plainStub('a'.repeat(60), 'x'.repeat(200))).toBe(false)
  })
})

describe('what a browser shows of a head and of raw-text elements (twenty-ninth round)', () => {
  const FACTS: MessageFacts = { mailFrom: 'news@prizes.example', rcptTo: ['bob@partner.example.org'] }
  const lure = '<a href="https://claim-prize.example.net/x"><h4>Congratulations! You won a brand new iPhone 16 Pro. Confirm your address and pay the 1.95 EUR shipping fee to receive your prize.</h4></a>'

  it('a <head> never closed does not hide the body: the browser ends the head at the first thing it cannot hold', async () => {
    const facts = htmlFacts(`<html><head><meta charset="utf-8"><title>Offer</title><center>${lure}</center></body></html>`)
    expect(facts.text).toContain('You won a brand new iPhone')
    expect(facts.text).not.toContain('Offer')
    expect(facts.links.map((l) => l.host)).toEqual(['claim-prize.example.net'])
    const names = (await createEngine(RULES_ONLY).score(buildMail({ html: `<html><head><meta charset="utf-8">${lure}`, headers: { From: 'Prizes <news@prizes.example>' } }), FACTS)).symbols.map((s) => s.name)
    expect(names).toContain('PRIZE_LURE')
  })

  it('a head closed at the end of the message, or text written inside a closed head, is shown as the browser shows it', () => {
    expect(htmlFacts(`<head><style>h4{color:blue}</style>${lure}</head><body></body>`).text).toContain('You won a brand new iPhone')
    // what a head holds and the browser never shows stays unread
    const head = htmlFacts('<html><head><title>Invoice 42</title><style>p{margin:0}</style><script>var a = 1</script><meta name="x" content="y"></head><body><p>Hello</p></body></html>')
    expect(head.text).toBe('Hello')
  })

  it('<noframes> and <noembed> are raw text the browser does not show: a <style> written inside them starts nothing', async () => {
    const html = `<html><head></head><noframes><xml><style></xml></noframes><div>${lure}</div><style>h4{color:blue}</style><p>footer</p>`
    const facts = htmlFacts(html)
    expect(facts.text).toContain('You won a brand new iPhone')
    expect(facts.text).toContain('footer')
    expect(facts.text).not.toContain('xml')
    expect(facts.links).toHaveLength(1)
    expect(htmlFacts('<noembed><p>fallback</p></noembed><p>shown</p>').text).toBe('shown')
    const names = (await createEngine(RULES_ONLY).score(buildMail({ html, headers: { From: 'Prizes <news@prizes.example>' } }), FACTS)).symbols.map((s) => s.name)
    expect(names).toContain('PRIZE_LURE')
  })

  it('a <style>, <script> or <title> never closed still hides the rest, as in a browser', () => {
    expect(htmlFacts('<p>Hello</p><style>p{margin:0} <p>not shown</p>').text).toBe('Hello')
    expect(htmlFacts('<p>Hello</p><title>not shown').text).toBe('Hello')
  })
})

describe('issue 10, thirty-third round: text the HTML hides by its own style ("hidden text salting")', () => {
  const salted = (style: string) =>
    `<p>Your acc<span style="${style}">xqz</span>ount has been sus<span style="${style}">kvw</span>pended. Verify your iden<font style="${style}">jjq</font>tity within 24 hours.</p>`
  it('is not read after the text shown: the words the reader sees are read whole, each kind of hiding style', () => {
    for (const style of ['font-size:0px', 'display:none', 'visibility: hidden; position: absolute; font-size: 0;', 'font-size:1px;color:#fff', 'opacity:0', 'max-height:0;overflow:hidden', 'mso-hide:all;display:none !important', 'width:0px; height:0px; overflow:hidden']) {
      const facts = htmlFacts(salted(style))
      expect(facts.text, style).toBe('Your account has been suspended. Verify your identity within 24 hours.')
      expect(facts.hiddenTexts, style).toBe(3)
    }
    expect(htmlFacts('<p>Your acc<span hidden>xqz</span>ount</p>').text).toBe('Your account')
    // a title that says "hidden" is no hidden attribute
    expect(htmlFacts('<p>Your <span title="the hidden gem">gem</span> is here</p>').text).toBe('Your gem is here')
  })
  it('is read when shown or styled otherwise, and a hidden preheader before the text shown is kept on a line of its own', () => {
    const shown = htmlFacts('<p>Hello <span style="font-size:12px;color:#333">Bob</span>, <b>welcome</b>.</p>')
    expect(shown.text).toBe('Hello Bob , welcome .')
    expect(shown.hiddenTexts).toBe(0)
    const preheader = htmlFacts('<body><div style="display:none;max-height:0;overflow:hidden">Your March statement is ready</div><table><tr><td><p>Hello Bob,</p></td></tr></table></body>')
    expect(preheader.text.split('\n')[0]).toBe('Your March statement is ready')
    expect(preheader.text).toContain('Hello Bob,')
    expect(preheader.hiddenTexts).toBe(0)
    // an element with an element inside it is not read as hidden text (a layout's mobile block)
    expect(htmlFacts('<p>Shop</p><div style="display:none"><a href="https://shop.example/m">Menu</a></div>').text).toContain('Menu')
  })
  it('a comment inside a word joins it, as a browser shows it', () => {
    expect(htmlFacts('<p>Your acc<!-- x -->ount has been sus<!---->pended</p>').text).toBe('Your account has been suspended')
  })
  it('is read as written for the labelling aid (keepHiddenText), and by parseMessage with keepHiddenText', async () => {
    // (a tag reads as a space, as before the round)
    expect(htmlFacts(salted('display:none'), true).text).toBe('Your acc xqz ount has been sus kvw pended. Verify your iden jjq tity within 24 hours.')
    const raw = buildMail({ html: salted('display:none') })
    expect((await parseMessage(raw)).text).toContain('Your account has been suspended')
    expect((await parseMessage(raw, { keepHiddenText: true })).text).toContain('Your acc xqz ount')
  })
  it('HTML_HIDDEN_TEXT: three runs hidden after the text shown, not two, not a preheader; the lure\'s words are read', async () => {
    const FACTS: MessageFacts = { mailFrom: 'alerts@account-notice.example', rcptTo: ['bob@partner.example.org'] }
    const score = async (html: string) => new Map((await createEngine(RULES_ONLY).score(buildMail({ html, headers: { From: 'Security <alerts@account-notice.example>' } }), FACTS)).symbols.map((s) => [s.name, s.evidence]))
    const lure = await score(`${salted('display:none')}<p><a href="https://verify-id.example.net/login">Verify now</a></p>`)
    expect(lure.get('HTML_HIDDEN_TEXT')).toBe('3 hidden runs of text')
    expect(lure.has('ACCOUNT_LURE')).toBe(true)
    const two = await score('<p>Your acc<span style="display:none">x</span>ount is ready. Sign<span style="display:none">y</span> in.</p>')
    expect(two.has('HTML_HIDDEN_TEXT')).toBe(false)
    const preheaderOnly = await score('<div style="display:none">Preview one</div><div style="display:none">Preview two</div><div style="display:none">Preview three</div><p>Your statement is ready.</p>')
    expect(preheaderOnly.has('HTML_HIDDEN_TEXT')).toBe(false)
  })
})
