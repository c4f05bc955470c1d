// Thread hijacking (issue 10, thirty-fifth round): a reply of a line or two over the victim's genuine conversation
// that hands over a payload is REPLY_PAYLOAD, and the classifiers' ham opinion of the quoted conversation does not
// count against it (src/engine/rules/thread_hijack.ts, src/engine/index.ts).
import { describe, expect, it } from 'vitest'
import { createEngine, type EngineSettings } from '../../src/engine/index'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'
import { buildMail } from '../helpers/mail'

const FACTS = { mailFrom: 'kim.fischer@corp.example', rcptTo: ['anna.berger@partner.example'] }
const engine = createEngine(DEFAULT_ENGINE_SETTINGS)
const QUOTE = '\n\n-----Original Message-----\nFrom: Anna Berger <anna.berger@partner.example>\nSent: Monday, October 3, 2022 4:12 PM\nTo: Kim Fischer <kim.fischer@corp.example>\nSubject: delivery schedule for week 41\n\nHi Kim,\n\ncould you confirm the delivery schedule for week 41? We need the pallets on site by Thursday.\n\nThanks,\nAnna\n'

/** An encrypted ZIP: one entry whose general purpose flag has bit 0 set (in the local header and the central directory). */
function encryptedZip(): Buffer {
  const name = Buffer.from('Doc_1511.doc')
  const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 1, 0, 0, 0]), Buffer.alloc(16), Buffer.from([name.length, 0, 0, 0]), name])
  return Buffer.concat([local, Buffer.alloc(16)])
}

function reply(own: string, opts: { subject?: string; attachments?: Parameters<typeof buildMail>[0]['attachments']; quote?: string } = {}): Buffer {
  return buildMail({
    headers: { From: 'Kim Fischer <kim.fischer@corp.example>', Subject: opts.subject ?? 'RE: delivery schedule for week 41', 'In-Reply-To': '<week41@partner.example>' },
    text: own + (opts.quote ?? QUOTE),
    attachments: opts.attachments,
  })
}

async function payloadOf(raw: Buffer, settings: EngineSettings = DEFAULT_ENGINE_SETTINGS) {
  const r = await (settings === DEFAULT_ENGINE_SETTINGS ? engine : createEngine(settings)).score(raw, FACTS)
  return { evidence: r.symbols.find((s) => s.name === 'REPLY_PAYLOAD')?.evidence, r }
}

describe('REPLY_PAYLOAD: a hijacked thread\'s reply that hands over a payload', () => {
  it('fires on a password-protected archive with its password, an attached OneNote notebook, disk image or web page, and a link to an archive the words call attached or that leads into a site\'s WordPress folders', async () => {
    const cases: Array<[Buffer, string]> = [
      [reply('Good morning,\n\nfind the attached file.\nPassword: 4471\n\nRegards', { attachments: [{ filename: 'Doc_15112022.zip', contentType: 'application/zip', content: encryptedZip() }] }), 'Doc_15112022.zip (password-protected)'],
      [reply('Hi,\n\nplease review the attached and let me know.', { attachments: [{ filename: 'Schedule_1511.one', contentType: 'application/octet-stream', content: Buffer.alloc(64) }] }), 'Schedule_1511.one'],
      [reply('Hello,\n\nplease check the invoice in the attachment.', { attachments: [{ filename: 'Invoice_1511.img', contentType: 'application/octet-stream', content: Buffer.alloc(64) }] }), 'Invoice_1511.img'],
      [reply('Hello,\n\nthe updated schedule is in the attachment, open it in your browser.', { attachments: [{ filename: 'Schedule_1511.html', contentType: 'text/html', content: '<html><body>x</body></html>' }] }), 'Schedule_1511.html'],
      [reply('Hello,\n\nplease see the attached document and confirm.\n\nhttps://greenvalley-farms.example.com/files/Doc_1511.zip\n\nThank you'), 'greenvalley-farms.example.com: Doc_1511.zip'],
      [reply('Guten Tag,\n\nanbei die gewünschten Unterlagen.\n\nhttps://praxis-meier.example.de/files/Dokument_1511.zip', { subject: 'AW: Lieferplan KW 41' }), 'Dokument_1511.zip'],
      [reply('Buongiorno,\n\nil documento: https://ristorante.example.it/wp-content/uploads/2022/11/Documento_1511.zip', { subject: 'R: consegne settimana 41' }), 'Documento_1511.zip'],
    ]
    for (const [raw, evidence] of cases) expect((await payloadOf(raw)).evidence, evidence).toContain(evidence)
  })
  it('does not fire on a real answer with a link, the sender\'s own archive, a link the words do not call attached, an archive on a file-sharing service, a designer\'s logo or a developer\'s script attached, a PDF, an archive without its password, or the same few lines without a quoted conversation', async () => {
    const answer = `Hi Anna,\n\n${'the pallets will be on site by Thursday morning; the driver will call you an hour before he arrives, and the delivery note lists the six positions we agreed on. '.repeat(3)}\nThe drawings are here: https://files.example.net/drawings/week41.zip\n\nKim`
    const cases: Buffer[] = [
      reply(answer),
      reply('Hello,\n\nplease see the attached document.\n\nhttps://www.corp.example/downloads/Doc_1511.zip'),
      reply('Hello,\n\nthe driver is on the vendor\'s page: https://download.vendor.example/drivers/setup-2.4.zip'),
      reply('Hi Anna,\n\nthe photos were too big for an attachment, here they are: https://www.dropbox.com/s/k2j4h/photos_week41.zip?dl=0'),
      reply('Hi Anna,\n\nthe new logo is attached.', { attachments: [{ filename: 'logo_week41.svg', contentType: 'image/svg+xml', content: '<svg xmlns="http://www.w3.org/2000/svg"/>' }] }),
      reply('Hi,\n\nthe fix is attached, please try it.', { attachments: [{ filename: 'schedule-fix.js', contentType: 'text/javascript', content: 'export const x = 1\n' }] }),
      reply('Hello,\n\nplease see the attached document and confirm.', { attachments: [{ filename: 'Schedule_week41.pdf', contentType: 'application/pdf', content: '%PDF-1.4\n%%EOF\n' }] }),
      reply('Hello,\n\nthe archive is attached, I will send you the password by phone.', { attachments: [{ filename: 'Contract.zip', contentType: 'application/zip', content: Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000') }] }),
      buildMail({ headers: { From: 'Kim Fischer <kim.fischer@corp.example>', Subject: 'RE: delivery schedule for week 41' }, text: 'Hello,\n\nplease see the attached document and confirm.\n\nhttps://greenvalley-farms.example.com/files/Doc_1511.zip\n\nThank you' }),
      buildMail({ headers: { From: 'Kim Fischer <kim.fischer@corp.example>', Subject: 'Delivery schedule' }, text: 'Hello,\n\nplease see the attached document and confirm.\n\nhttps://greenvalley-farms.example.com/files/Doc_1511.zip' + QUOTE }),
    ]
    for (const raw of cases) expect((await payloadOf(raw)).evidence, raw.toString().slice(0, 400)).toBeUndefined()
  })
  it('keeps the classifiers\' ham opinion of the quoted conversation at 0 or above (floor 0) when it fires, so that the hijacked reply is held however ham they call it; not for an ordinary reply, nor where the operator set REPLY_PAYLOAD to 0', async () => {
    const hamBands = { ...DEFAULT_ENGINE_SETTINGS, bayes: { ...DEFAULT_ENGINE_SETTINGS.bayes, model: undefined }, scores: { ...DEFAULT_ENGINE_SETTINGS.scores } }
    for (const k of Object.keys(hamBands.scores)) if ((k.startsWith('BAYES_') || k.startsWith('LR_')) && !k.endsWith('SKIPPED')) hamBands.scores[k] = -5
    const hijacked = await payloadOf(reply('Hello,\n\nplease see the attached document and confirm.\n\nhttps://greenvalley-farms.example.com/files/Doc_1511.zip'), hamBands)
    const cap = hijacked.r.symbols.find((s) => s.name === 'CLASSIFIER_CAP')
    expect(cap?.evidence).toContain('kept 0 (range 0..7.5, the quoted conversation of a hijacked thread)')
    expect(hijacked.r.score).toBeGreaterThan(8)
    const ordinary = await payloadOf(reply('Hello Anna,\n\nyes, Thursday works, the pallets will be there.'), hamBands)
    expect(ordinary.r.symbols.find((s) => s.name === 'CLASSIFIER_CAP')?.evidence).toContain('kept -3 (range -3..7.5')
    // an operator who sets REPLY_PAYLOAD to 0 turns the reading off: the floor is the configured one again
    const off = await payloadOf(reply('Hello,\n\nplease see the attached document and confirm.\n\nhttps://greenvalley-farms.example.com/files/Doc_1511.zip'), { ...hamBands, scores: { ...hamBands.scores, REPLY_PAYLOAD: 0 } })
    expect(off.r.symbols.find((s) => s.name === 'CLASSIFIER_CAP')?.evidence).toContain('kept -3 (range -3..7.5')
  })
})
