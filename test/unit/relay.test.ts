import { describe, expect, it } from 'vitest'
import { ConfigError, parseIni } from '../../src/lib/ini'
import { readRelayConfig } from '../../src/relay/config'
import { decideConnect } from '../../src/relay/decide'
import { decideEnvelope, senderScope } from '../../src/relay/sender_identity'
import { NetworkList, parseNetwork } from '../../src/relay/networks'

const cfgOf = (text: string) => readRelayConfig(parseIni(text, 'config/outpost_relay.ini'))

const SAMPLE = `
[main]
reject_untrusted = true
[trusted_networks]
192.0.2.0/24 = Head office
192.0.2.10/32 = Exchange-01, London
2001:db8:10::/48 = Branch offices
[internal_networks]
192.0.2.10/32 = Exchange-01
[sender_domains]
192.0.2.10/32 = example.com, .example.org
`

describe('network matching', () => {
  it('picks the most specific entry for the description', () => {
    const cfg = cfgOf(SAMPLE)
    expect(cfg.trusted.match('192.0.2.10')?.description).toBe('Exchange-01, London')
    expect(cfg.trusted.match('192.0.2.11')?.description).toBe('Head office')
    expect(cfg.trusted.match('192.0.3.1')).toBeUndefined()
  })

  it('matches IPv6 and folds IPv4-mapped IPv6 to IPv4', () => {
    const cfg = cfgOf(SAMPLE)
    expect(cfg.trusted.match('2001:db8:10:ffff::1')?.description).toBe('Branch offices')
    expect(cfg.trusted.match('2001:db8:11::1')).toBeUndefined()
    expect(cfg.trusted.match('::ffff:192.0.2.10')?.description).toBe('Exchange-01, London')
    expect(cfg.trusted.match('::ffff:c000:020a')?.description).toBe('Exchange-01, London')
    expect(cfg.trusted.match('::ffff:198.51.100.1')).toBeUndefined()
  })

  it('does not match across address families or on garbage', () => {
    const list = new NetworkList([parseNetwork('0.0.0.0/0', 'all v4')])
    expect(list.match('::1')).toBeUndefined()
    expect(list.match('not-an-ip')).toBeUndefined()
    expect(list.match('')).toBeUndefined()
  })

  it('treats an IPv4-mapped IPv6 network as the IPv4 network', () => {
    const e = parseNetwork('::ffff:192.0.2.0/120', 'mapped')
    expect(e.kind).toBe('ipv4')
    expect(e.prefix).toBe(24)
    expect(new NetworkList([e]).match('192.0.2.77')).toBeDefined()
  })
})

describe('config validation', () => {
  const bad = (text: string): ConfigError => {
    try {
      cfgOf(text)
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError)
      return err as ConfigError
    }
    throw new Error('expected a ConfigError')
  }

  it('names the file, line, key and what was expected for a malformed CIDR', () => {
    const err = bad('[trusted_networks]\n192.0.2.0/24 = ok\n192.0.2.300/32 = broken\n')
    expect(err.message).toContain('config/outpost_relay.ini:3')
    expect(err.message).toContain('trusted_networks.192.0.2.300/32')
    expect(err.message).toMatch(/expected/)
  })

  it('refuses host bits, duplicates, missing descriptions, unknown keys and sections', () => {
    expect(bad('[trusted_networks]\n192.0.2.10/24 = x\n').message).toContain('192.0.2.0/24')
    expect(bad('[trusted_networks]\n192.0.2.0/24 = a\n192.0.2.0/24 = b\n').message).toContain('duplicate')
    expect(bad('[trusted_networks]\n192.0.2.0/24 =\n').message).toContain('description')
    expect(bad('[main]\nreject_untrustd = true\n').message).toContain('main.reject_untrustd')
    expect(bad('[main]\nreject_untrusted = maybe\n').message).toContain('true or false')
    expect(bad('[trusted_netwroks]\n192.0.2.0/24 = x\n').message).toContain('unknown section')
    expect(bad('[trusted_networks]\n192.0.2.0/24 = x\n[sender_domains]\n192.0.2.1/32 = example.com\n').message).toContain(
      '[trusted_networks]',
    )
    expect(bad('[trusted_networks]\n192.0.2.0/24 = x\n[sender_domains]\n192.0.2.0/24 = not_a domain!\n').message).toContain(
      'not a domain',
    )
  })

  it('parses the shipped file', async () => {
    const fs = await import('node:fs')
    const cfg = cfgOf(fs.readFileSync(`${__dirname}/../../config/outpost_relay.ini`, 'utf8'))
    expect(cfg.rejectUntrusted).toBe(true)
    expect(cfg.trusted.match('127.0.0.1')).toBeDefined()
    expect(cfg.trusted.match('::1')).toBeDefined()
    expect(cfg.trusted.match('127.0.0.2')).toBeUndefined()
  })
})

describe('decisions', () => {
  const cfg = cfgOf(SAMPLE)

  it('trusts, marks internal and refuses untrusted', () => {
    expect(decideConnect(cfg, '192.0.2.10')).toMatchObject({
      reject: false,
      facts: { trusted: true, internal: true, description: 'Exchange-01, London', internal_description: 'Exchange-01' },
    })
    expect(decideConnect(cfg, '192.0.2.11')).toMatchObject({ reject: false, facts: { trusted: true, internal: false } })
    expect(decideConnect(cfg, '198.51.100.7')).toMatchObject({ reject: true, facts: { trusted: false, internal: false } })
    const lenient = cfgOf(SAMPLE.replace('reject_untrusted = true', 'reject_untrusted = false'))
    expect(decideConnect(lenient, '198.51.100.7')).toMatchObject({ reject: false, facts: { trusted: false } })
  })

  it('restricts sender domains per trusted entry', () => {
    const scope = (network: string) => senderScope(cfg, { trusted: true, internal: false, network })
    const net = scope('192.0.2.10/32')
    const env = (host: string | null, user: string | null = 'a') => ({ user, host })
    expect(decideEnvelope(net, env('example.com')).allowed).toBe(true)
    expect(decideEnvelope(net, env('EXAMPLE.COM.')).allowed).toBe(true)
    expect(decideEnvelope(net, env('sales.example.org')).allowed).toBe(true)
    expect(decideEnvelope(net, env('example.org')).allowed).toBe(false)
    expect(decideEnvelope(net, env('evil-example.com')).allowed).toBe(false)
    expect(decideEnvelope(net, env('other.net'))).toMatchObject({ allowed: false, reason: 'sender domain other.net is not allowed from this network' })
    // the null sender names no domain: its header From decides
    expect(decideEnvelope(net, { user: null, host: null, isNull: () => true }).allowed).toBe(true)
    // <postmaster> names no domain and is not a bounce
    expect(decideEnvelope(net, env(null, 'postmaster'))).toMatchObject({ allowed: false, reason: expect.stringMatching(/no domain/) })
    expect(decideEnvelope(scope('192.0.2.0/24'), env('other.net')).allowed).toBe(true)
    expect(decideEnvelope(scope('192.0.2.0/24'), env(null, 'postmaster')).allowed).toBe(true)
  })
})

describe('strict networks and reloads', () => {
  it('refuses non-canonical IPv4 that other parsers would guess at', async () => {
    const { parseNetwork: parse } = await import('../../src/lib/networks')
    for (const bad of ['010.001.002.000/24', '192.168.1', '127.10/32', '2130706442/32', '0x7f.0.0.1', '127.0.0.1/032', '127.0.0.1/ 32', 'fe80::1%eth0/128', '1.2.3.4/33', '::/129']) {
      expect(() => parse(bad), bad).toThrow()
    }
    expect(parse('192.0.2.0/24').prefix).toBe(24)
    expect(parse('2001:DB8::/32').address.toString()).toBe('2001:db8::')
  })
  it('refuses a reload that leaves no trusted network', async () => {
    const { readRelayConfig, refuseRelayReload } = await import('../../src/relay/config')
    const { parseIni } = await import('../../src/lib/ini')
    const read = (t: string) => readRelayConfig(parseIni(t, 'config/outpost_relay.ini'))
    expect(refuseRelayReload(read('[trusted_networks]\n127.0.0.1/32 = x\n'), read(''))).toMatch(/no \[trusted_networks\] entries/)
    expect(refuseRelayReload(read('[trusted_networks]\n127.0.0.1/32 = x\n'), read('[trusted_networks]\n127.0.0.2/32 = y\n'))).toBeUndefined()
    expect(refuseRelayReload(read(''), read(''))).toBeUndefined()
  })
})
