// Admins racing each other: `outpost quarantine release --all` twice and
// `outpost quarantine delete --all` (no --force) at the same moment, as real
// processes against a running gateway. Once release has said "release
// requested", the message is delivered: a concurrent delete may take only
// entries nobody has asked to release, and says which it refused.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from '../helpers/haraka'
import { sendMessage } from '../helpers/smtp_client'
import { bodyOf, CLIENT, gatewaySuite, spamMessage, waitFor } from './quarantine_fixtures'

/** Start `outpost quarantine ARGS` now; resolves when it exits. */
function outpostProcess(dir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO, 'bin', 'outpost'), '-c', dir, 'quarantine', ...args], {
      env: { ...process.env, HARAKA: '', USER: 'e2e-admin', SUDO_USER: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('outpost quarantine: release and delete racing', () => {
  const gateway = gatewaySuite()

  it('never deletes an entry whose release was acknowledged; every acknowledged release is delivered once', async () => {
    const ROUNDS = 8
    const PER_ROUND = 12
    const qdir = path.join(gateway.haraka.dir, 'var', 'quarantine')
    const markerOf = new Map<string, string>()
    const sent = new Map<string, string>()
    let acknowledged = 0
    let deleted = 0
    const broken: string[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const ids: string[] = []
      for (let i = 0; i < PER_ROUND; i++) {
        const marker = `RACE-${round}-${String(i).padStart(2, '0')}`
        const raw = spamMessage(marker)
        const r = await sendMessage({ port: gateway.haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw })
        expect(r.final.code).toBe(250)
        const id = /held for review as (\S+)/.exec(r.final.text)![1]
        ids.push(id)
        markerOf.set(id, marker)
        sent.set(marker, raw)
      }
      const [rel1, rel2, del] = await Promise.all([
        outpostProcess(gateway.haraka.dir, ['release', '--all']),
        outpostProcess(gateway.haraka.dir, ['release', '--all']),
        outpostProcess(gateway.haraka.dir, ['delete', '--all']),
      ])
      const acked = [...`${rel1.stdout}${rel2.stdout}`.matchAll(/^(\S+): release requested by /gm)].map((m) => m[1])
      const deletedNow = Number(/^(\d+) entr(?:y|ies) deleted$/m.exec(del.stdout)?.[1] ?? NaN)
      acknowledged += acked.length
      deleted += deletedNow
      expect(new Set(acked).size).toBe(acked.length) // one acknowledgement per entry
      expect(Number.isInteger(deletedNow)).toBe(true)
      // (deleting an entry after the gateway queued it is housekeeping, and allowed)
      // what delete refused, it refused because a release was pending, and said so
      for (const line of del.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/a release is pending.*not deleted|no such quarantine entry/)
      // every acknowledged release arrives, complete
      for (const id of acked) {
        const marker = markerOf.get(id)!
        const got = await waitFor(`${marker} at the sink`, () => gateway.sink.messages.find((m) => m.raw.includes(`X-Test-Marker: ${marker}\r\n`)), 15_000).catch(() => undefined)
        if (!got) broken.push(`${id} (${marker}) acknowledged but never delivered`)
        else expect(bodyOf(got.raw)).toBe(bodyOf(sent.get(marker)!))
      }
      // deleted entries leave nothing behind; nothing is left pending
      const left = fs.readdirSync(qdir).filter((n) => ids.some((id) => n.startsWith(id)))
      for (const id of ids) {
        const parts = left.filter((n) => n.startsWith(id)).sort().join(' ')
        const whole = [`${id}.eml`, `${id}.json`, `${id}.release`, `${id}.released`].join(' ')
        if (parts !== '' && parts !== whole) broken.push(`${id}: left on disk as ${parts}`)
      }
    }
    const lost = broken.filter((b) => /never delivered/.test(b)).length
    console.log(`${ROUNDS} rounds of ${PER_ROUND}: ${acknowledged} releases acknowledged, ${deleted} deleted, ${lost} acknowledged releases never delivered`)
    expect(broken).toEqual([])
    // nothing that was not acknowledged went out, and nothing twice
    await new Promise((r) => setTimeout(r, 1000))
    expect(gateway.sink.messages).toHaveLength(acknowledged)
  }, 300_000)
})
