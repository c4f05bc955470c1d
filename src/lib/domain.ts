// Domain names as operators write them in config files and on the command line.
import { domainToASCII } from 'node:url'

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/** lower case, no surrounding space, no trailing dot */
export function normaliseDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '')
}

/** A host name of two or more labels (letters, digits, inner hyphens), at most 253 characters. */
export function isValidDomain(domain: string): boolean {
  const d = normaliseDomain(domain)
  if (d.length === 0 || d.length > 253) return false
  return d.split('.').every((l) => LABEL.test(l)) && d.includes('.')
}

/** example.org -> example.org; Bücher.example -> xn--bcher-kva.example; invalid -> '' */
export function asciiDomain(domain: string): string {
  const trimmed = domain.trim().replace(/\.$/, '').toLowerCase()
  if (!trimmed || trimmed.includes('..') || trimmed.startsWith('.')) return ''
  return domainToASCII(trimmed)
}
