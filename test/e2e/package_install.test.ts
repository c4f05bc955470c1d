// Acceptance: Outpost as an admin with an existing Haraka installs it.
// `npm pack` -> a fresh `haraka -i DIR` -> `npm install --omit=dev <tarball>` in
// DIR -> `outpost init` -> the printed lines into config/plugins -> start the
// Haraka installed there -> a trusted client's message reaches the smarthost
// sink DKIM-signed, and GTUBE is quarantined and released with `outpost` run
// from DIR (no -c, no $HARAKA). Takes a minute or two: npm installs Haraka and
// the dependencies into DIR (from npm's cache when it has them).
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, HarakaProcess, REPO, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'
import { makeTempDir } from '../helpers/temp_dirs'
import { testDkimKey } from '../helpers/dkim'
import { bodyOf, GTUBE, waitFor } from './quarantine_fixtures'

const CLIENT = '127.0.0.12'
const SLOW = 300_000

function sh(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const { HARAKA: _h, NODE_ENV: _n, ...inherited } = process.env
  const r = spawnSync(cmd, args, { cwd, env: { ...inherited, ...env }, encoding: 'utf8', timeout: SLOW })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('npm pack -> haraka -i -> npm install --omit=dev -> outpost init -> running gateway', () => {
  let work: string
  let dir: string
  let sink: Sink
  let haraka: HarakaProcess
  let initOut: string
  const dkim = testDkimKey('corp.example', 'pkg1')

  beforeAll(async () => {
    work = makeTempDir('outpost-pkg-')
    // dist/ is fresh (npm test builds first); pack what is there
    const packed = sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], REPO)
    expect(packed.code, packed.err).toBe(0)
    const tgz = path.join(work, packed.out.trim().split('\n').pop()!)
    const listing = execFileSync('tar', ['tzf', tgz], { encoding: 'utf8' })
    for (const f of ['package/dist/plugins/outpost_relay.js', 'package/dist/cli/outpost.js', 'package/models/outpost-bayes.json', 'package/config/outpost_policy.ini', 'package/haraka.ini', 'package/bin/outpost']) {
      expect(listing, f).toContain(f)
    }
    expect(listing).not.toMatch(/^package\/src\//m)

    dir = path.join(work, 'haraka')
    const made = sh(process.execPath, [path.join(REPO, 'node_modules', 'Haraka', 'bin', 'haraka'), '-i', dir], work)
    expect(made.code, made.err).toBe(0)
    const installed = sh('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', tgz], dir)
    expect(installed.code, installed.err + installed.out).toBe(0)
    expect(fs.existsSync(path.join(dir, 'node_modules', 'typescript'))).toBe(false)

    const init = sh(path.join(dir, 'node_modules', '.bin', 'outpost'), ['init'], dir)
    expect(init.code, init.err).toBe(0)
    initOut = init.out
  }, SLOW)

  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  it('outpost init copied the default configs, made the plugin folders and printed the config/plugins lines', () => {
    for (const f of ['config/outpost_relay.ini', 'config/outpost_policy.ini', 'config/outpost_route.ini', 'config/dkim.ini', 'haraka.ini']) {
      expect(fs.existsSync(path.join(dir, f)), f).toBe(true)
    }
    // Haraka's own files from haraka -i are kept as they were
    expect(initOut).toContain('kept     config/smtp.ini')
    // the lines to add are the bundle's plugins in the order of the repository's own config/plugins
    const bundle = fs.readFileSync(path.join(REPO, 'config', 'plugins'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.startsWith('outpost_'))
    expect(bundle.length).toBeGreaterThanOrEqual(5)
    expect(initOut).toContain(bundle.join('\n') + '\n')
    // a second run changes nothing
    const again = sh(path.join(dir, 'node_modules', '.bin', 'outpost'), ['init'], dir)
    expect(again.code).toBe(0)
    expect(again.out).not.toContain('created')
  })

  it('relays a trusted client\'s message signed, and quarantines and releases GTUBE with outpost from the install dir', async () => {
    // what an admin does after init: the printed lines into config/plugins, the listener, trusted networks, smarthost, a key
    const lines = /in this order[^\n]*\n[^\n]*\n\n((?:outpost_\w+\n)+)/.exec(initOut)
    expect(lines).not.toBeNull()
    sink = await startSink()
    const port = await freePort()
    fs.writeFileSync(path.join(dir, 'config', 'plugins'), lines![1])
    fs.writeFileSync(path.join(dir, 'config', 'smtp.ini'), `listen=127.0.0.1:${port}\nnodes=0\ngraceful_shutdown=true\nforce_shutdown_timeout=5\n`)
    fs.writeFileSync(path.join(dir, 'config', 'outpost_relay.ini'), `[trusted_networks]\n${CLIENT}/32 = head office\n`)
    fs.writeFileSync(path.join(dir, 'config', 'outpost_route.ini'), `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`)
    for (const [rel, content] of Object.entries(dkim.files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
      fs.writeFileSync(path.join(dir, rel), content)
    }
    // what the systemd unit's ExecStartPre runs
    const check = sh(path.join(dir, 'node_modules', '.bin', 'outpost'), ['check-config'], dir)
    expect(check.code, check.err + check.out).toBe(0)
    haraka = await startHaraka({ dir, port, harakaBin: path.join(dir, 'node_modules', 'Haraka', 'bin', 'haraka') })

    const ham = await sendMessage({
      port,
      localAddress: CLIENT,
      from: 'alice@corp.example',
      to: ['bob@partner.example'],
      raw: makeMessage({ from: 'alice@corp.example', to: 'bob@partner.example', subject: 'minutes', body: 'The minutes of Monday.\r\n' }),
    })
    expect(ham.final.code, ham.final.text).toBe(250)
    const [relayed] = await sink.waitForMessages(1)
    expect(await dkim.verify(relayed.raw)).toEqual([{ status: 'pass', domain: 'corp.example' }])

    const spam = await sendMessage({
      port,
      localAddress: CLIENT,
      from: 'alice@corp.example',
      to: ['carol@partner.example'],
      raw: makeMessage({ from: 'alice@corp.example', to: 'carol@partner.example', subject: 'offer', body: `${GTUBE}\r\n` }),
    })
    expect(spam.final.code, spam.final.text).toBe(250)
    const id = /held for review as (\S+)/.exec(spam.final.text)?.[1]
    expect(id, spam.final.text).toBeTruthy()

    // the admin's `outpost`, run from the install dir: no -c, no $HARAKA
    const outpost = path.join(dir, 'node_modules', '.bin', 'outpost')
    const list = sh(outpost, ['quarantine', 'list'], dir)
    expect(list.code, list.err).toBe(0)
    expect(list.out).toContain(id!)
    expect(list.out).toContain('1 entry')
    const release = sh(outpost, ['quarantine', 'release', id!], dir)
    expect(release.code, release.err).toBe(0)
    const released = await waitFor('the released message at the sink', () => sink.messages.find((m) => m.to.includes('carol@partner.example')), 30_000)
    expect(bodyOf(released.raw)).toContain(GTUBE)
    expect(await dkim.verify(released.raw)).toEqual([{ status: 'pass', domain: 'corp.example' }])
    // the quarantine is the install's, not the package's
    expect(fs.existsSync(path.join(dir, 'var', 'quarantine'))).toBe(true)
    expect(fs.existsSync(path.join(dir, 'node_modules', 'outpost', 'var', 'quarantine'))).toBe(false)
  }, SLOW)
})
