// The reply and forward markers of a subject (src/engine/subject_prefix.ts): one vocabulary that FAKE_REPLY,
// the forwarded sender and the subject rules read.
import { describe, expect, it } from 'vitest'
import { createEngine, type MessageFacts } from '../../src/engine/index'
import { FORWARD_SUBJECT, REPLY_OR_FORWARD_PREFIX, REPLY_PREFIX } from '../../src/engine/subject_prefix'
import { RULES_ONLY } from '../helpers/engine'
import { buildMail } from '../helpers/mail'

const engine = createEngine(RULES_ONLY)
const FACTS: MessageFacts = { mailFrom: 'ana.costa@corp.example', rcptTo: ['rui@partner.example'] }

describe('subject markers', () => {
  it('tells a reply from a forward in the languages of the mail programs', () => {
    for (const s of ['Re: invoice', 'RE: invoice', 'AW: Rechnung', 'Antw: factuur', 'RES: fatura', 'R: fattura', 'SV: faktura', 'Odp: faktura', 'Ynt: fatura', 'Re[2]: invoice', 'AW [3]: Rechnung', 'VS: lasku']) {
      expect(REPLY_PREFIX.test(s), s).toBe(true)
    }
    for (const s of ['Fwd: invoice', 'FW: invoice', 'WG: Rechnung', 'TR: facture', 'ENC: fatura', 'I: fattura', 'RV: factura', 'Doorst: factuur', 'VB: faktura', 'VS: faktura', '[team] Fwd: invoice']) {
      expect(FORWARD_SUBJECT.test(s), s).toBe(true)
    }
    // Outlook's Spanish forward is "RV:" ("reenviado"), its reply "RE:"
    expect(REPLY_PREFIX.test('RV: factura de febrero')).toBe(false)
    expect(FORWARD_SUBJECT.test('RE: factura de febrero')).toBe(false)
    // words that begin like a marker are no marker
    for (const s of ['Review: Q1 numbers', 'Invoice 2231', 'Response times', 'Travel plans']) {
      expect(REPLY_PREFIX.test(s) || FORWARD_SUBJECT.test(s), s).toBe(false)
    }
  })
  it('strips up to five markers before the subject\'s own words', () => {
    expect('RE: FW: AW: Doorst: the_offer_is_here'.replace(REPLY_OR_FORWARD_PREFIX, '')).toBe('the_offer_is_here')
    expect('Re[2]: VB: quarterly report'.replace(REPLY_OR_FORWARD_PREFIX, '')).toBe('quarterly report')
    expect('Review: Q1 numbers'.replace(REPLY_OR_FORWARD_PREFIX, '')).toBe('Review: Q1 numbers')
  })
  it('a forward is no FAKE_REPLY; a reply without a thread is', async () => {
    const names = async (subject: string) => (await engine.score(buildMail({ headers: { Subject: subject } }), FACTS)).symbols.map((s) => s.name)
    expect(await names('RV: factura de febrero')).not.toContain('FAKE_REPLY')
    expect(await names('WG: Rechnung Februar')).not.toContain('FAKE_REPLY')
    expect(await names('RE: factura de febrero')).toContain('FAKE_REPLY')
    expect(await names('AW: Rechnung Februar')).toContain('FAKE_REPLY')
  })
})
