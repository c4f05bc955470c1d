// `outpost dkim keygen DOMAIN [--selector S] [--bits 2048] [--force]`: make a
// DKIM key where haraka-plugin-dkim reads it and print the TXT record to publish.
import fs from 'node:fs'
import path from 'node:path'
import { dkimRecordValue, generateKeyPair, keyDir, MAX_BITS, MIN_BITS, readStoredKey, zoneLine } from '../dkim/keys'
import { isValidDomain } from '../lib/domain'
import type { CliContext } from './outpost'

const USAGE = `usage: outpost [-c DIR] dkim keygen DOMAIN [--selector S] [--bits 2048] [--force]

  Writes config/dkim/DOMAIN/private (mode 600) and config/dkim/DOMAIN/selector,
  which the dkim plugin signs with, and prints the DNS TXT record to publish.
  --selector S   selector name (default: outpost-YYYYMM, so a new key can be
                 published beside the old one)
  --bits N       RSA key size, ${MIN_BITS}-${MAX_BITS} (default 2048)
  --force        replace an existing key for DOMAIN
`

const SELECTOR_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i

function defaultSelector(now = new Date()): string {
  return `outpost-${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, '0')}`
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const sub = args[0]
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
    ctx.out.write(USAGE)
    return sub === undefined ? 2 : 0
  }
  if (sub !== 'keygen') {
    ctx.err.write(`outpost dkim: unknown subcommand "${sub}"\n${USAGE}`)
    return 2
  }
  let domain: string | undefined
  let selector = defaultSelector()
  let bits = 2048
  let force = false
  for (let i = 1; i < args.length; i++) {
    const a = args[i]
    if (a === '--selector' || a === '--bits') {
      const v = args[++i]
      if (v === undefined) {
        ctx.err.write(`outpost dkim keygen: ${a} needs a value\n`)
        return 2
      }
      if (a === '--selector') selector = v
      else bits = Number(v)
    } else if (a === '--force') {
      force = true
    } else if (a.startsWith('-')) {
      ctx.err.write(`outpost dkim keygen: unknown option ${a}\n${USAGE}`)
      return 2
    } else if (domain === undefined) {
      domain = a.toLowerCase().replace(/\.$/, '')
    } else {
      ctx.err.write(`outpost dkim keygen: one DOMAIN at a time (got "${domain}" and "${a}")\n`)
      return 2
    }
  }
  if (!domain || !isValidDomain(domain)) {
    ctx.err.write(`outpost dkim keygen: ${domain ? `"${domain}" is not a domain name` : 'DOMAIN is required'}\n${USAGE}`)
    return 2
  }
  if (!SELECTOR_RE.test(selector)) {
    ctx.err.write(`outpost dkim keygen: --selector "${selector}" is not a valid DNS label\n`)
    return 2
  }
  if (!Number.isInteger(bits) || bits < MIN_BITS || bits > MAX_BITS) {
    ctx.err.write(`outpost dkim keygen: --bits must be a whole number from ${MIN_BITS} to ${MAX_BITS}\n`)
    return 2
  }
  const dir = keyDir(ctx.dir, domain)
  if (readStoredKey(ctx.dir, domain) && !force) {
    ctx.err.write(`outpost dkim keygen: ${dir} already holds a key; use --force to replace it (mail signed with the old key stays verifiable only while its record stays published)\n`)
    return 1
  }
  const { privatePem, publicDer } = generateKeyPair(bits)
  const record = dkimRecordValue(publicDer.toString('base64'))
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  // private first, written to a temp name and renamed, so the plugin never sees half a key
  const tmp = path.join(dir, `.private.${process.pid}`)
  fs.writeFileSync(tmp, privatePem, { mode: 0o600 })
  fs.renameSync(tmp, path.join(dir, 'private'))
  fs.writeFileSync(path.join(dir, 'selector'), `${selector}\n`)
  fs.writeFileSync(path.join(dir, 'dns'), `${zoneLine(domain, selector, record)}\n`)
  ctx.out.write(
    `DKIM key for ${domain} (selector ${selector}, RSA ${bits} bits) written to ${dir}\n` +
      `Publish this TXT record, then check it with: outpost doctor ${domain}\n\n` +
      `${zoneLine(domain, selector, record)}\n`,
  )
  return 0
}
