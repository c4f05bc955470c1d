// config/outpost_route.ini, declared once (see src/lib/config_schema.ts): the
// loader (config.ts), the shipped file, the README tables and `outpost
// check-config` all come from here.
import { bool, custom, file, integer, list, oneOf, section, type KeySpec } from '../lib/config_schema'

export const TLS_MODES = ['required', 'opportunistic', 'off'] as const
export const AUTH_TYPES = ['plain', 'login', 'cram-md5'] as const

export const DEFAULT_ORIGINATING_IP_HEADERS = [
  'X-Originating-IP',
  'X-Sender-IP',
  'X-MS-Exchange-Organization-OriginatorIP',
  'X-MS-Exchange-CrossTenant-OriginalClientIPAddress',
  'X-Source-IP',
]

/** The keys of [smarthost] and of every [route DOMAIN]. */
function routeKeys(examples: { host?: string; port?: string; tls?: string; auth_file?: string; auth_type?: string }) {
  return {
    host: list<string>(
      [],
      'The next hops in order: primary first, then fallbacks. host[:port], comma separated; names or IP literals; [v6]:port for IPv6 with a port. Empty in [smarthost] = direct MX delivery. `direct` (alone) in a [route] = direct MX for that sender domain; required in a [route]. A reload that would turn a configured smarthost into direct MX delivery by leaving host out is refused: write host = direct for that.',
      { type: 'list of host[:port]', example: examples.host },
    ),
    port: integer(25, 'Port for hosts listed without one.', { min: 1, max: 65535, example: examples.port }),
    tls: oneOf(
      TLS_MODES,
      'opportunistic',
      'required: STARTTLS with a certificate that verifies (system CAs plus NODE_EXTRA_CA_CERTS; the name checked is the host name, or the IP when host is an IP), else nothing but EHLO/STARTTLS is sent and the message stays queued and is retried. opportunistic: STARTTLS when offered, certificate not verified. off: never STARTTLS (applies to the host on every port, so one host cannot be off in one section and TLS in another).',
      { example: examples.tls },
    ),
    auth_file: custom<string | undefined>({
      type: 'path',
      default: undefined,
      shown: 'none',
      example: examples.auth_file,
      meaning:
        'File with one line USER:PASSWORD (split at the first colon; # lines ignored), relative to config/. Must be a regular file with no group/other permissions (chmod 600), owned by the user Haraka runs as: otherwise Haraka refuses to start. Needs tls = required: credentials are never sent over a connection that is not verified TLS. The secret is redacted from every log line.',
      parse: (v) => (v === '' ? undefined : v),
    }),
    auth_type: custom<(typeof AUTH_TYPES)[number] | undefined>({
      type: AUTH_TYPES.join(' | '),
      default: undefined,
      shown: 'best offered',
      example: examples.auth_type,
      meaning: 'AUTH mechanism; needs auth_file.',
      parse: (v) => oneOf(AUTH_TYPES, 'plain', '').parse(v),
    }),
  } satisfies Record<string, KeySpec>
}

export const SMARTHOST_SECTION = section('smarthost', {
  comment: ['The default route: where relayed mail goes next. As shipped (no host): directly to each recipient domain\'s MX.'],
  keys: routeKeys({ host: 'relay1.example.net, relay2.example.net', port: '587', tls: 'required', auth_file: '/etc/outpost/smarthost.secret', auth_type: 'plain' }),
})

export const ROUTE_SECTION = section('route DOMAIN', {
  prefix: 'route ',
  exampleName: 'route example.org',
  comment: [
    'Sender-based smarthost: mail whose envelope sender is @example.org (or, with',
    '[route *.example.org], any subdomain of it) leaves through its own smarthost.',
    'Same keys as [smarthost]; host = direct delivers that domain\'s mail to MX.',
  ],
  keys: routeKeys({ host: 'smtp.example-provider.net:587', tls: 'required', auth_file: 'example-org.secret' }),
})

export const TLS_SECTION = section('tls', {
  comment: [],
  keys: {
    mandatory_domains: list<string>(
      [],
      'Recipient domains whose mail never leaves without verified TLS, whether delivered direct or through a smarthost (the hop is forced to required); *.example.com for subdomains. Everything else is opportunistic. Haraka\'s own config/tls.ini [outbound] force_tls_hosts[] still applies too.',
      { type: 'list of domains', example: 'partner-bank.example, *.gov.example' },
    ),
  },
})

export const HYGIENE_SECTION = section('hygiene', {
  comment: ['Hide the internal network of trusted clients and authenticated users, before the message is signed.'],
  keys: {
    strip_received: bool(
      false,
      'Remove every Received line that shows no public address outside your networks: lines naming only private/loopback/link-local addresses, the client\'s trusted network, internal_networks, or no address at all. Lines showing a public hop (mail that came from outside and is forwarded) are kept, in order.',
      { example: 'true' },
    ),
    strip_originating_ip: bool(false, 'Remove the headers in originating_ip_headers.', { example: 'true' }),
    originating_ip_headers: list<string>(DEFAULT_ORIGINATING_IP_HEADERS, 'Headers that name the originating client\'s address.', { example: 'X-Originating-IP' }),
    internal_networks: list<string>([], 'Public networks that are nevertheless yours (for strip_received); written as in outpost_relay.ini [trusted_networks].', {
      type: 'list of CIDR/IP',
      example: '198.51.100.0/24',
    }),
  },
})

export const DOCTOR_SECTION = section('doctor', {
  comment: ['Used by `outpost doctor` only.'],
  keys: {
    public_ips: list<string>(
      [],
      'The gateway\'s public addresses, i.e. what receivers see when mail is delivered directly; SPF of directly delivered domains must authorise them. (For a domain routed through a smarthost the doctor checks the smarthost\'s addresses instead; --ip overrides both.)',
      { type: 'list of IP addresses', example: '198.51.100.7, 2001:db8::7' },
    ),
  },
})

/** [main] holds nothing: declared so that a stray key before the first section is named as unknown. */
export const ROUTE_MAIN = section('main', { comment: [], keys: {}, headerless: true })

export const ROUTE_FILE = file(
  'config/outpost_route.ini',
  [
    'outpost_route: where relayed mail goes next (see README, "Delivery: outpost_route").',
    'Mail is always queued by Haraka first (var/queue), so an unreachable next hop',
    'means retry (config/outbound.ini temp_fail_intervals), not loss.',
    'Reloaded on change; a bad edit is logged and the previous settings stay.',
  ],
  [ROUTE_MAIN, SMARTHOST_SECTION, ROUTE_SECTION, TLS_SECTION, HYGIENE_SECTION, DOCTOR_SECTION],
)

