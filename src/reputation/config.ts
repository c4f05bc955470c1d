// config/outpost_reputation.ini: validated into plain data, read by the
// outpost_reputation plugin (hot reload) and by the `outpost feedback|snds|
// reputation|stats` commands, the same way for both.
import fs from 'node:fs'
import path from 'node:path'
import { ConfigError, IniDocument, parseIni } from '../lib/ini'
import { readKeys, rejectUnknownSections } from '../lib/config_schema'
import { BLOCKLIST_SECTION, FEEDBACK_SECTION, REPUTATION_FILE, REPUTATION_SECTION, SNDS_SECTION, zone } from './schema'

export const REPUTATION_INI = 'outpost_reputation.ini'


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

/** Empty text = not set. */
const opt = (v: string): string | undefined => (v === '' ? undefined : v)

export function readReputationConfig(doc: IniDocument, installDir: string): ReputationConfig {
  rejectUnknownSections(doc, REPUTATION_FILE)
  const fb = readKeys(doc, FEEDBACK_SECTION)
  const feedback: FeedbackConfig = {
    address: opt(fb.address)?.toLowerCase(),
    complaintRate: fb.complaint_rate,
    minComplaints: fb.min_complaints,
    windowMs: fb.window,
    lock: fb.lock,
    rememberMs: fb.remember_sent,
    rememberMaxBytes: fb.remember_sent_max_mb * 1024 * 1024,
    retentionMs: fb.retention,
  }
  const sn = readKeys(doc, SNDS_SECTION)
  const snds: SndsConfig = { key: opt(sn.key), dataUrl: sn.data_url, statusUrl: sn.status_url, intervalMs: sn.interval }
  const rp = readKeys(doc, REPUTATION_SECTION)
  const zones = [...rp.blocklists]
  const delist = new Map<string, string>()
  for (const s of doc.sections.filter((x) => x.name.startsWith(BLOCKLIST_SECTION.prefix as string))) {
    let z: string
    try {
      z = zone(s.name.slice((BLOCKLIST_SECTION.prefix as string).length))
    } catch (err) {
      throw new ConfigError(doc.file, s.line, `[${s.name}]`, (err as Error).message)
    }
    const b = readKeys(doc, BLOCKLIST_SECTION, { section: s })
    if (!zones.includes(z)) zones.push(z)
    if (b.delist_url) delist.set(z, b.delist_url)
  }
  return {
    stateDir: path.resolve(installDir, rp.state_dir),
    alerts: { notify: opt(rp.notify)?.toLowerCase(), webhookUrl: opt(rp.webhook_url), from: opt(rp.notify_from)?.toLowerCase() },
    feedback,
    snds,
    watch: {
      publicIps: rp.public_ips,
      blocklists: zones.map((z) => ({ zone: z, delistUrl: delist.get(z) ?? KNOWN_DELISTING[z] })),
      intervalMs: rp.check_interval,
    },
    stats: { hourRetentionMs: rp.stats_hourly, dayRetentionMs: rp.stats_daily },
  }
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
