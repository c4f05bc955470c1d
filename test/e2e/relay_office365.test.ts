// Issue 13 item 1: Office 365 as a trusted source bound to the tenant. Mail
// from Exchange Online's ranges (here a loopback range, from a ranges file)
// relays only with the configured tenant's headers and sender domains.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useGateway } from '../helpers/gateway'
import { HarakaProcess, pluginsWith, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage, smtpSession } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'
import { makeTestCa } from '../helpers/tls_certs'

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const OTHER_TENANT = '0b3f2a6c-1111-4c2e-9d6f-5e8a7b9c0d1e'
const EXO = '127.0.0.70' // inside the test ranges
const OUTSIDE = '127.0.0.20'

const RELAY_INI = `[main]
reject_untrusted = false
[trusted_networks]
127.0.0.10/32 = Exchange-01
[office365 contoso]
tenant_ids = ${TENANT}
sender_domains = contoso.com, .contoso.com
networks = config/outpost_office365_ranges
`
const RANGES = '# test ranges standing in for Exchange Online\n127.0.0.64/27\n::1/128 ; IPv6 loopback\n'

function exoMessage(marker: string, opts: { from?: string; tenant?: string[]; org?: string[] } = {}): string {
  const headers: Record<string, string> = { 'X-Test-Marker': marker }
  const extra: string[] = []
  for (const t of opts.tenant ?? [TENANT]) extra.push(`X-MS-Exchange-CrossTenant-Id: ${t}`)
  for (const o of opts.org ?? ['contoso.com']) extra.push(`X-OriginatorOrg: ${o}`)
  return extra.map((l) => `${l}\r\n`).join('') + makeMessage({ from: opts.from ?? 'alice@contoso.com', to: 'bob@external.test', subject: `o365 ${marker}`, headers })
}

describe('Office 365 connector bound to the tenant', () => {
  const gw = useGateway(() => ({ 'config/outpost_relay.ini': RELAY_INI, 'config/outpost_office365_ranges': RANGES }))
  const has = (m: string) => gw.sink.messages.some((x) => x.raw.toString('latin1').includes(`X-Test-Marker: ${m}\r\n`))
  async function delivered(m: string): Promise<boolean> {
    const deadline = Date.now() + 15_000
    while (!has(m) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    return has(m)
  }

  it('the right tenant and domain relays', async () => {
    const res = await sendMessage({ port: gw.haraka.port, localAddress: EXO, from: 'alice@contoso.com', to: ['bob@external.test'], raw: exoMessage('right') })
    expect(res.final.code).toBe(250)
    expect(await delivered('right')).toBe(true)
    await gw.haraka.waitForLog(/127\.0\.0\.70 trusted by 127\.0\.0\.64\/27 "office365 contoso"/)
  })

  const refused: Array<[string, Parameters<typeof exoMessage>[1], RegExp]> = [
    ['another tenant id', { tenant: [OTHER_TENANT] }, /tenant 0b3f2a6c-1111-4c2e-9d6f-5e8a7b9c0d1e is not/],
    ['no tenant header', { tenant: [] }, /no X-MS-Exchange-CrossTenant-Id/],
    ['two tenant headers', { tenant: [TENANT, TENANT] }, /2 X-MS-Exchange-CrossTenant-Id/],
    ['the tenant header with a foreign X-OriginatorOrg', { org: ['fabrikam.com'] }, /X-OriginatorOrg fabrikam\.com/],
    ['no X-OriginatorOrg', { org: [] }, /X-OriginatorOrg/],
    ['the right tenant with a foreign header From', { from: 'ceo@fabrikam.com' }, /header From domain fabrikam\.com is not allowed for Office 365 tenant contoso/],
  ]
  it.each(refused)('%s: 550 at end of data, reaches nobody', async (_name, opts, reason) => {
    const marker = `o365-${Math.random().toString(36).slice(2)}`
    const res = await sendMessage({ port: gw.haraka.port, localAddress: EXO, from: 'alice@contoso.com', to: ['bob@external.test'], raw: exoMessage(marker, opts) })
    expect(res.final.code).toBe(550)
    expect(res.final.text).toMatch(/^5\.7\.1 /)
    expect(res.final.text).toMatch(reason)
    const ok = `${marker}-ok`
    expect((await sendMessage({ port: gw.haraka.port, localAddress: EXO, from: 'alice@contoso.com', to: ['bob@external.test'], raw: exoMessage(ok) })).final.code).toBe(250)
    expect(await delivered(ok)).toBe(true)
    expect(has(marker)).toBe(false)
  })

  it('a foreign envelope domain is refused at MAIL', async () => {
    const s = await smtpSession({ port: gw.haraka.port, localAddress: EXO })
    await s.greeting
    await s.ehlo('contoso-com.mail.protection.outlook.com')
    const r = await s.mail('ceo@fabrikam.com')
    expect(r.code).toBe(550)
    expect(r.text).toMatch(/5\.7\.1 .*fabrikam\.com is not allowed for Office 365 tenant contoso/)
    await s.quit()
  })

  it('the right tenant headers from outside the ranges are not trusted', async () => {
    const marker = 'outside'
    const res = await sendMessage({ port: gw.haraka.port, localAddress: OUTSIDE, from: 'alice@contoso.com', to: ['bob@external.test'], raw: exoMessage(marker) })
    expect(res.final.code).toBeGreaterThanOrEqual(500)
    expect(res.rcpt[0].code).toBeGreaterThanOrEqual(500)
    await new Promise((r) => setTimeout(r, 500))
    expect(has(marker)).toBe(false)
  })
})

describe('Office 365 connector bound to its TLS client certificate', () => {
  const ca = makeTestCa('Outpost Test Public CA')
  const server = ca.issue(['localhost', '127.0.0.1'])
  const exoCert = ca.issue(['mail.protection.outlook.com'], { clientAuth: true })
  const otherCert = ca.issue(['mail.fabrikam.example'], { clientAuth: true })
  // the right name from a CA the gateway does not trust
  const rogueCert = makeTestCa('Rogue CA').issue(['mail.protection.outlook.com'], { clientAuth: true })
  let sink: Sink
  let haraka: HarakaProcess

  beforeAll(async () => {
    sink = await startSink()
    haraka = await startHaraka({
      files: {
        'config/plugins': pluginsWith(['tls'], { after: 'outpost_relay' }),
        // the CAs whose client certificates Haraka verifies: the test CA stands in for the public CA of Exchange Online's certificate
        'config/tls.ini': '[main]\nrequestCert = true\nca = tls_ca.pem\n',
        'config/tls_ca.pem': ca.caPem,
        'config/tls_key.pem': server.key,
        'config/tls_cert.pem': server.cert,
        'config/outpost_relay.ini': `[main]\nreject_untrusted = false\n[office365 contoso]\ntenant_ids = ${TENANT}\nsender_domains = contoso.com\nnetworks = 127.0.0.64/27\ncertificate = mail.protection.outlook.com\n`,
        'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`,
      },
    })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  async function mailFrom(tls: 'none' | 'no-cert' | { key: string; cert: string }) {
    const s = await smtpSession({ port: haraka.port, localAddress: EXO })
    await s.greeting
    await s.ehlo('contoso-com.mail.protection.outlook.com')
    if (tls !== 'none') {
      expect((await s.startTls(tls === 'no-cert' ? undefined : tls)).code).toBe(220)
      await s.ehlo('contoso-com.mail.protection.outlook.com')
    }
    return s
  }

  it('relays over TLS with the bound client certificate; refuses at MAIL without TLS, without a certificate, with another name or an untrusted issuer', async () => {
    for (const variant of ['none', 'no-cert', otherCert, rogueCert] as const) {
      const s = await mailFrom(variant)
      const r = await s.mail('alice@contoso.com')
      expect(r.code).toBe(550)
      expect(r.text).toMatch(/5\.7\.1 .*TLS with a verified client certificate for mail\.protection\.outlook\.com/)
      await s.quit()
    }
    const s = await mailFrom(exoCert)
    expect((await s.mail('alice@contoso.com')).code).toBe(250)
    expect((await s.rcpt('bob@external.test')).code).toBe(250)
    expect((await s.data(exoMessage('bound-cert'))).code).toBe(250)
    await s.quit()
    const deadline = Date.now() + 15_000
    while (!sink.messages.some((m) => m.raw.toString('latin1').includes('X-Test-Marker: bound-cert')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    expect(sink.messages.filter((m) => m.raw.toString('latin1').includes('X-Test-Marker: bound-cert'))).toHaveLength(1)
    await haraka.waitForLog(/secured: .* cn="mail\.protection\.outlook\.com"/)
  }, 60_000)
})
