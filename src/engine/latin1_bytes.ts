// A message's bytes read as Latin-1 text without making them one string. V8 puts a string of over 128 KB on
// pages of its own (an mmap when it is made, an munmap when it is collected): measured on this machine, turning
// the parsed window of a message over 128 KB into one string took about a millisecond, a tenth of what scoring
// such a message costs (issue 10, twenty-third round). The scans of the window (its MIME delimiter lines, its
// header blocks) read it through the few string methods they use, here answered from the bytes.

/** What the window scans read of a text: a string is one, and so is Latin1Bytes. */
export interface Latin1Text {
  readonly length: number
  charCodeAt(index: number): number
  indexOf(search: string, from?: number): number
  startsWith(search: string, at: number): boolean
  slice(start: number, end?: number): string
}

/** Bytes read as the string bytes.toString('latin1') would be, method by method (for indexes within the text). */
export class Latin1Bytes implements Latin1Text {
  constructor(readonly bytes: Buffer) {}

  get length(): number {
    return this.bytes.length
  }

  charCodeAt(index: number): number {
    return index >= 0 && index < this.bytes.length ? this.bytes[index] : NaN
  }

  indexOf(search: string, from = 0): number {
    return this.bytes.indexOf(search, Math.max(0, from), 'latin1')
  }

  startsWith(search: string, at: number): boolean {
    if (at < 0 || at + search.length > this.bytes.length) return false
    for (let i = 0; i < search.length; i++) if (this.bytes[at + i] !== search.charCodeAt(i)) return false
    return true
  }

  slice(start: number, end = this.bytes.length): string {
    return this.bytes.toString('latin1', Math.max(0, start), Math.min(this.bytes.length, end))
  }
}

const isLetterOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/**
 * The bytes as Latin-1 strings of about `size` characters each, cut only at the start of a line that begins with a
 * letter or digit and follows a line holding a letter or digit and no ":". A header field with its continuation
 * lines, or a "name:" and the white space after it, never spans such a place: an expression that reads
 * "name: value" and its continuation lines finds in the pieces, in order, what it finds in the whole text. Where no
 * such line follows, the rest is one piece.
 */
export function* headerSafePieces(bytes: Buffer, size: number): Generator<string> {
  let start = 0
  while (start < bytes.length) {
    const end = bytes.length - start > size ? safeCut(bytes, start + size) : bytes.length
    yield bytes.toString('latin1', start, end)
    start = end
  }
}

function safeCut(bytes: Buffer, from: number): number {
  for (let newline = bytes.indexOf(10, from); newline >= 0 && newline + 1 < bytes.length; newline = bytes.indexOf(10, newline + 1)) {
    if (!isLetterOrDigit(bytes[newline + 1])) continue
    const lineStart = newline === 0 ? 0 : bytes.lastIndexOf(10, newline - 1) + 1
    let letter = false
    let colon = false
    for (let i = lineStart; i < newline && !colon; i++) {
      if (bytes[i] === 58) colon = true
      else if (isLetterOrDigit(bytes[i])) letter = true
    }
    if (letter && !colon) return newline + 1
  }
  return bytes.length
}
