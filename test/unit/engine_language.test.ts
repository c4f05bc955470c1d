// src/engine/language.ts: is a message's text recognisably English? (issue 10, fifth round: the
// shipped classifiers get a lower cap on other languages, [bayes] cap_other_languages)
import { describe, expect, it } from 'vitest'
import { looksEnglish } from '../../src/engine/language'

describe('looksEnglish', () => {
  it('English text is English, with a few words of another language in it too', () => {
    expect(looksEnglish('Your order 10442 has shipped. You can track it with the link below and we will let you know when it arrives.')).toBe(true)
    expect(looksEnglish('Hi Ana, thanks for the quote. Please find the signed copy attached; the Rechnung will follow from our office in Köln.')).toBe(true)
  })
  it('German, Dutch, Portuguese, Spanish, French and Italian are not', () => {
    for (const t of [
      'Sehr geehrte Frau Weber, die Rechnung für den Monat November ist ab sofort in Ihrem Kundenkonto verfügbar. Bitte prüfen Sie die Angaben.',
      'Beste klant, uw nieuwe modem is onderweg en wordt binnen twee werkdagen bezorgd. Stuur het oude modem met het retourlabel terug.',
      'Olá Fernanda, o seu pedido foi enviado e chega em dois dias. Para qualquer dúvida, responda a este e-mail com o número do pedido.',
      'Estimado cliente, su factura de noviembre ya está disponible en su área de cliente. Para cualquier consulta, responda a este correo.',
      'Bonjour Madame, votre facture de novembre est disponible dans votre espace client. Pour toute question, répondez à ce message.',
      'Gentile cliente, la fattura di novembre è disponibile nella sua area riservata. Per qualsiasi domanda risponda a questa email.',
    ]) expect(looksEnglish(t), t.slice(0, 30)).toBe(false)
  })
  it('other scripts and text too short to tell are not English', () => {
    expect(looksEnglish('您的訂單已出貨，預計兩天內送達。')).toBe(false)
    expect(looksEnglish('Ваш заказ отправлен и будет доставлен в течение двух дней.')).toBe(false)
    expect(looksEnglish('See attached.')).toBe(false)
    expect(looksEnglish('')).toBe(false)
  })
  it('reads at most 400 words: a long German text after a long English one is English', () => {
    const en = 'You will find the report for the quarter and the notes of the meeting with the team in the folder. '.repeat(30)
    const de = 'Der Bericht und die Notizen sind für das Team in dem Ordner, bitte nicht vergessen. '.repeat(200)
    expect(looksEnglish(en + de)).toBe(true)
  })
})
