// DKIM keys where haraka-plugin-dkim reads them: config/dkim/<domain>/private
// (PEM) and config/dkim/<domain>/selector. Pure helpers plus the file layout.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const MIN_BITS = 1024
export const MAX_BITS = 8192

export function keyDir(installDir: string, domain: string): string {
  return path.join(installDir, 'config', 'dkim', domain)
}

export function generateKeyPair(bits: number): { privatePem: string; publicDer: Buffer } {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: bits })
  return {
    privatePem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    publicDer: publicKey.export({ type: 'spki', format: 'der' }) as Buffer,
  }
}

/** The public key (SubjectPublicKeyInfo, base64) of a PEM private key. */
export function publicKeyOf(privatePem: string): string {
  const pub = crypto.createPublicKey(crypto.createPrivateKey(privatePem))
  return (pub.export({ type: 'spki', format: 'der' }) as Buffer).toString('base64')
}

export function dkimRecordValue(publicB64: string): string {
  return `v=DKIM1; k=rsa; p=${publicB64}`
}

/** The TXT record in zone-file form, split into strings of at most 255 octets. */
export function zoneLine(domain: string, selector: string, value: string): string {
  const chunks: string[] = []
  for (let i = 0; i < value.length; i += 255) chunks.push(`"${value.slice(i, i + 255)}"`)
  return `${selector}._domainkey.${domain}. IN TXT ( ${chunks.join(' ')} )`
}

export interface StoredKey {
  selector: string
  privatePem: string
}

/** The key and selector the dkim plugin would use for exactly this domain, if both exist. */
export function readStoredKey(installDir: string, domain: string): StoredKey | undefined {
  const dir = keyDir(installDir, domain)
  try {
    const selector = fs.readFileSync(path.join(dir, 'selector'), 'utf8').trim()
    const privatePem = fs.readFileSync(path.join(dir, 'private'), 'utf8')
    if (!selector || !privatePem.trim()) return undefined
    return { selector, privatePem }
  } catch {
    return undefined
  }
}

/** Domains with a key directory under config/dkim/. */
export function signingDomains(installDir: string): string[] {
  const root = path.join(installDir, 'config', 'dkim')
  try {
    return fs
      .readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  } catch {
    return []
  }
}
