// A real SMTP server acting as the smarthost (or a remote MX) in end-to-end tests.
import { SMTPServer, SMTPServerOptions } from 'smtp-server'
import net from 'node:net'

export interface ReceivedMessage {
  from: string
  to: string[]
  raw: Buffer
  authUser?: string
  secure: boolean
  remoteAddress: string
  helo: string
}

export interface SinkOptions {
  host?: string
  port?: number
  /** offer STARTTLS with this key/cert; without it STARTTLS is not offered */
  tls?: { key: string | Buffer; cert: string | Buffer }
  /** require AUTH with these credentials (only after STARTTLS when tls is given) */
  auth?: { user: string; pass: string }
  /** reply to RCPT/DATA with this SMTP code (e.g. 451 to simulate trouble) */
  rejectWith?: { code: number; message: string }
  extra?: Partial<SMTPServerOptions>
}

export interface Sink {
  port: number
  host: string
  messages: ReceivedMessage[]
  waitForMessages(n: number, timeoutMs?: number): Promise<ReceivedMessage[]>
  close(): Promise<void>
  /** connections seen (even those that sent nothing) */
  connections: number
}

export async function startSink(opts: SinkOptions = {}): Promise<Sink> {
  const messages: ReceivedMessage[] = []
  const host = opts.host ?? '127.0.0.1'
  let connections = 0
  const server = new SMTPServer({
    secure: false,
    logger: false,
    disableReverseLookup: true,
    hideSTARTTLS: !opts.tls,
    key: opts.tls?.key,
    cert: opts.tls?.cert,
    authOptional: !opts.auth,
    allowInsecureAuth: !opts.tls,
    authMethods: ['PLAIN', 'LOGIN'],
    size: 100 * 1024 * 1024,
    onConnect(_session, cb) {
      connections++
      sink.connections = connections
      cb()
    },
    onAuth(auth, _session, cb) {
      if (opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.pass) {
        return cb(null, { user: auth.username })
      }
      return cb(new Error('Invalid username or password'))
    },
    onRcptTo(_address, _session, cb) {
      if (opts.rejectWith) {
        const err = new Error(opts.rejectWith.message) as Error & { responseCode: number }
        err.responseCode = opts.rejectWith.code
        return cb(err)
      }
      cb()
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          authUser: session.user as string | undefined,
          secure: session.secure,
          remoteAddress: session.remoteAddress,
          helo: session.hostNameAppearsAs,
        })
        cb()
      })
    },
    ...opts.extra,
  })
  server.on('error', () => undefined)
  const port = await new Promise<number>((resolve, reject) => {
    server.listen(opts.port ?? 0, host, () => resolve((server.server.address() as net.AddressInfo).port))
    server.server.once('error', reject)
  })
  const sink: Sink = {
    port,
    host,
    messages,
    connections,
    async waitForMessages(n: number, timeoutMs = 15_000): Promise<ReceivedMessage[]> {
      const deadline = Date.now() + timeoutMs
      while (messages.length < n) {
        if (Date.now() > deadline) {
          throw new Error(`sink received ${messages.length} of ${n} messages within ${timeoutMs} ms`)
        }
        await new Promise((r) => setTimeout(r, 50))
      }
      return messages
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
  return sink
}
