// Alerts to administrators: one email through the gateway's own outbound path
// and/or one JSON POST to a webhook, per alert. Reusable by any part of
// Outpost (sender limits, SNDS, blocklist watch): the caller says what
// happened; this module rate-limits, deduplicates, composes and sends.
//
//   const alerts = new AlertSender({ mailer: harakaMailer(plugin), from, hostname, log })
//   await alerts.send({ key: 'limits:id:alice@example.org', kind: 'limits', subject, lines, data }, { notify, webhookUrl })
//
// Never looping: the mail has a null envelope sender, Auto-Submitted and
// X-Outpost-Notice, and carries transaction note outpost_notice, which every
// outpost_* plugin skips (no scoring, holding, counting).
import { composeAlertMail } from './compose'
import { postJson, WebhookResult } from './webhook'

export { composeAlertMail, clean } from './compose'
export { postJson, webhookUrlProblem } from './webhook'
export type { WebhookResult } from './webhook'

/** Hands a composed message to the gateway's outbound queue; resolves with the queue id. */
export type Mailer = (mail: { from: string; to: string[]; raw: Buffer; notes: Record<string, unknown> }) => Promise<string>

export interface AlertLog {
  info(msg: string): void
  warn(msg: string): void
}

export interface Alert {
  /** deduplication key: one alert per key per dedupe period (e.g. limits:id:alice@example.org) */
  key: string
  /** short machine name of the source: limits, snds, blocklist; becomes X-Outpost-Notice: alert-KIND */
  kind: string
  subject: string
  /** the email body, one line each */
  lines: string[]
  /** the webhook's JSON body (kind, key, subject and time are added) */
  data: Record<string, unknown>
}

export interface AlertTargets {
  /** admin addresses; empty = no email */
  notify?: string[]
  /** empty = no webhook */
  webhookUrl?: string
}

export interface AlertOutcome {
  /** false when suppressed by deduplication or the rate limit */
  sent: boolean
  suppressed?: 'duplicate' | 'rate_limited'
  /** outbound queue id of the email */
  queued?: string
  mailError?: string
  webhook?: WebhookResult
}

export interface AlertSenderOptions {
  mailer?: Mailer
  /** header From: of alert mail */
  from: string
  hostname: string
  log: AlertLog
  /** one alert per key within this period (default 1h) */
  dedupeMs?: number
  /** at most this many alerts per hour in all, so a storm of locks cannot flood the admin (default 30) */
  maxPerHour?: number
  webhook?: { attempts?: number; backoffMs?: number; timeoutMs?: number }
  now?: () => number
}

export class AlertSender {
  private readonly lastByKey = new Map<string, number>()
  private readonly sentAt: number[] = []
  private suppressed = 0

  constructor(private readonly opts: AlertSenderOptions) {}

  private now(): number {
    return this.opts.now ? this.opts.now() : Date.now()
  }

  /** Whether an alert with this key would be sent now (not a duplicate, within the rate limit). */
  private admit(key: string): AlertOutcome['suppressed'] | undefined {
    const now = this.now()
    const dedupe = this.opts.dedupeMs ?? 3_600_000
    const last = this.lastByKey.get(key)
    if (last !== undefined && now - last < dedupe) return 'duplicate'
    while (this.sentAt.length && now - this.sentAt[0] >= 3_600_000) this.sentAt.shift()
    if (this.sentAt.length >= (this.opts.maxPerHour ?? 30)) return 'rate_limited'
    this.sentAt.push(now)
    this.lastByKey.set(key, now)
    if (this.lastByKey.size > 10_000) {
      for (const [k, t] of this.lastByKey) if (now - t >= dedupe) this.lastByKey.delete(k)
    }
    return undefined
  }

  /** Forget a key's deduplication (e.g. a lock was lifted, so a new lock deserves a new alert). */
  forget(key: string): void {
    this.lastByKey.delete(key)
  }

  async send(alert: Alert, targets: AlertTargets): Promise<AlertOutcome> {
    const notify = targets.notify ?? []
    if (!notify.length && !targets.webhookUrl) return { sent: false }
    const suppressed = this.admit(alert.key)
    if (suppressed) {
      this.suppressed++
      this.opts.log.warn(`alert ${alert.key} not sent (${suppressed === 'duplicate' ? 'already alerted within the dedupe period' : 'alert rate limit reached'}): ${alert.subject}`)
      return { sent: false, suppressed }
    }
    const earlier = this.suppressed
    this.suppressed = 0
    const lines = earlier ? [...alert.lines, '', `(${earlier} other alert${earlier === 1 ? ' was' : 's were'} suppressed by the alert rate limit or deduplication since the last one.)`] : alert.lines
    const time = new Date(this.now())
    const outcome: AlertOutcome = { sent: true }
    const tasks: Promise<void>[] = []
    if (notify.length && this.opts.mailer) {
      const mail = composeAlertMail({ to: notify, from: this.opts.from, hostname: this.opts.hostname, subject: alert.subject, lines, kind: `alert-${alert.kind}`, now: time })
      tasks.push(
        this.opts.mailer({ from: '', to: mail.to, raw: Buffer.from(mail.raw, 'utf8'), notes: { outpost_notice: `alert-${alert.kind}` } }).then(
          (id) => {
            outcome.queued = id
            this.opts.log.info(`alert ${alert.key} mailed to ${notify.join(', ')} (${id})`)
          },
          (err) => {
            outcome.mailError = (err as Error).message ?? String(err)
            this.opts.log.warn(`alert ${alert.key} not mailed: ${outcome.mailError}`)
          },
        ),
      )
    }
    if (targets.webhookUrl) {
      const body = { kind: alert.kind, key: alert.key, subject: alert.subject, time: time.toISOString(), gateway: this.opts.hostname, ...alert.data, ...(earlier ? { suppressed_before: earlier } : {}) }
      tasks.push(
        postJson(body, { url: targets.webhookUrl, ...this.opts.webhook }).then((r) => {
          outcome.webhook = r
          if (r.ok) this.opts.log.info(`alert ${alert.key} posted to the webhook (HTTP ${r.status}, attempt ${r.attempts})`)
          else this.opts.log.warn(`alert ${alert.key} not accepted by the webhook after ${r.attempts} attempt(s): ${r.status ? `HTTP ${r.status}` : r.error}`)
        }),
      )
    }
    await Promise.all(tasks)
    return outcome
  }
}
