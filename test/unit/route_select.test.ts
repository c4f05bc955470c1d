import { describe, expect, it } from 'vitest'
import { parseIni } from '../../src/lib/ini'
import { parseRouteConfig } from '../../src/route/config'
import { domainMatches, hopFor, hopsForAttempt, isMandatoryTlsDomain, redact, requiresVerifiedTls, routeFor, secretForms, toMx } from '../../src/route/select'

const cfgOf = (text: string) => parseRouteConfig(parseIni(text, 'outpost_route.ini'), () => ({ user: 'gw@relay.test', pass: 'pa"ss\\w0rd' }))

const CFG = cfgOf(
  '[smarthost]\nhost = primary.example:25, 192.0.2.2:2525, 192.0.2.3\ntls = required\nauth_file = s\n' +
    '[route example.org]\nhost = org-relay.example:587\n' +
    '[route *.example.net]\nhost = direct\n' +
    '[route deep.example.net]\nhost = deep-relay.example\ntls = off\n' +
    '[tls]\nmandatory_domains = bank.example, *.gov.example\n',
)

describe('routeFor', () => {
  it('picks the exact sender-domain route, then the closest wildcard, else [smarthost]', () => {
    expect(routeFor(CFG, 'example.org').name).toBe('route example.org')
    expect(routeFor(CFG, 'EXAMPLE.ORG.').name).toBe('route example.org')
    expect(routeFor(CFG, 'sub.example.org').name).toBe('smarthost') // no wildcard for example.org
    expect(routeFor(CFG, 'deep.example.net').name).toBe('route deep.example.net')
    expect(routeFor(CFG, 'a.b.example.net').name).toBe('route *.example.net')
    expect(routeFor(CFG, 'example.net').name).toBe('smarthost') // *.example.net is subdomains only
    expect(routeFor(CFG, null).name).toBe('smarthost') // bounces
    expect(routeFor(CFG, 'x.example.net').hosts).toEqual([]) // direct
  })
})

describe('hopsForAttempt', () => {
  const route = CFG.default
  it('tries the primary first on the first attempt', () => {
    expect(hopsForAttempt(route, 0).map((h) => h.host)).toEqual(['primary.example', '192.0.2.2', '192.0.2.3'])
  })
  it('starts one hop further down on each retry, keeping every hop in the list', () => {
    expect(hopsForAttempt(route, 1).map((h) => h.host)).toEqual(['192.0.2.2', '192.0.2.3', 'primary.example'])
    expect(hopsForAttempt(route, 2).map((h) => h.host)).toEqual(['192.0.2.3', 'primary.example', '192.0.2.2'])
    expect(hopsForAttempt(route, 3).map((h) => h.host)).toEqual(['primary.example', '192.0.2.2', '192.0.2.3'])
  })
  it('a single hop or direct route is unchanged', () => {
    expect(hopsForAttempt(CFG.routes.get('example.org')!, 5).map((h) => h.host)).toEqual(['org-relay.example'])
    expect(hopsForAttempt(CFG.routes.get('*.example.net')!, 5)).toEqual([])
  })
})

describe('toMx', () => {
  it('carries port, order and credentials to Haraka', () => {
    expect(toMx(CFG.default.hosts[1], 1)).toEqual({ exchange: '192.0.2.2', port: 2525, priority: 1, auth_user: 'gw@relay.test', auth_pass: 'pa"ss\\w0rd' })
    expect(toMx(CFG.routes.get('example.org')!.hosts[0], 0)).toEqual({ exchange: 'org-relay.example', port: 587, priority: 0 })
  })
})

describe('TLS policy', () => {
  const hops = CFG.default.hosts
  it('matches a resolved MX to its hop by IP or by the name it was resolved from, and port', () => {
    expect(hopFor(hops, { exchange: '203.0.113.9', from_dns: 'primary.example', port: 25 })?.host).toBe('primary.example')
    expect(hopFor(hops, { exchange: '192.0.2.2', port: 2525 })?.host).toBe('192.0.2.2')
    expect(hopFor(hops, { exchange: '192.0.2.2', port: 25 })).toBeUndefined()
  })
  it('requires verified TLS for tls = required hops and for mandatory recipient domains only', () => {
    expect(requiresVerifiedTls(CFG, hops, { exchange: '192.0.2.3', port: 25 }, 'anything.example')).toBe(true)
    const org = CFG.routes.get('example.org')!.hosts
    expect(requiresVerifiedTls(CFG, org, { exchange: '203.0.113.1', from_dns: 'org-relay.example', port: 587 }, 'partner.example')).toBe(false)
    expect(requiresVerifiedTls(CFG, org, { exchange: '203.0.113.1', from_dns: 'org-relay.example', port: 587 }, 'Bank.Example')).toBe(true)
    // direct MX delivery (no hops) to a mandatory domain
    expect(requiresVerifiedTls(CFG, [], { exchange: '203.0.113.5', from_dns: 'mx.tax.gov.example', port: 25 }, 'tax.gov.example')).toBe(true)
    expect(requiresVerifiedTls(CFG, [], { exchange: '203.0.113.5', port: 25 }, 'gov.example')).toBe(false)
  })
  it('matches mandatory domains exactly or as *.parent', () => {
    expect(isMandatoryTlsDomain(CFG, 'bank.example.')).toBe(true)
    expect(isMandatoryTlsDomain(CFG, 'sub.bank.example')).toBe(false)
    expect(domainMatches('*.gov.example', 'a.b.gov.example')).toBe(true)
    expect(domainMatches('*.gov.example', 'xgov.example')).toBe(false)
  })
})

describe('secret redaction', () => {
  const forms = secretForms(CFG)
  it('covers the password as is, JSON-escaped and in AUTH PLAIN / LOGIN base64', () => {
    const pass = 'pa"ss\\w0rd'
    const plain = Buffer.from(`\0gw@relay.test\0${pass}`).toString('base64')
    const login = Buffer.from(pass).toString('base64')
    const line = `pass=${pass} json=${JSON.stringify({ auth_pass: pass })} C: AUTH PLAIN ${plain} C: ${login}`
    const out = redact(line, forms)
    expect(out).not.toContain(pass)
    expect(out).not.toContain(JSON.stringify(pass).slice(1, -1))
    expect(out).not.toContain(plain)
    expect(out).not.toContain(login)
    expect(out).toContain('C: AUTH PLAIN [REDACTED]')
  })
  it('leaves lines without secrets alone; no credentials, no forms', () => {
    expect(redact('delivered to 192.0.2.2', forms)).toBe('delivered to 192.0.2.2')
    expect(secretForms(cfgOf('[smarthost]\nhost = a.example\n'))).toEqual([])
  })
})
