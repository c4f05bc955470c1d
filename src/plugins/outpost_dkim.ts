// outpost_dkim: haraka-plugin-dkim (config/dkim.ini, keys in
// config/dkim/<domain>/{private,selector}), with its private keys parsed once.
//
// haraka-plugin-dkim hands the PEM text to crypto's sign() for every message,
// and parsing a 2048-bit PEM key costs about twice the RSA signature itself
// (0.5 ms of 0.7 ms per message here). Everything else — which domain signs,
// the headers, canonicalisation, signing on queue_outbound and on
// pre_send_trans_email (mail released from quarantine) — is the plugin's own.
import crypto from 'node:crypto'
import type { Plugin } from '../lib/haraka'

/** PEM text -> parsed key. Keyed by content, and the file is read through
 * Haraka's config cache on every call as the plugin itself does, so a replaced
 * key (outpost dkim keygen --force) is used as soon as Haraka sees the change. */
const parsed = new Map<string, crypto.KeyObject>()

export function register(this: Plugin): void {
  this.inherits('dkim')
}

/** haraka-plugin-dkim's load_key, returning a parsed KeyObject for private keys. */
export function load_key(this: Plugin, file: string): string | crypto.KeyObject {
  const lines: string[] = this.config.get(file, 'data')
  const text = lines.join('\n')
  if (!/(^|\/)private$/.test(file) || !text.includes('PRIVATE KEY')) return text
  let key = parsed.get(text)
  if (!key) {
    try {
      key = crypto.createPrivateKey(text)
    } catch (err) {
      // leave it to the plugin: the signing error is logged against the message
      this.logerror(`cannot parse DKIM key ${file}: ${(err as Error).message}`)
      return text
    }
    if (parsed.size > 1000) parsed.clear()
    parsed.set(text, key)
  }
  return key
}
