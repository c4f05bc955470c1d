// No input makes the engine throw or hang: every case below must come back
// with a finite score (or a clear skipped reason) and say what it did not read.
// Inputs are generated here. Time is not asserted (benchmarks measure speed);
// a hang fails by the test timeout.
import { describe, expect, it } from 'vitest'
import { createEngine, type EngineResult } from '../../src/engine/index'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'
import { MAX_PARSE_BYTES } from '../../src/engine/limits'
import { parseMessage } from '../../src/engine/message'

const engine = createEngine(DEFAULT_ENGINE_SETTINGS)
const FACTS = { mailFrom: 'a@example.com', rcptTo: ['b@example.org'] }
const HEAD = 'From: a@example.com\r\nTo: b@example.org\r\nSubject: test\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\nMessage-ID: <x@example.com>\r\nMIME-Version: 1.0\r\n'
const MB = 1024 * 1024

function names(r: EngineResult): string[] {
  return r.symbols.map((s) => s.name)
}

async function scoreOk(raw: Buffer): Promise<EngineResult> {
  const r = await engine.score(raw, FACTS)
  expect(r.skipped).toBeUndefined()
  expect(Number.isFinite(r.score)).toBe(true)
  return r
}

describe('engine robustness', { timeout: 60_000 }, () => {
  it('a 50 MB text body is parsed only up to the cap and flagged SCAN_TRUNCATED', async () => {
    const raw = Buffer.concat([Buffer.from(HEAD + 'Content-Type: text/plain\r\n\r\n'), Buffer.alloc(50 * MB, 'hello world, this is a long line\r\n')])
    const msg = await parseMessage(raw)
    expect(msg.parsedBytes).toBeLessThanOrEqual(MAX_PARSE_BYTES)
    const r = await scoreOk(raw)
    expect(r.symbols.find((s) => s.name === 'SCAN_TRUNCATED')?.evidence).toContain(`of ${raw.length} bytes`)
  })
  it('a 50 MB body without a single line break', async () => {
    await scoreOk(Buffer.concat([Buffer.from(HEAD + 'Content-Type: text/plain\r\n\r\n'), Buffer.alloc(50 * MB, 'a')]))
  })
  it('an executable attached after a 50 MB attachment is still named', async () => {
    const raw = Buffer.concat([
      Buffer.from(HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\nContent-Type: application/octet-stream; name="a.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n'),
      Buffer.alloc(50 * MB, 'QUJDRA==\r\n'),
      Buffer.from('\r\n--b\r\nContent-Type: application/octet-stream; name="invoice.pdf.exe"\r\n\r\nMZ\r\n--b--\r\n'),
    ])
    const r = await scoreOk(raw)
    expect(r.symbols.find((s) => s.name === 'EXECUTABLE_ATTACHMENT')?.evidence).toBe('invoice.pdf.exe')
  })
  it('a 50 MB header is cut to be read, and named', async () => {
    const r = await scoreOk(Buffer.concat([Buffer.from(HEAD + 'X-Big: '), Buffer.alloc(50 * MB, 'x'), Buffer.from('\r\n\r\nbody\r\n')]))
    expect(names(r)).toEqual(expect.arrayContaining(['HEADER_OVERSIZED', 'SCAN_TRUNCATED']))
    expect(names(r)).not.toContain('MISSING_FROM')
    expect(r.symbols.find((s) => s.name === 'HEADER_OVERSIZED')?.evidence).toMatch(/^x-big: \d+ bytes/)
  })
  it('5000 levels of multipart nesting', async () => {
    let s = HEAD + 'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n'
    for (let i = 1; i < 5000; i++) s += `--b${i - 1}\r\nContent-Type: multipart/mixed; boundary="b${i}"\r\n\r\n`
    const r = await scoreOk(Buffer.from(s + '--b4999\r\nContent-Type: text/plain\r\n\r\ndeep\r\n'))
    expect(names(r)).toContain('MIME_DEEP_NESTING')
  })
  it('20000 sibling parts are cut at the part cap', async () => {
    let s = HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
    for (let i = 0; i < 20000; i++) s += `--b\r\nContent-Type: text/plain; name="f${i}.txt"\r\n\r\nx\r\n`
    const raw = Buffer.from(s + '--b--\r\n')
    const msg = await parseMessage(raw)
    expect(msg.parsedBytes).toBeLessThan(raw.length)
    expect(names(await scoreOk(raw))).toContain('SCAN_TRUNCATED')
  })
  it('5 MB of binary junk', async () => {
    const b = Buffer.alloc(5 * MB)
    let x = 12345
    for (let i = 0; i < b.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff
      b[i] = x >> 16
    }
    await scoreOk(b)
  })
  it('broken encodings: unknown charset, invalid base64, bad quoted-printable and RFC 2047 words, UTF-16 with odd bytes', async () => {
    await scoreOk(Buffer.from(HEAD.replace('Subject: test', 'Subject: =?utf-8?B?!!broken?= =?x-none?Q?=ZZ?=') + 'Content-Type: text/plain; charset="x-unknown"\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64@@@\r\n\xff\xfe\x00', 'latin1'))
    await scoreOk(Buffer.from(HEAD + 'Content-Type: text/html; charset=utf-16\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=Z=1=\r\n<a href="http://[::1">x</a><a href=javascript:alert(1)>'))
  })
  it('4 MB of unclosed HTML tags (a quadratic trap for naive regexes)', async () => {
    // one closed link first, so HTML_ONLY (links that leave the sender's site) shows the HTML was read
    const r = await scoreOk(Buffer.concat([Buffer.from(HEAD + 'Content-Type: text/html\r\n\r\n<a href="http://y.example/">y</a>'), Buffer.from('<a href="http://x.example/'.repeat(160_000))]))
    expect(names(r)).toContain('HTML_ONLY')
  })
  it('50 MB full of "name=" after the parse cap', async () => {
    await scoreOk(Buffer.concat([Buffer.from(HEAD + '\r\n'), Buffer.alloc(50 * MB, ' name=x;')]))
  })
  it('an empty message and odd facts', async () => {
    const r = await engine.score(Buffer.alloc(0), { mailFrom: '', rcptTo: [] })
    expect(r.skipped).toBeUndefined()
    expect(names(r)).toContain('MISSING_FROM')
    // a caller passing garbage facts still gets a result, never an exception
    const bad = await engine.score(Buffer.from(HEAD + '\r\nhi'), undefined as never)
    expect(Number.isFinite(bad.score)).toBe(true)
  })
})

// issue 9 item 2: one 300 KiB header line made the MIME parse fail, and the
// message was scored on its raw text (GTUBE 1004.5 -> 6.7, a phish 27.8 -> 4-5).
describe('an oversized header never lowers the score', { timeout: 60_000 }, () => {
  const PHISH_HTML =
    '<p>We detected unusual sign-in activity and your account has been suspended. Please verify your account.</p>' +
    '<p><a href="http://198.51.100.7/login.php">https://www.paypal.com/signin</a></p><form action="http://x.example.xyz/c"><input name=pw></form>'
  const phish = (extra: string) =>
    Buffer.from(
      'From: "PayPal" <security@paypal-alerts.example.xyz>\r\nTo: b@example.org\r\nSubject: Your account has been suspended\r\n' +
        'Date: Mon, 1 Jan 2024 10:00:00 +0000\r\nMessage-ID: <p1@paypal-alerts.example.xyz>\r\nMIME-Version: 1.0\r\n' +
        extra +
        'Content-Type: text/html; charset=utf-8\r\n\r\n' +
        PHISH_HTML +
        '\r\n',
    )
  const gtube = (extra: string) => Buffer.from(HEAD + extra + 'Content-Type: text/plain\r\n\r\nXJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X\r\n')
  const PADS: Record<string, string> = {
    'a 300 KiB X-Pad line': `X-Pad: ${'a'.repeat(300 * 1024)}\r\n`,
    'a 300 KiB Received': `Received: from relay.example ${'(x) '.repeat(75 * 1024)}\r\n`,
    'a 300 KiB header of short folded lines': `X-Folded: a${'\r\n a'.repeat(75 * 1024)}\r\n`,
    '40,000 addresses in To': `Cc: ${Array.from({ length: 40_000 }, (_, i) => `u${i}@example.org`).join(',\r\n ')}\r\n`,
    'a 7 MiB Received (the body starts past the 1 MiB parse window)': `Received: ${'from relay.example (x) '.repeat(320_000)}\r\n`,
    '6,000 small header fields (a 300 KiB block)': Array.from({ length: 6000 }, (_, i) => `X-Filler-${i}: ${'z'.repeat(40)}\r\n`).join(''),
  }
  for (const [what, pad] of Object.entries(PADS)) {
    it(what, async () => {
      for (const make of [gtube, phish]) {
        const plain = await scoreOk(make(''))
        const padded = await scoreOk(make(pad))
        expect(padded.score, `${what}: ${JSON.stringify(padded.symbols.map((s) => s.name))}`).toBeGreaterThanOrEqual(plain.score)
        expect(names(padded)).not.toContain('MISSING_FROM')
        expect(names(padded)).not.toContain('MIME_PARSE_ERROR')
        expect(names(padded)).toContain('HEADER_OVERSIZED')
      }
    })
  }
  it('the fields that matter are kept when a block is cut, wherever they stand', async () => {
    const filler = Array.from({ length: 6000 }, (_, i) => `X-Filler-${i}: ${'z'.repeat(40)}\r\n`).join('')
    const raw = Buffer.from(filler + HEAD.replace('Subject: test', 'Subject: URGENT verify your account') + 'Content-Type: text/plain\r\n\r\nhello\r\n')
    const msg = await parseMessage(raw)
    expect(msg.parseError).toBeUndefined()
    expect(msg.from?.address).toBe('a@example.com')
    expect(msg.subject).toBe('URGENT verify your account')
    expect(msg.text.trim()).toBe('hello')
    expect(msg.oversizedHeaders.join(' ')).toMatch(/header block \d+ bytes in 600\d fields, \d+ dropped/)
  })
  it('an oversized header in a MIME part is cut too, and the part is still read', async () => {
    const raw = Buffer.from(
      HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n' + `X-Pad: ${'a'.repeat(300 * 1024)}\r\n` +
        '\r\nverify your account now\r\n--b\r\nContent-Type: application/octet-stream; name="setup.exe"\r\n\r\nMZ\r\n--b--\r\n',
    )
    const r = await scoreOk(raw)
    expect(names(r)).toEqual(expect.arrayContaining(['HEADER_OVERSIZED', 'PHISHING_WORDS', 'EXECUTABLE_ATTACHMENT']))
    expect(names(r)).not.toContain('MIME_PARSE_ERROR')
  })
})
