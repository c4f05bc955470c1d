// outpost_dkim: haraka-plugin-dkim (config/dkim.ini, keys in
// config/dkim/<domain>/{private,selector}) with a faster signing path.
//
// Which domain signs, with which key and selector, the headers to sign, the
// canonicalisation setting, and signing on queue_outbound and on
// pre_send_trans_email (mail released from quarantine) are the plugin's own.
// Three of its methods are replaced, because on a gateway that signs every
// message they were a third of all the CPU spent per message:
// - run_sign_stream: the whole message in one buffer, one canonicalisation
//   pass, the RSA signature on libuv's thread pool (src/dkim/sign.ts) instead
//   of a Buffer per body line and a signature on the event loop;
// - load_key: keys read once and parsed once (parsing a 2048-bit PEM costs
//   twice the signature), dropped when Haraka's config watcher sees the file
//   change, so a key replaced by `outpost dkim keygen --force` is used at once;
// - get_key_dir: the plugin's answer (which config/dkim/<domain> directory
//   exists) is remembered for a few seconds instead of stat()ed for every message.
// And one is wrapped, for safety rather than speed:
// - get_sign_properties: relayed mail is signed only with a key of a domain
//   its client may send as (the scope outpost_relay checked the message
//   against at end of data). A key of any other domain is not used: the
//   message leaves unsigned and the refusal is logged. Mail the gateway makes
//   itself (notices, releases from quarantine, checked when received) has no
//   client and is signed as the plugin chooses.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { keyDir, signingDomains } from '../dkim/keys'
import { installDir } from '../lib/install_dir'
import { assertReadableByGateway, gatewayOwner } from '../lib/service_user'
import { dkimSignature, type BodyCanon } from '../dkim/sign'
import type { Connection, Plugin, Transaction } from '../lib/haraka'
import { RELAY_NOTE } from '../lib/verdict'
import { decideSigningDomain, SENDER_SCOPE_NOTE, SenderScope } from '../relay/sender_identity'

/** How long a config/dkim/<domain> lookup is trusted: a new key directory is used within this time. */
export const KEY_DIR_TTL_MS = 5_000

const keyFiles = new Map<string, string | crypto.KeyObject>()
const keyDirs = new Map<string, { dir: string | undefined; until: number }>()

/** Domains already warned about (no key): one WARN per domain, not an ERROR per message. */
const warnedNoKey = new Set<string>()

export function register(this: Plugin): void {
  this.inherits('dkim')
  checkKeysReadable(this)
}

/**
 * Every key under config/dkim/ must be readable by the user Haraka runs as: a
 * key it cannot read means that domain's mail leaves unsigned (and DMARC
 * fails), so it is a start-up error naming the files, not an error per message.
 */
function checkKeysReadable(plugin: Plugin): void {
  const dir = installDir()
  const owner = gatewayOwner(plugin)
  const problems: string[] = []
  for (const domain of signingDomains(dir)) {
    const file = path.join(keyDir(dir, domain), 'private')
    try {
      fs.statSync(file)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue // warned about when its mail comes
      problems.push(`DKIM key of ${domain} ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message} (not readable by the gateway's user)`)
      continue
    }
    try {
      assertReadableByGateway(file, owner, `DKIM key of ${domain}`)
    } catch (err) {
      problems.push((err as Error).message)
    }
  }
  if (problems.length) throw new Error(problems.join('; '))
}

interface DkimPlugin extends Plugin {
  cfg: { sign: { domain?: string; selector?: string } }
  private_key?: unknown
  get_sender_domain(connection: Connection): string | undefined
  get_key_dir(connection: Connection, domain: string | undefined): Promise<string | undefined>
  base: { dkim: { get_sign_properties(this: Plugin, connection: Connection): Promise<unknown> } }
}

/**
 * haraka-plugin-dkim's get_sign_properties, except for a sender domain with no
 * key: the plugin records that as an error result, which Haraka logs at ERROR
 * for every message (twice: queue_outbound and pre_send_trans_email). Here it
 * is a skip in the results and one WARN per domain.
 */
async function signPropertiesIfKeyed(this: DkimPlugin, connection: Connection): Promise<unknown> {
  const txn = connection?.transaction
  if (!txn) return undefined
  const domain = this.get_sender_domain(connection)
  const keyDirFound = domain ? await this.get_key_dir(connection, domain) : undefined
  const fallback = this.cfg?.sign?.domain && this.cfg.sign.selector && this.private_key
  if (!keyDirFound && !fallback) {
    txn.results.add(this, { skip: domain ? `no DKIM key for ${domain}` : 'sending domain not detected' })
    const name = domain ?? ''
    if (!warnedNoKey.has(name)) {
      if (warnedNoKey.size > 10_000) warnedNoKey.clear()
      warnedNoKey.add(name)
      this.logwarn(
        domain
          ? `no DKIM key for ${domain} (config/dkim/${domain}/): its mail leaves unsigned until one is made with \`outpost dkim keygen ${domain}\` (logged once per domain)`
          : 'a message without a sender domain leaves unsigned (logged once)',
      )
    }
    return undefined
  }
  if (domain) warnedNoKey.delete(domain)
  return this.base.dkim.get_sign_properties.call(this, connection)
}

/** haraka-plugin-dkim's load_key: the file's text, or for a private key its parsed KeyObject. */
export function load_key(this: Plugin, file: string): string | crypto.KeyObject {
  const cached = keyFiles.get(file)
  if (cached !== undefined) return cached
  // the callback is Haraka's file watcher: the next message reads the new content
  const lines: string[] = this.config.get(file, 'data', () => keyFiles.delete(file))
  const text = lines.join('\n')
  let value: string | crypto.KeyObject = text
  if (/(^|\/)private$/.test(file) && text.includes('PRIVATE KEY')) {
    try {
      value = crypto.createPrivateKey(text)
    } catch (err) {
      // leave it to the signer: the error is logged against the message
      this.logerror(`cannot parse DKIM key ${file}: ${(err as Error).message}`)
      return text
    }
  }
  if (text) keyFiles.set(file, value) // a missing file is looked up again next time
  return value
}

type KeyDirLookup = (this: Plugin, connection: Connection, domain: string) => Promise<string | undefined>

/** haraka-plugin-dkim's own get_key_dir (most specific existing config/dkim/<name>), its answer remembered briefly. */
export async function get_key_dir(this: Plugin, connection: Connection, domain: string | undefined): Promise<string | undefined> {
  if (!domain) return undefined
  const now = Date.now()
  const hit = keyDirs.get(domain)
  if (hit && hit.until > now) return hit.dir
  const lookup = (this as Plugin & { base: { dkim: { get_key_dir: KeyDirLookup } } }).base.dkim.get_key_dir
  const dir = await lookup.call(this, connection, domain)
  if (keyDirs.size > 10_000) keyDirs.clear()
  keyDirs.set(domain, { dir, until: now + KEY_DIR_TTL_MS })
  return dir
}

/**
 * haraka-plugin-dkim's get_sign_properties (through signPropertiesIfKeyed),
 * refusing a signing domain outside the client's sender scope.
 */
export async function get_sign_properties(this: DkimPlugin, connection: Connection): Promise<Partial<SignProps> | undefined> {
  const props = (await signPropertiesIfKeyed.call(this, connection)) as Partial<SignProps> | undefined
  const txn = connection?.transaction
  if (!props?.domain || !props.private_key || !txn) return props
  // Relayed mail is seen twice: on queue_outbound with its client's
  // connection, then on pre_send_trans_email with none. Mail the gateway
  // makes itself has neither a client nor a scope.
  const scope = txn.notes[SENDER_SCOPE_NOTE] as SenderScope | undefined
  let why: { allowed: true } | { allowed: false; reason: string }
  if (txn.notes[REFUSED_NOTE]) why = { allowed: false, reason: String(txn.notes[REFUSED_NOTE]) }
  else if (scope) why = decideSigningDomain(scope, props.domain)
  else if (connection.notes?.[RELAY_NOTE]) why = { allowed: false, reason: 'the message was not checked by outpost_relay (is it loaded first in config/plugins?)' }
  else return props
  if (why.allowed) return props
  txn.notes[REFUSED_NOTE] = why.reason
  connection.lognotice(this, `not signing with d=${props.domain}: ${why.reason}`)
  txn.results.add(this, { fail: `not signing with d=${props.domain}: ${why.reason}` })
  return undefined
}

/** transaction.notes key: why this message must not be signed (kept for the second signing hook) */
const REFUSED_NOTE = 'outpost_dkim_refused'

interface SignProps {
  domain: string
  selector: string
  private_key: string | crypto.KeyObject
  headers: string[]
  body_canon?: string
}

/** haraka-plugin-dkim's run_sign_stream: resolves with the DKIM-Signature value. */
export function run_sign_stream(this: Plugin, txn: Transaction, props: SignProps): Promise<string> {
  return messageBytes(txn).then((message) =>
    dkimSignature(message, txn.header, {
      domain: props.domain,
      selector: props.selector,
      privateKey: props.private_key,
      headers: props.headers,
      bodyCanon: (props.body_canon === 'relaxed' ? 'relaxed' : 'simple') as BodyCanon,
    }),
  )
}

/** The message as Haraka will send it (CRLF line ends, no dot-stuffing). */
function messageBytes(txn: Transaction): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const stream = txn.message_stream as unknown as NodeJS.EventEmitter & Transaction['message_stream']
    const onError = (err: Error): void => reject(err)
    stream.once('error', onError)
    stream.get_data((buf) => {
      stream.removeListener('error', onError)
      resolve(buf)
    })
  })
}
