// Domain helpers shared by the rules.

export function domainOf(address: string | undefined): string {
  if (!address) return ''
  const at = address.lastIndexOf('@')
  if (at < 0) return ''
  // trimmed in a loop: /[>\s.]+$/ rescans a long inner run of dots from each of them (quadratic)
  let end = address.length
  while (end > at + 1 && /[>\s.]/.test(address[end - 1])) end--
  return address.slice(at + 1, end).toLowerCase()
}

const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'ltd', 'plc', 'gob', 'nic'])

/**
 * The organisational domain, approximated without the public suffix list:
 * the last two labels, or three under country second-level zones (example.co.uk).
 */
export function orgDomain(domain: string): string {
  const labels = domain.toLowerCase().split('.').filter(Boolean)
  if (labels.length <= 2) return labels.join('.')
  const tld = labels[labels.length - 1]
  const sld = labels[labels.length - 2]
  const keep = tld.length === 2 && SECOND_LEVEL.has(sld) ? 3 : 2
  return labels.slice(-keep).join('.')
}

export function sameOrg(a: string, b: string): boolean {
  return orgDomain(a) === orgDomain(b)
}

export function isIpLiteral(host: string): boolean {
  if (host.startsWith('[')) return true
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return true
  // dotless decimal, hex or octal forms browsers still accept: http://3627734628/, http://0xd8.0x3a.../
  if (/^(?:0x[0-9a-f]+|\d{8,10})$/i.test(host)) return true
  return /^(?:0x[0-9a-f]{1,2}|0[0-7]{1,3}|\d{1,3})(?:\.(?:0x[0-9a-f]{1,2}|0[0-7]{1,3}|\d{1,3})){3}$/i.test(host)
}
