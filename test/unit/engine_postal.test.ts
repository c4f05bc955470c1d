// The decoders' synchronous join (src/engine/postal.ts) gives the bytes postal-mime's own join gives: a Blob of
// the same chunks, each string chunk UTF-8 encoded on its own (lone surrogates included).
import { describe, expect, it } from 'vitest'
import path from 'node:path'
import { concatChunks, decodeBase64Letters, decodeQuotedPrintable, decodeWholeLetterGroups, fastDecodersActive, readBase64Lines, readLineFast } from '../../src/engine/postal'

async function viaBlob(chunks: Array<string | Uint8Array | ArrayBuffer>): Promise<Buffer> {
  return Buffer.from(await new Blob(chunks as BlobPart[]).arrayBuffer())
}

describe('concatChunks', () => {
  it('joins lines and bytes as a Blob does', async () => {
    const cases: Array<Array<string | Uint8Array | ArrayBuffer>> = [
      [],
      ['plain line', '\n', 'second line', '\n'],
      ['héllo wörld €', '\n', new Uint8Array([0xff, 0x00, 0x41]), 'after bytes', new Uint8Array([1, 2, 3]).buffer],
      ['', '', 'x', ''],
      ['emoji 😀 whole', '\n'],
    ]
    for (const chunks of cases) expect(Buffer.from(concatChunks(chunks))).toEqual(await viaBlob(chunks))
  })

  it('encodes each chunk on its own where a surrogate pair would straddle two of them', async () => {
    const cases: Array<Array<string | Uint8Array>> = [
      ['a\uD83D', '\uDE00b'], // a pair split across chunks: two replacement characters, not one emoji
      ['\uD800', '\n', '\uDC00'],
      ['lone \uD800 high', 'lone \uDC00 low', '\uDBFF'],
      ['\uDE00\uD83D', '\uDE00'],
      ['x\uD83D', new Uint8Array([0x41]), '\uDE00'],
    ]
    for (const chunks of cases) expect(Buffer.from(concatChunks(chunks))).toEqual(await viaBlob(chunks))
  })

  it('agrees with a Blob on random chunks of awkward characters', async () => {
    const alphabet = ['a', 'é', '€', '\n', '\uD83D', '\uDE00', '\uD800', '\uDC00', '😀', ' ']
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return (seed >>> 16) % n
    }
    for (let t = 0; t < 200; t++) {
      const chunks: Array<string | Uint8Array> = []
      for (let i = random(12); i >= 0; i--) {
        if (random(6) === 0) chunks.push(new Uint8Array([random(256), random(256)]))
        else chunks.push(Array.from({ length: random(5) }, () => alphabet[random(alphabet.length)]).join(''))
      }
      expect(Buffer.from(concatChunks(chunks)), JSON.stringify(chunks)).toEqual(await viaBlob(chunks))
    }
  })
})

describe('readBase64Lines', () => {
  // postal-mime's own decoding of base64 lines, as its Base64Decoder does it: a line at a time
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const strings = require(path.join(path.dirname(require.resolve('postal-mime')), 'decode-strings.cjs'))
  const decodeBase64 = (strings.decodeBase64 ?? strings.default?.decodeBase64) as (s: string) => ArrayBuffer

  function lineByLine(lines: Uint8Array[], maxChunkSize: number): Buffer {
    const decoder = new TextDecoder()
    const chunks: ArrayBuffer[] = []
    let remainder = ''
    for (const line of lines) {
      remainder += decoder.decode(line).replace(/[^a-zA-Z0-9+/]+/g, '')
      if (remainder.length >= maxChunkSize) {
        const allowed = Math.floor(remainder.length / 4) * 4
        if (allowed) chunks.push(decodeBase64(remainder.substr(0, allowed)))
        remainder = remainder.substr(allowed)
      }
    }
    if (remainder && !/^=+$/.test(remainder)) chunks.push(decodeBase64(remainder))
    return Buffer.concat(chunks.map((c) => Buffer.from(c)))
  }

  function batched(lines: Uint8Array[], maxChunkSize: number, batch: number): Buffer {
    const state = { chunks: [] as Array<ArrayBuffer | Uint8Array>, remainder: '', maxChunkSize, pending: [] as Uint8Array[], pendingBytes: 0 }
    for (const line of lines) {
      state.pending.push(line)
      state.pendingBytes += line.byteLength
      if (state.pendingBytes >= batch) readBase64Lines(state)
    }
    readBase64Lines(state)
    if (state.remainder && !/^=+$/.test(state.remainder)) state.chunks.push(decodeBase64Letters(state.remainder))
    return Buffer.concat(state.chunks.map((c) => Buffer.from(c instanceof Uint8Array ? c : new Uint8Array(c))))
  }

  it('decodes what postal-mime decodes, whatever the lines hold and wherever a batch ends', () => {
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))
    const clean = bytes.toString('base64')
    const lineSets: Uint8Array[][] = [
      (clean.match(/.{1,76}/g) ?? []).map((l) => Buffer.from(l)),
      (clean.match(/.{1,75}/g) ?? []).map((l, i) => Buffer.from(i % 3 ? l : ` ${l}\r`)),
      [Buffer.from('SGVsbG8='), Buffer.from('IHdvcmxk'), Buffer.from('==junk=='), Buffer.from([0xc3, 0x41, 0xff, 0x42, 0x0a])],
      [Buffer.from('QQ'), Buffer.from('Q')], // a remainder that is not a whole group
      [Buffer.from('é€ not base64 at all!'), Buffer.from('')],
    ]
    for (const lines of lineSets) {
      for (const [max, batch] of [[100 * 1024, 64 * 1024], [40, 10], [13, 1], [8, 1000]]) {
        expect(batched(lines, max, batch), `${max}/${batch}`).toEqual(lineByLine(lines, max))
      }
    }
  })

  it('decodes whole groups of letters at once only when they are letters only: not "-", "_", "=", spaces or other bytes', () => {
    expect(Buffer.from(decodeWholeLetterGroups('QUJD') ?? [])).toEqual(Buffer.from('ABC'))
    // Node would read these as letters, decode past them or stop at them; postal-mime drops them
    for (const text of ['QU-D', 'QU_D', 'QQ==', 'QUJ=QUJD', 'QU D', 'QUJD\r\n', 'QUJ\u00ffQUJ', '', 'QUJDQ']) {
      expect(decodeWholeLetterGroups(text), JSON.stringify(text)).toBeUndefined()
    }
    const lines = [Buffer.from('QUJD'), Buffer.from('-_-_'), Buffer.from('QUJD'), Buffer.from('QU D'), Buffer.from([0x51, 0x55, 0xff, 0x44]), Buffer.from('QUJD')]
    for (const [max, batch] of [[100 * 1024, 64 * 1024], [40, 1], [4, 1]]) expect(batched(lines, max, batch), `${max}/${batch}`).toEqual(lineByLine(lines, max))
  })

  it('agrees with postal-mime on random lines of letters and what else attachments hold', () => {
    let seed = 5
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return (seed >>> 16) % n
    }
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    const other = ['-', '_', '=', ' ', '\t', '\r', '.', '\u00e9', '\u00ff']
    for (let t = 0; t < 300; t++) {
      const lines = Array.from({ length: 1 + random(12) }, () => {
        // mostly clean lines of whole groups (where the fast path runs), some with other characters
        const length = random(4) ? 4 * (1 + random(20)) : random(40)
        const chars = Array.from({ length }, () => (random(30) ? letters[random(64)] : other[random(other.length)]))
        return Buffer.from(chars.join(''), 'latin1')
      })
      for (const [max, batch] of [[100 * 1024, 64 * 1024], [40, 1], [16, 30], [8, 5]]) {
        expect(batched(lines, max, batch), `${max}/${batch}: ${lines.map((l) => l.toString('latin1')).join('|')}`).toEqual(lineByLine(lines, max))
      }
    }
  })
})

describe('readLineFast', () => {
  // postal-mime's own readLine: a byte at a time
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const PostalMimeClass = require('postal-mime').default as { prototype: { readLine(this: unknown): { bytes: Uint8Array; done: boolean } } }
  const original = PostalMimeClass.prototype.readLine

  function lines(read: (this: unknown) => { bytes: Uint8Array; done: boolean }, input: Uint8Array): string[] {
    const buf = new Uint8Array(input).buffer
    const reader = { buf, av: new Uint8Array(buf), readPos: 0 }
    const out: string[] = []
    while (reader.readPos < reader.av.length) {
      const line = read.call(reader)
      out.push(`${Buffer.from(line.bytes).toString('latin1')}|${line.done}`)
    }
    return out
  }

  it('splits input into the lines postal-mime reads, "\\r"s and a last line without an end included', () => {
    expect(original === readLineFast, 'the original is read before the fast decoders are installed').toBe(false)
    const cases = ['a\r\nb\n', 'a\r\r\nb', '\r\n\r\n', 'a\rb\r\nc\r', '\n', '\r', 'x', 'a\n\n\nb\r\n']
    for (const c of cases) expect(lines(readLineFast, Buffer.from(c)), JSON.stringify(c)).toEqual(lines(original, Buffer.from(c)))
    let seed = 3
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return (seed >>> 16) % n
    }
    const alphabet = [10, 13, 13, 32, 65, 66, 0, 255]
    for (let t = 0; t < 500; t++) {
      const input = Uint8Array.from({ length: random(60) }, () => alphabet[random(alphabet.length)])
      expect(lines(readLineFast, input), Buffer.from(input).toString('hex')).toEqual(lines(original, input))
    }
  })
})

describe('decodeBase64Letters', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const strings = require(path.join(path.dirname(require.resolve('postal-mime')), 'decode-strings.cjs'))
  const jsDecodeBase64 = (strings.decodeBase64 ?? strings.default?.decodeBase64) as (s: string) => ArrayBuffer
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

  it('gives the bytes postal-mime gives for every length, a last lone letter included', () => {
    let seed = 11
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return (seed >>> 16) % n
    }
    for (let length = 0; length < 70; length++) {
      for (let t = 0; t < 20; t++) {
        const s = Array.from({ length }, () => letters[random(64)]).join('')
        expect(Buffer.from(decodeBase64Letters(s)), s).toEqual(Buffer.from(jsDecodeBase64(s)))
      }
    }
    const long = Buffer.from(Array.from({ length: 300000 }, (_, i) => (i * 31) % 256)).toString('base64').replace(/=/g, '')
    expect(Buffer.from(decodeBase64Letters(long))).toEqual(Buffer.from(jsDecodeBase64(long)))
  })
})

describe('decodeQuotedPrintable', () => {
  // postal-mime's own QPDecoder (this file never installs the fast decoders, so its methods are the originals)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(path.dirname(require.resolve('postal-mime')), 'qp-decoder.cjs'))
  const QPDecoder = (mod.prototype ? mod : mod.default) as new () => { chunks: Array<string | ArrayBuffer>; decodeChunks(s: string): void }

  async function bytesOf(chunks: Array<string | ArrayBuffer | Uint8Array>): Promise<Buffer> {
    return Buffer.from(await new Blob(chunks as BlobPart[]).arrayBuffer())
  }
  async function expectSame(str: string): Promise<void> {
    const original = new QPDecoder()
    original.decodeChunks(str)
    const fast = decodeQuotedPrintable(str)
    expect(await bytesOf(fast), JSON.stringify(str)).toEqual(await bytesOf(original.chunks))
    // and the same string chunks, which a Blob encodes one by one
    expect(fast.filter((c) => typeof c === 'string'), JSON.stringify(str)).toEqual(original.chunks.filter((c) => typeof c === 'string'))
  }

  it('is postal-mime\'s decodeChunks on quoted-printable text and its odd corners', async () => {
    expect(fastDecodersActive()).toBe(false)
    for (const str of ['', 'plain', 'caf=C3=A9 au lait', 'soft =\r\nbreak and soft=\nbreak', '=41', '=4', '=', '=a=41', '==41', '=4=41', 'a==41', '=zz=41b', '=41=zz', 'x=\n', 'é=\uD83D=41\uDE00', '=e9=E9=eA', '=\r\n=41']) {
      await expectSame(str)
    }
  })

  it('agrees with postal-mime on random strings of escapes, breaks and text', async () => {
    const pieces = ['=', '=4', '=41', '=c3=a9', '=\n', '=\r\n', '\n', 'a', 'é', '\uD83D', '\uDE00', 'z', '=G1', '==']
    let seed = 5
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return (seed >>> 16) % n
    }
    for (let t = 0; t < 2000; t++) await expectSame(Array.from({ length: random(12) }, () => pieces[random(pieces.length)]).join(''))
  })
})

describe('a Content-Type with no subtype (twenty-ninth round)', () => {
  it('is read as text/plain, as RFC 2045 asks and mail programs show it, with its charset: its words are the message\'s text', async () => {
    const { parseMessage } = await import('../../src/engine/message')
    const single = await parseMessage(Buffer.from('From: Shop <shop@tools.example>\r\nSubject: New tools\r\nMIME-Version: 1.0\r\nContent-type: text; charset=utf-8\r\n\r\nBuy cPanels, shells and SMTP mailers h\u00e9re.\r\n', 'utf8'))
    expect(fastDecodersActive()).toBe(true)
    expect(single.text).toContain('Buy cPanels, shells and SMTP mailers h\u00e9re.')
    expect(single.attachments).toEqual([])
    const inMultipart = await parseMessage(Buffer.from(
      'From: a@example.com\r\nSubject: t\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n' +
        '--b\r\nContent-Disposition: inline\r\nContent-Transfer-Encoding: base64\r\nContent-Type: text\r\n\r\n' + Buffer.from('Boleta de infraccion adjunta.').toString('base64') + '\r\n' +
        '--b\r\nContent-Type: application/pdf; name="x.pdf"\r\nContent-Disposition: attachment; filename="x.pdf"\r\n\r\n%PDF-1.4\r\n--b--\r\n',
    ))
    expect(inMultipart.text).toContain('Boleta de infraccion adjunta.')
    expect(inMultipart.attachments.map((a) => a.mimeType)).toEqual(['application/pdf'])
  })
})

// (parseMessage is imported in each test, as above: the tests before compare with postal-mime's own decoders, which it replaces)
// Thirty-ninth round: a quoted-printable part may hold 8-bit bytes as they are (invalid, but mailers and spammers
// write it); a mail program reads them in the part's charset. postal-mime decoded each line with the charset, then
// encoded the text back as UTF-8 before the whole part was decoded with the charset again: "Grüße" in iso-8859-1
// came out "GrÃ¼ÃŸe". The lines are now kept as the bytes they are, and the part decoded once.
describe('a quoted-printable part with 8-bit bytes as they are', () => {
  const qpPart = (charset: string, body: Buffer): Buffer =>
    Buffer.concat([
      Buffer.from(`From: a@example.com\r\nTo: b@example.org\r\nSubject: t\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n`),
      body,
    ])

  it('is read in its charset: iso-8859-1, windows-1252, koi8-r, shift_jis', async () => {
    const { parseMessage } = await import('../../src/engine/message')
    const latin = Buffer.from('Gr\xfc\xdfe, \x93\xe7a va\x94? Stra\xdfe =FC =E9t=E9\r\n', 'latin1')
    expect((await parseMessage(qpPart('iso-8859-1', latin))).text).toBe('Grüße, “ça va”? Straße ü été\n')
    expect((await parseMessage(qpPart('windows-1252', latin))).text).toBe('Grüße, “ça va”? Straße ü été\n')
    // "Привет" in KOI8-R, once as it is and once escaped
    const koi = Buffer.concat([Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), Buffer.from(' =F0=D2=C9=D7=C5=D4\r\n')])
    expect((await parseMessage(qpPart('koi8-r', koi))).text).toBe('Привет Привет\n')
    // "日本" in Shift_JIS
    expect((await parseMessage(qpPart('shift_jis', Buffer.concat([Buffer.from([0x93, 0xfa, 0x96, 0x7b]), Buffer.from('\r\n')])))).text).toBe('日本\n')
  })

  it('in UTF-8 as before, and a character split by a soft line break is one character', async () => {
    const { parseMessage } = await import('../../src/engine/message')
    expect((await parseMessage(qpPart('utf-8', Buffer.from('Grüße =C3=BC\r\n', 'utf8')))).text).toBe('Grüße ü\n')
    const split = Buffer.concat([Buffer.from('Gr'), Buffer.from([0xc3]), Buffer.from('=\r\n'), Buffer.from([0xbc]), Buffer.from('e\r\n')])
    expect((await parseMessage(qpPart('utf-8', split))).text).toBe('Grüe\n')
  })
})

// Thirty-ninth round: a text part whose Content-Type names no charset is read as a mail program reads it: an HTML
// part in the charset its <meta> names (in its first 1,024 bytes, as a browser looks), else UTF-8 when its bytes are
// UTF-8, else windows-1252 (the fallback of browsers and mail programs in Western locales). postal-mime read every
// such part as UTF-8: "£" and "é" of a Latin-1 part, and a whole Big5 or KOI8-R page, came out as U+FFFD.
describe('a text part that names no charset', () => {
  const part = (type: string, body: Buffer, cte = '8bit'): Buffer =>
    Buffer.concat([
      Buffer.from(`From: a@example.com\r\nTo: b@example.org\r\nSubject: t\r\nMIME-Version: 1.0\r\nContent-Type: ${type}\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n`),
      body,
    ])

  it('plain text in Latin-1 is read as windows-1252; in UTF-8 as UTF-8; ASCII as it is', async () => {
    const { parseMessage } = await import('../../src/engine/message')
    expect((await parseMessage(part('text/plain', Buffer.from('Only \xa3 5, caf\xe9 \x93now\x94\r\n', 'latin1')))).text).toBe('Only £ 5, café “now”\n')
    expect((await parseMessage(part('text/plain', Buffer.from('Only £ 5, café “now”\r\n', 'utf8')))).text).toBe('Only £ 5, café “now”\n')
    expect((await parseMessage(part('text/plain', Buffer.from('plain words\r\n')))).text).toBe('plain words\n')
  })

  it('HTML in the charset its <meta> names: KOI8-R, Big5; a charset in the Content-Type comes first', async () => {
    const { parseMessage } = await import('../../src/engine/message')
    const koi = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>'), Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), Buffer.from('</p></body></html>\r\n')])
    expect((await parseMessage(part('text/html', koi))).htmlText).toContain('Привет')
    const big5 = Buffer.concat([Buffer.from('<meta charset="big5"><p>'), Buffer.from([0xa4, 0xa4, 0xa4, 0xe5]), Buffer.from('</p>\r\n')])
    expect((await parseMessage(part('text/html', big5))).htmlText).toContain('中文')
    // the header's charset wins over the page's (as a browser gives the transport's first)
    const latin = Buffer.from('<meta charset="koi8-r"><p>caf\xe9</p>\r\n', 'latin1')
    expect((await parseMessage(part('text/html; charset=iso-8859-1', latin))).htmlText).toContain('café')
    // a <meta> past the first 1,024 bytes is not looked for: windows-1252 for bytes that are not UTF-8
    const late = Buffer.concat([Buffer.from(`<p>${' '.repeat(1100)}</p><meta charset="koi8-r"><p>`), Buffer.from([0xe9]), Buffer.from('</p>\r\n')])
    expect((await parseMessage(part('text/html', late))).htmlText).toContain('é')
  })

  it('quoted-printable or base64, as 8bit', async () => {
    const { parseMessage } = await import('../../src/engine/message')
    expect((await parseMessage(part('text/plain', Buffer.from('caf=E9 \xa3 5\r\n', 'latin1'), 'quoted-printable'))).text).toBe('café £ 5\n')
    expect((await parseMessage(part('text/plain', Buffer.from(Buffer.from('caf\xe9 \xa3 5', 'latin1').toString('base64') + '\r\n'), 'base64'))).text).toBe('café £ 5')
  })
})
