// The words and links of attached Word documents (src/engine/docx.ts): read through the ZIP archive's central
// directory, bounded; the lure rules read the words and the link rules the links, as a PDF's (issue 10,
// twenty-eighth round).
import { describe, expect, it } from 'vitest'
import { docxContent, looksLikeDocx, MAX_DOCX_TEXT_CHARS } from '../../src/engine/docx'
import { createEngine, type MessageFacts } from '../../src/engine/index'
import { RULES_ONLY } from '../helpers/engine'
import { buildMail } from '../helpers/mail'
import { docxFile, zipFile } from '../helpers/docx'

const LURE = ['Microsoft 365 Mailbox Notice', 'Your mailbox storage is full & 17 incoming messages are on hold.', 'To release your messages, please verify your account within 24 hours.']
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describe('docxContent', () => {
  it('reads the paragraphs (runs joined, entities read) and the external hyperlinks\' web and mailto targets', () => {
    const doc = docxContent(docxFile(LURE, ['https://mbx-release.z13.web.core.windows.net/?a=1&b=2', 'mailto:it-desk@corp.example']))
    expect(doc.text).toBe(`${LURE.join('\n')}\nOpen the document\nOpen the document`)
    expect(doc.links).toEqual(['https://mbx-release.z13.web.core.windows.net/?a=1&b=2', 'mailto:it-desk@corp.example'])
  })
  it('reads nothing of an archive without a document, of what is no archive, of a damaged one', () => {
    expect(docxContent(zipFile([{ name: 'notes.txt', content: 'Your account is suspended' }]))).toEqual({ text: '', links: [] })
    expect(docxContent(Buffer.from('Your account is suspended'))).toEqual({ text: '', links: [] })
    const file = docxFile(LURE)
    expect(docxContent(file.subarray(0, file.length - 30))).toEqual({ text: '', links: [] })
    const broken = Buffer.from(file)
    broken.fill(0xff, 30, 200)
    expect(() => docxContent(broken)).not.toThrow()
  })
  it('keeps at most MAX_DOCX_TEXT_CHARS characters', () => {
    const long = Array.from({ length: 500 }, (_, i) => `Paragraph ${i} of a long contract with many clauses and words`)
    expect(docxContent(docxFile(long)).text.length).toBe(MAX_DOCX_TEXT_CHARS)
  })
  it('knows a .docx by its first bytes and its name or type', () => {
    const head = docxFile(LURE).subarray(0, 8)
    expect(looksLikeDocx('Notice.docx', 'application/octet-stream', head)).toBe(true)
    expect(looksLikeDocx('Notice', DOCX, head)).toBe(true)
    expect(looksLikeDocx('Notice.zip', 'application/zip', head)).toBe(false)
    expect(looksLikeDocx('Notice.docx', DOCX, Buffer.from('%PDF-1.7'))).toBe(false)
  })
})

describe('the rules read an attached Word document', () => {
  const engine = createEngine(RULES_ONLY)
  const FACTS: MessageFacts = { mailFrom: 'kim.fischer@corp.example', rcptTo: ['bob@partner.example.org'] }
  const names = async (content: Buffer) =>
    new Map(
      (
        await engine.score(
          buildMail({ headers: { From: 'Kim Fischer <kim.fischer@corp.example>', Subject: 'Document for your review' }, text: 'Hello, please review the attached document. Kim', attachments: [{ filename: 'Notice.docx', contentType: DOCX, content }] }),
          FACTS,
        )
      ).symbols.map((s) => [s.name, s.evidence]),
    )
  it('its words by the lure rules and its links by the link rules', async () => {
    const s = await names(docxFile(LURE, ['https://mbx-release-7731.z13.web.core.windows.net/']))
    expect(s.get('ACCOUNT_LURE')).toMatch(/on hold/)
    expect(s.get('PHISHING_WORDS')).toMatch(/verify your account/)
    expect(s.get('URI_FREE_HOSTING')).toBe('mbx-release-7731.z13.web.core.windows.net')
  })
  it('a colleague\'s minutes are no lure', async () => {
    const s = await names(docxFile(['Minutes of the works council, 3 March 2026', 'Present: K. Fischer, B. Weber, J. Schaefer', 'The canteen opens at 11:30 from April.']))
    for (const name of ['ACCOUNT_LURE', 'PHISHING_WORDS', 'URI_FREE_HOSTING']) expect(s.has(name)).toBe(false)
  })
})
