// Microsoft's endpoints web service JSON (https://endpoints.office.com/endpoints/worldwide)
// to the ranges file of [office365 NAME] entries: the ips of the "Exchange"
// endpoint sets whose TCP ports include 25 (Exchange Online's outbound SMTP).
// Pure: the CLI reads and writes the files.
import { parseNetwork } from './networks'

interface EndpointSet {
  id?: number
  serviceArea?: string
  tcpPorts?: string
  ips?: unknown
  urls?: unknown
}

export interface ImportedRanges {
  networks: string[]
  /** ids of the endpoint sets they came from */
  sets: number[]
}

/** Throws a plain message when the JSON is not the web service's, or names no port-25 Exchange ranges. */
export function rangesFromEndpoints(json: string): ImportedRanges {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (err) {
    throw new Error(`not JSON: ${(err as Error).message}`)
  }
  if (!Array.isArray(data)) throw new Error('expected the JSON array of endpoint sets that https://endpoints.office.com/endpoints/worldwide returns')
  const seen = new Set<string>()
  const v4: string[] = []
  const v6: string[] = []
  const sets: number[] = []
  for (const set of data as EndpointSet[]) {
    if (!set || set.serviceArea !== 'Exchange') continue
    const ports = String(set.tcpPorts ?? '').split(/\s*,\s*/)
    if (!ports.includes('25') || !Array.isArray(set.ips)) continue
    if (typeof set.id === 'number') sets.push(set.id)
    for (const ip of set.ips) {
      const entry = parseNetwork(String(ip), 'office365') // throws on a malformed entry: better no file than a wrong one
      const key = `${entry.address.toString()}/${entry.prefix}`
      if (seen.has(key)) continue
      seen.add(key)
      ;(entry.kind === 'ipv4' ? v4 : v6).push(key)
    }
  }
  if (!v4.length && !v6.length) throw new Error('no endpoint set with serviceArea "Exchange" and TCP port 25 has IP ranges in it')
  return { networks: [...v4, ...v6], sets }
}

export function renderRangesFile(r: ImportedRanges, source: string, now = new Date()): string {
  return [
    '# Exchange Online: the addresses it sends mail from on TCP port 25, for',
    '# [office365 NAME] entries of config/outpost_relay.ini. One CIDR per line.',
    `# Imported by "outpost o365 ranges import" on ${now.toISOString().slice(0, 10)} from ${source}`,
    `# (Microsoft's endpoints web service; serviceArea Exchange, TCP 25; endpoint sets ${r.sets.join(', ') || '?'}).`,
    '# These ranges are shared by every Microsoft 365 customer: an address in them',
    '# is trusted only through an [office365 NAME] entry, bound to its tenant.',
    ...r.networks,
    '',
  ].join('\n')
}
