// The bundle's hook pipeline in one place: every hook an Outpost plugin
// registers, its priority and why it sits there. The plugins register through
// registerStep() instead of writing numbers; the README table is generated from
// STEPS (npm run gen:config) and `outpost check-config` checks config/plugins
// against PLUGIN_ORDER.
//
// Haraka runs a hook's functions by priority (lower first), then by the order of
// config/plugins; any answer but CONT stops the rest. queue_outbound is where
// the order is the architecture: drop discarded spam, hide internal headers,
// hold spam, sign, refuse what nobody held, and queue it ourselves (451, not
// 550, on a failed write).
//
// Adding a hook: add a step here (with why), call registerStep(this, STEPS.x)
// in register(), run `npm run gen:config` for the README table.
import type { Plugin } from './haraka'

export interface HookStep {
  /** the Haraka plugin that registers it */
  plugin: string
  hook: string
  /** the exported function; for another package's plugin, its own name */
  method: string
  priority: number
  why: string
  /** registered by a plugin that is not ours (shown for context; we do not register it) */
  external?: boolean
}

function step(plugin: string, hook: string, method: string, priority: number, why: string, external = false): HookStep {
  return { plugin, hook, method, priority, why, ...(external ? { external } : {}) }
}

export const STEPS = {
  relayClassify: step('outpost_relay', 'connect_init', 'classify_client', -100,
    'Decides trusted/internal before any other plugin and sets remote.is_private, which dns-list, spf, fcrdns and helo.checks read to skip internal networks (fcrdns runs on lookup_rdns, before connect).'),
  relayRefuse: step('outpost_relay', 'lookup_rdns', 'refuse_untrusted', -100,
    'Refuses untrusted clients (554) before any DNS work is spent on them.'),
  relaySender: step('outpost_relay', 'mail', 'check_sender', -100,
    'Holds MAIL FROM to the domains the client may send as ([sender_domains], AUTH user, Office 365 tenant) before other mail plugins accept it.'),
  relayAuthThrottle: step('outpost_relay', 'unrecognized_command', 'throttle_auth', -100,
    'Before the auth plugins: counts AUTH attempts per client IP and user, and answers 454 to a locked-out one without the password being checked.'),
  relayAuthSettle: step('outpost_relay', 'disconnect', 'settle_auth_attempt', -100,
    'An AUTH attempt whose connection ends before the answer counts as failed.'),
  relayDataWatch: step('outpost_relay', 'data', 'watch_data_lines', -100,
    'Watches every DATA line for a bare CR or a NUL (Haraka has no per-line hook).'),
  relayBareCr: step('outpost_relay', 'data_post', 'refuse_bare_cr', -110,
    'Refuses a message with a bare CR or NUL (SMTP smuggling) with 550 5.6.0 before any other plugin sees it.'),
  relaySenderHeaders: step('outpost_relay', 'data_post', 'check_sender_headers', -100,
    'Holds header From/Sender (and an Office 365 tenant\'s headers) to the allowed domains before scoring, holding and signing; notes the scope DKIM signs within.'),
  limitsCheck: step('outpost_limits', 'data_post', 'check_limits', 40,
    'Establishes the sender identity (and removes its header), then counts the message against the sender\'s limits and applies the action (hold, defer, reject, score) before the policy decides at 50, so a LIMIT_* symbol is in its score.'),
  externalScores: step('rspamd, spamassassin', 'data_post', '(their own)', 0,
    'Haraka\'s rspamd/spamassassin plugins record their scores (default priority).', true),
  policyScore: step('outpost_policy', 'data_post', 'score_message', 50,
    'Scores the message after rspamd/spamassassin (0) have recorded theirs, and decides the action.'),
  limitsSpam: step('outpost_limits', 'data_post', 'count_spam', 60,
    'Counts a spam verdict towards spam_per_10min after outpost_policy (50) has decided.'),
  limitsRejectedSpam: step('outpost_limits', 'deny', 'count_rejected_spam', 0,
    'Spam the policy rejected (550) stops data_post before count_spam: counted here.'),
  policyDiscard: step('outpost_policy', 'queue_outbound', 'discard_spam', -100,
    'Drops spam whose action is discard before anything else touches it.'),
  routeHygiene: step('outpost_route', 'queue_outbound', 'header_hygiene', -50,
    'Removes internal Received/originating-IP headers before the quarantine stores a copy and before DKIM signs.'),
  quarantineHold: step('outpost_quarantine', 'queue_outbound', 'quarantine_held_message', -10,
    'Holds spam (OK = taken) before DKIM signs: a held message is signed when it is released.'),
  dkimSign: step('outpost_dkim', 'queue_outbound', 'hook_pre_send_trans_email', 0,
    'haraka-plugin-dkim signs relayed mail (its own default priority): after hygiene and the hold, so what the gateway changed is covered.', true),
  policyUnclaimed: step('outpost_policy', 'queue_outbound', 'refuse_unclaimed_quarantine', 100,
    'A message the policy wants held that no quarantine took (plugin missing or failed) is refused with 451, never delivered.'),
  routeQueue: step('outpost_route', 'queue_outbound', 'queue_for_delivery', 1000,
    'Last: writes the message to Haraka\'s outbound queue itself, so a failed write (full disk) answers 451, not Haraka\'s 550.'),
  limitsCommit: step('outpost_limits', 'queue_ok', 'commit_charge', 0,
    'The message was accepted (queued or quarantined): its count stands.'),
  limitsRefund: step('outpost_limits', 'reset_transaction', 'refund_uncommitted', 0,
    'A message counted but not accepted (a later 4xx, a dropped connection) is refunded, so a retry is not counted twice.'),
  dkimSignOwn: step('outpost_dkim', 'pre_send_trans_email', 'hook_pre_send_trans_email', 0,
    'Signs mail the gateway sends itself: releases from quarantine, digests, notices.', true),
  routeMx: step('outpost_route', 'get_mx', 'route_mx', 0,
    'Answers each delivery attempt with the smarthost(s) of the sender\'s route, or CONT for direct MX.'),
  routeDeferred: step('outpost_route', 'deferred', 'log_deferred', 0, 'Logs each deferral with its reason (CONT keeps the mail queued).'),
  routeDelivered: step('outpost_route', 'delivered', 'count_delivered', 0, 'Counts each delivery for the metrics endpoint.'),
  limitsRefused: step('outpost_limits', 'bounce', 'count_refused', 0,
    'Recipients the smarthost or destination refused (5xx) count towards the sender\'s refused_recipients_per_hour; CONT, so the DSN is still sent.'),
  routeRedact: step('outpost_route', 'log', 'redact_secrets', 0, 'Redacts smarthost credentials from every log line.'),
  quarantineMaster: step('outpost_quarantine', 'init_master', 'start_quarantine_gateway', 0,
    'Starts release, purge and digest work (one process holds the gateway lock).'),
  quarantineChild: step('outpost_quarantine', 'init_child', 'start_quarantine_gateway', 0, 'The same in each worker of a Haraka cluster.'),
  reputationFeedbackRcpt: step('outpost_reputation', 'rcpt', 'feedback_rcpt', -90,
    'Accepts [feedback] address (from any client) for local processing and takes the transaction out of relaying, before any other rcpt plugin counts it.'),
  reputationFeedbackQueue: step('outpost_reputation', 'queue', 'feedback_queue', -100,
    'Takes a feedback report (ARF, JMRP): keeps it, attributes it, counts the complaint; 250, or 550 for mail that is not a report.'),
  reputationFeedbackQueueOutbound: step('outpost_reputation', 'queue_outbound', 'feedback_queue', -200,
    'The same, should a feedback transaction be relaying again: before anything can hold or deliver it.'),
  reputationRecord: step('outpost_reputation', 'queue_outbound', 'record_outbound', -20,
    'Records Message-ID -> sender identity and the per-sender statistics for mail accepted for delivery or held: after the policy drops discarded spam (-100), before the quarantine holds (-10).'),
  reputationDenied: step('outpost_reputation', 'deny', 'count_denied', 0, 'Counts spam the policy refused at end of data in the sender\'s statistics.'),
  reputationBounce: step('outpost_reputation', 'bounce', 'count_bounce', 0, 'Counts bounced recipients as delivery failures of the sender; CONT, so the DSN is still sent.'),
  reputationMaster: step('outpost_reputation', 'init_master', 'start_watch', 0, 'Starts the SNDS fetch, the blocklist watch and the outbox of alerts left by the outpost command.'),
  reputationChild: step('outpost_reputation', 'init_child', 'start_watch', 0, 'The same in each worker of a Haraka cluster (one process does each scheduled run).'),
} satisfies Record<string, HookStep>

export type StepName = keyof typeof STEPS

/** register_hook for a step of the pipeline. */
export function registerStep(plugin: Plugin, s: HookStep): void {
  if (s.external) throw new Error(`${s.plugin} ${s.hook} is registered by another package`)
  plugin.register_hook(s.hook, s.method, s.priority)
}

/** Every step, in the order Haraka runs them within each hook (hooks in SMTP order). */
export function orderedSteps(): HookStep[] {
  const hookOrder = ['init_master', 'init_child', 'connect_init', 'lookup_rdns', 'unrecognized_command', 'mail', 'rcpt', 'data', 'data_post', 'deny', 'queue', 'queue_outbound', 'queue_ok', 'reset_transaction', 'pre_send_trans_email', 'get_mx', 'deferred', 'bounce', 'delivered', 'log', 'disconnect']
  return Object.values(STEPS as Record<string, HookStep>).sort(
    (a, b) => hookOrder.indexOf(a.hook) - hookOrder.indexOf(b.hook) || a.priority - b.priority,
  )
}

/**
 * Order of config/plugins that the pipeline relies on (for hooks of equal
 * priority Haraka follows that order; some plugins must simply be there).
 */
export interface OrderRule {
  first: string
  /** plugins that must come after `first` when present */
  then: string[]
  why: string
}

/** Haraka plugins that test the client's IP reputation and must see outpost_relay's is_private. */
export const REPUTATION_PLUGINS = ['dns-list', 'dnsbl', 'spf', 'fcrdns', 'helo.checks', 'karma', 'asn', 'geoip', 'iprev']

export const PLUGIN_ORDER: OrderRule[] = [
  { first: 'outpost_relay', then: ['*'], why: 'outpost_relay must be the first plugin: it decides who may relay and marks internal networks for every later plugin' },
  { first: 'outpost_relay', then: REPUTATION_PLUGINS, why: 'IP-reputation plugins must come after outpost_relay so they skip internal networks' },
  { first: 'outpost_policy', then: ['outpost_quarantine'], why: 'outpost_policy decides what outpost_quarantine holds' },
  { first: 'outpost_policy', then: ['outpost_dkim', 'dkim'], why: 'DKIM must sign after outpost_policy has added its headers' },
]

/** Plugins that must be listed, and why. */
export const REQUIRED_PLUGINS: Array<{ plugin: string; why: string }> = [
  { plugin: 'outpost_relay', why: 'without it nobody relays (or, with other relay plugins, anybody might)' },
  { plugin: 'outpost_policy', why: 'without it relayed mail is not scored and spam is delivered' },
  { plugin: 'outpost_route', why: 'without it mail goes direct to MX and a failed queue write answers 550' },
]

/**
 * Haraka queue plugins that answer queue_outbound themselves, so relayed mail
 * never reaches outpost_route's queue_for_delivery (1000): no routing, no TLS
 * policy, no 451 on a failed write (and for smtp_forward/smtp_proxy, no local spool).
 */
export const BYPASSING_QUEUE_PLUGINS = ['queue/smtp_forward', 'queue/smtp_proxy', 'queue/qmail-queue', 'queue/deliver', 'queue/discard', 'smtp_forward', 'smtp_proxy']

/** Queue plugins that take only inbound (non-relayed) mail: not a bypass, but worth a warning on an outbound gateway. */
export const INBOUND_QUEUE_PLUGINS = ['queue/lmtp', 'queue/smtp_bridge']

/** The README table of the pipeline. */
export function renderPipelineTable(): string {
  const rows = ['| hook | priority | plugin | function | why |', '|---|---|---|---|---|']
  for (const s of orderedSteps()) {
    rows.push(`| \`${s.hook}\` | ${s.priority} | ${s.external ? s.plugin : `\`${s.plugin}\``} | ${s.method.startsWith('(') ? s.method : `\`${s.method}\``} | ${s.why.replace(/\|/g, '\\|')} |`)
  }
  return rows.join('\n')
}

const PIPELINE_TABLE_RE = /(<!-- pipeline-table -->\n)[\s\S]*?(<!-- \/pipeline-table -->)/

/** The README with its pipeline table regenerated. */
export function renderPipelineReadme(readme: string): string {
  return readme.replace(PIPELINE_TABLE_RE, (_m, open: string, close: string) => `${open}${renderPipelineTable()}\n${close}`)
}
