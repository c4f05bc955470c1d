// URI domain blocklists ([uribl] in config/outpost_policy.ini): the link
// domains the built-in engine found (EngineResult.linkDomains, organisational
// domains, most linked first) are looked up under each zone (Spamhaus DBL,
// SURBL, URIBL: `<domain>.<zone>` IN A), and a listing becomes one symbol per
// zone with the listed domains and answer codes as evidence.
//
// The DNS work lives here, in the policy layer, not in the pure engine; the
// resolver is passed in (haraka.ini [dns] servers in the gateway, a fake in
// unit tests). DNS is an optional signal: lookups run in parallel under one
// deadline, and whatever is not answered by then is left out (the message is
// scored without it and the caller logs it), never a reason to hold mail up.
// Answers are cached per process (LRU, TTL), lookups already on their way are
// shared between messages, and an answer that arrives after its message's
// deadline still fills the cache.
import { answerProblem, lookupZone, type ResolveA, type ZoneAnswer } from '../lib/dnsbl'
import type { ScoredSymbol } from '../lib/verdict'
import type { UriblConfig, UriblZone } from './config'

/** What the lookups of one message found. */
export interface UriblOutcome {
  /** one per zone with a listing */
  symbols: ScoredSymbol[]
  /** for the log: refusals (at most once an hour per zone), errors, what was left out for want of time */
  warnings: string[]
  /** the domains looked up (after skip and max_domains) */
  domains: string[]
  /** lookups needed (domains x zones), and how they ended */
  counts: { listed: number; not_listed: number; refused: number; error: number; cached: number; unanswered: number }
}

export interface UriblChecker {
  /** Never rejects; resolves within budgetMs (plus a timer tick). */
  check(cfg: UriblConfig, linkDomains: readonly string[], budgetMs: number): Promise<UriblOutcome>
}

export interface UriblCheckerOptions {
  resolveA: ResolveA
  /** for tests: the clock, ms */
  now?: () => number
  /** refusals of one zone are reported at most this often (default 1 h) */
  refusalReportMs?: number
}

/** A bounded map with expiry; Map order is recency order (a hit moves the key to the end). */
export class TtlLru<V> {
  private readonly items = new Map<string, { value: V; expires: number }>()
  constructor(
    private readonly size: number,
    private readonly now: () => number,
  ) {}
  get(key: string): V | undefined {
    const e = this.items.get(key)
    if (!e) return undefined
    this.items.delete(key)
    if (e.expires <= this.now()) return undefined
    this.items.set(key, e)
    return e.value
  }
  set(key: string, value: V, ttlMs: number): void {
    if (this.size <= 0 || ttlMs <= 0) return
    this.items.delete(key)
    this.items.set(key, { value, expires: this.now() + ttlMs })
    while (this.items.size > this.size) this.items.delete(this.items.keys().next().value as string)
  }
  get length(): number {
    return this.items.size
  }
}

/** What a domain/zone answer means for the message: a listing, nothing, or a refusal. */
type Reading = { kind: 'listed'; codes: string[] } | { kind: 'clean' } | { kind: 'refused'; problem: string }

function read(answer: Exclude<ZoneAnswer, { kind: 'error' }>, zone: UriblZone): Reading {
  if (answer.kind === 'absent') return { kind: 'clean' }
  const problem = answer.codes.map((c) => answerProblem(c, 'domain')).find(Boolean)
  if (problem) return { kind: 'refused', problem }
  const codes = zone.mask ? answer.codes.filter((c) => (Number(c.split('.')[3]) & zone.mask) !== 0) : answer.codes
  return codes.length ? { kind: 'listed', codes } : { kind: 'clean' }
}

const DBL: Record<number, string> = {
  2: 'spam',
  4: 'phish',
  5: 'malware',
  6: 'botnet C&C',
  102: 'abused legit spam',
  103: 'abused spammed redirector',
  104: 'abused legit phish',
  105: 'abused legit malware',
  106: 'abused legit botnet C&C',
}
const SURBL_BITS: Array<[number, string]> = [[8, 'phish'], [16, 'malware'], [64, 'abuse'], [128, 'cracked']]
const URIBL_BITS: Array<[number, string]> = [[2, 'black'], [4, 'grey'], [8, 'red'], [16, 'gold']]

/** What a well-known list says an answer code means, for the evidence ('' when unknown). */
export function codeMeaning(zone: string, code: string): string {
  const [a, b, c, d] = code.split('.').map(Number)
  if (a !== 127) return ''
  const bits = (table: Array<[number, string]>) => table.filter(([bit]) => d & bit).map(([, name]) => name).join('+')
  if (/(?:^|\.)dbl\.(?:spamhaus\.org|dq\.spamhaus\.net)$/.test(zone) && b === 0 && c === 1) return DBL[d] ?? ''
  if (/(?:^|\.)multi\.surbl\.org$/.test(zone) && b === 0 && c === 0) return bits(SURBL_BITS)
  if (/(?:^|\.)multi\.uribl\.com$/.test(zone) && b === 0 && c === 0) return bits(URIBL_BITS)
  return ''
}

function skipped(domain: string, skip: readonly string[]): boolean {
  return skip.some((s) => domain === s || domain.endsWith(`.${s}`) || s.endsWith(`.${domain}`))
}

/** The domains to look up: skip list applied, at most max_domains, in the engine's order. */
export function domainsToLookUp(cfg: Pick<UriblConfig, 'skip' | 'maxDomains'>, linkDomains: readonly string[]): string[] {
  const out: string[] = []
  for (const d of linkDomains) {
    if (out.length >= cfg.maxDomains) break
    if (!d || out.includes(d) || skipped(d, cfg.skip)) continue
    out.push(d)
  }
  return out
}

const EVIDENCE_MAX = 200

export function createUriblChecker(opts: UriblCheckerOptions): UriblChecker {
  const now = opts.now ?? Date.now
  const refusalEvery = opts.refusalReportMs ?? 3_600_000
  let cache: TtlLru<ZoneAnswer> | undefined
  let cacheSize = -1
  /** lookups on their way, shared by the messages that need them */
  const pending = new Map<string, Promise<ZoneAnswer>>()
  const lastRefusal = new Map<string, number>()

  function cacheFor(cfg: UriblConfig): TtlLru<ZoneAnswer> {
    if (!cache || cacheSize !== cfg.cacheSize) {
      // a new size (reload) starts afresh; answers are per zone, so a changed zone list needs no flush
      cache = new TtlLru<ZoneAnswer>(cfg.cacheSize, now)
      cacheSize = cfg.cacheSize
    }
    return cache
  }

  function lookUp(cfg: UriblConfig, store: TtlLru<ZoneAnswer>, name: string): Promise<ZoneAnswer> {
    const running = pending.get(name)
    if (running) return running
    const p = lookupZone(opts.resolveA, name)
      .catch((err: unknown): ZoneAnswer => ({ kind: 'error', error: `lookup of ${name} failed: ${(err as Error)?.message ?? String(err)}` }))
      .then((answer) => {
        pending.delete(name)
        // errors are not remembered: the next message asks again
        if (answer.kind === 'absent') store.set(name, answer, cfg.negativeTtlMs)
        else if (answer.kind === 'answer') {
          const refused = answer.codes.some((c) => answerProblem(c, 'domain'))
          store.set(name, answer, refused ? cfg.negativeTtlMs : cfg.cacheTtlMs)
        }
        return answer
      })
    pending.set(name, p)
    return p
  }

  async function check(cfg: UriblConfig, linkDomains: readonly string[], budgetMs: number): Promise<UriblOutcome> {
    const domains = domainsToLookUp(cfg, linkDomains)
    const out: UriblOutcome = { symbols: [], warnings: [], domains, counts: { listed: 0, not_listed: 0, refused: 0, error: 0, cached: 0, unanswered: 0 } }
    if (!cfg.enabled || !domains.length || !cfg.zones.length) return out
    const store = cacheFor(cfg)
    const listings = new Map<UriblZone, string[]>()
    const errors: string[] = []

    const take = (zone: UriblZone, domain: string, answer: ZoneAnswer): void => {
      if (answer.kind === 'error') {
        out.counts.error++
        errors.push(answer.error)
        return
      }
      const r = read(answer, zone)
      if (r.kind === 'clean') out.counts.not_listed++
      else if (r.kind === 'refused') {
        out.counts.refused++
        const last = lastRefusal.get(zone.zone)
        if (last === undefined || now() - last >= refusalEvery) {
          lastRefusal.set(zone.zone, now())
          out.warnings.push(`[uribl] ${zone.zone}: ${r.problem}; its answers are not scored (reported at most once an hour)`)
        }
      } else {
        out.counts.listed++
        const found = listings.get(zone) ?? []
        found.push(`${domain} ${r.codes.map((c) => `${c}${codeMeaning(zone.zone, c) ? ` ${codeMeaning(zone.zone, c)}` : ''}`).join(',')}`)
        listings.set(zone, found)
      }
    }

    // answers that arrive after the deadline fill the cache only: this message is judged by then
    let open = true
    let pendingCount = 0
    const waiting: Array<Promise<void>> = []
    for (const domain of domains) {
      for (const zone of cfg.zones) {
        const name = `${domain}.${zone.zone}`
        const cached = store.get(name)
        if (cached) {
          out.counts.cached++
          take(zone, domain, cached)
          continue
        }
        pendingCount++
        waiting.push(
          lookUp(cfg, store, name).then((answer) => {
            if (!open) return
            pendingCount--
            take(zone, domain, answer)
          }),
        )
      }
    }

    if (waiting.length) {
      let timer: NodeJS.Timeout | undefined
      const budget = Math.max(0, Math.round(budgetMs))
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, budget)
      })
      await Promise.race([Promise.all(waiting), deadline])
      clearTimeout(timer)
      open = false
      if (pendingCount > 0) {
        out.counts.unanswered = pendingCount
        out.warnings.push(`[uribl] ${pendingCount} of ${waiting.length} lookups not answered within ${budget} ms: scored without them`)
      }
    }
    if (errors.length) out.warnings.push(`[uribl] ${errors.length} lookup(s) failed, scored without them: ${errors.slice(0, 3).join('; ')}`)

    for (const zone of cfg.zones) {
      const found = listings.get(zone)
      if (!found) continue
      let evidence = found.join('; ')
      if (evidence.length > EVIDENCE_MAX) evidence = `${evidence.slice(0, EVIDENCE_MAX)}...`
      out.symbols.push({ name: zone.symbol, score: zone.score, evidence })
    }
    return out
  }

  return {
    async check(cfg, linkDomains, budgetMs) {
      try {
        return await check(cfg, linkDomains, budgetMs)
      } catch (err) {
        return {
          symbols: [],
          warnings: [`[uribl] lookups failed, scored without them: ${(err as Error)?.message ?? String(err)}`],
          domains: [],
          counts: { listed: 0, not_listed: 0, refused: 0, error: 1, cached: 0, unanswered: 0 },
        }
      }
    },
  }
}
