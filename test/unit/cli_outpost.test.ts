// The `outpost` dispatcher through the built bin/outpost: global options,
// --help on every subcommand, --version, exit statuses, and which install
// directory it works on (-c DIR, $HARAKA, the current directory when it is an install).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir, removeTrackedTempDirs } from '../helpers/temp_dirs'

const REPO = path.resolve(__dirname, '..', '..')
const BIN = path.join(REPO, 'bin', 'outpost')

function outpost(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  const { HARAKA: _h, ...env } = process.env
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? REPO, env: { ...env, ...opts.env }, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('outpost command line', () => {
  let install: string
  let notInstall: string
  beforeAll(() => {
    install = makeTempDir('outpost-cli-install-')
    fs.mkdirSync(path.join(install, 'config'))
    fs.writeFileSync(path.join(install, 'config', 'plugins'), 'outpost_relay\n')
    notInstall = makeTempDir('outpost-cli-plain-')
  })
  afterAll(() => removeTrackedTempDirs())

  it('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'))
    for (const flag of ['--version', '-V']) {
      const r = outpost([flag])
      expect(r.code).toBe(0)
      expect(r.out).toBe(`outpost ${pkg.version}\n`)
    }
  })

  it('--help lists the commands and the exit statuses; no command is a usage error', () => {
    const r = outpost(['--help'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^usage: outpost \[-c DIR\] COMMAND/)
    expect(r.out).toContain('exit status: 0 done, 1 something is wrong')
    const none = outpost([])
    expect(none.code).toBe(2)
    expect(none.err).toContain('usage: outpost')
  })

  it('every subcommand answers --help with its usage on stdout and exit 0, without needing an install', () => {
    const commands = [...outpost(['--help']).out.matchAll(/^ {2}([a-z][a-z-]*)\s{2,}/gm)].map((m) => m[1])
    expect(commands).toEqual(expect.arrayContaining(['learn', 'eval', 'quarantine', 'dkim', 'doctor']))
    for (const c of commands) {
      const r = outpost([c, '--help'], { cwd: notInstall })
      expect(r.code, `${c} --help: ${r.err}`).toBe(0)
      expect(r.out, c).toMatch(/usage: outpost/)
      expect(outpost(['help', c], { cwd: notInstall }).out).toBe(r.out)
    }
  })

  it('unknown commands and options are usage errors (exit 2)', () => {
    expect(outpost(['frobnicate']).code).toBe(2)
    const bad = outpost(['--frob'])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--frob')
    const sub = outpost(['-c', install, 'quarantine', 'list', '--frob'])
    expect(sub.code).toBe(2)
    expect(sub.err).toContain('unknown option --frob')
  })

  it('refuses a directory that is not a Haraka install instead of using the package directory', () => {
    // run from a plain directory with no -c and no HARAKA: before, this listed the package's own quarantine
    const r = outpost(['quarantine', 'list'], { cwd: notInstall })
    expect(r.code).toBe(2)
    expect(r.err).toContain(`${notInstall} is not a Haraka install directory`)
    expect(r.out).toBe('')
    const c = outpost(['-c', notInstall, 'quarantine', 'list'])
    expect(c.code).toBe(2)
    expect(c.err).toContain('is not a Haraka install directory')
    const missing = outpost(['-c', path.join(notInstall, 'nope'), 'quarantine', 'list'])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('does not exist')
    const env = outpost(['quarantine', 'list'], { cwd: install, env: { HARAKA: notInstall } })
    expect(env.code).toBe(2)
    expect(env.err).toContain(`HARAKA=${notInstall}`)
  })

  it('finds the install from -c DIR (before or after the subcommand), $HARAKA, or the current directory', () => {
    const note = (r: { err: string }) => /var\/quarantine does not exist yet/.test(r.err)
    for (const r of [
      outpost(['-c', install, 'quarantine', 'list'], { cwd: notInstall }),
      outpost(['quarantine', 'list', '-c', install], { cwd: notInstall }),
      outpost(['quarantine', 'list'], { cwd: notInstall, env: { HARAKA: install } }),
      outpost(['quarantine', 'list'], { cwd: install }),
    ]) {
      expect(r.code, r.err).toBe(0)
      expect(r.out).toContain('0 entries')
      expect(note(r), r.err).toBe(true)
      expect(r.err).toContain(path.join(install, 'var', 'quarantine'))
    }
  })
})
