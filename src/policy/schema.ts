// config/outpost_policy.ini, declared once (see src/lib/config_schema.ts): the
// loader (config.ts), the shipped file, the README tables and `outpost
// check-config` all come from here. [bayes] and [scores] are the built-in
// engine's, declared in src/engine/schema.ts.
import { bool, custom, duration, file, number, oneOf, section, type SectionSpec } from '../lib/config_schema'
import type { PolicyAction } from '../lib/verdict'
import { AUTOLEARN_SECTION, BAYES_SECTION, LISTS_SECTION, SCORES_SECTION } from '../engine/schema'

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

export const POLICY_FILE = file(
  'config/outpost_policy.ini',
  [
    'outpost_policy: the outbound policy every relayed message is judged against.',
    'Every message a trusted or internal client relays is scored in data_post; a',
    'message whose score is GREATER than the threshold is spam and gets the action.',
    'Changes are picked up without a restart; a file with an error is refused',
    '(logged) and the previous settings stay in force. Unknown keys are errors.',
  ],
  [POLICY_MAIN, POLICY_ENGINES, POLICY_DOMAIN, BAYES_SECTION, LISTS_SECTION, AUTOLEARN_SECTION, SCORES_SECTION],
)
