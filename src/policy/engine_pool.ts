// The built-in engine on worker threads ([engines] workers in
// outpost_policy.ini). Two reasons:
// - Haraka runs every connection on one event loop. Scoring is the largest
//   piece of CPU work Outpost adds per message, so doing it on other cores
//   lets one Haraka process accept and deliver more mail.
// - A deadline that can be enforced: a message that keeps the engine busy
//   past [engines] timeout gets its 451 on time, and the thread stuck on it
//   is terminated and replaced. On the event loop such a message would stall
//   every connection until it finished.
// Each thread holds its own engine (models included) and scores one message
// at a time; messages wait in one queue, and the deadline covers the wait.
// A message that kept its thread busy until the deadline is remembered for a
// while (src/policy/slow_messages.ts): its retries are refused at once instead
// of taking a thread for the whole timeout again.
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Engine, EngineResult, EngineSettings, MessageFacts } from '../engine'
import type { ScoreJob, WorkerInit, WorkerReply } from './engine_worker'
import { createSlowMessages, messageFingerprint, SLOW_HOLD_MS, type SlowMessages } from './slow_messages'

/** The compiled worker script. Tests import this module from src/, so it is found through dist/ either way. */
export const WORKER_FILE = path.resolve(__dirname, '..', '..', 'dist', 'policy', 'engine_worker.js')

/** A thread that dies before it is ready is restarted after this long, not in a tight loop. */
const RESTART_DELAY_MS = 1_000

export interface EnginePoolOptions {
  settings: EngineSettings
  installDir: string
  /** number of threads, at least 1 */
  size: number
  /** a message not scored within this long (waiting included) is rejected; a thread still busy with it is replaced */
  timeoutMs: number
  log?: (line: string, level?: 'info' | 'error') => void
  /** for tests: another worker script */
  workerFile?: string
  /** how long a message that ran into the timeout on a thread is refused without scoring; default SLOW_HOLD_MS (10 min) */
  slowHoldMs?: number
}

export interface EnginePool extends Engine {
  readonly size: number
  /** Finish what is queued or running, then stop the threads. */
  close(): Promise<void>
}

interface Job {
  id: number
  raw: Buffer
  facts: MessageFacts
  resolve(result: EngineResult): void
  reject(err: Error): void
  timer: NodeJS.Timeout
  slot?: Slot
  fingerprint: string
  /** when a thread started on it (performance.now()) */
  startedAt?: number
}

interface Slot {
  worker: Worker
  ready: boolean
  job?: Job
}

export function createEnginePool(opts: EnginePoolOptions): EnginePool {
  if (!(opts.size >= 1)) throw new Error(`engine pool size must be at least 1, got ${opts.size}`)
  const file = opts.workerFile ?? WORKER_FILE
  const log = opts.log ?? (() => undefined)
  const slots: Slot[] = []
  const queue: Job[] = []
  let nextId = 1
  let closing = false
  let closed: (() => void) | undefined
  const slowHoldMs = opts.slowHoldMs ?? SLOW_HOLD_MS
  const slow: SlowMessages = createSlowMessages({ holdMs: slowHoldMs })

  function spawn(index: number): void {
    const init: WorkerInit = { settings: opts.settings, installDir: opts.installDir }
    const worker = new Worker(file, { workerData: init })
    const slot: Slot = { worker, ready: false }
    slots[index] = slot
    worker.on('message', (reply: WorkerReply) => onReply(slot, reply))
    worker.on('error', (err) => log(`outpost engine thread ${index}: ${err.message}`, 'error'))
    worker.on('exit', (code) => {
      const wasReady = slot.ready
      slot.ready = false // nothing more is sent to it
      const job = slot.job
      slot.job = undefined
      if (job) finish(job, new Error(`engine thread exited (code ${code}) while scoring`))
      if (slots[index] !== slot) return // replaced already (timeout)
      if (closing) return maybeClosed()
      log(`outpost engine thread ${index} exited (code ${code}); starting another`)
      setTimeout(() => !closing && spawn(index), wasReady ? 0 : RESTART_DELAY_MS).unref()
    })
    worker.unref() // never what keeps Haraka from exiting (after the listeners: adding one refs the thread again)
  }

  function onReply(slot: Slot, reply: WorkerReply): void {
    switch (reply.type) {
      case 'ready':
        slot.ready = true
        return dispatch()
      case 'log':
        return log(reply.line, reply.level)
      case 'failed':
        return log(`outpost engine thread could not start: ${reply.message}`, 'error')
      case 'result':
      case 'error': {
        const job = slot.job
        if (!job || job.id !== reply.id) return // a late answer for a job already timed out
        slot.job = undefined
        if (reply.type === 'result') finish(job, undefined, reply.result as EngineResult)
        else finish(job, new Error(reply.message))
        return dispatch()
      }
    }
  }

  function finish(job: Job, err?: Error, result?: EngineResult): void {
    clearTimeout(job.timer)
    job.slot = undefined
    if (err) job.reject(err)
    else job.resolve(result!)
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (!queue.length) break
      if (!slot?.ready || slot.job) continue
      const job = queue.shift()!
      slot.job = job
      job.slot = slot
      job.startedAt = performance.now()
      // a copy the thread owns: the caller's Buffer may be a slice of a shared pool
      const copy = new Uint8Array(job.raw.byteLength)
      copy.set(job.raw)
      const msg: ScoreJob = { id: job.id, raw: copy, facts: job.facts }
      slot.worker.postMessage(msg, [copy.buffer])
    }
    maybeClosed()
  }

  function onTimeout(job: Job): void {
    const slot = job.slot
    if (slot) {
      // the thread is stuck on this message: replace it, so the next message is not stuck behind it
      const index = slots.indexOf(slot)
      slot.job = undefined
      slot.ready = false
      // a message that spent most of the deadline on a thread (not waiting in the queue) is the slow one
      const ran = performance.now() - (job.startedAt ?? performance.now())
      const held = ran >= opts.timeoutMs / 2
      if (held) slow.remember(job.fingerprint)
      log(
        `outpost engine: a message took longer than ${opts.timeoutMs} ms; restarting its thread` +
          (held ? `; its retries (fingerprint ${job.fingerprint.slice(0, 12)}) get 451 without scoring for ${Math.round(slowHoldMs / 1000)} s` : ''),
      )
      if (index >= 0 && !closing) spawn(index)
      void slot.worker.terminate()
    } else {
      const i = queue.indexOf(job)
      if (i >= 0) queue.splice(i, 1)
    }
    job.slot = undefined
    job.reject(new Error(`built-in engine timed out after ${opts.timeoutMs} ms`))
    dispatch()
  }

  function maybeClosed(): void {
    if (!closing || !closed || queue.length || slots.some((s) => s.job)) return
    const done = closed
    closed = undefined
    void Promise.all(slots.map((s) => s.worker.terminate())).then(() => done())
  }

  for (let i = 0; i < opts.size; i++) spawn(i)

  return {
    size: opts.size,
    score(raw: Buffer, facts: MessageFacts): Promise<EngineResult> {
      if (closing) return Promise.reject(new Error('engine pool is closed'))
      const fingerprint = messageFingerprint(raw)
      const until = slow.heldUntil(fingerprint)
      if (until !== undefined) {
        const left = Math.ceil((until - Date.now()) / 1000)
        return Promise.reject(
          new Error(`the same message ran into the ${opts.timeoutMs} ms timeout before; not scored again for ${left} s (fingerprint ${fingerprint.slice(0, 12)})`),
        )
      }
      return new Promise<EngineResult>((resolve, reject) => {
        const job: Job = { id: nextId++, raw, facts, resolve, reject, timer: undefined as unknown as NodeJS.Timeout, fingerprint }
        job.timer = setTimeout(() => onTimeout(job), opts.timeoutMs)
        queue.push(job)
        dispatch()
      })
    },
    close(): Promise<void> {
      if (closing) return Promise.resolve()
      closing = true
      return new Promise<void>((resolve) => {
        closed = resolve
        maybeClosed()
      })
    },
  }
}
