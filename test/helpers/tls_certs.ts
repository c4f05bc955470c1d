// A throw-away certificate authority and server certificates for TLS tests,
// made with the openssl command line (node's crypto cannot issue X.509).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { makeTempDir } from './temp_dirs'

export interface TestCa {
  dir: string
  /** PEM file of the CA certificate (for NODE_EXTRA_CA_CERTS) */
  caFile: string
  caPem: string
  /** issue a server certificate for these names (DNS names and IP addresses); clientAuth: usable as a TLS client certificate too */
  issue(names: string[], opts?: { clientAuth?: boolean }): { key: string; cert: string }
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
}

export function makeTestCa(name = 'Outpost Test CA'): TestCa {
  const dir = makeTempDir('outpost-ca-')
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`,
    '-keyout', 'ca.key', '-out', 'ca.pem', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir)
  let serial = 0
  return {
    dir,
    caFile: path.join(dir, 'ca.pem'),
    caPem: fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8'),
    issue(names: string[], opts: { clientAuth?: boolean } = {}) {
      const id = `srv${++serial}`
      const san = names.map((n) => (/^[\d.]+$|:/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',')
      fs.writeFileSync(path.join(dir, `${id}.ext`), `subjectAltName=${san}\nextendedKeyUsage=serverAuth${opts.clientAuth ? ',clientAuth' : ''}\n`)
      openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${names[0]}`, '-keyout', `${id}.key`, '-out', `${id}.csr`], dir)
      openssl(['x509', '-req', '-in', `${id}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2',
        '-extfile', `${id}.ext`, '-out', `${id}.pem`], dir)
      return { key: fs.readFileSync(path.join(dir, `${id}.key`), 'utf8'), cert: fs.readFileSync(path.join(dir, `${id}.pem`), 'utf8') }
    },
  }
}
