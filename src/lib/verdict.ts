// The contract between outpost_policy (which scores and decides) and the
// plugins that act later in the transaction (outpost_quarantine, delivery).
// Stored JSON-safe on transaction.notes, because Haraka serialises notes into
// its queue files.

export type PolicyAction = 'pass' | 'tag' | 'quarantine' | 'reject' | 'discard'

export interface ScoredSymbol {
  name: string
  score: number
  evidence?: string
}

export interface Verdict {
  score: number
  threshold: number
  /** the configured action for spam; `is_spam` says whether it applies */
  action: PolicyAction
  is_spam: boolean
  symbols: ScoredSymbol[]
  /** sender domain whose [domain NAME] policy applied, if any */
  policy_domain?: string
  /** which engines contributed (builtin, rspamd, spamassassin) */
  engines: string[]
  engine_ms: number
  /** the sender identity (haraka.ini [identity], src/identity) and where it came from */
  identity?: string
  identity_source?: string
}

/**
 * transaction.notes key: symbols other plugins add to the policy score (for
 * example outpost_limits with action = score), as ScoredSymbol[]. Set before
 * outpost_policy's data_post (priority 50).
 */
export const EXTRA_SYMBOLS_NOTE = 'outpost_extra_symbols'

/** transaction.notes key holding the Verdict */
export const VERDICT_NOTE = 'outpost_verdict'

/** connection.notes key holding the relay decision (see outpost_relay) */
export const RELAY_NOTE = 'outpost_relay'

export interface RelayFacts {
  trusted: boolean
  /** description of the most specific matching trusted_networks entry */
  description?: string
  network?: string
  internal: boolean
  internal_description?: string
  authenticated_user?: string
  /** the [office365 NAME] entries whose ranges hold the client: trusted only with one of their tenants' headers */
  office365?: string[]
}

/**
 * transaction.notes key set on mail Outpost itself generates (quarantine
 * digests, sender notices): never score, hold or notify about it. Such mail
 * also carries the header X-Outpost-Notice and a null envelope sender.
 */
export const NOTICE_NOTE = 'outpost_notice'
