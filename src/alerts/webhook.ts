// Webhook delivery of alerts: one JSON POST, retried with exponential backoff
// a bounded number of times. A 2xx answer is success; 4xx other than 408/429
// is final (the receiver refuses this request: retrying cannot help); network
// errors, timeouts, 408, 429 and 5xx are retried.

export interface WebhookOptions {
  url: string
  /** attempts in all, first included (default 4) */
  attempts?: number
  /** delay before the second attempt; doubled for each further one (default 1s) */
  backoffMs?: number
  /** per-attempt timeout (default 5s) */
  timeoutMs?: number
}

export interface WebhookResult {
  ok: boolean
  attempts: number
  /** HTTP status of the last attempt, if one answered */
  status?: number
  error?: string
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref?.())

/** Validate a webhook URL from a config file: http or https, with a host. Returns a plain message on error. */
export function webhookUrlProblem(text: string): string | undefined {
  let u: URL
  try {
    u = new URL(text)
  } catch {
    return 'expected a URL such as http://127.0.0.1:8080/outpost'
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'expected an http:// or https:// URL'
  if (!u.hostname) return 'expected a URL with a host'
  return undefined
}

export async function postJson(body: unknown, opts: WebhookOptions): Promise<WebhookResult> {
  const attempts = Math.max(1, opts.attempts ?? 4)
  const backoff = opts.backoffMs ?? 1000
  const payload = JSON.stringify(body)
  let last: WebhookResult = { ok: false, attempts: 0 }
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await sleep(backoff * 2 ** (i - 1))
    try {
      const res = await fetch(opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'outpost-alerts' },
        body: payload,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
      })
      await res.arrayBuffer().catch(() => undefined)
      last = { ok: res.ok, attempts: i + 1, status: res.status }
      if (res.ok) return last
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) return last
    } catch (err) {
      last = { ok: false, attempts: i + 1, error: (err as Error).message ?? String(err) }
    }
  }
  return last
}
