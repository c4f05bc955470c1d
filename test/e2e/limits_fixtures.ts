// Shared by the outpost_limits end-to-end tests (not a test file itself).
import { execFile } from 'node:child_process'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'
import { REPO } from '../helpers/haraka'
import { makeMessage, smtpSession, type Reply, type SmtpSession } from '../helpers/smtp_client'
import type { ReceivedMessage, Sink } from '../helpers/smtp_sink'

const run = promisify(execFile)

export async function outpostCmd(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(REPO, 'bin', 'outpost'), '-c', dir, ...args], { env: { ...process.env, HARAKA: '', USER: 'e2e-admin', SUDO_USER: '' } })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

export interface WebhookReceiver {
  url: string
  bodies: Array<Record<string, any>>
  close(): Promise<void>
}

export async function webhookReceiver(): Promise<WebhookReceiver> {
  const bodies: Array<Record<string, any>> = []
  const server = http.createServer((req, res) => {
    let text = ''
    req.on('data', (d) => (text += d))
    req.on('end', () => {
      try {
        bodies.push(JSON.parse(text))
      } catch {
        bodies.push({ unparsable: text })
      }
      res.end('ok')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const { port } = server.address() as net.AddressInfo
  return { url: `http://127.0.0.1:${port}/outpost`, bodies, close: () => new Promise((r) => server.close(() => r())) }
}

/** One SMTP session that can send many messages (optionally after STARTTLS and AUTH PLAIN). */
export class Client {
  private constructor(private readonly s: SmtpSession) {}

  static async open(port: number, localAddress: string, auth?: { user: string; pass: string }): Promise<Client> {
    const s = await smtpSession({ port, localAddress })
    const greeting = await s.greeting
    if (greeting.code !== 220) throw new Error(`greeting ${greeting.code} ${greeting.text}`)
    await s.ehlo('client.test')
    if (auth) {
      const tls = await s.startTls()
      if (tls.code !== 220) throw new Error(`STARTTLS ${tls.code} ${tls.text}`)
      await s.ehlo('client.test')
      const r = await s.authPlain(auth.user, auth.pass)
      if (r.code !== 235) throw new Error(`AUTH ${r.code} ${r.text}`)
    }
    return new Client(s)
  }

  /** One transaction; returns the reply that ended it. */
  async send(from: string, to: string[], subject: string, headers: Record<string, string> = {}): Promise<Reply> {
    const m = await this.s.mail(from)
    if (m.code !== 250) return m
    for (const r of to) {
      const reply = await this.s.rcpt(r)
      if (reply.code !== 250) {
        await this.s.command('RSET')
        return reply
      }
    }
    return this.s.data(makeMessage({ from, to: to[0], subject, headers }))
  }

  /** One transaction with a given body. */
  async sendBody(from: string, to: string[], subject: string, body: string): Promise<Reply> {
    const m = await this.s.mail(from)
    if (m.code !== 250) return m
    for (const r of to) {
      const reply = await this.s.rcpt(r)
      if (reply.code !== 250) return reply
    }
    return this.s.data(makeMessage({ from, to: to[0], subject, body }))
  }

  async close(): Promise<void> {
    await this.s.quit().catch(() => undefined)
    this.s.close()
  }
}

export function subjectOf(m: ReceivedMessage): string {
  return /^Subject: (.*)$/m.exec(m.raw.toString())?.[1]?.trim() ?? ''
}

export function bySubject(sink: Sink, subject: string): ReceivedMessage[] {
  return sink.messages.filter((m) => subjectOf(m) === subject)
}

export { waitFor } from './quarantine_fixtures'
