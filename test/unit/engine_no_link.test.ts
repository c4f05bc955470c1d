// A notice without a link: where it sends the reader (src/engine/rules/no_link.ts).
import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../src/engine/message'
import { linklessAccountNotice, linklessNotice, TO_THE_ACCOUNT_YOURSELF } from '../../src/engine/rules/no_link'
import { buildMail } from '../helpers/mail'

describe('no_link: a notice without a link', () => {
  it('TO_THE_ACCOUNT_YOURSELF reads the ways to the account in seven languages, not money paid into an account', () => {
    for (const text of [
      'sign in to your acme account and open settings > billing.',
      'you can change it in your account settings.',
      'update the card in the billing section of your account.',
      'open the app and go to payments; it is in the app.',
      'bitte aktualisieren sie die karte in ihrem kundenkonto.',
      'werk uw gegevens bij in uw account of via mijn vodafone.',
      'acesse sua conta e vá em pagamentos.',
      'confirma los datos en tu área de cliente.',
      'rendez-vous dans votre espace client.',
      'confermi i dati nella sua area personale.',
    ]) expect(TO_THE_ACCOUNT_YOURSELF.test(text), text).toBe(true)
    for (const text of [
      'o valor cai na sua conta após o pagamento.',
      'der betrag wird ihrem konto gutgeschrieben.',
      'el dinero llegará en su cuenta mañana.',
      'reply to this email with your card number.',
      'we have upgraded our accounting software.',
    ]) expect(TO_THE_ACCOUNT_YOURSELF.test(text), text).toBe(false)
  })
  it('a notice counts as linkless only without a web link; an account notice also only without an attachment', async () => {
    const text = 'Please update your card details under Settings > Billing.'
    const plain = await parseMessage(buildMail({ text }))
    expect(linklessAccountNotice(plain, text.toLowerCase())).toBe(true)
    // a mailto: link is no web page
    const mailto = await parseMessage(buildMail({ html: `<p>${text} Questions? <a href="mailto:billing@acmeapp.example">Write to us</a></p>` }))
    expect(linklessAccountNotice(mailto, text.toLowerCase())).toBe(true)
    const linked = await parseMessage(buildMail({ text: `${text} https://acme-billing.example.net/` }))
    expect(linklessAccountNotice(linked, text.toLowerCase())).toBe(false)
    const attached = await parseMessage(buildMail({ text, attachments: [{ filename: 'billing.html', contentType: 'text/html', content: '<p>card</p>' }] }))
    expect(linklessAccountNotice(attached, text.toLowerCase())).toBe(false)
    expect(linklessNotice(plain.links, 'this e-mail contains no links. there is nothing to pay.')).toBe(true)
    expect(linklessNotice(linked.links, 'this e-mail contains no links.')).toBe(false)
    expect(linklessNotice(plain.links, text.toLowerCase())).toBe(false)
  })
})
