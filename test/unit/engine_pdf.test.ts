// The links of attached PDFs (src/engine/pdf.ts): read from plain link annotations and from compressed
// object streams, bounded; the link rules read them after the message's own (issue 10, twentieth round).
import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { MAX_PDF_LINKS, pdfLinks } from '../../src/engine/pdf'
import { createEngine, type MessageFacts } from '../../src/engine/index'
import { RULES_ONLY } from '../helpers/engine'
import { buildMail } from '../helpers/mail'
import { pdfFile as pdf } from '../helpers/pdf'

/** A compressed object stream holding the given objects */
function objectStream(body: string): Buffer {
  const data = zlib.deflateSync(Buffer.from(body, 'latin1'))
  return Buffer.concat([Buffer.from(`<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')])
}

describe('pdfLinks', () => {
  it('reads a plain link annotation, with escaped parentheses, and a hex one', () => {
    const file = pdf(
      '<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://okokoaksoa.z13.web.core.windows.net/) >> >>',
      '<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://example.com/a\\(1\\).html) >> >>',
      `<< /Type /Annot /Subtype /Link /A << /S /URI /URI <${Buffer.from('https://bit.ly/3YwugFf').toString('hex')}> >> >>`,
    )
    expect(pdfLinks(file)).toEqual(['https://okokoaksoa.z13.web.core.windows.net/', 'https://example.com/a(1).html', 'https://bit.ly/3YwugFf'])
  })
  it('inflates compressed object streams, not page content', () => {
    const file = pdf(objectStream('5 0 << /A << /S /URI /URI (https://pub-1a2b.r2.dev/login) >> >>'), '<< /Length 20 /Filter /FlateDecode >>\nstream\nxxxx\nendstream')
    expect(pdfLinks(file)).toEqual(['https://pub-1a2b.r2.dev/login'])
  })
  it('keeps only web and mailto addresses, each once, at most MAX_PDF_LINKS', () => {
    const annots = Array.from({ length: 80 }, (_, i) => `<< /A << /S /URI /URI (https://site${i}.example.com/) >> >>`)
    expect(pdfLinks(pdf(...annots))).toHaveLength(MAX_PDF_LINKS)
    expect(pdfLinks(pdf('<< /A << /URI (javascript:alert(1)) >> >>', '<< /A << /URI (https://a.example.com/) >> >>', '<< /A << /URI (https://a.example.com/) >> >>'))).toEqual(['https://a.example.com/'])
  })
  it('reads nothing in what is no PDF, and survives a broken stream', () => {
    expect(pdfLinks(Buffer.from('<< /URI (https://bit.ly/x) >>'))).toEqual([])
    const broken = pdf(Buffer.concat([Buffer.from('<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n'), Buffer.from([0x78, 0x9c, 1, 2, 3]), Buffer.from('\nendstream')]))
    expect(pdfLinks(broken)).toEqual([])
  })
})

describe('the link rules read the links of an attached PDF', () => {
  const engine = createEngine(RULES_ONLY)
  const FACTS: MessageFacts = { mailFrom: 'alice@example.com', rcptTo: ['bob@partner.example.org'] }
  const withPdf = (text: string, url: string, headers: Record<string, string> = {}) =>
    buildMail({ headers, text, attachments: [{ filename: 'Liberacao.pdf', contentType: 'application/pdf', content: pdf(`<< /A << /S /URI /URI (${url}) >> >>`) }] })
  const names = async (raw: Buffer) => new Map((await engine.score(raw, FACTS)).symbols.map((s) => [s.name, s.evidence]))
  it('a shortener or free hosting in the PDF is scored as in the text', async () => {
    expect((await names(withPdf('Mais informações em anexo.', 'https://bit.ly/3YwugFf'))).get('URL_SHORTENER')).toBe('bit.ly')
    expect((await names(withPdf('Segue o documento.', 'https://okokoaksoa.z13.web.core.windows.net/'))).get('URI_FREE_HOSTING')).toBe('okokoaksoa.z13.web.core.windows.net')
  })
  it('an invoice PDF whose "Pay online" goes to the firm\'s site-builder shop is no document lure', async () => {
    const s = await names(withPdf('Please find attached invoice 1187.', 'https://harbor-bakery.square.site/pay'))
    expect(s.has('URI_FREE_HOSTING')).toBe(true)
    expect(s.has('DOCUMENT_LURE')).toBe(false)
  })
  it('the PDF of a lure forwarded to IT with a question is the lure\'s: not scored', async () => {
    const asked = 'Hi IT, is this real? I did not expect it.\n\n---------- Forwarded message ---------\nFrom: Banco <aviso@banco-aviso.example>\nSubject: Liberacao\n\nMais informações em anexo.'
    expect((await names(withPdf(asked, 'https://bit.ly/3YwugFf', { Subject: 'Fwd: Liberacao' }))).has('URL_SHORTENER')).toBe(false)
  })
})
