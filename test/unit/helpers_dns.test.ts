import dns from 'node:dns'
import { describe, expect, it } from 'vitest'
import { startDnsServer } from '../helpers/dns_server'

describe('test DNS server', () => {
  it('answers A and TXT over UDP and NXDOMAIN for unknown names', async () => {
    const s = await startDnsServer([
      { name: '20.0.0.127.bl.test', type: 'A', data: '127.0.0.2' },
      { name: 'x.test', type: 'TXT', data: ['v=spf1 ', 'a -all'] },
    ])
    try {
      const r = new dns.promises.Resolver()
      r.setServers([s.address])
      expect(await r.resolve4('20.0.0.127.bl.test')).toEqual(['127.0.0.2'])
      expect(await r.resolveTxt('x.test')).toEqual([['v=spf1 ', 'a -all']])
      await expect(r.resolve4('21.0.0.127.bl.test')).rejects.toMatchObject({ code: 'ENOTFOUND' })
    } finally {
      await s.close()
    }
  })
})
