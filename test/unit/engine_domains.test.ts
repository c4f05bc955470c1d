// src/engine/domains.ts isSendersHost: the sender's own site is its domain or its tenant on a
// platform named as it is (issue 10, fifth round); look-alike domains of a reply path (seventh round).
import { describe, expect, it } from 'vitest'
import { boundedEditDistance, imitatesDomain, isSendersHost } from '../../src/engine/domains'

describe('isSendersHost', () => {
  it('the sender\'s domain and its tenants on sign-in, intranet, helpdesk and tracker platforms are its own', () => {
    for (const host of ['www.acme-tools.example', 'acme-tools.example', 'acme-tools.okta.com', 'acmetools.sharepoint.com', 'acmetools-my.sharepoint.com', 'acme-tools.atlassian.net', 'acmetools.zendesk.com', 'acme-tools.my.salesforce.com']) {
      expect(isSendersHost(host, 'acme-tools.example'), host).toBe(true)
    }
  })
  it('another organisation\'s tenant, a look-alike platform or a short name is not', () => {
    expect(isSendersHost('contoso.sharepoint.com', 'acme-tools.example')).toBe(false)
    expect(isSendersHost('acme-tools.okta.com.login.other.example', 'acme-tools.example')).toBe(false)
    expect(isSendersHost('acme-tools.okta-verify.example', 'acme-tools.example')).toBe(false)
    expect(isSendersHost('acme-tools.sharepoint.com', 'evil.example')).toBe(false)
    // a name of three letters or fewer could be anybody's tenant
    expect(isSendersHost('abc.okta.com', 'abc.example')).toBe(false)
  })
})

describe('look-alike domains', () => {
  it('boundedEditDistance counts typed characters and swaps, and stops above its limit', () => {
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3)
    expect(boundedEditDistance('northwind', 'northwnid', 2)).toBe(1) // a swap of neighbours
    expect(boundedEditDistance('ashcombe-industrial', 'ashcombe-industriall', 2)).toBe(1)
    expect(boundedEditDistance('abcdef', 'ghijkl', 2)).toBe(3) // limit + 1: more than 2
    expect(boundedEditDistance('same', 'same', 1)).toBe(0)
    expect(boundedEditDistance('a'.repeat(500), 'b'.repeat(500), 2)).toBe(3)
  })
  it('imitatesDomain: one or two typed characters or a hyphen in the registered name, not the same name elsewhere', () => {
    expect(imitatesDomain('fairlie-homes.example', 'fairliehomes.example')).toBe(true)
    expect(imitatesDomain('mail.contoso-ltd.co.uk', 'contos0-ltd.co.uk')).toBe(true)
    expect(imitatesDomain('acme-tools.com', 'acme-tools.de')).toBe(false)
    expect(imitatesDomain('eu.example.com', 'mail.example.com')).toBe(false)
    expect(imitatesDomain('abce.example', 'abcd.example')).toBe(false) // short names: simply two companies
    expect(imitatesDomain('partner-example.org', 'example.org')).toBe(false)
  })
})
