// config/outpost_relay.ini, declared once: the loader (config.ts), the shipped
// file, the README table and `outpost check-config` all come from here. How to
// add a key: see the top of src/lib/config_schema.ts.
import { bool, file, section, text } from '../lib/config_schema'

export const DEFAULT_REJECT_MESSAGE = 'Relaying denied: this gateway accepts mail only from its trusted networks'

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
  entries: {
    key: 'CIDR',
    value: 'description',
    type: '`CIDR = description`',
    shown: 'none (shipped: `127.0.0.1/32`, `::1/128`)',
    meaning:
      'networks that may relay; IPv4 as four decimal octets without leading zeros (`010.1.2.0/24`, `192.168.1`, `127.10` and `2130706442` are errors, not guesses), IPv6 as usual; a bare address is a host; host bits set (`192.0.2.10/24`) and duplicates are errors; the description is required. No entries, an empty file or no file: nobody relays except authenticated clients (a warning is logged)',
    shipped: () => ['127.0.0.1/32 = localhost', '::1/128 = localhost (IPv6)'],
  },
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
  entries: {
    key: 'CIDR',
    value: 'description',
    type: '`CIDR = description`',
    shown: 'none (shipped: `127.0.0.1/32`, `::1/128`)',
    meaning:
      'networks exempt from IP-reputation tests (DNSBL, rDNS, HELO, SPF of the client IP); written as in `[trusted_networks]`; an internal network that is not trusted still may not relay',
    shipped: () => ['127.0.0.1/32 = localhost', '::1/128 = localhost (IPv6)'],
  },
})

export const SENDER_DOMAINS = section('sender_domains', {
  comment: [
    'trusted CIDR (written exactly as in [trusted_networks]) = sender domains.',
    'Restricts MAIL FROM for clients matched by that entry: other domains get',
    '550. "example.com" is that domain only; ".example.com" is its subdomains.',
    'The null sender (bounces) is always allowed. Entries without a line here',
    'may use any sender domain.',
    ';192.0.2.10/32 = example.com, .example.com',
  ],
  keys: {},
  entries: {
    key: 'CIDR',
    value: 'domains',
    type: '`CIDR = domain, .domain, …`',
    shown: 'none',
    meaning:
      'for the trusted entry written exactly so: the only MAIL FROM domains allowed; `example.com` is that domain, `.example.com` its subdomains',
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
  [RELAY_MAIN, TRUSTED_NETWORKS, INTERNAL_NETWORKS, SENDER_DOMAINS],
)
