// PDFs for the tests, written as producers write them: objects numbered in order, compressed content
// and CMap streams, a subset font whose codes mean nothing without its /ToUnicode CMap.
import zlib from 'node:zlib'

/** A minimal PDF whose body holds the given objects as written (object 1, 2, ... in order) */
export function pdfFile(...objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  objects.forEach((o, i) => parts.push(Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(o) ? o : Buffer.from(o, 'latin1'), Buffer.from('\nendobj\n')))
  parts.push(Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n'))
  return Buffer.concat(parts)
}

/** A Flate-compressed stream object with the given dictionary entries */
export function flateStream(body: string | Buffer, entries = ''): Buffer {
  const data = zlib.deflateSync(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'))
  return Buffer.concat([Buffer.from(`<< ${entries} /Filter /FlateDecode /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')])
}

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0')

export interface TextPdfOptions {
  /** how the page draws its text: a two-byte subset font with a ToUnicode CMap (what Word, Chrome and most producers write), or Helvetica with literal strings */
  font?: 'subset' | 'simple'
  /** web addresses of link annotations on the page */
  links?: string[]
  /** the subset font's codes as glyph numbers in the standard Macintosh order, and no CMap (character - 29) */
  glyphOrder?: boolean
}

/**
 * A one-page PDF that draws `lines`, one under the other. A subset font gives each character its own
 * two-byte code (3, 4, 5, ... in order of first use) and says what they mean in its ToUnicode CMap,
 * partly as ranges.
 */
export function textPdf(lines: string[], options: TextPdfOptions = {}): Buffer {
  const font = options.font ?? 'subset'
  const codes = new Map<string, number>()
  const codeOf = (ch: string): number => {
    if (options.glyphOrder) return ch.charCodeAt(0) - 29
    if (!codes.has(ch)) codes.set(ch, codes.size + 3)
    return codes.get(ch)!
  }
  const drawn = lines.map((line, i) => {
    const y = 760 - 18 * i
    if (font === 'simple') return `BT /F1 11 Tf 1 0 0 1 72 ${y} Tm (${line.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`
    // the line drawn in pieces, as a word processor does at kerning pairs: the pieces join without a gap
    const words = [...line].map((ch) => `<${hex4(codeOf(ch))}>`)
    const cut = Math.max(1, Math.floor(words.length / 2))
    return `BT /F1 11 Tf 1 0 0 1 72 ${y} Tm [${words.slice(0, cut).join('')} -12 ${words.slice(cut).join('')}] TJ ET`
  })
  const annots = (options.links ?? []).map((url, i) => `<< /Type /Annot /Subtype /Link /Rect [72 ${600 - 20 * i} 300 ${615 - 20 * i}] /A << /S /URI /URI (${url}) >> >>`)
  const first = 7
  const page = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R${annots.length ? ` /Annots [${annots.map((_, i) => `${first + i} 0 R`).join(' ')}]` : ''} >>`
  const content = flateStream(drawn.join('\n'))
  if (font === 'simple') {
    return pdfFile('<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page, content, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', '<< >>', ...annots)
  }
  const pairs = [...codes].map(([ch, code]) => ({ code, text: [...ch].map((c) => hex4(c.charCodeAt(0))).join('') }))
  // the first pairs as bfchar, the rest one by one as ranges of a single code
  const half = Math.ceil(pairs.length / 2)
  const block = (kind: 'bfchar' | 'bfrange', items: typeof pairs): string =>
    items.length ? `${items.length} begin${kind}\n${items.map((p) => (kind === 'bfchar' ? `<${hex4(p.code)}> <${p.text}>` : `<${hex4(p.code)}> <${hex4(p.code)}> <${p.text}>`)).join('\n')}\nend${kind}\n` : ''
  const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${block('bfchar', pairs.slice(0, half))}${block('bfrange', pairs.slice(half))}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`
  const type0 = `<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Calibri >>]${options.glyphOrder ? '' : ' /ToUnicode 6 0 R'} >>`
  return pdfFile('<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page, content, type0, flateStream(cmap), ...annots)
}
