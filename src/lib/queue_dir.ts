import path from 'node:path'
import type { Plugin } from './haraka'
import { ensureOwnedDir, gatewayOwner } from './service_user'

/**
 * Create Haraka's outbound queue directory (config/queue_dir, default
 * `queue` in the install dir) before Haraka starts listening. Haraka creates
 * it only after the listeners are up, non-recursively: a message arriving in
 * that window, or a queue_dir under a missing var/, fails with "Queueing failed".
 * Plugins load as root before Haraka drops to smtp.ini user=: the directory
 * (and any parent made here) is given to that user, or every queue write
 * would fail with EACCES (451) once privileges are dropped.
 */
export function ensureQueueDir(plugin: Plugin): string {
  const configured: string | null = plugin.config.get('queue_dir')
  const dir = configured ? path.resolve(configured.trim()) : path.resolve(process.env.HARAKA ?? '.', 'queue')
  const owner = gatewayOwner(plugin)
  const { repaired } = ensureOwnedDir(dir, owner, 0o750, { repair: true })
  if (repaired && owner) plugin.logwarn(`queue directory ${dir} belonged to another user: ${repaired} entries given to ${owner.user ?? owner.uid} (${owner.source})`)
  return dir
}
