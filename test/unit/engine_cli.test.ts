// `outpost learn` and `outpost eval` on a temp install dir: their run() as the
// dispatcher calls it, and once through the built bin/outpost.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CliContext } from '../../src/cli/outpost'
import { run as evalRun } from '../../src/cli/eval'
import { run as learnRun } from '../../src/cli/learn'
import { GTUBE } from '../../src/engine/rules/body'
import { buildMail } from '../helpers/mail'

const COMMANDS: Record<string, (args: string[], ctx: CliContext) => Promise<number>> = { eval: evalRun, learn: learnRun }

/** outpost -c DIR COMMAND ARGS, as src/cli/outpost.ts dispatches it */
async function outpost(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const [flag, dir, command, ...args] = argv
  expect(flag).toBe('-c')
  const out = new PassThrough()
  const err = new PassThrough()
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] }
  out.on('data', (c: Buffer) => chunks.out.push(c))
  err.on('data', (c: Buffer) => chunks.err.push(c))
  const code = await COMMANDS[command](args, { dir, out, err })
  return { code, out: Buffer.concat(chunks.out).toString(), err: Buffer.concat(chunks.err).toString() }
}

describe('outpost eval / learn', () => {
  let dir: string
  let spamDir: string
  let hamDir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outpost-cli-'))
    // an install directory, as `outpost -c DIR` requires
    fs.mkdirSync(path.join(dir, 'config'))
    fs.writeFileSync(path.join(dir, 'config', 'plugins'), 'outpost_relay\n')
    spamDir = path.join(dir, 'spam')
    hamDir = path.join(dir, 'ham')
    fs.mkdirSync(spamDir)
    fs.mkdirSync(hamDir)
    // two spam: one GTUBE (certain), one ordinary-looking; three clean ham
    fs.writeFileSync(path.join(spamDir, 'gtube.eml'), buildMail({ text: `test ${GTUBE}` }))
    fs.writeFileSync(path.join(spamDir, 'plain.eml'), buildMail({ text: 'see you at the meeting' }))
    for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(hamDir, `${i}.eml`), buildMail({ headers: { Subject: `Notes ${i}` } }))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('eval prints catch and false-positive rates at 5, 6, 7, 8 and 10 and the slowest messages', async () => {
    const r = await outpost(['-c', dir, 'eval', '--spam', spamDir, '--ham', hamDir, '--slowest', '2'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('messages: 2 spam, 3 ham')
    for (const t of [5, 6, 7, 8, 10]) expect(r.out).toMatch(new RegExp(`^\\s+${t}\\s+50\\.00 % \\(1/2\\)\\s+0\\.00 % \\(0/3\\)$`, 'm'))
    expect(r.out).toMatch(/slowest 2:\n.*ms .*\.eml\n.*ms .*\.eml\n/)
  })
  it('eval without directories is a usage error', async () => {
    const r = await outpost(['-c', dir, 'eval', '--spam', spamDir])
    expect(r.code).toBe(2)
    expect(r.err).toContain('give --ham DIR and --spam DIR')
  })
  it('learn writes var/bayes/model.json under the install dir and reports the counts', async () => {
    const r = await outpost(['-c', dir, 'learn', '--spam', spamDir, '--ham', hamDir])
    expect(r.code).toBe(0)
    expect(r.out).toContain('learned 5')
    expect(r.out).toContain('2 spam and 3 ham')
    const model = JSON.parse(fs.readFileSync(path.join(dir, 'var/bayes/model.json'), 'utf8'))
    expect([model.nspam, model.nham]).toEqual([2, 3])
  })
  it('bin/outpost dispatches to the built eval and learn', () => {
    const bin = path.join(__dirname, '../../bin/outpost')
    const evalOut = execFileSync(process.execPath, [bin, '-c', dir, 'eval', '--spam', spamDir, '--ham', hamDir], { encoding: 'utf8' })
    expect(evalOut).toContain('messages: 2 spam, 3 ham')
    const learnOut = execFileSync(process.execPath, [bin, '-c', dir, 'learn', '--ham', hamDir], { encoding: 'utf8' })
    expect(learnOut).toContain('learned 3')
  })
  it('learn refuses a missing directory and unknown flags', async () => {
    expect((await outpost(['-c', dir, 'learn', '--spam', path.join(dir, 'nope')])).code).toBe(2)
    expect((await outpost(['-c', dir, 'learn', '--spma', spamDir])).err).toContain('unknown option --spma')
  })
})
