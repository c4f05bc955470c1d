// Legitimate mail in seven languages (test/fixtures/legit-mail, written by hand for
// this project, never trained on) must stay at or below the default threshold with
// the shipped engine and models: invoices, statements, password and sign-in notices,
// shipping notices, raffles, quotes and meeting requests are what an organisation
// sends, and what a model trained on lures is tempted to call spam (issue 10).
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createEngine } from '../../src/engine/index'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'
import { factsFromHeaders } from '../../src/cli/eval'

const FIXTURES = path.join(__dirname, '..', 'fixtures')
const THRESHOLD = 8
const emlIn = (dir: string) => fs.readdirSync(path.join(FIXTURES, dir)).filter((f) => f.endsWith('.eml')).sort()

/** Every message of the folder scores at or below the threshold with the shipped defaults. */
function belowThreshold(dir: string): void {
  const engine = createEngine(DEFAULT_ENGINE_SETTINGS)
  for (const f of emlIn(dir)) {
    it(`${f} is not spam with the shipped defaults`, async () => {
      const raw = fs.readFileSync(path.join(FIXTURES, dir, f))
      const r = await engine.score(raw, await factsFromHeaders(raw))
      expect(r.score, r.symbols.map((s) => `${s.name}(${s.score})`).join(' ')).toBeLessThanOrEqual(THRESHOLD)
    })
  }
}

describe('legitimate mail in seven languages', () => {
  it('has messages in every language', () => {
    const langs = new Set(emlIn('legit-mail').map((f) => f.split('-')[0]))
    expect([...langs].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt'])
  })
  belowThreshold('legit-mail')
})

// The fourth round's probes (test/fixtures/ordinary-mail): ordinary mail of shapes our synthetic sets
// lacked, written to find what the rules did to it, and kept as regression cases: an HTML-only
// Mailchimp campaign (8.5 before: HTML_ONLY on the ESP's click tracking), a Zendesk satisfaction
// survey (11.5: one "Powered by" link), a Spanish webinar confirmation (12.5: its Teams link), a German registration and a Portuguese password reset with
// raw UTF-8 subjects (9: SUBJECT_8BIT_UNENCODED, though RFC 6532 allows them). Unlike legit-mail,
// these were read when the rules were changed: they are tests, not an evaluation set. The fifth round
// added 46 more shapes (a WooCommerce order table, a Brevo newsletter, a SharePoint share, a DocuSign
// envelope, a Google Calendar invitation were above 8), then 56 machine notifications (four device
// alerts linking to their admin page on a private address were above 8), 55 messages in twenty other
// languages and scripts and 50 pieces of correspondence (see ordinary-mail.md). The sixth round added 61
// messages that say what frauds say (heirs, wire confirmations, compensation, charities, crypto payouts,
// password-protected payslips, customs duty): a bank's MT103 confirmation was above 8 on ADVANCE_FEE.
// The seventh round added 40 genuine messages on business e-mail compromise topics (bec-lures.md): a
// company's notice that it moved banks (9) and an HR notice of staff gift vouchers (11.5) were above 8.
describe('ordinary mail of shapes the synthetic sets lacked', () => {
  belowThreshold('ordinary-mail')
})

// The fifth round's evaluation (test/fixtures/unseen-mail): 112 ordinary messages in seven languages
// written by helpers after the round's rule changes and scored once; no rule was changed for them. The
// sixth round added 76 in fourteen languages, written and scored the same way (two more were moved to
// ordinary-mail when the rules they showed misreading were fixed). The seventh round added 40 genuine
// messages on business e-mail compromise topics by a helper who saw no rule (bec-lures.md).
describe('ordinary mail no rule was changed for', () => {
  it('has messages in each of the seven languages of the rules, and others', () => {
    const langs = new Set(emlIn('unseen-mail').map((f) => f.split('-')[0]))
    for (const lang of ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']) expect(langs.has(lang), lang).toBe(true)
    expect(langs.size).toBeGreaterThan(7)
  })
  belowThreshold('unseen-mail')
})

// The thirty-seventh round's takeover set (test/fixtures/takeover-mail.md): genuine mail of an organisation's employees and
// systems on the topics of the lures a taken-over mailbox sends (a colleague's real SharePoint share, a real invoice with the
// bank details, HR's payroll notice, IT's password notice, a phone system's voicemail, staff warnings that quote a lure),
// written by two helpers who saw no rule. t1 was read when the round's rules were written; t2 was scored once, at the end.
describe('genuine mail on the topics of the takeover lures', () => {
  belowThreshold('takeover-mail/t1/ham')
  belowThreshold('takeover-mail/t2/ham')
})

// The thirty-seventh round's trap set (test/fixtures/trap-mail.md): what a person receives on the subjects of a spam trap's
// mail from the organisations' real domains (bank, parcel, streaming, shop, tax and toll notices, security alerts, an
// exchange's withdrawal, a charity, a recruiter, a survey) and personal messages on the same topics. t1 was read when the
// round's rules were written; t2 was scored once, at the end.
describe('genuine mail on the subjects of a spam trap\'s mail', () => {
  belowThreshold('trap-mail/t1/ham')
  belowThreshold('trap-mail/t2/ham')
})
