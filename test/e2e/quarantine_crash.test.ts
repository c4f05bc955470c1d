// Crash safety: SIGKILL the Haraka process at random moments while spam is
// being quarantined over several concurrent connections, restart it, and
// check that every message the client got 250 for is in the quarantine,
// byte-for-byte intact, and that no entry is partial or corrupt.
//
// `npm test` runs it with OUTPOST_CRASH_MESSAGES unset (150 messages, to keep
// CI fast); `npm run test:crash` runs the full 1,000 of the acceptance criteria.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startHaraka, type HarakaProcess } from '../helpers/haraka'
import { smtpSession } from '../helpers/smtp_client'
import { startSink } from '../helpers/smtp_sink'
import { QuarantineStore } from '../../src/quarantine/store'
import { bodyOf, CLIENT, queueWantsGatewayFiles, spamMessage } from './quarantine_fixtures'

const TOTAL = Number(process.env.OUTPOST_CRASH_MESSAGES ?? 150)
const SENDERS = 4

/** One message per session; resolves with the final reply code (0 when the server died mid-transaction). */
async function sendOne(port: number, raw: string): Promise<number> {
  let s
  try {
    s = await smtpSession({ port, localAddress: CLIENT, timeoutMs: 10_000 })
  } catch {
    return 0
  }
  try {
    if ((await s.greeting).code !== 220) return 0
    await s.ehlo('crash.test')
    if ((await s.mail('alice@corp.example')).code !== 250) return 0
    if ((await s.rcpt('bob@partner.example')).code !== 250) return 0
    return (await s.data(raw)).code
  } catch {
    return 0
  } finally {
    s.close()
  }
}

describe(`outpost_quarantine crash safety (${TOTAL} messages, kill -9 at random moments)`, () => {
  it('every message answered 250 survives intact; nothing partial or corrupt is listed', { timeout: 30 * 60_000 }, async () => {
    const sink = await startSink()
    // held by a plugin setting queue.wants (not outpost_policy): the test is about storage, not scoring
    let haraka: HarakaProcess = await await startHaraka({ files: queueWantsGatewayFiles(sink, 'dir = var/quarantine') })
    const dir = haraka.dir
    const port = haraka.port
    const accepted = new Map<string, string>() // marker -> raw as sent
    const answered = new Map<number, number>()
    let next = 0
    let done = false
    let kills = 0

    async function sender(): Promise<void> {
      for (;;) {
        const n = next++
        if (n >= TOTAL) return
        const marker = `CRASH-${String(n).padStart(5, '0')}`
        const raw = spamMessage(marker, `${'filler line to give the writes some size\r\n'.repeat(n % 40)}`, 'HOLD-ME')
        let code = await sendOne(port, raw)
        // like a real MTA, retry a message that got no final answer (the server was down)
        for (let attempt = 0; code !== 250 && attempt < 50; attempt++) {
          answered.set(code, (answered.get(code) ?? 0) + 1)
          await new Promise((r) => setTimeout(r, 100))
          code = await sendOne(port, raw)
        }
        answered.set(code, (answered.get(code) ?? 0) + 1)
        if (code === 250) accepted.set(marker, raw)
      }
    }

    async function killer(): Promise<void> {
      while (!done) {
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 400))
        if (done) return
        await haraka.kill('SIGKILL')
        kills++
        haraka = await await startHaraka({ dir, port })
      }
    }

    const senders = Array.from({ length: SENDERS }, () => sender())
    const killing = killer()
    await Promise.all(senders)
    done = true
    await killing
    await haraka.stop()

    const store = new QuarantineStore(path.join(dir, 'var/quarantine'))
    const verify = await store.verifyAll()
    const listed = await store.list()
    expect(verify.problems).toEqual([])
    // the index the gateway kept through the crashes agrees with the files
    const truth = await store.reindex()
    expect(truth.warnings).toEqual([])
    expect(listed.entries.map((e) => `${e.id}:${e.state}`).sort()).toEqual(truth.entries.map((e) => `${e.id}:${e.state}`).sort())

    // index every stored message by its marker
    const stored = new Map<string, Buffer>()
    for (const e of listed.entries) {
      const raw = await store.readRaw(e.id)
      const m = /X-Test-Marker: (CRASH-\d+)/.exec(raw.toString('latin1'))
      if (m) stored.set(m[1], raw)
    }
    for (const e of listed.entries) expect((await store.readMeta(e.id)).reason).toBe('queue.wants = quarantine set by a plugin')
    const missing = [...accepted.keys()].filter((k) => !stored.has(k))
    expect(missing).toEqual([])
    for (const [marker, raw] of accepted) {
      const got = stored.get(marker)!
      // the stored copy is the message as received (plus the headers the gateway added)
      expect(bodyOf(got)).toBe(bodyOf(raw))
      const header = got.toString('latin1').slice(0, got.indexOf('\r\n\r\n'))
      for (const line of raw.slice(0, raw.indexOf('\r\n\r\n')).split('\r\n')) expect(header).toContain(line)
    }
    // no leftovers that look like entries; temp files of killed writes are swept by the gateway later
    const names = fs.readdirSync(path.join(dir, 'var/quarantine'))
    expect(names.filter((n) => /^\d{8}T\d{6}Z-[0-9a-f]{12}\.json$/.test(n)).length).toBe(listed.entries.length)
    expect(sink.messages).toHaveLength(0)
    console.log(
      `crash test: ${TOTAL} messages, ${kills} kills, ${accepted.size} answered 250, ${listed.entries.length} entries stored ` +
        `(${listed.entries.length - accepted.size} stored but unanswered: the client retried them), replies ${JSON.stringify(Object.fromEntries(answered))}`,
    )
    expect(kills).toBeGreaterThan(0)
    expect(accepted.size).toBe(TOTAL)
    await sink.close()
  })
})
