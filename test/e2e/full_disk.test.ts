// A full disk, tested the way it happens in production: Haraka's outbound
// queue (and the quarantine) on a small tmpfs that fills up while many clients
// send at once. A 250 must mean the message is complete on disk: every message
// answered 250 arrives at the smarthost byte for byte, nothing is left
// truncated in the queue, and what got 451 is delivered when the client retries
// after space was freed.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, makeInstallDir, startHaraka, type HarakaProcess } from '../helpers/haraka'
import { makeMessage, sendMessage, type SendResult } from '../helpers/smtp_client'
import { startSink, type Sink } from '../helpers/smtp_sink'
import { bodyOf, CLIENT, gatewayFiles, GTUBE, outpost, waitFor } from './quarantine_fixtures'

const isRoot = process.getuid?.() === 0
if (!isRoot) console.warn('full_disk.test.ts: skipped, mounting a tmpfs needs root (run the tests as root, as .ci/run does)')

function mountTmpfs(dir: string, size: string): void {
  fs.mkdirSync(dir, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir])
}

function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir])
  } catch {
    execFileSync('umount', ['-l', dir]) // something still has a file open: detach it anyway
  }
}

/** A body of about `size` bytes, every line naming its message and its number, so any truncation or mix-up shows. */
function bodyFor(marker: string, size: number): string {
  const lines: string[] = []
  let n = 0
  let len = 0
  while (len < size) {
    const line = `${marker} line ${String(n++).padStart(6, '0')} ${'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(2)}\r\n`
    lines.push(line)
    len += line.length
  }
  return lines.join('')
}

/** Sizes between 4 KB and 180 KB, spread evenly but in a scrambled order. */
function sizeOf(i: number): number {
  return 4_000 + ((i * 7919) % 45) * 4_000
}

/** A smarthost that holds every delivery at RCPT until opened, so the queue fills instead of draining. */
async function gatedSink(): Promise<{ sink: Sink; open(): void }> {
  let open!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  const sink = await startSink({
    extra: {
      // the held deliveries wait as long as the test sends (minutes on a loaded machine)
      socketTimeout: 10 * 60_000,
      onRcptTo(_address, _session, cb) {
        gate.then(() => cb())
      },
    },
  })
  return { sink, open }
}

function queueFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => !n.startsWith('lost+found'))
}

describe.skipIf(!isRoot)('outbound queue on a full disk', () => {
  let sink: Sink
  let openGate: () => void
  let haraka: HarakaProcess
  let queueDir: string

  beforeAll(async () => {
    ;({ sink, open: openGate } = await gatedSink())
    const port = await freePort()
    const dir = makeInstallDir({
      'config/outpost_relay.ini': `[trusted_networks]\n${CLIENT}/32 = e2e branch office\n`,
      'config/outpost_route.ini': `[smarthost]\nhost = ${sink.host}\nport = ${sink.port}\n`,
      'config/outpost_policy.ini': '[main]\nthreshold = 1000\naction = pass\n',
      // 560 messages from one sender: far over the shipped sender limits (500 an hour), which would hold the rest
      'config/outpost_limits.ini': '[default]\nmessages_per_hour = 100000\nmessages_per_day = 100000\nrecipients_per_hour = 100000\n',
      // a delivery attempt that failed anyway (a loaded machine) is retried within the test's wait
      'config/outbound.ini': '[main]\nenable_tls=true\ntemp_fail_intervals=5s*20\n',
    }, { port })
    queueDir = path.join(dir, 'var', 'queue')
    mountTmpfs(queueDir, '2m')
    haraka = await startHaraka({ dir, port })
  })
  afterAll(async () => {
    openGate?.()
    await haraka?.stop()
    await sink?.close()
    if (queueDir) unmount(queueDir)
  })

  it('answers 250 only for messages that reach the smarthost complete; 451 for the rest, delivered on retry', async () => {
    // wave 0: 80 messages of 4-180 KB at once, while the smarthost holds
    // deliveries: the 2 MB queue fills up part way through. Waves 1-6 (4-40 KB)
    // find it full: Haraka's race between a failed write and the rename is
    // decided per message, so many failing writes are needed to see it.
    const messages = Array.from({ length: 80 * 7 }, (_, i) => {
      const marker = `FULLDISK-${String(i).padStart(3, '0')}`
      const size = i < 80 ? sizeOf(i) : 4_000 + (i % 10) * 4_000
      const raw = makeMessage({ from: 'alice@corp.example', to: 'bob@partner.example', subject: `Report ${marker}`, headers: { 'X-Test-Marker': marker }, body: bodyFor(marker, size) })
      return { marker, raw }
    })
    const send = (raw: string): Promise<SendResult> =>
      sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw })

    const results: SendResult[] = []
    for (let wave = 0; wave < 7; wave++) results.push(...(await Promise.all(messages.slice(wave * 80, wave * 80 + 80).map((m) => send(m.raw)))))
    const codes = results.map((r) => r.final.code)
    const accepted = messages.filter((_, i) => codes[i] === 250)
    const deferred = messages.filter((_, i) => codes[i] === 451)
    console.log(`full queue: ${accepted.length} answered 250, ${deferred.length} answered 451, other: ${codes.filter((c) => c !== 250 && c !== 451).join(',') || 'none'}`)
    expect(codes.filter((c) => c !== 250 && c !== 451)).toEqual([]) // never a permanent 5xx for a full disk
    expect(deferred.length).toBeGreaterThan(0) // the disk really did fill up
    expect(accepted.length).toBeGreaterThan(0)

    // the smarthost takes mail again: every 250 must arrive, complete
    openGate()
    const arrived = (marker: string) => sink.messages.filter((m) => m.raw.includes(`X-Test-Marker: ${marker}\r\n`))
    await waitFor('the queue to drain', () => queueFiles(queueDir).length === 0 && sink.messages.length >= accepted.length, 90_000).catch(() => undefined)
    const lost = accepted.filter((m) => {
      const got = arrived(m.marker)
      return got.length !== 1 || bodyOf(got[0].raw) !== bodyOf(m.raw)
    })
    const left = queueFiles(queueDir).map((n) => `${n} (${fs.statSync(path.join(queueDir, n)).size} bytes)`)
    console.log(`answered 250 but not delivered complete: ${lost.length} of ${accepted.length} (${lost.map((m) => m.marker).join(' ')}); left in the queue: ${left.join(', ') || 'nothing'}`)
    expect(lost.map((m) => m.marker)).toEqual([])
    // nothing truncated, empty or in Haraka's error.* quarantine left behind
    expect(queueFiles(queueDir)).toEqual([])
    // no half-written message reached the smarthost under any name
    for (const got of sink.messages) {
      const marker = /X-Test-Marker: (\S+)/.exec(got.raw.toString())?.[1]
      const sent = messages.find((m) => m.marker === marker)
      expect(sent, `an unknown message reached the sink: ${got.raw.subarray(0, 200).toString()}`).toBeDefined()
      expect(bodyOf(got.raw) === bodyOf(sent!.raw), `${marker} arrived altered (${got.raw.length} bytes)`).toBe(true)
    }

    // the clients retry what got 451, a few at a time as an MTA would (a retry
    // may meet a queue that is still draining and get 451 again): all delivered, complete
    const before = sink.messages.length
    let pending = deferred
    for (let attempt = 0; pending.length && attempt < 20; attempt++) {
      const again: typeof deferred = []
      for (let i = 0; i < pending.length; i += 8) {
        const batch = pending.slice(i, i + 8)
        const replies = await Promise.all(batch.map((m) => send(m.raw)))
        replies.forEach((r, j) => {
          expect([250, 451]).toContain(r.final.code)
          if (r.final.code !== 250) again.push(batch[j])
        })
      }
      pending = again
      if (pending.length) await new Promise((r) => setTimeout(r, 500))
    }
    expect(pending.map((m) => m.marker)).toEqual([])
    await sink.waitForMessages(before + deferred.length, 90_000)
    for (const m of deferred) {
      const got = arrived(m.marker)
      expect(got, m.marker).toHaveLength(1)
      expect(bodyOf(got[0].raw) === bodyOf(m.raw), `${m.marker} altered`).toBe(true)
    }
    await waitFor('the queue to drain', () => queueFiles(queueDir).length === 0, 60_000)
  }, 300_000)
})

describe.skipIf(!isRoot)('quarantine on a full disk', () => {
  let sink: Sink
  let haraka: HarakaProcess
  let qdir: string

  beforeAll(async () => {
    sink = await startSink()
    const port = await freePort()
    const dir = makeInstallDir(gatewayFiles(sink, 'dir = var/quarantine\nrelease_poll_interval = 300ms'), { port })
    qdir = path.join(dir, 'var', 'quarantine')
    mountTmpfs(qdir, '2m')
    haraka = await startHaraka({ dir, port })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
    if (qdir) unmount(qdir)
  })

  it('answers 250 only for complete, fsynced entries; leaves nothing partial; releases deliver them whole', async () => {
    // held mail stays on the disk: a filler leaves room for about 30 of the 80
    // messages; once it is removed, all 80 fit (tmpfs rounds each file up to 4 KB)
    const filler = path.join(qdir, 'filler')
    fs.writeFileSync(filler, Buffer.alloc(1536 * 1024))
    const messages = Array.from({ length: 80 }, (_, i) => {
      const marker = `QFULL-${String(i).padStart(3, '0')}`
      const raw = makeMessage({
        from: 'alice@corp.example',
        to: 'bob@partner.example',
        subject: `Offer ${marker}`,
        headers: { 'X-Test-Marker': marker },
        body: `${GTUBE}\r\n${bodyFor(marker, 2_000 + ((i * 7919) % 11) * 1_000)}`,
      })
      return { marker, raw }
    })
    const send = (raw: string): Promise<SendResult> =>
      sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw })
    const held = new Map<string, (typeof messages)[number]>() // quarantine id -> message
    let deferred: typeof messages = []
    for (let wave = 0; wave < 4; wave++) {
      const batch = messages.slice(wave * 20, wave * 20 + 20)
      const replies = await Promise.all(batch.map((m) => send(m.raw)))
      replies.forEach((r, j) => {
        expect([250, 451]).toContain(r.final.code)
        if (r.final.code === 250) held.set(/held for review as (\S+)/.exec(r.final.text)![1], batch[j])
        else deferred.push(batch[j])
      })
    }
    console.log(`full quarantine: ${held.size} answered 250 (held), ${deferred.length} answered 451`)
    expect(deferred.length).toBeGreaterThan(0)
    expect(held.size).toBeGreaterThan(0)

    // every acknowledged entry is whole, listed, and nothing partial is left on disk
    const verify = await outpost(haraka.dir, 'verify')
    expect(verify.stdout).toContain(`${held.size} entries intact, 0 damaged`)
    const names = fs.readdirSync(qdir)
    const partial = names.filter((n) => /^\.tmp-/.test(n) || (n.endsWith('.eml') && !names.includes(n.replace(/\.eml$/, '.json'))))
    expect(partial).toEqual([])
    expect(names.filter((n) => /^\d{8}T\d{6}Z-[0-9a-f]{12}\.json$/.test(n)).sort()).toEqual([...held.keys()].map((id) => `${id}.json`).sort())
    const listed = JSON.parse((await outpost(haraka.dir, 'list', '--json')).stdout) as Array<{ id: string }>
    expect(listed.map((e) => e.id).sort()).toEqual([...held.keys()].sort())

    // space freed: the clients' retries are held too
    fs.unlinkSync(filler)
    for (let attempt = 0; deferred.length && attempt < 10; attempt++) {
      const again: typeof messages = []
      for (let i = 0; i < deferred.length; i += 10) {
        const batch = deferred.slice(i, i + 10)
        const replies = await Promise.all(batch.map((m) => send(m.raw)))
        replies.forEach((r, j) => {
          if (r.final.code === 250) held.set(/held for review as (\S+)/.exec(r.final.text)![1], batch[j])
          else again.push(batch[j])
        })
      }
      deferred = again
    }
    expect(deferred.map((m) => m.marker)).toEqual([])
    expect(held.size).toBe(messages.length)

    // release everything: each arrives once, byte for byte
    const released = await outpost(haraka.dir, 'release', '--all')
    expect(released.code).toBe(0)
    expect(released.stdout.match(/release requested/g)).toHaveLength(messages.length)
    await sink.waitForMessages(messages.length, 60_000)
    for (const m of messages) {
      const got = sink.messages.filter((s) => s.raw.includes(`X-Test-Marker: ${m.marker}\r\n`))
      expect(got, m.marker).toHaveLength(1)
      expect(bodyOf(got[0].raw) === bodyOf(m.raw), `${m.marker} altered`).toBe(true)
    }
  }, 180_000)
})

/** Fill the filesystem of dir to the last byte; returns the filler file (remove it to free the space). */
function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler')
  try {
    fs.writeFileSync(filler, Buffer.alloc(4 * 1024 * 1024))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err
  }
  return filler
}

describe.skipIf(!isRoot)('a full disk while Haraka re-writes queued mail (split for deferred recipients, DSN)', () => {
  let sink: Sink
  let haraka: HarakaProcess
  let queueDir: string
  let gate: Promise<void> = Promise.resolve()
  let openGate: () => void = () => undefined
  let laterAccepted = false

  const closeGate = (): void => {
    gate = new Promise<void>((resolve) => (openGate = resolve))
  }

  beforeAll(async () => {
    sink = await startSink({
      extra: {
        onRcptTo(address, _session, cb) {
          gate.then(() => {
            const to = address.address
            if (to.startsWith('never@')) return cb(Object.assign(new Error('5.1.1 no such user'), { responseCode: 550 }))
            if (to.startsWith('later@') && !laterAccepted) return cb(Object.assign(new Error('4.2.1 mailbox busy, try later'), { responseCode: 451 }))
            cb()
          })
        },
      },
    })
    const port = await freePort()
    const dir = makeInstallDir(
      {
        'config/outpost_relay.ini': `[trusted_networks]\n${CLIENT}/32 = e2e branch office\n`,
        'config/outpost_route.ini': `[smarthost]\nhost = ${sink.host}\nport = ${sink.port}\n`,
        'config/outpost_policy.ini': '[main]\nthreshold = 1000\naction = pass\n',
        // Haraka's shortest retry interval, so the test need not wait minutes
        'config/outbound.ini': '[main]\nenable_tls=true\ntemp_fail_intervals=5s*20\n',
      },
      { port },
    )
    queueDir = path.join(dir, 'var', 'queue')
    mountTmpfs(queueDir, '2m')
    haraka = await startHaraka({ dir, port })
  })
  afterAll(async () => {
    openGate()
    await haraka?.stop()
    await sink?.close()
    if (queueDir) unmount(queueDir)
  })

  const send = (marker: string, to: string[]) => {
    const raw = makeMessage({ from: 'alice@corp.example', to: to.join(', '), subject: `Report ${marker}`, headers: { 'X-Test-Marker': marker }, body: bodyFor(marker, 30_000) })
    return sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to, raw }).then((r) => ({ r, raw }))
  }
  const copiesFor = (marker: string, rcpt: string) => sink.messages.filter((m) => m.to.includes(rcpt) && m.raw.includes(`X-Test-Marker: ${marker}\r\n`))

  it('a recipient deferred while the disk is full is delivered once space is back; nobody gets it twice', async () => {
    closeGate()
    laterAccepted = false
    const { r, raw } = await send('SPLIT-1', ['now@partner.example', 'later@partner.example'])
    expect(r.final.code).toBe(250)
    await waitFor('the delivery attempt', () => sink.connections > 0)
    const filler = fillDisk(queueDir)
    openGate() // now@ accepted, later@ deferred: Haraka must write a queue file for later@ alone, on a full disk
    await waitFor('the copy for now@', () => copiesFor('SPLIT-1', 'now@partner.example').length > 0)
    // the write of later@'s queue file failed (whatever handled it)
    await haraka.waitForLog(/cannot write the queue file for 1 recipient|Error while splitting|Unable to write queue file/, 20_000)
    await new Promise((res) => setTimeout(res, 1000))
    fs.unlinkSync(filler)
    laterAccepted = true
    const later = await waitFor('the copy for later@ after space was freed', () => copiesFor('SPLIT-1', 'later@partner.example')[0], 60_000)
    expect(bodyOf(later.raw) === bodyOf(raw), 'later@ copy altered').toBe(true)
    await waitFor('the queue to drain', () => queueFiles(queueDir).length === 0, 30_000)
    expect(copiesFor('SPLIT-1', 'now@partner.example')).toHaveLength(1)
    expect(copiesFor('SPLIT-1', 'later@partner.example')).toHaveLength(1)
    expect(bodyOf(copiesFor('SPLIT-1', 'now@partner.example')[0].raw) === bodyOf(raw)).toBe(true)
  }, 120_000)

  it('a message refused permanently while the disk is full still produces its DSN once space is back', async () => {
    closeGate()
    const { r } = await send('BOUNCE-1', ['never@partner.example'])
    expect(r.final.code).toBe(250)
    const before = sink.connections
    await waitFor('the delivery attempt', () => sink.connections > before)
    const filler = fillDisk(queueDir)
    openGate() // 550: Haraka must queue a DSN to alice@, on a full disk
    await haraka.waitForLog(/bounce could not be queued|Unable to queue the bounce|Unable to write queue file/, 20_000)
    await new Promise((res) => setTimeout(res, 1000))
    fs.unlinkSync(filler)
    const dsn = await waitFor(
      'the DSN to alice@ after space was freed',
      () => sink.messages.find((m) => m.from === '' && m.to.includes('alice@corp.example') && m.raw.includes('BOUNCE-1')),
      60_000,
    )
    expect(dsn.raw.toString()).toMatch(/never@partner\.example/)
    expect(dsn.raw.toString()).toMatch(/Status: 5\.\d\.\d/)
    await waitFor('the queue to drain', () => queueFiles(queueDir).length === 0, 30_000)
    expect(sink.messages.filter((m) => m.from === '' && m.raw.includes('BOUNCE-1'))).toHaveLength(1)
  }, 120_000)
})
