// `outpost doctor [DOMAIN...] [--ip IP]... [--dns SERVER[:PORT]]...`: check that
// each sending domain's SPF, DKIM and DMARC records fit what the gateway does;
// print what to fix and exit 1 when something is wrong.
import dns from 'node:dns'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { readDnsServers } from '../lib/dns_servers'
import { isValidDomain } from '../lib/domain'
import { readHarakaIni } from '../lib/haraka_ini'
import { ConfigError, parseIni } from '../lib/ini'
import { parseRouteConfig, RouteConfig } from '../route/config'
import { routeFor } from '../route/select'
import { readStoredKey, signingDomains } from '../dkim/keys'
import { checkDomain, DomainInput, Finding, Resolve } from '../doctor/checks'
import type { CliContext } from './outpost'
import { parseCommand, usageError } from './args'

const USAGE = `usage: outpost [-c DIR] doctor [DOMAIN...] [--ip IP]... [--dns SERVER[:PORT]]...

  For each sending domain (default: every domain with a DKIM key under
  config/dkim/ and every [route DOMAIN]), checks that
    - SPF authorises the addresses its mail leaves from: the smarthost's for a
      smarthost route, else [doctor] public_ips of config/outpost_route.ini;
    - the DKIM record at SELECTOR._domainkey publishes the gateway's key;
    - a DMARC record exists and the mail will align.
  Exit status: 0 all good (warnings allowed), 1 something to fix, 2 usage or config error.
  --ip IP        the address(es) receivers see the mail come from (overrides the above)
  --dns SERVER   ask this DNS server (default: haraka.ini [dns] servers, else the system's)
`


function loadRouteConfig(dir: string): RouteConfig {
  const file = path.join(dir, 'config', 'outpost_route.ini')
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  // the doctor never needs the smarthost secret: do not read it
  return parseRouteConfig(parseIni(text, 'config/outpost_route.ini'), () => ({ user: '', pass: '' }))
}

/** haraka.ini [dns] servers: the resolvers the gateway itself uses. */
function gatewayDnsServers(dir: string): string[] {
  return readDnsServers(readHarakaIni(dir))
}

function makeResolver(servers: string[]): Resolve {
  const resolver = new dns.promises.Resolver({ timeout: 3000, tries: 2 })
  if (servers.length) resolver.setServers(servers)
  return (name, type) => resolver.resolve(name, type) as Promise<any[]>
}

/** The key the dkim plugin would sign DOMAIN's mail with: config/dkim/DOMAIN, else the closest parent. */
function keyFor(dir: string, domain: string): DomainInput['key'] {
  const labels = domain.split('.')
  for (let i = 0; i <= labels.length - 2; i++) {
    const candidate = labels.slice(i).join('.')
    const key = readStoredKey(dir, candidate)
    if (key) return { ...key, signingDomain: candidate }
  }
  return undefined
}

async function addressesOf(resolve: Resolve, host: string): Promise<string[]> {
  if (net.isIP(host)) return [host]
  const found: string[] = []
  for (const type of ['A', 'AAAA'] as const) {
    try {
      found.push(...((await resolve(host, type)) as string[]))
    } catch {
      /* none of this type */
    }
  }
  return found
}

const MARK: Record<Finding['severity'], string> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL' }

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const domains: string[] = []
  const ips: string[] = []
  const servers: string[] = []
  const p = parseCommand(ctx, 'doctor', args, { usage: USAGE, options: { ip: { type: 'string', multiple: true }, dns: { type: 'string', multiple: true } } })
  if (typeof p === 'number') return p
  for (const v of p.values.ip ?? []) {
    if (!net.isIP(v)) return usageError(ctx, 'doctor', `--ip "${v}" is not an IP address`)
    ips.push(v)
  }
  servers.push(...(p.values.dns ?? []))
  for (const a of p.positionals) {
    const d = a.toLowerCase().replace(/\.$/, '')
    if (!isValidDomain(d)) return usageError(ctx, 'doctor', `"${a}" is not a domain name`)
    domains.push(d)
  }
  let cfg: RouteConfig
  let gatewayServers: string[]
  try {
    cfg = loadRouteConfig(ctx.dir)
    gatewayServers = gatewayDnsServers(ctx.dir)
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    ctx.err.write(`outpost doctor: ${err.message}\n`)
    return 2
  }
  if (domains.length === 0) {
    const fromRoutes = [...cfg.routes.keys()].filter((d) => !d.startsWith('*.'))
    domains.push(...new Set([...signingDomains(ctx.dir), ...fromRoutes]))
  }
  if (domains.length === 0) {
    ctx.err.write('outpost doctor: no domains to check: name them, or make a key with outpost dkim keygen DOMAIN\n')
    return 2
  }
  let resolve: Resolve
  try {
    resolve = makeResolver(servers.length ? servers : gatewayServers)
  } catch (err) {
    ctx.err.write(`outpost doctor: --dns: ${(err as Error).message}\n`)
    return 2
  }

  let failures = 0
  let warnings = 0
  for (const domain of domains) {
    const route = routeFor(cfg, domain)
    let sendingIps: string[]
    let source: string
    if (ips.length) {
      sendingIps = ips
      source = '--ip'
    } else if (route.hosts.length) {
      sendingIps = [...new Set((await Promise.all(route.hosts.map((h) => addressesOf(resolve, h.host)))).flat())]
      source = `smarthost of [${route.name}]`
    } else {
      sendingIps = cfg.public_ips
      source = cfg.public_ips.length ? '[doctor] public_ips' : 'direct delivery, [doctor] public_ips not set'
    }
    const findings = await checkDomain(resolve, { domain, sendingIps, sendingIpsSource: source, key: keyFor(ctx.dir, domain) })
    ctx.out.write(`${domain}\n`)
    for (const f of findings) {
      ctx.out.write(`  ${MARK[f.severity]} ${f.code}: ${f.message}\n`)
      if (f.fix && f.severity !== 'ok') ctx.out.write(`       fix: ${f.fix}\n`)
      if (f.severity === 'fail') failures++
      if (f.severity === 'warn') warnings++
    }
  }
  ctx.out.write(
    failures
      ? `\n${failures} problem(s) to fix${warnings ? `, ${warnings} warning(s)` : ''}\n`
      : `\nall checks passed${warnings ? ` (${warnings} warning(s))` : ''}\n`,
  )
  return failures ? 1 : 0
}
