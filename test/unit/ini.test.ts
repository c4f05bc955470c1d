import { describe, expect, it } from 'vitest'
import { parseDecimal, parseDuration, parseIni } from '../../src/lib/ini'

const error = (t: string): string => {
  try {
    parseIni(t, 'config/x.ini')
  } catch (err) {
    return (err as Error).message
  }
  return 'no error'
}

describe('the INI reader', () => {
  it('refuses a second section of the same name instead of letting it override the first', () => {
    expect(error('[main]\nreject_untrusted = true\n[trusted_networks]\n127.0.0.1/32 = x\n[main]\nreject_untrusted = false\n')).toBe(
      'config/x.ini:5: [main]: duplicate section, already opened on line 1: merge the two',
    )
    // keys before any header are [main]
    expect(error('reject_untrusted = true\n[main]\nreject_untrusted = false\n')).toMatch(/^config\/x\.ini:2: \[main\]: duplicate section, already opened on the keys before the first section \(line 1\)/)
    expect(error('[route a.example]\nhost = x\n[route  a.example]\n')).toMatch(/:3: \[route a\.example\]: duplicate section/)
  })

  it('refuses a key set twice in one section', () => {
    expect(error('[main]\nthreshold = 5\nthreshold = 9\n')).toBe('config/x.ini:3: main.threshold = "9": duplicate key, already set on line 2 (= "5"): keep one')
    // the same key in two sections is fine
    expect(error('[a]\nk = 1\n[b]\nk = 2\n')).toBe('no error')
  })

  it('reads numbers in decimal only', () => {
    for (const bad of ['0x10', '1e3', '0b11', '0o7', '', ' ', 'Infinity', '+5', '5.', '.5', '1_000']) expect(parseDecimal(bad)).toBeUndefined()
    expect(parseDecimal('010')).toBe(10) // leading zeros are decimal, never octal
    expect(parseDecimal('-2.5')).toBe(-2.5)
    expect(parseDecimal('2.5', true)).toBeUndefined()
    expect(parseDuration('0x10s')).toBeUndefined()
    expect(parseDuration('1.5m')).toBe(90_000)
  })
})
