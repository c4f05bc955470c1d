// Envelope rules: the SMTP transaction against what the headers claim.
import type { RuleFamily } from '../types'
import { domainOf, sameOrg } from '../domains'
import { FREEMAIL } from './header'

/** RCPT TO count from which one message counts as a mass mailing */
export const MANY_RECIPIENTS_AT = 50

export const envelopeRules: RuleFamily = {
  family: 'envelope',
  rules: [
    { name: 'ENVELOPE_FROM_MISMATCH', score: 0.6, description: 'MAIL FROM domain is another organisation than the From header domain (not an e-mail service provider\'s bounce domain, [lists] esp_bounce, unless From is a freemail address)' },
    { name: 'AUTH_USER_FROM_MISMATCH', score: 1.0, description: 'authenticated user is an address in another organisation than the From header' },
    { name: 'MANY_RECIPIENTS', score: 2.0, description: `${MANY_RECIPIENTS_AT} or more envelope recipients in one message` },
  ],
  check(msg, facts, hit, ctx) {
    const fromDomain = domainOf(msg.from?.address)
    const envDomain = domainOf(facts.mailFrom)
    // an organisation's mail sent through its ESP has the ESP's bounce domain as its envelope; a freemail
    // mailbox's has not (Gmail and Yahoo mail does not leave through SendGrid). Looked up only on a mismatch.
    if (fromDomain && envDomain && !sameOrg(fromDomain, envDomain) && !(ctx.espBounce.has(envDomain) && !FREEMAIL.has(fromDomain))) {
      hit('ENVELOPE_FROM_MISMATCH', `${envDomain} vs ${fromDomain}`)
    }
    const authDomain = domainOf(facts.authUser)
    if (fromDomain && authDomain && !sameOrg(fromDomain, authDomain)) hit('AUTH_USER_FROM_MISMATCH', `${facts.authUser} vs ${fromDomain}`)
    if (facts.rcptTo.length >= MANY_RECIPIENTS_AT) hit('MANY_RECIPIENTS', `${facts.rcptTo.length} recipients`)
  },
}
