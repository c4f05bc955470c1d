// The shipped classifiers cannot decide a verdict alone: what BAYES_* and LR_*
// add together stays within [bayes] floor..cap, and the cap rises to local_cap
// as the local model grows (issue 10).
import { describe, expect, it } from 'vitest'
import { createEngine, type EngineSettings } from '../../src/engine/index'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'
import { emptyModel } from '../../src/engine/bayes/model'
import { buildMail } from '../helpers/mail'
import { flateStream, pdfFile, textPdf } from '../helpers/pdf'
import { DEFAULT_POLICY } from '../../src/policy/config'

const FACTS = { mailFrom: 'alice@example.com', rcptTo: ['bob@partner.example.org'] }
const classifierNames = (n: string) => n.startsWith('BAYES_') || n.startsWith('LR_')

/** every band scored `points`, so whatever the probabilities the two classifiers add 2 x points */
function withBands(points: number, bayes: Partial<EngineSettings['bayes']> = {}): EngineSettings {
  const scores = { ...DEFAULT_ENGINE_SETTINGS.scores }
  for (const k of Object.keys(scores)) if (classifierNames(k) && !k.endsWith('SKIPPED')) scores[k] = points
  return { ...DEFAULT_ENGINE_SETTINGS, scores, bayes: { ...DEFAULT_ENGINE_SETTINGS.bayes, model: undefined, ...bayes } }
}

async function classifierTotal(settings: EngineSettings, opts = {}) {
  const r = await createEngine(settings, opts).score(buildMail(), FACTS)
  const sum = r.symbols.filter((s) => classifierNames(s.name) || s.name === 'CLASSIFIER_CAP').reduce((a, s) => a + s.score, 0)
  return { sum: Math.round(sum * 100) / 100, cap: r.symbols.find((s) => s.name === 'CLASSIFIER_CAP') }
}

describe('classifier cap', () => {
  it('keeps what the classifiers add at or below cap, and says so', async () => {
    const { sum, cap } = await classifierTotal(withBands(5))
    expect(sum).toBe(7.5)
    expect(cap?.score).toBe(-2.5)
    expect(cap?.evidence).toContain('classifiers 10, kept 7.5')
  })
  it('keeps it at or above floor', async () => {
    const { sum, cap } = await classifierTotal(withBands(-5))
    expect(sum).toBe(-3)
    expect(cap?.score).toBe(7)
  })
  it('keeps them at or above 0 when an attached PDF says more than the message: they read the note, not the document', async () => {
    const note = (pdf: Buffer) => buildMail({ text: 'Please see the attached notice.', attachments: [{ filename: 'Notice.pdf', contentType: 'application/pdf', content: pdf }] })
    const document = textPdf(['Your mailbox storage is full and incoming messages are on hold.', 'Please verify your account within 24 hours.'])
    const r = await createEngine(withBands(-5)).score(note(document), FACTS)
    const cap = r.symbols.find((s) => s.name === 'CLASSIFIER_CAP')
    expect(cap?.score).toBe(10)
    expect(cap?.evidence).toContain('kept 0 (range 0..7.5, the attached document unread)')
    // a PDF that says less than the message (a short form beside a letter), or one drawn as a picture, keeps the floor
    const letter = buildMail({ text: `${'We enclose the signed agreement and the schedule of the works for the coming quarter. '.repeat(4)}`, attachments: [{ filename: 'Form.pdf', contentType: 'application/pdf', content: textPdf(['Signature: ________']) }] })
    expect((await createEngine(withBands(-5)).score(letter, FACTS)).symbols.find((s) => s.name === 'CLASSIFIER_CAP')?.score).toBe(7)
    const picture = note(pdfFile('<< /Type /Page /Contents 2 0 R >>', flateStream('q 600 0 0 800 0 0 cm /Im1 Do Q')))
    expect((await createEngine(withBands(-5)).score(picture, FACTS)).symbols.find((s) => s.name === 'CLASSIFIER_CAP')?.score).toBe(7)
  })
  it('keeps them at or above 0 for a document notice whose document is an attached web page (DOCUMENT_LURE): they read the note, not the page; not for the same note with a recording attached, nor where the operator set DOCUMENT_LURE to 0', async () => {
    const note = (filename: string, contentType: string) => buildMail({ headers: { Subject: 'New voicemail from +1 (415) 555-0182 (00:47)' }, text: 'You have a new voice message.\n\nCaller: +1 (415) 555-0182\nDuration: 00:47\n\nOpen the attachment to play the message.', attachments: [{ filename, contentType, content: filename.endsWith('.htm') ? '<html><script>location.href="https://vm-play.example.net/"</script></html>' : Buffer.alloc(64) }] })
    const page = await createEngine(withBands(-5)).score(note('VM_Play_0047.htm', 'text/html'), FACTS)
    expect(page.symbols.find((s) => s.name === 'DOCUMENT_LURE')?.evidence).toContain('attached VM_Play_0047.htm')
    expect(page.symbols.find((s) => s.name === 'CLASSIFIER_CAP')?.evidence).toContain('kept 0 (range 0..7.5, the attached page unread)')
    expect(page.score).toBeGreaterThanOrEqual(8)
    const recording = await createEngine(withBands(-5)).score(note('VM_0047.wav', 'audio/wav'), FACTS)
    expect(recording.symbols.find((s) => s.name === 'CLASSIFIER_CAP')?.score).toBe(7)
    const off = withBands(-5)
    off.scores = { ...off.scores, DOCUMENT_LURE: 0 }
    expect((await createEngine(off).score(note('VM_Play_0047.htm', 'text/html'), FACTS)).symbols.find((s) => s.name === 'CLASSIFIER_CAP')?.evidence).toContain('kept -3 (range -3..7.5')
  })
  it('adds no symbol when the classifiers stay within the range', async () => {
    const { sum, cap } = await classifierTotal(withBands(1))
    expect(sum).toBe(2)
    expect(cap).toBeUndefined()
  })
  it('keeps them at cap_other_languages on text that is not recognisably English, and says so', async () => {
    const settings = withBands(5, { cap_other_languages: 6.5 })
    const german = buildMail({ text: 'Sehr geehrte Frau Weber, die Rechnung für den Monat November ist ab sofort in Ihrem Kundenkonto verfügbar. Bitte prüfen Sie die Angaben.' })
    const r = await createEngine(settings).score(german, FACTS)
    const cap = r.symbols.find((s) => s.name === 'CLASSIFIER_CAP')
    expect(cap?.evidence).toContain('kept 6.5')
    expect(cap?.evidence).toContain('not English')
    // English text keeps the cap
    expect((await classifierTotal(settings)).sum).toBe(7.5)
    // never above cap, and the local model raises it to local_cap as it grows
    const low = await createEngine(withBands(5, { cap: 6, cap_other_languages: 7 })).score(german, FACTS)
    expect(low.symbols.find((s) => s.name === 'CLASSIFIER_CAP')?.evidence).toContain('kept 6 ')
    const local = emptyModel()
    local.nham = 1000
    local.nspam = 1000
    // half grown (2,000 of 4,000 messages): halfway from 6.5 to 10
    const grown = await createEngine(withBands(5, { cap_other_languages: 6.5, local_cap: 10, local_messages: 4000 }), { localModel: local }).score(german, FACTS)
    expect(grown.symbols.find((s) => s.name === 'CLASSIFIER_CAP')?.evidence).toContain('kept 8.25')
  })
  it('rises linearly to local_cap as the local model grows', async () => {
    const local = emptyModel()
    local.nham = 500
    local.nspam = 500
    const half = await classifierTotal(withBands(5, { cap: 6, local_cap: 10, local_messages: 2000 }), { localModel: local })
    expect(half.sum).toBe(8)
    local.nham = 1500
    const full = await classifierTotal(withBands(5, { cap: 6, local_cap: 10, local_messages: 2000 }), { localModel: local })
    expect(full.sum).toBe(10)
  })
})

describe('shapes of ordinary mail cannot tip a message whose classifiers sit at the cap (issue 10, third round)', () => {
  it('a Bcc\'d announcement or a reply without thread headers, classifiers at the cap, stays at or below the default threshold', async () => {
    // both classifiers at their top band: 2 x 10 points, kept at the cap (7.5)
    const settings = withBands(10)
    for (const headers of [{ To: 'undisclosed-recipients:;' }, { Subject: 'RE: your order 10442' }]) {
      const r = await createEngine(settings).score(buildMail({ headers }), FACTS)
      const names = r.symbols.map((s) => s.name)
      expect(names.includes('TO_UNDISCLOSED') || names.includes('FAKE_REPLY')).toBe(true)
      expect(r.score, JSON.stringify(headers)).toBeLessThanOrEqual(DEFAULT_POLICY.threshold)
    }
  })
})

describe('a sender identity of another organisation is evidence that tips a message whose classifiers sit at the cap (issue 10, eleventh round)', () => {
  it('MAIL FROM of another organisation than the From header: above the default threshold; a bounce address of the same organisation: not', async () => {
    const settings = withBands(10)
    const mail = buildMail({ headers: { From: 'Billing <billing@northwind.example>' } })
    const forged = await createEngine(settings).score(mail, { ...FACTS, mailFrom: 'x7@bulk-sender.example' })
    expect(forged.symbols.map((s) => s.name)).toContain('ENVELOPE_FROM_MISMATCH')
    expect(forged.score).toBeGreaterThan(DEFAULT_POLICY.threshold)
    const own = await createEngine(settings).score(mail, { ...FACTS, mailFrom: 'bounces+123@mail.northwind.example' })
    expect(own.symbols.map((s) => s.name)).not.toContain('ENVELOPE_FROM_MISMATCH')
    expect(own.score).toBeLessThanOrEqual(DEFAULT_POLICY.threshold)
  })
})

describe('a freemail sender writing to hidden recipients is evidence that tips a message whose classifiers sit at the cap (issue 10, twelfth round)', () => {
  it('From a freemail address to undisclosed recipients: above the default threshold; the same Bcc\'d announcement from the organisation\'s own domain: not', async () => {
    const settings = withBands(10)
    const facts = { mailFrom: 'grace.williams1958@gmail.com', rcptTo: ['bob@partner.example.org'] }
    const freemail = await createEngine(settings).score(buildMail({ headers: { From: 'Grace Williams <grace.williams1958@gmail.com>', To: 'undisclosed-recipients:;' } }), facts)
    expect(freemail.symbols.map((s) => s.name)).toEqual(expect.arrayContaining(['TO_UNDISCLOSED', 'FREEMAIL_UNDISCLOSED']))
    expect(freemail.score).toBeGreaterThan(DEFAULT_POLICY.threshold)
    const own = await createEngine(settings).score(buildMail({ headers: { From: 'Northwind News <news@northwind.example>', To: 'undisclosed-recipients:;' } }), { ...facts, mailFrom: 'news@northwind.example' })
    expect(own.symbols.map((s) => s.name)).toContain('TO_UNDISCLOSED')
    expect(own.symbols.map((s) => s.name)).not.toContain('FREEMAIL_UNDISCLOSED')
    expect(own.score).toBeLessThanOrEqual(DEFAULT_POLICY.threshold)
  })
})
