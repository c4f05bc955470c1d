// Word documents (.docx) for the tests: a ZIP archive written as Word writes it, deflated parts, a central
// directory, the text in word/document.xml (runs in paragraphs), the hyperlinks' targets in its relationships.
import zlib from 'node:zlib'

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A ZIP archive of the given parts, each deflated */
export function zipFile(parts: Array<{ name: string; content: string }>): Buffer {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8')
    const data = Buffer.from(part.content, 'utf8')
    const packed = zlib.deflateRawSync(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(8, 10)
    entry.writeUInt32LE(packed.length, 20)
    entry.writeUInt32LE(data.length, 24)
    entry.writeUInt16LE(name.length, 28)
    entry.writeUInt32LE(offset, 42)
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
