import { describe, expect, it } from 'vitest'
import { parseIni } from '../../src/lib/ini'
import { parseHarakaIni } from '../../src/lib/haraka_ini'
import { readIdentityConfig } from '../../src/identity/config'
import { resolveIdentity, type IdentityFacts } from '../../src/identity/resolve'

const cfg = (text: string) => readIdentityConfig(parseIni(text, 'haraka.ini'))
const EXCHANGE = '192.0.2.10'
const base: IdentityFacts = { headerValues: [], clientIp: EXCHANGE, clientTrusted: true, envelopeSender: 'Alice@Corp.Example' }
const withHeader = cfg('[identity]\nheader_networks = 192.0.2.10/32, 2001:db8::/32\n')

describe('haraka.ini [identity]', () => {
  it('defaults: auth_user, header, envelope_sender, client_ip; X-AuthUser; no header networks', () => {
    const c = cfg('')
    expect(c.order).toEqual(['auth_user', 'header', 'envelope_sender', 'client_ip'])
    expect(c.header).toBe('X-AuthUser')
    expect(c.headerNetworks.size).toBe(0)
  })

  it('refuses bad values with file, line, key, value and what was expected', () => {
    expect(() => cfg('[identity]\norder = auth_user, password\n')).toThrow('haraka.ini:2: identity.order = "auth_user, password": "password" is not a source, expected a comma-separated list of auth_user, header, envelope_sender, client_ip')
    expect(() => cfg('[identity]\norder = header, header\n')).toThrow(/listed twice/)
    expect(() => cfg('[identity]\nheader = X Auth User\n')).toThrow('haraka.ini:2: identity.header = "X Auth User": expected a header field name such as X-AuthUser')
    expect(() => cfg('[identity]\nheader_networks = 192.0.2.10/24\n')).toThrow(/haraka.ini:2: identity.header_networks = "192.0.2.10\/24": .*host bits set/)
    expect(() => cfg('[identity]\nheaders = X-AuthUser\n')).toThrow(/identity.headers: unknown setting/)
    expect(() => parseHarakaIni('[identity]\norder = client_ip\n[state]\nbackend = memory\n')).not.toThrow()
  })
})

describe('resolveIdentity', () => {
  it('takes the SMTP AUTH user first', () => {
    expect(resolveIdentity(withHeader, { ...base, authUser: 'Bob@Corp.Example', headerValues: ['carol'] })).toEqual({ id: 'bob@corp.example', source: 'auth_user' })
  })

  it('believes the header only from a trusted client named in header_networks', () => {
    expect(resolveIdentity(withHeader, { ...base, headerValues: ['Carol@Corp.Example'] })).toEqual({ id: 'carol@corp.example', source: 'header' })
    // trusted, but not named for the header
    expect(resolveIdentity(withHeader, { ...base, clientIp: '192.0.2.11', headerValues: ['carol'] })).toEqual({
      id: 'alice@corp.example',
      source: 'envelope_sender',
      header_ignored: 'client 192.0.2.11 is not in header_networks',
    })
    // named, but not a trusted network of outpost_relay
    expect(resolveIdentity(withHeader, { ...base, clientTrusted: false, headerValues: ['carol'] }).source).toBe('envelope_sender')
    // two copies: ambiguous, ignored
    expect(resolveIdentity(withHeader, { ...base, headerValues: ['carol', 'dave'] })).toMatchObject({ source: 'envelope_sender', header_ignored: '2 X-AuthUser headers' })
    // garbage
    expect(resolveIdentity(withHeader, { ...base, headerValues: ['a b <c>'] }).source).toBe('envelope_sender')
    // IPv4-mapped IPv6 client matches the IPv4 entry
    expect(resolveIdentity(withHeader, { ...base, clientIp: '::ffff:192.0.2.10', headerValues: ['carol'] }).id).toBe('carol')
  })

  it('falls back to the envelope sender, then the client IP (also for the null sender)', () => {
    expect(resolveIdentity(withHeader, { ...base, envelopeSender: '' })).toEqual({ id: EXCHANGE, source: 'client_ip' })
    expect(resolveIdentity(cfg('[identity]\norder = auth_user\n'), { ...base, clientIp: '::ffff:192.0.2.99' })).toEqual({ id: '192.0.2.99', source: 'client_ip' })
  })
})
