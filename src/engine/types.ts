import type { BrandCatalogue } from './rules/brands'
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
/** A set of host names matched with their subdomains (src/engine/rules/lists.ts hostSet). */
export interface HostSet {
  has(host: string): boolean
  entries: string[]
}

/** The host lists the URI rules read: shipped, plus the admin's additions from [lists]. */
export interface RuleContext {
  shorteners: HostSet
  redirectors: HostSet
  freeHosting: HostSet
  ipfsGateways: HostSet
  /** free image hosts (HTML_IMAGE_FREE_HOST) */
  imageHosts: HostSet
  espTracking: HostSet
  /** envelope sender domains of e-mail service providers (their bounce addresses) */
  espBounce: HostSet
  /** hosted invoice, checkout and billing pages of payment services (PAYMENT_PAGE_HOSTS and [lists] payment_pages) */
  paymentPages: HostSet
  /** the shipped brands with [brands] (src/engine/rules/brands.ts) */
  brands: BrandCatalogue
}

export interface RuleFamily {
  family: string
  rules: RuleInfo[]
  check(msg: ParsedMessage, facts: MessageFacts, hit: Hit, ctx: RuleContext): void
}
