// The generator of our own lures (src/tools/synth_lures.ts): deterministic,
// every kind in the languages it claims, messages the engine's parser reads
// with the declared kind and language, and a training and an evaluation part
// that share no sentence.
import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../src/engine/message'
import { isEvalEntry, lureBanks, partOf, synthesizeLures, type LureMessage } from '../../src/tools/synth_lures'
import { COMMON, LANGS, LURE_KINDS } from '../../src/tools/lure_text'
import { GENRE_KINDS } from '../../src/tools/lure_text_genres'

const SMALL = { perBank: 3, evalPerBank: 2, seed: 99 }
const all: LureMessage[] = [...synthesizeLures(SMALL)]

/** The longest run of an entry without placeholders: what must appear verbatim where the entry was used. */
function literal(entry: string): string {
  return entry.split(/\{\w+\}/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0]
}

/** The text of an entry by its id ("kind/lang/B 3" or "common/lang/greet 1"). */
function entryText(id: string): string {
  const [where, idx] = id.split(' ')
  const [a, lang, slot] = where.split('/')
  if (a === 'common') return (COMMON[lang as keyof typeof COMMON] as Record<string, string[]>)[slot][Number(idx)]
  const bank = lureBanks().find((b) => b.kind === a && b.lang === lang)!.bank
  return { S: bank.subject, B: bank.body, C: bank.cta }[slot as 'S' | 'B' | 'C'][Number(idx)]
}

describe('synthetic lures', () => {
  it('is deterministic: the same options give the same bytes', () => {
    const again = [...synthesizeLures(SMALL)]
    expect(again.map((m) => m.raw)).toEqual(all.map((m) => m.raw))
    expect([...synthesizeLures({ ...SMALL, seed: 100 })].map((m) => m.raw)).not.toEqual(all.map((m) => m.raw))
  })

  it('writes every kind in English, German, Dutch and Portuguese, and every kind in all seven languages', () => {
    const have = new Set(all.map((m) => `${m.kind}/${m.lang}/${m.split}`))
    for (const kind of LURE_KINDS) {
      for (const lang of ['en', 'de', 'nl', 'pt']) {
        expect(have.has(`${kind}/${lang}/train`), `${kind} ${lang} train`).toBe(true)
        expect(have.has(`${kind}/${lang}/eval`), `${kind} ${lang} eval`).toBe(true)
      }
    }
    const inAllSeven = LURE_KINDS.filter((kind) => LANGS.every((lang) => have.has(`${kind}/${lang}/train`) && have.has(`${kind}/${lang}/eval`)))
    expect(inAllSeven).toEqual([...LURE_KINDS])
    // the second round's genres are all written in all seven languages
    for (const kind of GENRE_KINDS) expect(inAllSeven, kind).toContain(kind)
    expect(LURE_KINDS.length).toBe(25)
    // the generator writes exactly the banks that exist, each with the counts asked for
    expect(all.length).toBe(lureBanks().length * (SMALL.perBank + SMALL.evalPerBank))
  })

  it('keeps the evaluation part independent of the training options, and gives training lures their extra sentences', () => {
    const evalOf = (ms: LureMessage[]) => ms.filter((m) => m.split === 'eval').map((m) => m.raw)
    const other = [...synthesizeLures({ ...SMALL, perBank: 1, trainExtraBody: 2 })]
    // same evaluation lures whatever the training size and length (names are numbered, so compare the bytes)
    expect(evalOf(other)).toEqual(evalOf(all))
    const bodies = (ms: LureMessage[], split: 'train' | 'eval') => ms.filter((m) => m.split === split).map((m) => m.used.filter((id) => id.includes('/B ')).length)
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
    // two or three sentences in both parts by default; two more in training lures with trainExtraBody 2
    expect(Math.max(...bodies(all, 'train'), ...bodies(all, 'eval'))).toBeLessThanOrEqual(4)
    expect(mean(bodies(other, 'train'))).toBeGreaterThan(mean(bodies(all, 'train')) + 1.5)
    expect(Math.max(...bodies(other, 'eval'))).toBeLessThanOrEqual(4)
  })

  it('gives every bank at least one subject, body sentence and call to action in each part', () => {
    for (const { kind, lang, bank } of lureBanks()) {
      for (const split of ['train', 'eval'] as const) {
        expect(partOf(bank.subject, split).length, `${kind} ${lang} ${split} subjects`).toBeGreaterThan(0)
        expect(partOf(bank.body, split).length, `${kind} ${lang} ${split} body`).toBeGreaterThan(0)
      }
      expect(bank.cta.length > 0 || kind === 'sextortion', `${kind} ${lang} calls to action`).toBe(true)
    }
  })

  it('parses as mail with headers a gateway sees, in the declared kind and language', async () => {
    for (const m of all) {
      const msg = await parseMessage(Buffer.from(m.raw))
      expect(msg.from?.address, m.name).toMatch(/^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/)
      for (const h of ['date', 'message-id', 'mime-version', 'to']) expect(msg.headers.get(h)?.[0], `${m.name} ${h}`).toBeTruthy()
      expect(msg.subject.length, m.name).toBeGreaterThan(5)
      if (/[^\x20-\x7e]/.test(msg.subject)) expect(m.raw).toMatch(/^Subject: =\?UTF-8\?B\?/m)
      expect(m.name).toBe(`${m.name.slice(0, 4)}-${m.lang}-${m.kind}.eml`)
      // every entry it used is of its own kind and language, and its words are in the message as parsed
      // (case-insensitive: a subject may start with the recipient's name, the rest in lower case)
      const text = `${msg.subject}\n${msg.text}\n${msg.htmlText ?? ''}`.replace(/\s+/g, ' ').toLowerCase()
      for (const id of m.used) {
        expect(id.startsWith(`${m.kind}/${m.lang}/`) || id.startsWith(`common/${m.lang}/`), `${m.name} ${id}`).toBe(true)
        expect(text, `${m.name} ${id}`).toContain(literal(entryText(id)).replace(/\s+/g, ' ').toLowerCase())
      }
      expect(m.used.some((id) => id.includes('/B ')), m.name).toBe(true)
    }
  })

  it('keeps the training and evaluation parts apart: no sentence of one is in the other', async () => {
    // by construction: each list is cut in two
    for (let n = 1; n <= 9; n++) {
      const idx = Array.from({ length: n }, (_, i) => i)
      const ev = idx.filter((i) => isEvalEntry(i, n))
      if (n >= 2) expect(ev.length).toBeGreaterThan(0)
      expect(ev.length).toBeLessThan(n)
    }
    const usedBy = { train: new Set<string>(), eval: new Set<string>() }
    for (const m of all) for (const id of m.used) usedBy[m.split].add(id)
    for (const id of usedBy.eval) expect(usedBy.train.has(id), id).toBe(false)
    // and in the messages themselves: no training body sentence appears in an evaluation lure
    const trainBodies = [...usedBy.train].filter((id) => id.includes('/B ')).map((id) => literal(entryText(id))).filter((s) => s.length >= 25)
    expect(trainBodies.length).toBeGreaterThan(100)
    for (const m of all.filter((x) => x.split === 'eval')) {
      const msg = await parseMessage(Buffer.from(m.raw))
      const text = `${msg.text}\n${msg.htmlText ?? ''}`.replace(/\s+/g, ' ')
      for (const s of trainBodies) expect(text.includes(s.replace(/\s+/g, ' ')), `${m.name}: ${s}`).toBe(false)
    }
    // the layouts: "card" only in training, "notice" only in evaluation
    expect(all.some((m) => m.split === 'eval' && m.layout === 'card')).toBe(false)
    expect(all.some((m) => m.split === 'train' && m.layout === 'notice')).toBe(false)
  })

  it('links and sends only from invented hosts, never the brand\'s own', () => {
    for (const m of all) {
      const from = /^From: .*<?([^<>\s@]+@[^<>\s]+?)>?$/m.exec(m.raw)?.[1] ?? ''
      expect(from, m.name).not.toMatch(/@(?:paypal|netflix|microsoft|apple|amazon|dhl|binance|coinbase|metamask)\.com$/i)
    }
  })
})
