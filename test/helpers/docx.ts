// Word documents (.docx) for the tests: a ZIP archive written as Word writes it, deflated parts, a central
// directory, the text in word/document.xml (runs in paragraphs), the hyperlinks' targets in its relationships.
import zlib from 'node:zlib'

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A ZIP record of `size` bytes: its signature, then each [offset, value, bytes] field, little-endian; the rest zero */
function record(size: number, signature: number, fields: Array<[number, number, 2 | 4]>): Buffer {
  const b = Buffer.alloc(size)
  b.writeUInt32LE(signature, 0)
  for (const [at, value, bytes] of fields) {
    if (bytes === 2) b.writeUInt16LE(value, at)
    else b.writeUInt32LE(value, at)
  }
  return b
}

/** A ZIP archive of the given parts, each deflated */
export function zipFile(parts: Array<{ name: string; content: string }>): Buffer {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8')
    const data = Buffer.from(part.content, 'utf8')
    const packed = zlib.deflateRawSync(data)
    // the local header and the central directory's entry say the same (method 8: deflate), at their own offsets
    const local = record(30, 0x04034b50, [[4, 20, 2], [8, 8, 2], [18, packed.length, 4], [22, data.length, 4], [26, name.length, 2]])
    const entry = record(46, 0x02014b50, [[4, 20, 2], [6, 20, 2], [10, 8, 2], [20, packed.length, 4], [24, data.length, 4], [28, name.length, 2], [42, offset, 4]])
    locals.push(local, name, packed)
    central.push(entry, name)
    offset += 30 + name.length + packed.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** A .docx whose paragraphs are the given lines (each split into two runs, as Word splits them), and whose hyperlinks go to `links` */
export function docxFile(lines: string[], links: string[] = []): Buffer {
  const run = (t: string) => `<w:r><w:rPr><w:lang w:val="en-US"/></w:rPr><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`
  const paragraphs = lines.map((line) => {
    const cut = Math.floor(line.length / 2)
    return `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${run(line.slice(0, cut))}${run(line.slice(cut))}</w:p>`
  })
  const hyperlinks = links.map((_, i) => `<w:p><w:hyperlink r:id="rIdLink${i}">${run('Open the document')}</w:hyperlink></w:p>`)
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${paragraphs.join('')}${hyperlinks.join('')}<w:sectPr/></w:body></w:document>`
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${links.map((url, i) => `<Relationship Id="rIdLink${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(url)}" TargetMode="External"/>`).join('')}</Relationships>`
  return zipFile([
    { name: '[Content_Types].xml', content: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'word/document.xml', content: document },
    { name: 'word/_rels/document.xml.rels', content: rels },
    { name: 'word/styles.xml', content: '<w:styles/>' },
  ])
}
