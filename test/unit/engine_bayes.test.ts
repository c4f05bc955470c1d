// The classifier: the chi-square maths, the shipped model, learning and the
// local model the engine adds to the shipped one.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createEngine, SHIPPED_MODEL_PATH, type EngineSettings } from '../../src/engine/index'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'
import { bandOf, chi2Q, classify, countSource, DEFAULT_PARAMS, MAX_CLUES, ROBINSON_S, ROBINSON_X, tokenProb } from '../../src/engine/bayes/classify'
import { emptyModel, loadModel, parseModel, saveModel, serializeModel, train } from '../../src/engine/bayes/model'
import { corpusDir, bucketOf, HOLDOUT_PERCENT } from '../../src/tools/corpus'
import { readMessageFile } from '../../src/cli/mail_files'
import { learn } from '../../src/cli/learn'
import { buildMail } from '../helpers/mail'
import { tokenize } from '../../src/engine/bayes/tokenize'
import { parseMessage } from '../../src/engine/message'

const FACTS = { mailFrom: 'alice@example.com', rcptTo: ['bob@partner.example.org'] }

describe('chi-square combining', () => {
  it('chi2Q matches known values', () => {
    expect(chi2Q(0, 4)).toBeCloseTo(1, 10)
    expect(chi2Q(2, 2)).toBeCloseTo(Math.exp(-1), 10)
    expect(chi2Q(9.488, 4)).toBeCloseTo(0.05, 3) // 95th percentile of chi-square with 4 d.o.f.
  })
  it("Robinson's f(w) pulls rare tokens towards 0.5 and follows the counts", () => {
    expect(tokenProb(1, 0, 100, 100)).toBeLessThan(tokenProb(20, 0, 100, 100))
    expect(tokenProb(0, 0, 100, 100)).toBe(0.5)
    expect(tokenProb(0, 30, 100, 100)).toBeLessThan(0.05)
  })
  it('classifies by the tokens it learned', () => {
    const m = emptyModel()
    for (let i = 0; i < 60; i++) {
      train(m, ['viagra', 'cheap', 'pills', `s${i}`], true)
      train(m, ['meeting', 'agenda', 'invoice', `h${i}`], false)
    }
    const src = countSource([m])
    expect(classify(src, ['viagra', 'cheap', 'pills']).prob).toBeGreaterThan(0.99)
    expect(classify(src, ['meeting', 'agenda']).prob).toBeLessThan(0.01)
    expect(classify(src, ['unknown', 'words']).prob).toBe(0.5)
    expect(bandOf(0.9995)).toBe('BAYES_999')
    expect(bandOf(0.5)).toBe('BAYES_50')
    expect(bandOf(0.001)).toBe('BAYES_00')
  })
  it('takes its parameters from ClassifierParams (defaults: the documented constants)', () => {
    expect(DEFAULT_PARAMS).toEqual({ s: ROBINSON_S, x: ROBINSON_X, minStrength: 0.1, maxClues: MAX_CLUES })
    // x is what a token with no usable evidence tends to; s how strongly
    expect(tokenProb(0, 0, 10, 10, { ...DEFAULT_PARAMS, x: 0.4 })).toBeCloseTo(0.4, 10)
    expect(tokenProb(1, 0, 10, 10, { ...DEFAULT_PARAMS, s: 5 })).toBeLessThan(tokenProb(1, 0, 10, 10))
    const m = emptyModel()
    for (let i = 0; i < 60; i++) {
      train(m, ['a', 'b', 'c', 'd'], true)
      train(m, [`h${i}`], false)
    }
    const src = countSource([m])
    expect(classify(src, ['a', 'b', 'c', 'd']).clues).toHaveLength(4)
    expect(classify(src, ['a', 'b', 'c', 'd'], { ...DEFAULT_PARAMS, maxClues: 2 }).clues).toHaveLength(2)
    // a clue must be at least minStrength away from 0.5 to count
    expect(classify(src, ['a'], { ...DEFAULT_PARAMS, minStrength: 0.5 }).clues).toHaveLength(0)
  })
  it('sums the counts of several models', () => {
    const a = emptyModel()
    const b = emptyModel()
    train(a, ['x'], true)
    train(b, ['x'], false)
    train(b, ['x'], false)
    const src = countSource([a, b])
    expect(src.counts('x')).toEqual([1, 2])
    expect([src.nspam, src.nham]).toEqual([1, 2])
  })
})

describe('tokenizer', () => {
  it('learns the headers the sender wrote, not those the receiving side added', async () => {
    const raw = buildMail({
      headers: {
        'X-Mailer': 'Microsoft Outlook Express 6.00.2600.0000',
        'X-Priority': '3',
        Received: 'from relay.example.net by mx.example.org',
        'Delivery-Date': 'Tue, 14 May 2024 10:13:00 +0200',
        'Resent-From': 'forwarder@example.net',
        'X-MailScanner': 'Found to be clean',
        'X-Original-Date': 'Tue, 14 May 2024 10:12:00 +0200',
      },
    })
    const tokens = tokenize(await parseMessage(raw))
    expect(tokens).toEqual(expect.arrayContaining(['h:x-mailer', 'h:x-priority', 'hv:x-priority:3', 'xm:microsoft outlook', 's:minutes']))
    for (const t of ['h:received', 'h:delivery-date', 'h:resent-from', 'h:x-mailscanner', 'h:x-original-date']) expect(tokens).not.toContain(t)
  })
  it('does not learn the stamps of the mailbox providers\' filters and relays, nor the recipients\' addresses (issue 10, twelfth round)', async () => {
    const raw = buildMail({
      headers: {
        To: '"Rodrigo F." <phishing@pot.example>, undisclosed-recipients:;',
        'X-MS-Exchange-Organization-SCL': '1',
        'X-Microsoft-Antispam-Mailbox-Delivery': 'ucf:0;jmr:0',
        'X-Forefront-Antispam-Report': 'CIP:203.0.113.7',
        'X-IncomingHeaderCount': '9',
        'Authentication-Results': 'spf=pass smtp.mailfrom=example.com',
        'ARC-Seal': 'i=1; a=rsa-sha256; cv=none',
        'Received-SPF': 'Pass',
        'DKIM-Signature': 'v=1; a=rsa-sha256; d=example.com; s=s1',
        'X-Google-Group-Id': '123456',
        'X-Original-Sender': 'someone@example.com',
        'X-Priority': '3',
      },
    })
    const tokens = tokenize(await parseMessage(raw))
    expect(tokens).toEqual(expect.arrayContaining(['h:x-priority', 'to:rodrigo']))
    for (const t of tokens) expect(t).not.toMatch(/^h:(?:x-ms-|x-microsoft-|x-forefront-|x-incoming|authentication-results|arc-|received-spf|dkim-signature|x-google-|x-original-)|^to:.*@/)
  })
  it('does not learn the names of the headers today\'s sending services write, which the 2002 training spam could not carry (issue 10, thirteenth round)', async () => {
    const raw = buildMail({
      headers: {
        'Feedback-ID': '123456:acme:campaign:esp',
        'Content-Language': 'de-DE',
        'Thread-Topic': 'Ihr Konto',
        'Thread-Index': 'AQHa1b2c3d4e5f6g7h8i9j0k==',
        'Auto-Submitted': 'auto-generated',
        'X-SES-Outgoing': '2024.05.14-54.240.1.1',
        'X-Mailgun-Sid': 'WyJhYmMiXQ==',
        'User-Agent': 'Mozilla Thunderbird',
        'X-Priority': '3',
      },
    })
    const tokens = tokenize(await parseMessage(raw))
    // the mail client's own fingerprint is still read: it was written in 2002 as today
    expect(tokens).toEqual(expect.arrayContaining(['h:x-priority', 'h:user-agent']))
    for (const t of ['h:feedback-id', 'h:content-language', 'h:thread-topic', 'h:thread-index', 'h:auto-submitted', 'h:x-ses-outgoing', 'h:x-mailgun-sid']) expect(tokens).not.toContain(t)
  })
  it('reads whether a message is html-only, not its content type nor its transfer encoding (issue 10, fourteenth round)', async () => {
    const html = '<p>Click the button below to sign in to your account. This link expires in 15 minutes.</p>'
    const raw = Buffer.from(
      'From: App <noreply@app.example>\r\nTo: bob@example.org\r\nSubject: Sign in\r\nMIME-Version: 1.0\r\n' +
        `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(html).toString('base64')}\r\n`,
    )
    const tokens = tokenize(await parseMessage(raw))
    expect(tokens).toEqual(expect.arrayContaining(['mime:html-only', 'cs:utf-8', 'expires']))
    expect(tokens.filter((t) => t.startsWith('ct:') || t.startsWith('cte:'))).toEqual([])
  })
  it('reads a mailto link\'s domain, not that it is a mailto link (issue 10, fourteenth round)', async () => {
    const raw = buildMail({ html: '<p>Questions about your refund? <a href="mailto:support@shop.example.com">Write to us</a>.</p>' })
    const tokens = tokenize(await parseMessage(raw))
    expect(tokens).toEqual(expect.arrayContaining(['url:shop.example.com', 'url:example.com']))
    expect(tokens).not.toContain('url:mailto')
  })
})

describe('model files', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outpost-bayes-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('round-trip and write atomically (no temp file left, deterministic bytes)', () => {
    const m = emptyModel()
    train(m, ['b', 'a', 'c'], true)
    m.learned.set('abc', 's')
    const file = path.join(dir, 'sub', 'model.json')
    saveModel(m, file)
    expect(fs.readdirSync(path.dirname(file))).toEqual(['model.json'])
    const back = loadModel(file)
    expect(back.nspam).toBe(1)
    expect(back.tokens.get('a')).toEqual([1, 0])
    expect(back.learned.get('abc')).toBe('s')
    expect(serializeModel(back)).toBe(fs.readFileSync(file, 'utf8'))
  })
  it('refuses a file that is not a model, naming the file', () => {
    expect(() => parseModel('{"format":"something-else"}', '/x/model.json')).toThrow(/\/x\/model.json.*not an outpost-bayes model/)
    expect(() => parseModel('{oops', '/x/model.json')).toThrow(/not valid JSON/)
  })
  it('a corrupt local model stops createEngine instead of silently scoring without it', () => {
    fs.mkdirSync(path.join(dir, 'var/bayes'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'var/bayes/model.json'), '{"format":"outpost-bayes","version":1')
    expect(() => createEngine(DEFAULT_ENGINE_SETTINGS, { installDir: dir })).toThrow(/model.json/)
  })
})

describe('the shipped model', () => {
  it('loads, is trained on both kinds and stays small', () => {
    const m = loadModel(SHIPPED_MODEL_PATH)
    expect(m.nspam).toBeGreaterThan(1000)
    expect(m.nham).toBeGreaterThan(2000)
    expect(fs.statSync(SHIPPED_MODEL_PATH).size).toBeLessThan(5 * 1024 * 1024)
  })
  it('scores a clean held-out business email low, with a hammy Bayes symbol', async () => {
    // a held-out (never trained on) technical question between colleagues
    const name = '00087.809e03adf935435f9e493a3ffdfd9e85.txt'
    expect(bucketOf('easy-ham-2', name)).toBeLessThan(HOLDOUT_PERCENT)
    const raw = readMessageFile(path.join(corpusDir(), 'easy-ham-2', name))
    const r = await createEngine(DEFAULT_ENGINE_SETTINGS, { installDir: os.tmpdir() }).score(raw, FACTS)
    expect(r.score).toBeLessThan(0)
    expect(r.symbols.some((s) => s.name === 'BAYES_00' || s.name === 'BAYES_05')).toBe(true)
  })
  it('scores a typical held-out spam high', async () => {
    const engine = createEngine(DEFAULT_ENGINE_SETTINGS, { installDir: os.tmpdir() })
    const name = fs.readdirSync(path.join(corpusDir(), 'spam-2')).filter((n) => n.endsWith('.txt') && bucketOf('spam-2', n) < HOLDOUT_PERCENT)[0]
    const r = await engine.score(readMessageFile(path.join(corpusDir(), 'spam-2', name)), FACTS)
    expect(r.symbols.find((s) => s.name.startsWith('BAYES_'))?.name).toMatch(/BAYES_(8|9)/)
  })
})

describe('outpost learn and the local model', () => {
  let dir: string
  const settings: EngineSettings = { ...DEFAULT_ENGINE_SETTINGS, bayes: { ...DEFAULT_ENGINE_SETTINGS.bayes, shipped: false, min_messages: 5 } }
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outpost-learn-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  function writeSet(name: string, count: number, make: (i: number) => Buffer): string {
    const d = path.join(dir, 'mail', name)
    fs.mkdirSync(d, { recursive: true })
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(d, `${i}.eml`), make(i))
    fs.writeFileSync(path.join(d, 'meta.json'), '{}') // skipped: metadata, not a message
    fs.writeFileSync(path.join(d, 'MANIFEST.tsv'), 'file\tlabel\n0.eml\tspam\n') // so are a set's manifest and README
    fs.writeFileSync(path.join(d, 'README.md'), '# the set\n')
    return d
  }
  const spamMail = (i: number) => buildMail({ headers: { Subject: `Quarterly zorblax pricing ${i}` }, text: `zorblax zorblax discount wholesale catalogue number ${i}` })
  const hamMail = (i: number) => buildMail({ headers: { Subject: `Project notes ${i}` }, text: `minutes from the steering group, item ${i}, next review on friday` })

  it('learn writes the local model; the engine then scores the learned kind of mail as spam', async () => {
    const before = await createEngine(settings, { installDir: dir }).score(spamMail(99), FACTS)
    expect(before.symbols.find((s) => s.name === 'BAYES_SKIPPED')).toBeDefined()

    const s = await learn(dir, { spam: [writeSet('spam', 10, spamMail)], ham: [writeSet('ham', 10, hamMail)] })
    expect([s.learned, s.model.nspam, s.model.nham]).toEqual([20, 10, 10])
    expect(fs.existsSync(path.join(dir, 'var/bayes/model.json'))).toBe(true)

    const engine = createEngine(settings, { installDir: dir })
    const spam = await engine.score(spamMail(100), FACTS)
    const ham = await engine.score(hamMail(100), FACTS)
    expect(spam.score).toBeGreaterThan(before.score)
    expect(spam.symbols.find((x) => x.name.startsWith('BAYES_'))?.name).toMatch(/BAYES_9/)
    expect(ham.symbols.find((x) => x.name.startsWith('BAYES_'))?.name).toMatch(/BAYES_0/)
  })

  it('relearning the same mail is idempotent; the other label moves it; --forget removes it', async () => {
    const spamDir = writeSet('spam', 6, spamMail)
    const hamDir = writeSet('ham', 6, hamMail)
    await learn(dir, { spam: [spamDir], ham: [hamDir] })
    const again = await learn(dir, { spam: [spamDir], ham: [] })
    expect([again.learned, again.unchanged, again.model.nspam]).toEqual([0, 6, 6])
    const moved = await learn(dir, { spam: [], ham: [spamDir] })
    expect([moved.relabelled, moved.model.nspam, moved.model.nham]).toEqual([6, 0, 12])
    const gone = await learn(dir, { spam: [], ham: [spamDir] }, { forget: true })
    expect([gone.forgotten, gone.model.nspam, gone.model.nham]).toEqual([6, 0, 6])
  })

  it('a running engine picks up a relearned model from disk', async () => {
    await learn(dir, { spam: [writeSet('spam', 6, spamMail)], ham: [writeSet('ham', 6, hamMail)] })
    const engine = createEngine(settings, { installDir: dir, modelCheckMs: 0 })
    const first = await engine.score(spamMail(50), FACTS)
    // now teach the opposite: the same kind of mail is ham
    await learn(dir, { spam: [], ham: [writeSet('ham2', 30, (i) => spamMail(200 + i))] })
    const second = await engine.score(spamMail(50), FACTS)
    expect(second.score).toBeLessThan(first.score)
  })
})
