// URI domain blocklists: the core (src/policy/uribl.ts) with a fake resolver,
// the link domains the engine reports (src/engine/domains.ts linkDomains and
// EngineResult.linkDomains) and the [uribl] settings (src/policy/config.ts).
import { describe, expect, it } from 'vitest'
import { createEngine } from '../../src/engine'
import { linkDomains } from '../../src/engine/domains'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'
import { parseIni } from '../../src/lib/ini'
import { readPolicyConfig, type UriblConfig } from '../../src/policy/config'
import { codeMeaning, createUriblChecker, TtlLru } from '../../src/policy/uribl'

const read = (text: string) => readPolicyConfig(parseIni(text, 'config/outpost_policy.ini'))
const configError = (text: string): string => {
  try {
    read(text)
  } catch (err) {
    return (err as Error).message
  }
  throw new Error('expected a ConfigError')
}

function uriblConfig(over: Partial<UriblConfig> = {}): UriblConfig {
  return {
    enabled: true,
    zones: [
      { zone: 'dbl.test', symbol: 'URIBL_DBL_TEST', score: 10, mask: 0 },
      { zone: 'multi.test', symbol: 'URIBL_MULTI_TEST', score: 4, mask: 2 },
    ],
    timeoutMs: 2000,
    cacheTtlMs: 3_600_000,
    negativeTtlMs: 600_000,
    cacheSize: 1000,
    maxDomains: 20,
    skip: [],
    ...over,
  }
}

const notFound = (name: string) => Object.assign(new Error(`queryA ENOTFOUND ${name}`), { code: 'ENOTFOUND' })

/** A resolver answering from a table; everything else is NXDOMAIN. Records every query. */
function fakeResolver(table: Record<string, string[] | 'hang' | 'servfail'>) {
  const queries: string[] = []
  const resolveA = async (name: string): Promise<string[]> => {
    queries.push(name)
    const a = table[name]
    if (a === 'hang') return new Promise<string[]>(() => undefined)
    if (a === 'servfail') throw Object.assign(new Error(`queryA ESERVFAIL ${name}`), { code: 'ESERVFAIL' })
    if (!a) throw notFound(name)
    return a
  }
  return { resolveA, queries }
}

describe('URI blocklist lookups (src/policy/uribl.ts)', () => {
  it('scores a listed domain once per zone, with the domains and answer codes as evidence; clean domains add nothing', async () => {
    const dns = fakeResolver({
      'evil-phish.example.dbl.test': ['127.0.1.4'],
      'spammy.example.dbl.test': ['127.0.1.2'],
      'spammy.example.multi.test': ['127.0.0.2'],
    })
    const checker = createUriblChecker({ resolveA: dns.resolveA })
    const out = await checker.check(uriblConfig(), ['evil-phish.example', 'clean.example', 'spammy.example'], 2000)
    expect(out.symbols).toEqual([
      { name: 'URIBL_DBL_TEST', score: 10, evidence: 'evil-phish.example 127.0.1.4; spammy.example 127.0.1.2' },
      { name: 'URIBL_MULTI_TEST', score: 4, evidence: 'spammy.example 127.0.0.2' },
    ])
    expect(out.counts).toMatchObject({ listed: 3, not_listed: 3, refused: 0, error: 0, cached: 0, unanswered: 0 })
    expect(out.warnings).toEqual([])
    expect(dns.queries.sort()).toEqual(
      ['clean.example.dbl.test', 'clean.example.multi.test', 'evil-phish.example.dbl.test', 'evil-phish.example.multi.test', 'spammy.example.dbl.test', 'spammy.example.multi.test'].sort(),
    )

    const clean = await createUriblChecker({ resolveA: fakeResolver({}).resolveA }).check(uriblConfig(), ['clean.example'], 2000)
    expect(clean.symbols).toEqual([])
    expect(clean.counts).toMatchObject({ not_listed: 2, listed: 0 })
  })

  it('never scores refusal codes (127.0.0.1, 127.0.1.255, 127.255.255.x) or non-127 answers, and warns once per zone', async () => {
    const dns = fakeResolver({
      'a.example.dbl.test': ['127.255.255.254'],
      'b.example.dbl.test': ['127.0.1.255'],
      'a.example.multi.test': ['127.0.0.1'],
      'b.example.multi.test': ['198.51.100.7'],
    })
    let clock = 1_000_000
    const checker = createUriblChecker({ resolveA: dns.resolveA, now: () => clock })
    const out = await checker.check(uriblConfig(), ['a.example', 'b.example'], 2000)
    expect(out.symbols).toEqual([])
    expect(out.counts).toMatchObject({ refused: 4, listed: 0 })
    // one warning per zone, naming the problem
    expect(out.warnings).toHaveLength(2)
    expect(out.warnings[0]).toMatch(/dbl\.test: answer 127\.255\.255\.254: the blocklist refused the query .*haraka\.ini \[dns\] servers/)
    expect(out.warnings[1]).toMatch(/multi\.test: answer 127\.0\.0\.1: the blocklist refused the query/)
    // the next message within the hour: refused again, not reported again
    const again = await checker.check(uriblConfig(), ['a.example', 'c.example'], 2000)
    expect(again.symbols).toEqual([])
    expect(again.warnings).toEqual([])
    clock += 3_600_000
    const later = await checker.check(uriblConfig({ cacheSize: 0 }), ['a.example'], 2000)
    expect(later.warnings).toHaveLength(2)
  })

  it('a mask counts only answers sharing a bit with it (URIBL multi: 2 = black, 4 = grey)', async () => {
    const dns = fakeResolver({ 'grey.example.multi.test': ['127.0.0.4'], 'black.example.multi.test': ['127.0.0.6'] })
    const out = await createUriblChecker({ resolveA: dns.resolveA }).check(uriblConfig(), ['grey.example', 'black.example'], 2000)
    expect(out.symbols).toEqual([{ name: 'URIBL_MULTI_TEST', score: 4, evidence: 'black.example 127.0.0.6' }])
  })

  it('answers from the cache: a second message with the same domains makes no query; errors are not cached', async () => {
    const dns = fakeResolver({ 'evil.example.dbl.test': ['127.0.1.2'], 'flaky.example.dbl.test': 'servfail' })
    let clock = 0
    const checker = createUriblChecker({ resolveA: dns.resolveA, now: () => clock })
    const cfg = uriblConfig()
    const first = await checker.check(cfg, ['evil.example', 'clean.example', 'flaky.example'], 2000)
    expect(first.symbols.map((s) => s.name)).toEqual(['URIBL_DBL_TEST'])
    expect(first.counts.error).toBe(1)
    expect(first.warnings.join('\n')).toMatch(/1 lookup\(s\) failed, scored without them: lookup of flaky\.example\.dbl\.test failed: ESERVFAIL/)
    const asked = dns.queries.length
    expect(asked).toBe(6)

    const second = await checker.check(cfg, ['evil.example', 'clean.example', 'flaky.example'], 2000)
    expect(second.symbols).toEqual(first.symbols)
    // only the failed lookups are asked again
    expect(dns.queries.slice(asked)).toEqual(['flaky.example.dbl.test'])
    expect(second.counts.cached).toBe(5)

    // "not listed" expires after negative_ttl, a listing after cache_ttl
    clock += cfg.negativeTtlMs
    const third = await checker.check(cfg, ['evil.example', 'clean.example'], 2000)
    // only the listing (evil.example in dbl.test) is still remembered
    expect(third.counts.cached).toBe(1)
    expect(third.symbols.map((s) => s.name)).toEqual(['URIBL_DBL_TEST'])
    expect(dns.queries.slice(asked + 1).sort()).toEqual(['clean.example.dbl.test', 'clean.example.multi.test', 'evil.example.multi.test'])
  })

  it('bounds the wait: lookups not answered within the budget are left out, answered ones still count', async () => {
    const dns = fakeResolver({ 'evil.example.dbl.test': ['127.0.1.2'], 'slow.example.dbl.test': 'hang', 'slow.example.multi.test': 'hang' })
    const checker = createUriblChecker({ resolveA: dns.resolveA })
    const out = await checker.check(uriblConfig(), ['evil.example', 'slow.example'], 50)
    expect(out.symbols).toEqual([{ name: 'URIBL_DBL_TEST', score: 10, evidence: 'evil.example 127.0.1.2' }])
    expect(out.counts.unanswered).toBe(2)
    expect(out.warnings.join('\n')).toMatch(/2 of 4 lookups not answered within 50 ms: scored without them/)
    // a lookup still on its way is shared by the next message, not asked twice
    const before = dns.queries.length
    const next = await checker.check(uriblConfig(), ['slow.example'], 20)
    expect(next.counts.unanswered).toBe(2)
    expect(dns.queries.length).toBe(before)
  })

  it('looks up at most max_domains, in the order given, skipping the skip list (with subdomains)', async () => {
    const dns = fakeResolver({})
    const checker = createUriblChecker({ resolveA: dns.resolveA })
    const domains = Array.from({ length: 30 }, (_, i) => `d${i}.example`)
    const out = await checker.check(uriblConfig({ maxDomains: 5, skip: ['d1.example', 'example.org'], zones: [uriblConfig().zones[0]] }), ['example.org', 'shop.example.org', ...domains], 2000)
    expect(out.domains).toEqual(['d0.example', 'd2.example', 'd3.example', 'd4.example', 'd5.example'])
    expect(dns.queries).toEqual(out.domains.map((d) => `${d}.dbl.test`))
  })

  it('does nothing when disabled', async () => {
    const dns = fakeResolver({ 'evil.example.dbl.test': ['127.0.1.2'] })
    const out = await createUriblChecker({ resolveA: dns.resolveA }).check(uriblConfig({ enabled: false }), ['evil.example'], 2000)
    expect(out.symbols).toEqual([])
    expect(dns.queries).toEqual([])
  })

  it('names what well-known lists mean by their codes', () => {
    expect(codeMeaning('dbl.spamhaus.org', '127.0.1.4')).toBe('phish')
    expect(codeMeaning('KEY.dbl.dq.spamhaus.net', '127.0.1.102')).toBe('abused legit spam')
    expect(codeMeaning('multi.surbl.org', '127.0.0.24')).toBe('phish+malware')
    expect(codeMeaning('multi.uribl.com', '127.0.0.2')).toBe('black')
    expect(codeMeaning('dbl.test', '127.0.1.4')).toBe('')
  })

  it('the cache is a bounded LRU', () => {
    const lru = new TtlLru<number>(2, () => 0)
    lru.set('a', 1, 10)
    lru.set('b', 2, 10)
    expect(lru.get('a')).toBe(1) // a is now the most recent
    lru.set('c', 3, 10)
    expect(lru.get('b')).toBeUndefined()
    expect([lru.get('a'), lru.get('c'), lru.length]).toEqual([1, 3, 2])
  })
})

describe('link domains reported by the engine', () => {
  it('organisational domains, deduplicated, most linked first, IP literals and non-domains left out, bounded', () => {
    const hosts = ['www.shop.example.co.uk', 'a.evil.example', 'b.evil.example', 'evil.example.', '192.0.2.1', '[2001:db8::1]', 'localhost', 'EVIL.example', 'x.y.example.co.uk', 'one.example']
    expect(linkDomains(hosts)).toEqual(['evil.example', 'example.co.uk', 'one.example'])
    const many = Array.from({ length: 100 }, (_, i) => `host${i}.example${i}.test`)
    expect(linkDomains(many, 20)).toHaveLength(20)
    expect(linkDomains(many)).toHaveLength(50)
  })

  it('are part of the engine result', async () => {
    const engine = createEngine(DEFAULT_ENGINE_SETTINGS)
    const raw = Buffer.from(
      'From: a@example.org\r\nTo: b@example.net\r\nSubject: links\r\nContent-Type: text/html\r\n\r\n' +
        '<p><a href="https://login.evil-phish.example/x">here</a> <a href="http://evil-phish.example/y">and</a> <a href="https://docs.other.example/">docs</a> <a href="http://198.51.100.1/">ip</a></p>\r\n',
    )
    const result = await engine.score(raw, { mailFrom: 'a@example.org', rcptTo: ['b@example.net'] })
    expect(result.linkDomains).toEqual(['evil-phish.example', 'other.example'])
  })
})

describe('[uribl] in config/outpost_policy.ini', () => {
  it('is off by default, with the well-known zones and their symbols ready', () => {
    const u = read('').uribl
    expect(u).toMatchObject({ enabled: false, timeoutMs: 2000, cacheTtlMs: 3_600_000, negativeTtlMs: 600_000, cacheSize: 20000, maxDomains: 20, skip: [] })
    expect(u.zones).toEqual([
      { zone: 'dbl.spamhaus.org', symbol: 'URIBL_DBL_SPAMHAUS_ORG', score: 6, mask: 0 },
      { zone: 'multi.surbl.org', symbol: 'URIBL_MULTI_SURBL_ORG', score: 6, mask: 0 },
      { zone: 'multi.uribl.com', symbol: 'URIBL_MULTI_URIBL_COM', score: 6, mask: 2 },
    ])
  })

  it('[uribl ZONE] adds a zone or sets its score, symbol and mask', () => {
    const u = read('[uribl]\nenabled = true\nzones = dbl.spamhaus.org, multi.uribl.com\nscore = 5\n[uribl multi.uribl.com]\nmask = 14\n[uribl KEY123.dbl.dq.spamhaus.net]\nsymbol = URIBL_DBL\nscore = 7.5\n').uribl
    expect(u.zones).toEqual([
      { zone: 'dbl.spamhaus.org', symbol: 'URIBL_DBL_SPAMHAUS_ORG', score: 5, mask: 0 },
      { zone: 'multi.uribl.com', symbol: 'URIBL_MULTI_URIBL_COM', score: 5, mask: 14 },
      { zone: 'key123.dbl.dq.spamhaus.net', symbol: 'URIBL_DBL', score: 7.5, mask: 0 },
    ])
  })

  it('refuses what cannot work, naming file, line and key', () => {
    expect(configError('[uribl]\nenabled = true\nzones =\n')).toMatch(/outpost_policy\.ini:2: uribl\.enabled: expected at least one zone/)
    expect(configError('[engines]\nbuiltin = false\nrspamd = true\n[uribl]\nenabled = true\n')).toMatch(/uribl\.enabled: expected \[engines\] builtin = true/)
    expect(configError('[uribl]\nmax_domains = 500\n')).toMatch(/uribl\.max_domains.*<= 50/)
    expect(configError('[uribl]\ntimeout = 0\n')).toMatch(/uribl\.timeout/)
    expect(configError('[uribl a.test]\nsymbol = lower\n')).toMatch(/:2: .*symbol.*expected a symbol name/)
    expect(configError('[uribl a.test]\nsymbol = URIBL_X\n[uribl b.test]\nsymbol = URIBL_X\n')).toMatch(/:3: \[uribl b\.test\]: symbol URIBL_X is already the symbol of zone a\.test/)
    expect(configError('[uribl not a zone]\n')).toMatch(/\[uribl not a zone\]: "not a zone" is not a DNS zone/)
    expect(configError('[uribl]\nbogus = 1\n')).toMatch(/bogus/)
  })
})
