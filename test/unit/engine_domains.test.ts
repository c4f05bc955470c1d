// src/engine/domains.ts isSendersHost: the sender's own site is its domain or its tenant on a
// platform named as it is (issue 10, fifth round).
import { describe, expect, it } from 'vitest'
import { isSendersHost } from '../../src/engine/domains'

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
