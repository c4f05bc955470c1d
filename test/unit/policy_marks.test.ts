import { describe, expect, it } from 'vitest'
import { expandSubjectTag, formatScore, tagSubject } from '../../src/policy/marks'

describe('subject tag', () => {
  it('prefixes the subject and expands _SCORE_', () => {
    expect(tagSubject('Quarterly report', '[SPAM]', 9.3)).toBe('[SPAM] Quarterly report')
    expect(tagSubject('Quarterly report\n', '[SPAM _SCORE_]', 9.345)).toBe('[SPAM 9.35] Quarterly report')
    expect(expandSubjectTag('_SCORE_/_SCORE_', 12)).toBe('12/12')
  })

  it('tags an empty or missing subject with the tag alone', () => {
    expect(tagSubject(undefined, '[SPAM]', 9)).toBe('[SPAM]')
    expect(tagSubject('  \n', '[SPAM]', 9)).toBe('[SPAM]')
  })

  it('does not tag twice and leaves encoded-words and folding as they were', () => {
    expect(tagSubject('[SPAM] Hello', '[SPAM]', 9)).toBe('[SPAM] Hello')
    expect(tagSubject('=?UTF-8?B?w5xiZXI=?=\n', '[SPAM]', 9)).toBe('[SPAM] =?UTF-8?B?w5xiZXI=?=')
    expect(tagSubject('a long\n subject\n', '[SPAM]', 9)).toBe('[SPAM] a long\n subject')
  })

  it('formats scores with at most two decimals', () => {
    expect(formatScore(3.2)).toBe('3.2')
    expect(formatScore(8)).toBe('8')
    expect(formatScore(-0.456)).toBe('-0.46')
  })
})
