// Shared by the quarantine end-to-end tests (not a test file itself).
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll } from 'vitest'
import { REPO, startHaraka, type HarakaProcess } from '../helpers/haraka'
import { makeMessage } from '../helpers/smtp_client'
import { startSink, type Sink } from '../helpers/smtp_sink'

const run = promisify(execFile)
export const CLIENT = '127.0.0.11'
export const GTUBE = 'XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X'

/** The whole gateway (relay, policy, quarantine, route; with opts.dkim also outpost_dkim) with the sink as smarthost. */
export function gatewayFiles(sink: Sink, quarantineIni: string, opts: { dkim?: boolean } = {}): Record<string, string> {
  return {
    'config/plugins': `outpost_relay\noutpost_policy\noutpost_quarantine\noutpost_route\n${opts.dkim ? 'outpost_dkim\n' : ''}`,
    'config/outpost_relay.ini': `[trusted_networks]\n${CLIENT}/32 = e2e branch office\n`,
    'config/outpost_route.ini': `[smarthost]\nhost = ${sink.host}\nport = ${sink.port}\n`,
    'config/outpost_policy.ini': '[main]\nthreshold = 8\naction = quarantine\n',
    'haraka.ini': `[quarantine]\n${quarantineIni}\n`,
  }
}

/**
 * The whole gateway (gatewayFiles, quarantine in var/quarantine, release polled every 300 ms) and its
 * smarthost sink for the describe block it is called in: started before the block's tests, stopped after.
 */
export function gatewaySuite(quarantineIni = 'dir = var/quarantine\nrelease_poll_interval = 300ms'): { readonly sink: Sink; readonly haraka: HarakaProcess } {
  const suite = {} as { sink: Sink; haraka: HarakaProcess }
  beforeAll(async () => {
    suite.sink = await startSink()
    suite.haraka = await startHaraka({ files: gatewayFiles(suite.sink, quarantineIni) })
  })
  afterAll(async () => {
    await suite.haraka?.stop()
    await suite.sink?.close()
  })
  return suite
}

export async function outpost(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(REPO, 'bin', 'outpost'), '-c', dir, 'quarantine', ...args], {
      env: { ...process.env, HARAKA: '', USER: 'e2e-admin', SUDO_USER: '' },
      // --raw prints the stored bytes, which need not be UTF-8
      encoding: args.includes('--raw') ? 'latin1' : 'utf8',
    })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

export function spamMessage(marker: string, extraBody = '', subjectPrefix = 'Offer'): string {
  return makeMessage({
    from: 'alice@corp.example',
    to: 'bob@partner.example',
    subject: `${subjectPrefix} ${marker}`,
    headers: { 'X-Test-Marker': marker },
    body: `Hello Bob,\r\n\r\n${GTUBE}\r\n.a line starting with a dot\r\n${extraBody}marker ${marker}\r\n`,
  })
}

export function bodyOf(raw: Buffer | string): string {
  const text = raw.toString('latin1').replace(/\r?\n/g, '\r\n')
  return text.slice(text.indexOf('\r\n\r\n') + 4)
}

export async function waitFor<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const v = await fn()
    if (v) return v
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}


/**
 * A test-only plugin standing in for "another plugin" that wants a message held
 * through Haraka's own convention, transaction.notes queue.wants = 'quarantine'
 * (no outpost_policy verdict at all). Holds messages whose Subject has the marker.
 */
export const HOLD_BY_QUEUE_WANTS_PLUGIN = `'use strict'
exports.hook_data_post = function (next, connection) {
  const txn = connection.transaction
  if (txn && /HOLD-ME/.test(txn.header.get('Subject'))) txn.notes.set('queue.wants', 'quarantine')
  next()
}
`

/** The same gateway, with test_hold_queue_wants in place of outpost_policy. */
export function queueWantsGatewayFiles(sink: Sink, quarantineIni: string): Record<string, string> {
  const files = gatewayFiles(sink, quarantineIni)
  files['config/plugins'] = 'outpost_relay\ntest_hold_queue_wants\noutpost_quarantine\noutpost_route\n'
  files['plugins/test_hold_queue_wants.js'] = HOLD_BY_QUEUE_WANTS_PLUGIN
  delete files['config/outpost_policy.ini']
  return files
}
