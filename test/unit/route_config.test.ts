import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIni } from '../../src/lib/ini'
import { makeTempDir } from '../helpers/temp_dirs'
import { parseHostSpec, parseRouteConfig, DEFAULT_ORIGINATING_IP_HEADERS } from '../../src/route/config'
import { parseCredentials, readCredentialsFile } from '../../src/route/credentials'

const creds = { user: 'u', pass: 'p' }
const parse = (text: string, reader = () => creds) => parseRouteConfig(parseIni(text, 'config/outpost_route.ini'), reader)

describe('route config', () => {
  it('an empty file (the shipped default) means direct MX delivery and nothing else', () => {
    const cfg = parse('')
    expect(cfg.default.hosts).toEqual([])
    expect(cfg.routes.size).toBe(0)
    expect(cfg.mandatory_tls_domains).toEqual([])
    expect(cfg.hygiene).toEqual({ strip_received: false, strip_originating_ip: false, originating_ip_headers: DEFAULT_ORIGINATING_IP_HEADERS, internal_networks: [] })
    expect(cfg.public_ips).toEqual([])
  })

  it('the shipped config/outpost_route.ini parses and routes directly', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', 'config', 'outpost_route.ini'), 'utf8')
    expect(parse(text).default.hosts).toEqual([])
  })

  it('reads an ordered smarthost list with per-host ports, shared port, tls and credentials', () => {
    const cfg = parse('[smarthost]\nhost = Relay1.Example.NET, 192.0.2.5:2525, [2001:db8::5]:26, 2001:db8::6\nport = 587\ntls = required\nauth_file = s.secret\nauth_type = LOGIN\n')
    expect(cfg.default.hosts.map((h) => `${h.host}:${h.port}`)).toEqual(['relay1.example.net:587', '192.0.2.5:2525', '2001:db8::5:26', '2001:db8::6:587'])
    expect(cfg.default.hosts.every((h) => h.tls === 'required' && h.auth?.user === 'u' && h.auth.type === 'login')).toBe(true)
  })

  it('reads sender-domain routes, including wildcards and "direct"', () => {
    const cfg = parse('[smarthost]\nhost = a.example\n[route Example.org]\nhost = b.example:2525\n[route *.example.net]\nhost = direct\n')
    expect(cfg.routes.get('example.org')!.hosts[0]).toMatchObject({ host: 'b.example', port: 2525, tls: 'opportunistic' })
    expect(cfg.routes.get('*.example.net')!.hosts).toEqual([])
  })

  it('reads [tls], [hygiene] and [doctor]', () => {
    const cfg = parse('[tls]\nmandatory_domains = Bank.example, *.gov.example\n[hygiene]\nstrip_received = yes\nstrip_originating_ip = true\noriginating_ip_headers = X-Foo\ninternal_networks = 198.51.100.0/24, 2001:db8::1\n[doctor]\npublic_ips = 198.51.100.7\n')
    expect(cfg.mandatory_tls_domains).toEqual(['bank.example', '*.gov.example'])
    expect(cfg.hygiene.strip_received).toBe(true)
    expect(cfg.hygiene.originating_ip_headers).toEqual(['X-Foo'])
    expect(cfg.hygiene.internal_networks.map((n) => `${n.address.toString()}/${n.prefix}`)).toEqual(['198.51.100.0/24', '2001:db8::1/128'])
    expect(cfg.public_ips).toEqual(['198.51.100.7'])
  })

  const errors: Array<[string, string, RegExp]> = [
    ['bad tls', '[smarthost]\nhost = a.example\ntls = maybe\n', /outpost_route\.ini:3: smarthost\.tls = "maybe": expected one of required, opportunistic, off/],
    ['bad port', '[smarthost]\nhost = a.example\nport = 70000\n', /:3: smarthost\.port = "70000": expected a whole number <= 65535/],
    ['bad host', '[smarthost]\nhost = a.example, not_a host!\n', /:2: smarthost\.host = .*"not_a" is not a hostname/],
    ['bad host port', '[smarthost]\nhost = a.example:0\n', /"a\.example:0" is not a hostname or IP address/],
    ['octal or short-form IPv4 host', '[smarthost]\nhost = relay.example, 010.1.1.1, 127.1\n', /"010\.1\.1\.1" is not a hostname or IP address/],
    ['typo key', '[smarthost]\nhots = a.example\n', /:2: smarthost\.hots: unknown setting/],
    ['unknown section', '[smarthosts]\nhost = a\n', /\[smarthosts\]: unknown section/],
    ['credentials without required tls', '[smarthost]\nhost = a.example\nauth_file = s\n', /smarthost\.tls.*credentials \(auth_file\) are only sent over verified TLS: expected tls = required, got opportunistic/],
    ['credentials without host', '[smarthost]\nauth_file = s\ntls = required\n', /credentials need a smarthost/],
    ['credentials with direct', '[route example.org]\nhost = direct\nauth_file = s\ntls = required\n', /credentials are not sent to MX hosts/],
    ['route without host', '[route example.org]\nport = 25\n', /route example\.org\.host: expected one or more smarthosts/],
    ['bad route domain', '[route not_a_domain]\nhost = a.example\n', /"not_a_domain" is not a sender domain/],
    ['direct mixed', '[smarthost]\nhost = direct, a.example\n', /"direct" cannot be combined/],
    ['bad mandatory domain', '[tls]\nmandatory_domains = bank.example, -bad-\n', /tls\.mandatory_domains.*"-bad-" is not a domain name/],
    ['bad internal network', '[hygiene]\ninternal_networks = 10.0.0.0/33\n', /hygiene\.internal_networks.*invalid prefix length/],
    ['bad public ip', '[doctor]\npublic_ips = 198.51.100.0/24\n', /doctor\.public_ips.*is not an IP address/],
    ['off and on for one host', '[smarthost]\nhost = 192.0.2.1:25\ntls = off\n[route example.org]\nhost = 192.0.2.1:587\n', /host 192\.0\.2\.1 has tls = off here but TLS in \[route example\.org\]/],
    ['auth_type alone', '[smarthost]\nhost = a.example\nauth_type = plain\n', /auth_type needs auth_file/],
  ]
  for (const [name, text, re] of errors) {
    it(`rejects ${name} with file:line, section.key and what was expected`, () => {
      expect(() => parse(text)).toThrow(re)
    })
  }

  it('reports an unreadable credentials file against auth_file, without its content', () => {
    expect(() =>
      parse('[smarthost]\nhost = a.example\ntls = required\nauth_file = s.secret\n', () => {
        throw new Error('credentials file /x/s.secret has mode 644: group and others must have no access')
      }),
    ).toThrow(/:4: smarthost\.auth_file = "s\.secret": credentials file \/x\/s\.secret has mode 644/)
  })

  it('parses host specs', () => {
    expect(parseHostSpec('mx.example.com')).toEqual({ host: 'mx.example.com', port: undefined })
    expect(parseHostSpec('[::1]:2525')).toEqual({ host: '::1', port: 2525 })
    expect(parseHostSpec('::1')).toEqual({ host: '::1', port: undefined })
    expect(parseHostSpec('[mx.example]:25')).toBeUndefined()
    expect(parseHostSpec('a:b')).toBeUndefined()
  })
})

describe('credentials file', () => {
  it('parses USER:PASSWORD, the password keeping colons, spaces and comment characters', () => {
    expect(parseCredentials('# comment\n\nme@example.com:p:a ss;#word\n')).toEqual({ user: 'me@example.com', pass: 'p:a ss;#word' })
  })
  it('rejects anything but one USER:PASSWORD line, never quoting it', () => {
    expect(() => parseCredentials('secretonly\n')).toThrow(/expected one line USER:PASSWORD/)
    expect(() => parseCredentials('a:b\nc:d\n')).toThrow(/found 2/)
    try {
      parseCredentials('hunter2')
    } catch (err) {
      expect((err as Error).message).not.toContain('hunter2')
    }
  })
  it('refuses a file the group or others can read, and accepts mode 600', () => {
    const dir = makeTempDir('creds-')
    const file = path.join(dir, 's.secret')
    fs.writeFileSync(file, 'u:pw\n', { mode: 0o644 })
    fs.chmodSync(file, 0o644)
    expect(() => readCredentialsFile('s.secret', dir)).toThrow(/mode 644: group and others must have no access/)
    fs.chmodSync(file, 0o604)
    expect(() => readCredentialsFile('s.secret', dir)).toThrow(/mode 604/)
    fs.chmodSync(file, 0o600)
    expect(readCredentialsFile('s.secret', dir)).toEqual({ user: 'u', pass: 'pw' })
    expect(() => readCredentialsFile('missing.secret', dir)).toThrow(/cannot read credentials file .*missing\.secret: ENOENT/)
    expect(() => readCredentialsFile('.', dir)).toThrow(/not a regular file/)
  })
})

describe('refuseRouteReload', () => {
  it('refuses a reload that drops the smarthost or a sender route to direct MX, accepts host = direct', async () => {
    const { refuseRouteReload } = await import('../../src/route/config')
    const before = parse('[smarthost]\nhost = a.example\n[route example.org]\nhost = b.example\n')
    expect(refuseRouteReload(before, parse('[route example.org]\nhost = b.example\n'))).toMatch(/\[smarthost\] has no host any more/)
    expect(refuseRouteReload(before, parse('[smarthost]\nhost = a.example\n'))).toBeUndefined() // example.org now via [smarthost]
    expect(refuseRouteReload(parse('[route example.org]\nhost = b.example\n'), parse(''))).toMatch(/mail from example\.org \(was \[route example\.org\]\) has no smarthost/)
    expect(refuseRouteReload(before, parse('[smarthost]\nhost = direct\n[route example.org]\nhost = direct\n'))).toBeUndefined()
    expect(refuseRouteReload(parse(''), parse(''))).toBeUndefined()
  })
})
