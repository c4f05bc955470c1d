// outpost eval --online (src/cli/eval.ts replayOnline): the replay teaches the local model what the gateway
// and its admin would. Ham the auto-learning rules accept; whatever was quarantined, by its review: spam as
// a delete --learn, a genuine message as a release --learn. Spam that passed is seen by nobody: not learned.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { replayOnline, type LabelledFile } from '../../src/cli/eval'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'
import { DEFAULT_AUTOLEARN } from '../../src/engine/autolearn'
import { messageDigest } from '../../src/engine/bayes/model'
import { buildMail } from '../helpers/mail'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outpost-online-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function file(name: string, raw: Buffer, spam: boolean): LabelledFile {
  const p = path.join(dir, name)
  fs.writeFileSync(p, raw)
  return { file: p, spam, set: 'test', kind: spam ? 'spam' : 'ham' }
}

const ham = buildMail({ headers: { Date: 'Tue, 01 Dec 2026 09:00:00 +0000', 'Message-ID': '<ham-1@corp.example>' } })
const spam = buildMail({ headers: { Date: 'Tue, 01 Dec 2026 10:00:00 +0000', 'Message-ID': '<spam-1@corp.example>', Subject: 'Claim your airdrop now' }, text: 'Claim your airdrop: connect your wallet at https://airdrop-claim.example.net/' })
const settings = { ...DEFAULT_ENGINE_SETTINGS, bayes: { ...DEFAULT_ENGINE_SETTINGS.bayes, model: undefined } }
const off = { ...DEFAULT_AUTOLEARN, enabled: false }

describe('outpost eval --online: what the replay learns', () => {
  const files = [file('ham.eml', ham, false), file('spam.eml', spam, true)]
  it('learns every quarantined message as its review would: the spam deleted with --learn, the genuine message released with --learn', async () => {
    // a threshold below every score: both are quarantined
    const { model, released } = await replayOnline(settings, dir, files, -100, off)
    expect(model.learned.get(messageDigest(ham))).toBe('h')
    expect(model.learned.get(messageDigest(spam))).toBe('s')
    expect(released).toBe(1)
    expect([model.nham, model.nspam]).toEqual([1, 1])
  })
  it('learns nothing that passed when automatic learning is off: nobody sees the spam that got through', async () => {
    const { model, released } = await replayOnline(settings, dir, files, 1000, off)
    expect(model.learned.size).toBe(0)
    expect(released).toBe(0)
  })
})
