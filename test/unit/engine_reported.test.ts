// A lure forwarded or quoted by a writer who calls it a scam or asks whether it is real
// (src/engine/reported.ts): the lure and link rules read only the writer's own part. A warning that
// describes a scam and says not to pay (or to delete or report it) is not the scam it describes.
import { describe, expect, it } from 'vitest'
import { createEngine, type MessageFacts } from '../../src/engine/index'
import { scamTalk, scamWarning, writerPart } from '../../src/engine/reported'
import { RULES_ONLY } from '../helpers/engine'
import { buildMail } from '../helpers/mail'

const engine = createEngine(RULES_ONLY)
const FACTS: MessageFacts = { mailFrom: 'hector.vidal@example.com', rcptTo: ['oscar@partner.example.org'] }

async function scored(text: string, subject = 'Fwd: Acción requerida'): Promise<{ score: number; names: string[] }> {
  const r = await engine.score(buildMail({ headers: { Subject: subject, From: 'Héctor Vidal <hector.vidal@example.com>' }, text }), FACTS)
  return { score: r.score, names: r.symbols.map((s) => s.name) }
}

const LURE = [
  'De: MetaMask <support@metamask-wallet-verify.example>',
  'Subject: Acción requerida: verificación de su billetera',
  '',
  'Las billeteras que no se verifiquen antes del 30 de septiembre pasarán a modo de solo lectura.',
  'Durante el proceso deberá sincronizar su billetera introduciendo su frase de recuperación.',
  'Verificar mi billetera <https://metamask-wallet-verify.example/es/sync?req=MM-ES-55730>',
  'Solo tiene 24 horas. Su cuenta ha sido suspendida.',
].join('\n')

describe('reported lures', () => {
  it('finds the writer\'s part above a forward or quote in the common mail programs and seven languages', () => {
    const cases = [
      'Is this real?\n\n---------- Forwarded message ---------\nFrom: x',
      'Klopt dit?\n\n-------- Doorgestuurd bericht --------\nVan: x',
      'É verdade?\n\n-----Mensagem original-----\nDe: x',
      'Is this real?\n\nBegin forwarded message:\n\nFrom: x',
      'Is dit echt?\n\nBegin doorgestuurd bericht:\n\nVan: x',
      'Is this real?\n\n________________________________\nDe: x\nEnviado: y',
      'No, es un timo.\n\nEl lun, 11 nov 2024 a las 10:02, Nuria (<n@example.com>) escribió:\n> Dani, me ha llegado esto',
      'Non cliccare!\n\n> Ciao Luca, mi è arrivato un messaggio\n> sul telefono',
    ]
    for (const c of cases) expect(writerPart(c), c).toBe(c.slice(0, c.indexOf('\n\n') + 2))
    // no forward, no quote: no writer's part to tell apart; one quoted line is no quote
    expect(writerPart('Your account has been suspended. Verify now.')).toBeUndefined()
    expect(writerPart('Hello,\n> one line\nand more text')).toBeUndefined()
  })
  it('hears a scam named or doubted, not a lure\'s reassurance, and not an address', () => {
    for (const t of ['Dit is dus NEP. Niet op de link klikken.', '¿esto es real?', 'Esse e-mail é golpe, pode apagar.', "Ne cliquez pas, c'est une arnaque.", 'È una truffa che gira da mesi.', 'Is this legit? I did not click.', 'Das ist Betrug.']) expect(scamTalk(t), t).toBeDefined()
    for (const t of ['This is not a scam, it is simply the future.', 'Isso não é golpe, é oportunidade.', 'Dear phishing@pot, your account', 'Please find the invoice attached.']) expect(scamTalk(t), t).toBeUndefined()
  })
  it('twenty-sixth round: hears the Dutch and German compounds of phishing ("onderstaande phishingmail", "diese Phishing-Mail", "ein Phishingversuch"), not a word that only begins so', () => {
    for (const t of ['Vandaag ontvingen meerdere medewerkers onderstaande phishingmail.', 'Wir haben diese Phishing-Mail erhalten, bitte sperren Sie die Seite.', 'Das war ein Phishingversuch.', 'Deze phishingberichten komen van jullie server.'])
      expect(scamTalk(t), t).toBeDefined()
    expect(scamTalk('The phishingpot project collects samples.')).toBeUndefined()
  })
  it('a forwarded lure with the writer\'s question scores none of the lure\'s rules; forwarded without a word it scores them all', async () => {
    const asked = await scored(`Óscar, ¿esto es real? Me pide la frase de recuperación y no he pinchado.\n\nHéctor\n\n---------- Forwarded message ---------\n${LURE}`)
    expect(asked.names).not.toContain('CRYPTO_LURE')
    expect(asked.names).not.toContain('LOOKALIKE_DOMAIN')
    expect(asked.names).not.toContain('ACCOUNT_LURE')
    expect(asked.names).not.toContain('URGENCY_PHRASE')
    const bare = await scored(`\n---------- Forwarded message ---------\n${LURE}`)
    expect(bare.names).toEqual(expect.arrayContaining(['CRYPTO_LURE', 'LOOKALIKE_DOMAIN']))
    expect(bare.score).toBeGreaterThan(asked.score + 7)
    // a lure that puts a question above itself still has its own link scored when the link is in that part
    const own = await scored(`Is this real? https://metamask-wallet-verify.example/es/sync\n\n---------- Forwarded message ---------\n${LURE}`)
    expect(own.names).toContain('LOOKALIKE_DOMAIN')
  })

  it('hears a warning: a scam or fraud named and the reader told not to pay, to delete or to report it, in seven languages', () => {
    const warnings = [
      "These e-mails are a scam. Don't reply and don't pay.",
      'Es una estafa masiva. No respondáis ni paguéis. Reenviad el mensaje a seguridad y borradlo.',
      "C'est une arnaque très répandue. Ne payez rien et ne répondez pas.",
      'Das ist Betrug. Zahlen Sie nicht und löschen Sie die E-Mail.',
      'Dit is oplichting: betaal niet en verwijder het bericht.',
      'É golpe. Não pague nada e apague a mensagem.',
      'È una truffa: non pagate e cancellate il messaggio.',
      'Fraudsters are sending fake invoices. Delete it and report it to the IT desk.',
    ]
    for (const t of warnings) expect(scamWarning(t), t).toBeDefined()
    const notWarnings = [
      // a change of bank details says "fraud" and "do not pay" of the old account: that is the fraud
      'After an attempted fraud on our account we changed banks. Please do not pay to the old account any more.',
      'Suite à une fraude, ne payez pas sur l\'ancien compte, utilisez le RIB ci-joint.',
      'Wegen Betrug bitte nicht mehr auf das alte Konto zahlen.',
      // every notice's footer, lures' too
      'Fraud alert: unusual activity on your card. Do not reply to this e-mail. Verify now.',
      // a warning word without an instruction, an instruction without a scam
      'This is a scam warning from your bank.',
      "Don't pay more than you need to: compare our plans.",
    ]
    for (const t of notWarnings) expect(scamWarning(t), t).toBeUndefined()
  })
  it('a warning against a sextortion wave scores none of the extortion\'s rules; the extortion itself scores them', async () => {
    const description = [
      'Since this morning several mailboxes have received e-mails in which the sender claims to have hacked your computer,',
      'recorded you through your webcam while you visited adult websites, and demands a payment in Bitcoin within 48 hours,',
      'or the video goes to all your contacts.',
    ].join(' ')
    const warning = await scored(`${description}\n\nThis is a mass scam: there is no video. Do not reply and do not pay. Forward the message to security@example.com and delete it.\n\nIT Security`, 'Security notice: extortion e-mails')
    expect(warning.names).not.toContain('SEXTORTION')
    expect(warning.names).not.toContain('URGENCY_PHRASE')
    const extortion = await scored(`I hacked your computer and recorded you through your webcam while you visited adult websites. Pay 1200 USD in Bitcoin within 48 hours to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT or the video goes to all your contacts.`, 'I recorded you')
    expect(extortion.names).toContain('SEXTORTION')
    expect(extortion.score).toBeGreaterThan(warning.score + 4)
  })
  it('a change-of-bank-details fraud that says "fraud" and "do not pay any invoice" is still read as one', async () => {
    const bec = await scored('Dear client,\nFollowing a fraud attempt our bank details have changed. Do not pay any open invoice until you have our new account details, which are attached. Send the payment to the new account today.\nRegards, Accounts', 'Updated bank details')
    expect(bec.names).toContain('BEC_REQUEST')
  })
})
