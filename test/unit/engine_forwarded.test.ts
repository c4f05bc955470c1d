// The sender of a forwarded message (src/engine/rules/forwarded.ts, forwardedSender in src/engine/reported.ts):
// the rules about a sender's name and address read the forwarded header block's sender too.
import { describe, expect, it } from 'vitest'
import { createEngine, type MessageFacts } from '../../src/engine/index'
import { parseMessage } from '../../src/engine/message'
import { forwardedSender } from '../../src/engine/reported'
import { FORWARDED_SENDER_RULES } from '../../src/engine/rules/forwarded'
import { RULES_ONLY } from '../helpers/engine'
import { buildMail } from '../helpers/mail'

const engine = createEngine(RULES_ONLY)
const FACTS: MessageFacts = { mailFrom: 'ana.costa@corp.example', rcptTo: ['rui@partner.example'] }

const LURE_TEXT = 'Your statement for January is ready. Sign in to view it before 28 February.\nhttps://statements.example.net/view?id=88213'

function forward(block: string, { subject = 'Fwd: Your statement is ready', note = '', text = LURE_TEXT } = {}): Buffer {
  return buildMail({
    headers: { From: 'Ana Costa <ana.costa@corp.example>', To: 'Rui <rui@partner.example>', Subject: subject },
    text: `${note}\n\n${block}\n\n${text}\n`,
  })
}

async function senderOf(raw: Buffer) {
  return forwardedSender(await parseMessage(raw))
}

async function scored(raw: Buffer) {
  const r = await engine.score(raw, FACTS)
  return { score: r.score, names: r.symbols.map((s) => s.name), evidence: (name: string) => r.symbols.find((s) => s.name === name)?.evidence }
}

const GMAIL = (from: string) => `---------- Forwarded message ---------\nFrom: ${from}\nDate: Mon, 2 Feb 2026 at 09:12\nSubject: Your statement is ready\nTo: <ana.costa@corp.example>`

describe('the sender of a forwarded message', () => {
  it('is read from the header blocks of the common mail programs, in their languages', async () => {
    const cases: Array<[string, string, { name: string; address: string }]> = [
      ['Fwd: x', GMAIL('PayPal <service@paypal-billing.example.net>'), { name: 'PayPal', address: 'service@paypal-billing.example.net' }],
      ['Fw: x', '________________________________\nDe: "Banco do Brasil" <avisos@bb-atualiza.example.com>\nEnviado: terça-feira, 9 de maio de 2023 02:09\nPara: ana', { name: 'Banco do Brasil', address: 'avisos@bb-atualiza.example.com' }],
      ['WG: x', '-----Ursprüngliche Nachricht-----\nVon: Sparkasse Kundenservice [mailto:info@sparkasse-de.example.org]\nGesendet: Montag, 2. Februar 2026 09:12', { name: 'Sparkasse Kundenservice', address: 'info@sparkasse-de.example.org' }],
      ['x', 'Begin forwarded message:\n\nFrom: Apple <no_reply@email.apple.com>\nSubject: Your receipt', { name: 'Apple', address: 'no_reply@email.apple.com' }],
      ['x', 'Begin doorgestuurd bericht:\n\nVan: Apple <no_reply@email.apple.com>\nOnderwerp: Je bon', { name: 'Apple', address: 'no_reply@email.apple.com' }],
      // a long display name pushes the address onto the next line
      ['Fwd: x', '---------- Forwarded message ---------\nFrom: Service Clientèle de votre Banque en Ligne - Ne pas répondre\n <alertes@banque-securite.example.com>\nDate: lun. 2 févr. 2026', { name: 'Service Clientèle de votre Banque en Ligne - Ne pas répondre', address: 'alertes@banque-securite.example.com' }],
      // Gmail wrapped a long address before its closing bracket
      ['Fwd: x', '---------- Forwarded message ---------\nFrom: Estela do Sebrae <relacionamento@divulga.relacionamento-empresas.example.com.br\n>\nDate: Mon, Mar 6, 2023 at 1:34 PM', { name: 'Estela do Sebrae', address: 'relacionamento@divulga.relacionamento-empresas.example.com.br' }],
      ['RV: x', '________________________________\nDe: Correos <avisos@correos-envio.example.com>\nEnviado: lunes, 2 de febrero de 2026 9:12', { name: 'Correos', address: 'avisos@correos-envio.example.com' }],
      ['TR: x', '-------- Message transféré --------\n*De :* Ameli <REMBOURSEMENT@ameli-info.example.fr>\n*Objet :* x', { name: 'Ameli', address: 'remboursement@ameli-info.example.fr' }],
      ['Doorst: x', '-------- Doorgestuurd bericht --------\nVan: factuur@kpn-factuur.example.nl\nDatum: 2 februari 2026', { name: '', address: 'factuur@kpn-factuur.example.nl' }],
    ]
    for (const [subject, block, want] of cases) expect(await senderOf(forward(block, { subject })), block).toEqual(want)
  })

  it('is not read from a reply\'s quote, from a message that forwards nothing, or when the writer asks whether the mail is real', async () => {
    // Outlook quotes a reply under the same line of underscores as a forward: only a forward's subject lets it count
    expect(await senderOf(forward('________________________________\nFrom: PayPal <service@paypal-billing.example.net>\nSent: Monday', { subject: 'RE: Your statement is ready' }))).toBeUndefined()
    expect(await senderOf(buildMail({ headers: { Subject: 'Fwd: notes' }, text: 'From: PayPal <service@paypal-billing.example.net>\nno forward here' }))).toBeUndefined()
    for (const note of ['Is this legitimate? I did not click.', "C'est légitime ? Le lien ne ressemble pas au site officiel.", 'É legítimo? Não cliquei.', 'Ist das seriös? Ich habe nichts angeklickt.']) {
      expect(await senderOf(forward(GMAIL('PayPal <service@paypal-billing.example.net>'), { note })), note).toBeUndefined()
    }
  })

  it('a forwarded brand impersonation scores BRAND_IMPERSONATION, named as forwarded; the brand\'s own mail forwarded does not', async () => {
    const fake = await scored(forward(GMAIL('PayPal <service@paypal-billing.example.net>')))
    expect(fake.names).toContain('BRAND_IMPERSONATION')
    expect(fake.evidence('BRAND_IMPERSONATION')).toMatch(/^forwarded from service@paypal-billing\.example\.net: "PayPal"/)
    for (const genuine of ['PayPal <service@paypal.de>', 'Apple <no_reply@email.apple.com>', 'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>', 'DHL Paket <noreply@dhl.de>']) {
      const r = await scored(forward(GMAIL(genuine)))
      expect(r.names, genuine).not.toContain('BRAND_IMPERSONATION')
      expect(r.names, genuine).not.toContain('LOOKALIKE_DOMAIN')
    }
    // a colleague's forward names a colleague: nothing to read
    const colleague = await scored(forward(GMAIL('Rita Lopes <rita.lopes@corp.example>'), { text: 'Can you check the figures below before Friday?' }))
    expect(colleague.names.filter((n) => FORWARDED_SENDER_RULES.has(n))).toEqual([])
  })

  it('reads the disguises of the forwarded sender\'s name, and takes each rule once', async () => {
    const tagged = await scored(forward(GMAIL('[BB] - Seu saldo foi liberado - Código: 11084339647130851921 <avisos@bb-saldo.example.com>'), { subject: 'Fwd: Liberação de saldo' }))
    expect(tagged.names).toContain('FROM_NAME_TAGGED')
    expect(tagged.evidence('FROM_NAME_TAGGED')).toMatch(/^forwarded from avisos@bb-saldo\.example\.com/)
    // the forwarder's own name already scored it: not a second time
    const twice = await scored(
      buildMail({ headers: { From: 'Ana 🎁 Costa <ana.costa@corp.example>', Subject: 'Fwd: prize' }, text: `\n${GMAIL('Prize 🎁 Team <win@prize.example.net>')}\n\n${LURE_TEXT}` }),
    )
    expect(twice.names.filter((n) => n === 'FROM_NAME_EMOJI')).toHaveLength(1)
    expect(twice.evidence('FROM_NAME_EMOJI')).not.toMatch(/^forwarded/)
  })

  it('only the rules about the sender are taken from the second reading', async () => {
    // the forward's own headers and envelope are judged once: the second reading's header rules add nothing
    const { symbols } = await engine.score(forward(GMAIL('PayPal <service@paypal-billing.example.net>')), FACTS)
    const forwarded = symbols.filter((s) => s.evidence?.startsWith('forwarded from'))
    expect(forwarded.length).toBeGreaterThan(0)
    for (const s of forwarded) expect(FORWARDED_SENDER_RULES.has(s.name), s.name).toBe(true)
    const names = symbols.map((s) => s.name)
    expect(new Set(names).size).toBe(names.length)
  })
})
