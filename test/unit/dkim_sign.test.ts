// outpost_dkim's signer (src/dkim/sign.ts): every signature verified by a real
// verifier (mailauth), and for ordinary mail byte-for-byte the same header
// haraka-plugin-dkim's own DKIMSignStream produces.
import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { bodyHash, bodyOffset, canonicalBodyRelaxed, canonicalBodySimple, dkimSignature, type BodyCanon } from '../../src/dkim/sign'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Header } = require('haraka-email-message')
// eslint-disable-next-line @typescript-eslint/no-require-imports
const DKIMSignStream = require('haraka-plugin-dkim/lib/dkim-sign-stream')
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { dkimVerify } = require('mailauth/lib/dkim/verify')

const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 })
const record = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`
const HEADERS = ['From', 'Sender', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'To', 'Cc', 'MIME-Version', 'Content-Type', 'Received']

function headerOf(message: Buffer) {
  const start = bodyOffset(message)
  const head = message.subarray(0, start < 0 ? message.length : start).toString('utf8')
  const lines = head.split(/(?<=\n)/).filter((l) => l !== '\r\n')
  const header = new Header()
  header.parse(lines)
  return header
}

async function sign(raw: string | Buffer, canon: BodyCanon) {
  const message = Buffer.isBuffer(raw) ? raw : Buffer.from(raw)
  const value = await dkimSignature(message, headerOf(message), { domain: 'example.com', selector: 'sel', privateKey, headers: HEADERS, bodyCanon: canon })
  return { value, signed: Buffer.concat([Buffer.from(`DKIM-Signature: ${value}\r\n`), message]) }
}

async function verify(signed: Buffer): Promise<string[]> {
  const res = await dkimVerify(signed, {
    resolver: async (name: string, type: string) => {
      if (name === 'sel._domainkey.example.com' && type === 'TXT') return [[record]]
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' })
    },
  })
  return res.results.map((r: { status: { result: string } }) => r.status.result)
}

function pluginSignature(raw: string, canon: BodyCanon): Promise<string> {
  const message = Buffer.from(raw)
  return new Promise((resolve, reject) => {
    const stream = new DKIMSignStream(
      { selector: 'sel', domain: 'example.com', private_key: privateKey, headers: HEADERS, body_canon: canon },
      headerOf(message),
      (err: Error | null, value: string) => (err ? reject(err) : resolve(value)),
    )
    // the way message-stream delivers it: a chunk per line
    for (const line of raw.split(/(?<=\n)/)) stream.write(Buffer.from(line))
    stream.end()
  })
}

const HEAD =
  'Received: from exch01 (exch01 [192.0.2.1]) by gw; Sat, 28 Nov 2026 01:00:00 +0000\r\n' +
  'Received: from laptop by exch01; Sat, 28 Nov 2026 00:59:00 +0000\r\n' +
  'From: "Alice  Example" <alice@example.com>\r\n' +
  'To: bob@partner.example,\r\n  carol@partner.example\r\n' +
  'Subject:   Quarterly \t figures   \r\n' +
  'Date: Sat, 28 Nov 2026 01:00:00 +0000\r\n' +
  'Message-ID: <q4@example.com>\r\n' +
  'MIME-Version: 1.0\r\n' +
  'Content-Type: text/plain; charset=utf-8\r\n' +
  '\r\n'

const BODIES: Record<string, string> = {
  plain: 'Hello Bob,\r\n\r\nthe figures are attached.\r\n',
  'trailing whitespace and runs': 'a  b\t\tc   \r\n \t \r\nd\r\n',
  'trailing empty lines': 'text\r\n\r\n\r\n\r\n',
  'dot lines': '.\r\n..leading dots\r\n.end\r\n',
  'long, 8-bit': `${'Grüße aus Köln. '.repeat(400)}\r\n`.repeat(20),
  'no final CRLF': 'last line without end',
  empty: '',
  'only empty lines': '\r\n\r\n\r\n',
  'only whitespace lines': '  \r\n\t\r\n',
}

describe('DKIM signing (outpost_dkim fast path)', () => {
  for (const canon of ['relaxed', 'simple'] as BodyCanon[]) {
    for (const [name, body] of Object.entries(BODIES)) {
      it(`${canon}: ${name} verifies with mailauth`, async () => {
        const { signed } = await sign(HEAD + body, canon)
        expect(await verify(signed)).toEqual(['pass'])
      })
    }

    it(`${canon}: the same header as haraka-plugin-dkim for ordinary mail`, async () => {
      for (const name of ['plain', 'trailing whitespace and runs', 'trailing empty lines', 'dot lines', 'long, 8-bit']) {
        const raw = HEAD + BODIES[name]
        expect((await sign(raw, canon)).value, name).toBe(await pluginSignature(raw, canon))
      }
    })

    it(`${canon}: a changed body or signed header fails verification (the check can fail)`, async () => {
      const { signed } = await sign(HEAD + BODIES.plain, canon)
      // mailauth: a body hash mismatch is 'neutral', a bad signature 'fail'
      expect(await verify(Buffer.from(signed.toString().replace('attached', 'attacked')))).toEqual(['neutral'])
      expect(await verify(Buffer.from(signed.toString().replace('Quarterly', 'Quarterlz')))).toEqual(['fail'])
    })
  }

  it('signs repeated headers bottom to top and lists each instance', async () => {
    const { value, signed } = await sign(HEAD + BODIES.plain, 'relaxed')
    expect(value).toMatch(/h=From:Subject:Date:Message-ID:To:MIME-Version:Content-Type:Received:Received;/)
    expect(await verify(signed)).toEqual(['pass'])
  })

  it('canonicalises bodies as RFC 6376 §3.4.3 and §3.4.4 say', () => {
    expect(canonicalBodySimple(Buffer.from('')).toString()).toBe('\r\n')
    expect(canonicalBodySimple(Buffer.from('a\r\n\r\n\r\n')).toString()).toBe('a\r\n')
    expect(canonicalBodySimple(Buffer.from('a \r\n')).toString()).toBe('a \r\n')
    expect(canonicalBodySimple(Buffer.from('a')).toString()).toBe('a\r\n')
    expect(canonicalBodyRelaxed(Buffer.from('')).toString()).toBe('')
    expect(canonicalBodyRelaxed(Buffer.from(' \r\n\r\n')).toString()).toBe('')
    expect(canonicalBodyRelaxed(Buffer.from('a \t b  \r\nc\t\r\n\r\n')).toString()).toBe('a b\r\nc\r\n')
    expect(canonicalBodyRelaxed(Buffer.from(' lead\nbare lf')).toString()).toBe(' lead\r\nbare lf\r\n')
    // the well-known hash of an empty simple body
    expect(bodyHash(Buffer.from(''), 'simple')).toBe('frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=')
    expect(bodyHash(Buffer.from(''), 'relaxed')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=')
  })

  it('agrees with a line-by-line reading of RFC 6376 on random bodies, also across the 64 KiB chunks it hashes in', () => {
    // the RFC's rules, written plainly: split into lines, canonicalise each, drop trailing empty lines
    const reference = (body: string, canon: BodyCanon): string => {
      const lines = body.split(/\r?\n/)
      const last = lines.pop()! // text after the last line end (a line without CRLF, or '')
      if (last !== '') lines.push(last)
      const out = canon === 'relaxed' ? lines.map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, '')) : lines
      while (out.length && out[out.length - 1] === '') out.pop()
      if (!out.length) return canon === 'relaxed' ? '' : '\r\n'
      return out.join('\r\n') + '\r\n'
    }
    let seed = 7
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    const pieces = ['a', 'b', ' ', '\t', '  \t ', '\r\n', '\r\n', 'word', '.', '\u00e9']
    for (let t = 0; t < 300; t++) {
      const big = t % 50 === 0
      let body = ''
      const n = big ? 60_000 : rnd(60)
      for (let i = 0; i < n; i++) body += pieces[rnd(pieces.length)]
      if (big) body += '\r\n'.repeat(40_000) + 'tail  \r\n' + '\r\n'.repeat(3)
      const buf = Buffer.from(body, 'latin1')
      expect(canonicalBodyRelaxed(buf).toString('latin1'), `relaxed #${t}`).toBe(reference(body, 'relaxed'))
      // simple canonicalisation only touches line ends: CRLF bodies compare directly
      expect(canonicalBodySimple(buf).toString('latin1'), `simple #${t}`).toBe(reference(body, 'simple'))
      const sha = (x: string) => crypto.createHash('sha256').update(Buffer.from(x, 'latin1')).digest('base64')
      expect(bodyHash(buf, 'relaxed')).toBe(sha(reference(body, 'relaxed')))
      expect(bodyHash(buf, 'simple')).toBe(sha(reference(body, 'simple')))
    }
  })

  it('finds the body after the first empty line, and none without one', () => {
    expect(bodyOffset(Buffer.from('A: b\r\n\r\nbody'))).toBe(8)
    expect(bodyOffset(Buffer.from('\r\nbody'))).toBe(2)
    expect(bodyOffset(Buffer.from('A: b\r\n'))).toBe(-1)
  })
})
