// The words an attached PDF shows its reader. A lure sent as a document says next to nothing in the message
// ("Please see the attached", a name, nothing at all) and puts its story and its button in the PDF: the
// bank's "your access will be blocked", the crypto wallet's "claim your balance", the tax refund (issue 10,
// twenty-eighth round: 32 of the evaluation part's missed honeypot messages carry a PDF, most with a body of
// under 150 characters; pdf.ts already reads their links, this reads their words). What rspamd's PDF
// module does for its text rules, bounded and pure.
//
// A PDF draws text with operators in page content streams, almost always Flate-compressed: "(Hello) Tj",
// "[(W) 80 (orld)] TJ", "<0048> Tj". The bytes of a string are character codes of the font selected by
// "/F1 12 Tf"; a font with a /ToUnicode CMap says what each code means (every modern producer writes one
// for its subset fonts, whose codes are glyph numbers), a simple font without one is read as Latin-1, and
// a two-byte (Identity-H) font without one is not read at all: its codes are glyph numbers, not letters.
// Font names are looked up file-wide (/F1 -> its font object), not per page: a lure is a page or two from
// one producer, and a name used for two fonts reads the first.
//
// Bounded: the first MAX_SCAN_BYTES of the file, MAX_STREAMS streams of at most MAX_STREAM_BYTES each,
// MAX_INFLATED_BYTES inflated in all, MAX_CONTENT_BYTES of drawing read (twice at most), MAX_CMAP_ENTRIES codes
// a CMap, MAX_PDF_TEXT_CHARS characters out.
// Every loop moves forward over its input; no expression backtracks over more than a bounded window.
import zlib from 'node:zlib'
import { hexBytes, literalBytes } from './pdf'

const MAX_SCAN_BYTES = 1024 * 1024
const MAX_STREAMS = 60
const MAX_STREAM_BYTES = 512 * 1024
const MAX_INFLATED_BYTES = 1024 * 1024
const MAX_CMAP_ENTRIES = 5000
/** Bytes of content streams read for their text: a page of drawing with its words among the lines and fills */
const MAX_CONTENT_BYTES = 256 * 1024
/** The text kept of one PDF: its first page or two, where a lure says what it wants. */
export const MAX_PDF_TEXT_CHARS = 4000
/** "obj" keywords looked at: a file of a few pages has a few hundred objects */
const MAX_OBJECTS = 10000
/** Bytes of one string drawn: a line of a page is a few hundred */
const MAX_STRING_BYTES = 16 * 1024
/** Strings and numbers of one TJ array kept */
const MAX_ARRAY_PARTS = 4096
/** Characters of an object's dictionary read before its stream or its end. */
const DICT_WINDOW = 4096

/** A font's way from character codes to text. */
interface FontReading {
  /** code -> text, from its /ToUnicode CMap */
  map?: Map<number, string>
  /** bytes a code: 2 for a CMap whose codes have four hex digits or an Identity-H font, else 1 */
  width: number
  /** a two-byte font without a CMap: its codes are glyph numbers, unreadable */
  unreadable: boolean
  /** added to a one-byte code without a CMap (GLYPH_ORDER_SHIFT when the file's text reads as glyph numbers) */
  shift?: number
}

/**
 * A subset TrueType font without a /ToUnicode CMap whose codes are its glyph numbers in the standard Macintosh order,
 * where glyph 3 is the space and 36 the "A": each code is its character less 29 ("' H D U" for "Dear"). Some
 * producers write such fonts (PayPal and Amazon lures of the training part); a reader sees the glyphs, pdftotext
 * garbage. Tried when the text read has too few vowels to be words, and kept when it then has enough.
 */
const GLYPH_ORDER_SHIFT = 29

interface Stream {
  num: number
  dict: string
  data: Buffer
}

/** "12 0 obj" ending at `at` (the "o" of "obj"): the object's number, or -1 */
function objectNumberBefore(text: string, at: number): number {
  let i = at - 1
  const blank = (k: number): boolean => k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 9)
  const digit = (k: number): boolean => k >= 0 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57
  let seen = 0
  while (blank(i) && seen++ < 4) i--
  seen = 0
  while (digit(i) && seen++ < 5) i--
  if (!seen || !blank(i)) return -1
  seen = 0
  while (blank(i) && seen++ < 4) i--
  const end = i + 1
  seen = 0
  while (digit(i) && seen++ < 7) i--
  return seen && !digit(i) ? Number(text.slice(i + 1, end)) : -1
}

/** The streams (inflated) and the dictionaries of plain objects, in file order, within the budgets. */
function readObjects(buf: Buffer, text: string): { streams: Stream[]; dicts: Map<number, string> } {
  const streams: Stream[] = []
  const dicts = new Map<number, string>()
  let inflated = 0
  // "obj" found by indexOf and its numbers read backwards: an expression for "12 0 obj" would try every digit
  let looked = 0
  for (let at = text.indexOf('obj'); at >= 0 && looked++ < MAX_OBJECTS; at = text.indexOf('obj', at + 3)) {
    const after = text.charCodeAt(at + 3)
    if (after >= 65 && after <= 122) continue
    const num = objectNumberBefore(text, at)
    if (num < 0) continue
    const from = at + 3
    const window = text.slice(from, from + DICT_WINDOW)
    const end = window.indexOf('endobj')
    const streamAt = window.indexOf('stream')
    if (streamAt < 0 || (end >= 0 && end < streamAt)) {
      dicts.set(num, end >= 0 ? window.slice(0, end) : window)
      continue
    }
    const dict = window.slice(0, streamAt)
    dicts.set(num, dict)
    let start = from + streamAt + 6
    if (text[start] === '\r') start++
    if (text[start] === '\n') start++
    const stop = text.indexOf('endstream', start)
    if (stop < 0) break
    at = stop + 6
    if (streams.length >= MAX_STREAMS || inflated >= MAX_INFLATED_BYTES || stop - start > MAX_STREAM_BYTES) continue
    // images, embedded fonts, cross-reference streams and metadata hold no text a reader sees
    if (/\/Subtype\s{0,4}\/Image|\/FontFile|\/Length[123]\b|\/Type\s{0,4}\/(?:XRef|Metadata|EmbeddedFile)/.test(dict)) continue
    const raw = buf.subarray(start, stop)
    let data: Buffer
    if (/\/FlateDecode/.test(dict)) {
      try {
        data = zlib.inflateSync(raw, { maxOutputLength: MAX_INFLATED_BYTES - inflated })
      } catch {
        // truncated, damaged or over the budget: nothing of it
        inflated += raw.byteLength
        continue
      }
    } else if (/\/Filter/.test(dict)) {
      continue
    } else {
      data = raw
    }
    inflated += data.byteLength
    streams.push({ num, dict, data })
  }
  return { streams, dicts }
}

/** The objects packed into an object stream (/Type /ObjStm): "num offset ..." pairs, then the objects. */
function packedObjects(s: Stream, into: Map<number, string>): void {
  const n = Number(/\/N\s{1,4}(\d{1,5})/.exec(s.dict)?.[1] ?? 0)
  const first = Number(/\/First\s{1,4}(\d{1,7})/.exec(s.dict)?.[1] ?? 0)
  const data = s.data.toString('latin1')
  const head = data.slice(0, Math.min(first, 64 * 1024)).trim().split(/\s+/).map(Number)
  for (let i = 0; i < n && 2 * i + 1 < head.length; i++) {
    const from = first + head[2 * i + 1]
    const to = 2 * i + 3 < head.length ? first + head[2 * i + 3] : data.length
    if (Number.isFinite(from) && to > from) into.set(head[2 * i], data.slice(from, Math.min(to, from + DICT_WINDOW)))
  }
}

/** A CMap's code -> text pairs (bfchar and bfrange), and its code width. */
function readCMap(cmap: string): FontReading {
  const map = new Map<number, string>()
  const utf16 = (h: string): string => {
    let r = ''
    for (let i = 0; i + 3 < h.length; i += 4) r += String.fromCharCode(parseInt(h.slice(i, i + 4), 16))
    return h.length === 2 ? String.fromCharCode(parseInt(h, 16)) : r
  }
  const space = /begincodespacerange\s{0,8}<([0-9A-Fa-f]{1,8})>/.exec(cmap)
  let width = space ? Math.ceil(space[1].length / 2) : 0
  // bfchar: <code> <text>; bfrange: <low> <high> <text of low> or <low> <high> [<text> <text> ...]
  const charPair = /<([0-9A-Fa-f]{1,8})>\s{0,8}<([0-9A-Fa-f]{1,64})>/g
  const rangeTriple = /<([0-9A-Fa-f]{1,8})>\s{0,8}<([0-9A-Fa-f]{1,8})>\s{0,8}(?:<([0-9A-Fa-f]{1,64})>|\[([^\]]{0,4000})\])/g
  for (const block of cmap.split(/begin(?=bf(?:char|range))/).slice(1)) {
    const range = block.startsWith('bfrange')
    const body = block.slice(0, Math.max(0, block.indexOf('endbf')))
    const pair = range ? rangeTriple : charPair
    pair.lastIndex = 0
    for (let m = pair.exec(body); m && map.size < MAX_CMAP_ENTRIES; m = pair.exec(body)) {
      if (!width) width = Math.ceil(m[1].length / 2)
      const lo = parseInt(m[1], 16)
      if (!range) {
        map.set(lo, utf16(m[2]))
        continue
      }
      const hi = parseInt(m[2], 16)
      if (hi < lo || hi - lo > MAX_CMAP_ENTRIES) continue
      if (m[3] !== undefined) {
        const base = utf16(m[3])
        const last = base.charCodeAt(base.length - 1)
        for (let c = lo; c <= hi && map.size < MAX_CMAP_ENTRIES; c++) map.set(c, base.slice(0, -1) + String.fromCharCode(last + c - lo))
      } else if (m[4] !== undefined) {
        let c = lo
        for (const item of m[4].match(/<[0-9A-Fa-f]{1,64}>/g) ?? []) if (c <= hi) map.set(c++, utf16(item.slice(1, -1)))
      }
    }
  }
  return { map, width: width || 1, unreadable: false }
}

/** Font resource name -> how its codes read, from every /Font << /F1 5 0 R >> of the file. */
function fontsByName(dicts: Map<number, string>, cmaps: Map<number, FontReading>): Map<string, FontReading> {
  const fonts = new Map<string, FontReading>()
  const fontObject = (num: number): FontReading => {
    const body = dicts.get(num) ?? ''
    const tu = /\/ToUnicode\s{0,4}(\d{1,7})\s{1,4}\d{1,5}\s{1,4}R/.exec(body)
    const cmap = tu ? cmaps.get(Number(tu[1])) : undefined
    if (cmap) return cmap
    const twoByte = /\/Identity-[HV]|\/Type0/.test(body)
    return { width: twoByte ? 2 : 1, unreadable: twoByte }
  }
  for (const body of dicts.values()) {
    const at = body.indexOf('/Font')
    if (at < 0) continue
    // "/Font << /F1 5 0 R >>", or "/Font 37 0 R" and those entries in object 37
    const ref = /^\s{0,4}(\d{1,7})\s{1,4}\d{1,5}\s{1,4}R/.exec(body.slice(at + 5, at + 40))
    const holder = ref ? (dicts.get(Number(ref[1])) ?? '') : body
    const open = holder.indexOf('<<', ref ? 0 : at)
    if (open < 0 || (!ref && open - at > 12)) continue
    const close = holder.indexOf('>>', open)
    const entries = holder.slice(open + 2, close < 0 ? open + 2000 : close)
    for (const e of entries.matchAll(/\/([^\s/<>[\]()]{1,40})\s{0,4}(\d{1,7})\s{1,4}\d{1,5}\s{1,4}R/g)) {
      if (!fonts.has(e[1])) fonts.set(e[1], fontObject(Number(e[2])))
    }
  }
  return fonts
}

function decode(bytes: number[], font: FontReading, room: number): string {
  if (font.unreadable && font.shift === undefined) return ''
  let out = ''
  for (let i = 0; i + font.width <= bytes.length && out.length < room; i += font.width) {
    const code = font.width === 2 ? (bytes[i] << 8) | bytes[i + 1] : bytes[i]
    const mapped = font.map?.get(code)
    out += mapped ?? (font.width === 1 || font.shift !== undefined ? String.fromCharCode(code + (font.shift ?? 0)) : '')
  }
  return out
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0
const isDelimiter = (c: number): boolean => isSpace(c) || c === 40 || c === 41 || c === 60 || c === 62 || c === 91 || c === 93 || c === 47 || c === 37 || c === 123 || c === 125

/** Where the text is drawn: enough of the text state to tell a new line, a space between words, and a word drawn in pieces. */
interface Pen {
  /** start of the current line (Tm, Td), the current point's estimate, the baseline, the text size, the matrix's scale */
  lineX: number
  x: number
  y: number
  size: number
  scale: number
}

/**
 * What separates what was drawn from what is drawn at (x, y): a line end when the baseline moved, a space when the
 * pen jumped ahead by more than a fifth of the text size, nothing when it goes on where the last piece ended (a
 * word processor draws "an" and "d" apart at a kerning pair; its spaces are glyphs of their own). Where the last
 * piece ended is an estimate, half the text size a character: exact enough over the short pieces that are joined.
 */
function moveTo(pen: Pen, x: number, y: number): string {
  const unit = Math.max(pen.size, 1)
  const gap = Math.abs(y - pen.y) > unit / 2 ? '\n' : x - pen.x > unit / 5 || x < pen.x - unit * 2 ? ' ' : ''
  pen.lineX = x
  pen.x = x
  pen.y = y
  return gap
}

/** The text a content stream draws, in drawing order, up to `room` characters. */
function contentText(data: Buffer, fonts: Map<string, FontReading>, unnamed: FontReading, room: number): string {
  let out = ''
  let font = unnamed
  let lastName = ''
  const numbers: number[] = []
  let strings: number[][] = []
  let inArray = false
  let arrayParts: Array<number[] | number> = []
  const pen: Pen = { lineX: 0, x: 0, y: 0, size: 1, scale: 1 }
  const n = data.length
  let i = 0
  const draw = (bytes: number[]): void => {
    const s = decode(bytes, font, room - out.length)
    out += s
    pen.x += s.length * pen.size * 0.5
  }
  const operand = (k: number): number => numbers[numbers.length - k] ?? 0
  while (i < n && out.length < room) {
    const c = data[i]
    if (isSpace(c)) {
      i++
    } else if (c === 37) {
      // a comment, to the end of the line
      while (i < n && data[i] !== 10 && data[i] !== 13) i++
    } else if (c === 40) {
      // a literal string, with nested parentheses and escapes
      const start = ++i
      let depth = 1
      while (i < n && depth > 0) {
        if (data[i] === 92) i += 2
        else {
          if (data[i] === 40) depth++
          else if (data[i] === 41) depth--
          i++
        }
      }
      const bytes = literalBytes(data.subarray(start, Math.min(i - 1, n, start + MAX_STRING_BYTES)))
      if (inArray) {
        if (arrayParts.length < MAX_ARRAY_PARTS) arrayParts.push(bytes)
      } else if (strings.length < 8) strings.push(bytes)
    } else if (c === 60 && data[i + 1] !== 60) {
      const close = data.indexOf(62, i + 1)
      const end = close < 0 ? n : close
      const bytes = hexBytes(data.subarray(i + 1, Math.min(end, i + 1 + 2 * MAX_STRING_BYTES)))
      if (inArray) {
        if (arrayParts.length < MAX_ARRAY_PARTS) arrayParts.push(bytes)
      } else if (strings.length < 8) strings.push(bytes)
      i = end + 1
    } else if (c === 91) {
      inArray = true
      arrayParts = []
      i++
    } else if (c === 93) {
      inArray = false
      i++
    } else if (c === 47) {
      const start = ++i
      while (i < n && !isDelimiter(data[i])) i++
      lastName = data.subarray(start, i).toString('latin1')
    } else if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
      // a number, read in place (a page of drawing is mostly numbers)
      const negative = c === 45
      let v = 0
      let scale = 0
      if (c >= 48 && c <= 57) v = c - 48
      else if (c === 46) scale = 1
      i++
      for (; i < n; i++) {
        const d = data[i]
        if (d >= 48 && d <= 57) {
          if (scale) scale *= 10
          v = v * 10 + d - 48
        } else if (d === 46 && !scale) scale = 1
        else break
      }
      if (scale > 1) v /= scale
      if (negative) v = -v
      if (inArray) {
        if (arrayParts.length < MAX_ARRAY_PARTS) arrayParts.push(v)
      } else if (numbers.length < 8) numbers.push(v)
    } else if (c === 60 || c === 62 || c === 123 || c === 125) {
      i += c === 60 || c === 62 ? 2 : 1
    } else {
      const start = i
      while (i < n && !isDelimiter(data[i])) i++
      if (i === start) i++
      // the text operators have one or two characters
      const op = i - start === 1 ? String.fromCharCode(data[start]) : i - start === 2 ? String.fromCharCode(data[start], data[start + 1]) : ''
      if (op === 'BI') {
        // an inline image: its bytes run to "EI"
        const ei = data.indexOf('EI', i)
        i = ei < 0 ? n : ei + 2
      } else if (op === 'Tf') {
        font = fonts.get(lastName) ?? unnamed
        pen.size = Math.abs(operand(1)) * pen.scale
      } else if (op === 'Tj') for (const s of strings) draw(s)
      else if (op === "'" || op === '"') {
        out += moveTo(pen, pen.lineX, pen.y - pen.size * 1.2)
        for (const s of strings) draw(s)
      } else if (op === 'TJ') {
        for (const p of arrayParts) {
          if (out.length >= room) break
          // a number moves the pen back (thousandths of the text size); a wide gap is a space between words
          if (typeof p !== 'number') draw(p)
          else {
            if (p < -200) out += ' '
            pen.x -= (p / 1000) * pen.size
          }
        }
        arrayParts = []
      } else if (op === 'Td' || op === 'TD') out += moveTo(pen, pen.lineX + operand(2) * pen.scale, pen.y + operand(1) * pen.scale)
      else if (op === 'Tm') {
        const scale = Math.abs(operand(6)) || 1
        pen.size = (pen.size / pen.scale) * scale
        pen.scale = scale
        out += moveTo(pen, operand(2), operand(1))
      } else if (op === 'T*') out += moveTo(pen, pen.lineX, pen.y - pen.size * 1.2)
      numbers.length = 0
      if (strings.length) strings = []
    }
  }
  return out
}

/**
 * The text an attached PDF shows, up to MAX_PDF_TEXT_CHARS characters, runs of blanks made one; '' when
 * it is no PDF, is encrypted, or draws no readable text (scanned pages, pictures of text).
 */
export function pdfText(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, MAX_SCAN_BYTES))
  const text = buf.toString('latin1')
  if (!text.slice(0, 1024).includes('%PDF-')) return ''
  // an encrypted PDF's strings are ciphertext
  if (/\/Encrypt\s{0,4}\d/.test(text.slice(-4096)) || /\/Encrypt\s{0,4}\d/.test(text.slice(0, 4096))) return ''
  const { streams, dicts } = readObjects(buf, text)
  for (const s of streams) if (/\/Type\s{0,4}\/ObjStm/.test(s.dict)) packedObjects(s, dicts)
  const cmaps = new Map<number, FontReading>()
  for (const s of streams) {
    if (s.data.indexOf('begincmap') >= 0) cmaps.set(s.num, readCMap(s.data.toString('latin1')))
  }
  const fonts = fontsByName(dicts, cmaps)
  // a font the file does not name (or names where it was not read): its codes read as Latin-1
  const unnamed: FontReading = { width: 1, unreadable: false }
  const pages = streams.filter((s) => !cmaps.has(s.num) && !/\/Type\s{0,4}\/ObjStm/.test(s.dict) && s.data.indexOf('BT') >= 0)
  const read = (): string => {
    let out = ''
    let left = MAX_CONTENT_BYTES
    for (const s of pages) {
      if (out.length >= MAX_PDF_TEXT_CHARS || left <= 0) break
      out += `${contentText(s.data.length > left ? s.data.subarray(0, left) : s.data, fonts, unnamed, MAX_PDF_TEXT_CHARS - out.length)}\n`
      left -= s.data.length
    }
    return out
  }
  let out = read()
  const share = vowelShare(out)
  const unmapped = [...fonts.values(), unnamed].filter((f) => !f.map)
  // too few vowels to be words, or fonts that were not read at all: the glyph numbers tried
  if (unmapped.length && (share < 0.2 || unmapped.some((f) => f.unreadable))) {
    for (const f of unmapped) f.shift = GLYPH_ORDER_SHIFT
    const shifted = read()
    if (vowelShare(shifted) > 0.3 && shifted.length > out.length / 2) out = shifted
  }
  return out
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n[ \t\n]{1,}/g, '\n')
    .trim()
    .slice(0, MAX_PDF_TEXT_CHARS)
}

/** The vowels' share of a text's Latin letters, or -1 below 20 letters: words of the seven languages have 30 to 45 %. */
function vowelShare(text: string): number {
  let letters = 0
  let vowels = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32
    if (c >= 97 && c <= 122) {
      letters++
      if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) vowels++
    }
  }
  return letters >= 20 ? vowels / letters : -1
}
