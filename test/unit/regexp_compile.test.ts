// The engine turns V8's regular-expression tier-up off in its process (src/engine/regexp_compile.ts): an
// expression is then compiled to machine code at its first run instead of being interpreted first. V8 reports
// each interpreted compilation under --trace-regexp-tier-up ("bytecode size"); once the engine is loaded there is
// none. The built engine is loaded (npm test builds first), in a process of its own, as Haraka loads it.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const ENGINE = path.resolve(__dirname, '../../dist/engine/index.js')

/** What V8 traces for a fresh expression run twice on a short text, after `before` ran. */
function traceAfter(before: string): string {
  const script = `${before}; console.log('--- from here'); const re = new RegExp('(?:abc|def)+x' + Date.now()); re.exec('xx abcdef'); re.exec('xx abcdef')`
  const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', '-e', script], { encoding: 'utf8' })
  expect(run.status, run.stderr).toBe(0)
  return run.stdout.slice(run.stdout.indexOf('--- from here'))
}

describe('compileRegExpsNatively', () => {
  it('is in force once the engine is loaded: no expression is interpreted first', () => {
    // without the engine, V8 interprets the expression's first run (what the trace shows when tier-up is on)
    expect(traceAfter('0')).toMatch(/bytecode size/)
    expect(traceAfter(`require(${JSON.stringify(ENGINE)})`)).not.toMatch(/bytecode size|tier-up compilation/)
  })
})
