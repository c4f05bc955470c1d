import type { AddressLike } from './haraka'

/** The bare address of a Haraka envelope address; '' for the null sender or none. */
export function addressOf(a: AddressLike | null | undefined): string {
  if (!a) return ''
  if (typeof a.isNull === 'function' && a.isNull()) return ''
  return typeof a.address === 'string' ? a.address : ''
}
