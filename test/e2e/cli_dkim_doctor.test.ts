// `outpost dkim keygen` and `outpost doctor` against a DNS zone served on
// loopback: a correct zone passes; each kind of broken record is reported by
// its name and makes the exit status non-zero.
import fs from 'node:fs'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outpost } from '../helpers/outpost_cli'
import { makeInstallDir } from '../helpers/haraka'
import { DnsRecord, DnsServer, startDnsServer } from '../helpers/dns_server'

const GATEWAY_IP = '198.51.100.7'


/** the TXT value from the zone line keygen prints */
function recordFrom(stdout: string): string {
  const m = /IN TXT \( (.+) \)/.exec(stdout)
  if (!m) throw new Error(`no TXT record in: ${stdout}`)
  return m[1].split('" "').join('').replace(/^"|"$/g, '')
}

describe('outpost dkim keygen', () => {
  it('writes the key and selector where the dkim plugin reads them and prints the record', async () => {
    const dir = makeInstallDir({})
    const res = await outpost(dir, 'dkim', 'keygen', 'Example.COM', '--selector', 'gw2026', '--bits', '1024')
    expect(res.code).toBe(0)
    const keyDir = path.join(dir, 'config', 'dkim', 'example.com')
    expect(fs.readFileSync(path.join(keyDir, 'selector'), 'utf8').trim()).toBe('gw2026')
    const pem = fs.readFileSync(path.join(keyDir, 'private'), 'utf8')
    expect(pem).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/)
    expect(fs.statSync(path.join(keyDir, 'private')).mode & 0o777).toBe(0o600)
    expect(res.stdout).toMatch(/gw2026\._domainkey\.example\.com\. IN TXT \( "v=DKIM1; k=rsa; p=/)
    expect(recordFrom(res.stdout)).toMatch(/^v=DKIM1; k=rsa; p=[A-Za-z0-9+/=]{200,}$/)
    // never overwrites a key silently
    const again = await outpost(dir, 'dkim', 'keygen', 'example.com')
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already holds a key; use --force/)
    expect(fs.readFileSync(path.join(keyDir, 'private'), 'utf8')).toBe(pem)
    expect((await outpost(dir, 'dkim', 'keygen', 'example.com', '--force', '--bits', '1024')).code).toBe(0)
    expect(fs.readFileSync(path.join(keyDir, 'private'), 'utf8')).not.toBe(pem)
  })

  it('refuses bad arguments with a clear message', async () => {
    const dir = makeInstallDir({})
    expect((await outpost(dir, 'dkim', 'keygen')).stderr).toMatch(/DOMAIN is required/)
    expect((await outpost(dir, 'dkim', 'keygen', 'not a domain')).stderr).toMatch(/is not a domain name/)
    const bits = await outpost(dir, 'dkim', 'keygen', 'example.com', '--bits', '512')
    expect(bits.code).toBe(2)
    expect(bits.stderr).toMatch(/--bits must be a whole number from 1024/)
  })
})

describe('outpost doctor', () => {
  let dir: string
  let dns: DnsServer
  const records: DnsRecord[] = []
  const spf = (name: string, value: string) => records.push({ name, type: 'TXT', data: value })

  async function keygen(domain: string): Promise<string> {
    const { run } = await import('../../src/cli/dkim')
    const out = new PassThrough()
    const chunks: Buffer[] = []
    out.on('data', (c) => chunks.push(c))
    expect(await run(['keygen', domain, '--selector', 'gw', '--bits', '1024'], { dir, out, err: new PassThrough() })).toBe(0)
    return recordFrom(Buffer.concat(chunks).toString())
  }

  /** a domain whose records are all correct, then `breakIt` changes one thing */
  async function domainCase(domain: string, opts: { spf?: string | string[] | null; dkim?: string | null; dmarc?: string | null; key?: boolean } = {}) {
    const record = opts.key === false ? '' : await keygen(domain)
    const spfValues = opts.spf === undefined ? [`v=spf1 ip4:${GATEWAY_IP} -all`] : opts.spf === null ? [] : ([] as string[]).concat(opts.spf)
    for (const v of spfValues) spf(domain, v)
    const dkim = opts.dkim === undefined ? record : opts.dkim
    if (dkim !== null) records.push({ name: `gw._domainkey.${domain}`, type: 'TXT', data: dkim })
    const dmarc = opts.dmarc === undefined ? 'v=DMARC1; p=reject; rua=mailto:dmarc@' + domain : opts.dmarc
    if (dmarc !== null) records.push({ name: `_dmarc.${domain}`, type: 'TXT', data: dmarc })
  }

  beforeAll(async () => {
    dir = makeInstallDir({ 'config/outpost_route.ini': `[doctor]\npublic_ips = ${GATEWAY_IP}\n` })
    const otherKey = await (async () => {
      const saved = dir
      dir = makeInstallDir({})
      const r = await keygen('elsewhere.test')
      dir = saved
      return r
    })()
    await domainCase('good.test')
    await domainCase('nospf.test', { spf: null })
    await domainCase('wrongip.test', { spf: 'v=spf1 ip4:203.0.113.9 -all' })
    await domainCase('twospf.test', { spf: [`v=spf1 ip4:${GATEWAY_IP} -all`, 'v=spf1 -all'] })
    await domainCase('badspf.test', { spf: 'v=spf1 ip4:999.1.2.3 -all' })
    await domainCase('nodkim.test', { dkim: null })
    await domainCase('mismatch.test', { dkim: otherKey })
    await domainCase('revoked.test', { dkim: 'v=DKIM1; k=rsa; p=' })
    await domainCase('garbled.test', { dkim: 'v=DKIM1; k=ed25519; p=MCowBQYDK2VwAyEA' })
    await domainCase('nokey.test', { key: false, dkim: null })
    await domainCase('nodmarc.test', { dmarc: null })
    await domainCase('baddmarc.test', { dmarc: 'v=DMARC1; p=maybe' })
    await domainCase('fails.test', { spf: 'v=spf1 -all', dkim: otherKey })
    await domainCase('lax.test', { dmarc: 'v=DMARC1; p=none' })
    dns = await startDnsServer(records)
  })
  afterAll(async () => {
    await dns?.close()
  })

  const doctor = (...args: string[]) => outpost(dir, 'doctor', '--dns', dns.address, ...args)

  it('passes a correct zone', async () => {
    const res = await doctor('good.test')
    expect(res.stderr).toBe('')
    expect(res.stdout).toMatch(/ok {3}SPF_PASS: SPF of good\.test authorises 198\.51\.100\.7/)
    expect(res.stdout).toMatch(/ok {3}DKIM_OK/)
    expect(res.stdout).toMatch(/ok {3}DMARC_ALIGNED: _dmarc\.good\.test \(p=reject\): mail will align through DKIM and SPF/)
    expect(res.stdout).toMatch(/all checks passed/)
    expect(res.code).toBe(0)
  })

  it('asks the resolvers of haraka.ini [dns] servers when no --dns is given', async () => {
    const fs = await import('node:fs')
    const path = await import('node:path')
    const file = path.join(dir, 'haraka.ini')
    const saved = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
    fs.writeFileSync(file, `[dns]\nservers = ${dns.address}\n`)
    try {
      const res = await outpost(dir, 'doctor', 'good.test')
      expect(res.stdout).toMatch(/all checks passed/)
      expect(res.code).toBe(0)
    } finally {
      if (saved === undefined) fs.unlinkSync(file)
      else fs.writeFileSync(file, saved)
    }
  })

  const broken: Array<[string, string[]]> = [
    ['nospf.test', ['SPF_MISSING']],
    ['wrongip.test', ['SPF_NOT_AUTHORISED']],
    ['twospf.test', ['SPF_MULTIPLE']],
    ['badspf.test', ['SPF_PERMERROR']],
    ['nodkim.test', ['DKIM_RECORD_MISSING']],
    ['mismatch.test', ['DKIM_KEY_MISMATCH']],
    ['revoked.test', ['DKIM_KEY_REVOKED']],
    ['garbled.test', ['DKIM_RECORD_INVALID']],
    ['nokey.test', ['DKIM_NO_KEY']],
    ['nodmarc.test', ['DMARC_MISSING']],
    ['baddmarc.test', ['DMARC_INVALID']],
    ['fails.test', ['SPF_NOT_AUTHORISED', 'DKIM_KEY_MISMATCH', 'DMARC_WILL_FAIL']],
  ]
  for (const [domain, codes] of broken) {
    it(`reports ${codes.join(', ')} for ${domain} and exits 1`, async () => {
      const res = await doctor(domain)
      for (const code of codes) expect(res.stdout).toMatch(new RegExp(`FAIL ${code}: `))
      // exactly these problems, nothing else flagged
      const flagged = [...res.stdout.matchAll(/FAIL (\w+):/g)].map((m) => m[1])
      expect(flagged).toEqual(codes)
      expect(res.stdout).toMatch(/fix: /)
      expect(res.code).toBe(1)
    })
  }

  it('a p=none policy is a warning, not a failure', async () => {
    const res = await doctor('lax.test')
    expect(res.stdout).toMatch(/WARN DMARC_POLICY_NONE/)
    expect(res.code).toBe(0)
  })

  it('checks the smarthost address for a domain routed through a smarthost, and every key domain by default', async () => {
    fs.writeFileSync(path.join(dir, 'config', 'outpost_route.ini'), `[doctor]\npublic_ips = ${GATEWAY_IP}\n[route good.test]\nhost = 127.0.0.1:2525\n`)
    try {
      const res = await doctor()
      expect(res.stdout).toMatch(/FAIL SPF_NOT_AUTHORISED: SPF of good\.test gives "fail" for 127\.0\.0\.1 \(smarthost of \[route good\.test\]\)/)
      // with no DOMAIN, every domain with a key is checked
      expect(res.stdout).toMatch(/^mismatch\.test$/m)
      expect(res.stdout).toMatch(/^wrongip\.test$/m)
      expect(res.code).toBe(1)
    } finally {
      fs.writeFileSync(path.join(dir, 'config', 'outpost_route.ini'), `[doctor]\npublic_ips = ${GATEWAY_IP}\n`)
    }
  })
})
