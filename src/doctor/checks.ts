// `outpost doctor`: is each sending domain ready for receivers' SPF, DKIM and
// DMARC checks? Every finding has a stable name (SPF_MISSING, DKIM_KEY_MISMATCH,
// ...) so admins and scripts can act on it. DNS goes through the resolver
// passed in, so tests use a loopback DNS server.
import { publicKeyOf, StoredKey } from '../dkim/keys'

export type Resolve = (name: string, type: 'TXT' | 'A' | 'AAAA') => Promise<any[]>

export type Severity = 'ok' | 'warn' | 'fail'

export interface Finding {
  severity: Severity
  /** stable name of the kind of finding, e.g. SPF_NOT_AUTHORISED */
  code: string
  message: string
  /** what to change, for warn/fail */
  fix?: string
}

export interface DomainInput {
  domain: string
  /** addresses receivers see this domain's mail come from (the gateway's public IPs or the smarthost's) */
  sendingIps: string[]
  /** where sendingIps came from, for messages */
  sendingIpsSource: string
  /** the key the dkim plugin signs this domain's mail with, and the domain it signs as (d=) */
  key?: StoredKey & { signingDomain: string }
}

const NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN', 'ENONAME'])

async function txt(resolve: Resolve, name: string): Promise<{ records: string[]; error?: string }> {
  try {
    const rows = await resolve(name, 'TXT')
    return { records: rows.map((r: string[] | string) => (Array.isArray(r) ? r.join('') : String(r))) }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? ''
    if (NOT_FOUND.has(code)) return { records: [] }
    return { records: [], error: `${code || (err as Error).message}` }
  }
}

/** Tag list of a DKIM or DMARC record: "v=DKIM1; k=rsa; p=..." -> Map */
export function parseTags(record: string): Map<string, string> {
  const tags = new Map<string, string>()
  for (const part of record.split(';')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).replace(/\s+/g, ''))
  }
  return tags
}

/** Organisational domain, approximated as the last two labels (enough for alignment advice). */
function orgDomain(domain: string): string {
  return domain.split('.').slice(-2).join('.')
}

export async function checkSpf(resolve: Resolve, input: DomainInput): Promise<{ findings: Finding[]; passes: boolean }> {
  const findings: Finding[] = []
  const { records, error } = await txt(resolve, input.domain)
  if (error) {
    return { findings: [{ severity: 'fail', code: 'SPF_LOOKUP_FAILED', message: `TXT lookup for ${input.domain} failed: ${error}` }], passes: false }
  }
  const spf = records.filter((r) => /^v=spf1(\s|$)/i.test(r))
  if (spf.length === 0) {
    findings.push({
      severity: 'fail',
      code: 'SPF_MISSING',
      message: `${input.domain} publishes no SPF record`,
      fix: `publish TXT "v=spf1 ${input.sendingIps.map((ip) => (ip.includes(':') ? `ip6:${ip}` : `ip4:${ip}`)).join(' ') || 'ip4:YOUR.PUBLIC.IP'} -all" at ${input.domain}`,
    })
    return { findings, passes: false }
  }
  if (spf.length > 1) {
    findings.push({
      severity: 'fail',
      code: 'SPF_MULTIPLE',
      message: `${input.domain} publishes ${spf.length} SPF records; receivers treat that as a permanent error`,
      fix: 'merge them into one v=spf1 record',
    })
    return { findings, passes: false }
  }
  if (input.sendingIps.length === 0) {
    findings.push({
      severity: 'fail',
      code: 'SPF_NO_SENDING_IPS',
      message: `cannot check SPF: the addresses mail for ${input.domain} leaves from are unknown (${input.sendingIpsSource})`,
      fix: 'set [doctor] public_ips in config/outpost_route.ini (or pass --ip)',
    })
    return { findings, passes: false }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spf: spfVerify } = require('mailauth') as { spf: (opts: Record<string, unknown>) => Promise<{ status: { result: string; comment?: string } }> }
  let passes = true
  for (const ip of input.sendingIps) {
    const res = await spfVerify({ sender: `postmaster@${input.domain}`, ip, helo: input.domain, mta: 'outpost-doctor', resolver: resolve })
    const result = res.status.result
    if (result === 'pass') {
      findings.push({ severity: 'ok', code: 'SPF_PASS', message: `SPF of ${input.domain} authorises ${ip} (${input.sendingIpsSource})` })
      continue
    }
    passes = false
    if (result === 'permerror' || result === 'temperror') {
      findings.push({
        severity: 'fail',
        code: result === 'permerror' ? 'SPF_PERMERROR' : 'SPF_TEMPERROR',
        message: `SPF of ${input.domain} cannot be evaluated (${result}): "${spf[0]}"`,
        fix: 'fix the record syntax, includes and the 10-lookup limit',
      })
      break
    }
    findings.push({
      severity: 'fail',
      code: 'SPF_NOT_AUTHORISED',
      message: `SPF of ${input.domain} gives "${result}" for ${ip} (${input.sendingIpsSource}): "${spf[0]}"`,
      fix: `add ${ip.includes(':') ? 'ip6' : 'ip4'}:${ip} to the SPF record of ${input.domain} (before its "all")`,
    })
  }
  return { findings, passes }
}

export async function checkDkim(resolve: Resolve, input: DomainInput): Promise<{ findings: Finding[]; aligned: boolean; signingDomain?: string }> {
  const key = input.key
  if (!key) {
    return {
      findings: [
        {
          severity: 'fail',
          code: 'DKIM_NO_KEY',
          message: `no DKIM key for ${input.domain}: its mail leaves unsigned`,
          fix: `run: outpost dkim keygen ${input.domain}`,
        },
      ],
      aligned: false,
    }
  }
  const name = `${key.selector}._domainkey.${key.signingDomain}`
  const { records, error } = await txt(resolve, name)
  if (error) return { findings: [{ severity: 'fail', code: 'DKIM_LOOKUP_FAILED', message: `TXT lookup for ${name} failed: ${error}` }], aligned: false }
  const expected = publicKeyOf(key.privatePem)
  const fixRecord = `publish TXT "v=DKIM1; k=rsa; p=${expected}" at ${name} (see config/dkim/${key.signingDomain}/dns)`
  if (records.length === 0) {
    return { findings: [{ severity: 'fail', code: 'DKIM_RECORD_MISSING', message: `no DKIM record at ${name}`, fix: fixRecord }], aligned: false }
  }
  const dkim = records.filter((r) => parseTags(r).has('p'))
  if (dkim.length !== 1) {
    return {
      findings: [
        {
          severity: 'fail',
          code: 'DKIM_RECORD_INVALID',
          message: `${name} has ${dkim.length === 0 ? 'no record with a p= tag' : `${dkim.length} DKIM records`}: "${records.join('" "')}"`,
          fix: fixRecord,
        },
      ],
      aligned: false,
    }
  }
  const tags = parseTags(dkim[0])
  const v = tags.get('v')
  const k = (tags.get('k') ?? 'rsa').toLowerCase()
  if ((v !== undefined && v !== 'DKIM1') || k !== 'rsa') {
    return {
      findings: [{ severity: 'fail', code: 'DKIM_RECORD_INVALID', message: `${name}: expected v=DKIM1 and k=rsa, got "${dkim[0]}"`, fix: fixRecord }],
      aligned: false,
    }
  }
  const p = tags.get('p') ?? ''
  if (p === '') {
    return { findings: [{ severity: 'fail', code: 'DKIM_KEY_REVOKED', message: `${name} has an empty p= (key revoked)`, fix: fixRecord }], aligned: false }
  }
  if (p !== expected) {
    return {
      findings: [
        {
          severity: 'fail',
          code: 'DKIM_KEY_MISMATCH',
          message: `the key published at ${name} is not the public half of config/dkim/${key.signingDomain}/private: signatures will fail`,
          fix: fixRecord,
        },
      ],
      aligned: false,
    }
  }
  return {
    findings: [{ severity: 'ok', code: 'DKIM_OK', message: `${name} publishes the key the gateway signs ${input.domain} with (d=${key.signingDomain})` }],
    aligned: true,
    signingDomain: key.signingDomain,
  }
}

export async function checkDmarc(
  resolve: Resolve,
  input: DomainInput,
  spfPasses: boolean,
  dkim: { aligned: boolean; signingDomain?: string },
): Promise<Finding[]> {
  // policy discovery: the domain itself, then its organisational domain
  const candidates = [input.domain, orgDomain(input.domain)].filter((d, i, a) => a.indexOf(d) === i)
  let record: string | undefined
  let at = ''
  for (const d of candidates) {
    const { records, error } = await txt(resolve, `_dmarc.${d}`)
    if (error) return [{ severity: 'fail', code: 'DMARC_LOOKUP_FAILED', message: `TXT lookup for _dmarc.${d} failed: ${error}` }]
    const dmarc = records.filter((r) => /^v=DMARC1\s*(;|$)/i.test(r.trim()))
    if (dmarc.length > 1) {
      return [{ severity: 'fail', code: 'DMARC_INVALID', message: `_dmarc.${d} has ${dmarc.length} DMARC records`, fix: 'keep exactly one' }]
    }
    if (dmarc.length === 0 && records.some((r) => /^v=DMARC/i.test(r.trim()))) {
      return [{ severity: 'fail', code: 'DMARC_INVALID', message: `_dmarc.${d}: "${records.join('" "')}" is not a valid DMARC record`, fix: `publish TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@${input.domain}"` }]
    }
    if (dmarc.length === 1) {
      record = dmarc[0]
      at = `_dmarc.${d}`
      break
    }
  }
  const findings: Finding[] = []
  if (!record) {
    return [
      {
        severity: 'fail',
        code: 'DMARC_MISSING',
        message: `no DMARC record at _dmarc.${input.domain}${candidates.length > 1 ? ` or _dmarc.${candidates[1]}` : ''}`,
        fix: `publish TXT "v=DMARC1; p=none; rua=mailto:dmarc@${input.domain}" at _dmarc.${input.domain}, then tighten p= once reports are clean`,
      },
    ]
  }
  const tags = parseTags(record)
  const p = (tags.get('p') ?? '').toLowerCase()
  if (!['none', 'quarantine', 'reject'].includes(p)) {
    return [{ severity: 'fail', code: 'DMARC_INVALID', message: `${at}: p= must be none, quarantine or reject: "${record}"`, fix: 'set p=none, p=quarantine or p=reject' }]
  }
  const adkim = (tags.get('adkim') ?? 'r').toLowerCase()
  const dkimAligned =
    dkim.aligned && dkim.signingDomain !== undefined && (adkim === 's' ? dkim.signingDomain === input.domain : orgDomain(dkim.signingDomain) === orgDomain(input.domain))
  // the envelope sender of users' mail is in the same domain, so SPF aligns whenever it passes
  const spfAligned = spfPasses
  if (!dkimAligned && !spfAligned) {
    findings.push({
      severity: 'fail',
      code: 'DMARC_WILL_FAIL',
      message: `mail from ${input.domain} will fail DMARC (${at}: p=${p}): neither an aligned DKIM signature${dkim.signingDomain && !dkimAligned && dkim.aligned ? ` (d=${dkim.signingDomain} does not align with adkim=${adkim})` : ''} nor an SPF pass`,
      fix: 'fix the DKIM and SPF findings above',
    })
  } else {
    findings.push({
      severity: 'ok',
      code: 'DMARC_ALIGNED',
      message: `${at} (p=${p}): mail will align through ${[dkimAligned ? 'DKIM' : '', spfAligned ? 'SPF' : ''].filter(Boolean).join(' and ')}`,
    })
    if (!dkimAligned) {
      findings.push({ severity: 'warn', code: 'DMARC_DKIM_NOT_ALIGNED', message: 'DMARC passes on SPF alone, which breaks when mail is forwarded', fix: 'fix the DKIM findings above' })
    }
  }
  if (p === 'none') {
    findings.push({ severity: 'warn', code: 'DMARC_POLICY_NONE', message: `${at} has p=none: receivers report but do not act on spoofed mail`, fix: 'move to p=quarantine, then p=reject, once reports are clean' })
  }
  return findings
}

export async function checkDomain(resolve: Resolve, input: DomainInput): Promise<Finding[]> {
  const spf = await checkSpf(resolve, input)
  const dkim = await checkDkim(resolve, input)
  const dmarc = await checkDmarc(resolve, input, spf.passes, dkim)
  return [...spf.findings, ...dkim.findings, ...dmarc]
}
