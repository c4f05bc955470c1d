// `outpost queue list|stats|flush` against a running gateway whose smarthost
// is down: the deferred message is listed and counted, and flush makes Haraka
// retry it now (not at its next scheduled attempt, a minute or more away).
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, HarakaProcess, REPO, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'
import { makeTempDir } from '../helpers/temp_dirs'
import { waitFor } from './quarantine_fixtures'

const run = promisify(execFile)
const CLIENT = '127.0.0.16'

async function outpost(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(REPO, 'bin', 'outpost'), ...args], { cwd, env: { ...process.env, HARAKA: '' } })
    return { code: 0, out: stdout, err: stderr }
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string }
    return { code: x.code, out: x.stdout, err: x.stderr }
  }
}

describe('outpost queue', () => {
  let haraka: HarakaProcess
  let sink: Sink | undefined
  let smarthostPort: number

  beforeAll(async () => {
    smarthostPort = await freePort() // nothing listens there yet: every attempt is deferred
    haraka = await startHaraka({
      files: {
        'config/plugins': 'outpost_relay\noutpost_route\n',
        'config/outpost_relay.ini': `[trusted_networks]\n${CLIENT}/32 = office\n`,
        'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1\nport = ${smarthostPort}\n`,
      },
    })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  it('list and stats show a deferred message; flush delivers it once the next hop is back', async () => {
    const r = await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example', 'carol@partner.example'], raw: makeMessage({ from: 'alice@corp.example', to: 'bob@partner.example' }) })
    expect(r.final.code).toBe(250)
    // the transaction id the client was told; Haraka's queue id adds one suffix per destination domain
    const queueId = /\(([0-9A-F-]+\.1)\)/.exec(r.final.text)![1]
    await haraka.waitForLog(/deferred/i, 20_000)

    const list = await outpost(haraka.dir, 'queue', 'list')
    expect(list.code, list.err).toBe(0)
    expect(list.out).toContain(queueId)
    expect(list.out).toMatch(/partner\.example\s+alice@corp\.example\s+2\n/)
    expect(list.out).toContain('1 message\n')
    const json = JSON.parse((await outpost(haraka.dir, 'queue', 'list', '--json')).out)
    expect(json).toHaveLength(1)
    expect(json[0].queue_id).toBe(`${queueId}.1`)
    expect(json[0]).toMatchObject({ domain: 'partner.example', mail_from: 'alice@corp.example', rcpt_to: ['bob@partner.example', 'carol@partner.example'] })
    expect(json[0].attempts).toBeGreaterThanOrEqual(1)
    expect(Date.parse(json[0].next_attempt)).toBeGreaterThan(Date.now())

    const stats = JSON.parse((await outpost(haraka.dir, 'queue', 'stats', '--json')).out)
    expect(stats).toMatchObject({ messages: 1, recipients: 2, deferred: 1, by_domain: { 'partner.example': 1 } })
    expect((await outpost(haraka.dir, 'queue', 'stats')).out).toMatch(/messages:\s+1 \(1 deferred/)

    sink = await startSink({ port: smarthostPort })
    const flush = await outpost(haraka.dir, 'queue', 'flush')
    expect(flush.code, flush.err).toBe(0)
    expect(flush.out).toContain(`asked Haraka (pid ${haraka.pid})`)
    const [got] = await sink.waitForMessages(1, 20_000)
    expect(got.to.sort()).toEqual(['bob@partner.example', 'carol@partner.example'])
    await waitFor('the queue to empty', async () => JSON.parse((await outpost(haraka.dir, 'queue', 'stats', '--json')).out).messages === 0)
  })

  it('flush without a running gateway says so and exits 1', async () => {
    const idle = makeTempDir('outpost-queue-idle-')
    const { mkdirSync, writeFileSync } = await import('node:fs')
    mkdirSync(path.join(idle, 'config'))
    writeFileSync(path.join(idle, 'config', 'plugins'), 'outpost_relay\n')
    const r = await outpost(idle, 'queue', 'flush')
    expect(r.code).toBe(1)
    expect(r.err).toContain('no running Haraka')
    const list = await outpost(idle, 'queue', 'list')
    expect(list.code).toBe(0)
    expect(list.out).toContain('0 messages')
  })
})
