// outpost_quarantine: holds outbound mail that the policy (or any plugin
// setting queue.wants = 'quarantine') wants held, in a durable store the
// `outpost quarantine` command reviews. Also, in the running gateway: delivers
// released messages, purges expired entries, sends digests.
//
// Hook order: queue_outbound at priority -10, before haraka-plugin-dkim signs
// (priority 0): a held message is stored unsigned and signed on release,
// when it really leaves.
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import type { Connection, Next, Plugin, Transaction } from '../lib/haraka'
import { installDir } from '../lib/install_dir'
import { subscribeHarakaIni } from '../lib/haraka_ini'
import { NOTICE_NOTE, RELAY_NOTE, RelayFacts, VERDICT_NOTE, Verdict } from '../lib/verdict'
import { parseQuarantineConfig, QuarantineConfig } from '../quarantine/config'
import { Outbound, OutboundMail, QuarantineGateway, RELEASE_NOTE } from '../quarantine/gateway'
import type { EntryInput } from '../quarantine/meta'
import { composeSenderNotice, mayNotifySender } from '../quarantine/notify'
import { QuarantineStore } from '../quarantine/store'
import { addressOf } from '../lib/address'
import { nextReplyIs451 } from '../lib/reply'
import { harakaMailer, wireLines } from '../alerts/haraka_mailer'
import { readHold } from '../policy/handoff'
import { describeIdentity, readIdentity } from '../identity'
import { registerStep, STEPS } from '../lib/pipeline'
import { ensureOwnedDir, gatewayOwner } from '../lib/service_user'
import { metrics, setGauge } from '../lib/metrics'
import { logVerdict } from '../lib/verdict_log'
import fs from 'node:fs'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const constants = require('haraka-constants') as { OK: number; CONT: number; DENYSOFT: number }

let cfg: QuarantineConfig
let store: QuarantineStore
let gateway: QuarantineGateway | undefined
let hostname = os.hostname()

export function register(this: Plugin): void {
  const me = this.config.get('me')
  if (typeof me === 'string' && me.trim()) hostname = me.trim()
  const dir = installDir()
  // haraka.ini is shared: subscribe through the one watcher rather than stealing its reload callback
  cfg = subscribeHarakaIni(
    this,
    (doc) => parseQuarantineConfig(doc, dir, hostname),
    (value) => applyConfig(this, value),
  )
  store = makeStore(this, cfg)
  // made now, while Haraka may still be root, for the user it runs as afterwards
  const owner = gatewayOwner(this)
  try {
    const { repaired } = ensureOwnedDir(cfg.dir, owner, 0o750, { repair: true })
    if (repaired && owner) this.logwarn(`quarantine directory ${cfg.dir} belonged to another user: ${repaired} entries given to ${owner.user ?? owner.uid} (${owner.source})`)
  } catch (err) {
    // the gateway still starts: held mail is answered 451 until the directory can be written
    this.logerror(`quarantine directory ${cfg.dir} cannot be made: ${(err as Error).message}; spam will be deferred (451)`)
  }
  setGauge('outpost_quarantine_entries', 'Messages in the quarantine (held, pending release or released and not yet expired)', () =>
    fs.readdirSync(cfg.dir).filter((n) => n.endsWith('.eml')).length,
  )
  registerStep(this, STEPS.quarantineHold)
  registerStep(this, STEPS.quarantineMaster)
  registerStep(this, STEPS.quarantineChild)
}

function makeStore(plugin: Plugin, c: QuarantineConfig): QuarantineStore {
  return new QuarantineStore(c.dir, { warn: (m) => plugin.logwarn(`quarantine: ${m}`) })
}

function applyConfig(plugin: Plugin, value: QuarantineConfig): void {
  const moved = value.dir !== cfg.dir
  cfg = value
  if (moved) {
    plugin.lognotice(`quarantine directory is now ${value.dir}`)
    store = makeStore(plugin, value)
    if (gateway) {
      gateway.stop()
      gateway = new QuarantineGateway(store, value, harakaOutbound(plugin), gatewayLog(plugin), hostname)
      gateway.start().catch((err) => plugin.logerror(`quarantine gateway did not start: ${(err as Error).message}`))
    }
  } else {
    gateway?.setConfig(value)
  }
}

// --------------------------------------------------------------- holding

/** Why this transaction is to be held, or undefined to let it pass. */
export function holdReason(txn: Transaction): string | undefined {
  if (txn.notes[NOTICE_NOTE]) return undefined
  const hold = readHold(txn.notes)
  if (hold) return hold.reason
  const verdict = txn.notes[VERDICT_NOTE] as Verdict | undefined
  if (verdict && verdict.is_spam && verdict.action === 'quarantine') {
    const domain = verdict.policy_domain ? ` (policy of ${verdict.policy_domain})` : ''
    return `score ${verdict.score} >= threshold ${verdict.threshold}: action quarantine${domain}`
  }
  const wants = typeof txn.notes.get === 'function' ? txn.notes.get('queue.wants') : txn.notes.queue?.wants
  if (wants === 'quarantine') return 'queue.wants = quarantine set by a plugin'
  return undefined
}

function describe(connection: Connection, txn: Transaction, reason: string): EntryInput {
  const verdict = txn.notes[VERDICT_NOTE] as Verdict | undefined
  const relay = connection.notes[RELAY_NOTE] as RelayFacts | undefined
  const header = (name: string): string => (txn.header.get_decoded(name) || '').replace(/\s+/g, ' ').trim()
  const input: EntryInput = {
    mail_from: addressOf(txn.mail_from),
    rcpt_to: txn.rcpt_to.map(addressOf),
    client: { ip: connection.remote.ip },
    score: verdict?.score ?? null,
    threshold: verdict?.threshold ?? null,
    symbols: verdict?.symbols ?? [],
    reason,
    subject: header('Subject'),
    transaction: txn.uuid,
    gateway: hostname,
  }
  if (relay?.description) input.client.description = relay.description
  if (relay?.network) input.client.network = relay.network
  if (connection.hello?.host) input.client.helo = connection.hello.host
  const authUser = relay?.authenticated_user ?? connection.notes.auth_user
  if (authUser) input.auth_user = String(authUser)
  const messageId = header('Message-ID')
  if (messageId) input.message_id = messageId
  const identity = readIdentity(txn.notes)
  if (identity) {
    input.identity = identity.id
    input.identity_source = identity.source
  }
  return input
}

export function quarantine_held_message(this: Plugin, next: Next, connection: Connection): void {
  const txn = connection.transaction
  if (!txn) return next()
  let reason: string | undefined
  let input: EntryInput
  try {
    reason = holdReason(txn)
    if (!reason) return next()
    input = describe(connection, txn, reason)
  } catch (err) {
    connection.logerror(this, `cannot describe message to hold: ${(err as Error).message}`)
    nextReplyIs451(connection)
    return next(constants.DENYSOFT, '4.3.0 Message could not be held for review; try again later')
  }
  const body = new PassThrough()
  txn.message_stream.pipe(body)
  const plugin = this
  const started = process.hrtime.bigint()
  store.store(input, body).then(
    (meta) => {
      metrics.quarantined.inc()
      metrics.stageSeconds.observe(Number(process.hrtime.bigint() - started) / 1e9, { stage: 'quarantine' })
      logVerdict(plugin, connection, { action: 'quarantine', reply: 250, quarantine_id: meta.id })
      txn.results.add(plugin, { pass: `quarantined ${meta.id}` })
      connection.loginfo(plugin, `held ${meta.id} (${meta.size} bytes) from <${meta.mail_from}> identity ${describeIdentity(readIdentity(txn.notes))}: ${reason}`)
      if (cfg.notifySender && mayNotifySender(meta, (name) => txn.header.get(name) || '')) {
        const notice = composeSenderNotice(meta, { from: cfg.notifyFrom, hostname })
        harakaOutbound(plugin)
          .inject({ from: notice.from, to: notice.to, raw: Buffer.from(notice.raw, 'utf8'), notes: { [NOTICE_NOTE]: 'sender-notice' } })
          .then(
            (q) => connection.loginfo(plugin, `sender notice for ${meta.id} queued (${q})`),
            (err) => connection.logwarn(plugin, `sender notice for ${meta.id} not sent: ${(err as Error).message ?? err}`),
          )
      }
      next(constants.OK, `Message accepted and held for review as ${meta.id}`)
    },
    (err: Error) => {
      body.destroy()
      txn.results.add(plugin, { err: `quarantine write failed: ${err.message}` })
      connection.logerror(plugin, `quarantine write to ${store.dir} failed, answering 451: ${err.message}`)
      metrics.refused.inc({ reason: 'tempfail' })
      logVerdict(plugin, connection, { action: 'defer', reply: 451, reason: `quarantine write failed: ${err.message}` })
      nextReplyIs451(connection)
      next(constants.DENYSOFT, '4.3.0 Message could not be held for review; try again later')
    },
  )
}

// ------------------------------------------- gateway: releases, purge, digests

function gatewayLog(plugin: Plugin) {
  return {
    info: (m: string) => plugin.loginfo(m),
    warn: (m: string) => plugin.logwarn(m),
    error: (m: string) => plugin.logerror(m),
  }
}

export function start_quarantine_gateway(this: Plugin, next: Next, server: { cluster?: unknown }): void {
  // the master of a cluster delivers nothing; its workers do this
  if (server?.cluster && (server.cluster as { isMaster?: boolean }).isMaster) return next()
  if (gateway) return next()
  gateway = new QuarantineGateway(store, cfg, harakaOutbound(this), gatewayLog(this), hostname)
  // finish interrupted releases before Haraka loads its queue (init_master runs first)
  gateway.start().then(
    () => next(),
    (err) => {
      this.logerror(`quarantine gateway: ${(err as Error).message}`)
      next()
    },
  )
}

/** Called by Haraka on graceful shutdown and before a plugin reload. */
export function shutdown(this: Plugin): void {
  gateway?.stop()
  gateway = undefined
}

/** The gateway's own outbound path: Haraka's queue, pre_send_trans_email (DKIM) and get_mx (routing). */
function harakaOutbound(plugin: Plugin): Outbound {
  const send = harakaMailer(plugin)
  const queueDir = (): string => plugin.haraka_require('outbound/queue').queue_dir as string
  return {
    inject(mail: OutboundMail): Promise<string> {
      return send(mail).then((id) => {
        if (mail.notes[RELEASE_NOTE]) metrics.released.inc()
        return id
      })
    },
    async findQueuedRelease(id: string): Promise<boolean> {
      const dir = queueDir()
      const names = await fsp.readdir(dir).catch(() => [] as string[])
      for (const name of names) {
        // temp files (Haraka's "__tmp__." prefix, "." on Windows) are never delivered:
        // one left by a crash mid-write does not count as queued
        if (name.startsWith('.') || name.startsWith('__tmp__')) continue
        if (await queueFileMentions(path.join(dir, name), id)) return true
      }
      return false
    },
    async syncQueue(): Promise<void> {
      const fh = await fsp.open(queueDir(), 'r')
      try {
        await fh.sync()
      } finally {
        await fh.close()
      }
    },
  }
}

/** A Haraka queue file starts with a 4-byte length and the JSON of its TODO item, which carries the notes. */
async function queueFileMentions(file: string, id: string): Promise<boolean> {
  const fh = await fsp.open(file, 'r').catch(() => undefined)
  if (!fh) return false
  try {
    const len = Buffer.alloc(4)
    if ((await fh.read(len, 0, 4, 0)).bytesRead < 4) return false
    const size = Math.min(len.readUInt32BE(0), 16 * 1024 * 1024)
    const head = Buffer.alloc(size)
    await fh.read(head, 0, size, 4)
    const text = head.toString('utf8')
    return text.includes(`"${RELEASE_NOTE}"`) && text.includes(`"${id}"`)
  } finally {
    await fh.close()
  }
}

export { wireLines }
