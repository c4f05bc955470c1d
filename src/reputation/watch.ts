// The scheduled reputation work, shared by the gateway (on its timers) and
// the `outpost snds|reputation` commands (on demand): SNDS fetch or import,
// and the own-IP blocklist check. Each returns what it found; alerts go
// through the SendAlert given (the gateway sends, the command spools).
import type { ReputationAlert } from './alerts'
import { makeResolvers, type Resolvers } from '../lib/dnsbl'
import { applyListings, checkAll, Listing, listingAlertLines, WatchOutcome } from './blocklist'
import type { ReputationConfig } from './config'
import { applySnds, BlockedRange, fetchSndsCsv, parseSndsData, parseSndsStatus, SndsFinding, sndsAlertLines, SndsRow, sndsKind, SndsFormatError } from './snds'

// the resolvers live with the other DNS blocklist helpers (src/lib/dnsbl.ts)
export { makeResolvers, type Resolvers }

export function sndsAlert(findings: SndsFinding[]): ReputationAlert {
  const worst = findings.some((f) => f.kind === 'blocked') ? 'blocked' : findings.some((f) => f.kind === 'filter' && / is RED /.test(f.text)) ? 'RED' : findings.some((f) => f.kind === 'traps') ? 'trap hits' : 'YELLOW'
  const ips = [...new Set(findings.map((f) => f.ip))]
  return {
    key: `snds:${ips.join(',')}`,
    kind: 'snds',
    subject: `Outpost: Microsoft SNDS reports ${worst} for ${ips.length === 1 ? ips[0] : `${ips.length} addresses`}`,
    lines: sndsAlertLines(findings),
    data: { findings },
  }
}

export interface SndsRun {
  rows: number
  ranges: number
  findings: SndsFinding[]
}

/** Merge SNDS data and/or status; one alert for everything new and alarming in it. */
export async function takeSnds(cfg: ReputationConfig, input: { data?: SndsRow[]; status?: BlockedRange[]; source: string }, send: (a: ReputationAlert) => Promise<void>, now = Date.now()): Promise<SndsRun> {
  const findings = await applySnds(cfg.stateDir, input, now)
  if (findings.length) await send(sndsAlert(findings))
  return { rows: input.data?.length ?? 0, ranges: input.status?.length ?? 0, findings }
}

/** `outpost snds import FILE`: either CSV, told apart by its rows. */
export function parseSndsFile(text: string): { data?: SndsRow[]; status?: BlockedRange[] } {
  const kind = sndsKind(text)
  if (kind === 'status') return { status: parseSndsStatus(text) }
  if (kind === 'data') return { data: parseSndsData(text) }
  if (!text.trim()) return { data: [] }
  throw new SndsFormatError('no SNDS rows found: expected the CSV of data.aspx (IP, activity start, ...) or ipStatus.aspx (first IP, last IP, blocked, ...)')
}

/** The daily fetch from SNDS (both CSVs). */
export async function fetchSnds(cfg: ReputationConfig, send: (a: ReputationAlert) => Promise<void>, now = Date.now()): Promise<SndsRun> {
  const key = cfg.snds.key
  if (!key) throw new Error('[snds] key is not set')
  const [dataText, statusText] = await Promise.all([fetchSndsCsv(cfg.snds.dataUrl, key), fetchSndsCsv(cfg.snds.statusUrl, key)])
  return takeSnds(cfg, { data: parseSndsData(dataText), status: parseSndsStatus(statusText), source: 'fetch' }, send, now)
}

export function listingAlert(l: Listing): ReputationAlert {
  return {
    key: `blocklist:${l.ip}:${l.zone}`,
    kind: 'blocklist',
    subject: `Outpost: ${l.ip} is listed on ${l.zone}`,
    lines: listingAlertLines(l),
    data: { ip: l.ip, zone: l.zone, codes: l.codes, reason: l.reason, delist_url: l.delistUrl, since: new Date(l.since).toISOString() },
  }
}

/** Check every public IP on every blocklist; one alert per listing not known before. */
export async function checkBlocklists(cfg: ReputationConfig, resolvers: Resolvers, send: (a: ReputationAlert) => Promise<void>, now = Date.now()): Promise<WatchOutcome> {
  const results = await checkAll(resolvers.a, resolvers.txt, cfg.watch.publicIps, cfg.watch.blocklists)
  const outcome = await applyListings(cfg.stateDir, results, now)
  for (const l of outcome.newListings) await send(listingAlert(l))
  return outcome
}
