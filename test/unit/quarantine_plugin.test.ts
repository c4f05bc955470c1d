import { describe, expect, it } from 'vitest'
import { holdReason, wireLines } from '../../src/plugins/outpost_quarantine'

function notes(values: Record<string, unknown>, wants?: string) {
  return { ...values, get: (p: string) => (p === 'queue.wants' ? wants : undefined), set: () => undefined }
}
const txn = (n: ReturnType<typeof notes>) => ({ notes: n }) as never

describe('outpost_quarantine hook decisions', () => {
  it('holds on a quarantine verdict or queue.wants, never on notices or other actions', () => {
    const verdict = { score: 12, threshold: 8, action: 'quarantine', is_spam: true, symbols: [], engines: [], engine_ms: 0 }
    expect(holdReason(txn(notes({ outpost_verdict: verdict })))).toBe('score 12 >= threshold 8: action quarantine')
    expect(holdReason(txn(notes({ outpost_verdict: { ...verdict, is_spam: false } })))).toBeUndefined()
    expect(holdReason(txn(notes({ outpost_verdict: { ...verdict, action: 'tag' } })))).toBeUndefined()
    expect(holdReason(txn(notes({}, 'quarantine')))).toBe('queue.wants = quarantine set by a plugin')
    expect(holdReason(txn(notes({}, 'smtp_forward')))).toBeUndefined()
    expect(holdReason(txn(notes({ outpost_notice: 'digest', outpost_verdict: verdict }, 'quarantine')))).toBeUndefined()
  })

  it('turns the stored bytes back into SMTP data lines: CRLF, dot-stuffed, bytes untouched', () => {
    const raw = Buffer.from('Subject: x\r\n\r\n.hidden\r\nbare lf\n\xe9\xff\r\n..two\r\nno newline at end', 'latin1')
    expect([...wireLines(raw)].map((b) => b.toString('latin1'))).toEqual([
      'Subject: x\r\n',
      '\r\n',
      '..hidden\r\n',
      'bare lf\r\n',
      '\xe9\xff\r\n',
      '...two\r\n',
      'no newline at end\r\n',
    ])
  })
})
