// A DKIM key for end-to-end tests: the files that give a gateway the key, and a
// verifier (mailauth, a real one) that finds the public key without DNS.
import crypto from 'node:crypto'

export interface TestDkimKey {
  /** config/dkim/DOMAIN/{private,selector}, to add to an install dir's files */
  files: Record<string, string>
  /** mailauth's result for each DKIM-Signature of the message: { status, domain } */
  verify(raw: Buffer): Promise<Array<{ status: string; domain: string }>>
}

export function testDkimKey(domain: string, selector: string): TestDkimKey {
  const key = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 })
  const record = `v=DKIM1; k=rsa; p=${key.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`
  return {
    files: {
      [`config/dkim/${domain}/private`]: key.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      [`config/dkim/${domain}/selector`]: `${selector}\n`,
    },
    async verify(raw) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { dkimVerify } = require('mailauth/lib/dkim/verify')
      const res = await dkimVerify(raw, {
        resolver: async (name: string, type: string) => {
          if (type === 'TXT' && name === `${selector}._domainkey.${domain}`) return [[record]]
          throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' })
        },
      })
      return res.results.map((r: { status: { result: string }; signingDomain: string }) => ({ status: r.status.result, domain: r.signingDomain }))
    },
  }
}
