import { describe, expect, it } from 'vitest'
import { parseReputation } from '../helpers/reputation'

describe('config/outpost_reputation.ini', () => {
  it('has working defaults', () => {
    const c = parseReputation('')
    expect(c.stateDir).toBe('/srv/outpost/var/reputation')
    expect(c.feedback).toMatchObject({ address: undefined, complaintRate: 0.003, minComplaints: 3, lock: true })
    expect(c.snds.key).toBeUndefined()
    expect(c.snds.dataUrl).toBe('https://sendersupport.olc.protection.outlook.com/snds/data.aspx')
    expect(c.watch.publicIps).toEqual([])
    expect(c.watch.blocklists.map((b) => b.zone)).toEqual(['zen.spamhaus.org', 'b.barracudacentral.org', 'bl.spamcop.net'])
    expect(c.watch.blocklists[0].delistUrl).toBe('https://check.spamhaus.org/')
  })

  it('reads every section, rates as percentages, and [blocklist ZONE] delisting pages', () => {
    const c = parseReputation(
      '[feedback]\naddress = FBL@Example.org\ncomplaint_rate = 0.5%\nmin_complaints = 2\nwindow = 2d\n' +
        '[snds]\nkey = 0123abcd-0000-1111-2222-333344445555\ninterval = 12h\n' +
        '[reputation]\npublic_ips = 203.0.113.25, 2001:db8::25\nblocklists = zen.spamhaus.org\nnotify = admin@example.org\n' +
        '[blocklist bl.test.invalid]\ndelist_url = https://bl.test.invalid/remove\n',
    )
    expect(c.feedback).toMatchObject({ address: 'fbl@example.org', complaintRate: 0.005, minComplaints: 2, windowMs: 2 * 86_400_000 })
    expect(c.snds.intervalMs).toBe(12 * 3_600_000)
    expect(c.watch.publicIps).toEqual(['203.0.113.25', '2001:db8::25'])
    expect(c.watch.blocklists).toEqual([
      { zone: 'zen.spamhaus.org', delistUrl: 'https://check.spamhaus.org/' },
      { zone: 'bl.test.invalid', delistUrl: 'https://bl.test.invalid/remove' },
    ])
    expect(c.alerts.notify).toBe('admin@example.org')
  })

  it('names file, line, key and what was expected on a bad value', () => {
    expect(() => parseReputation('[reputation]\npublic_ips = 203.0.113.300\n')).toThrow(/outpost_reputation\.ini:2: reputation\.public_ips .*not an IP address/)
    expect(() => parseReputation('[feedback]\ncomplaint_rate = lots\n')).toThrow(/:2: feedback\.complaint_rate .*expected a rate/)
    expect(() => parseReputation('[feedback]\nadress = fbl@example.org\n')).toThrow(/feedback\.adress: unknown setting/)
    expect(() => parseReputation('[snds]\nkey = bad key!\n')).toThrow(/snds\.key/)
    expect(() => parseReputation('[reputaton]\n')).toThrow(/unknown section/)
    expect(() => parseReputation('[reputation]\nblocklists = not_a_zone\n')).toThrow(/not a DNS zone/)
  })
})
