// Which part of a Haraka cluster this process is. With smtp.ini nodes set
// (Haraka's default is 1), Haraka forks worker processes that take the mail;
// the master process loads every plugin too but never handles a connection,
// so per-message machinery (engine threads) is not started there.
import cluster from 'node:cluster'
import type { Plugin } from './haraka'

export function isClusterMaster(plugin: Plugin): boolean {
  if (!cluster.isPrimary) return false
  const main = (plugin.config.get('smtp.ini') as { main?: { nodes?: unknown } } | undefined)?.main ?? {}
  // the same test Haraka makes: nodes unset means 1; 0 (or empty) means one process, no cluster
  const nodes = main.nodes === undefined ? 1 : main.nodes
  return Boolean(nodes) && nodes !== '0'
}
