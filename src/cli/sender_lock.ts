// Locking a sender (complaint threshold crossed) through the sender-limit
// state of haraka.ini [state], the way `outpost senders lock` does: Redis
// directly; memory as a request the running gateway applies (or, with no
// gateway running, applied to its saved state).
import { subjectKey } from '../limits/state'
import { senderStateBackend } from './senders'

/** true: locked now; false: it was locked already; undefined: the state could not be reached (the error is thrown). */
export async function lockSender(installDir: string, identity: string, reason: string, by = 'outpost feedback'): Promise<boolean | undefined> {
  const backend = senderStateBackend(installDir)
  try {
    const result = await backend.request({ op: 'lock', key: subjectKey(identity), by, at: Date.now(), reason })
    if (!result.ok) throw new Error(result.error ?? 'the sender-limit state refused the lock')
    return result.changed
  } finally {
    await backend.close().catch(() => undefined)
  }
}
