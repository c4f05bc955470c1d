// Haraka's outbound queue, made durable on a full disk. Installed once per
// process by outpost_route's register(); each part checks that Haraka's
// outbound module (3.3.x) has the shape it replaces, and otherwise leaves
// Haraka's own code in place and says so at ERROR.
//
// 1. process_delivery (every new queue file: relayed mail, quarantine
//    releases, notices, DSNs): written by writeQueueFile, so the caller is told
//    OK only for a complete, fsynced file. Haraka's own can report success for
//    a truncated or empty file after ENOSPC (see queue_file.ts).
// 2. bounce_respond: Haraka deletes the original when the DSN cannot be
//    queued (a full disk) - the message and the news of its failure are both
//    lost. Here the original stays in the queue and is tried again later.
// 3. split_to_new_recipients (after a delivery some recipients deferred or
//    refused, the rest accepted): Haraka writes their copy with a stream whose
//    failure can rename a partial file into the queue, and bounces on a full
//    disk. Here the copy is written by writeQueueFile; while that fails, the
//    original (all recipients) stays on disk and the write is retried.
import { PassThrough } from 'node:stream'
import type { Plugin } from '../lib/haraka'
import { writeQueueFile } from './queue_file'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const constants = require('haraka-constants') as { OK: number; CONT: number; DENY: number }

interface MessageStream {
  pipe(dest: NodeJS.WritableStream, opts: object): void
  once(ev: 'error', f: (err: Error) => void): void
  removeListener(ev: 'error', f: (err: Error) => void): void
}
interface Todo {
  notes: unknown
  rcpt_to: unknown[]
  mail_from: { user?: string | null; host?: string | null }
  message_stream?: MessageStream
}
type ProcessDelivery = (okPaths: string[], todo: Todo, hmails: unknown[]) => Promise<void>

interface HMailItem {
  filename: string
  path: string
  notes: unknown
  todo: Todo
  refcount: number
  bounce_error: Error | null
  next_cb: () => void
  data_stream(): NodeJS.ReadableStream & AsyncIterable<Buffer>
  populate_bounce_message(from: unknown, to: unknown, err: unknown, cb: (err: unknown, lines: string[]) => void): void
  double_bounce(reason: string): void
  discard(): void
  once(ev: 'ready', f: () => void): void
  logerror(msg: string): void
  lognotice(msg: string): void
}
interface HMailPrototype {
  bounce_respond(this: HMailItem, retval: number, msg?: unknown): void
  split_to_new_recipients(this: HMailItem, recipients: unknown[], response: string, cb: (hmail: HMailItem) => void): void
}

interface OutboundInternals {
  process_delivery: ProcessDelivery
  send_email(from: unknown, to: unknown, contents: string, next: (code: number, msg?: unknown) => void, options?: object): void
  build_todo(todo: object, ws: { write(b: Buffer): boolean; once(ev: string, f: () => void): void }, more: () => void): void
  qfile: { name(): string; platformDOT: string }
  HMailItem: (new (filename: string, path: string, notes: unknown) => HMailItem) & { prototype: HMailPrototype }
  temp_fail_queue: { add(id: string, ms: number, cb: () => void): void }
  delivery_queue: { push(hmail: HMailItem): void }
}

/** Marks what this module installed, so a plugin reload does not wrap twice. */
const INSTALLED = Symbol.for('outpost.durable_queue')

/** Haraka's queue-file header (length + TODO JSON), built by Haraka's own build_todo so the format always matches. */
function todoHeader(outbound: OutboundInternals, todo: object): Buffer {
  let header: Buffer | undefined
  outbound.build_todo(todo, { write: (b) => ((header = b), true), once: () => undefined }, () => undefined)
  if (!header) throw new Error('Haraka built no queue file header')
  return header
}

/** The message as Haraka stores it in a queue file (not dot-stuffed). */
function queuedBody(stream: MessageStream): AsyncIterable<Buffer> {
  const body = new PassThrough()
  const failed = (err: Error): void => {
    body.destroy(err)
  }
  stream.once('error', failed)
  body.once('close', () => stream.removeListener('error', failed))
  stream.pipe(body, { dot_stuffed: false })
  return body
}

export function installDurableQueue(plugin: Plugin): void {
  let outbound: OutboundInternals
  let queueDir: () => string
  let retrySeconds: () => number
  try {
    outbound = plugin.haraka_require('outbound') as OutboundInternals
    const queue = plugin.haraka_require('outbound/queue') as { queue_dir: string }
    const obc = plugin.haraka_require('outbound/config') as { cfg: { temp_fail_intervals?: number[] } }
    queueDir = () => queue.queue_dir
    // a full disk is retried on Haraka's own schedule: its first retry interval (default 1 minute)
    retrySeconds = () => obc.cfg?.temp_fail_intervals?.[0] ?? 60
  } catch (err) {
    plugin.logerror(`Haraka's outbound module is not reachable (${(err as Error).message}): its queue files are written by Haraka's own code, which can answer 250 for a truncated file on a full disk`)
    return
  }
  const proto = outbound.HMailItem?.prototype
  const known =
    typeof outbound.process_delivery === 'function' &&
    typeof outbound.build_todo === 'function' &&
    typeof outbound.send_email === 'function' &&
    typeof outbound.qfile?.name === 'function' &&
    typeof proto?.bounce_respond === 'function' &&
    typeof proto?.split_to_new_recipients === 'function'
  if (!known) {
    plugin.logerror(`this Haraka's outbound module is not the 3.3 one Outpost knows: its queue files are written by Haraka's own code, which can answer 250 for a truncated file on a full disk`)
    return
  }
  const marked = outbound as unknown as Record<symbol, boolean>
  if (marked[INSTALLED]) return
  marked[INSTALLED] = true

  // 1. every new queue file
  outbound.process_delivery = async function durableProcessDelivery(okPaths, todo, hmails) {
    const name = outbound.qfile.name()
    const dir = queueDir()
    try {
      if (!todo.message_stream) throw new Error('no message stream to queue')
      const dest = await writeQueueFile(dir, name, `${outbound.qfile.platformDOT}${name}`, todoHeader(outbound, todo), queuedBody(todo.message_stream))
      okPaths.push(dest)
      hmails.push(new outbound.HMailItem(name, dest, todo.notes))
    } catch (err) {
      plugin.logerror(`Unable to write queue file ${name} in ${dir}: ${(err as Error).message}; nothing was queued`)
      throw err
    }
  }

  /** Give the delivery slot back and try the message again later, keeping its queue file. */
  function keepAndRetry(hmail: HMailItem, why: string): void {
    const delay = retrySeconds()
    hmail.logerror(`${why}: keeping ${hmail.filename} in the queue, trying it again in ${delay}s`)
    const done = hmail.next_cb
    hmail.next_cb = () => undefined // the delivery queue sets a fresh one when it runs the message again
    done()
    outbound.temp_fail_queue.add(hmail.filename, delay * 1000, () => outbound.delivery_queue.push(hmail))
  }

  // 2. a DSN that cannot be queued keeps the original
  const harakaBounceRespond = proto.bounce_respond
  proto.bounce_respond = function durableBounceRespond(this: HMailItem, retval: number, msg?: unknown): void {
    // suppressed DSNs and double bounces write no new file: Haraka's own handling
    if (retval !== constants.CONT || !this.todo?.mail_from?.user) return harakaBounceRespond.call(this, retval, msg)
    // Haraka's own Address class (the one it read the queue file with), whatever copy of it Outpost would load
    const Address = this.todo.mail_from.constructor as new (user: string, host?: string) => unknown
    const from = new Address('<>')
    const recip = new Address(this.todo.mail_from.user, this.todo.mail_from.host ?? undefined)
    this.populate_bounce_message(from, recip, this.bounce_error, (err, lines) => {
      if (err) return this.double_bounce(`Error populating bounce message: ${String(err)}`)
      outbound.send_email(
        from,
        recip,
        lines.join(''),
        (code, reason) => {
          if (code === constants.OK) return this.discard()
          if (code === constants.DENY) return this.double_bounce('Unable to queue the bounce message. Not sending bounce!')
          keepAndRetry(this, `the bounce could not be queued (${String(reason ?? code)})`)
        },
        { origin: this },
      )
    })
  }

  // 3. the copy for some recipients: written durably, retried while the disk is full
  const harakaSplit = proto.split_to_new_recipients
  proto.split_to_new_recipients = function durableSplit(this: HMailItem, recipients, response, cb): void {
    if (recipients.length === this.todo.rcpt_to.length) return harakaSplit.call(this, recipients, response, cb)
    const todo = JSON.parse(JSON.stringify(this.todo)) as Todo
    todo.rcpt_to = recipients
    const attempt = async (): Promise<void> => {
      const name = outbound.qfile.name()
      const dir = queueDir()
      try {
        const dest = await writeQueueFile(dir, name, `${outbound.qfile.platformDOT}${name}`, todoHeader(outbound, todo), this.data_stream())
        const split = new outbound.HMailItem(name, dest, this.notes)
        split.once('ready', () => cb(split))
      } catch (err) {
        const delay = retrySeconds()
        // the original (every recipient) stays on disk until the copy exists: after a
        // restart meanwhile, Haraka sends it again in full rather than lose anyone
        this.logerror(`${response}: cannot write the queue file for ${recipients.length} recipient(s) (${(err as Error).message}); keeping ${this.filename}, trying again in ${delay}s`)
        setTimeout(() => void attempt(), delay * 1000).unref()
      }
    }
    void attempt()
  }
}
