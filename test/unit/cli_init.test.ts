// `outpost init`: copies only missing config files, never overwrites, makes the
// plugin folders Haraka loads, prints the config/plugins lines and warns about
// plugins that would bypass Outpost.
import fs from 'node:fs'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { initInstall, run, shippedPluginLines } from '../../src/cli/init'
import { makeTempDir } from '../helpers/temp_dirs'

const REPO = path.resolve(__dirname, '..', '..')

function harakaDir(plugins = 'queue/smtp_forward\n'): string {
  const dir = makeTempDir('outpost-init-')
  fs.mkdirSync(path.join(dir, 'config'))
  fs.writeFileSync(path.join(dir, 'config', 'plugins'), plugins)
  fs.writeFileSync(path.join(dir, 'config', 'smtp.ini'), 'listen=[::0]:25\n')
  return dir
}

async function init(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough()
  const err = new PassThrough()
  const o: Buffer[] = []
  const e: Buffer[] = []
  out.on('data', (c) => o.push(c))
  err.on('data', (c) => e.push(c))
  const code = await run(args, { dir: '/nonexistent', out, err })
  return { code, out: Buffer.concat(o).toString(), err: Buffer.concat(e).toString() }
}

describe('outpost init', () => {
  it('copies the missing defaults, keeps what exists, and leaves config/plugins and the queue location alone', () => {
    const dir = harakaDir()
    fs.writeFileSync(path.join(dir, 'config', 'outpost_relay.ini'), '; mine\n')
    const r = initInstall(dir, { pkg: REPO })
    expect(r.created).toContain('config/outpost_policy.ini')
    expect(r.created).toContain('haraka.ini')
    expect(r.kept).toEqual(expect.arrayContaining(['config/outpost_relay.ini', 'config/smtp.ini']))
    expect(fs.readFileSync(path.join(dir, 'config', 'outpost_relay.ini'), 'utf8')).toBe('; mine\n')
    expect(fs.readFileSync(path.join(dir, 'config', 'smtp.ini'), 'utf8')).toBe('listen=[::0]:25\n')
    expect(fs.readFileSync(path.join(dir, 'config', 'plugins'), 'utf8')).toBe('queue/smtp_forward\n')
    expect(fs.existsSync(path.join(dir, 'config', 'queue_dir'))).toBe(false)
    expect(fs.readFileSync(path.join(dir, 'config', 'outpost_policy.ini'))).toEqual(fs.readFileSync(path.join(REPO, 'config', 'outpost_policy.ini')))
    expect(r.pluginLines).toEqual(shippedPluginLines(REPO))
    expect(r.warnings.join('\n')).toContain('queue/smtp_forward')
    expect(r.warnings.join('\n')).toContain('graceful_shutdown=true')
  })

  it('makes plugins/outpost_*/package.json that load the package\'s compiled plugins', () => {
    const dir = harakaDir()
    initInstall(dir, { pkg: REPO })
    for (const name of ['outpost_relay', 'outpost_policy', 'outpost_quarantine', 'outpost_route', 'outpost_dkim']) {
      const shim = path.join(dir, 'plugins', name, 'package.json')
      const main = path.resolve(path.dirname(shim), JSON.parse(fs.readFileSync(shim, 'utf8')).main)
      expect(main).toBe(path.join(REPO, 'dist', 'plugins', `${name}.js`))
    }
    // a folder plugin of the same name that init did not make is left alone
    const other = harakaDir()
    fs.mkdirSync(path.join(other, 'plugins', 'outpost_route'), { recursive: true })
    fs.writeFileSync(path.join(other, 'plugins', 'outpost_route', 'package.json'), '{"main":"mine.js"}')
    const r = initInstall(other, { pkg: REPO })
    expect(fs.readFileSync(path.join(other, 'plugins', 'outpost_route', 'package.json'), 'utf8')).toBe('{"main":"mine.js"}')
    expect(r.warnings.join('\n')).toContain('plugins/outpost_route exists and was not made by outpost init')
  })

  it('lists only the lines config/plugins lacks; --dry-run changes nothing', async () => {
    const dir = harakaDir('outpost_relay\n')
    const dry = await init([dir, '--dry-run'])
    expect(dry.code).toBe(0)
    expect(dry.out).toContain('would be created  config/outpost_policy.ini')
    expect(fs.existsSync(path.join(dir, 'config', 'outpost_policy.ini'))).toBe(false)
    expect(dry.out).toContain('already listed: outpost_relay')
    expect(dry.out).toMatch(/\n\noutpost_limits\noutpost_policy\noutpost_quarantine\noutpost_reputation\noutpost_route\noutpost_dkim\n\n/)
  })

  it('refuses a directory that is not a Haraka install', async () => {
    const r = await init([makeTempDir('outpost-init-plain-')])
    expect(r.code).toBe(2)
    expect(r.err).toContain('is not a Haraka install directory')
    expect(r.err).toContain('haraka -i')
  })
})
