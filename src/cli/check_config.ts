// `outpost check-config`: validate every config file of the bundle with the
// same code the plugins use, and the pipeline as a whole (config/plugins order,
// queue plugins that bypass outpost_route, DKIM keys for the domains the gateway
// signs for, haraka.ini in the wrong place). Every problem is printed as
// `ERROR file:line: section.key = "value": what was expected`; exit 1 on any
// error, 0 otherwise (warnings allowed), 2 on a usage error.
//
// The checks themselves are checkConfig(dir), a pure function of the install
// directory's files, so `npm start` and systemd's ExecStartPre can run the
// command and tests can call either.
import { readMetricsConfig } from '../lib/metrics'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readKeys, rejectUnknownSections, type FileSpec } from '../lib/config_schema'
import { CONFIG_FILES, HARAKA_INI_FILE } from '../lib/config_files'
import { readDnsServers } from '../lib/dns_servers'
import { ConfigError, IniDocument, parseIni } from '../lib/ini'
import { parseCommand } from './args'
import { BYPASSING_QUEUE_PLUGINS, INBOUND_QUEUE_PLUGINS, PLUGIN_ORDER, REQUIRED_PLUGINS } from '../lib/pipeline'
import { readPolicyConfig, type PolicyConfig } from '../policy/config'
import { parseQuarantineConfig } from '../quarantine/config'
import { installDirFiles, readRelayConfig, type RelayConfig } from '../relay/config'
import { readLimitsConfig } from '../limits/config'
import { readStateConfig } from '../limits/state_config'
import { readIdentityConfig } from '../identity/config'
import { parseRouteConfig, type RouteConfig } from '../route/config'
import { readCredentialsFile } from '../route/credentials'
import { keyDir, readStoredKey } from '../dkim/keys'
import { brandCatalogue } from '../engine/rules/brands'
import { lookalikeBrand } from '../engine/rules/lure'
import type { CliContext } from './outpost'

export interface Finding {
  severity: 'error' | 'warning'
  /** file as the admin knows it: config/plugins, haraka.ini */
  file: string
  line?: number
  /** section.key, a plugin name, a domain */
  where: string
  detail: string
}

export function formatFinding(f: Finding): string {
  return `${f.severity === 'error' ? 'ERROR' : 'WARN '} ${f.file}${f.line ? `:${f.line}` : ''}: ${f.where}: ${f.detail}`
}

export interface Loaded {
  /** each file's parsed text, by shipped path */
  docs: Record<string, IniDocument>
  relay?: RelayConfig
  policy?: PolicyConfig
  route?: RouteConfig
  /** haraka.ini [dns] servers */
  dnsServers?: string[]
}

/** The plugin loaders, by shipped path; a declared file without one is checked against its declaration alone. */
const LOADERS: Record<string, (doc: IniDocument, dir: string, loaded: Loaded) => void> = {
  'config/outpost_relay.ini': (doc, dir, loaded) => {
    loaded.relay = readRelayConfig(doc, installDirFiles(dir))
  },
  'config/outpost_policy.ini': (doc, _dir, loaded) => {
    loaded.policy = readPolicyConfig(doc)
  },
  'config/outpost_route.ini': (doc, dir, loaded) => {
    loaded.route = parseRouteConfig(doc, (file) => readCredentialsFile(file, path.join(dir, 'config')))
  },
  'config/outpost_limits.ini': (doc) => {
    readLimitsConfig(doc)
  },
  'haraka.ini': (doc, dir, loaded) => {
    loaded.dnsServers = readDnsServers(doc)
    parseQuarantineConfig(doc, dir, os.hostname())
    readIdentityConfig(doc)
    readStateConfig(doc)
    readMetricsConfig(doc)
    genericCheck(doc, HARAKA_INI_FILE) // sections other helpers declare ([identity], [state], [metrics], ...)
  },
}

/** Every declared section's keys, read with their declarations: types, ranges, unknown keys. */
function genericCheck(doc: IniDocument, spec: FileSpec): void {
  rejectUnknownSections(doc, spec)
  for (const s of spec.sections) {
    if (s.entries) continue // data sections are the loader's
    if (s.prefix) {
      for (const section of doc.sections.filter((x) => x.name.startsWith(s.prefix!))) readKeys(doc, s, { section })
    } else readKeys(doc, s)
  }
}

function asFinding(err: unknown, file: string): Finding {
  if (err instanceof ConfigError) return { severity: 'error', file: err.file, line: err.line, where: err.where, detail: err.detail }
  return { severity: 'error', file, where: 'file', detail: (err as Error).message }
}

function readText(full: string): string | undefined {
  try {
    return fs.readFileSync(full, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
}

function checkFiles(dir: string, findings: Finding[], loaded: Loaded): void {
  for (const f of CONFIG_FILES) {
    let text: string | undefined
    try {
      text = readText(path.join(dir, f.path))
    } catch (err) {
      findings.push({ severity: 'error', file: f.path, where: 'file', detail: `cannot be read: ${(err as Error).message}` })
      continue
    }
    if (text === undefined && f.path === 'config/outpost_relay.ini') {
      findings.push({ severity: 'warning', file: f.path, where: 'file', detail: 'missing: no trusted networks, so no client may relay unless it authenticates' })
    }
    try {
      const doc = parseIni(text ?? '', f.spec.file)
      loaded.docs[f.path] = doc
      const load = LOADERS[f.path]
      if (load) load(doc, dir, loaded)
      else genericCheck(doc, f.spec)
    } catch (err) {
      findings.push(asFinding(err, f.path))
    }
  }
  if (loaded.policy) findings.push(...classifierCapWarnings(loaded.policy))
  if (loaded.policy?.uribl.enabled && loaded.dnsServers && !loaded.dnsServers.length) {
    findings.push({
      severity: 'warning',
      file: 'config/outpost_policy.ini',
      where: 'uribl.enabled',
      detail: 'URI blocklists on, but haraka.ini [dns] servers is empty: the lookups go through the system resolver, and Spamhaus, SURBL and URIBL refuse queries that come through public resolvers (set [dns] servers to your own resolver)',
    })
  }
  if (loaded.relay && loaded.relay.trusted.size === 0 && fs.existsSync(path.join(dir, 'config/outpost_relay.ini'))) {
    findings.push({ severity: 'warning', file: 'config/outpost_relay.ini', where: 'trusted_networks', detail: 'no entries: no client may relay unless it authenticates' })
  }
}

/**
 * The shipped classifiers learned somebody else's mail: with [bayes] cap at or above a threshold they can
 * quarantine a message on their own, which the cap exists to prevent (issue 10). Valid, but said.
 */
export function classifierCapWarnings(policy: PolicyConfig): Finding[] {
  const cap = policy.engine.bayes.cap
  const thresholds: Array<[string, number]> = [['main.threshold', policy.main.threshold]]
  for (const [name, o] of [...policy.exactDomains, ...policy.subdomainDomains]) thresholds.push([`domain ${name}.threshold`, o.threshold])
  return thresholds
    .filter(([, t]) => cap >= t)
    .map(([where, t]) => ({
      severity: 'warning' as const,
      file: 'config/outpost_policy.ini',
      where: 'bayes.cap',
      detail: `${cap} is not below ${where} (${t}): the shipped classifiers alone can make a message spam; set [bayes] cap below the threshold`,
    }))
}

/** Duplicate keys and sections in Haraka's own ini files (Haraka silently keeps the last); `key[]` arrays may repeat. */
function checkHarakaIniFiles(dir: string, findings: Finding[]): void {
  const ours = new Set(CONFIG_FILES.map((f) => path.basename(f.path)))
  let names: string[] = []
  try {
    names = fs.readdirSync(path.join(dir, 'config')).filter((n) => n.endsWith('.ini') && !ours.has(n))
  } catch {
    return
  }
  for (const name of names.sort()) {
    const file = `config/${name}`
    const text = readText(path.join(dir, file)) ?? ''
    const keys = new Map<string, number>()
    const sections = new Map<string, number>()
    let section = 'main'
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim()
      if (!line || line.startsWith(';') || line.startsWith('#')) return
      const header = /^\[([^\]]+)\]/.exec(line)
      if (header) {
        section = header[1].trim()
        const first = sections.get(section)
        if (first !== undefined) findings.push({ severity: 'error', file, line: i + 1, where: `[${section}]`, detail: `duplicate section, already opened on line ${first}: Haraka would silently merge them` })
        else sections.set(section, i + 1)
        return
      }
      const eq = line.indexOf('=')
      if (eq <= 0) return
      const key = line.slice(0, eq).trim()
      if (key.endsWith('[]')) return
      const id = `${section}.${key}`
      const first = keys.get(id)
      if (first !== undefined) findings.push({ severity: 'error', file, line: i + 1, where: `${id} = "${line.slice(eq + 1).trim()}"`, detail: `duplicate key, already set on line ${first}: Haraka would silently keep the last` })
      else keys.set(id, i + 1)
    })
  }
}

interface PluginLine {
  name: string
  line: number
}

export function readPluginList(text: string): PluginLine[] {
  const out: PluginLine[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const name = raw.replace(/#.*$/, '').trim()
    if (name) out.push({ name, line: i + 1 })
  })
  return out
}

function checkPlugins(dir: string, findings: Finding[], loaded: Loaded): PluginLine[] {
  const file = 'config/plugins'
  const text = readText(path.join(dir, file))
  if (text === undefined) {
    findings.push({ severity: 'error', file, where: 'file', detail: 'missing: Haraka would load no Outpost plugin; expected the shipped list (outpost_relay first)' })
    return []
  }
  const plugins = readPluginList(text)
  const at = (name: string) => plugins.find((p) => p.name === name)
  const seen = new Map<string, number>()
  for (const p of plugins) {
    const first = seen.get(p.name)
    if (first !== undefined) findings.push({ severity: 'error', file, line: p.line, where: p.name, detail: `listed twice (first on line ${first}); expected each plugin once` })
    else seen.set(p.name, p.line)
  }
  for (const r of REQUIRED_PLUGINS) {
    if (!at(r.plugin)) findings.push({ severity: 'error', file, where: r.plugin, detail: `missing: ${r.why}; expected a line "${r.plugin}"` })
  }
  const quarantineWanted = loaded.policy && [loaded.policy.main, ...loaded.policy.exactDomains.values(), ...loaded.policy.subdomainDomains.values()].some((p) => p.action === 'quarantine')
  if (quarantineWanted && !at('outpost_quarantine')) {
    findings.push({ severity: 'error', file, where: 'outpost_quarantine', detail: 'missing while config/outpost_policy.ini has action = quarantine: every spam message would be answered 451; expected a line "outpost_quarantine" after outpost_policy' })
  }
  for (const rule of PLUGIN_ORDER) {
    const first = at(rule.first)
    if (!first) continue
    if (rule.then.includes('*')) {
      if (plugins[0] && plugins[0].name !== rule.first) {
        findings.push({ severity: 'error', file, line: first.line, where: rule.first, detail: `is on line ${first.line} after ${plugins[0].name} (line ${plugins[0].line}): ${rule.why}` })
      }
      continue
    }
    for (const name of rule.then) {
      const later = at(name)
      if (later && later.line < first.line) {
        findings.push({ severity: 'error', file, line: later.line, where: name, detail: `is listed before ${rule.first} (line ${first.line}): ${rule.why}; expected it after` })
      }
    }
  }
  if (at('outpost_route')) {
    for (const p of plugins) {
      if (BYPASSING_QUEUE_PLUGINS.includes(p.name)) {
        findings.push({
          severity: 'error',
          file,
          line: p.line,
          where: p.name,
          detail: 'answers queue_outbound itself, so relayed mail would bypass outpost_route (routing, TLS policy, header hygiene, the 451 on a failed queue write) and DKIM; expected it removed (outpost_route delivers through Haraka\'s queue)',
        })
      } else if (INBOUND_QUEUE_PLUGINS.includes(p.name)) {
        findings.push({ severity: 'warning', file, line: p.line, where: p.name, detail: 'takes only mail that is not relayed (inbound); relayed mail still goes through outpost_route' })
      }
    }
  }
  if (at('dkim') && at('outpost_dkim')) {
    findings.push({ severity: 'error', file, line: at('dkim')!.line, where: 'dkim', detail: 'listed beside outpost_dkim (which is haraka-plugin-dkim): mail would be signed twice; expected only outpost_dkim' })
  }
  const engines = loaded.policy?.engines
  for (const engine of ['rspamd', 'spamassassin'] as const) {
    if (engines?.[engine] && !at(engine)) {
      findings.push({
        severity: 'error',
        file,
        where: engine,
        detail: `missing while config/outpost_policy.ini [engines] ${engine} = true: ${engines.missing === 'tempfail' ? 'every relayed message would be deferred' : 'its score would always be missing'}; expected a line "${engine}" (or ${engine} = false)`,
      })
    }
  }
  return plugins
}

/** Where the config names one of the organisation's own sender domains. */
interface DomainOrigin {
  file: string
  line?: number
  where: string
}

/**
 * The organisation's own sender domains, each with the first place that names it: the sender domains of the
 * trusted networks, of AUTH users and of Office 365 tenants, and the sender domains with a route of their own.
 * A rule for a domain and its subdomains (".example.com", "*.example.com") counts only withWildcards.
 */
function ownSenderDomains(loaded: Loaded, withWildcards: boolean): Map<string, DomainOrigin> {
  const domains = new Map<string, DomainOrigin>()
  const relayDoc = loaded.docs['config/outpost_relay.ini']
  for (const [cidr, rules] of loaded.relay?.senderDomains ?? []) {
    const entry = relayDoc?.sections.find((s) => s.name === 'sender_domains')?.entries.find((e) => e.key === cidr)
    for (const r of rules) {
      if ((withWildcards || !r.subdomains) && !domains.has(r.domain)) {
        domains.set(r.domain, { file: 'config/outpost_relay.ini', line: entry?.line, where: `sender_domains.${cidr} = "${entry?.value ?? ''}"` })
      }
    }
  }
  for (const [user, rules] of loaded.relay?.authSenderDomains ?? []) {
    const entry = relayDoc?.sections.find((s) => s.name === 'auth_sender_domains')?.entries.find((e) => e.key.toLowerCase() === user)
    for (const r of rules) {
      if ((withWildcards || !r.subdomains) && !domains.has(r.domain)) {
        domains.set(r.domain, { file: 'config/outpost_relay.ini', line: entry?.line, where: `auth_sender_domains.${entry?.key ?? user} = "${entry?.value ?? ''}"` })
      }
    }
  }
  for (const tenant of loaded.relay?.office365 ?? []) {
    for (const r of tenant.senderDomains) {
      if ((withWildcards || !r.subdomains) && !domains.has(r.domain)) {
        domains.set(r.domain, { file: 'config/outpost_relay.ini', line: tenant.line, where: `[office365 ${tenant.name}] sender_domains` })
      }
    }
  }
  const routeDoc = loaded.docs['config/outpost_route.ini']
  for (const [pattern, route] of loaded.route?.routes ?? []) {
    const wildcard = pattern.startsWith('*.')
    const domain = wildcard ? pattern.slice(2) : pattern
    if ((wildcard && !withWildcards) || domains.has(domain)) continue
    const section = routeDoc?.sections.find((s) => s.name === route.name)
    domains.set(domain, { file: 'config/outpost_route.ini', line: section?.line, where: `[${route.name}]` })
  }
  return domains
}

/**
 * The organisation's own sender domain that holds a brand's name without being among the brand's domains
 * ("notificacionesbancolombia.com" for Bancolombia): the brand rules read it as a look-alike, and its mail as
 * LOOKALIKE_DOMAIN, and as BRAND_IMPERSONATION too when the display name is the brand's. Not an error (a
 * tenant of a service provider may really be imitating a brand), but said with the [brands] line that tells
 * the rules the domain is the brand's own.
 */
export function brandLookalikeWarnings(loaded: Loaded): Finding[] {
  const catalogue = brandCatalogue(loaded.policy?.engine.brands)
  const findings: Finding[] = []
  for (const [domain, origin] of ownSenderDomains(loaded, true)) {
    const brand = lookalikeBrand(catalogue, domain)
    if (!brand) continue
    findings.push({
      severity: 'warning',
      file: origin.file,
      line: origin.line,
      where: origin.where,
      detail: `${domain} holds the name of the brand "${brand.names[0]}" but is not one of its domains: the rules score mail from it LOOKALIKE_DOMAIN, and BRAND_IMPERSONATION when its display name is the brand's. If ${domain} is the brand's own, add "${brand.names[0]} = ${domain}" to [brands] in config/outpost_policy.ini`,
    })
  }
  return findings
}

/** Domains the gateway signs for: each needs config/dkim/<domain> (or a parent's) with a private key and a selector. */
function checkDkim(dir: string, findings: Finding[], loaded: Loaded, plugins: PluginLine[]): void {
  if (!plugins.some((p) => p.name === 'outpost_dkim' || p.name === 'dkim')) return
  const dkimIni = readText(path.join(dir, 'config', 'dkim.ini')) ?? ''
  if (/^\s*\[sign\][^[]*^\s*enabled\s*=\s*(false|no|off|0)\s*$/im.test(dkimIni)) return
  const domains = ownSenderDomains(loaded, false)
  // each key directory present must be whole and usable
  let keyDirs: string[] = []
  try {
    keyDirs = fs.readdirSync(path.join(dir, 'config', 'dkim'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  } catch {
    /* no key directory at all */
  }
  for (const d of keyDirs) {
    const where = `config/dkim/${d}`
    const missing = ['private', 'selector'].filter((f) => !fs.existsSync(path.join(keyDir(dir, d), f)))
    if (missing.length) {
      findings.push({ severity: 'error', file: where, where: d, detail: `has no ${missing.join(' and ')}: mail from ${d} would leave unsigned; expected both private and selector (outpost dkim keygen ${d})` })
      continue
    }
    const key = readStoredKey(dir, d)
    if (!key) {
      findings.push({ severity: 'error', file: where, where: d, detail: 'private or selector is empty; expected a PEM private key and a selector name' })
      continue
    }
    try {
      crypto.createPrivateKey(key.privatePem)
    } catch (err) {
      findings.push({ severity: 'error', file: `${where}/private`, where: d, detail: `is not a usable private key (${(err as Error).message}); expected a PEM RSA key (outpost dkim keygen ${d} --force)` })
    }
  }
  for (const [domain, origin] of domains) {
    const labels = domain.split('.')
    const covered = labels.slice(0, -1).some((_l, i) => keyDirs.includes(labels.slice(i).join('.')))
    if (!covered) {
      findings.push({
        severity: 'error',
        file: origin.file,
        line: origin.line,
        where: origin.where,
        detail: `no DKIM key for ${domain}: config/dkim/${domain}/private and selector are missing, so its mail would leave unsigned; expected a key (outpost dkim keygen ${domain})`,
      })
    }
  }
}

function checkPlaces(dir: string, findings: Finding[]): void {
  if (fs.existsSync(path.join(dir, 'config', 'haraka.ini'))) {
    findings.push({
      severity: 'error',
      file: 'config/haraka.ini',
      where: 'file',
      detail: `is not read by Outpost: its shared settings live in ${path.join(dir, 'haraka.ini')}, beside config/; expected the file moved there (merge it with the one there, if any)`,
    })
  }
}

/** Every check, in the order an admin would fix them. */
export function checkConfig(dir: string): Finding[] {
  const findings: Finding[] = []
  const loaded: Loaded = { docs: {} }
  checkPlaces(dir, findings)
  checkFiles(dir, findings, loaded)
  checkHarakaIniFiles(dir, findings)
  const plugins = checkPlugins(dir, findings, loaded)
  checkDkim(dir, findings, loaded, plugins)
  findings.push(...brandLookalikeWarnings(loaded))
  return findings
}

const USAGE = `usage: outpost [-c DIR] check-config [--quiet]

  Validates every config file of the install directory with the same code the
  plugins use, and the pipeline as a whole: config/plugins order, queue plugins
  that would bypass outpost_route, DKIM keys for the domains the gateway signs
  for, duplicate keys, haraka.ini in the wrong place.
  Exit status: 0 valid (warnings allowed), 1 errors found, 2 usage error.
  --quiet   print only problems
`

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const p = parseCommand(ctx, 'check-config', args, { usage: USAGE, options: { quiet: { type: 'boolean', short: 'q' } }, positionals: { max: 0 } })
  if (typeof p === 'number') return p
  const quiet = p.values.quiet === true
  const findings = checkConfig(ctx.dir)
  for (const f of findings) (f.severity === 'error' ? ctx.err : ctx.out).write(formatFinding(f) + '\n')
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  if (errors) ctx.err.write(`outpost check-config: ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} in ${ctx.dir}\n`)
  else if (!quiet) ctx.out.write(`outpost check-config: ${ctx.dir} is valid${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}\n`)
  return errors ? 1 : 0
}
