import type { Connection } from './haraka'

/**
 * Haraka answers 450 to DENYSOFT from queue_outbound; "local error in
 * processing" is 451 (RFC 5321 4.2.3), which is what Outpost promises for a
 * message it could not store. Only the next reply of this one connection is
 * changed.
 */
export function nextReplyIs451(connection: Connection): void {
  const conn = connection as unknown as Record<string, any>
  const proto = Object.getPrototypeOf(conn)
  if (typeof proto?.respond !== 'function') return
  conn.respond = function (code: number, msg: unknown, cb?: () => void) {
    delete conn.respond
    return proto.respond.call(this, code === 450 ? 451 : code, msg, cb)
  }
}
