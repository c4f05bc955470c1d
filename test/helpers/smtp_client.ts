// A raw SMTP client for end-to-end tests: every reply is returned to the test,
// so it can assert on exactly what a mail server would have seen.
import net from 'node:net'
import tls from 'node:tls'

export interface Reply {
  code: number
  text: string
}

export interface SessionOptions {
  port: number
  host?: string
  localAddress?: string
  timeoutMs?: number
}

export class SmtpSession {
  private buffer = ''
  private waiting: ((r: Reply) => void) | null = null
  private replies: Reply[] = []
  private closed = false
  private lines: string[] = []
  readonly greeting: Promise<Reply>

  constructor(private socket: net.Socket, private readonly timeoutMs: number) {
    this.attach(socket)
    this.greeting = this.read()
  }

  private attach(socket: net.Socket): void {
    socket.setEncoding('utf8')
    socket.on('data', (d: string) => this.onData(d))
    socket.on('close', () => {
      this.closed = true
      this.flushClosed()
    })
    socket.on('error', () => {
      this.closed = true
      this.flushClosed()
    })
  }

  /** STARTTLS, then the TLS handshake (certificate checks off: test servers use throw-away certs), optionally with a client certificate. */
  async startTls(client?: { key: string; cert: string }): Promise<Reply> {
    const r = await this.command('STARTTLS')
    if (r.code !== 220) return r
    const plain = this.socket
    plain.removeAllListeners('data')
    plain.removeAllListeners('close')
    plain.removeAllListeners('error')
    const secure = await new Promise<tls.TLSSocket>((resolve, reject) => {
      const t = tls.connect({ socket: plain, rejectUnauthorized: false, ...client }, () => resolve(t))
      t.once('error', reject)
    })
    this.socket = secure
    this.attach(secure)
    return r
  }

  /** AUTH PLAIN with an initial response. */
  authPlain(user: string, pass: string): Promise<Reply> {
    return this.command(`AUTH PLAIN ${Buffer.from(`\0${user}\0${pass}`).toString('base64')}`)
  }

  private flushClosed(): void {
    if (this.waiting) {
      const w = this.waiting
      this.waiting = null
      w({ code: 0, text: 'connection closed' })
    }
  }

  private onData(d: string): void {
    this.buffer += d
    let idx
    while ((idx = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, idx).replace(/\r$/, '')
      this.buffer = this.buffer.slice(idx + 1)
      this.lines.push(line)
      if (/^\d{3} /.test(line) || /^\d{3}$/.test(line)) {
        const reply = { code: Number(line.slice(0, 3)), text: this.lines.map((l) => l.slice(4)).join('\n') }
        this.lines = []
        if (this.waiting) {
          const w = this.waiting
          this.waiting = null
          w(reply)
        } else {
          this.replies.push(reply)
        }
      }
    }
  }

  read(): Promise<Reply> {
    const queued = this.replies.shift()
    if (queued) return Promise.resolve(queued)
    if (this.closed) return Promise.resolve({ code: 0, text: 'connection closed' })
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = null
        reject(new Error(`no SMTP reply within ${this.timeoutMs} ms`))
      }, this.timeoutMs)
      this.waiting = (r) => {
        clearTimeout(timer)
        resolve(r)
      }
    })
  }

  async command(line: string): Promise<Reply> {
    if (this.closed) return { code: 0, text: 'connection closed' }
    this.socket.write(line + '\r\n')
    return this.read()
  }

  ehlo(name = 'client.test'): Promise<Reply> {
    return this.command(`EHLO ${name}`)
  }

  mail(address: string, params = ''): Promise<Reply> {
    return this.command(`MAIL FROM:<${address}>${params ? ' ' + params : ''}`)
  }

  rcpt(address: string): Promise<Reply> {
    return this.command(`RCPT TO:<${address}>`)
  }

  /** DATA, then the message (CRLF-normalised and dot-stuffed here), then the final reply. */
  async data(raw: Buffer | string): Promise<Reply> {
    const go = await this.command('DATA')
    if (go.code !== 354) return go
    this.socket.write(toWire(raw))
    return this.read()
  }

  /** DATA, then these bytes exactly as given (no CRLF normalising, no dot-stuffing, no terminator added), then the reply. */
  async dataRaw(bytes: Buffer | string): Promise<Reply> {
    const go = await this.command('DATA')
    if (go.code !== 354) return go
    this.socket.write(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'latin1'))
    return this.read()
  }

  /** Raw bytes on the wire (a message sent in parts, a session cut short). */
  write(bytes: Buffer | string): void {
    this.socket.write(bytes)
  }

  async quit(): Promise<Reply> {
    const r = await this.command('QUIT')
    this.socket.end()
    return r
  }

  close(): void {
    this.socket.destroy()
  }

  isClosed(): boolean {
    return this.closed
  }
}

export function toWire(raw: Buffer | string): Buffer {
  const text = Buffer.isBuffer(raw) ? raw.toString('latin1') : raw
  let body = text.replace(/\r?\n/g, '\r\n')
  if (!body.endsWith('\r\n')) body += '\r\n'
  body = body.replace(/^\./gm, '..')
  return Buffer.from(body + '.\r\n', 'latin1')
}

export function smtpSession(opts: SessionOptions): Promise<SmtpSession> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({
      port: opts.port,
      host: opts.host ?? '127.0.0.1',
      localAddress: opts.localAddress,
    })
    socket.once('connect', () => resolve(new SmtpSession(socket, opts.timeoutMs ?? 30_000)))
    socket.once('error', reject)
  })
}

export interface SendOptions extends SessionOptions {
  from: string
  to: string[]
  raw: Buffer | string
  helo?: string
}

export interface SendResult {
  greeting: Reply
  ehlo?: Reply
  mail?: Reply
  rcpt: Reply[]
  data?: Reply
  /** the reply that ended the transaction (the first failure, or the DATA reply) */
  final: Reply
}

/** One whole transaction; stops at the first refusal, like a real MTA. */
export async function sendMessage(opts: SendOptions): Promise<SendResult> {
  const s = await smtpSession(opts)
  const result: SendResult = { greeting: await s.greeting, rcpt: [], final: { code: 0, text: '' } }
  try {
    if (result.greeting.code !== 220) {
      result.final = result.greeting
      return result
    }
    result.ehlo = await s.ehlo(opts.helo ?? 'client.test')
    result.mail = await s.mail(opts.from)
    if (result.mail.code !== 250) {
      result.final = result.mail
      return result
    }
    let accepted = 0
    for (const rcpt of opts.to) {
      const r = await s.rcpt(rcpt)
      result.rcpt.push(r)
      if (r.code === 250) accepted++
    }
    if (!accepted) {
      result.final = result.rcpt[result.rcpt.length - 1]
      return result
    }
    result.data = await s.data(opts.raw)
    result.final = result.data
    return result
  } finally {
    if (!s.isClosed()) await s.quit().catch(() => undefined)
    s.close()
  }
}

/** A small RFC 5322 message for tests. */
export function makeMessage(opts: {
  from: string
  to: string
  subject?: string
  body?: string
  headers?: Record<string, string>
  date?: Date
  /** the body's type (default text/plain; charset=utf-8) */
  contentType?: string
  /** the body's Content-Transfer-Encoding, as the body is written (default 7bit) */
  transferEncoding?: string
}): string {
  const lines = [
    `From: ${opts.from}`,
    `To: ${opts.to}`,
    `Subject: ${opts.subject ?? 'Quarterly report'}`,
    `Date: ${(opts.date ?? new Date()).toUTCString().replace('GMT', '+0000')}`,
    // the domain of the From address, also when the field has a display name ("Ledger <alice@corp.example>")
    `Message-ID: <${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}@${/@([^>\s]+)/.exec(opts.from)?.[1] ?? 'test'}>`,
    'MIME-Version: 1.0',
    `Content-Type: ${opts.contentType ?? 'text/plain; charset=utf-8'}`,
    `Content-Transfer-Encoding: ${opts.transferEncoding ?? '7bit'}`,
  ]
  for (const [k, v] of Object.entries(opts.headers ?? {})) lines.push(`${k}: ${v}`)
  return (
    lines.join('\r\n') +
    '\r\n\r\n' +
    (opts.body ?? 'Hello,\r\n\r\nPlease find the figures for the quarter attached to the shared drive.\r\n\r\nRegards,\r\nAlice\r\n')
  )
}
