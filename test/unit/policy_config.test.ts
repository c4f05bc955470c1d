import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIni } from '../../src/lib/ini'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'
import { autoWorkers, readPolicyConfig } from '../../src/policy/config'
import { policyForSender } from '../../src/policy/sender_policy'

const FILE = 'config/outpost_policy.ini'
const SHIPPED = fs.readFileSync(path.join(__dirname, '../../config/outpost_policy.ini'), 'utf8')
const read = (text: string) => readPolicyConfig(parseIni(text, FILE))
const error = (text: string): string => {
  try {
    read(text)
  } catch (err) {
    return (err as Error).message
  }
  throw new Error('expected a ConfigError')
}

describe('config/outpost_policy.ini', () => {
  it('ships the documented defaults', () => {
    const cfg = read(SHIPPED)
    expect(cfg.main).toEqual({ threshold: 8, action: 'quarantine', subjectTag: '[SPAM]' })
    expect(cfg.scoreHeader).toBe(true)
    expect(cfg.engines).toEqual({
      builtin: true,
      rspamd: false,
      spamassassin: false,
      combine: 'max',
      missing: 'tempfail',
      weights: { rspamd: 1, spamassassin: 1 },
      timeoutMs: 10_000,
      workers: autoWorkers(),
    })
    expect(cfg.exactDomains.size + cfg.subdomainDomains.size).toBe(0)
    expect(read('')).toMatchObject({ main: cfg.main, engines: cfg.engines, engine: DEFAULT_ENGINE_SETTINGS })
  })

  it('[engines] workers: auto is one thread per CPU beyond the first, 1 to 4; a number is taken as is', () => {
    expect([1, 2, 3, 8, 64].map((n) => autoWorkers(n))).toEqual([1, 1, 2, 4, 4])
    expect(read('[engines]\nworkers = 0\n').engines.workers).toBe(0)
    expect(read('[engines]\nworkers = 3\n').engines.workers).toBe(3)
    expect(read('[engines]\nworkers = AUTO\n').engines.workers).toBe(autoWorkers())
    expect(() => read('[engines]\nworkers = two\n')).toThrow(/engines\.workers = "two".*expected a whole number/)
    expect(() => read('[engines]\nworkers = 65\n')).toThrow(/engines\.workers = "65".*<= 64/)
  })

  it('ends with the line below which the engine settings live', () => {
    expect(SHIPPED).toContain('\n; --- engine settings ([bayes], [scores]) below, maintained with src/engine ---\n')
  })

  it('reads the example from the issue: [main] plus a [domain] override', () => {
    const cfg = read(`[main]
threshold = 8          ; mail whose score is greater than this is spam
action = quarantine    ; pass | tag | quarantine | reject | discard
subject_tag = [SPAM]   ; used by action=tag; the macro _SCORE_ inserts the score
[domain example.org]   ; per sender-domain policy overriding [main]
threshold = 6
action = reject
[domain .Example.NET]
action = tag
[domain Bücher.example]
threshold = 3
`)
    expect(policyForSender(cfg, 'example.org')).toEqual({ threshold: 6, action: 'reject', subjectTag: '[SPAM]', domain: 'example.org' })
    expect(policyForSender(cfg, 'sub.example.org')).toEqual({ threshold: 8, action: 'quarantine', subjectTag: '[SPAM]' })
    expect(policyForSender(cfg, 'eu.example.net')).toEqual({ threshold: 8, action: 'tag', subjectTag: '[SPAM]', domain: '.example.net' })
    expect(policyForSender(cfg, 'xn--bcher-kva.example')).toMatchObject({ threshold: 3, domain: 'bücher.example' })
    expect(policyForSender(cfg, 'BÜCHER.example')).toMatchObject({ threshold: 3 })
  })

  it('names file, line, section.key, the value and what was expected', () => {
    expect(error('[main]\nthreshold = high\n')).toBe('config/outpost_policy.ini:2: main.threshold = "high": expected a number, written in decimal (e.g. 8 or 6.5)')
    expect(error('[main]\naction = bounce\n')).toBe(
      'config/outpost_policy.ini:2: main.action = "bounce": expected one of pass, tag, quarantine, reject, discard',
    )
    expect(error('[main]\nsubject_tag = \n')).toMatch(/main\.subject_tag = "": expected printable ASCII text/)
    expect(error('[main]\nsubject_tag = [SPÄM]\n')).toMatch(/:2: main\.subject_tag = "\[SPÄM\]": expected printable ASCII/)
    expect(error('[engines]\ncombine = median\n')).toBe('config/outpost_policy.ini:2: engines.combine = "median": expected one of max, sum, average')
    expect(error('[engines]\nmissing = pass\n')).toMatch(/engines\.missing = "pass": expected one of tempfail, ignore/)
    expect(error('[engines]\ntimeout = soon\n')).toMatch(/engines\.timeout = "soon": expected a duration/)
    expect(error('[engines]\ntimeout = 10m\n')).toMatch(/engines\.timeout = "10m": expected a duration between 100ms and 5m/)
    expect(error('[engines]\nrspamd_weight = -1\n')).toMatch(/engines\.rspamd_weight = "-1": expected a number >= 0/)
    expect(error('[domain example.org]\nthreshold = 6\naction = delete\n')).toMatch(/:3: domain example\.org\.action = "delete": expected one of/)
  })

  it('treats unknown keys and sections as errors', () => {
    expect(error('[main]\nthreshhold = 6\n')).toBe('config/outpost_policy.ini:2: main.threshhold: unknown setting')
    expect(error('threshold = 6\nspam_action = reject\n')).toBe('config/outpost_policy.ini:2: main.spam_action: unknown setting')
    expect(error('[engines]\nclamav = true\n')).toMatch(/:2: engines\.clamav: unknown setting/)
    expect(error('[domain example.org]\nrcpt = x\n')).toMatch(/:2: domain example\.org\.rcpt: unknown setting/)
    expect(error('[domains example.org]\nthreshold = 6\n')).toBe(
      'config/outpost_policy.ini:1: [domains example.org]: unknown section, expected one of [main], [engines], [uribl], [uribl ZONE], [domain NAME], [bayes], [lists], [brands], [autolearn], [scores]',
    )
  })

  it('refuses a [domain] section without a valid domain, or the same domain twice', () => {
    expect(error('[domain]\nthreshold = 6\n')).toMatch(/unknown section/)
    expect(error('[domain exa mple.org]\nthreshold = 6\n')).toMatch(/\[domain exa mple\.org\]: expected a domain name/)
    expect(error('[domain ..example.org]\n')).toMatch(/expected a domain name/)
    expect(error('[domain example.org]\nthreshold = 6\n[domain EXAMPLE.org]\nthreshold = 5\n')).toBe(
      'config/outpost_policy.ini:3: [domain EXAMPLE.org]: the same domain as [domain example.org]',
    )
  })

  it('needs at least one engine', () => {
    expect(error('[engines]\nbuiltin = false\n')).toMatch(/engines: expected at least one of builtin, rspamd, spamassassin/)
    expect(read('[engines]\nbuiltin = false\nrspamd = true\n').engines).toMatchObject({ builtin: false, rspamd: true })
  })

  it('hands [bayes] and [scores] to the engine settings reader', () => {
    expect(error('[scores]\nNO_SUCH_RULE_XYZ = 3\n')).toMatch(/scores\.NO_SUCH_RULE_XYZ/)
  })
})
