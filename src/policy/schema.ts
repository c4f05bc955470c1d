// config/outpost_policy.ini, declared once (see src/lib/config_schema.ts): the
// loader (config.ts), the shipped file, the README tables and `outpost
// check-config` all come from here. [bayes] and [scores] are the built-in
// engine's, declared in src/engine/schema.ts.
import { bool, custom, duration, file, integer, list, number, oneOf, section, text, type SectionSpec } from '../lib/config_schema'
import { zone } from '../lib/dnsbl'
import { isValidDomain, normaliseDomain } from '../lib/domain'
import { LINK_DOMAINS_MAX } from '../engine/domains'
import type { PolicyAction } from '../lib/verdict'
import { AUTOLEARN_SECTION, BAYES_SECTION, BRANDS_SECTION, LISTS_SECTION, SCORES_SECTION } from '../engine/schema'

export const ACTIONS: readonly PolicyAction[] = ['pass', 'tag', 'quarantine', 'reject', 'discard']
export const COMBINE_MODES = ['max', 'sum', 'average'] as const
export const MISSING_MODES = ['tempfail', 'ignore'] as const

const threshold = (ship: 'set' | 'commented', example?: string) =>
  number(8, 'Mail whose score is greater than this is spam (SpamAssassin\'s scale: 5 = likely spam, 8 = confident).', { min: -1000, max: 1000, ship, example })
const action = (ship: 'set' | 'commented', example?: string) =>
  oneOf(
    ACTIONS,
    'quarantine',
    'What happens to spam: pass = deliver unchanged (apart from the X-Outpost-Score header), for monitoring; tag = prefix the Subject with subject_tag, add "X-Outpost-Spam: Yes", deliver; quarantine = hold it for review (outpost_quarantine), the client gets 250 only once it is stored, else 451; reject = refuse it at end of DATA with a 550 that names no score or rule; discard = accept it (250) and drop it, a log line records it.',
    { ship, example },
  )
const subjectTag = (ship: 'set' | 'commented') =>
  custom({
    type: 'printable ASCII text',
    default: '[SPAM]',
    shown: '[SPAM]',
    ship,
    meaning: 'The Subject prefix for action = tag; _SCORE_ is replaced by the score, e.g. "[SPAM _SCORE_]" gives "[SPAM 9.3] original subject".',
    parse: (tag: string) => {
      // the tag goes verbatim into a header: printable ASCII only, so it can't
      // fold, inject a header or get re-encoded around an existing encoded-word
      if (tag === '' || !/^[\x20-\x7e]+$/.test(tag)) throw new Error('expected printable ASCII text such as [SPAM] or [SPAM _SCORE_]')
      return tag
    },
  })

export const POLICY_MAIN = section('main', {
  comment: [],
  keys: {
    threshold: threshold('set'),
    action: action('set'),
    subject_tag: subjectTag('set'),
    score_header: bool(true, 'Add "X-Outpost-Score: <score>" to every scored message that is delivered or quarantined. Turn off if recipients must not see scores.', { ship: 'set' }),
  },
})

export const POLICY_ENGINES = section('engines', {
  comment: ['Which scores count, and how they are combined into the message\'s score.', 'At least one engine must be true.'],
  keys: {
    builtin: bool(true, 'The built-in engine (rules + Bayes classifier, no daemon).', { ship: 'set' }),
    rspamd: bool(false, 'Use the score of Haraka\'s rspamd plugin (it must be in config/plugins and set up for outbound mail, see README).', { ship: 'set' }),
    spamassassin: bool(false, 'Use the score of Haraka\'s spamassassin plugin (same).', { ship: 'set' }),
    combine: oneOf(COMBINE_MODES, 'max', 'How the scores of the engines in use are combined.', { ship: 'set' }),
    missing: oneOf(
      MISSING_MODES,
      'tempfail',
      'An engine set to true above that gave no score for a message (skipped it, failed, not loaded): tempfail answers 451 so the client retries; ignore judges the message on the other engines and records <ENGINE>_MISSING. If no engine gave a score, the message is deferred either way.',
      { ship: 'set' },
    ),
    rspamd_weight: number(1, 'Multiplies rspamd\'s score before combining (e.g. 0.5 to bring rspamd\'s reject level of 15 to about 8).', { min: 0, max: 100, ship: 'set' }),
    spamassassin_weight: number(1, 'Multiplies SpamAssassin\'s score before combining.', { min: 0, max: 100, ship: 'set' }),
    timeout: duration('10s', 'How long the built-in engine may take on one message before it is deferred with 451 (Haraka\'s own hook timeout for the plugin is raised above it if needed).', {
      minMs: 100,
      maxMs: 300_000,
      range: 'between 100ms and 5m',
      ship: 'set',
    }),
    workers: custom<number | 'auto'>({
      type: 'auto | whole number 0–64',
      default: 'auto',
      shown: 'auto',
      ship: 'set',
      meaning:
        'Threads that run the built-in engine beside Haraka\'s event loop, each with its own copy of the models (about 60 MB). A message that outlasts the timeout has its thread replaced, so it cannot stall other mail. 0 scores on the event loop; auto = one per CPU beyond the first, 1 to 4. With smtp.ini nodes=cpus every Haraka process starts its own threads: set a number then.',
      parse: (v) => {
        if (v.toLowerCase() === 'auto') return 'auto'
        if (!/^\d+$/.test(v)) throw new Error('expected a whole number 0–64, written in decimal, or auto')
        if (Number(v) > 64) throw new Error('expected a whole number <= 64, or auto')
        return Number(v)
      },
    }),
  },
})

export const DOMAIN_PREFIX = 'domain '

export const POLICY_DOMAIN: SectionSpec = section('domain NAME', {
  prefix: DOMAIN_PREFIX,
  exampleName: 'domain example.org',
  comment: [
    'Per sender-domain policies override threshold, action and subject_tag of [main]',
    'for mail whose envelope sender (MAIL FROM) is in that domain. Keys left out',
    'are taken from [main].',
    '  [domain example.org]   matches example.org exactly (not its subdomains)',
    '  [domain .example.org]  matches every subdomain of example.org (not example.org',
    '                         itself); the deepest matching section wins',
  ],
  keys: {
    threshold: threshold('commented', '6'),
    action: action('commented', 'reject'),
    subject_tag: subjectTag('commented'),
  },
  trailer: ['', '--- engine settings ([bayes], [scores]) below, maintained with src/engine ---'],
})

/** The zones shipped in [uribl] zones (each needs registration for commercial use, see README). */
export const URIBL_DEFAULT_ZONES = ['dbl.spamhaus.org', 'multi.surbl.org', 'multi.uribl.com']

const SKIP_DOMAIN = (v: string): string => {
  const d = normaliseDomain(v)
  if (!isValidDomain(d) || !d.includes('.')) throw new Error(`expected domain names separated by commas or spaces, "${v}" is not one`)
  return d
}

export const URIBL_SECTION = section('uribl', {
  comment: [
    "URI domain blocklists: the domains the links of each message lead to are looked up in DNS blocklists of domains (Spamhaus DBL, SURBL, URIBL), through haraka.ini [dns] servers. A listing adds the zone's symbol (URIBL_<ZONE>, e.g. URIBL_DBL_SPAMHAUS_ORG) and its score to the message's score, once per zone, with the listed domains and answer codes as evidence.",
    "Off by default: Spamhaus, SURBL and URIBL are free only for low-volume non-commercial use, and refuse queries that reach them through public resolvers (8.8.8.8, 1.1.1.1, most ISPs'). Register with them (Spamhaus DQS, SURBL/URIBL data feeds) or run your own resolver, and set [dns] servers in haraka.ini. DNS trouble never holds mail up: lookups not answered in time are left out (logged).",
  ],
  keys: {
    enabled: bool(false, 'Look up the link domains of every scored message (needs [engines] builtin = true: the link domains come from the built-in engine).', { ship: 'set' }),
    zones: list<string>(URIBL_DEFAULT_ZONES, 'The domain blocklists to query. A [uribl ZONE] section adds a zone and sets its score, symbol or mask. Spamhaus DQS users write their key zone, e.g. KEY.dbl.dq.spamhaus.net, and give it a symbol.', { item: zone, ship: 'set' }),
    score: number(6, 'The score a listing in a zone adds, unless its [uribl ZONE] section sets another. (6: with the threshold 8 a listed link alone does not make a message spam; a listing plus some other evidence does.)', { min: -1000, max: 1000, ship: 'set' }),
    timeout: duration('2s', 'How long the lookups of one message may take together; never longer than what is left of [engines] timeout after the engine scored. Lookups not answered by then are left out (the message is scored without them, a log line says so) and their answers still fill the cache.', {
      minMs: 50,
      maxMs: 60_000,
      range: 'between 50ms and 60s',
      ship: 'set',
    }),
    cache_ttl: duration('1h', 'How long a listing (an answer) is remembered, in each Haraka process.', { minMs: 0, maxMs: 86_400_000, range: 'between 0s and 1d', ship: 'set' }),
    negative_ttl: duration('10m', 'How long "not listed" (and a refused query) is remembered. Shorter than cache_ttl, so a domain listed today is seen soon.', { minMs: 0, maxMs: 86_400_000, range: 'between 0s and 1d', ship: 'set' }),
    cache_size: integer(20000, 'The most answers (domain and zone) remembered per Haraka process; the least recently used go first. 0 = no cache.', { min: 0, max: 1_000_000, ship: 'set' }),
    max_domains: integer(20, `The most link domains looked up per message: the most linked first, then in order of appearance. Domains are reduced to their organisational domain first (a.b.example.co.uk -> example.co.uk), so a message with 300 links into one site costs one lookup per zone.`, { min: 1, max: LINK_DOMAINS_MAX, ship: 'set' }),
    skip: list<string>([], 'Domains never looked up (with their subdomains): your own and your partners\' domains, to save queries. The sender\'s own domain is looked up unless listed here: a compromised site of the sender is worth knowing about.', { item: SKIP_DOMAIN, example: 'example.org, example.net' }),
  },
})

/** A symbol name: upper-case letters, digits and underscores. */
export const SYMBOL_NAME = /^[A-Z][A-Z0-9_]{0,63}$/

export const URIBL_ZONE_PREFIX = 'uribl '

export const URIBL_ZONE_SECTION = section('uribl ZONE', {
  prefix: URIBL_ZONE_PREFIX,
  exampleName: 'uribl KEY.dbl.dq.spamhaus.net',
  comment: [
    '[uribl ZONE] adds a zone to [uribl] zones (if not there yet) and sets, for it alone:',
    '  score   the score of a listing (default: [uribl] score)',
    '  symbol  the symbol name (default URIBL_ and the zone in capitals, dots as _);',
    '          set it for a zone whose name holds an access key (kept out of logs)',
    '  mask    count only answers 127.0.0.X whose X shares a bit with mask (the',
    '          SURBL and URIBL "multi" zones are bitmasks); 0 = every answer.',
    '          Default 0, except multi.uribl.com: 2 (black only; grey and red list',
    '          bulk senders\' domains)',
    'Any answer in 127.0.0.0/8 is a listing except the refusal codes 127.0.0.1, 127.0.1.255 and 127.255.255.x, which are logged (WARN, at most once an hour per zone) and never scored.',
  ],
  keys: {
    score: number(6, 'The score of a listing in this zone.', { min: -1000, max: 1000, example: '7', shown: '[uribl] score' }),
    symbol: text('', 'The symbol name (upper-case letters, digits, _), one per zone; set it when the zone name holds an access key, to keep the key out of logs and the quarantine.', {
      type: 'symbol name',
      shown: 'URIBL_<ZONE>',
      check: (v) => {
        if (!SYMBOL_NAME.test(v)) throw new Error('expected a symbol name of upper-case letters, digits and _, such as URIBL_DBL')
      },
      example: 'URIBL_DBL',
    }),
    mask: integer(0, 'Bits of the answer\'s last octet (127.0.0.X) that count as a listing, for bitmask zones; 0 = every answer. multi.uribl.com defaults to 2 (black only).', { min: 0, max: 255, shown: '0' }),
  },
  trailer: [
    ';[uribl multi.uribl.com]',
    ';mask = 14',
  ],
})

export const POLICY_FILE = file(
  'config/outpost_policy.ini',
  [
    'outpost_policy: the outbound policy every relayed message is judged against.',
    'Every message a trusted or internal client relays is scored in data_post; a',
    'message whose score is GREATER than the threshold is spam and gets the action.',
    'Changes are picked up without a restart; a file with an error is refused',
    '(logged) and the previous settings stay in force. Unknown keys are errors.',
  ],
  [POLICY_MAIN, POLICY_ENGINES, URIBL_SECTION, URIBL_ZONE_SECTION, POLICY_DOMAIN, BAYES_SECTION, LISTS_SECTION, BRANDS_SECTION, AUTOLEARN_SECTION, SCORES_SECTION],
)
