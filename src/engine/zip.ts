// The directory of a ZIP archive: the names and places of its entries, read from the central directory at
// its end (APPNOTE.TXT 4.3.12, 4.3.16). One reader for both who open archives: the .docx reader
// (src/engine/docx.ts), which inflates two of its parts, and the attachment facts (src/engine/message.ts),
// which list what an attached archive holds. Bounded and pure: the directory is looked for in the last
// 64 KiB and 22 bytes, at most `max` entries are read, and a record pointing outside the bytes ends the list.

/** The ZIP local file header's signature, the first four bytes of an archive: "PK\x03\x04" */
export function looksLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4
}

export interface ZipEntry {
  /** the entry's path in the archive, as stored (UTF-8) */
  name: string
  /** 0 stored, 8 deflated */
  method: number
  /** compressed size */
  size: number
  /** offset of the entry's local file header */
  local: number
}

/** The entries of the archive's central directory, in order, at most `max`; none when it has no directory. */
export function zipEntries(buf: Buffer, max: number): ZipEntry[] {
  const entries: ZipEntry[] = []
  if (buf.length < 22) return entries
  // the end-of-central-directory record, in the last 64 KiB (its comment) and 22 bytes
  const tail = Math.max(0, buf.length - 65557)
  let end = -1
  for (let i = buf.length - 22; i >= tail; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return entries
  const count = Math.min(buf.readUInt16LE(end + 10), max)
  let at = buf.readUInt32LE(end + 16)
  for (let n = 0; n < count && at + 46 <= buf.length; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) break
    const nameLength = buf.readUInt16LE(at + 28)
    entries.push({
      name: buf.toString('utf8', at + 46, Math.min(buf.length, at + 46 + nameLength)),
      method: buf.readUInt16LE(at + 10),
      size: buf.readUInt32LE(at + 20),
      local: buf.readUInt32LE(at + 42),
    })
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32)
  }
  return entries
}
