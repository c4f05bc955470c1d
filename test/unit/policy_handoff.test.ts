import Notes = require('haraka-notes')
import { describe, expect, it } from 'vitest'
import type { Verdict } from '../../src/lib/verdict'
import {
  QUARANTINE_QUEUE,
  QUEUE_WANTS_NOTE,
  VERDICT_NOTE,
  readVerdict,
  recordVerdict,
  requestQuarantine,
  wantsDiscard,
  wantsQuarantine,
  type TransactionNotes,
} from '../../src/policy/handoff'

const verdict = (over: Partial<Verdict> = {}): Verdict => ({
  score: 12.5,
  threshold: 8,
  action: 'quarantine',
  is_spam: true,
  symbols: [{ name: 'GTUBE', score: 1000, evidence: 'GTUBE test string' }],
  engines: ['builtin'],
  engine_ms: 0.4,
  ...over,
})

const notes = (): TransactionNotes => new Notes() as unknown as TransactionNotes

describe('quarantine hand-off on transaction.notes', () => {
  it("uses Haraka's queue.wants convention and the shared verdict note", () => {
    expect(QUEUE_WANTS_NOTE).toBe('queue.wants')
    expect(QUARANTINE_QUEUE).toBe('quarantine')
    expect(VERDICT_NOTE).toBe('outpost_verdict')
    const n = notes()
    expect(wantsQuarantine(n)).toBe(false)
    requestQuarantine(n, verdict())
    expect(wantsQuarantine(n)).toBe(true)
    expect(n.get('queue.wants')).toBe('quarantine')
    expect(readVerdict(n)).toEqual(verdict())
  })

  it('keeps the notes JSON-safe, as Haraka serialises them into queue files', () => {
    const n = notes()
    const v = verdict()
    requestQuarantine(n, v)
    v.symbols.push({ name: 'LATE', score: 1 }) // later changes to the caller's object do not leak in
    const copy = JSON.parse(JSON.stringify(n))
    expect(copy).toEqual({ queue: { wants: 'quarantine' }, outpost_verdict: verdict() })
  })

  it('discard applies only to spam whose action is discard', () => {
    const n = notes()
    expect(wantsDiscard(n)).toBe(false)
    recordVerdict(n, verdict({ action: 'discard', is_spam: false }))
    expect(wantsDiscard(n)).toBe(false)
    recordVerdict(n, verdict({ action: 'discard' }))
    expect(wantsDiscard(n)).toBe(true)
    expect(wantsQuarantine(n)).toBe(false)
  })

  it('ignores a missing or malformed verdict note', () => {
    expect(readVerdict(undefined)).toBeUndefined()
    const n = notes()
    n[VERDICT_NOTE] = 'spam'
    expect(readVerdict(n)).toBeUndefined()
    expect(wantsDiscard(n)).toBe(false)
  })
})
