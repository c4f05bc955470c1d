// Own-IP blocklist watch: are the gateway's public sending addresses listed on
// the configured DNS blocklists? Standard DNSBL lookups (reversed octets, or
// nibbles for IPv6, under the zone; an A answer in 127.0.0.0/8 = listed),
// through the resolver passed in (haraka.ini [dns] servers).
//
// Not every answer is a listing: Spamhaus answers 127.255.255.252/254/255 when
// it refuses the query (typo, public resolver, over quota), and a resolver that
// rewrites NXDOMAIN answers with a public address. Those are errors, logged,
// and they change no state: a refused query must neither raise nor clear an
// alert.
import ipaddr from 'ipaddr.js'
import { answerProblem, lookupZone, type ResolveA, type ResolveTxt } from '../lib/dnsbl'
import type { Blocklist } from './config'
import { readState, updateState } from './state_files'

export type { ResolveA, ResolveTxt }

export const BLOCKLIST_FILE = 'blocklists.json'

export interface ListingResult {
  ip: string
  zone: string
  listed: boolean
  /** the A answers (return codes) when listed */
  codes: string[]
  /** the list's TXT explanation, when it gives one */
  reason?: string
  /** why the answer could not be trusted (then `listed` is false and nothing changes) */
  error?: string
  delistUrl?: string
}

/** 192.0.2.1 -> 1.2.0.192; 2001:db8::1 -> nibbles reversed. */
export function reversedName(ip: string): string {
  const addr = ipaddr.process(ip)
  if (addr.kind() === 'ipv4') return addr.toString().split('.').reverse().join('.')
  const hex = (addr as ipaddr.IPv6)
    .toNormalizedString()
    .split(':')
    .map((g) => g.padStart(4, '0'))
    .join('')
  return hex.split('').reverse().join('.')
}

export async function checkListing(resolveA: ResolveA, resolveTxt: ResolveTxt | undefined, ip: string, list: Blocklist): Promise<ListingResult> {
  const name = `${reversedName(ip)}.${list.zone}`
  const base = { ip, zone: list.zone, delistUrl: list.delistUrl }
  const answer = await lookupZone(resolveA, name)
  if (answer.kind === 'absent') return { ...base, listed: false, codes: [] }
  if (answer.kind === 'error') return { ...base, listed: false, codes: [], error: answer.error }
  const codes = answer.codes
  const problem = codes.map((c) => answerProblem(c, 'ip')).find(Boolean)
  if (problem) return { ...base, listed: false, codes, error: problem }
  let reason: string | undefined
  if (resolveTxt) {
    try {
      reason = (await resolveTxt(name)).map((chunks) => chunks.join('')).join(' ').slice(0, 500) || undefined
    } catch {
      /* the TXT record is optional */
    }
  }
  return { ...base, listed: true, codes, reason }
}

export async function checkAll(resolveA: ResolveA, resolveTxt: ResolveTxt | undefined, ips: string[], lists: Blocklist[]): Promise<ListingResult[]> {
  const jobs: Promise<ListingResult>[] = []
  for (const ip of ips) for (const list of lists) jobs.push(checkListing(resolveA, resolveTxt, ip, list))
  return Promise.all(jobs)
}

export interface Listing {
  ip: string
  zone: string
  since: number
  codes: string[]
  reason?: string
  delistUrl?: string
  /** last time a check saw it listed */
  seen: number
}

export interface BlocklistState {
  version: 1
  /** "ip zone" -> listing, remembered across checks and restarts */
  listings: Record<string, Listing>
  lastCheck?: number
  /** when the gateway last claimed a scheduled check */
  lastRun?: number
}

export const EMPTY_BLOCKLISTS: BlocklistState = { version: 1, listings: {} }

export interface WatchOutcome {
  /** listings not known before this check: one alert each */
  newListings: Listing[]
  /** listings that are gone */
  delisted: Listing[]
  errors: ListingResult[]
  listed: ListingResult[]
}

const pairKey = (ip: string, zone: string): string => `${ip} ${zone}`

/** Fold one check's results into the state (pure). */
export function mergeListings(state: BlocklistState, results: ListingResult[], now: number): WatchOutcome {
  const out: WatchOutcome = { newListings: [], delisted: [], errors: [], listed: [] }
  state.lastCheck = now
  for (const r of results) {
    const key = pairKey(r.ip, r.zone)
    if (r.error) {
      out.errors.push(r)
      continue
    }
    const known = state.listings[key]
    if (r.listed) {
      out.listed.push(r)
      if (known) {
        known.seen = now
        known.codes = r.codes
        if (r.reason) known.reason = r.reason
      } else {
        const listing: Listing = { ip: r.ip, zone: r.zone, since: now, seen: now, codes: r.codes, reason: r.reason, delistUrl: r.delistUrl }
        state.listings[key] = listing
        out.newListings.push(listing)
      }
    } else if (known) {
      out.delisted.push(known)
      delete state.listings[key]
    }
  }
  return out
}

export async function applyListings(stateDir: string, results: ListingResult[], now = Date.now()): Promise<WatchOutcome> {
  return updateState(stateDir, BLOCKLIST_FILE, EMPTY_BLOCKLISTS, (doc) => {
    const state: BlocklistState = { ...EMPTY_BLOCKLISTS, ...doc, listings: { ...doc.listings } }
    const outcome = mergeListings(state, results, now)
    return { doc: state, result: outcome }
  })
}

export async function readListings(stateDir: string): Promise<BlocklistState> {
  return readState(stateDir, BLOCKLIST_FILE, EMPTY_BLOCKLISTS)
}

/** Claim the scheduled check (one process of several runs it); false when it is not due. */
export async function claimCheck(stateDir: string, intervalMs: number, now = Date.now()): Promise<boolean> {
  return updateState(stateDir, BLOCKLIST_FILE, EMPTY_BLOCKLISTS, (doc) => {
    if (doc.lastRun !== undefined && now - doc.lastRun < intervalMs && doc.lastRun <= now) return { result: false }
    return { doc: { ...doc, lastRun: now }, result: true }
  })
}

export function listingAlertLines(l: Listing): string[] {
  return [
    `The gateway's sending address ${l.ip} is listed on the blocklist ${l.zone} (answer ${l.codes.join(', ')}).`,
    ...(l.reason ? [`The list says: ${l.reason}`] : []),
    '',
    'Mail from this address is likely refused or filed as spam by receivers that use this list.',
    '',
    'What to do next:',
    '  1. Find what caused it: outpost stats --since 2d shows who sent what; outpost feedback list shows complaints;',
    '     lock a compromised sender at once: outpost senders lock ID.',
    '  2. Fix the cause first (a compromised account, an infected PC, a bad mailing list), or the listing returns.',
    `  3. Then ask for removal: ${l.delistUrl ?? `the ${l.zone} operator's website (no delisting page is known for it)`}`,
    '  4. outpost reputation check shows the current state; this alert is not repeated while the listing lasts.',
  ]
}
