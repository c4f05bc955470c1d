// The modern corpus's fixed split (src/tools/modern.ts): campaigns of spam never
// straddle the split, and the honeypot's messages are told apart into phishing
// and scams for the figures (issue 10).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { isModernEval, modernMessages, phishingOrScam, subjectKey } from '../../src/tools/modern'
import { refinedKind } from '../../src/cli/eval'
import { buildMail } from '../helpers/mail'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
})

function corpus(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outpost-modern-'))
  dirs.push(dir)
  for (const [name, raw] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, path.dirname(name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), raw)
  }
  return dir
}

const mail = (from: string, subject: string) => `From: ${from}\r\nSubject: ${subject}\r\n\r\nbody\r\n`

describe('the modern corpus split', () => {
  it('puts a spam campaign (same subject once numbers are dropped, or same sender) on one side', () => {
    const files: Record<string, string> = { 'ham/lists-x/a.eml': mail('a@list.example', 'hello') }
    // 40 campaigns of 3 variants each: variants share a subject up to a number, or a sender (subjects that
    // differ only in numbers would be one campaign: subjectKey drops numbers)
    for (let c = 0; c < 40; c++) {
      files[`spam/phishingpot/c${c}-1.eml`] = mail(`x${c}@a.example`, `Claim your reward ${c * 7} campaign${'abcdefghij'[c % 10]}${'klmnopqrst'[Math.floor(c / 10)]} now`)
      files[`spam/phishingpot/c${c}-2.eml`] = mail(`y${c}@b.example`, `Claim your reward ${c * 7 + 1} campaign${'abcdefghij'[c % 10]}${'klmnopqrst'[Math.floor(c / 10)]} now`)
      files[`spam/phishingpot/c${c}-3.eml`] = mail(`y${c}@b.example`, `Something else entirely ${'abcdefghij'[c % 10]}${'klmnopqrst'[Math.floor(c / 10)]}`)
    }
    const msgs = modernMessages(corpus(files))
    for (let c = 0; c < 40; c++) {
      const sides = new Set(msgs.filter((m) => path.basename(m.file).startsWith(`c${c}-`)).map((m) => isModernEval(m)))
      expect(sides.size, `campaign ${c}`).toBe(1)
    }
    // and both sides exist
    expect(new Set(msgs.filter((m) => m.spam).map((m) => isModernEval(m))).size).toBe(2)
    expect(msgs.find((m) => !m.spam)?.kind).toBe('lists')
  })
  it('reduces a subject to its words: numbers, punctuation and reply prefixes go', () => {
    expect(subjectKey('Re: Your order #12345 is READY!')).toBe(subjectKey('Your order 98 is ready'))
  })
})

describe('phishing or scam (a labelling aid for the figures)', () => {
  it('calls account, payment, parcel and wallet lures phishing, in several languages and look-alike letters', () => {
    expect(phishingOrScam('Your account has been suspended', '')).toBe('phishing')
    expect(phishingOrScam('Ihr Paket wartet auf Zustellung', '')).toBe('phishing')
    expect(phishingOrScam('Seu pagamento está pendente', '')).toBe('phishing')
    expect(phishingOrScam('[Wall\u0435t Susp\u0435nded] You may lose all your assets', '')).toBe('phishing')
  })
  it('calls prizes, dating, investments and advance fees scams', () => {
    expect(phishingOrScam('Congratulations! You have been selected', 'Claim your prize today')).toBe('scams')
    expect(phishingOrScam('Hoi, zin in een date?', '')).toBe('scams')
    expect(phishingOrScam('I have a lucrative deal for you', 'Reply to my private email')).toBe('scams')
  })
  it('the figures\' split reads the text part as it always has, not the HTML the rules read after a stub text part (twenty-seventh round), so the kinds stay the same messages', async () => {
    // the HTML speaks of a suspended account (phishing), the text part only of a prize (scams)
    const raw = buildMail({
      headers: { Subject: 'Hello' },
      text: 'Claim your prize today.',
      html: `<p>Your account has been suspended. ${'Please read the details of the review below and follow the steps. '.repeat(4)}</p>`,
    })
    const refined = await refinedKind({ kind: 'phishing' }, raw)
    expect(refined.kind).toBe(phishingOrScam('Hello', 'Claim your prize today.'))
    expect(refined.kind).toBe('scams')
  })
})
