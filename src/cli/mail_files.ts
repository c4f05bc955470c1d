// Reading labelled mail from directories for `outpost learn` and `outpost eval`.
import fs from 'node:fs'
import path from 'node:path'

/**
 * The metadata files kept beside messages: `*.json` (as in the public corpus package), `*.tsv` and `*.md` (a
 * set's MANIFEST.tsv or README.md, which `outpost eval` scored, and `outpost learn` learned, as one message more).
 */
const METADATA_FILE = /\.(?:json|tsv|md)$/i

/** Every regular file under dir (recursively, sorted), skipping dot files and metadata files. */
export function listMessageFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    const entries = fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      if (e.name.startsWith('.')) continue
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.isFile() && !METADATA_FILE.test(e.name)) out.push(p)
    }
  }
  walk(dir)
  return out
}

/** A message file as SMTP would carry it: without a leading mbox "From " separator line. */
export function readMessageFile(file: string): Buffer {
  const raw = fs.readFileSync(file)
  if (raw.length > 5 && raw.subarray(0, 5).toString('latin1') === 'From ') {
    const nl = raw.indexOf(10)
    return nl < 0 ? Buffer.alloc(0) : raw.subarray(nl + 1)
  }
  return raw
}
