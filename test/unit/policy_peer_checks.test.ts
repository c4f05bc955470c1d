import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIni } from '../../src/lib/ini'
import type { EnginesConfig } from '../../src/policy/config'
import { defaultEngines } from '../helpers/policy'
import { loadPeerSettings, peerWarnings, quarantinePluginListed, readPluginList } from '../../src/policy/peer_checks'

const engines = (over: Partial<EnginesConfig> = {}): EnginesConfig => defaultEngines(over)

// the rspamd.ini haraka-plugin-rspamd ships: everything relayed is skipped
const SHIPPED_RSPAMD = fs.readFileSync(path.join(__dirname, '../../node_modules/haraka-plugin-rspamd/config/rspamd.ini'), 'utf8')
const GATEWAY_RSPAMD = '[check]\nauthenticated=true\nprivate_ip=true\nlocal_ip=true\nrelay=true\n[reject]\nspam=false\n'

describe('peer checks for external engines', () => {
  it('says nothing when only the built-in engine is used', () => {
    expect(peerWarnings(engines(), { plugins: [] })).toEqual([])
  })

  it("flags rspamd's shipped settings, which skip every relayed message", () => {
    const w = peerWarnings(engines({ rspamd: true }), { plugins: ['rspamd'], rspamdIni: parseIni(SHIPPED_RSPAMD, 'config/rspamd.ini') })
    expect(w).toHaveLength(5)
    expect(w[0]).toBe(
      'config/rspamd.ini [check] relay is not true: rspamd skips such mail, so every relayed message would be deferred ([engines] missing = tempfail)',
    )
    expect(w.some((x) => x.includes('[reject] spam is not false'))).toBe(true)
  })

  it('accepts rspamd set up for an outbound gateway', () => {
    expect(peerWarnings(engines({ rspamd: true }), { plugins: ['rspamd'], rspamdIni: parseIni(GATEWAY_RSPAMD, 'x') })).toEqual([])
  })

  it('flags an enabled engine whose plugin is not loaded', () => {
    const w = peerWarnings(engines({ rspamd: true, missing: 'ignore' }), { plugins: ['outpost_relay'], rspamdIni: parseIni(GATEWAY_RSPAMD, 'x') })
    expect(w).toEqual(['[engines] rspamd = true but rspamd is not in config/plugins, so its score would be left out of every verdict ([engines] missing = ignore)'])
  })

  it("flags spamassassin's max_size below the largest message Haraka accepts", () => {
    const sa = (text: string) => parseIni(text, 'config/spamassassin.ini')
    const conn = (bytes: number) => parseIni(`[max]\nbytes=${bytes}\n`, 'config/connection.ini')
    const on = engines({ spamassassin: true })
    expect(peerWarnings(on, { plugins: ['spamassassin'], spamassassinIni: sa('max_size=500000\n') })[0]).toMatch(
      /max_size = 500000 is below the largest message accepted \(config\/connection.ini \[max\] bytes = unlimited\)/,
    )
    expect(peerWarnings(on, { plugins: ['spamassassin'], spamassassinIni: sa('max_size=30000000\n'), connectionIni: conn(25000000) })).toEqual([])
    expect(
      peerWarnings(on, { plugins: ['spamassassin'], spamassassinIni: sa('max_size=30000000\nrelay_reject_threshold=7\n[check]\nrelay=false\n'), connectionIni: conn(1000) }),
    ).toHaveLength(2)
  })

  it('reads config/plugins like Haraka (comments and blanks ignored)', () => {
    const list = readPluginList('# comment\noutpost_relay\n\n  outpost_policy  \n; other\noutpost_quarantine\n')
    expect(list).toEqual(['outpost_relay', 'outpost_policy', 'outpost_quarantine'])
    expect(quarantinePluginListed(list)).toBe(true)
    expect(quarantinePluginListed(['outpost_relay'])).toBe(false)
  })

  it('loads the files from a config dir, tolerating absent ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outpost-peers-'))
    fs.writeFileSync(path.join(dir, 'plugins'), 'rspamd\noutpost_policy\n')
    fs.writeFileSync(path.join(dir, 'rspamd.ini'), GATEWAY_RSPAMD)
    const peers = loadPeerSettings(dir)
    expect(peers.plugins).toEqual(['rspamd', 'outpost_policy'])
    expect(peers.spamassassinIni).toBeUndefined()
    expect(peerWarnings(engines({ rspamd: true }), peers)).toEqual([])
    fs.rmSync(dir, { recursive: true })
  })
})
