// config/outpost_relay.ini, declared once: the loader (config.ts), the shipped
// file, the README table and `outpost check-config` all come from here. How to
// add a key: see the top of src/lib/config_schema.ts.
import { bool, custom, duration, file, integer, section, text } from '../lib/config_schema'

export const DEFAULT_REJECT_MESSAGE = 'Relaying denied: this gateway accepts mail only from its trusted networks'

/** `CIDR = description` entries, shipped as the loopback addresses: [trusted_networks] and [internal_networks]. */
function loopbackNetworkEntries(meaning: string) {
  return {
    key: 'CIDR',
    value: 'description',
    type: '`CIDR = description`',
    shown: 'none (shipped: `127.0.0.1/32`, `::1/128`)',
    meaning,
    shipped: () => ['127.0.0.1/32 = localhost', '::1/128 = localhost (IPv6)'],
  }
}

export const RELAY_MAIN = section('main', {
  comment: [],
  keys: {
    reject_untrusted: bool(
      true,
      'Refuse clients outside [trusted_networks] at connect with 554. With false, they are served but never relay (only mail that Haraka\'s own rcpt plugins accept for local delivery gets through).',
      { ship: 'set' },
    ),
    reject_message: text(DEFAULT_REJECT_MESSAGE, 'The text of that 554 reply.'),
  },
})

export const TRUSTED_NETWORKS = section('trusted_networks', {
  comment: [
    'CIDR = description. Clients in these networks relay. IPv4 (four decimal',
    'octets, no leading zeros) and IPv6; an IPv4-mapped IPv6 client',
    '(::ffff:192.0.2.10) matches the IPv4 entry. A bare address is a host (/32 or',
    '/128). The most specific match\'s description is logged and kept with each',
    'message (quarantine, audit). No entries (or no file) = nobody relays except',
    'clients that authenticate (SMTP AUTH). Each entry is logged at start-up.',
    'Examples:',
    ';192.0.2.10/32 = Exchange-01, London',
    ';2001:db8:10::/48 = Branch offices',
  ],
  keys: {},
  entries: loopbackNetworkEntries(
    'networks that may relay; IPv4 as four decimal octets without leading zeros (`010.1.2.0/24`, `192.168.1`, `127.10` and `2130706442` are errors, not guesses), IPv6 as usual; a bare address is a host; host bits set (`192.0.2.10/24`) and duplicates are errors; the description is required. No entries, an empty file or no file: nobody relays except authenticated clients (a warning is logged)',
  ),
})

export const INTERNAL_NETWORKS = section('internal_networks', {
  comment: [
    'CIDR = description. Exempt from IP reputation tests (DNS blocklists, rDNS,',
    'HELO, SPF of the client IP), because many blocklists list private ranges.',
    'Their mail is still content-scored. Usually the same hosts as above, or a',
    'subset; an internal network that is not trusted still may not relay.',
    ';192.0.2.10/32 = Exchange-01',
  ],
  keys: {},
  entries: loopbackNetworkEntries(
    'networks exempt from IP-reputation tests (DNSBL, rDNS, HELO, SPF of the client IP); written as in `[trusted_networks]`; an internal network that is not trusted still may not relay',
  ),
})

export const SENDER_DOMAINS = section('sender_domains', {
  comment: [
    'trusted CIDR (written exactly as in [trusted_networks]) = sender domains.',
    'Restricts what a client matched by that entry may send as: the envelope',
    'sender (MAIL FROM, refused with 550 5.7.1 at MAIL) and every address of the',
    'header From and Sender (refused with 550 5.7.1 at end of data; nothing is',
    'queued). "example.com" is that domain only; ".example.com" is its',
    'subdomains. The null sender (<>, bounces) is allowed, but its header From',
    'must still be in these domains (postmaster@ or MAILER-DAEMON@ of your own',
    'mail server: list ".example.com" if that host is a subdomain). A sender',
    'without a domain (<postmaster>) and a message without a From are refused.',
    'DKIM: mail from such a client is signed only with the key of a domain listed',
    'here (a parent domain\'s key is not used for ".example.com" alone).',
    'Entries without a line here may use any sender domain.',
    ';192.0.2.10/32 = example.com, .example.com',
  ],
  keys: {},
  entries: {
    key: 'CIDR',
    value: 'domains',
    type: '`CIDR = domain, .domain, …`',
    shown: 'none (any domain)',
    meaning:
      'for the trusted entry written exactly so: the only domains its clients may send as (envelope, header From and Sender, DKIM signing domain); `example.com` is that domain, `.example.com` its subdomains',
  },
})

export const AUTH = section('auth', {
  comment: [
    'SMTP AUTH guessing (with an auth plugin in config/plugins): failed attempts',
    'are counted per client IP and per user name, across connections. After',
    'max_failures failures within `window`, that client (every user from it) and',
    'that user (from every client) are locked out for `lockout`: AUTH then gets',
    '454 4.7.0 without the password being checked. An attempt counts from the',
    'moment its credentials arrive, so parallel connections cannot check more',
    'than max_failures passwords. Memory only, per Haraka process.',
  ],
  keys: {
    max_failures: integer(5, 'failed SMTP AUTH attempts per client IP, and per user name, within `window` before both are locked out; 0 turns the lockout off', { min: 0, max: 1_000_000, ship: 'set' }),
    lockout: duration('15m', 'how long a locked-out client or user gets 454 4.7.0 for AUTH, without the password being checked (a bare number is seconds; 90s, 15m, 1h, 1d)', { minMs: 1000, range: 'of at least 1s', ship: 'set' }),
    window: duration('15m', 'failures older than this are forgotten', { minMs: 1000, range: 'of at least 1s', ship: 'set' }),
  },
})

export const AUTH_SENDER_DOMAINS = section('auth_sender_domains', {
  comment: [
    'AUTH user name = sender domains that user may send as (envelope, header',
    'From and Sender, DKIM signing domain), in place of the default. Names are',
    'compared without case. Default: a user name that is an address',
    '(alice@example.com) may send as its own domain (example.com) only; any other',
    'user name may not send at all until it has a line here. A user on a trusted',
    'network with a [sender_domains] line is held to both.',
    ';scanner = example.com',
    ';alice@example.com = example.com, example.org',
  ],
  keys: {},
  entries: {
    key: 'USER',
    value: 'domains',
    type: '`user = domain, .domain, …`',
    shown: 'none',
    meaning:
      'the domains an AUTH user may send as, in place of the default (the domain of a user name that is an address; nothing for other names). Names compared without case',
  },
})

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const DEFAULT_OFFICE365_RANGES = 'config/outpost_office365_ranges'

export const OFFICE365 = section('office365 NAME', {
  prefix: 'office365 ',
  exampleName: 'office365 contoso',
  comment: [
    '[office365 NAME]: an Office 365 (Exchange Online) tenant\'s outbound',
    'connector. Exchange Online sends every Microsoft 365 customer\'s mail from',
    'the same ranges, so an address in them is trusted ONLY through these entries',
    '(even if [trusted_networks] lists it), and a message relays only if it',
    'carries exactly one X-MS-Exchange-CrossTenant-Id naming one of tenant_ids,',
    'exactly one X-OriginatorOrg in sender_domains, and an envelope sender (at',
    'MAIL) and header From/Sender (at end of data) in sender_domains; anything',
    'else from those ranges gets 550 5.7.1, and nothing is queued. Headers naming',
    'the tenant do not make a client outside the ranges trusted. Several entries',
    'may share the ranges (one per tenant); the tenant header picks the entry.',
    '  tenant_ids      required; tenant id GUID(s), comma-separated',
    '  sender_domains  required; as in [sender_domains] (add NAME.onmicrosoft.com',
    '                  if that is still the tenant\'s default domain)',
    '  networks        default config/outpost_office365_ranges (Microsoft\'s',
    '                  published Exchange Online ranges; refresh with',
    '                  `outpost o365 ranges import FILE`), or another file of',
    '                  CIDRs, or CIDRs inline; a change to the file is reloaded',
    '  certificate     optional; the connector must use TLS with a verified',
    '                  client certificate issued to this name (CN or DNS SAN)',
  ],
  keys: {
    tenant_ids: custom<string[]>({
      type: 'GUIDs, comma-separated',
      default: [],
      shown: 'required',
      meaning: 'the Microsoft 365 tenant id(s) whose mail this entry relays',
      example: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      parse(value) {
        const ids = value.split(/[\s,]+/).filter(Boolean).map((t) => t.toLowerCase().replace(/^\{|\}$/g, ''))
        if (!ids.length) throw new Error('expected the tenant id(s) of your Microsoft 365 organisation, e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47')
        for (const t of ids) if (!TENANT_ID.test(t)) throw new Error(`"${t}" is not a tenant id, expected a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47`)
        return ids
      },
    }),
    sender_domains: text('', 'the domains that tenant may send as (envelope, header From/Sender, X-OriginatorOrg, DKIM signing domain); as in `[sender_domains]`', { shown: 'required', type: '`domain, .domain, …`', example: 'contoso.com, .contoso.com' }),
    networks: text(DEFAULT_OFFICE365_RANGES, 'where Exchange Online\'s mail comes from: a file of CIDRs (one per line, `#` comments; reloaded when it changes) or CIDRs inline', { type: 'file name or CIDRs', example: DEFAULT_OFFICE365_RANGES }),
    certificate: text('', 'also require TLS with a verified client certificate issued to this name (CN or DNS subjectAltName)', {
      type: 'host name',
      shown: 'none',
      example: 'mail.protection.outlook.com',
      check(value) {
        if (value && !/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value.trim())) throw new Error('expected a certificate host name, e.g. mail.protection.outlook.com')
      },
    }),
  },
})

export const RELAY_FILE = file(
  'config/outpost_relay.ini',
  [
    'outpost_relay: who may relay through this gateway.',
    'Reloaded on change; a bad edit is logged and the previous lists stay in force,',
    'and so does a reload that would leave no trusted network (restart for that).',
    'A bad file at start-up stops Haraka with the file, line and problem.',
  ],
  [RELAY_MAIN, TRUSTED_NETWORKS, INTERNAL_NETWORKS, SENDER_DOMAINS, AUTH, AUTH_SENDER_DOMAINS, OFFICE365],
)
