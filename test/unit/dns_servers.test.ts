import dns from 'node:dns'
import { describe, expect, it } from 'vitest'
import { applyDnsServers, readDnsServers } from '../../src/lib/dns_servers'
import { ConfigError, parseIni } from '../../src/lib/ini'
import { startDnsServer } from '../helpers/dns_server'

const doc = (text: string) => parseIni(text, 'haraka.ini')

describe('haraka.ini [dns] servers', () => {
  it('accepts addresses with optional ports and an empty list', () => {
    expect(readDnsServers(doc('[dns]\nservers = 127.0.0.1, 127.0.0.1:5353 [::1]:53\n'))).toEqual([
      '127.0.0.1',
      '127.0.0.1:5353',
      '[::1]:53',
    ])
    expect(readDnsServers(doc('[dns]\nservers =\n'))).toEqual([])
    expect(readDnsServers(doc(''))).toEqual([])
  })

  it('refuses host names, bad ports and unknown keys, naming the key', () => {
    expect(() => readDnsServers(doc('[dns]\nservers = resolver.example.net\n'))).toThrow(ConfigError)
    expect(() => readDnsServers(doc('[dns]\nservers = 127.0.0.1:70000\n'))).toThrow(/dns\.servers/)
    expect(() => readDnsServers(doc('[dns]\nserver = 127.0.0.1\n'))).toThrow(/dns\.server.*unknown setting/)
  })

  it('makes resolvers created afterwards (as plugins do) use the configured servers', async () => {
    const server = await startDnsServer([{ name: 'probe.outpost.test', type: 'A', data: '127.0.0.9' }])
    try {
      applyDnsServers([server.address])
      const resolver = new dns.promises.Resolver({ timeout: 2000, tries: 1 })
      expect(await resolver.resolve4('probe.outpost.test')).toEqual(['127.0.0.9'])
      expect(await dns.promises.resolve4('probe.outpost.test')).toEqual(['127.0.0.9'])
    } finally {
      await server.close()
    }
  })
})

describe('haraka.ini sections', () => {
  it('refuses a misspelt section and settings outside a section', async () => {
    const { parseHarakaIni } = await import('../../src/lib/haraka_ini')
    expect(() => parseHarakaIni('[dns]\nservers =\n[quarantine]\ndir = var/q\n')).not.toThrow()
    expect(() => parseHarakaIni('[qurantine]\ndir = var/q\n')).toThrow(/haraka\.ini:1: \[qurantine\]: unknown section/)
    expect(() => parseHarakaIni('dir = var/q\n')).toThrow(/haraka\.ini:1: dir: setting outside a section/)
  })
})
