import fs from 'node:fs'
import path from 'node:path'
import type { Plugin } from './haraka'

/**
 * Create Haraka's outbound queue directory (config/queue_dir, default
 * `queue` in the install dir) before Haraka starts listening. Haraka creates
 * it only after the listeners are up, non-recursively: a message arriving in
 * that window, or a queue_dir under a missing var/, fails with "Queueing failed".
 */
export function ensureQueueDir(plugin: Plugin): string {
  const configured: string | null = plugin.config.get('queue_dir')
  const dir = configured ? path.resolve(configured.trim()) : path.resolve(process.env.HARAKA ?? '.', 'queue')
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 })
  return dir
}
