import { describe, expect, it } from 'vitest'
import { faultReply, lineFault, messageFault } from '../../src/relay/data_guard'

const b = (s: string) => Buffer.from(s, 'latin1')

describe('lineFault (one DATA line as Haraka hands it over)', () => {
  it.each([
    ['Hello\r\n', undefined],
    ['\r\n', undefined],
    ['.\r\n', undefined],
    ['Hello\r.\r\n', 'bare CR'],
    ['.\rMAIL FROM:<x@y>\r\n', 'bare CR'],
    ['Hello\r\r\n', 'bare CR'],
    ['.\0\r\n', 'NUL'],
    ['\rHello\r\n', 'bare CR'],
    ['Hello\r', 'bare CR'],
  ])('%j -> %s', (line, fault) => expect(lineFault(b(line))).toBe(fault))
})

describe('messageFault (a stored message)', () => {
  it('finds the first fault and its line', () => {
    expect(messageFault(b('A: 1\r\n\r\nbody\r\n'))).toBeUndefined()
    expect(messageFault(b('A: 1\r\n\r\nbody\r.\r\n'))).toEqual({ fault: 'bare CR', line: 3 })
    expect(messageFault(b('A: 1\r\n\r\nok\r\nx\0\r\nbody\r.\r\n'))).toEqual({ fault: 'NUL', line: 4 })
    expect(messageFault(b('A: 1\r\n\r\nlast\r'))).toEqual({ fault: 'bare CR', line: 3 })
  })
  it('says what is wrong in the reply', () => {
    expect(faultReply({ fault: 'NUL', line: 7 })).toMatch(/^5\.6\.0 .*line 7 .*NUL/)
  })
})
