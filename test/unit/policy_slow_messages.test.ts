// The memory of messages that ran into the engine timeout (src/policy/slow_messages.ts).
import { describe, expect, it } from 'vitest'
import { createSlowMessages, messageFingerprint } from '../../src/policy/slow_messages'

const MSG = 'From: a@example.com\r\nSubject: hello\r\nMessage-ID: <1@example.com>\r\n\r\nbody text\r\n'

describe('message fingerprint', () => {
  it('ignores Received fields (each attempt gets a new one), anywhere in the header and folded', () => {
    const a = messageFingerprint(Buffer.from('Received: from x by gw id AAA;\r\n Mon, 1 Jan 2024\r\n' + MSG))
    const b = messageFingerprint(Buffer.from('Received: from x by gw id BBBBBB;\r\n\tTue, 2 Jan 2024\r\n' + MSG))
    const c = messageFingerprint(Buffer.from(MSG.replace('Subject', 'RECEIVED: by other\r\nSubject')))
    expect(a).toBe(b)
    expect(a).toBe(messageFingerprint(Buffer.from(MSG)))
    expect(c).toBe(a)
  })
  it('differs when any other header field or the body differs', () => {
    const base = messageFingerprint(Buffer.from(MSG))
    expect(messageFingerprint(Buffer.from(MSG.replace('hello', 'hellp')))).not.toBe(base)
    expect(messageFingerprint(Buffer.from(MSG.replace('body text', 'body texT')))).not.toBe(base)
    expect(messageFingerprint(Buffer.from(MSG + 'more\r\n'))).not.toBe(base)
  })
  it('is bounded: a 20 MB message without a header end is fingerprinted without error', () => {
    expect(messageFingerprint(Buffer.alloc(20 * 1024 * 1024, 'x'))).toMatch(/^[0-9a-f]{64}$/)
    expect(messageFingerprint(Buffer.alloc(0))).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('slow message memory', () => {
  it('holds a fingerprint for the hold time, then forgets it', () => {
    let t = 1_000
    const m = createSlowMessages({ holdMs: 100, now: () => t })
    expect(m.heldUntil('a')).toBeUndefined()
    m.remember('a')
    expect(m.heldUntil('a')).toBe(1_100)
    t = 1_099
    expect(m.heldUntil('a')).toBe(1_100)
    t = 1_100
    expect(m.heldUntil('a')).toBeUndefined()
    expect(m.size).toBe(0)
  })
  it('is bounded: the oldest entries are forgotten first', () => {
    const m = createSlowMessages({ holdMs: 1_000_000, maxEntries: 3 })
    for (const f of ['a', 'b', 'c', 'd']) m.remember(f)
    expect(m.size).toBe(3)
    expect(m.heldUntil('a')).toBeUndefined()
    expect(m.heldUntil('d')).toBeDefined()
  })
})
