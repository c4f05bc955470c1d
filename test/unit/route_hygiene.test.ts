import { describe, expect, it } from 'vitest'
import { parseIni } from '../../src/lib/ini'
import { parseRouteConfig } from '../../src/route/config'
import { ipLiterals, isInternalReceived, internalNetworks, planHygiene } from '../../src/route/hygiene'

const hygiene = (text: string) => parseRouteConfig(parseIni(`[hygiene]\n${text}`, 'outpost_route.ini'), () => ({ user: '', pass: '' })).hygiene

describe('header hygiene', () => {
  const on = hygiene('strip_received = true\nstrip_originating_ip = true\ninternal_networks = 198.51.100.0/24\n')
  const ctx = { clientIp: '::ffff:203.0.113.10', clientNetwork: '203.0.113.0/28' }
  const nets = internalNetworks(on, ctx)

  it('finds IPv4, IPv6 and IPv6-tagged literals', () => {
    expect(ipLiterals('from a (b [10.1.2.3]) by c ([IPv6:2001:db8::1]) (2a00:1450::5) x 1.2.3').map(String)).toEqual(['10.1.2.3', '2001:db8::1', '2a00:1450::5'])
    // version numbers and times are not addresses
    expect(ipLiterals('with Microsoft SMTP Server id 15.2.1.2544; Sat, 28 Nov 2026 00:36:29 +0000')).toEqual([])
  })

  it('treats private, trusted-network, configured and address-less hops as internal; public hops are kept', () => {
    expect(isInternalReceived('from EXCH02.corp.local (10.1.2.3) by EXCH01.corp.local (10.1.2.4)', nets)).toBe(true)
    expect(isInternalReceived('from laptop ([192.168.7.20]) by exch with MAPI', nets)).toBe(true)
    expect(isInternalReceived('from client ([203.0.113.10]) by gateway (Haraka)', nets)).toBe(true) // the trusted client itself
    expect(isInternalReceived('from dmz ([198.51.100.20]) by exch', nets)).toBe(true) // internal_networks
    expect(isInternalReceived('by mail.corp.local (Postfix, from userid 1000)', nets)).toBe(true)
    expect(isInternalReceived('from mail.partner.example ([8.8.8.8]) by exch', nets)).toBe(false)
    expect(isInternalReceived('from x ([2a00:1450:4001::5]) by exch ([10.0.0.1])', nets)).toBe(false)
  })

  it('plans the removal of internal Received lines (order kept) and originating-IP headers that are present', () => {
    const received = ['from gw ([203.0.113.10]) by gateway', 'from ext ([8.8.4.4]) by exch', 'from laptop ([10.0.0.5]) by exch', 'from older ([8.8.8.8]) by ext']
    const plan = planHygiene(on, ctx, received, (h) => ['x-originating-ip', 'x-source-ip'].includes(h.toLowerCase()))
    expect(plan.keepReceived).toEqual(['from ext ([8.8.4.4]) by exch', 'from older ([8.8.8.8]) by ext'])
    expect(plan.removedReceived).toBe(2)
    expect(plan.removeHeaders).toEqual(['X-Originating-IP', 'X-Source-IP'])
  })

  it('does nothing when switched off', () => {
    const off = hygiene('')
    const plan = planHygiene(off, ctx, ['from laptop ([10.0.0.5]) by exch'], () => true)
    expect(plan).toEqual({ keepReceived: ['from laptop ([10.0.0.5]) by exch'], removedReceived: 0, removeHeaders: [] })
  })
})
