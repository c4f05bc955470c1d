import { describe, expect, it } from 'vitest'
import { parseIni } from '../../src/lib/ini'
import { readRelayConfig } from '../../src/relay/config'
import { addressClaims, decideEnvelope, decideHeaders, decideSigningDomain, senderHeaderFields, senderScope, userScope } from '../../src/relay/sender_identity'

const cfg = readRelayConfig(
  parseIni(
    `[trusted_networks]
192.0.2.10/32 = Tenant A
192.0.2.20/32 = Open
[sender_domains]
192.0.2.10/32 = example.com, .example.com
[auth_sender_domains]
Scanner = example.com
`,
    'config/outpost_relay.ini',
  ),
)
const tenantA = senderScope(cfg, { trusted: true, internal: false, network: '192.0.2.10/32' })
const open = senderScope(cfg, { trusted: true, internal: false, network: '192.0.2.20/32' })

describe('address claims: every domain either parser sees', () => {
  it.each([
    ['ceo@tenantb.test', ['tenantb.test'], false],
    ['"a@example.com" <ceo@tenantb.test>', ['tenantb.test'], false],
    ['a@example.com, ceo@tenantb.test', ['example.com', 'tenantb.test'], false],
    ['"x" <a@example.com> ceo@tenantb.test', ['example.com', 'tenantb.test'], false],
    ['group: a@example.com, b@tenantb.test;', ['example.com', 'tenantb.test'], false],
    ['MAILER-DAEMON', [], true],
    ['<a@example.com>, <ceo@tenantb.test', ['example.com', 'tenantb.test'], false],
    ['"ceo@tenantb.test"@example.com', ['example.com'], false],
  ])('%s', (value, domains, domainless) => {
    const c = addressClaims(value)
    for (const d of domains) expect(c.domains.map((x) => x.toLowerCase())).toContain(d)
    expect(c.domainless).toBe(domainless)
  })
})

describe('header From and Sender', () => {
  const h = (from: string[], sender: string[] = []) => ({ from, sender })
  it('allows the own domain and its subdomains, refuses others with the domain named', () => {
    expect(decideHeaders(tenantA, h(['Alice <a@example.com>'])).allowed).toBe(true)
    expect(decideHeaders(tenantA, h(['a@mail.Example.COM.'])).allowed).toBe(true)
    expect(decideHeaders(tenantA, h(['ceo@tenantb.test']))).toMatchObject({ allowed: false, reason: 'header From domain tenantb.test is not allowed from this network' })
    expect(decideHeaders(tenantA, h(['a@example.com'], ['ceo@tenantb.test']))).toMatchObject({ allowed: false, reason: expect.stringMatching(/^header Sender domain tenantb\.test/) })
    expect(decideHeaders(tenantA, h(['a@example.com', 'ceo@tenantb.test'])).allowed).toBe(false)
    expect(decideHeaders(tenantA, h(['a@example-com.test'])).allowed).toBe(false)
    expect(decideHeaders(tenantA, h(['a@[192.0.2.1]'])).allowed).toBe(false)
  })
  it('requires a From with a domain from a restricted client; an open network may send anything', () => {
    expect(decideHeaders(tenantA, h([]))).toMatchObject({ allowed: false, reason: expect.stringMatching(/no From header/) })
    expect(decideHeaders(tenantA, h(['MAILER-DAEMON']))).toMatchObject({ allowed: false, reason: expect.stringMatching(/no domain/) })
    expect(decideHeaders(tenantA, h(['undisclosed-senders:;'])).allowed).toBe(false)
    expect(decideHeaders(open, h(['ceo@tenantb.test'])).allowed).toBe(true)
    expect(decideHeaders(open, h([])).allowed).toBe(true)
  })
  it('compares internationalised domains in their ASCII form', () => {
    const idn = readRelayConfig(parseIni('[trusted_networks]\n192.0.2.1/32 = x\n[sender_domains]\n192.0.2.1/32 = xn--bcher-kva.example\n', 'f'))
    const scope = senderScope(idn, { trusted: true, internal: false, network: '192.0.2.1/32' })
    expect(decideHeaders(scope, h(['a@bücher.example'])).allowed).toBe(true)
    expect(decideHeaders(scope, h(['a@bucher.example'])).allowed).toBe(false)
  })
  it('reads obsolete "From :" fields that Haraka does not name', () => {
    expect(senderHeaderFields(['From : ceo@tenantb.test\n', 'Subject: x\n', 'sender:\ta@example.com\n'])).toEqual({ from: [' ceo@tenantb.test\n'], sender: ['\ta@example.com\n'] })
  })
})

describe('AUTH users', () => {
  it('an address user name may send as its own domain, a mapped user as its mapping, another user as nothing', () => {
    expect(userScope(cfg, 'alice@Example.org').rules).toEqual([{ domain: 'example.org', subdomains: false }])
    expect(userScope(cfg, 'scanner').rules).toEqual([{ domain: 'example.com', subdomains: false }])
    expect(userScope(cfg, 'nobody').rules).toEqual([])
    const nobody = senderScope(cfg, undefined, 'nobody')
    expect(decideEnvelope(nobody, { user: 'nobody', host: 'example.com' })).toMatchObject({ allowed: false, reason: expect.stringMatching(/auth_sender_domains/) })
    expect(decideHeaders(nobody, { from: ['nobody@example.com'], sender: [] }).allowed).toBe(false)
  })
  it('a user on a restricted network is held to both', () => {
    const both = senderScope(cfg, { trusted: true, internal: false, network: '192.0.2.10/32' }, 'bob@mail.example.com')
    expect(decideEnvelope(both, { user: 'bob', host: 'mail.example.com' }).allowed).toBe(true)
    expect(decideEnvelope(both, { user: 'bob', host: 'example.com' })).toMatchObject({ allowed: false, reason: 'sender domain example.com is not allowed for user "bob@mail.example.com"' })
  })
})

describe('DKIM signing domain', () => {
  it('signs only with a domain every constraint allows', () => {
    expect(decideSigningDomain(tenantA, 'example.com').allowed).toBe(true)
    expect(decideSigningDomain(tenantA, 'tenantb.test')).toMatchObject({ allowed: false, reason: 'this network may not send as tenantb.test' })
    const sub = readRelayConfig(parseIni('[trusted_networks]\n192.0.2.1/32 = x\n[sender_domains]\n192.0.2.1/32 = .example.com\n', 'f'))
    expect(decideSigningDomain(senderScope(sub, { trusted: true, internal: false, network: '192.0.2.1/32' }), 'example.com').allowed).toBe(false)
    expect(decideSigningDomain(open, 'anything.test').allowed).toBe(true)
  })
})

describe('config', () => {
  it('[auth_sender_domains]: one line per user, domains validated', () => {
    expect(() => readRelayConfig(parseIni('[auth_sender_domains]\nalice = example.com\nALICE = example.org\n', 'config/outpost_relay.ini'))).toThrow(/config\/outpost_relay\.ini:3: auth_sender_domains\.ALICE: a second line/)
    expect(() => readRelayConfig(parseIni('[auth_sender_domains]\nalice = not a domain!\n', 'config/outpost_relay.ini'))).toThrow(/auth_sender_domains\.alice = "not a domain!"/)
  })
})
