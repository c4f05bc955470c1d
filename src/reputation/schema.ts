// config/outpost_reputation.ini declared as data (src/lib/config_schema.ts):
// the loader (src/reputation/config.ts), the shipped commented file and the
// README tables come from these declarations.
import net from 'node:net'
import { custom, duration, file, integer, list, number, section, text, bool } from '../lib/config_schema'
import { zone } from '../lib/dnsbl'

const ADDRESS = /^[^\s@<>()",;:]+@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i

export function checkAddress(v: string): void {
  if (v !== '' && !ADDRESS.test(v)) throw new Error('expected an email address such as fbl@example.org')
}

export function checkUrl(v: string): void {
  if (v === '') return
  let u: URL
  try {
    u = new URL(v)
  } catch {
    throw new Error('expected an http:// or https:// URL')
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('expected an http:// or https:// URL')
}

function ip(v: string): string {
  if (net.isIP(v) === 0) throw new Error(`"${v}" is not an IP address, expected the gateway's public sending addresses, e.g. 203.0.113.25, 2001:db8::25`)
  return v
}

export { zone }

const rate = (def: number, shown: string, meaning: string) =>
  custom<number>({
    type: 'rate (0.3% or 0.003)',
    default: def,
    shown,
    meaning,
    parse(t) {
      const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(t.trim())
      const n = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN
      if (!Number.isFinite(n) || n < 0 || n > 1) throw new Error('expected a rate such as 0.3% or 0.003 (between 0 and 100%)')
      return n
    },
  })

export const FEEDBACK_SECTION = section('feedback', {
  comment: ['Complaint reports from feedback loops (ARF, Microsoft JMRP) -> complaints per sender -> lock.'],
  keys: {
    address: text('', "The gateway's feedback-loop address, registered with the mailbox providers' feedback loops (Microsoft JMRP, Yahoo, AOL/Verizon, ...). Mail to it from anywhere is taken as a complaint report, never relayed. The providers' servers are untrusted clients: set reject_untrusted = false in config/outpost_relay.ini (they still never relay), and point the domain's MX at this gateway. Empty = no address.", { check: checkAddress, example: 'fbl@example.org' }),
    complaint_rate: rate(0.003, '0.3%', "A sender whose complaints exceed this share of its messages in `window` is locked and the admin alerted..."),
    min_complaints: integer(3, '...once it has at least this many complaints in the window.', { min: 1 }),
    window: duration('7d', 'The period complaints and messages are counted over.', { minMs: 60_000, range: '>= 1m' }),
    lock: bool(true, 'Lock the sender (its mail is held until unlocked); false = alert only.'),
    remember_sent: duration('30d', 'How long the gateway remembers which sender sent each Message-ID (complaints often arrive days later).', { minMs: 60_000, range: '>= 1m' }),
    remember_sent_max_mb: number(256, 'The memory of sent Message-IDs (memory backend) is kept under this many MB; the oldest hours are dropped first.', { min: 1 }),
    retention: duration('90d', 'Complaint records and the reports themselves are kept this long.', { minMs: 60_000, range: '>= 1m' }),
  },
})

export const SNDS_SECTION = section('snds', {
  comment: ['Microsoft SNDS data for the gateway\'s addresses, fetched once per `interval`.'],
  keys: {
    key: text('', 'Microsoft SNDS automated data access key (SNDS > Automated Data Access > enable). With a key the gateway fetches the per-IP data and the IP status and alerts on YELLOW/RED, trap hits and blocked ranges. Empty = no fetching (outpost snds import FILE still works).', {
      check: (v) => {
        if (v !== '' && !/^[A-Za-z0-9-]{8,100}$/.test(v)) throw new Error('expected the SNDS automated data access key (letters, digits and dashes, as SNDS shows it)')
      },
      example: '01234567-89ab-cdef-0123-456789abcdef',
    }),
    data_url: text('https://sendersupport.olc.protection.outlook.com/snds/data.aspx', 'URL of the per-IP data CSV; the key is added as ?key=.', { check: checkUrl }),
    status_url: text('https://sendersupport.olc.protection.outlook.com/snds/ipStatus.aspx', 'URL of the IP status CSV (blocked ranges).', { check: checkUrl }),
    interval: duration('1d', 'How often to fetch (SNDS publishes once a day).', { minMs: 1000, range: '>= 1s' }),
  },
})

export const REPUTATION_SECTION = section('reputation', {
  comment: ['Own-IP blocklist watch, alert targets, statistics, state.'],
  keys: {
    public_ips: list<string>([], "The gateway's public sending addresses (what receivers see), checked against `blocklists` every `check_interval` through haraka.ini [dns] servers. Empty = no blocklist watch.", { item: ip, example: '203.0.113.25, 2001:db8::25' }),
    blocklists: list<string>(['zen.spamhaus.org', 'b.barracudacentral.org', 'bl.spamcop.net'], 'The DNS blocklists to check. Spamhaus and Barracuda refuse queries that come through large public resolvers (Barracuda also wants the resolver registered): use your own resolver in haraka.ini [dns] servers.', { item: zone }),
    check_interval: duration('1h', 'How often to check.', { minMs: 1000, range: '>= 1s' }),
    notify: text('', 'Who gets reputation alerts (complaint locks, SNDS, listings).', { check: checkAddress, example: 'admin@example.org' }),
    webhook_url: text('', 'A JSON POST per alert (kind, key, subject, time and the details).', { check: checkUrl, example: 'http://127.0.0.1:8080/outpost' }),
    notify_from: text('', 'Header From: of alert mail (default postmaster@ config/me).', { check: checkAddress, example: 'postmaster@example.org' }),
    stats_hourly: duration('48h', 'Per-sender statistics are kept in hour buckets this long...', { minMs: 3_600_000, range: '>= 1h' }),
    stats_daily: duration('90d', '...and in day buckets this long.', { minMs: 86_400_000, range: '>= 1d' }),
    state_dir: text('var/reputation', 'Directory, relative to the install directory: the reputation state (sent Message-IDs, complaints and reports, SNDS and blocklist state, statistics, alerts left by the outpost command). Writable by the service user.', {
      check: (v) => {
        if (!v.trim()) throw new Error('expected a directory (relative to the install directory)')
      },
    }),
  },
})

export const BLOCKLIST_SECTION = section('blocklist ZONE', {
  prefix: 'blocklist ',
  exampleName: 'blocklist dnsbl.example.net',
  comment: ['[blocklist ZONE] adds a blocklist (or names its delisting page).'],
  keys: {
    delist_url: text('', 'Where that list takes delisting requests.', { check: checkUrl, example: 'https://dnsbl.example.net/remove' }),
  },
})

export const REPUTATION_FILE = file(
  'config/outpost_reputation.ini',
  [
    "outpost_reputation: the gateway's standing with receivers.",
    '  [feedback]   complaint reports (ARF, Microsoft JMRP) -> complaints per sender -> lock',
    '  [snds]       Microsoft SNDS data for the gateway\'s addresses, fetched daily',
    '  [reputation] own-IP blocklist watch, alert targets, statistics, state',
    'Reloaded on change; a bad edit is logged and the previous settings stay in force.',
    'A bad file at start-up stops Haraka with the file, line and problem.',
    'Admin commands: outpost feedback | snds | reputation | stats (see README).',
  ],
  [FEEDBACK_SECTION, SNDS_SECTION, REPUTATION_SECTION, BLOCKLIST_SECTION],
)
