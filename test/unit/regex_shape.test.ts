// What the reader of rule sources says of a pattern: its longest match, its reach, and whether every
// match holds one of a list of words. Each answer a window relies on; each doubt must be the safe answer.
import { describe, expect, it } from 'vitest'
import { alwaysContainsWord, regexShape, requiredWords } from '../../src/engine/rules/regex_shape'

describe('regexShape', () => {
  it('measures the longest match of bounded sources', () => {
    expect(regexShape('abc').longest).toBe(3)
    expect(regexShape('(?:account|mailbox)\\s{1,3}locked').longest).toBe(7 + 3 + 6)
    expect(regexShape('a[^.\\n]{0,40}b').longest).toBe(1 + 80 + 1) // a character of a negated class may be a surrogate pair
    expect(regexShape('x(?:yz)?').longest).toBe(3)
    expect(regexShape('(?<!\\p{L})dmt(?!\\p{L})').longest).toBe(3)
  })

  it('reads lookarounds and word boundaries as reach, not length', () => {
    expect(regexShape('\\bavis\\b').reach).toBe(1)
    expect(regexShape('(?<!\\p{L})im').reach).toBe(2)
    expect(regexShape('act(?!\\s{1,3}(?:as|on))').reach).toBe(3 + 2)
  })

  it('answers "no bound" for what it cannot bound or read', () => {
    expect(regexShape('a+b').longest).toBe(Infinity)
    expect(regexShape('a.*b').longest).toBe(Infinity)
    expect(regexShape('^dear').longest).toBe(Infinity) // a slice of the text has another start
    expect(regexShape('(a)\\1').longest).toBe(Infinity) // a back-reference
    expect(regexShape('a$').longest).toBe(Infinity)
  })
})

describe('alwaysContainsWord', () => {
  it('finds a word in every branch', () => {
    expect(alwaysContainsWord('(?:account|mailbox)\\s{1,3}(?:locked|suspended)', ['lock', 'suspen'])).toBe(true)
    expect(alwaysContainsWord('(?:account|mailbox)\\s{1,3}(?:locked|closed)', ['lock', 'suspen'])).toBe(false)
  })

  it('reads a word across literal items, optional parts and classes', () => {
    expect(alwaysContainsWord('gift ?card', ['giftcard', 'gift card'])).toBe(true)
    expect(alwaysContainsWord('desativad[oa]', ['desativado', 'desativada'])).toBe(true)
    expect(alwaysContainsWord('desativad[oa]', ['desativado'])).toBe(false)
    expect(alwaysContainsWord('(?:re-?)?activate', ['activ'])).toBe(true)
  })

  it('does not take white space written as \\s for the space in a word', () => {
    // "act\nnow" matches the pattern and holds no "act "
    expect(alwaysContainsWord('act\\s{1,3}now', ['act '])).toBe(false)
    expect(alwaysContainsWord('act now', ['act '])).toBe(true)
    expect(alwaysContainsWord('act\\s{1,3}now', ['act'])).toBe(true)
  })

  it('does not count what may be absent or what a lookaround only looks at', () => {
    expect(alwaysContainsWord('(?:urgent\\s)?payment', ['urgent'])).toBe(false)
    expect(alwaysContainsWord('payment(?=\\s{1,3}urgent)', ['urgent'])).toBe(false)
    expect(alwaysContainsWord('(?:urgent){1,2}', ['urgent'])).toBe(true)
    expect(alwaysContainsWord('[^.\\n]{0,40}', ['x'])).toBe(false)
  })

  it('says no to what it cannot read', () => {
    expect(alwaysContainsWord('(a)\\1', ['a'])).toBe(false)
  })
})

describe('requiredWords', () => {
  it('finds words every match holds, as long and as few as the source allows', () => {
    expect(requiredWords('click\\s+here')).toEqual(['click'])
    expect(requiredWords('(?:lose|losing)\\s+weight')).toEqual(['weight'])
    expect(requiredWords('\\bguaranteed?\\b')).toEqual(['guarantee'])
    expect(requiredWords('(?:usd|us\\$)\\s?\\d|\\bbeneficiary\\b')).toEqual(['usd', 'us$', 'beneficiary'])
  })

  it('finds none where a match can do without', () => {
    expect(requiredWords('\\d{2}')).toBeUndefined()
    expect(requiredWords('(?:free)?\\s{1,3}x')).toBeUndefined()
    expect(requiredWords('ab|abc')).toBeUndefined() // "ab" is shorter than a word worth looking for
  })
})
