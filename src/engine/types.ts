import type { ParsedMessage } from './message'

export interface MessageFacts {
  mailFrom: string
  rcptTo: string[]
  clientIp?: string
  helo?: string
  authUser?: string
}

export interface RuleInfo {
  name: string
  /** default score, SpamAssassin's scale (5 = likely spam, 8 = confident) */
  score: number
  description: string
}

/** Report that a rule fired; evidence says what in the message made it fire. */
export type Hit = (name: string, evidence?: string) => void

/** One family of rules: their names and default scores, and one pass that reports hits. */
export interface RuleFamily {
  family: string
  rules: RuleInfo[]
  check(msg: ParsedMessage, facts: MessageFacts, hit: Hit): void
}
