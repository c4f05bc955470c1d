// A small HTTP server on loopback for end-to-end tests: serves fixed bodies
// per path (SNDS CSV) and records every request (webhook receivers).
import http from 'node:http'
import net from 'node:net'

export interface RecordedRequest {
  method: string
  url: string
  body: string
}

export interface TestHttpServer {
  port: number
  base: string
  /** path -> body served with 200; change it between requests */
  routes: Map<string, string>
  requests: RecordedRequest[]
  waitForRequests(path: string, n: number, timeoutMs?: number): Promise<RecordedRequest[]>
  close(): Promise<void>
}

export async function startHttpServer(routes: Record<string, string> = {}): Promise<TestHttpServer> {
  const table = new Map(Object.entries(routes))
  const requests: RecordedRequest[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') })
      const path = (req.url ?? '').split('?')[0]
      const body = table.get(path)
      if (req.method === 'POST') {
        res.writeHead(204).end()
      } else if (body === undefined) {
        res.writeHead(404).end('not found')
      } else {
        res.writeHead(200, { 'content-type': 'text/csv' }).end(body)
      }
    })
  })
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))
  })
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    routes: table,
    requests,
    async waitForRequests(path, n, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const hits = requests.filter((r) => r.url.split('?')[0] === path)
        if (hits.length >= n) return hits
        if (Date.now() > deadline) throw new Error(`${hits.length} of ${n} requests to ${path} within ${timeoutMs} ms`)
        await new Promise((r) => setTimeout(r, 50))
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
