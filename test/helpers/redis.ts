// A real redis-server (Debian's package) on a free loopback port, without
// persistence, started and stopped by the tests. OUTPOST_TEST_REDIS_URL
// points the tests at an existing server instead (nothing is started then,
// and stop/start are not available).
import { ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import { freePort } from './haraka'

export interface TestRedis {
  url: string
  port: number
  /** stop the server (SIGTERM), wait for it to exit */
  stop(): Promise<void>
  /** start it again on the same port (after stop) */
  start(): Promise<void>
}

async function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' })
    s.once('connect', () => s.write('PING\r\n'))
    s.once('data', (d) => {
      s.destroy()
      resolve(d.toString().startsWith('+PONG'))
    })
    s.once('error', () => resolve(false))
  })
}

export async function startRedis(): Promise<TestRedis> {
  const existing = process.env.OUTPOST_TEST_REDIS_URL
  if (existing) {
    const port = Number(new URL(existing).port || 6379)
    const unsupported = async (): Promise<void> => {
      throw new Error('OUTPOST_TEST_REDIS_URL is set: the tests do not stop or start that server')
    }
    return { url: existing, port, stop: unsupported, start: unsupported }
  }
  const port = await freePort()
  let child: ChildProcess | undefined
  const start = async (): Promise<void> => {
    const output: string[] = []
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout!.on('data', (d) => output.push(String(d)))
    child.stderr!.on('data', (d) => output.push(String(d)))
    const deadline = Date.now() + 10_000
    while (!(await ping(port))) {
      if (child.exitCode !== null) throw new Error(`redis-server exited: ${output.join('')}`)
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${port}: ${output.join('')}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  const stop = async (): Promise<void> => {
    const c = child
    if (!c || c.exitCode !== null || c.signalCode !== null) return
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve())
      c.kill('SIGKILL')
    })
  }
  await start()
  return { url: `redis://127.0.0.1:${port}`, port, stop, start }
}
