// An authoritative DNS server on loopback for tests (blocklist zones, SPF,
// DKIM and DMARC records), so nothing in the suite touches the internet.
import dgram from 'node:dgram'
import net from 'node:net'
import dnsPacket from 'dns-packet'

export type RecordType = 'A' | 'AAAA' | 'TXT' | 'MX' | 'PTR' | 'CNAME' | 'NS'

export interface DnsRecord {
  name: string
  type: RecordType
  /** A/AAAA: address; TXT: string or string[] (chunks); MX: { preference, exchange }; PTR/CNAME/NS: name */
  data: string | string[] | { preference: number; exchange: string }
  ttl?: number
}

export interface DnsServer {
  port: number
  host: string
  /** "127.0.0.1:PORT", for resolver.setServers() */
  address: string
  records: DnsRecord[]
  queries: Array<{ name: string; type: string }>
  close(): Promise<void>
}

const norm = (n: string): string => n.toLowerCase().replace(/\.$/, '')

function answer(records: DnsRecord[], query: Buffer): Buffer {
  const req = dnsPacket.decode(query)
  const answers: dnsPacket.Answer[] = []
  let nameExists = false
  for (const q of req.questions ?? []) {
    for (const r of records) {
      if (norm(r.name) !== norm(q.name)) continue
      nameExists = true
      if (r.type !== q.type && !(r.type === 'CNAME')) continue
      const base = { name: q.name, ttl: r.ttl ?? 60, class: 'IN' as const }
      if (r.type === 'TXT') {
        const chunks = Array.isArray(r.data) ? r.data : [r.data as string]
        answers.push({ ...base, type: 'TXT', data: chunks.map((c) => Buffer.from(c)) } as dnsPacket.Answer)
      } else if (r.type === 'MX') {
        answers.push({ ...base, type: 'MX', data: r.data as { preference: number; exchange: string } } as dnsPacket.Answer)
      } else {
        answers.push({ ...base, type: r.type, data: r.data as string } as dnsPacket.Answer)
      }
    }
  }
  return dnsPacket.encode({
    id: req.id,
    type: 'response',
    // NXDOMAIN (rcode 3) when no record of any type has the name: resolvers then report ENOTFOUND
    flags:
      dnsPacket.AUTHORITATIVE_ANSWER |
      ((req.flags ?? 0) & dnsPacket.RECURSION_DESIRED) |
      (answers.length || nameExists ? 0 : 3),
    questions: req.questions,
    answers,
  } as dnsPacket.Packet)
}

export async function startDnsServer(records: DnsRecord[], host = '127.0.0.1'): Promise<DnsServer> {
  const queries: Array<{ name: string; type: string }> = []
  const note = (msg: Buffer): void => {
    try {
      for (const q of dnsPacket.decode(msg).questions ?? []) queries.push({ name: q.name, type: q.type })
    } catch {
      /* malformed query: ignored */
    }
  }
  // UDP takes a free port from the kernel; TCP must then get the same number, which another
  // process may hold (the two port spaces are apart): on EADDRINUSE, start again on another port
  for (let attempt = 1; ; attempt++) {
    const started = await listenBoth(records, host, note).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' && attempt < 20) return undefined
      throw err
    })
    if (started) return { ...started, host, address: `${host}:${started.port}`, records, queries }
  }
}

async function listenBoth(records: DnsRecord[], host: string, note: (msg: Buffer) => void): Promise<{ port: number; close: () => Promise<void> }> {
  const udp = dgram.createSocket('udp4')
  udp.on('message', (msg, rinfo) => {
    note(msg)
    try {
      udp.send(answer(records, msg), rinfo.port, rinfo.address)
    } catch {
      /* malformed query: no answer */
    }
  })
  const port = await new Promise<number>((resolve, reject) => {
    udp.once('error', reject)
    udp.bind(0, host, () => resolve(udp.address().port))
  })
  // TCP on the same port, for large TXT answers (DKIM keys)
  const tcp = net.createServer((sock) => {
    let buf = Buffer.alloc(0)
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d])
      while (buf.length >= 2) {
        const len = buf.readUInt16BE(0)
        if (buf.length < len + 2) break
        const msg = buf.subarray(2, len + 2)
        buf = buf.subarray(len + 2)
        note(msg)
        try {
          const out = answer(records, msg)
          const hdr = Buffer.alloc(2)
          hdr.writeUInt16BE(out.length)
          sock.write(Buffer.concat([hdr, out]))
        } catch {
          sock.destroy()
        }
      }
    })
    sock.on('error', () => undefined)
  })
  try {
    await new Promise<void>((resolve, reject) => {
      tcp.once('error', reject)
      tcp.listen(port, host, () => resolve())
    })
  } catch (err) {
    await new Promise<void>((r) => udp.close(() => r()))
    throw err
  }
  return {
    port,
    close: async () => {
      await new Promise<void>((r) => udp.close(() => r()))
      await new Promise<void>((r) => tcp.close(() => r()))
    },
  }
}
