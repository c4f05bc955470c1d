// A lure forwarded or quoted by a writer who calls it a scam or asks whether it is real
// (src/engine/reported.ts): the lure and link rules read only the writer's own part.
import { describe, expect, it } from 'vitest'
import { createEngine, type MessageFacts } from '../../src/engine/index'
import { scamTalk, writerPart } from '../../src/engine/reported'
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
})
