// src/lib/networks.ts: which addresses belong to internal networks (issue 10, fifth round: the admin
// page a printer, NAS or UPS card links to in its alert is no lure's page).
import { describe, expect, it } from 'vitest'
import { isInternalAddress } from '../../src/lib/networks'
import { isInternalHost } from '../../src/engine/domains'

describe('internal addresses and hosts', () => {
  it('RFC 1918, loopback, link-local, CGNAT and IPv6 unique-local addresses are internal; public ones are not', () => {
    for (const a of ['10.10.0.253', '172.16.4.1', '172.31.255.254', '192.168.178.30', '127.0.0.1', '169.254.10.1', '100.64.0.7', '[fd00::5]', 'fe80::1', '::1']) {
      expect(isInternalAddress(a), a).toBe(true)
    }
    for (const a of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '203.0.113.9', '2001:db8::1', '[2a00:1450::1]']) expect(isInternalAddress(a), a).toBe(false)
  })
  it('only strictly written addresses count: a dotless, hex or zero-padded form is never internal', () => {
    for (const a of ['3232235521', '0xc0a80001', '0300.0250.0.1', '192.168.010.001', '192.168.1']) expect(isInternalAddress(a), a).toBe(false)
  })
  it('single-label names and local-network suffixes are internal hosts; an IP in another form or a public name is not', () => {
    for (const h of ['intranet', 'nas', 'printer.lan', 'nas.local', 'jira.corp', 'host.home.arpa', '192.168.10.61']) expect(isInternalHost(h), h).toBe(true)
    for (const h of ['3232235521', '0xc0a80001', 'example.com', 'login.example.local.evil.example', '8.8.8.8']) expect(isInternalHost(h), h).toBe(false)
  })
})
