// `outpost dkim keygen DOMAIN [--selector S] [--bits 2048] [--force]`: make a
// DKIM key where haraka-plugin-dkim reads it and print the TXT record to publish.
import fs from 'node:fs'
import path from 'node:path'
import { dkimRecordValue, generateKeyPair, keyDir, MAX_BITS, MIN_BITS, readStoredKey, zoneLine } from '../dkim/keys'
import { isValidDomain } from '../lib/domain'
import type { CliContext } from './outpost'
import { runningAsRoot, serviceOwnerOf } from '../lib/service_user'
import { EXIT, parseCommand, usageError } from './args'

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
  const p = parseCommand(ctx, 'dkim', args, {
    usage: USAGE,
    options: { selector: { type: 'string' }, bits: { type: 'string' }, force: { type: 'boolean' } },
  })
  if (typeof p === 'number') return p
  const [sub, ...rest] = p.positionals
  if (sub === undefined) {
    ctx.err.write(USAGE)
    return EXIT.USAGE
  }
  if (sub === 'help') {
    ctx.out.write(USAGE)
    return EXIT.OK
  }
  if (sub !== 'keygen') return usageError(ctx, 'dkim', `unknown subcommand "${sub}"`, USAGE)
  if (rest.length > 1) return usageError(ctx, 'dkim keygen', `one DOMAIN at a time (got "${rest[0]}" and "${rest[1]}")`)
  const domain = rest[0]?.toLowerCase().replace(/\.$/, '')
  const selector = p.values.selector ?? defaultSelector()
  const bits = p.values.bits === undefined ? 2048 : Number(p.values.bits)
  const force = p.values.force === true
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
  // config/dkim is only traversed; DOMAIN's directory and key are the gateway user's alone
  fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 })
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  // run as root (sudo), the key goes to the user Haraka runs as: a root-only key leaves mail unsigned
  const owner = runningAsRoot() ? serviceOwnerOf(ctx.dir) : undefined
  const give = (p: string): void => {
    if (owner) fs.chownSync(p, owner.uid, owner.gid)
  }
  give(dir)
  // private first, written to a temp name and renamed, so the plugin never sees half a key
  const tmp = path.join(dir, `.private.${process.pid}`)
  fs.writeFileSync(tmp, privatePem, { mode: 0o600 })
  give(tmp)
  fs.renameSync(tmp, path.join(dir, 'private'))
  for (const [name, content] of [['selector', `${selector}\n`], ['dns', `${zoneLine(domain, selector, record)}\n`]]) {
    fs.writeFileSync(path.join(dir, name), content)
    give(path.join(dir, name))
  }
  ctx.out.write(
    `DKIM key for ${domain} (selector ${selector}, RSA ${bits} bits) written to ${dir}${owner ? ` (owned by ${owner.user ?? owner.uid}, ${owner.source})` : ''}\n` +
      `Publish this TXT record, then check it with: outpost doctor ${domain}\n\n` +
      `${zoneLine(domain, selector, record)}\n`,
  )
  return 0
}
