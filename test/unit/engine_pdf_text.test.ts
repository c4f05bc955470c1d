// The words of attached PDFs (src/engine/pdf_text.ts): read from compressed page content through the
// fonts' ToUnicode CMaps, bounded; the lure rules read them after the message's text, the rules about
// how the message is written and the classifiers do not (issue 10, twenty-eighth round).
import { describe, expect, it } from 'vitest'
import { MAX_PDF_TEXT_CHARS, pdfText } from '../../src/engine/pdf_text'
import { createEngine, type MessageFacts } from '../../src/engine/index'
import { parseMessage } from '../../src/engine/message'
import { tokenize } from '../../src/engine/bayes/tokenize'
import { RULES_ONLY } from '../helpers/engine'
import { buildMail } from '../helpers/mail'
import { flateStream, pdfFile, textPdf } from '../helpers/pdf'

const LURE = [
  'Dear Customer,',
  'Your account has been suspended because of unusual sign-in activity.',
  'To restore access, please verify your account within 24 hours.',
  'Amazon Customer Service',
]

describe('pdfText', () => {
  it('reads a subset font through its ToUnicode CMap (bfchar and bfrange), in compressed content, a line each', () => {
    expect(pdfText(textPdf(LURE))).toBe(LURE.join('\n'))
  })
  it('reads a simple font\'s literal strings, escapes included', () => {
    expect(pdfText(textPdf(['Invoice (No. 2026-0088)', 'Total EUR 3.146,00'], { font: 'simple' }))).toBe('Invoice (No. 2026-0088)\nTotal EUR 3.146,00')
  })
  it('reads the glyph numbers of a subset font without a CMap in the standard Macintosh order, only when the text is no words otherwise', () => {
    expect(pdfText(textPdf(['Your account has been limited'], { glyphOrder: true }))).toBe('Your account has been limited')
    // a simple font whose text has words is read as it is
    expect(pdfText(textPdf(['Rechnung 2026-00417 vom 05.03.2026'], { font: 'simple' }))).toBe('Rechnung 2026-00417 vom 05.03.2026')
  })
  it('joins a word drawn in pieces and puts a space where the pen jumps ahead, a line end where the baseline moves', () => {
    const content = 'BT /F1 10 Tf 1 0 0 1 72 700 Tm (an) Tj 1 0 0 1 82 700 Tm (d) Tj 1 0 0 1 100 700 Tm (verify) Tj 1 0 0 1 72 680 Tm [(your)-300(account)] TJ ET'
    const file = pdfFile('<< /Type /Page /Resources << /Font << /F1 3 0 R >> >> /Contents 2 0 R >>', flateStream(content), '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
    expect(pdfText(file)).toBe('and verify\nyour account')
  })
  it('places glyphs drawn one by one by the font\'s advances (/Widths): a word\'s letters joined, a space between words', () => {
    // Chrome prints a page a glyph at a time, each moved by its advance: "m" is wider than half the text size
    const advance: Record<string, number> = { P: 667, a: 556, y: 500, m: 833, e: 556, n: 556, t: 278, ' ': 278, d: 556, u: 556 }
    const widths = Array.from({ length: 91 }, (_, i) => advance[String.fromCharCode(32 + i)] ?? 500)
    let content = 'BT /F1 10 Tf 1 0 0 1 72 700 Tm'
    let previous = ''
    for (const ch of 'Payment due') {
      if (ch === ' ') {
        previous += ' '
        continue
      }
      const move = [...previous].reduce((sum, c) => sum + advance[c] / 100, 0)
      content += `${previous ? ` ${move.toFixed(2)} 0 Td` : ''} (${ch}) Tj`
      previous = ch
    }
    const file = pdfFile('<< /Type /Page /Resources << /Font << /F1 3 0 R >> >> /Contents 2 0 R >>', flateStream(`${content} ET`), `<< /Type /Font /Subtype /TrueType /FirstChar 32 /Widths 4 0 R >>`, `[${widths.join(' ')}]`)
    expect(pdfText(file)).toBe('Payment due')
  })
  it('finds fonts named in an object stream through an indirect /Font dictionary', () => {
    const content = 'BT /F7 12 Tf 1 0 0 1 72 700 Tm <00030004> Tj ET'
    const cmap = 'begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0003> <0004> [<004F> <004B>] endbfrange endcmap'
    const packed = '5 0 6 40 << /Font 6 0 R /ProcSet [/PDF /Text] >>\n<< /F7 7 0 R >>'
    const file = pdfFile(
      '<< /Type /Page /Resources 5 0 R /Contents 2 0 R >>',
      flateStream(content),
      flateStream(packed, '/Type /ObjStm /N 2 /First 9'),
      flateStream(cmap),
      '<< >>',
      '<< >>',
      '<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode 4 0 R >>',
    )
    expect(pdfText(file)).toBe('OK')
  })
  it('reads nothing of an encrypted PDF, of pictures, of what is no PDF', () => {
    const encrypted = Buffer.concat([textPdf(LURE, { font: 'simple' }), Buffer.from('trailer\n<< /Encrypt 9 0 R >>\n%%EOF\n')])
    expect(pdfText(encrypted)).toBe('')
    expect(pdfText(pdfFile('<< /Type /Page /Contents 2 0 R >>', flateStream('q 600 0 0 800 0 0 cm /Im1 Do Q')))).toBe('')
    expect(pdfText(Buffer.from('BT (Your account) Tj ET'))).toBe('')
  })
  it('is bounded: at most MAX_PDF_TEXT_CHARS characters, and hostile content ends without an error', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Line ${i} of a long statement of account with many words`)
    expect(pdfText(textPdf(long, { font: 'simple' })).length).toBeLessThanOrEqual(MAX_PDF_TEXT_CHARS)
    const hostile = [
      `BT /F1 12 Tf (${'a'.repeat(500000)}) Tj ET`,
      `BT (${'('.repeat(100000)} Tj ET`,
      `BT [${'<41> -300 '.repeat(50000)}] TJ ET`,
      `BT <${'4'.repeat(300000)} Tj ET`,
      `BT ${'1 2 3 4 5 6 Tm '.repeat(30000)} ET`,
    ]
    for (const content of hostile) {
      const text = pdfText(pdfFile('<< /Type /Page /Resources << /Font << /F1 3 0 R >> >> /Contents 2 0 R >>', flateStream(content), '<< /Type /Font /Subtype /Type1 >>'))
      expect(text.length).toBeLessThanOrEqual(MAX_PDF_TEXT_CHARS)
    }
    const broken = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj << /Filter /FlateDecode >> stream\n'), Buffer.from([0x78, 0x9c, 1, 2, 3]), Buffer.from('\nendstream endobj')])
    expect(pdfText(broken)).toBe('')
    expect(pdfText(Buffer.from(`%PDF-1.4\n${' obj'.repeat(50000)}`))).toBe('')
    expect(pdfText(textPdf(LURE).subarray(0, 300))).toBe('')
  })
  it('reads no stream of another filter than Flate', () => {
    const data = Buffer.from('BT (Your account is suspended) Tj ET')
    const file = pdfFile('<< /Type /Page /Contents 2 0 R >>', Buffer.concat([Buffer.from(`<< /Filter /LZWDecode /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]))
    expect(pdfText(file)).toBe('')
  })
})

describe('the lure rules read the words of an attached PDF', () => {
  const engine = createEngine(RULES_ONLY)
  const FACTS: MessageFacts = { mailFrom: 'service@notice-center.example', rcptTo: ['bob@partner.example.org'] }
  const withPdf = (text: string, pdf: Buffer, extra: Record<string, string> = {}) =>
    buildMail({ headers: { From: 'Customer Service <service@notice-center.example>', Subject: 'Important notice', ...extra }, text, attachments: [{ filename: 'Notice.pdf', contentType: 'application/pdf', content: pdf }] })
  const names = async (raw: Buffer) => new Map((await engine.score(raw, FACTS)).symbols.map((s) => [s.name, s.evidence]))

  it('an account lure whose story is in the PDF is scored as if it were in the message', async () => {
    const pdf = textPdf(LURE, { links: ['https://account-review-center.example.net/restore'] })
    const s = await names(withPdf('Please see the attached notice.', pdf))
    expect(s.get('ACCOUNT_LURE')).toMatch(/suspended/)
    expect(s.get('PHISHING_WORDS')).toMatch(/verify your account/)
    // the same note with a PDF that draws its words as a picture: nothing to read
    const picture = pdfFile('<< /Type /Page /Contents 2 0 R >>', flateStream('q 600 0 0 800 0 0 cm /Im1 Do Q'))
    const none = await names(withPdf('Please see the attached notice.', picture))
    expect(none.has('ACCOUNT_LURE')).toBe(false)
    expect(none.has('PHISHING_WORDS')).toBe(false)
  })
  it('a supplier\'s invoice PDF is no lure, and the capitals of a PDF are not the writer\'s shouting', async () => {
    const invoice = textPdf(['SCHAEFER ELEKTROTECHNIK GMBH', 'RECHNUNG RE-2026-00417 DATUM 05.03.2026', 'AUSTAUSCH UNTERVERTEILUNG 1.574,50 EUR', 'USt 19% 299,16 GESAMT 1.873,66 EUR', 'ZAHLBAR INNERHALB VON 14 TAGEN OHNE ABZUG', 'LEISTUNGSZEITRAUM FEBRUAR 2026 ELEKTROINSTALLATION WERKSTATT', 'BANKVERBINDUNG SPARKASSE HEILBRONN BIC HEISDE66XXX'])
    const s = await names(withPdf('Guten Tag, anbei unsere Rechnung RE-2026-00417. Mit freundlichen Grüßen, Schaefer Elektrotechnik', invoice))
    for (const name of ['ACCOUNT_LURE', 'PHISHING_WORDS', 'CREDENTIAL_REQUEST', 'BODY_EXCESS_CAPS', 'BODY_SHOUTING']) expect(s.has(name)).toBe(false)
  })
  it('a lure forwarded to the IT desk with the question whether it is real: its PDF is not read', async () => {
    const pdf = textPdf(LURE)
    const s = await names(withPdf('Hi IT, is this real? I got the attached from someone claiming to be Amazon. Should I click?\n\n---------- Forwarded message ---------\nFrom: Amazon <service@notice-center.example>\nSubject: Important notice\n\nPlease see the attached notice.', pdf))
    expect(s.has('ACCOUNT_LURE')).toBe(false)
    expect(s.has('PHISHING_WORDS')).toBe(false)
  })
  it('the classifiers read the message alone: the same tokens with and without the PDF\'s words', async () => {
    const withWords = await parseMessage(withPdf('Please see the attached notice.', textPdf(LURE)))
    const without = await parseMessage(withPdf('Please see the attached notice.', pdfFile('<< /Type /Page >>')))
    expect(withWords.attachmentText).toContain('verify your account')
    expect(without.attachmentText).toBe('')
    expect(tokenize(withWords)).toEqual(tokenize(without))
  })
})
