// `outpost check-config` on an install directory (a copy of this repository's,
// as tests of a real Haraka use): each mistake is caught with the file, line,
// section.key, the value and what was expected; the shipped defaults pass.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli/check_config'
import { testDkimKey } from '../helpers/dkim'
import { makeInstallDir, pluginsWith, REPO } from '../helpers/haraka'

function sink(): Writable & { text: () => string } {
  const chunks: string[] = []
  const w = new Writable({ write(c, _e, cb) { chunks.push(String(c)); cb() } }) as Writable & { text: () => string }
  w.text = () => chunks.join('')
  return w
}

async function check(files: Record<string, string>, prepare?: (dir: string) => void): Promise<{ code: number; out: string; err: string }> {
  const dir = makeInstallDir(files)
  prepare?.(dir)
  const out = sink()
  const err = sink()
  const code = await run([], { dir, out, err })
  return { code, out: out.text(), err: err.text() }
}

const PLUGINS = fs.readFileSync(path.join(REPO, 'config', 'plugins'), 'utf8')

describe('outpost check-config', () => {
  it('passes on the shipped defaults (bin/outpost, exit 0)', () => {
    const dir = makeInstallDir()
    const res = spawnSync(process.execPath, [path.join(REPO, 'bin', 'outpost'), '-c', dir, 'check-config'], { encoding: 'utf8' })
    expect(res.stderr).toBe('')
    expect(res.stdout).toBe(`outpost check-config: ${dir} is valid\n`)
    expect(res.status).toBe(0)
  })

  it('a bad CIDR (exit 1 from bin/outpost)', () => {
    const dir = makeInstallDir({ 'config/outpost_relay.ini': '[trusted_networks]\n127.0.0.1/32 = localhost\n010.1.2.0/24 = Branch\n' })
    const res = spawnSync(process.execPath, [path.join(REPO, 'bin', 'outpost'), '-c', dir, 'check-config'], { encoding: 'utf8' })
    expect(res.status).toBe(1)
    expect(res.stderr).toContain('ERROR config/outpost_relay.ini:3: trusted_networks.010.1.2.0/24: "010.1.2.0/24" is not an IP address or CIDR network: expected a dotted-quad IPv4 address without leading zeros')
    expect(res.stderr).toMatch(/outpost check-config: 1 error in /)
  })

  it('an unknown action', async () => {
    const r = await check({ 'config/outpost_policy.ini': '[main]\naction = bounce\n' })
    expect(r.code).toBe(1)
    expect(r.err).toContain('ERROR config/outpost_policy.ini:2: main.action = "bounce": expected one of pass, tag, quarantine, reject, discard')
  })

  it('a non-numeric threshold', async () => {
    const r = await check({ 'config/outpost_policy.ini': '[main]\nthreshold = high\n[domain example.org]\nthreshold = 0x10\n' })
    expect(r.code).toBe(1)
    expect(r.err).toContain('ERROR config/outpost_policy.ini:2: main.threshold = "high": expected a number, written in decimal (e.g. 8 or 6.5)')
  })

  it('[uribl] enabled without haraka.ini [dns] servers: a warning (public resolvers are refused); with servers: none', async () => {
    const policy = '[uribl]\nenabled = true\n'
    const without = await check({ 'config/outpost_policy.ini': policy })
    expect(without.code).toBe(0)
    expect(without.err + without.out).toMatch(/WARN +config\/outpost_policy\.ini: uribl\.enabled: URI blocklists on, but haraka\.ini \[dns\] servers is empty/)
    const withServers = await check({ 'config/outpost_policy.ini': policy, 'haraka.ini': '[dns]\nservers = 127.0.0.1:5353\n' })
    expect(withServers.code).toBe(0)
    expect(withServers.err + withServers.out).not.toMatch(/uribl/)
    const badZone = await check({ 'config/outpost_policy.ini': '[uribl]\nzones = dbl.spamhaus.org, not_a zone!\n' })
    expect(badZone.code).toBe(1)
    expect(badZone.err).toMatch(/ERROR config\/outpost_policy\.ini:2: uribl\.zones = .*is not a DNS zone/)
  })

  it('a duplicate key, in an Outpost file and in one of Haraka\'s', async () => {
    const r = await check({
      'config/outpost_policy.ini': '[main]\nthreshold = 8\naction = tag\nthreshold = 9\n',
      'config/outbound.ini': '[main]\nenable_tls=true\nconcurrency_max=100\nenable_tls=false\n',
    })
    expect(r.code).toBe(1)
    expect(r.err).toContain('ERROR config/outpost_policy.ini:4: main.threshold = "9": duplicate key, already set on line 2 (= "8"): keep one')
    expect(r.err).toContain('ERROR config/outbound.ini:4: main.enable_tls = "false": duplicate key, already set on line 2: Haraka would silently keep the last')
  })

  it('a missing DKIM key for a domain the gateway signs for, and an incomplete key directory', async () => {
    const key = testDkimKey('sales.example.com', 's1')
    const r = await check(
      {
        'config/outpost_relay.ini': '[trusted_networks]\n127.0.0.1/32 = localhost\n127.0.0.11/32 = Sales\n[sender_domains]\n127.0.0.11/32 = sales.example.com, example.net\n',
        ...key.files,
        'config/dkim/example.org/private': key.files['config/dkim/sales.example.com/private'],
      },
    )
    expect(r.code).toBe(1)
    expect(r.err).toContain('ERROR config/outpost_relay.ini:5: sender_domains.127.0.0.11/32 = "sales.example.com, example.net": no DKIM key for example.net: config/dkim/example.net/private and selector are missing, so its mail would leave unsigned; expected a key (outpost dkim keygen example.net)')
    expect(r.err).toContain('ERROR config/dkim/example.org: example.org: has no selector')
    expect(r.err).not.toContain('no DKIM key for sales.example.com')
  })

  it('a missing DKIM key for a domain an AUTH user may send as', async () => {
    const r = await check({ 'config/outpost_relay.ini': '[trusted_networks]\n127.0.0.1/32 = localhost\n[auth_sender_domains]\nalice@example.org = example.org\n' })
    expect(r.code).toBe(1)
    expect(r.err).toContain('ERROR config/outpost_relay.ini:4: auth_sender_domains.alice@example.org = "example.org": no DKIM key for example.org')
  })

  it('a sender domain of the organisation that holds a brand\'s name: a warning with the [brands] line; with that line: none', async () => {
    const relay = '[trusted_networks]\n127.0.0.1/32 = localhost\n127.0.0.11/32 = Bank\n[sender_domains]\n127.0.0.11/32 = notificacionesbancolombia.com, .bancolombia.com.co, bank-staff.example\n'
    const key = testDkimKey('notificacionesbancolombia.com', 's1')
    const staffKey = testDkimKey('bank-staff.example', 's1')
    const policy = fs.readFileSync(path.join(REPO, 'config', 'outpost_policy.ini'), 'utf8')
    const warned = await check({ 'config/outpost_relay.ini': relay, ...key.files, ...staffKey.files })
    expect(warned.code).toBe(0)
    expect(warned.out).toContain(
      'WARN  config/outpost_relay.ini:5: sender_domains.127.0.0.11/32 = "notificacionesbancolombia.com, .bancolombia.com.co, bank-staff.example": notificacionesbancolombia.com holds the name of the brand "bancolombia" but is not one of its domains',
    )
    expect(warned.out).toContain('add "bancolombia = notificacionesbancolombia.com" to [brands] in config/outpost_policy.ini')
    // the brand's own domain and an ordinary one are not warned about
    expect(warned.out).not.toContain('bancolombia.com.co holds')
    expect(warned.out).not.toContain('bank-staff.example holds')
    expect(warned.out).toContain('is valid (1 warning)')
    const told = await check({
      'config/outpost_relay.ini': relay,
      'config/outpost_policy.ini': policy.replace(/^\[brands\]$/m, '[brands]\nBancolombia = notificacionesbancolombia.com'),
      ...key.files,
      ...staffKey.files,
    })
    expect(told.code).toBe(0)
    expect(told.out).not.toContain('WARN')
  })

  it('wrong plugin order: outpost_relay not first, policy after quarantine, DKIM before policy', async () => {
    const swapped = PLUGINS.replace(/^outpost_policy$/m, '__P__').replace(/^outpost_quarantine$/m, 'outpost_policy').replace('__P__', 'outpost_quarantine')
    const r = await check({ 'config/plugins': 'dns-list\n' + swapped.replace(/^outpost_dkim$/m, '').replace(/^outpost_relay$/m, 'outpost_relay\noutpost_dkim') })
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/ERROR config\/plugins:\d+: outpost_relay: is on line \d+ after dns-list \(line 1\): outpost_relay must be the first plugin/)
    expect(r.err).toMatch(/ERROR config\/plugins:1: dns-list: is listed before outpost_relay \(line \d+\): IP-reputation plugins must come after outpost_relay/)
    expect(r.err).toMatch(/ERROR config\/plugins:\d+: outpost_quarantine: is listed before outpost_policy \(line \d+\): outpost_policy decides what outpost_quarantine holds; expected it after/)
    expect(r.err).toMatch(/ERROR config\/plugins:\d+: outpost_dkim: is listed before outpost_policy \(line \d+\): DKIM must sign after outpost_policy has added its headers/)
  })

  it('queue/smtp_forward beside outpost_route, and a missing outpost_route', async () => {
    let r = await check({ 'config/plugins': pluginsWith(['queue/smtp_forward'], { after: 'outpost_route' }) })
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/ERROR config\/plugins:\d+: queue\/smtp_forward: answers queue_outbound itself, so relayed mail would bypass outpost_route/)
    r = await check({ 'config/plugins': pluginsWith([], { without: ['outpost_route'] }) })
    expect(r.err).toContain('ERROR config/plugins: outpost_route: missing: without it mail goes direct to MX')
  })

  it('haraka.ini in config/ (where a Haraka admin would put it)', async () => {
    const r = await check({ 'config/haraka.ini': '[quarantine]\nnotify = admin@example.org\n' })
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/ERROR config\/haraka\.ini: file: is not read by Outpost: its shared settings live in \S+haraka\.ini, beside config\//)
  })

  it('a bad haraka.ini value and a bad route value, both reported in one run', async () => {
    const r = await check({
      'haraka.ini': '[quarantine]\nretention_days = 1e3\n[dns]\nservers = 127.0.0.1\n',
      'config/outpost_route.ini': '[smarthost]\nhost = relay.example.net\nport = 0x19\n',
    })
    expect(r.code).toBe(1)
    expect(r.err).toContain('ERROR haraka.ini:2: quarantine.retention_days = "1e3": expected a number, written in decimal')
    expect(r.err).toContain('ERROR config/outpost_route.ini:3: smarthost.port = "0x19": expected a whole number, written in decimal')
    expect(r.err).toMatch(/2 errors in /)
  })
})
