import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { orderedSteps, registerStep, renderPipelineReadme, STEPS, type HookStep } from '../../src/lib/pipeline'

const ROOT = path.join(__dirname, '..', '..')

describe('the hook pipeline (src/lib/pipeline.ts)', () => {
  it('no plugin registers a hook with a literal priority: they all go through the pipeline', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'src', 'plugins'))) {
      const text = fs.readFileSync(path.join(ROOT, 'src', 'plugins', f), 'utf8')
      expect(text, f).not.toMatch(/register_hook\(/)
    }
  })

  it('every step of ours names a function its plugin exports', async () => {
    for (const s of Object.values(STEPS as Record<string, HookStep>)) {
      if (s.external) continue
      const mod = await import(`../../src/plugins/${s.plugin}`)
      expect(typeof mod[s.method], `${s.plugin}.${s.method}`).toBe('function')
    }
  })

  it('registers with the declared priority, and refuses to register another package\'s hook', () => {
    const calls: unknown[][] = []
    const plugin = { name: 'outpost_route', register_hook: (...a: unknown[]) => calls.push(a) } as never
    registerStep(plugin, STEPS.routeQueue)
    expect(calls).toEqual([['queue_outbound', 'queue_for_delivery', 1000]])
    expect(() => registerStep(plugin, STEPS.dkimSign)).toThrow(/registered by another package/)
  })

  it('queue_outbound runs feedback reports, discard, hygiene, sent record, hold, sign, unclaimed refusal, queue write, in that order', () => {
    expect(orderedSteps().filter((s) => s.hook === 'queue_outbound').map((s) => s.method)).toEqual([
      'feedback_queue', 'discard_spam', 'header_hygiene', 'record_outbound', 'quarantine_held_message', 'hook_pre_send_trans_email', 'refuse_unclaimed_quarantine', 'queue_for_delivery',
    ])
    expect(STEPS.policyScore.priority).toBeGreaterThan(STEPS.externalScores.priority)
  })

  it('the README pipeline table is what the module renders (npm run gen:config rewrites it)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain('<!-- pipeline-table -->')
    expect(readme).toBe(renderPipelineReadme(readme))
  })
})
