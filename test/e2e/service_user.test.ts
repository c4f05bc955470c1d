// The gateway as deployed: Haraka started as root drops to an unprivileged
// service user (smtp.ini user=/group=), and the admin runs `outpost` with sudo
// (as root here). Everything the gateway writes must be that user's, and what
// root's `outpost quarantine release`, `outpost learn` and `outpost dkim keygen`
// write must take effect in the running gateway. Needs root (to create the user).
import { execFile, execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, HarakaProcess, makeInstallDir, REPO, runHarakaExpectFailure, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'
import { makeTempDir } from '../helpers/temp_dirs'
import { buildMail } from '../helpers/mail'
import { GTUBE } from './quarantine_fixtures'

const run = promisify(execFile)
const USER = 'outpost-e2e'
const CLIENT = '127.0.0.13'
const isRoot = process.getuid?.() === 0

function ensureUser(): { uid: number; gid: number } {
  try {
    execFileSync('id', ['-u', USER], { stdio: 'ignore' })
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', USER])
  }
  return {
    uid: Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim()),
  }
}

/** `sudo outpost ...`: the built command run as root from the install dir. */
async function outpost(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(REPO, 'bin', 'outpost'), ...args], {
      cwd: dir,
      env: { ...process.env, HARAKA: '', SUDO_USER: 'admin' },
    })
    return { code: 0, out: stdout, err: stderr }
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string }
    return { code: x.code, out: x.stdout, err: x.stderr }
  }
}

async function dkimPass(raw: Buffer, domain: string, selector: string, record: string): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { dkimVerify } = require('mailauth/lib/dkim/verify')
  const res = await dkimVerify(raw, {
    resolver: async (name: string, type: string) => {
      if (type === 'TXT' && name === `${selector}._domainkey.${domain}`) return [[record]]
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' })
    },
  })
  return res.results.map((r: { status: { result: string } }) => r.status.result)
}

describe.skipIf(!isRoot)('running as an unprivileged service user (smtp.ini user=), admin commands under sudo', () => {
  let owner: { uid: number; gid: number }
  let sink: Sink
  let haraka: HarakaProcess
  let dir: string
  let port: number
  let smtpIni: string

  beforeAll(async () => {
    owner = ensureUser()
    sink = await startSink()
    port = await freePort()
    smtpIni = `listen=127.0.0.1:${port}\nnodes=0\nuser=${USER}\ngroup=${USER}\ngraceful_shutdown=true\nforce_shutdown_timeout=5\n`
    dir = makeInstallDir(
      {
        'config/smtp.ini': smtpIni,
        'config/plugins': 'outpost_relay\noutpost_policy\noutpost_quarantine\noutpost_route\noutpost_dkim\n',
        'config/outpost_relay.ini': `[trusted_networks]\n${CLIENT}/32 = office\n`,
        'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`,
        'config/outpost_policy.ini': '[main]\nthreshold = 8\naction = quarantine\n[engines]\nworkers = 1\n[bayes]\nmin_messages = 1\n',
      },
      { port },
    )
    // an install dir made by root, as an admin makes it: root-owned, readable by all
    fs.chmodSync(dir, 0o755)
    haraka = await startHaraka({ dir, port })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  it('relays mail: the queue directory Haraka writes after dropping privileges belongs to the service user', async () => {
    const r = await sendMessage({ port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw: makeMessage({ from: 'alice@corp.example', to: 'bob@partner.example' }) })
    // before: 451 (EACCES on the root-owned var/queue)
    expect(r.final.code, r.final.text).toBe(250)
    await sink.waitForMessages(1)
    for (const d of ['var/queue', 'var/quarantine', 'var/bayes']) {
      expect(fs.statSync(path.join(dir, d)).uid, d).toBe(owner.uid)
    }
    expect(haraka.logs()).toMatch(/New uid: \d+/)
  })

  it('sudo outpost dkim keygen makes a key the running gateway signs with', async () => {
    const k = await outpost(dir, 'dkim', 'keygen', 'corp.example', '--selector', 'svc1', '--bits', '1024')
    expect(k.code, k.err).toBe(0)
    expect(k.out).toContain(`owned by ${USER}`)
    const keyFile = path.join(dir, 'config', 'dkim', 'corp.example', 'private')
    expect(fs.statSync(keyFile).uid).toBe(owner.uid)
    expect(fs.statSync(keyFile).mode & 0o077).toBe(0)
    const record = /IN TXT \( (.+) \)/.exec(k.out)![1].split('" "').join('').replace(/^"|"$/g, '')
    // the gateway's key-directory cache lasts 5 s
    await new Promise((r) => setTimeout(r, 6000))
    const r = await sendMessage({ port, localAddress: CLIENT, from: 'alice@corp.example', to: ['dave@partner.example'], raw: makeMessage({ from: 'alice@corp.example', to: 'dave@partner.example', subject: 'signed' }) })
    expect(r.final.code, r.final.text).toBe(250)
    const msgs = await sink.waitForMessages(2)
    const signed = msgs.find((m) => m.to.includes('dave@partner.example'))!
    expect(await dkimPass(signed.raw, 'corp.example', 'svc1', record)).toEqual(['pass'])
  })

  it('quarantines GTUBE, and sudo outpost quarantine release delivers it', async () => {
    const r = await sendMessage({ port, localAddress: CLIENT, from: 'alice@corp.example', to: ['carol@partner.example'], raw: makeMessage({ from: 'alice@corp.example', to: 'carol@partner.example', subject: 'offer', body: `${GTUBE}\r\n` }) })
    expect(r.final.code, r.final.text).toBe(250)
    const id = /held for review as (\S+)/.exec(r.final.text)![1]
    for (const f of fs.readdirSync(path.join(dir, 'var', 'quarantine'))) {
      expect(fs.statSync(path.join(dir, 'var', 'quarantine', f)).uid, f).toBe(owner.uid)
    }
    const rel = await outpost(dir, 'quarantine', 'release', id)
    expect(rel.code, rel.err).toBe(0)
    expect(rel.out).toContain('the running gateway queues it')
    // before: the root-owned release request was ignored and the entry stayed pending
    const released = await (async () => {
      for (let i = 0; i < 150; i++) {
        const m = sink.messages.find((x) => x.to.includes('carol@partner.example'))
        if (m) return m
        await new Promise((res) => setTimeout(res, 100))
      }
      return undefined
    })()
    expect(released, haraka.logs().slice(-3000)).toBeTruthy()
    const show = await outpost(dir, 'quarantine', 'show', id)
    expect(show.out).toMatch(/State:\s+released by admin/)
  })

  it('sudo outpost learn writes a model the gateway reloads, and that a restart loads', async () => {
    const spam = makeTempDir('outpost-svc-spam-')
    const ham = makeTempDir('outpost-svc-ham-')
    fs.writeFileSync(path.join(spam, '1.eml'), buildMail({ text: 'cheap pills discount offer buy now' }))
    fs.writeFileSync(path.join(ham, '1.eml'), buildMail({ text: 'the minutes of the board meeting' }))
    const l = await outpost(dir, 'learn', '--spam', spam, '--ham', ham)
    expect(l.code, l.err).toBe(0)
    const model = path.join(dir, 'var', 'bayes', 'model.json')
    expect(fs.statSync(model).uid).toBe(owner.uid)
    // the engine looks for a changed model every 10 s, on the next message
    await new Promise((r) => setTimeout(r, 10_500))
    const r = await sendMessage({ port, localAddress: CLIENT, from: 'alice@corp.example', to: ['erin@partner.example'], raw: makeMessage({ from: 'alice@corp.example', to: 'erin@partner.example' }) })
    expect(r.final.code, r.final.text).toBe(250)
    await haraka.waitForLog(/reloaded Bayes model/, 15_000)
    expect(haraka.logs()).not.toMatch(/keeping the previous Bayes model/)
    // a restart with the learned model: starts, and relays
    await haraka.stop()
    haraka = await startHaraka({ dir, port })
    const again = await sendMessage({ port, localAddress: CLIENT, from: 'alice@corp.example', to: ['frank@partner.example'], raw: makeMessage({ from: 'alice@corp.example', to: 'frank@partner.example' }) })
    expect(again.final.code, again.final.text).toBe(250)
  })

  it('a model or key the service user cannot read is a start-up error naming the file, not a crash loop', async () => {
    await haraka.stop()
    const model = path.join(dir, 'var', 'bayes', 'model.json')
    fs.chownSync(model, 0, 0)
    fs.chmodSync(model, 0o600)
    const bad = await runHarakaExpectFailure({ dir, port }, 30_000)
    expect(bad.code).not.toBe(0)
    expect(bad.listened).toBe(false)
    expect(bad.output).toContain(`${model} is not readable by ${USER}`)
    fs.chownSync(model, owner.uid, owner.gid)
    const key = path.join(dir, 'config', 'dkim', 'corp.example', 'private')
    fs.chownSync(key, 0, 0)
    const badKey = await runHarakaExpectFailure({ dir, port }, 30_000)
    expect(badKey.code).not.toBe(0)
    expect(badKey.output).toContain(`${key} is not readable by ${USER}`)
    fs.chownSync(key, owner.uid, owner.gid)
    haraka = await startHaraka({ dir, port })
  })
})
