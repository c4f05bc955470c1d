import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkAll, reversedName } from '../../src/reputation/blocklist'
import type { ReputationAlert } from '../../src/reputation/alerts'
import { checkBlocklists, makeResolvers } from '../../src/reputation/watch'
import { DnsServer, startDnsServer } from '../helpers/dns_server'
import { parseReputation } from '../helpers/reputation'
import { makeTempDir } from '../helpers/temp_dirs'

let dns: DnsServer

beforeAll(async () => {
  dns = await startDnsServer([
    { name: '25.113.0.203.bl.test.invalid', type: 'A', data: '127.0.0.2' },
    { name: '25.113.0.203.bl.test.invalid', type: 'TXT', data: 'Listed: spam seen from 203.0.113.25' },
    // Spamhaus refusing a query that came through a public resolver
    { name: '25.113.0.203.refusing.test.invalid', type: 'A', data: '127.255.255.254' },
    // a resolver rewriting NXDOMAIN
    { name: '25.113.0.203.hijacked.test.invalid', type: 'A', data: '198.51.100.1' },
    { name: '5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.bl.test.invalid', type: 'A', data: '127.0.0.4' },
  ])
})
afterAll(() => dns?.close())

describe('blocklist lookups', () => {
  it('reverses IPv4 octets and IPv6 nibbles', () => {
    expect(reversedName('203.0.113.25')).toBe('25.113.0.203')
    expect(reversedName('2001:db8::25')).toBe('5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2')
  })

  it('tells a listing from a clean address, a refused query and a rewritten NXDOMAIN', async () => {
    const r = makeResolvers([dns.address])
    const lists = [{ zone: 'bl.test.invalid', delistUrl: 'https://bl.test.invalid/remove' }, { zone: 'refusing.test.invalid' }, { zone: 'hijacked.test.invalid' }]
    const results = await checkAll(r.a, r.txt, ['203.0.113.25', '203.0.113.26', '2001:db8::25'], lists)
    const by = (ip: string, zone: string) => results.find((x) => x.ip === ip && x.zone === zone)!
    expect(by('203.0.113.25', 'bl.test.invalid')).toMatchObject({ listed: true, codes: ['127.0.0.2'], reason: 'Listed: spam seen from 203.0.113.25', delistUrl: 'https://bl.test.invalid/remove' })
    expect(by('203.0.113.26', 'bl.test.invalid')).toMatchObject({ listed: false, codes: [] })
    expect(by('203.0.113.26', 'bl.test.invalid').error).toBeUndefined()
    expect(by('2001:db8::25', 'bl.test.invalid')).toMatchObject({ listed: true, codes: ['127.0.0.4'] })
    expect(by('203.0.113.25', 'refusing.test.invalid')).toMatchObject({ listed: false, error: expect.stringMatching(/refused the query/) })
    expect(by('203.0.113.25', 'hijacked.test.invalid')).toMatchObject({ listed: false, error: expect.stringMatching(/not a blocklist code/) })
  })

  it('alerts exactly once per new listing, across checks, and again after a delisting and a relisting', async () => {
    const dir = makeTempDir('outpost-bl-')
    const cfg = parseReputation('[reputation]\npublic_ips = 203.0.113.25, 203.0.113.26\nblocklists = bl.test.invalid, refusing.test.invalid\n[blocklist bl.test.invalid]\ndelist_url = https://bl.test.invalid/remove\n', dir)
    const alerts: ReputationAlert[] = []
    const send = async (a: ReputationAlert): Promise<void> => void alerts.push(a)
    const r = makeResolvers([dns.address])
    const first = await checkBlocklists(cfg, r, send)
    expect(first.newListings.map((l) => `${l.ip} ${l.zone}`)).toEqual(['203.0.113.25 bl.test.invalid'])
    expect(first.errors).toHaveLength(1)
    await checkBlocklists(cfg, r, send)
    expect(alerts).toHaveLength(1)
    expect(alerts[0].lines.join('\n')).toMatch(/https:\/\/bl\.test\.invalid\/remove/)
    // 203.0.113.26 gets listed too: one more alert, for it alone
    dns.records.push({ name: '26.113.0.203.bl.test.invalid', type: 'A', data: '127.0.0.3' })
    await checkBlocklists(cfg, r, send)
    expect(alerts.map((a) => a.key)).toEqual(['blocklist:203.0.113.25:bl.test.invalid', 'blocklist:203.0.113.26:bl.test.invalid'])
    // delisted, then listed again: a new listing, a new alert
    dns.records.splice(dns.records.findIndex((x) => x.name.startsWith('26.113')), 1)
    expect((await checkBlocklists(cfg, r, send)).delisted.map((l) => l.ip)).toEqual(['203.0.113.26'])
    dns.records.push({ name: '26.113.0.203.bl.test.invalid', type: 'A', data: '127.0.0.3' })
    await checkBlocklists(cfg, r, send)
    expect(alerts).toHaveLength(3)
  })
})
