// The sender of a forwarded message. A lure forwarded inline (a forward "as attachment" is another shape)
// keeps its subject, words and links, which every rule reads as before; what it loses is its sender,
// replaced by the forwarder's. The rules that judge a sender's name against its
// address read the forwarded header block's sender too (src/engine/reported.ts, forwardedSender): a
// forward of "PayPal <service@paypa1-help.example>" is a forward of a brand impersonation. Not when the
// writer passes the lure on to warn about it or ask about it; that is reportedLure's, as before.
import type { Hit, MessageFacts, RuleContext, RuleFamily } from '../types'
import type { ParsedMessage } from '../message'
import { forwardedSender } from '../reported'
import { headerRules } from './header'
import { lureRules } from './lure'
import { disguiseRules } from './disguise'

/** The families whose sender rules are read again with the forwarded sender. */
const SENDER_FAMILIES: ReadonlyArray<RuleFamily> = [headerRules, lureRules, disguiseRules]

/**
 * The rules about the sender's name and address: only these are taken from the second reading. The others
 * read the forward's own headers, envelope and text, which the first reading has judged already.
 */
export const FORWARDED_SENDER_RULES: ReadonlySet<string> = new Set([
  'FROM_DISPLAY_NAME_SPOOF',
  'BRAND_IMPERSONATION',
  'BRAND_DISGUISED',
  'LOOKALIKE_DOMAIN',
  'OBFUSCATED_LETTERS',
  'FROM_NAME_EMOJI',
  'SPAM_PRODUCT',
  'MIXED_SCRIPT_WORD',
  'SPACED_LETTERS',
  'INVISIBLE_CHARS_HEADER',
  'FROM_NAME_TAGGED',
  'SMALL_L_FOR_I',
  'PUNCTUATION_GLUED',
  'FROM_NAME_DOMAIN_MISMATCH',
  'DISGUISE_COMBINATION',
])

/**
 * Reads the sender rules again with a forwarded message's sender in the From; hits those that the first
 * reading (its symbols, `fired`) did not, each once, its evidence naming the forwarded sender.
 */
export function checkForwardedSender(msg: ParsedMessage, facts: MessageFacts, hit: Hit, ctx: RuleContext, fired: ReadonlyArray<{ name: string }>): void {
  const sender = forwardedSender(msg)
  if (!sender) return
  const view: ParsedMessage = { ...msg, from: sender, replyTo: [] }
  // built only for a forward: most messages forward nothing
  const taken = new Set(fired.map((s) => s.name))
  const hitForwarded: Hit = (name, evidence) => {
    if (!FORWARDED_SENDER_RULES.has(name) || taken.has(name)) return
    taken.add(name)
    hit(name, `forwarded from ${sender.address.slice(0, 60)}: ${evidence ?? ''}`)
  }
  for (const family of SENDER_FAMILIES) family.check(view, facts, hitForwarded, ctx)
}
