// The logistic-regression classifier: feature hashing, training, the weights
// file, the shipped model through the engine's LR_* symbols, and [bayes] logreg.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEngine, RULES, SHIPPED_LOGREG_PATH, type EngineSettings, type MessageFacts } from '../../src/engine/index'
import { DEFAULT_ENGINE_SETTINGS, readEngineSettings } from '../../src/engine/settings'
import { DEFAULT_HASH_BITS, fnv1a, hashFeatures } from '../../src/engine/logreg/features'
import { loadLogReg, parseLogReg, predict, saveLogReg, serializeLogReg, trainLogReg, DEFAULT_LOGREG_PARAMS, type LabelledFeatures } from '../../src/engine/logreg/model'
import { LOGREG_BANDS, logregBandOf } from '../../src/engine/logreg/bands'
import { lrTokens } from '../../src/engine/logreg/tokens'
import { tokenize } from '../../src/engine/bayes/tokenize'
import { parseMessage } from '../../src/engine/message'
import { buildMail } from '../helpers/mail'
import { parseIni } from '../../src/lib/ini'
import { corpusDir, bucketOf, HOLDOUT_PERCENT } from '../../src/tools/corpus'
import { readMessageFile } from '../../src/cli/mail_files'

const FACTS: MessageFacts = { mailFrom: 'alice@example.com', rcptTo: ['bob@partner.example.org'] }

/** Textbook FNV-1a over bytes, to check the engine's string version against. */
function fnv1aBytes(bytes: Buffer): number {
  let h = 0x811c9dc5
  for (const b of bytes) {
    h ^= b
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

describe('feature hashing', () => {
  it('fnv1a is FNV-1a over the UTF-16LE bytes of the string', () => {
    expect(fnv1a('')).toBe(0x811c9dc5)
    for (const s of ['a', 's:viagra', 'url:example.com', 'ümlaut €', 'skip:x 40']) expect(fnv1a(s)).toBe(fnv1aBytes(Buffer.from(s, 'utf16le')))
  })
  it('is deterministic and independent of token order', () => {
    const tokens = ['s:free', 'offer', 'url:example.com', 'h:x-mailer', 'click']
    const a = hashFeatures(tokens)
    const b = hashFeatures([...tokens].reverse())
    expect([...a.index]).toEqual([...b.index])
    expect([...a.value]).toEqual([...b.value])
    expect([...a.index]).toEqual([...a.index].sort((x, y) => x - y))
    for (const i of a.index) expect(i).toBeLessThan(1 << DEFAULT_HASH_BITS)
  })
  it('is L2-normalised, and colliding tokens add up in one bucket', () => {
    const x = hashFeatures(['a', 'b', 'c', 'd'])
    expect(x.value.reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 12)
    // with 1 bit there are only two buckets: three tokens must share
    const small = hashFeatures(['a', 'b', 'c'], 1)
    expect(small.index.length).toBeLessThanOrEqual(2)
    expect(small.value.reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 12)
    expect(hashFeatures([]).index.length).toBe(0)
  })
  it('reads the words and the headers\' shapes but not the tokens of the MIME format, which told the training data\'s era apart (issue 10, thirteenth round)', async () => {
    const raw = buildMail({ headers: { Subject: 'Your invoice', 'X-Mailer': 'PHPMailer 6.9.1' }, text: 'Please find the invoice attached.', html: '<p>Please find the invoice attached.</p>' })
    const msg = await parseMessage(raw)
    const bayes = tokenize(msg)
    // Bayes still counts them
    expect(bayes).toEqual(expect.arrayContaining(['mime:html+text', 'cs:utf-8', 'tz:+0200']))
    const lr = lrTokens(bayes, msg)
    expect(lr).toEqual(expect.arrayContaining(['s:invoice', 'invoice', 'h:x-mailer', 'sc:inv']))
    expect(lr.some((t) => t.startsWith('hs:x-mailer:'))).toBe(true)
    for (const t of lr) expect(t).not.toMatch(/^(?:cs|ct|cte|mime|tz):/)
  })
  it('reads the From display name\'s character trigrams, lower case and spaces folded (issue 10, seventeenth round)', async () => {
    const lr = (from: string) => parseMessage(buildMail({ headers: { From: from } })).then((msg) => lrTokens(tokenize(msg), msg))
    const named = await lr('"*SALE  VlAGRA*" <a@example.com>')
    expect(named).toEqual(expect.arrayContaining(['fc: *s', 'fc:*sa', 'fc:e v', 'fc:vla', 'fc:ra*', 'fc:a* ']))
    expect(named.filter((t) => t.startsWith('fc:')).every((t) => t.length === 6)).toBe(true)
    // no display name, no trigrams of it; a long one is read to its first 100 characters
    expect((await lr('a@example.com')).some((t) => t.startsWith('fc:'))).toBe(false)
    const long = await lr(`"${'x'.repeat(98)}yz tail" <a@example.com>`)
    expect(long).toContain('fc:xyz')
    expect(long.some((t) => t.startsWith('fc:') && t.includes('tai'))).toBe(false)
  })
})

describe('training and the weights file', () => {
  const spamWords = ['cheap', 'pills', 'winner', 'offer', 'free', 'cash']
  const hamWords = ['meeting', 'minutes', 'review', 'invoice', 'agenda', 'notes']
  const pick = (words: string[], i: number) => [words[i % 6], words[(i + 1) % 6], words[(i + 3) % 6], `id${i}`]
  const samples: LabelledFeatures[] = []
  for (let i = 0; i < 60; i++) samples.push({ x: hashFeatures(pick(i % 2 ? spamWords : hamWords, i), 12), spam: i % 2 === 1 })
  const params = { ...DEFAULT_LOGREG_PARAMS, bits: 12 }

  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outpost-logreg-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('learns to separate the two kinds', () => {
    const m = trainLogReg(samples, params)
    expect(predict(m, hashFeatures(['cheap', 'winner', 'cash'], 12))).toBeGreaterThan(0.9)
    expect(predict(m, hashFeatures(['meeting', 'agenda', 'notes'], 12))).toBeLessThan(0.1)
  })
  it('is deterministic: the same messages give the same bytes', () => {
    expect(serializeLogReg(trainLogReg(samples, params)).equals(serializeLogReg(trainLogReg(samples, params)))).toBe(true)
  })
  it('round-trips through the file, quantised to well under 0.01 of probability', () => {
    const m = trainLogReg(samples, params)
    const file = path.join(dir, 'lr.bin')
    saveLogReg(m, file)
    expect(fs.readdirSync(dir)).toEqual(['lr.bin'])
    const back = loadLogReg(file)
    expect(back.bits).toBe(12)
    for (const s of samples) expect(Math.abs(predict(back, s.x) - predict(m, s.x))).toBeLessThan(0.01)
  })
  it('refuses a file that is not a model, or is cut short, naming the file', () => {
    expect(() => parseLogReg(Buffer.from('{"format":"outpost-bayes"}'), '/x/lr.bin')).toThrow(/\/x\/lr.bin.*not an outpost logistic-regression model/)
    const good = serializeLogReg(trainLogReg(samples, params))
    expect(() => parseLogReg(good.subarray(0, good.length - 2), '/x/lr.bin')).toThrow(/expected \d+ bytes/)
    // a file of an earlier version was trained on other features: refused, not read with the wrong ones
    const older = Buffer.from(good)
    older.writeUInt32LE(2, 8)
    expect(() => parseLogReg(older, '/x/lr.bin')).toThrow(/\/x\/lr.bin.*model version 2, this engine reads 3/)
  })
})

describe('bands', () => {
  it('cover 0..1 with scores that never rise as the probability falls, and every band is a symbol', () => {
    for (let j = 1; j < LOGREG_BANDS.length; j++) expect(LOGREG_BANDS[j].score).toBeLessThanOrEqual(LOGREG_BANDS[j - 1].score)
    expect(logregBandOf(1)).toBe('LR_SPAM_99')
    expect(logregBandOf(0.5)).toBe('LR_50')
    expect(logregBandOf(0)).toBe('LR_HAM_01')
    for (const b of LOGREG_BANDS) expect(RULES.some((r) => r.name === b.name && r.score === b.score)).toBe(true)
  })
})

describe('the shipped model', () => {
  const engine = createEngine(DEFAULT_ENGINE_SETTINGS, { installDir: os.tmpdir() })
  const lrSymbol = (r: { symbols: Array<{ name: string; evidence?: string }> }) => r.symbols.find((s) => s.name.startsWith('LR_'))

  it('loads, has the default size and stays small', () => {
    const m = loadLogReg(SHIPPED_LOGREG_PATH)
    expect(m.bits).toBe(DEFAULT_HASH_BITS)
    expect(m.weights.some((w) => w !== 0)).toBe(true)
    expect(fs.statSync(SHIPPED_LOGREG_PATH).size).toBeLessThan(2 * 1024 * 1024)
  })
  it('puts a clean held-out business email in a hammy band, with the probability as evidence', async () => {
    const name = '00087.809e03adf935435f9e493a3ffdfd9e85.txt'
    expect(bucketOf('easy-ham-2', name)).toBeLessThan(HOLDOUT_PERCENT)
    const r = await engine.score(readMessageFile(path.join(corpusDir(), 'easy-ham-2', name)), FACTS)
    const lr = lrSymbol(r)
    expect(lr?.name).toMatch(/^LR_HAM_(01|10)$/)
    expect(Number(lr?.evidence)).toBeLessThan(0.1)
    expect(lr!.score).toBeLessThan(0)
  })
  it('puts a typical held-out spam in a spammy band', async () => {
    const name = fs.readdirSync(path.join(corpusDir(), 'spam-2')).filter((n) => n.endsWith('.txt') && bucketOf('spam-2', n) < HOLDOUT_PERCENT)[0]
    const r = await engine.score(readMessageFile(path.join(corpusDir(), 'spam-2', name)), FACTS)
    const lr = lrSymbol(r)
    expect(lr?.name).toMatch(/^LR_SPAM_(90|99)$/)
    expect(Number(lr?.evidence)).toBeGreaterThan(0.9)
    expect(r.score).toBeGreaterThan(8)
  })
})

describe('[bayes] logreg', () => {
  const read = (text: string) => readEngineSettings(parseIni(text, 'outpost_policy.ini'))
  it('defaults to true, reads false, and rejects anything but a boolean, naming bayes.logreg', () => {
    expect(read('[main]\nthreshold = 8\n').logreg).toEqual({ enabled: true })
    expect(read('[bayes]\nlogreg = false\n').logreg).toEqual({ enabled: false })
    expect(() => read('[bayes]\nlogreg = sometimes\n')).toThrow(/bayes.logreg = "sometimes": expected true or false/)
  })
  it('disabled, the engine says so with LR_SKIPPED and no LR band', async () => {
    const settings: EngineSettings = { ...DEFAULT_ENGINE_SETTINGS, logreg: { enabled: false } }
    const r = await createEngine(settings, { installDir: os.tmpdir() }).score(
      Buffer.from('From: a@example.com\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nhello\r\n'),
      FACTS,
    )
    expect(r.symbols.filter((s) => s.name.startsWith('LR_'))).toEqual([{ name: 'LR_SKIPPED', score: 0, evidence: 'disabled' }])
  })
})
