import fs from 'node:fs'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { run as o365Cli } from '../../src/cli/o365'
import { ConfigError, parseIni } from '../../src/lib/ini'
import { readRelayConfig } from '../../src/relay/config'
import { decideConnect } from '../../src/relay/decide'
import { certificateNames, decideTenant, office365Candidates } from '../../src/relay/office365'
import { rangesFromEndpoints } from '../../src/relay/office365_ranges'
import { makeTempDir } from '../helpers/temp_dirs'

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const REPO = path.resolve(__dirname, '..', '..')
const FILE = 'config/outpost_relay.ini'
const files: Record<string, string> = { 'config/outpost_office365_ranges': fs.readFileSync(path.join(REPO, 'config/outpost_office365_ranges'), 'utf8') }
const io = { readFile: (name: string) => files[name] }
const cfgOf = (text: string) => readRelayConfig(parseIni(text, FILE), io)
const bad = (text: string): string => {
  try {
    cfgOf(text)
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return (err as Error).message
  }
  throw new Error('expected a ConfigError')
}

const CONTOSO = `[trusted_networks]\n40.107.0.0/16 = wrongly trusted EXO range\n[office365 contoso]\ntenant_ids = ${TENANT}\nsender_domains = contoso.com, .contoso.com\n`

describe('[office365 NAME] config', () => {
  it('reads the entry with the shipped ranges file by default', () => {
    const cfg = cfgOf(CONTOSO)
    expect(cfg.office365).toHaveLength(1)
    expect(cfg.office365[0]).toMatchObject({ name: 'contoso', tenantIds: [TENANT], networksSource: 'config/outpost_office365_ranges' })
    expect(cfg.office365[0].networks.match('40.107.1.2')).toBeDefined()
    expect(cfg.office365[0].networks.match('2a01:111:f400::25')).toBeDefined()
    expect(cfg.office365[0].networks.match('8.8.8.8')).toBeUndefined()
  })
  it('takes CIDRs inline, a certificate name, and names file, line and key on errors', () => {
    const inline = cfgOf(CONTOSO + 'networks = 127.0.0.64/27, ::1\ncertificate = Mail.Protection.Outlook.com\n')
    expect(inline.office365[0].networksSource).toBe('inline')
    expect(inline.office365[0].certificate).toBe('mail.protection.outlook.com')
    expect(bad(`[office365 x]\nsender_domains = contoso.com\n`)).toMatch(/office365 x\.tenant_ids: expected the tenant id/)
    expect(bad(`[office365 x]\ntenant_ids = not-a-guid\nsender_domains = contoso.com\n`)).toMatch(/:2: office365 x\.tenant_ids = "not-a-guid": "not-a-guid" is not a tenant id/)
    expect(bad(`[office365 x]\ntenant_ids = ${TENANT}\n`)).toMatch(/sender_domains: expected/)
    expect(bad(`[office365 x]\ntenant_ids = ${TENANT}\nsender_domains = contoso.com\nnetworks = config/missing_ranges\n`)).toMatch(/:4: office365 x\.networks = "config\/missing_ranges": the file config\/missing_ranges does not exist/)
    expect(bad(`[office365 x]\ntenant_ids = ${TENANT}\nsender_domains = contoso.com\nnetworks = 10.0.0.1/8\n`)).toMatch(/host bits/)
    expect(bad(`[office365 x]\ntenant_ids = ${TENANT}\nsender_domains = contoso.com\ntenant = x\n`)).toMatch(/office365 x\.tenant: unknown setting/)
    files['config/bad_ranges'] = '40.107.0.0/16\n40.107.0.300/32\n'
    expect(bad(`[office365 x]\ntenant_ids = ${TENANT}\nsender_domains = contoso.com\nnetworks = config/bad_ranges\n`)).toMatch(/config\/bad_ranges:2: "40\.107\.0\.300\/32"/)
  })
})

describe('Office 365 decisions', () => {
  const cfg = cfgOf(CONTOSO + 'networks = 127.0.0.64/27\n[office365 fabrikam]\ntenant_ids = 0b3f2a6c-1111-4c2e-9d6f-5e8a7b9c0d1e\nsender_domains = fabrikam.com\nnetworks = 127.0.0.64/27\ncertificate = mail.protection.outlook.com\n')
  it('a client in the ranges is trusted only as the office365 entries, even if [trusted_networks] lists it', () => {
    const inRange = decideConnect(cfg, '127.0.0.70')
    expect(inRange.facts).toMatchObject({ trusted: true, office365: ['contoso', 'fabrikam'] })
    const shadow = cfgOf(CONTOSO + 'networks = 40.107.0.0/16\n')
    expect(decideConnect(shadow, '40.107.3.4')).toMatchObject({ shadowed: '40.107.0.0/16', facts: { office365: ['contoso'] } })
    expect(decideConnect(cfg, '127.0.0.20').facts.office365).toBeUndefined()
  })
  it('the certificate binding drops entries whose connector did not present that name', () => {
    const plain = office365Candidates(cfg, ['contoso', 'fabrikam'], { enabled: false })
    expect(plain.entries.map((e) => e.name)).toEqual(['contoso'])
    const cert = { subject: { CN: 'mail.protection.outlook.com' }, subjectaltname: 'DNS:mail.protection.outlook.com, DNS:*.mail.protection.outlook.com' }
    expect(certificateNames(cert)).toEqual(['mail.protection.outlook.com', '*.mail.protection.outlook.com'])
    expect(office365Candidates(cfg, ['fabrikam'], { enabled: true, verified: true, peerCertificate: cert }).entries).toHaveLength(1)
    expect(office365Candidates(cfg, ['fabrikam'], { enabled: true, verified: false, peerCertificate: cert })).toMatchObject({ entries: [], reason: expect.stringMatching(/verified client certificate for mail\.protection\.outlook\.com/) })
  })
  it('the tenant header picks the entry; missing, duplicated, foreign or unmatched headers are refused', () => {
    const entries = cfg.office365
    const h = (...lines: string[]) => lines.map((l) => `${l}\n`)
    expect(decideTenant(entries, h(`X-MS-Exchange-CrossTenant-Id: ${TENANT.toUpperCase()}`, 'X-OriginatorOrg: contoso.com'))).toMatchObject({ allowed: true, entry: { name: 'contoso' } })
    expect(decideTenant(entries, h('X-MS-Exchange-CrossTenant-Id: 0b3f2a6c-1111-4c2e-9d6f-5e8a7b9c0d1e', 'X-OriginatorOrg: fabrikam.com'))).toMatchObject({ allowed: true, entry: { name: 'fabrikam' } })
    expect(decideTenant(entries, h('X-OriginatorOrg: contoso.com'))).toMatchObject({ allowed: false, reason: expect.stringMatching(/no X-MS-Exchange-CrossTenant-Id/) })
    expect(decideTenant(entries, h(`X-MS-Exchange-CrossTenant-Id: ${TENANT}`, `x-ms-exchange-crosstenant-id : ${TENANT}`, 'X-OriginatorOrg: contoso.com'))).toMatchObject({ allowed: false, reason: expect.stringMatching(/2 X-MS-Exchange-CrossTenant-Id/) })
    expect(decideTenant(entries, h('X-MS-Exchange-CrossTenant-Id: 11111111-2222-3333-4444-555555555555', 'X-OriginatorOrg: contoso.com')).allowed).toBe(false)
    expect(decideTenant(entries, h(`X-MS-Exchange-CrossTenant-Id: ${TENANT}`, 'X-OriginatorOrg: fabrikam.com'))).toMatchObject({ allowed: false, reason: expect.stringMatching(/X-OriginatorOrg fabrikam\.com is not a domain of tenant contoso/) })
  })
})

describe('outpost o365 ranges import', () => {
  const sample = path.join(REPO, 'test/fixtures/o365_endpoints.json')
  it('takes the ips of the Exchange endpoint sets on TCP 25 only', () => {
    const r = rangesFromEndpoints(fs.readFileSync(sample, 'utf8'))
    expect(r.networks).toEqual(['40.92.0.0/15', '40.107.0.0/16', '52.100.0.0/14', '104.47.0.0/17', '2a01:111:f400::/48', '2a01:111:f403::/48'])
    expect(r.sets).toEqual([10])
    expect(() => rangesFromEndpoints('{"not":"a list"}')).toThrow(/JSON array/)
    expect(() => rangesFromEndpoints('[{"serviceArea":"Exchange","tcpPorts":"25","ips":["40.107.0.300/16"]}]')).toThrow(/40\.107\.0\.300\/16/)
  })
  it('writes the ranges file the gateway reads, and nothing on bad input', async () => {
    const dir = makeTempDir('outpost-o365-')
    fs.mkdirSync(path.join(dir, 'config'))
    const out = new PassThrough()
    const err = new PassThrough()
    const text: string[] = []
    out.on('data', (c) => text.push(String(c)))
    expect(await o365Cli(['ranges', 'import', sample], { dir, out, err })).toBe(0)
    expect(text.join('')).toMatch(/4 IPv4 and 2 IPv6 ranges/)
    const written = fs.readFileSync(path.join(dir, 'config/outpost_office365_ranges'), 'utf8')
    const cfg = readRelayConfig(parseIni(CONTOSO, FILE), { readFile: (n) => (n === 'config/outpost_office365_ranges' ? written : undefined) })
    expect(cfg.office365[0].networks.size).toBe(6)
    const broken = path.join(dir, 'broken.json')
    fs.writeFileSync(broken, '[{"serviceArea":"SharePoint","tcpPorts":"443","ips":["13.107.136.0/22"]}]')
    expect(await o365Cli(['ranges', 'import', broken], { dir, out, err })).toBe(1)
    expect(fs.readFileSync(path.join(dir, 'config/outpost_office365_ranges'), 'utf8')).toBe(written)
    expect(await o365Cli(['ranges', 'export'], { dir, out, err })).toBe(2)
  })
})
