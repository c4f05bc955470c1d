// One scoring thread of the engine pool (src/policy/engine_pool.ts): builds the
// built-in engine from the settings it is given and scores one message at a
// time. Everything it sends back is plain data.
import { parentPort, workerData } from 'node:worker_threads'
import { createEngine, type EngineSettings, type MessageFacts } from '../engine'

export interface WorkerInit {
  settings: EngineSettings
  installDir: string
}

export interface ScoreJob {
  id: number
  raw: Uint8Array
  facts: MessageFacts
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'log'; line: string; level?: 'info' | 'error' }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'error'; id: number; message: string }
  | { type: 'failed'; message: string }

const port = parentPort
if (!port) throw new Error('engine_worker runs only as a worker thread')

const init = workerData as WorkerInit
const send = (reply: WorkerReply): void => port.postMessage(reply)

let engine: ReturnType<typeof createEngine>
try {
  engine = createEngine(init.settings, { installDir: init.installDir, log: (line, level) => send({ type: 'log', line, level }) })
  send({ type: 'ready' })
} catch (err) {
  send({ type: 'failed', message: (err as Error)?.message ?? String(err) })
  process.exit(1)
}

port.on('message', (job: ScoreJob) => {
  const raw = Buffer.from(job.raw.buffer, job.raw.byteOffset, job.raw.byteLength)
  engine.score(raw, job.facts).then(
    (result) => send({ type: 'result', id: job.id, result }),
    (err: unknown) => send({ type: 'error', id: job.id, message: (err as Error)?.message ?? String(err) }),
  )
})
