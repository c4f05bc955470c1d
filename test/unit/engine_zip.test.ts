// The directory of a ZIP archive (src/engine/zip.ts): the names the .docx reader and the attachment facts read,
// bounded; and what the attachment facts keep of an attached archive (src/engine/message.ts). Issue 10,
// thirty-second round.
import { describe, expect, it } from 'vitest'
import { looksLikeZip, zipEntries } from '../../src/engine/zip'
import { MAX_ARCHIVE_NAMES, parseMessage } from '../../src/engine/message'
import { buildMail } from '../helpers/mail'
import { zipFile } from '../helpers/docx'

describe('zipEntries', () => {
  it('lists the entries of the central directory in order, with their method, size and local header', () => {
    const zip = zipFile([{ name: 'Invoice_0412.exe', content: 'MZ' }, { name: 'docs/readme.txt', content: 'hello' }])
    const entries = zipEntries(zip, 100)
    expect(entries.map((e) => e.name)).toEqual(['Invoice_0412.exe', 'docs/readme.txt'])
    expect(entries.every((e) => e.method === 8)).toBe(true)
    expect(entries[0].local).toBe(0)
    expect(zip.readUInt32LE(entries[1].local)).toBe(0x04034b50)
  })
  it('reads at most max entries', () => {
    const zip = zipFile(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.txt`, content: 'x' })))
    expect(zipEntries(zip, 5).map((e) => e.name)).toEqual(['f0.txt', 'f1.txt', 'f2.txt', 'f3.txt', 'f4.txt'])
  })
  it('lists nothing of what is no archive, of an archive cut before its directory, and stops at a damaged record', () => {
    expect(zipEntries(Buffer.from('PK\u0003\u0004 not really an archive at all'), 100)).toEqual([])
    const zip = zipFile([{ name: 'a.txt', content: 'x' }, { name: 'b.txt', content: 'y' }])
    expect(zipEntries(zip.subarray(0, zip.length - 30), 100)).toEqual([])
    const broken = Buffer.from(zip)
    // the second directory record's signature, after the first (46 bytes and its name)
    const first = zipEntries(zip, 100)[0]
    const dirStart = zip.readUInt32LE(zip.length - 22 + 16)
    broken.writeUInt32LE(0, dirStart + 46 + first.name.length)
    expect(zipEntries(broken, 100).map((e) => e.name)).toEqual(['a.txt'])
  })
  it('knows an archive by its first four bytes', () => {
    expect(looksLikeZip(zipFile([{ name: 'a.txt', content: 'x' }]).subarray(0, 8))).toBe(true)
    expect(looksLikeZip(Buffer.from('%PDF-1.7'))).toBe(false)
    expect(looksLikeZip(Buffer.from('PK'))).toBe(false)
  })
})

describe('the attachment facts of an attached archive', () => {
  const facts = async (content: Buffer, filename = 'Payment.zip') =>
    (await parseMessage(buildMail({ text: 'See the attachment.', attachments: [{ filename, contentType: 'application/zip', content }] }))).attachments[0]
  it('keep the files it holds, not its folders, and how many', async () => {
    const a = await facts(zipFile([{ name: 'docs/', content: '' }, { name: 'docs/Payment.js', content: 'var a' }]))
    expect(a.archiveNames).toEqual(['docs/Payment.js'])
    expect(a.archiveFiles).toBe(1)
  })
  it('keep at most MAX_ARCHIVE_NAMES names and count the rest', async () => {
    const a = await facts(zipFile(Array.from({ length: 40 }, (_, i) => ({ name: `src/m${i}.js`, content: 'x' }))))
    expect(a.archiveNames.length).toBe(MAX_ARCHIVE_NAMES)
    expect(a.archiveFiles).toBe(40)
  })
  it('are empty for any other attachment, and for an archive without a directory', async () => {
    const pdf = await facts(Buffer.from('%PDF-1.4 test'), 'Invoice.pdf')
    expect([pdf.archiveNames, pdf.archiveFiles]).toEqual([[], 0])
    const cut = await facts(Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000 cut short'))
    expect([cut.archiveNames, cut.archiveFiles]).toEqual([[], 0])
  })
})
