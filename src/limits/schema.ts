// config/outpost_limits.ini and haraka.ini [state], declared once
// (src/lib/config_schema.ts): read by src/limits/config.ts and
// src/limits/state_config.ts, rendered into the shipped files and README tables.
import { custom, duration, file, integer, list, number, oneOf, section, text } from '../lib/config_schema'
import { webhookUrlProblem } from '../alerts/webhook'
import { redisUrlProblem } from './redis_url'
import type { LimitName } from './windows'

export const LIMIT_ACTIONS = ['defer', 'hold', 'score', 'reject'] as const
export const STATE_BACKENDS = ['memory', 'redis'] as const

const ADDRESS = /^[^\s@<>()",;:]+@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i

/** The shipped defaults per identity (an ordinary person; raise them for systems with [identity NAME]). */
export const DEFAULT_LIMITS: Record<LimitName, number> = {
  messages_per_hour: 500,
  messages_per_day: 2000,
  recipients_per_hour: 1000,
  recipients_per_message: 100,
  recipient_domains_per_hour: 200,
  spam_per_10min: 5,
  refused_recipients_per_hour: 50,
}

const MEANING: Record<LimitName, string> = {
  messages_per_hour: 'Messages in one hour (the last 55-60 minutes: 12 five-minute buckets).',
  messages_per_day: 'Messages in one day (the last 23-24 hours: 24 one-hour buckets).',
  recipients_per_hour: 'Recipients in one hour: one message to 500 people counts 500.',
  recipients_per_message: 'Recipients of a single message.',
  recipient_domains_per_hour: 'Distinct recipient domains in one hour (exact).',
  spam_per_10min: 'Messages the outbound policy judged spam, in 10 minutes (also those it rejected).',
  refused_recipients_per_hour: 'Recipients the smarthost or the destination refused with a 5xx at delivery, in one hour: bursts of invalid addresses are the classic sign of a spam run.',
}

function limitKeys(defaults: Record<LimitName, number>, ship: 'set' | 'commented', examples: Partial<Record<LimitName, string>> = {}) {
  const k = (name: LimitName) => integer(defaults[name], `${MEANING[name]} 0 = no limit.`, { min: 0, max: 1_000_000_000, ship, example: examples[name] })
  return {
    messages_per_hour: k('messages_per_hour'),
    messages_per_day: k('messages_per_day'),
    recipients_per_hour: k('recipients_per_hour'),
    recipients_per_message: k('recipients_per_message'),
    recipient_domains_per_hour: k('recipient_domains_per_hour'),
    spam_per_10min: k('spam_per_10min'),
    refused_recipients_per_hour: k('refused_recipients_per_hour'),
  }
}

const NONE: Record<LimitName, number> = { messages_per_hour: 0, messages_per_day: 0, recipients_per_hour: 0, recipients_per_message: 0, recipient_domains_per_hour: 0, spam_per_10min: 0, refused_recipients_per_hour: 0 }

export const LIMITS_MAIN = section('main', {
  comment: [],
  keys: {
    action: oneOf(
      LIMIT_ACTIONS,
      'hold',
      'What happens when a sender crosses a limit: hold = lock the sender, the crossing message and all its later mail go to the quarantine (250 once stored) until "outpost senders unlock ID" or lock_timeout, and an alert goes to notify / webhook_url; defer = 451, the sender\'s server retries and gets through once the sender is under its limits again; score = add the symbol LIMIT_<LIMIT NAME> (worth score) to the outbound policy\'s score; reject = 550.',
      { ship: 'set' },
    ),
    notify: list<string>([], 'Admin address(es) for alerts, comma separated: one email per lock (who, which limit, counts, sample subjects and recipients, the commands to unlock and release), sent through this gateway\'s own outbound path (routed, DKIM-signed, null envelope sender, never held or counted). Empty = no alert mail.', {
      ship: 'set',
      type: 'email addresses',
      item: (v) => {
        if (!ADDRESS.test(v)) throw new Error(`"${v}" is not an email address, expected e.g. admin@example.org (comma-separated for several), or nothing for no alert mail`)
        return v
      },
    }),
    webhook_url: custom<string | undefined>({
      type: 'http(s) URL, or empty',
      default: undefined,
      shown: '',
      example: 'http://127.0.0.1:8080/outpost',
      meaning: 'Receives each alert as a JSON POST (event, identity, limit, value, max, counts, lock times, samples), e.g. a chat or ticket system\'s incoming webhook. Retried up to 4 attempts with backoff (1s, 2s, 4s) on errors, timeouts, 408, 429 and 5xx. Empty = none.',
      parse: (v) => {
        if (v === '') return undefined
        const problem = webhookUrlProblem(v)
        if (problem) throw new Error(problem)
        return v
      },
    }),
    lock_timeout: duration('0s', 'A lock lifts by itself after this long, and the sender\'s counts start afresh. 0 = until an admin unlocks it.', { shown: '0', example: '1h' }),
    score: number(10, 'With action = score: what each crossed limit adds to the message\'s policy score (symbol LIMIT_MESSAGES_PER_HOUR etc.).', { min: -1000, max: 1000 }),
  },
})

export const LIMITS_DEFAULT = section('default', {
  comment: ['The limits of every sender identity (haraka.ini [identity]); whole numbers.'],
  keys: limitKeys(DEFAULT_LIMITS, 'set'),
})

export const IDENTITY_PREFIX = 'identity '
export const LIMITS_IDENTITY = section('identity NAME', {
  prefix: IDENTITY_PREFIX,
  exampleName: 'identity newsletter@example.org',
  comment: ['Per-identity overrides (a newsletter system may send more than a person): any keys of [default]; the rest come from [default]. NAME as "outpost senders list" shows it.'],
  keys: limitKeys(DEFAULT_LIMITS, 'commented', { messages_per_hour: '20000', messages_per_day: '100000', recipients_per_hour: '40000' }),
})

export const SENDER_DOMAIN_PREFIX = 'sender_domain'
export const LIMITS_SENDER_DOMAIN = section('sender_domain', {
  prefix: SENDER_DOMAIN_PREFIX,
  exampleName: 'sender_domain',
  comment: [
    'Per sender domain (the envelope sender\'s domain): counted only when a [sender_domain] section exists, with the same keys as [default] and no limit unless a key is set (an empty section counts without limiting). [sender_domain example.org] overrides one domain.',
  ],
  keys: limitKeys(NONE, 'commented', { messages_per_hour: '5000' }),
})

export const CLIENT_IP_PREFIX = 'client_ip'
export const LIMITS_CLIENT_IP = section('client_ip', {
  prefix: CLIENT_IP_PREFIX,
  exampleName: 'client_ip',
  comment: ['Per client IP (the connecting server): counted only when this section exists, with the same keys as [default] and no limit unless a key is set.'],
  keys: limitKeys(NONE, 'commented', { messages_per_hour: '10000' }),
})

export const LIMITS_FILE = file(
  'config/outpost_limits.ini',
  [
    'outpost_limits: per-sender limits that stop a compromised account before the',
    "organisation's IPs land on every blocklist (see README, \"Sender identity and limits\").",
    'Who a "sender" is comes from haraka.ini [identity]; where the counts and locks',
    'live from haraka.ini [state] (memory or redis). Hourly counts cover the last',
    '55-60 minutes, daily ones the last 23-24 hours, spam the last 9-10 minutes.',
    'Changes are picked up without a restart (counts and locks are kept); a file',
    'with an error is refused (logged) and the previous settings stay in force.',
    'Unknown sections and keys are errors.',
  ],
  [LIMITS_MAIN, LIMITS_DEFAULT, LIMITS_IDENTITY, LIMITS_SENDER_DOMAIN, LIMITS_CLIENT_IP],
)

export const STATE_SECTION = section('state', {
  comment: [],
  keys: {
    backend: oneOf(
      STATE_BACKENDS,
      'memory',
      'Where outpost_limits keeps counts and locks (and `outpost senders` reads them). memory = in the gateway, saved to var/limits/state.json (locks at once, counts every second), for one Haraka process (smtp.ini nodes = 0 or 1); redis = shared by every gateway using the same Redis, updated atomically (Lua); a Redis outage defers mail (451) until it returns. A change needs a restart.',
      { ship: 'set' },
    ),
    redis_url: text('redis://127.0.0.1:6379', 'The Redis of backend = redis: redis://[:password@]host[:port][/db], or rediss:// for TLS.', {
      type: 'redis:// or rediss:// URL',
      check: (v) => {
        const problem = redisUrlProblem(v.trim())
        if (problem) throw new Error(problem)
      },
    }),
  },
})
