// The decoders' synchronous join (src/engine/postal.ts) gives the bytes postal-mime's own join gives: a Blob of
// the same chunks, each string chunk UTF-8 encoded on its own (lone surrogates included).
import { describe, expect, it } from 'vitest'
import { concatChunks } from '../../src/engine/postal'

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
