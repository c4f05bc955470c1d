// config/outpost_reputation.ini: validated into plain data, read by the
// outpost_reputation plugin (hot reload) and by the `outpost feedback|snds|
// reputation|stats` commands, the same way for both.
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { ConfigError, IniDocument, parseIni, SectionReader } from '../lib/ini'
import { isValidDomain, normaliseDomain } from '../lib/domain'

export const REPUTATION_INI = 'outpost_reputation.ini'

export const SNDS_DATA_URL = 'https://sendersupport.olc.protection.outlook.com/snds/data.aspx'
export const SNDS_STATUS_URL = 'https://sendersupport.olc.protection.outlook.com/snds/ipStatus.aspx'

/** Where each well-known blocklist takes delisting requests (or explains its expiry). */
export const KNOWN_DELISTING: Record<string, string> = {
  'zen.spamhaus.org': 'https://check.spamhaus.org/',
  'sbl.spamhaus.org': 'https://check.spamhaus.org/',
  'xbl.spamhaus.org': 'https://check.spamhaus.org/',
  'pbl.spamhaus.org': 'https://check.spamhaus.org/',
  'sbl-xbl.spamhaus.org': 'https://check.spamhaus.org/',
  'b.barracudacentral.org': 'https://www.barracudacentral.org/rbl/removal-request',
  'bl.spamcop.net': 'https://www.spamcop.net/bl.shtml',
  'psbl.surriel.com': 'https://psbl.org/remove',
  'bl.mailspike.net': 'https://mailspike.org/iplookup.html',
  'ix.dnsbl.manitu.net': 'https://www.dnsbl.manitu.net/',
  'dnsbl-1.uceprotect.net': 'https://www.uceprotect.net/en/rblcheck.php',
}

export const DEFAULT_BLOCKLISTS = ['zen.spamhaus.org', 'b.barracudacentral.org', 'bl.spamcop.net']

export interface Blocklist {
  zone: string
  /** where to ask for removal, when known */
  delistUrl?: string
}

export interface FeedbackConfig {
  /** the gateway's feedback-loop address (lower case); undefined = no address */
  address?: string
  /** complaints / messages in `windowMs` above this fraction lock the sender */
  complaintRate: number
  /** ...but only once the sender has at least this many complaints in the window */
  minComplaints: number
  windowMs: number
  /** lock the sender when over the threshold; false = alert only */
  lock: boolean
  /** how long the gateway remembers which sender sent each Message-ID */
  rememberMs: number
  /** the memory of sent Message-IDs is kept under this many bytes (oldest hours dropped first) */
  rememberMaxBytes: number
  /** complaints older than this are dropped from the record */
  retentionMs: number
}

export interface SndsConfig {
  /** SNDS automated data access key; undefined = no fetching */
  key?: string
  dataUrl: string
  statusUrl: string
  intervalMs: number
}

export interface WatchConfig {
  publicIps: string[]
  blocklists: Blocklist[]
  intervalMs: number
}

export interface AlertTargets {
  notify?: string
  webhookUrl?: string
  from?: string
}

export interface StatsConfig {
  hourRetentionMs: number
  dayRetentionMs: number
}

export interface ReputationConfig {
  /** absolute path of the directory holding the reputation state */
  stateDir: string
  alerts: AlertTargets
  feedback: FeedbackConfig
  snds: SndsConfig
  watch: WatchConfig
  stats: StatsConfig
}

const ADDRESS = /^[^\s@<>()",;:]+@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i

function address(s: SectionReader, key: string): string | undefined {
  const v = s.optionalString(key)
  if (v !== undefined && !ADDRESS.test(v)) throw s.error(key, s.entry(key), 'expected an email address such as fbl@example.org')
  return v?.toLowerCase()
}

function httpUrl(s: SectionReader, key: string, fallback?: string): string | undefined {
  const v = s.optionalString(key) ?? fallback
  if (v === undefined) return undefined
  let u: URL
  try {
    u = new URL(v)
  } catch {
    throw s.error(key, s.entry(key), 'expected an http:// or https:// URL')
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw s.error(key, s.entry(key), 'expected an http:// or https:// URL')
  return v
}

/** "0.3%" or "0.003" -> 0.003 */
function rate(s: SectionReader, key: string, fallback: number): number {
  const e = s.entry(key)
  if (!e) return fallback
  const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(e.value.trim())
  const n = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN
  if (!Number.isFinite(n) || n < 0 || n > 1) throw s.error(key, e, 'expected a rate such as 0.3% or 0.003 (between 0 and 100%)')
  return n
}

function atLeast(s: SectionReader, key: string, ms: number, minMs: number, what: string): number {
  if (ms < minMs) throw s.error(key, s.entry(key), `expected at least ${what}`)
  return ms
}

function zoneOf(doc: IniDocument, line: number | undefined, where: string, text: string): string {
  const zone = normaliseDomain(text)
  if (!isValidDomain(zone)) throw new ConfigError(doc.file, line, where, `"${text}" is not a DNS zone such as zen.spamhaus.org`)
  return zone
}

const SECTIONS = ['feedback', 'snds', 'reputation']

export function readReputationConfig(doc: IniDocument, installDir: string): ReputationConfig {
  for (const s of doc.sections) {
    if (s.name === 'main') {
      const e = s.entries[0]
      if (e) throw new ConfigError(doc.file, e.line, e.key, 'setting outside a section, expected it under [feedback], [snds] or [reputation]')
      continue
    }
    if (SECTIONS.includes(s.name) || s.name.startsWith('blocklist ')) continue
    throw new ConfigError(doc.file, s.line, `[${s.name}]`, 'unknown section, expected [feedback], [snds], [reputation] or [blocklist ZONE]')
  }

  const fb = SectionReader.of(doc, 'feedback')
  const feedback: FeedbackConfig = {
    address: address(fb, 'address'),
    complaintRate: rate(fb, 'complaint_rate', 0.003),
    minComplaints: fb.number('min_complaints', 3, { min: 1, integer: true }),
    windowMs: atLeast(fb, 'window', fb.duration('window', 7 * 86_400_000), 60_000, '1m'),
    lock: fb.bool('lock', true),
    rememberMs: atLeast(fb, 'remember_sent', fb.duration('remember_sent', 30 * 86_400_000), 60_000, '1m'),
    rememberMaxBytes: fb.number('remember_sent_max_mb', 256, { min: 1 }) * 1024 * 1024,
    retentionMs: atLeast(fb, 'retention', fb.duration('retention', 90 * 86_400_000), 60_000, '1m'),
  }
  fb.rejectUnknown()

  const sn = SectionReader.of(doc, 'snds')
  const key = sn.optionalString('key')
  if (key !== undefined && !/^[A-Za-z0-9-]{8,100}$/.test(key)) throw sn.error('key', sn.entry('key'), 'expected the SNDS automated data access key (letters, digits and dashes, as SNDS shows it)')
  const snds: SndsConfig = {
    key,
    dataUrl: httpUrl(sn, 'data_url', SNDS_DATA_URL) as string,
    statusUrl: httpUrl(sn, 'status_url', SNDS_STATUS_URL) as string,
    intervalMs: atLeast(sn, 'interval', sn.duration('interval', 86_400_000), 1000, '1s'),
  }
  sn.rejectUnknown()

  const rp = SectionReader.of(doc, 'reputation')
  const ipsEntry = rp.entry('public_ips')
  const publicIps = rp.list('public_ips')
  for (const ip of publicIps) {
    if (net.isIP(ip) === 0) throw rp.error('public_ips', ipsEntry, `"${ip}" is not an IP address, expected the gateway's public sending addresses, e.g. 203.0.113.25, 2001:db8::25`)
  }
  const zonesEntry = rp.entry('blocklists')
  const zones = zonesEntry ? rp.list('blocklists').map((z) => zoneOf(doc, zonesEntry.line, `reputation.blocklists = "${zonesEntry.value}"`, z)) : [...DEFAULT_BLOCKLISTS]
  const delist = new Map<string, string>()
  for (const s of doc.sections.filter((x) => x.name.startsWith('blocklist '))) {
    const zone = zoneOf(doc, s.line, `[${s.name}]`, s.name.slice('blocklist '.length))
    const r = SectionReader.of(doc, s.name)
    const url = httpUrl(r, 'delist_url')
    r.rejectUnknown()
    if (!zones.includes(zone)) zones.push(zone)
    if (url) delist.set(zone, url)
  }
  const alerts: AlertTargets = {
    notify: address(rp, 'notify'),
    webhookUrl: httpUrl(rp, 'webhook_url'),
    from: address(rp, 'notify_from'),
  }
  const watch: WatchConfig = {
    publicIps,
    blocklists: zones.map((zone) => ({ zone, delistUrl: delist.get(zone) ?? KNOWN_DELISTING[zone] })),
    intervalMs: atLeast(rp, 'check_interval', rp.duration('check_interval', 3_600_000), 1000, '1s'),
  }
  const stateText = rp.string('state_dir', 'var/reputation')
  if (!stateText.trim()) throw rp.error('state_dir', rp.entry('state_dir'), 'expected a directory (relative to the install directory)')
  const stats: StatsConfig = {
    hourRetentionMs: atLeast(rp, 'stats_hourly', rp.duration('stats_hourly', 48 * 3_600_000), 3_600_000, '1h'),
    dayRetentionMs: atLeast(rp, 'stats_daily', rp.duration('stats_daily', 90 * 86_400_000), 86_400_000, '1d'),
  }
  rp.rejectUnknown()

  return { stateDir: path.resolve(installDir, stateText), alerts, feedback, snds, watch, stats }
}

/** config/outpost_reputation.ini of an install dir, for the outpost command (a missing file gives the defaults). */
export function loadReputationConfig(installDir: string): ReputationConfig {
  const file = path.join(installDir, 'config', REPUTATION_INI)
  let text = ''
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  return readReputationConfig(parseIni(text, `config/${REPUTATION_INI}`), installDir)
}
