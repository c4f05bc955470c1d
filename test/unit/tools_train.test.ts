// `npm run train` rebuilds the shipped models from their four sources (README "The shipped model and
// retraining"): the same code and corpus must give the same bytes. When a change to how the engine reads a
// message (the HTML reader, the tokenizer, the MIME parser, the synthetic sets) changes the tokens of a
// training message, the shipped models no longer say what the code would learn: this test fails until they
// are retrained (`npm run train`) and the figures measured again. Issue 10, thirty-eighth round: 36 of the
// 5,952 training messages were read differently from the models for 250 commits, unnoticed.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SHIPPED_LOGREG_PATH, SHIPPED_MODEL_PATH } from '../../src/engine/index'
import { makeTempDir } from '../helpers/temp_dirs'

const ROOT = path.resolve(__dirname, '..', '..')

describe('npm run train', () => {
  it('reproduces the shipped Bayes model and logistic-regression weights byte for byte', () => {
    const dir = makeTempDir('outpost-train-')
    const bayes = path.join(dir, 'bayes.json')
    const logreg = path.join(dir, 'logreg.bin')
    // dist/ is built by npm test's pretest (tsc), as npm run train builds it
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'tools', 'train.js'), '--out', bayes, '--logreg-out', logreg], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const same = (a: string, b: string) => Buffer.compare(fs.readFileSync(a), fs.readFileSync(b)) === 0
    expect(same(bayes, SHIPPED_MODEL_PATH), `${SHIPPED_MODEL_PATH} is not what npm run train gives: retrain`).toBe(true)
    expect(same(logreg, SHIPPED_LOGREG_PATH), `${SHIPPED_LOGREG_PATH} is not what npm run train gives: retrain`).toBe(true)
  }, 180_000)
})
