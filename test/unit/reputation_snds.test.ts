import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { EMPTY_SNDS, mergeSnds, parseCsv, parseSndsData, parseSndsStatus, sndsKind, SndsState } from '../../src/reputation/snds'
import { makeTempDir } from '../helpers/temp_dirs'
import { parseReputation } from '../helpers/reputation'
import { takeSnds } from '../../src/reputation/watch'
import type { ReputationAlert } from '../../src/reputation/alerts'

const fixture = (n: string): string => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'reputation', n), 'utf8')
const fresh = (): SndsState => JSON.parse(JSON.stringify(EMPTY_SNDS))

describe('SNDS CSV', () => {
  it('reads the data columns in the order SNDS serves them', () => {
    const rows = parseSndsData(fixture('snds-data-red.csv'))
    expect(rows).toHaveLength(2)
    expect(rows[0]).toEqual({
      ip: '203.0.113.25',
      activityStart: '12/3/2026 8:00 AM',
      activityEnd: '12/3/2026 9:00 PM',
      rcptCommands: 52210,
      dataCommands: 52210,
      recipients: 51980,
      filter: 'RED',
      complaintRate: '1.7%',
      trapStart: '12/3/2026 10:07 AM',
      trapEnd: '12/3/2026 8:03 PM',
      trapHits: 41,
      sampleHelo: 'gw.example.org',
      sampleMailFrom: 'mallory@example.org',
      comments: '',
    })
  })

  it('reads the IP status, quoted fields, a header row, and tells the two files apart', () => {
    expect(parseSndsStatus(fixture('snds-ipstatus.csv'))).toEqual([
      { first: '203.0.113.25', last: '203.0.113.25', blocked: true, reason: 'Blocked due to user complaints or other evidence of spamming' },
    ])
    expect(parseCsv('a,"b, c","d ""e"""\r\n')).toEqual([['a', 'b, c', 'd "e"']])
    expect(parseSndsData('IP Address,Activity start,Activity end,RCPT,DATA,Recipients,Filter,Complaint,TS,TE,Traps\r\n' + fixture('snds-data-green.csv'))).toHaveLength(2)
    expect(sndsKind(fixture('snds-ipstatus.csv'))).toBe('status')
    expect(sndsKind(fixture('snds-data-red.csv'))).toBe('data')
    expect(() => parseSndsData('203.0.113.25,only,three\r\n')).toThrow(/expected at least 11/)
  })

  it('finds a turn to RED, new trap hits and a new blocked range once, and nothing on the same data again', () => {
    const s = fresh()
    expect(mergeSnds(s, { data: parseSndsData(fixture('snds-data-green.csv')), source: 't' }, 1)).toEqual([])
    const red = mergeSnds(s, { data: parseSndsData(fixture('snds-data-red.csv')), source: 't' }, 2)
    expect(red.map((f) => [f.kind, f.ip])).toEqual([
      ['filter', '203.0.113.25'],
      ['traps', '203.0.113.25'],
    ])
    expect(mergeSnds(s, { data: parseSndsData(fixture('snds-data-red.csv')), source: 't' }, 3)).toEqual([])
    expect(mergeSnds(s, { status: parseSndsStatus(fixture('snds-ipstatus.csv')), source: 't' }, 4).map((f) => f.kind)).toEqual(['blocked'])
    expect(mergeSnds(s, { status: parseSndsStatus(fixture('snds-ipstatus.csv')), source: 't' }, 5)).toEqual([])
    // back to GREEN, then RED again: a new alert
    mergeSnds(s, { data: parseSndsData(fixture('snds-data-green.csv')), source: 't' }, 6)
    expect(mergeSnds(s, { data: parseSndsData(fixture('snds-data-red.csv')), source: 't' }, 7).map((f) => f.kind)).toEqual(['filter'])
  })

  it('one import that turns an IP RED makes exactly one alert, kept across reads of the state file', async () => {
    const dir = makeTempDir('outpost-snds-')
    const cfg = parseReputation('', dir)
    const sent: ReputationAlert[] = []
    const send = async (a: ReputationAlert): Promise<void> => void sent.push(a)
    await takeSnds(cfg, { data: parseSndsData(fixture('snds-data-green.csv')), source: 'a' }, send)
    await takeSnds(cfg, { data: parseSndsData(fixture('snds-data-red.csv')), source: 'b' }, send)
    await takeSnds(cfg, { data: parseSndsData(fixture('snds-data-red.csv')), source: 'c' }, send)
    expect(sent).toHaveLength(1)
    expect(sent[0].subject).toMatch(/RED for 203\.0\.113\.25/)
    expect(sent[0].lines.join('\n')).toMatch(/What to do next/)
  })
})
