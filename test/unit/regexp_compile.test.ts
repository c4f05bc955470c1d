// node's --no-regexp-tier-up (src/engine/regexp_compile.ts): given where Haraka is started as shipped, and what it
// does to the engine's expressions, read from V8's own trace (--trace-regexp-tier-up reports each expression
// compiled for the interpreter as "bytecode size"). The built engine is loaded (npm test builds first).
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { REGEXP_FLAG, startedWithRegExpFlag } from '../../src/engine/regexp_compile'

const REPO = path.resolve(__dirname, '../..')

/** What V8 traces while a node started with `flags` loads the engine and scores one message. */
function traceOfScoring(flags: string[]): string {
  const engine = JSON.stringify(path.join(REPO, 'dist', 'engine', 'index.js'))
  const settings = JSON.stringify(path.join(REPO, 'dist', 'engine', 'settings.js'))
  const script =
    `const { createEngine } = require(${engine}); const { DEFAULT_ENGINE_SETTINGS } = require(${settings});` +
    `const engine = createEngine(DEFAULT_ENGINE_SETTINGS, { installDir: ${JSON.stringify(REPO)} });` +
    `engine.score(Buffer.from('From: a@example.com\\r\\nSubject: Verify your account now\\r\\n\\r\\nClick here to verify your password: http://example.com/login\\r\\n'), { mailFrom: 'a@example.com', rcptTo: ['b@example.org'] })` +
    `.then((r) => console.log('scored', r.score))`
  const run = spawnSync(process.execPath, [...flags, '--trace-regexp-tier-up', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  expect(run.status, run.stderr).toBe(0)
  expect(run.stdout).toMatch(/^scored /m)
  return run.stdout
}

describe('--no-regexp-tier-up', () => {
  it('is what npm start and the shipped systemd unit start node with', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    expect(pkg.scripts.start).toBe(`node ${REGEXP_FLAG} node_modules/Haraka/bin/haraka -c .`)
    const unit = fs.readFileSync(path.join(REPO, 'contrib', 'systemd', 'outpost.service'), 'utf8')
    expect(unit.split('\n')).toContain(`ExecStart=/usr/bin/env node ${REGEXP_FLAG} /opt/outpost/node_modules/.bin/haraka -c /opt/outpost`)
  })

  it('is read from the flags node was started with', () => {
    expect(startedWithRegExpFlag([REGEXP_FLAG])).toBe(true)
    expect(startedWithRegExpFlag(['--max-old-space-size=512'])).toBe(false)
    expect(startedWithRegExpFlag(process.execArgv)).toBe(process.execArgv.includes('--no-regexp-tier-up'))
  })

  it('makes V8 compile the engine\'s expressions for the machine at once, not for its interpreter first', () => {
    expect(traceOfScoring([])).toMatch(/bytecode size/)
    expect(traceOfScoring([REGEXP_FLAG])).not.toMatch(/bytecode size|tier-up compilation/)
  })
})
