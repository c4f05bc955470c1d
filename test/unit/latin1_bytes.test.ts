// src/engine/latin1_bytes.ts: a message's bytes read as the Latin-1 string they make, without making it.
import { describe, expect, it } from 'vitest'
import { Latin1Bytes, headerSafePieces } from '../../src/engine/latin1_bytes'

let seed = 17
const random = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return (seed >>> 16) % n
}

/** Text of header-like and body-like lines: fields, continuation lines, blank lines, base64, delimiters, colons. */
function randomMessageText(lines: number): string {
  const kinds = [
    () => 'Content-Type: multipart/mixed;',
    () => '\tboundary="b1"; charset=utf-8',
    () => ' charset="iso-8859-1"',
    () => 'content-type:',
    () => '  text/html; charset=windows-1252',
    () => 'text/plain',
    () => '',
    () => '\r',
    () => '--b1',
    () => 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNk',
    () => 'color: red; x',
    () => 'plain words here',
    () => 'CONTENT-TYPE: Text/Plain; Charset=\u00e9t\u00e9',
    () => '\u00ff\u00a0 \u00e9',
  ]
  return Array.from({ length: lines }, () => kinds[random(kinds.length)]()).join(random(2) ? '\r\n' : '\n')
}

const CONTENT_TYPE = /content-type:\s*([a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+)([^\n]*(?:\n[ \t][^\n]*)*)/gi

const allMatches = (texts: Iterable<string>): string[] => {
  const out: string[] = []
  for (const t of texts) for (const m of t.matchAll(CONTENT_TYPE)) out.push(`${m[1]}|${m[2]}`)
  return out
}

describe('Latin1Bytes', () => {
  it('answers as the Latin-1 string of the bytes does', () => {
    for (let t = 0; t < 200; t++) {
      const bytes = Buffer.from(Array.from({ length: random(80) }, () => [10, 13, 45, 45, 65, 97, 58, 32, 0xe9, 0xff][random(10)]))
      const text = bytes.toString('latin1')
      const view = new Latin1Bytes(bytes)
      expect(view.length).toBe(text.length)
      for (let i = -1; i <= text.length; i++) expect(view.charCodeAt(i)).toEqual(text.charCodeAt(i))
      for (const search of ['\n--', '--', '\u00e9', 'A:', '\r\n']) {
        for (let from = 0; from <= text.length + 1; from += 3) {
          expect(view.indexOf(search, from), `${search} ${from}`).toBe(text.indexOf(search, from))
          expect(view.startsWith(search, from), `${search} ${from}`).toBe(text.startsWith(search, from))
        }
      }
      for (let k = 0; k < 10; k++) {
        const a = random(text.length + 3)
        const b = random(text.length + 3)
        expect(view.slice(a, b)).toBe(text.slice(a, b))
        expect(view.slice(a)).toBe(text.slice(a))
      }
    }
  })
})

describe('headerSafePieces', () => {
  it('cuts the text into pieces in which the content-type fields are the whole text\'s', () => {
    let cuts = 0
    for (let t = 0; t < 300; t++) {
      const text = randomMessageText(20 + random(200))
      const bytes = Buffer.from(text, 'latin1')
      for (const size of [1, 7, 64, 500]) {
        const pieces = [...headerSafePieces(bytes, size)]
        cuts += pieces.length - 1
        expect(pieces.join('')).toBe(text)
        expect(allMatches(pieces), `${size}: ${JSON.stringify(text)}`).toEqual(allMatches([text]))
      }
    }
    // the random texts do get cut, often
    expect(cuts).toBeGreaterThan(1000)
  })

  it('does not cut after a line holding a colon or before a continuation line', () => {
    const text = 'Content-Type: text/plain;\n charset=utf-8\nContent-Type:\n\ntext/html\nabc\nXYZ\n'
    const pieces = [...headerSafePieces(Buffer.from(text, 'latin1'), 1)]
    // not before " charset" (a continuation), "Content-Type:" 's blank line or "text/html" (after a blank line)
    expect(pieces).toEqual(['Content-Type: text/plain;\n charset=utf-8\n', 'Content-Type:\n\ntext/html\n', 'abc\n', 'XYZ\n'])
  })
})
