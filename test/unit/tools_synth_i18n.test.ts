// The generator of our own legitimate mail in seven languages
// (src/tools/synth_i18n.ts): deterministic, every kind in every language in both
// parts, messages the engine's parser reads with the declared kind and language,
// links only to the sender's own domain, and a training and an evaluation part
// that share no sentence.
import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../src/engine/message'
import { hamBanks, synthesizeI18nHam, type HamMessage } from '../../src/tools/synth_i18n'
import { isEvalEntry, partOf } from '../../src/tools/synth_lures'
import { HAM_COMMON, HAM_KINDS } from '../../src/tools/i18n_text'
import { LANGS } from '../../src/tools/lure_text'

const SMALL = { perBank: 3, evalPerBank: 2, seed: 99 }
const all: HamMessage[] = [...synthesizeI18nHam(SMALL)]

/** The longest run of an entry without placeholders: what must appear verbatim where the entry was used. */
function literal(entry: string): string {
  return entry.split(/\{\w+\}/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0]
}

/** The text of an entry by its id ("kind/lang/B 3", "common/lang/greetNamed 1", "common/lang/senders/kind 0"). */
function entryText(id: string): string {
  const [where, idx] = id.split(' ')
  const [a, lang, slot, kind] = where.split('/')
  const common = HAM_COMMON[lang as keyof typeof HAM_COMMON]
  if (a === 'common' && slot === 'senders') return common.senders[kind as keyof typeof common.senders]![Number(idx)]
  if (a === 'common') return (common as unknown as Record<string, string[]>)[slot][Number(idx)]
  const bank = hamBanks().find((b) => b.kind === a && b.lang === lang)!.bank
  return { O: bank.org, S: bank.subject, B: bank.body, C: bank.cta, A: bank.attach }[slot as 'O' | 'S' | 'B' | 'C' | 'A'][Number(idx)]
}

describe('synthetic legitimate mail in seven languages', () => {
  it('is deterministic, and its evaluation part does not change with the training size', () => {
    const again = [...synthesizeI18nHam(SMALL)]
    expect(again.map((m) => m.raw)).toEqual(all.map((m) => m.raw))
    expect([...synthesizeI18nHam({ ...SMALL, seed: 100 })].map((m) => m.raw)).not.toEqual(all.map((m) => m.raw))
    const bigger = [...synthesizeI18nHam({ ...SMALL, perBank: 5 })].filter((m) => m.split === 'eval')
    expect(bigger.map((m) => m.raw)).toEqual(all.filter((m) => m.split === 'eval').map((m) => m.raw))
  })

  it('writes every kind in every language, in both parts, with the counts asked for', () => {
    const have = new Set(all.map((m) => `${m.kind}/${m.lang}/${m.split}`))
    for (const kind of HAM_KINDS) {
      for (const lang of LANGS) {
        expect(have.has(`${kind}/${lang}/train`), `${kind} ${lang} train`).toBe(true)
        expect(have.has(`${kind}/${lang}/eval`), `${kind} ${lang} eval`).toBe(true)
      }
    }
    expect(hamBanks().length).toBe(HAM_KINDS.length * LANGS.length)
    expect(all.length).toBe(hamBanks().length * (SMALL.perBank + SMALL.evalPerBank))
  })

  it('gives every bank organisations, subjects and body sentences in each part, and links to every kind but person-to-person mail', () => {
    for (const { kind, lang, bank } of hamBanks()) {
      for (const split of ['train', 'eval'] as const) {
        expect(partOf(bank.org, split).length, `${kind} ${lang} ${split} organisations`).toBeGreaterThan(0)
        expect(partOf(bank.subject, split).length, `${kind} ${lang} ${split} subjects`).toBeGreaterThan(0)
        expect(partOf(bank.body, split).length, `${kind} ${lang} ${split} body`).toBeGreaterThanOrEqual(2)
      }
      expect(bank.cta.length > 0 || kind === 'business', `${kind} ${lang} calls to action`).toBe(true)
    }
  })

  it('has the legitimate counterparts of the everyday pretexts of the lures in every language, in both parts', () => {
    // a lure imitates ordinary mail (a new sign-in, a full mailbox, a shared document, a job, a tax paper, a
    // password reset, a failed payment): the ham must carry the same everyday vocabulary, or the classifiers
    // learn the word instead of the pretext
    for (const lang of LANGS) {
      for (const kind of ['it-security', 'statement', 'hr', 'business', 'account'] as const) {
        const bank = hamBanks().find((b) => b.kind === kind && b.lang === lang)!.bank
        expect(partOf(bank.body, 'train').length, `${kind} ${lang} train`).toBeGreaterThanOrEqual(5)
        expect(partOf(bank.body, 'eval').length, `${kind} ${lang} eval`).toBeGreaterThanOrEqual(2)
      }
      // a sign-in from a new device and a one-time code, as a service sends them
      const it = hamBanks().find((b) => b.kind === 'it-security' && b.lang === lang)!.bank
      expect(it.body.filter((b) => /iPhone/.test(b)).length, lang).toBe(1)
      expect(it.body.filter((b) => /\b10 min/i.test(b)).length, lang).toBe(1)
    }
  })

  it('parses as mail with headers a gateway sees, in the declared kind and language, linking only to the sender\'s own domain', async () => {
    for (const m of all) {
      const msg = await parseMessage(Buffer.from(m.raw))
      const domain = msg.from?.address.split('@')[1] ?? ''
      expect(msg.from?.address, m.name).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.example$/)
      for (const h of ['date', 'message-id', 'mime-version', 'to']) expect(msg.headers.get(h)?.[0], `${m.name} ${h}`).toBeTruthy()
      expect(msg.subject.length, m.name).toBeGreaterThan(3)
      if (/[^\x20-\x7e]/.test(msg.subject)) expect(m.raw).toMatch(/^Subject: =\?UTF-8\?B\?/m)
      expect(m.name).toBe(`${m.name.slice(0, 4)}-${m.lang}-${m.kind}.eml`)
      const urls = [...msg.links.map((l) => l.url), ...(`${msg.text}\n${msg.htmlText ?? ''}`.match(/https?:\/\/[^\s<>"')]+/g) ?? [])]
      for (const u of urls) expect(/^(?:https?:\/\/)?([^/?#:\s]+)/.exec(u)?.[1]?.endsWith(domain), `${m.name} ${u}`).toBe(true)
      if (m.kind === 'business') expect(urls.filter((u) => /^https?:/.test(u)), m.name).toEqual([])
      // every entry it used is of its own kind and language, and its words are in the message as parsed
      const text = `${msg.from?.name}\n${msg.subject}\n${msg.text}\n${msg.htmlText ?? ''}\n${msg.attachments.map((a) => a.filename).join('\n')}`.replace(/\s+/g, ' ').toLowerCase()
      for (const id of m.used) {
        expect(id.startsWith(`${m.kind}/${m.lang}/`) || id.startsWith(`common/${m.lang}/`), `${m.name} ${id}`).toBe(true)
        if (id.includes('/senders/')) expect(id.startsWith(`common/${m.lang}/senders/${m.kind} `), `${m.name} ${id}`).toBe(true)
        expect(text, `${m.name} ${id}`).toContain(literal(entryText(id)).replace(/\s+/g, ' ').toLowerCase())
      }
      expect(m.used.some((id) => id.includes('/B ')), m.name).toBe(true)
    }
  })

  it('keeps the training and evaluation parts apart: no sentence of one is in the other', async () => {
    const usedBy = { train: new Set<string>(), eval: new Set<string>() }
    for (const m of all) for (const id of m.used) usedBy[m.split].add(id)
    for (const id of usedBy.eval) expect(usedBy.train.has(id), id).toBe(false)
    for (const id of usedBy.train) {
      const n = Number(id.split(' ')[1])
      expect(Number.isInteger(n), id).toBe(true)
    }
    // and in the messages themselves: no training body sentence appears in an evaluation message
    const trainBodies = [...usedBy.train].filter((id) => id.includes('/B ')).map((id) => literal(entryText(id))).filter((s) => s.length >= 25)
    expect(trainBodies.length).toBeGreaterThan(200)
    for (const m of all.filter((x) => x.split === 'eval')) {
      const msg = await parseMessage(Buffer.from(m.raw))
      const text = `${msg.text}\n${msg.htmlText ?? ''}`.replace(/\s+/g, ' ')
      for (const s of trainBodies) expect(text.includes(s.replace(/\s+/g, ' ')), `${m.name}: ${s}`).toBe(false)
    }
    // every entry an evaluation message used sits at an evaluation position of its list
    for (const id of usedBy.eval) {
      const [where, idx] = id.split(' ')
      const [a, lang, slot, kind] = where.split('/')
      const list = a === 'common'
        ? slot === 'senders' ? HAM_COMMON[lang as 'en'].senders[kind as 'hr']! : (HAM_COMMON[lang as 'en'] as unknown as Record<string, string[]>)[slot]
        : (() => { const b = hamBanks().find((x) => x.kind === a && x.lang === lang)!.bank; return { O: b.org, S: b.subject, B: b.body, C: b.cta, A: b.attach }[slot as 'O'] })()
      expect(isEvalEntry(Number(idx), list.length), id).toBe(true)
    }
    // the layouts: "letter" only in training, "panel" only in evaluation
    expect(all.some((m) => m.split === 'eval' && m.layout === 'letter')).toBe(false)
    expect(all.some((m) => m.split === 'train' && m.layout === 'panel')).toBe(false)
  })
})
