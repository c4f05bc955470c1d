// The out-of-fold tool (src/tools/oof.ts): each fold is scored by models that never learned it. Every message
// here is made of words no other message has, so only a model that learned the message itself can have an
// opinion of it: in-sample the Bayes classifier is sure of every spam message, out of fold it has none.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createEngine } from '../../src/engine/index'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'
import { readMessageFile } from '../../src/cli/mail_files'
import { factsFromHeaders } from '../../src/cli/eval'
import { foldOf, outOfFold } from '../../src/tools/oof'
import { trainOn } from '../../src/tools/train'
import type { CorpusMessage } from '../../src/tools/corpus'
import { buildMail } from '../helpers/mail'
import { makeTempDir } from '../helpers/temp_dirs'

/** A word of letters only (the tokenizer keeps words of 3 to 20 characters), unique to n. */
function word(n: number): string {
  let w = ''
  for (let k = n + 26 * 26; k > 0; k = Math.floor(k / 26)) w += String.fromCharCode(97 + (k % 26))
  return `zq${w}`
}

/** 60 spam and 60 ham messages in each of two folds, the same headers (buildMail's), bodies of words of their own. */
function corpus(dir: string): CorpusMessage[] {
  const messages: CorpusMessage[] = []
  for (let i = 0; i < 240; i++) {
    const spam = i % 4 < 2
    const body = Array.from({ length: 30 }, (_, j) => word(i * 30 + j)).join(' ')
    const file = path.join(dir, `${i}.eml`)
    fs.writeFileSync(file, buildMail({ text: `${body}\n` }))
    messages.push({ group: spam ? 'spam-1' : 'easy-ham-1', file, spam, bucket: i % 2 })
  }
  return messages
}

const bayesOf = (symbols: Array<{ name: string }>) => symbols.find((s) => s.name.startsWith('BAYES_'))?.name

describe('npm run oof', () => {
  it('scores each fold with models trained on the other folds only', async () => {
    const dir = makeTempDir('outpost-oof-test-')
    const messages = corpus(dir)
    expect(messages.map((m) => foldOf(m, 2))).toEqual(messages.map((_, i) => i % 2))
    const scored = await outOfFold(messages, 2, dir)
    expect(scored).toHaveLength(240)
    // out of fold: none of a message's words was learned, the classifier has no opinion
    expect(new Set(scored.map((s) => bayesOf(s.result.symbols)))).toEqual(new Set(['BAYES_50']))

    // the same messages scored by models that learned them: sure of every spam message
    const { model, logreg } = await trainOn(messages, 1)
    const inSample = createEngine(DEFAULT_ENGINE_SETTINGS, { installDir: dir, shippedModels: { bayes: model, logreg } })
    for (const m of messages.filter((x) => x.spam)) {
      const raw = readMessageFile(m.file)
      expect(bayesOf((await inSample.score(raw, await factsFromHeaders(raw))).symbols)).toMatch(/^BAYES_99/)
    }
  }, 120_000)

  it('learns our own sets (bucket 100) in every fold and scores them in none', () => {
    const own: CorpusMessage = { group: 'synthetic-lures', file: 'x.eml', spam: true, bucket: 100 }
    expect(foldOf(own, 7)).toBeUndefined()
  })
})
