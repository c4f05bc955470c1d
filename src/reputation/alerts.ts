// How reputation alerts leave: one email to [reputation] notify through the
// gateway's own outbound path, and one JSON POST to webhook_url.
//
// In the gateway an alert is sent at once. The `outpost` command (feedback
// ingest, snds import, reputation check) is another process without Haraka's
// queue: it writes the alert to STATE_DIR/outbox/, and the running gateway
// sends it within seconds (so an alert is composed and sent by one code path,
// and only ever once: a file is claimed by renaming it before it is sent).
import crypto from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { pidAlive, writeFileAtomic } from '../quarantine/durable'
import { ensureDir } from './state_files'
import type { AlertTargets } from '../alerts'
import type { ReputationConfig } from './config'

export type { AlertTargets }

export interface ReputationAlert {
  /** what it is about, e.g. blocklist:203.0.113.25:zen.spamhaus.org */
  key: string
  /** complaints | snds | blocklist */
  kind: string
  subject: string
  /** the email body, one line each */
  lines: string[]
  /** the webhook's JSON body (kind, key, subject and time are added) */
  data: Record<string, unknown>
}

/** Sends one alert to the configured targets; resolves when handed over (or logged as failed). */
export type SendAlert = (alert: ReputationAlert, targets: AlertTargets) => Promise<void>

/** [reputation] notify / webhook_url as the alert sender takes them. */
export function alertTargets(cfg: ReputationConfig): AlertTargets {
  return { notify: cfg.alerts.notify ? [cfg.alerts.notify] : [], webhookUrl: cfg.alerts.webhookUrl }
}

export const OUTBOX = 'outbox'
/** The gateway refreshes this file while it runs, so the command can say whether an alert goes out now. */
export const HEARTBEAT = 'gateway.json'
export const HEARTBEAT_STALE_MS = 60_000

interface Spooled {
  alert: ReputationAlert
  targets: AlertTargets
  at: number
}

/** The command's way: leave the alert for the running gateway. Returns the spool file name. */
export async function spoolAlert(stateDir: string, alert: ReputationAlert, targets: AlertTargets, now = Date.now()): Promise<string> {
  const dir = path.join(stateDir, OUTBOX)
  await ensureDir(dir)
  const name = `${now}-${crypto.randomBytes(6).toString('hex')}.json`
  await writeFileAtomic(dir, name, JSON.stringify({ alert, targets, at: now } satisfies Spooled))
  return name
}

/** The gateway's way: send what the command spooled, each file once (claimed by rename). Returns how many were sent. */
export async function drainOutbox(stateDir: string, send: SendAlert, log: (msg: string) => void): Promise<number> {
  const dir = path.join(stateDir, OUTBOX)
  const names = (await fsp.readdir(dir).catch(() => [] as string[])).filter((n) => /^\d+-[0-9a-f]+\.json$/.test(n)).sort()
  let sent = 0
  for (const name of names) {
    const claimed = path.join(dir, `.sending-${process.pid}-${name}`)
    try {
      await fsp.rename(path.join(dir, name), claimed)
    } catch {
      continue // another process took it
    }
    try {
      const s = JSON.parse(await fsp.readFile(claimed, 'utf8')) as Spooled
      await send(s.alert, s.targets)
      sent++
    } catch (err) {
      log(`reputation: spooled alert ${name} could not be sent: ${(err as Error).message}`)
    }
    await fsp.unlink(claimed).catch(() => undefined)
  }
  // a claim left by a process that died while sending is retried
  for (const name of (await fsp.readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith('.sending-'))) {
    const pid = Number(name.split('-')[1])
    if (pid === process.pid || pidAlive(pid)) continue
    await fsp.rename(path.join(dir, name), path.join(dir, name.replace(/^\.sending-\d+-/, ''))).catch(() => undefined)
  }
  return sent
}

export async function writeHeartbeat(stateDir: string, now = Date.now()): Promise<void> {
  await fsp.mkdir(stateDir, { recursive: true, mode: 0o750 })
  await writeFileAtomic(stateDir, HEARTBEAT, JSON.stringify({ pid: process.pid, at: now }), false)
}

export function gatewayRunning(stateDir: string, now = Date.now()): boolean {
  try {
    const st = fs.statSync(path.join(stateDir, HEARTBEAT))
    return now - st.mtimeMs < HEARTBEAT_STALE_MS
  } catch {
    return false
  }
}
