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
import { dkimSignature, type BodyCanon } from '../dkim/sign'
import type { Connection, Plugin, Transaction } from '../lib/haraka'
import { RELAY_NOTE } from '../lib/verdict'
import { decideSigningDomain, SENDER_SCOPE_NOTE, SenderScope } from '../relay/sender_identity'

/** How long a config/dkim/<domain> lookup is trusted: a new key directory is used within this time. */
export const KEY_DIR_TTL_MS = 5_000

const keyFiles = new Map<string, string | crypto.KeyObject>()
const keyDirs = new Map<string, { dir: string | undefined; until: number }>()

export function register(this: Plugin): void {
  this.inherits('dkim')
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

type SignPropsLookup = (this: Plugin, connection: Connection) => Promise<Partial<SignProps> | undefined>

/** haraka-plugin-dkim's get_sign_properties, refusing a signing domain outside the client's sender scope. */
export async function get_sign_properties(this: Plugin, connection: Connection): Promise<Partial<SignProps> | undefined> {
  const lookup = (this as Plugin & { base: { dkim: { get_sign_properties: SignPropsLookup } } }).base.dkim.get_sign_properties
  const props = await lookup.call(this, connection)
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
