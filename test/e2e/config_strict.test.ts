// Issue 9 item 8: config that is wrong must not be accepted. Each bad value
// stops a real Haraka at start-up with a message naming the file, the line,
// section.key, the value and what was expected; a reload that would drop the
// smarthost or every trusted network keeps the previous settings (ERROR).
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { smarthostIni } from '../helpers/gateway'
import { makeInstallDir, freePort, runHarakaExpectFailure, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage, smtpSession } from '../helpers/smtp_client'
import { startSink } from '../helpers/smtp_sink'

const TRUSTED = '127.0.0.10'

async function refusesToStart(files: Record<string, string>): Promise<string> {
  const res = await runHarakaExpectFailure({ files })
  expect(res.code).not.toBe(0)
  expect(res.listened).toBe(false)
  return res.output
}

describe('a bad value stops start-up with file, line, section.key, value and what was expected', () => {
  const badNetworks: Array<[string, string]> = [
    ['010.001.002.000/24', 'octal-looking octets (ipaddr.js reads 8.1.2.0/24)'],
    ['192.168.1', 'three octets (read as 192.168.0.1)'],
    ['127.10/32', 'two octets (read as 127.0.0.10)'],
    ['2130706442/32', 'one 32-bit number (read as 127.0.0.10)'],
  ]
  for (const [cidr, why] of badNetworks) {
    it(`[trusted_networks] ${cidr}: ${why}`, async () => {
      const out = await refusesToStart({ 'config/outpost_relay.ini': `[trusted_networks]\n127.0.0.1/32 = localhost\n${cidr} = Branch office\n` })
      const esc = cidr.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      expect(out).toMatch(new RegExp(`config/outpost_relay\\.ini:3: trusted_networks\\.${esc}: "${esc}" is not an IP address or CIDR network: expected a dotted-quad IPv4 address without leading zeros`))
    })
  }

  it('a second [main] section in outpost_relay.ini', async () => {
    const out = await refusesToStart({
      'config/outpost_relay.ini': '[main]\nreject_untrusted = true\n[trusted_networks]\n127.0.0.10/32 = Exchange\n[main]\nreject_untrusted = false\n',
    })
    expect(out).toMatch(/config\/outpost_relay\.ini:5: \[main\]: duplicate section, already opened on line 1/)
  })

  it('a key set twice', async () => {
    const out = await refusesToStart({ 'config/outpost_policy.ini': '[main]\nthreshold = 8\naction = quarantine\nthreshold = 20\n' })
    expect(out).toMatch(/config\/outpost_policy\.ini:4: main\.threshold = "20": duplicate key, already set on line 2 \(= "8"\)/)
  })

  it('threshold = 0x10 (read as 16 by Number())', async () => {
    const out = await refusesToStart({ 'config/outpost_policy.ini': '[main]\nthreshold = 0x10\n' })
    expect(out).toMatch(/config\/outpost_policy\.ini:2: main\.threshold = "0x10": expected a number, written in decimal/)
  })

  it('outpost_route.ini smarthost 010.1.1.1 (a resolver would read it as octal 8.1.1.1)', async () => {
    const out = await refusesToStart({ 'config/outpost_route.ini': '[smarthost]\nhost = 010.1.1.1:2525\n' })
    expect(out).toMatch(/config\/outpost_route\.ini:2: smarthost\.host = "010\.1\.1\.1:2525": "010\.1\.1\.1:2525" is not a hostname or IP address/)
  })

  it('outpost_route.ini [hygiene] internal_networks parsed by the same module: 010.0.0.0/8', async () => {
    const out = await refusesToStart({ 'config/outpost_route.ini': '[hygiene]\nstrip_received = true\ninternal_networks = 198.51.100.0/24, 010.0.0.0/8\n' })
    expect(out).toMatch(/config\/outpost_route\.ini:3: hygiene\.internal_networks = "198\.51\.100\.0\/24, 010\.0\.0\.0\/8": "010\.0\.0\.0\/8" is not an IP address or CIDR network: expected a dotted-quad/)
  })
})

describe('start-up logs each network as parsed; an empty or missing outpost_relay.ini trusts nobody', () => {
  it('logs every trusted and internal entry with its canonical form, description and line', async () => {
    const haraka = await startHaraka({
      files: { 'config/outpost_relay.ini': '[trusted_networks]\n127.0.0.10/32 = Exchange-01, London\n::ffff:127.0.0.0/120 = mapped\n[internal_networks]\n127.0.0.10 = Exchange-01\n' },
    })
    try {
      const logs = haraka.logs()
      expect(logs).toMatch(/trusted network 127\.0\.0\.10\/32 "Exchange-01, London" \(line 2\)/)
      expect(logs).toMatch(/trusted network 127\.0\.0\.0\/24 \(written "::ffff:127\.0\.0\.0\/120"\) "mapped" \(line 3\)/)
      expect(logs).toMatch(/internal network 127\.0\.0\.10\/32 \(written "127\.0\.0\.10"\) "Exchange-01" \(line 5\)/)
    } finally {
      await haraka.stop()
    }
  })

  for (const variant of ['empty', 'missing'] as const) {
    it(`${variant} file: starts, warns that nobody may relay, and refuses a loopback client`, async () => {
      const port = await freePort()
      const dir = makeInstallDir({ 'config/outpost_relay.ini': '' }, { port })
      if (variant === 'missing') fs.rmSync(path.join(dir, 'config', 'outpost_relay.ini'))
      const haraka = await startHaraka({ dir, port })
      try {
        expect(haraka.logs()).toMatch(/\[WARN\].*no \[trusted_networks\] entries: no client may relay unless it authenticates/)
        const s = await smtpSession({ port: haraka.port, localAddress: '127.0.0.1' })
        expect((await s.greeting).code).toBe(554)
        s.close()
      } finally {
        await haraka.stop()
      }
    })
  }
})

describe('a reload that would drop the smarthost or every trusted network is refused and logged at ERROR', () => {
  it('outpost_relay.ini emptied while running: the trusted client still relays', async () => {
    const haraka = await startHaraka({ files: { 'config/outpost_relay.ini': `[trusted_networks]\n${TRUSTED}/32 = Exchange-01\n` } })
    try {
      fs.writeFileSync(path.join(haraka.dir, 'config', 'outpost_relay.ini'), '; everything removed by mistake\n')
      await haraka.waitForLog(/\[ERROR\].*outpost_relay\.ini not reloaded, keeping the previous settings: it has no \[trusted_networks\] entries/, 40_000)
      const s = await smtpSession({ port: haraka.port, localAddress: TRUSTED })
      expect((await s.greeting).code).toBe(220)
      await s.quit()
    } finally {
      await haraka.stop()
    }
  }, 90_000)

  it('outpost_route.ini that lost its [smarthost]: the next message still goes to the smarthost, not direct to MX', async () => {
    const sink = await startSink()
    const haraka = await startHaraka({ files: { 'config/outpost_route.ini': smarthostIni(sink) } })
    try {
      fs.writeFileSync(path.join(haraka.dir, 'config', 'outpost_route.ini'), '[tls]\nmandatory_domains = bank.example\n')
      await haraka.waitForLog(/\[ERROR\].*outpost_route\.ini not reloaded, keeping the previous settings: \[smarthost\] has no host/, 40_000)
      const res = await sendMessage({
        port: haraka.port,
        localAddress: '127.0.0.1',
        from: 'alice@example.com',
        to: ['bob@external.test'],
        raw: makeMessage({ from: 'alice@example.com', to: 'bob@external.test', subject: 'after the bad reload' }),
      })
      expect(res.final.code).toBe(250)
      const [msg] = await sink.waitForMessages(1)
      expect(msg.to).toEqual(['bob@external.test'])
      // an explicit "direct" is a decision, not a loss: it is applied
      fs.writeFileSync(path.join(haraka.dir, 'config', 'outpost_route.ini'), '[smarthost]\nhost = direct\n')
      await haraka.waitForLog(/default route: direct MX/, 40_000)
    } finally {
      await haraka.stop()
      await sink.close()
    }
  }, 120_000)
})
