// Prometheus metrics of the gateway: counters, histograms and gauges kept in
// this process (every outpost_* plugin loads this one module), and an HTTP
// endpoint serving them in Prometheus' text exposition format (version 0.0.4),
// started when haraka.ini [metrics] listen is set (off by default).
import http from 'node:http'
import net from 'node:net'
import type { IniDocument } from './ini'
import { custom, readKeys, section } from './config_schema'
import { parseIpStrict } from './networks'

type Labels = Record<string, string>

function labelText(labels: Labels): string {
  const keys = Object.keys(labels)
  if (!keys.length) return ''
  return `{${keys.map((k) => `${k}="${String(labels[k]).replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`).join(',')}}`
}

function num(n: number): string {
  if (n === Infinity) return '+Inf'
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e9) / 1e9)
}

interface Metric {
  name: string
  help: string
  type: 'counter' | 'histogram' | 'gauge'
  render(): string[]
}

export class Counter implements Metric {
  readonly type = 'counter' as const
  private readonly values = new Map<string, { labels: Labels; value: number }>()
  constructor(
    readonly name: string,
    readonly help: string,
    /** label sets that exist from the start (at 0), so a rate() has a series before the first event */
    initial: Labels[] = [{}],
  ) {
    for (const l of initial) this.inc(l, 0)
  }
  inc(labels: Labels = {}, by = 1): void {
    const key = labelText(labels)
    const cur = this.values.get(key)
    if (cur) cur.value += by
    else this.values.set(key, { labels, value: by })
  }
  get(labels: Labels = {}): number {
    return this.values.get(labelText(labels))?.value ?? 0
  }
  render(): string[] {
    return [...this.values.values()].map((v) => `${this.name}${labelText(v.labels)} ${num(v.value)}`)
  }
}

export class Histogram implements Metric {
  readonly type = 'histogram' as const
  private readonly series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>()
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: number[],
  ) {}
  observe(value: number, labels: Labels = {}): void {
    if (!Number.isFinite(value)) return
    const key = labelText(labels)
    let s = this.series.get(key)
    if (!s) {
      s = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 }
      this.series.set(key, s)
    }
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]) s.counts[i]++
    s.sum += value
    s.count++
  }
  render(): string[] {
    const out: string[] = []
    for (const s of this.series.values()) {
      this.buckets.forEach((b, i) => out.push(`${this.name}_bucket${labelText({ ...s.labels, le: num(b) })} ${s.counts[i]}`))
      out.push(`${this.name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.count}`)
      out.push(`${this.name}_sum${labelText(s.labels)} ${num(s.sum)}`)
      out.push(`${this.name}_count${labelText(s.labels)} ${s.count}`)
    }
    return out
  }
}

/** A gauge read when scraped (queue and quarantine sizes: counted on disk, never drifting). */
export class Gauge implements Metric {
  readonly type = 'gauge' as const
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly read: () => number | undefined,
  ) {}
  render(): string[] {
    let v: number | undefined
    try {
      v = this.read()
    } catch {
      v = undefined
    }
    return v === undefined ? [] : [`${this.name} ${num(v)}`]
  }
}

const registry: Metric[] = []
function register<T extends Metric>(m: T): T {
  registry.push(m)
  return m
}

/** The gateway's metrics; names are part of the operator contract (README, "Metrics"). */
export const metrics = {
  relayed: register(new Counter('outpost_messages_relayed_total', 'Relayed messages accepted (250) and written to the outbound queue')),
  refused: register(
    new Counter('outpost_messages_refused_total', 'Messages or sessions refused, by reason (untrusted client, sender domain, policy reject, tempfail)', [
      { reason: 'untrusted' },
      { reason: 'sender_domain' },
      { reason: 'policy' },
      { reason: 'tempfail' },
    ]),
  ),
  scored: register(new Counter('outpost_messages_scored_total', 'Messages scored by outpost_policy, by action taken', [{ action: 'pass' }, { action: 'tag' }, { action: 'quarantine' }, { action: 'reject' }, { action: 'discard' }])),
  quarantined: register(new Counter('outpost_messages_quarantined_total', 'Messages stored in the quarantine')),
  released: register(new Counter('outpost_messages_released_total', 'Quarantined messages released into the outbound queue')),
  deferred: register(new Counter('outpost_messages_deferred_total', 'Delivery attempts deferred by the next hop or the network (the message stays queued)')),
  delivered: register(new Counter('outpost_messages_delivered_total', 'Messages delivered to the smarthost or the recipient MX')),
  uriblLookups: register(
    new Counter('outpost_uribl_lookups_total', 'URI blocklist lookups ([uribl]) answered by DNS, by result (listed, not_listed, refused, error)', [
      { result: 'listed' },
      { result: 'not_listed' },
      { result: 'refused' },
      { result: 'error' },
    ]),
  ),
  uriblCacheHits: register(new Counter('outpost_uribl_cache_hits_total', 'URI blocklist lookups answered from the cache')),
  uriblTimeouts: register(new Counter('outpost_uribl_timeouts_total', 'Messages scored without some of their URI blocklist lookups, which were not answered in time')),
  score: register(new Histogram('outpost_message_score', 'Score of each scored message', [-5, 0, 2, 4, 6, 8, 10, 15, 20, 50, 100])),
  stageSeconds: register(
    new Histogram('outpost_stage_duration_seconds', 'Time spent per message in each stage (score, quarantine write, queue write)', [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]),
  ),
}

const gauges = new Map<string, Gauge>()
/** Register (or replace) a gauge read at scrape time. */
export function setGauge(name: string, help: string, read: () => number | undefined): void {
  const existing = gauges.get(name)
  if (existing) registry.splice(registry.indexOf(existing), 1)
  const g = register(new Gauge(name, help, read))
  gauges.set(name, g)
}

export function exposition(): string {
  const lines: string[] = []
  for (const m of registry) {
    const body = m.render()
    if (!body.length && m.type === 'gauge') continue
    lines.push(`# HELP ${m.name} ${m.help}`, `# TYPE ${m.name} ${m.type}`, ...body)
  }
  return lines.join('\n') + '\n'
}

// ------------------------------------------------------------ haraka.ini [metrics]

export interface MetricsConfig {
  /** undefined: no endpoint (the default) */
  listen?: { host: string; port: number }
}

function isLoopback(host: string): boolean {
  if (host === '::1') return true
  return net.isIPv4(host) && host.startsWith('127.')
}

/** "ADDRESS:PORT" on loopback, or empty for no endpoint. */
function parseListen(text: string): MetricsConfig['listen'] {
  if (text.trim() === '') return undefined
  const m = /^(?:\[([0-9a-f:]+)\]|([0-9.]+)):(\d{1,5})$/i.exec(text.trim())
  const port = m ? Number(m[3]) : NaN
  const host = m ? (m[1] ?? m[2]) : ''
  if (!m || !parseIpStrict(host) || !(port >= 1 && port <= 65535)) {
    throw new Error('expected ADDRESS:PORT on loopback, such as 127.0.0.1:9101 or [::1]:9101')
  }
  if (!isLoopback(host)) {
    throw new Error('expected a loopback address (127.0.0.0/8 or ::1): the endpoint has no authentication; scrape it through a local agent or proxy')
  }
  return { host, port }
}

export const METRICS_SECTION = section('metrics', {
  comment: [],
  keys: {
    listen: custom<MetricsConfig['listen']>({
      type: 'ADDRESS:PORT on loopback, or empty',
      default: undefined,
      shown: '',
      meaning:
        'Serve Prometheus metrics at http://ADDRESS:PORT/metrics, e.g. 127.0.0.1:9101 or [::1]:9101. Loopback only: the endpoint has no authentication (scrape it with a local agent or through a proxy). Empty = no endpoint (the default). With smtp.ini nodes=N each worker serves its own counters, worker N on port + N - 1. Reloads with the file.',
      ship: 'set',
      parse: parseListen,
    }),
  },
})

/** haraka.ini [metrics]: listen = 127.0.0.1:9xxx (or [::1]:9xxx); empty = off. */
export function readMetricsConfig(doc: IniDocument): MetricsConfig {
  const { listen } = readKeys(doc, METRICS_SECTION)
  return listen ? { listen } : {}
}

let server: http.Server | undefined
let serving = ''

/**
 * Serve /metrics on cfg.listen (port + offset: each cluster worker its own);
 * stop when listen is unset. Calls back with a log line.
 */
export function applyMetricsConfig(cfg: MetricsConfig, offset: number, log: (level: 'info' | 'error', line: string) => void): void {
  const want = cfg.listen ? `${cfg.listen.host.includes(':') ? `[${cfg.listen.host}]` : cfg.listen.host}:${cfg.listen.port + offset}` : ''
  if (want === serving) return
  stopMetricsServer()
  if (!cfg.listen) return
  serving = want
  const srv = http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url !== '/metrics' && req.url !== '/')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('see /metrics\n')
      return
    }
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(exposition())
  })
  srv.on('error', (err) => {
    log('error', `metrics endpoint ${want} failed: ${err.message}`)
    if (server === srv) {
      server = undefined
      serving = ''
    }
  })
  srv.listen(cfg.listen.port + offset, cfg.listen.host, () => log('info', `metrics on http://${want}/metrics`))
  srv.unref() // never what keeps a stopping Haraka alive
  server = srv
}

export function stopMetricsServer(): void {
  server?.close()
  server = undefined
  serving = ''
}
