// haraka.ini [identity], declared once (src/lib/config_schema.ts): read by every
// outpost_* plugin that needs the sender identity (src/identity/config.ts),
// rendered into the shipped haraka.ini and the README table.
import { list, section, text } from '../lib/config_schema'
import { parseNetwork, type NetworkEntry } from '../lib/networks'

export const IDENTITY_SOURCES = ['auth_user', 'header', 'envelope_sender', 'client_ip'] as const
export type IdentitySource = (typeof IDENTITY_SOURCES)[number]

/** RFC 5322 field name: printable ASCII except colon; bounded. */
const FIELD_NAME = /^[!-9;-~]{1,76}$/

export const IDENTITY_SECTION = section('identity', {
  comment: [],
  keys: {
    order: list<IdentitySource>(
      ['auth_user', 'header', 'envelope_sender', 'client_ip'],
      'Who the sender of a relayed message is (for the policy log and verdict, the quarantine, sender limits and statistics): these sources are tried in order, the client IP is the last resort in any case. auth_user = the SMTP AUTH user; header = the header below, set by your own mail server; envelope_sender = MAIL FROM (not the null sender); client_ip = the connecting server.',
      {
        ship: 'set',
        type: 'list of auth_user, header, envelope_sender, client_ip',
        item: (v) => {
          if (!(IDENTITY_SOURCES as readonly string[]).includes(v)) throw new Error(`"${v}" is not a source, expected a comma-separated list of ${IDENTITY_SOURCES.join(', ')}`)
          return v as IdentitySource
        },
      },
    ),
    header: text('X-AuthUser', 'The header your own server sets to name the authenticated user (an Exchange transport rule, Postfix header_checks or a milter). It is removed from every message, from any client, before delivery.', {
      ship: 'set',
      type: 'header field name',
      check: (v) => {
        if (!FIELD_NAME.test(v.trim())) throw new Error('expected a header field name such as X-AuthUser')
      },
    }),
    header_networks: list<NetworkEntry>([], 'The only clients whose copy of that header is believed; each must also be a trusted network of config/outpost_relay.ini. Empty = never believed.', {
      ship: 'commented',
      type: 'list of CIDR',
      example: '192.0.2.10/32, 2001:db8:10::25/128',
      shown: '',
      item: (v) => parseNetwork(v, 'header_networks'),
    }),
  },
})
