// outpost check-config warns when [bayes] cap is not below a threshold: the shipped
// classifiers could then quarantine a message on their own (issue 10).
import { describe, expect, it } from 'vitest'
import { parseIni } from '../../src/lib/ini'
import { readPolicyConfig } from '../../src/policy/config'
import { classifierCapWarnings } from '../../src/cli/check_config'

const policy = (text: string) => readPolicyConfig(parseIni(text, 'config/outpost_policy.ini'))

describe('classifier cap against the thresholds', () => {
  it('says nothing for the shipped settings (cap 7.5, threshold 8)', () => {
    expect(classifierCapWarnings(policy(''))).toEqual([])
  })
  it('warns when the main threshold is lowered to the cap or below', () => {
    const w = classifierCapWarnings(policy('[main]\nthreshold = 6\n'))
    expect(w).toHaveLength(1)
    expect(w[0]).toMatchObject({ severity: 'warning', where: 'bayes.cap' })
    expect(w[0].detail).toContain('main.threshold (6)')
  })
  it('warns for a sender domain whose threshold is at or under the cap', () => {
    const w = classifierCapWarnings(policy('[domain strict.example]\nthreshold = 5\n'))
    expect(w.map((x) => x.detail).join('\n')).toContain('domain strict.example.threshold (5)')
  })
  it('warns when the cap is raised to the threshold', () => {
    expect(classifierCapWarnings(policy('[bayes]\ncap = 11.5\n'))).toHaveLength(1)
  })
})
