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
// a two-byte (Identity-H) font without one is read only when its codes turn out to be glyph numbers in the
// standard order (GLYPH_ORDER_SHIFT). Where one piece of text ends and the next begins is told by the fonts'
// advances (/Widths, /W): a page printed a glyph at a time reads as words. Font names are looked up file-wide
// (/F1 -> its font object), not per page: a lure is a page or two from one producer, and a name used for two
// fonts reads the first.
//
// Bounded: the first megabyte of the file (pdf.ts's pdfSource), MAX_OBJECTS objects looked at, MAX_STREAMS
// streams of at most MAX_STREAM_BYTES each, inflated as they are read and MAX_INFLATED_BYTES in all,
// MAX_CONTENT_BYTES of drawing read (twice at most), a CMap parsed only for a font that draws, MAX_CMAP_ENTRIES
// codes and ranges of it, MAX_PDF_TEXT_CHARS characters out.
// Every loop moves forward over its input; no expression backtracks over more than a bounded window.
import zlib from 'node:zlib'
import { hexBytes, literalBytes, pdfSource, type PdfSource } from './pdf'
import { tidyLines } from './trim'

const MAX_STREAMS = 60
const MAX_STREAM_BYTES = 512 * 1024
const MAX_INFLATED_BYTES = 1024 * 1024
const MAX_CMAP_ENTRIES = 5000
/** Bytes of content streams read for their text: a page of drawing with its words among the lines and fills */
const MAX_CONTENT_BYTES = 64 * 1024
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
  /** code -> text, from its /ToUnicode CMap (bfchar, and bfrange with a list) */
  map?: Map<number, string>
  /** its bfranges with a first text, by their lowest code: the codes from lo to hi are the text and its successors */
  ranges?: Array<{ lo: number; hi: number; text: string }>
  /** bytes a code: 2 for a CMap whose codes have four hex digits or an Identity-H font, else 1 */
  width: number
  /** a two-byte font without a CMap: its codes are glyph numbers, unreadable */
  unreadable: boolean
  /** added to a one-byte code without a CMap (GLYPH_ORDER_SHIFT when the file's text reads as glyph numbers) */
  shift?: number
  /** bytes it drew that were not read (unreadable) */
  skipped?: number
  /** code -> advance in thousandths of the text size (/Widths of a simple font, /W of a two-byte font's descendant) */
  advances?: Map<number, number>
  /** the advance of a code it does not list (/DW, else 1000 for a two-byte font; 0 for a simple one) */
  defaultAdvance?: number
}

/** The numbers and arrays of a PDF array's text ("0 [744 662] 10 20 500"), at most MAX_CMAP_ENTRIES numbers */
function arrayItems(text: string): Array<number | number[]> {
  const items: Array<number | number[]> = []
  let inner: number[] | undefined
  let count = 0
  for (const m of text.matchAll(/\[|\]|-?\d{1,7}(?:\.\d{1,6})?/g)) {
    if (count++ > MAX_CMAP_ENTRIES) break
    if (m[0] === '[') inner = []
    else if (m[0] === ']') {
      if (inner) items.push(inner)
      inner = undefined
    } else if (inner) inner.push(Number(m[0]))
    else items.push(Number(m[0]))
  }
  return items
}

/** The text between a key's "[" and its "]" in a dictionary, or of the object it refers to ("/Widths 12 0 R") */
function arrayOf(body: string, key: string, dicts: Map<number, string>): string | undefined {
  const at = body.indexOf(key)
  if (at < 0) return undefined
  const after = body.slice(at + key.length, at + key.length + 40)
  const ref = /^\s{0,4}(\d{1,7})\s{1,4}\d{1,5}\s{1,4}R/.exec(after)
  const holder = ref ? (dicts.get(Number(ref[1])) ?? '') : body.slice(at + key.length)
  const open = holder.indexOf('[')
  if (open < 0 || (!ref && open > 8)) return undefined
  // a /W array nests one level: its end is the first "]" not closing an inner "["
  let depth = 0
  for (let i = open; i < holder.length && i < open + 60000; i++) {
    const c = holder.charCodeAt(i)
    if (c === 91) depth++
    else if (c === 93 && --depth === 0) return holder.slice(open + 1, i)
  }
  return undefined
}

/** How far each code moves the pen: a simple font's /FirstChar and /Widths, a two-byte font's descendant's /W and /DW */
function advancesOf(body: string, dicts: Map<number, string>): Pick<FontReading, 'advances' | 'defaultAdvance'> {
  const advances = new Map<number, number>()
  const widths = arrayOf(body, '/Widths', dicts)
  if (widths !== undefined) {
    let code = Number(/\/FirstChar\s{0,4}(\d{1,5})/.exec(body)?.[1] ?? 0)
    for (const w of arrayItems(widths)) if (typeof w === 'number') advances.set(code++, w)
    return { advances, defaultAdvance: 0 }
  }
  // the descendant: "/DescendantFonts [12 0 R]" or written in place
  const ref = /\/DescendantFonts\s{0,4}\[\s{0,4}(\d{1,7})\s{1,4}\d{1,5}\s{1,4}R/.exec(body)
  const descendant = ref ? (dicts.get(Number(ref[1])) ?? '') : body.slice(body.indexOf('/DescendantFonts') + 1)
  const dw = Number(/\/DW\s{0,4}(\d{1,5})/.exec(descendant)?.[1] ?? 1000)
  const w = arrayOf(descendant, '/W', dicts)
  if (w === undefined) return { defaultAdvance: dw }
  const items = arrayItems(w)
  for (let i = 0; i + 1 < items.length && advances.size < MAX_CMAP_ENTRIES; ) {
    const first = items[i]
    const next = items[i + 1]
    if (typeof first !== 'number') {
      i++
    } else if (Array.isArray(next)) {
      next.forEach((v, k) => advances.set(first + k, v))
      i += 2
    } else if (i + 2 < items.length && typeof items[i + 2] === 'number') {
      const last = next
      const v = items[i + 2] as number
      for (let c = first; c <= last && advances.size < MAX_CMAP_ENTRIES; c++) advances.set(c, v)
      i += 3
    } else i++
  }
  return { advances, defaultAdvance: dw }
}

/**
 * A subset TrueType font without a /ToUnicode CMap whose codes are its glyph numbers in the standard Macintosh order,
 * where glyph 3 is the space and 36 the "A": each code is its character less 29 ("' H D U" for "Dear"). Some
 * producers write such fonts (PayPal and Amazon lures of the training part); a reader sees the glyphs, pdftotext
 * garbage. Tried when the text read has too few vowels to be words, and kept when it then has enough.
 */
const GLYPH_ORDER_SHIFT = 29

/** A stream of the file: its dictionary, its bytes as written, and once read, inflated (undefined: not read yet) */
interface Stream {
  num: number
  dict: string
  raw: Buffer
  data?: Buffer | null
}

/**
 * The streams' bytes, inflated when first asked for and within MAX_INFLATED_BYTES for the file: a long document's
 * later pages are never inflated once its first pages gave MAX_PDF_TEXT_CHARS.
 */
class Inflater {
  private spent = 0
  read(s: Stream): Buffer | null {
    if (s.data !== undefined) return s.data
    s.data = null
    if (this.spent >= MAX_INFLATED_BYTES) return null
    if (/\/FlateDecode/.test(s.dict)) {
      try {
        s.data = zlib.inflateSync(s.raw, { maxOutputLength: MAX_INFLATED_BYTES - this.spent })
      } catch {
        // truncated, damaged or over the budget: nothing of it
        this.spent += s.raw.byteLength
        return null
      }
    } else if (!/\/Filter/.test(s.dict)) s.data = s.raw
    this.spent += s.data?.byteLength ?? 0
    return s.data
  }
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
    if (streams.length >= MAX_STREAMS || stop - start > MAX_STREAM_BYTES) continue
    // images, embedded fonts, cross-reference streams and metadata hold no text a reader sees
    if (/\/Subtype\s{0,4}\/Image|\/FontFile|\/Length[123]\b|\/Type\s{0,4}\/(?:XRef|Metadata|EmbeddedFile)/.test(dict)) continue
    streams.push({ num, dict, raw: buf.subarray(start, stop) })
  }
  return { streams, dicts }
}

/** The objects packed into an object stream (/Type /ObjStm): "num offset ..." pairs, then the objects. */
function packedObjects(s: Stream, data: Buffer, into: Map<number, string>): void {
  const n = Number(/\/N\s{1,4}(\d{1,5})/.exec(s.dict)?.[1] ?? 0)
  const first = Number(/\/First\s{1,4}(\d{1,7})/.exec(s.dict)?.[1] ?? 0)
  const text = data.toString('latin1')
  const head = text.slice(0, Math.min(first, 64 * 1024)).trim().split(/\s+/).map(Number)
  for (let i = 0; i < n && 2 * i + 1 < head.length; i++) {
    const from = first + head[2 * i + 1]
    const to = 2 * i + 3 < head.length ? first + head[2 * i + 3] : text.length
    if (Number.isFinite(from) && to > from) into.set(head[2 * i], text.slice(from, Math.min(to, from + DICT_WINDOW)))
  }
}

/** A hex string of a CMap as UTF-16BE text (two digits: one byte) */
function utf16(h: string): string {
  if (h.length <= 2) return String.fromCharCode(parseInt(h || '0', 16))
  let r = ''
  for (let i = 0; i + 3 < h.length; i += 4) r += String.fromCharCode(parseInt(h.slice(i, i + 4), 16))
  return r
}

/** The CMap blocks read, by the keyword that opens them; "end" closes any */
const CMAP_BLOCKS: ReadonlyArray<readonly [string, '' | 'space' | 'char' | 'range']> = [
  ['begincodespacerange', 'space'],
  ['beginbfchar', 'char'],
  ['beginbfrange', 'range'],
  ['end', ''],
]

/**
 * A CMap's code -> text pairs and its code width, read token by token: "<0003> <0041>" in a bfchar block,
 * "<0010> <0012> <0061>" (the codes from 0010 to 0012 are a, b, c) and "<0020> <0021> [<0066006C> <0066>]" in a
 * bfrange block, the width from the codespacerange.
 */
function readCMap(cmap: string): FontReading {
  const map = new Map<number, string>()
  const ranges: Array<{ lo: number; hi: number; text: string }> = []
  let width = 0
  let mode: '' | 'space' | 'char' | 'range' = ''
  let items: string[] = []
  let listed: string[] | undefined
  const n = cmap.length
  let i = 0
  const keyword = (word: string): boolean => cmap.startsWith(word, i) && (i === 0 || cmap.charCodeAt(i - 1) <= 32)
  while (i < n && map.size < MAX_CMAP_ENTRIES) {
    const c = cmap.charCodeAt(i)
    if (c === 60) {
      const close = cmap.indexOf('>', i + 1)
      if (close < 0 || close - i > 130) break
      const hex = cmap.slice(i + 1, close)
      i = close + 1
      if (listed) {
        listed.push(hex)
        continue
      }
      items.push(hex)
      if (mode === 'space' && items.length === 2) {
        width ||= Math.ceil(items[0].length / 2)
        items = []
      } else if (mode === 'char' && items.length === 2) {
        width ||= Math.ceil(items[0].length / 2)
        map.set(parseInt(items[0], 16), utf16(items[1]))
        items = []
      } else if (mode === 'range' && items.length === 3) {
        width ||= Math.ceil(items[0].length / 2)
        const lo = parseInt(items[0], 16)
        const hi = parseInt(items[1], 16)
        // kept as a range, not spelled out: an identity CMap is 256 ranges of 256 codes
        if (hi >= lo && ranges.length < MAX_CMAP_ENTRIES) ranges.push({ lo, hi, text: utf16(items[2]) })
        items = []
      }
    } else if (c === 91) {
      listed = []
      i++
    } else if (c === 93) {
      if (mode === 'range' && items.length === 2 && listed) {
        width ||= Math.ceil(items[0].length / 2)
        const lo = parseInt(items[0], 16)
        const hi = parseInt(items[1], 16)
        for (let k = 0; k < listed.length && lo + k <= hi && map.size < MAX_CMAP_ENTRIES; k++) map.set(lo + k, utf16(listed[k]))
      }
      listed = undefined
      items = []
      i++
    } else if (c === 98 || c === 101) {
      // "begin..." opens a block, any "end..." closes it
      const block = CMAP_BLOCKS.find(([word]) => keyword(word))
      if (block) {
        mode = block[1]
        items = []
        i += block[0].length
      } else i++
    } else i++
  }
  map.delete(NaN)
  ranges.sort((a, b) => a.lo - b.lo)
  return { map, ranges, width: width || 1, unreadable: false }
}

/** What a code means in a CMap: its own entry, else the range it falls in (binary search by the lowest code) */
function mapped(font: FontReading, code: number): string | undefined {
  const own = font.map?.get(code)
  if (own !== undefined || !font.ranges?.length) return own
  const ranges = font.ranges
  let lo = 0
  let hi = ranges.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (ranges[mid].lo <= code) lo = mid
    else hi = mid - 1
  }
  const r = ranges[lo]
  if (code < r.lo || code > r.hi) return undefined
  return r.text.slice(0, -1) + String.fromCharCode(r.text.charCodeAt(r.text.length - 1) + code - r.lo)
}

/**
 * The page fonts by resource name (every /Font << /F1 5 0 R >> of the file), each read when a page first selects it
 * (Tf): a CMap is parsed only for a font that draws.
 */
class Fonts {
  private readonly objectOf = new Map<string, number>()
  private readonly byName = new Map<string, FontReading>()
  private readonly cmaps = new Map<number, FontReading>()
  /** a font the file does not name (or names where it was not read): its codes read as Latin-1 */
  readonly unnamed: FontReading = { width: 1, unreadable: false }
  /** the fonts that drew something */
  readonly used = new Set<FontReading>()

  constructor(
    private readonly dicts: Map<number, string>,
    private readonly streamOf: Map<number, Stream>,
    private readonly inflater: Inflater,
  ) {
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
        if (!this.objectOf.has(e[1])) this.objectOf.set(e[1], Number(e[2]))
      }
    }
  }

  get(name: string): FontReading {
    const known = this.byName.get(name)
    if (known) return known
    const num = this.objectOf.get(name)
    const font = num === undefined ? this.unnamed : this.read(num)
    this.byName.set(name, font)
    return font
  }

  private read(num: number): FontReading {
    const body = this.dicts.get(num) ?? ''
    const tu = /\/ToUnicode\s{0,4}(\d{1,7})\s{1,4}\d{1,5}\s{1,4}R/.exec(body)
    const cmapNum = tu ? Number(tu[1]) : -1
    const stream = this.streamOf.get(cmapNum)
    const data = stream ? this.inflater.read(stream) : null
    const advances = advancesOf(body, this.dicts)
    if (data && data.indexOf('begincmap') >= 0) {
      let cmap = this.cmaps.get(cmapNum)
      if (!cmap) this.cmaps.set(cmapNum, (cmap = readCMap(data.toString('latin1'))))
      // the CMap shared, the advances the font's own
      return { ...cmap, ...advances }
    }
    const twoByte = /\/Identity-[HV]|\/Type0/.test(body)
    return { width: twoByte ? 2 : 1, unreadable: twoByte, ...advances }
  }
}

function decode(bytes: number[], font: FontReading, room: number): string {
  if (font.unreadable && font.shift === undefined) {
    font.skipped = (font.skipped ?? 0) + bytes.length
    return ''
  }
  let out = ''
  for (let i = 0; i + font.width <= bytes.length && out.length < room; i += font.width) {
    const code = font.width === 2 ? (bytes[i] << 8) | bytes[i + 1] : bytes[i]
    const text = font.map ? mapped(font, code) : undefined
    out += text ?? (font.width === 1 || font.shift !== undefined ? String.fromCharCode(code + (font.shift ?? 0)) : '')
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
  /** the jump that is a space, in text sizes: 0.15 where the fonts give their advances (a space is about 0.25), 0.2 where they are estimated */
  gap: number
}

/**
 * What separates what was drawn from what is drawn at (x, y): a line end when the baseline moved, a space when the
 * pen jumped ahead by more than a fifth of the text size, nothing when it goes on where the last piece ended (a
 * word processor draws "an" and "d" apart at a kerning pair; its spaces are glyphs of their own). Where the last
 * piece ended is an estimate, half the text size a character: exact enough over the short pieces that are joined.
 */
function moveTo(pen: Pen, x: number, y: number): string {
  const unit = Math.max(pen.size, 1)
  const gap = Math.abs(y - pen.y) > unit / 2 ? '\n' : x - pen.x > unit * pen.gap || x < pen.x - unit * 2 ? ' ' : ''
  pen.lineX = x
  pen.x = x
  pen.y = y
  return gap
}

/** How far a string moves the pen, in text sizes: by the font's advances, else half a text size a character */
function advance(bytes: number[], font: FontReading): number {
  if (!font.advances?.size) return (bytes.length / font.width) * 0.5
  let total = 0
  for (let i = 0; i + font.width <= bytes.length; i += font.width) {
    const code = font.width === 2 ? (bytes[i] << 8) | bytes[i + 1] : bytes[i]
    total += font.advances.get(code) ?? font.defaultAdvance ?? 0
  }
  return total / 1000
}

/** The text a content stream draws, in drawing order, up to `room` characters. */
function contentText(data: Buffer, fonts: Fonts, room: number): string {
  let out = ''
  let font = fonts.unnamed
  let lastName = ''
  const numbers: number[] = []
  let strings: number[][] = []
  let inArray = false
  let arrayParts: Array<number[] | number> = []
  const pen: Pen = { lineX: 0, x: 0, y: 0, size: 1, scale: 1, gap: 0.2 }
  const n = data.length
  let i = 0
  const draw = (bytes: number[]): void => {
    fonts.used.add(font)
    const s = decode(bytes, font, room - out.length)
    out += s
    pen.x += advance(bytes, font) * pen.size
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
        font = fonts.get(lastName)
        pen.gap = font.advances?.size ? 0.15 : 0.2
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
export function pdfText(file: Uint8Array | PdfSource): string {
  const { buf, text } = file instanceof Uint8Array ? pdfSource(file) : file
  if (!text.slice(0, 1024).includes('%PDF-')) return ''
  // an encrypted PDF's strings are ciphertext
  if (/\/Encrypt\s{0,4}\d/.test(text.slice(-4096)) || /\/Encrypt\s{0,4}\d/.test(text.slice(0, 4096))) return ''
  const { streams, dicts } = readObjects(buf, text)
  const inflater = new Inflater()
  for (const s of streams) {
    if (!/\/Type\s{0,4}\/ObjStm/.test(s.dict)) continue
    const data = inflater.read(s)
    if (data) packedObjects(s, data, dicts)
  }
  const fonts = new Fonts(dicts, new Map(streams.map((s) => [s.num, s])), inflater)
  // the streams that may draw a page: no /Type (a page's content has none), or a form; in file order, inflated as read
  const pages = streams.filter((s) => !/\/Type\s{0,4}\/(?!XObject)|\/Subtype\s{0,4}\/(?!Form)/.test(s.dict))
  const read = (): string => {
    let out = ''
    let left = MAX_CONTENT_BYTES
    for (const s of pages) {
      if (out.length >= MAX_PDF_TEXT_CHARS || left <= 0) break
      const data = inflater.read(s)
      if (!data || data.indexOf('BT') < 0 || data.indexOf('begincmap') >= 0) continue
      out += `${contentText(data.length > left ? data.subarray(0, left) : data, fonts, MAX_PDF_TEXT_CHARS - out.length)}\n`
      left -= data.length
    }
    return out
  }
  let out = read()
  // too few vowels to be words, or a two-byte font without a CMap that drew a line or more: the glyph numbers tried,
  // for the fonts that drew without a CMap
  const unmapped = [...fonts.used].filter((f) => !f.map)
  if (unmapped.length && (unmapped.some((f) => (f.skipped ?? 0) >= 40) || vowelShare(out) < 0.2)) {
    for (const f of unmapped) f.shift = GLYPH_ORDER_SHIFT
    const shifted = read()
    if (vowelShare(shifted) > 0.3 && shifted.length > out.length / 2) out = shifted
  }
  return tidyLines(out.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')).slice(0, MAX_PDF_TEXT_CHARS)
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
