// Automatic learning: which delivered messages may teach the local model, and
// the spool that writes them into it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AutoLearner, DEFAULT_AUTOLEARN } from '../../src/engine/autolearn'
import { AutoLearnSpool } from '../../src/policy/autolearn_spool'
import { loadModel } from '../../src/engine/bayes/model'
import { buildMail } from '../helpers/mail'

const ON = { ...DEFAULT_AUTOLEARN, enabled: true }

describe('AutoLearner', () => {
  it('is off by default', () => {
    expect(new AutoLearner(DEFAULT_AUTOLEARN).acceptHam({ score: -3 }, 'a@example.com', 0)).toBe(false)
  })
  it('learns only mail well below the threshold', () => {
    const l = new AutoLearner(ON)
    expect(l.acceptHam({ score: ON.ham_below }, 'a@example.com', 0)).toBe(true)
    expect(l.acceptHam({ score: ON.ham_below + 0.01 }, 'a@example.com', 0)).toBe(false)
    expect(l.acceptHam({ score: 7.9 }, 'a@example.com', 0)).toBe(false)
  })
  it('does not learn mail in which the rules found abuse, however far the classifiers pulled its score down', () => {
    const l = new AutoLearner(ON)
    // list spam: ILLICIT_SALE 5 against confident ham classifiers (floored at -3): 2 points in total
    expect(l.acceptHam({ score: 2, ruleScore: 5 }, 'a@example.com', 0)).toBe(false)
    expect(l.acceptHam({ score: 1, ruleScore: ON.ham_below }, 'a@example.com', 0)).toBe(true)
  })
  it('caps each sender per day, and starts counting again the next day', () => {
    const l = new AutoLearner({ ...ON, per_sender_per_day: 3 })
    const day1 = new Date('2025-03-01T10:00:00Z')
    const got = Array.from({ length: 5 }, () => l.acceptHam({ score: 0 }, 'Bulk@Example.com', 0, day1))
    expect(got).toEqual([true, true, true, false, false])
    expect(l.acceptHam({ score: 0 }, 'other@example.com', 0, day1)).toBe(true)
    expect(l.acceptHam({ score: 0 }, 'bulk@example.com', 0, new Date('2025-03-02T10:00:00Z'))).toBe(true)
  })
  it('stops once the local model holds max_messages', () => {
    const l = new AutoLearner({ ...ON, max_messages: 100 })
    expect(l.acceptHam({ score: 0 }, 'a@example.com', 99)).toBe(true)
    expect(l.acceptHam({ score: 0 }, 'a@example.com', 100)).toBe(false)
  })
})

describe('AutoLearnSpool', () => {
  it('writes accepted messages into the local model as ham on flush, once each', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outpost-autolearn-'))
    try {
      const lines: string[] = []
      const spool = new AutoLearnSpool(dir, { ...ON, per_sender_per_day: 2 }, (l) => lines.push(l), 3_600_000)
      const msgs = [1, 2, 3].map((i) => buildMail({ headers: { Subject: `minutes ${i}` } }))
      expect(msgs.map((m) => spool.offer(m, { score: 0 }, 'alice@example.com'))).toEqual([true, true, false])
      expect(spool.offer(buildMail(), { score: 9 }, 'bob@example.com')).toBe(false)
      await spool.flush()
      const model = loadModel(path.join(dir, 'var/bayes/model.json'))
      expect(model.nham).toBe(2)
      expect(model.nspam).toBe(0)
      expect(spool.modelSize).toBe(2)
      expect(lines.join('\n')).toMatch(/learned 2 delivered message/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
