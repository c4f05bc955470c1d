// Who sent a message, from the facts of its session. Pure.
//
// Behind Exchange or Postfix every message comes from one client IP, so the
// identity that matters is the person: the SMTP AUTH user, else a header the
// organisation's own server sets (believed only from the networks named for
// it in header_networks, and only when that client is also a trusted network
// of outpost_relay), else the envelope sender, else the client IP.
import { parseAddress } from '../relay/networks'
import type { IdentityConfig, IdentitySource } from './config'

export interface IdentityFacts {
  authUser?: string
  /** every value of the configured header in the message */
  headerValues: string[]
  clientIp: string
  /** outpost_relay trusts the client (a trusted network) */
  clientTrusted: boolean
  /** bare envelope sender, '' for the null sender */
  envelopeSender: string
}

export interface SenderIdentity {
  /** lower case: an address, a user name or an IP address */
  id: string
  source: IdentitySource
  /** why a header value present in the message was not believed (for the log) */
  header_ignored?: string
}

/** A plausible user name or address: no spaces, brackets, quotes or controls; bounded. */
const PLAUSIBLE = /^[^\s<>"\\\x00-\x1f\x7f]{1,256}$/

function clean(text: string | undefined): string | undefined {
  const t = (text ?? '').trim().toLowerCase()
  return t && PLAUSIBLE.test(t) ? t : undefined
}

export function normaliseIp(ip: string): string {
  return parseAddress(ip)?.toString() ?? ip.trim().toLowerCase()
}

export function headerTrust(cfg: IdentityConfig, facts: Pick<IdentityFacts, 'clientIp' | 'clientTrusted'>): string | undefined {
  if (!cfg.headerNetworks.match(facts.clientIp)) return `client ${facts.clientIp} is not in header_networks`
  if (!facts.clientTrusted) return `client ${facts.clientIp} is in header_networks but not a trusted network`
  return undefined
}

export function resolveIdentity(cfg: IdentityConfig, facts: IdentityFacts): SenderIdentity {
  let headerIgnored: string | undefined
  const present = facts.headerValues.filter((v) => v.trim() !== '')
  if (present.length && !cfg.order.includes('header')) headerIgnored = 'header is not in [identity] order'
  const withNote = (r: SenderIdentity): SenderIdentity => (headerIgnored ? { ...r, header_ignored: headerIgnored } : r)
  for (const source of cfg.order) {
    switch (source) {
      case 'auth_user': {
        const id = clean(facts.authUser)
        if (id) return withNote({ id, source })
        break
      }
      case 'header': {
        if (!present.length) break
        const distrust = headerTrust(cfg, facts)
        if (distrust) {
          headerIgnored = distrust
          break
        }
        if (present.length > 1) {
          headerIgnored = `${present.length} ${cfg.header} headers`
          break
        }
        const id = clean(present[0])
        if (id) return { id, source }
        headerIgnored = `${cfg.header} value is not a user name or address`
        break
      }
      case 'envelope_sender': {
        const id = clean(facts.envelopeSender)
        if (id) return withNote({ id, source })
        break
      }
      case 'client_ip':
        return withNote({ id: normaliseIp(facts.clientIp), source })
    }
  }
  return withNote({ id: normaliseIp(facts.clientIp), source: 'client_ip' })
}
