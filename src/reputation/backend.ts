// Where the reputation state that grows with traffic lives, per haraka.ini
// [state] backend (the sender limits' setting): memory = files under
// [reputation] state_dir (statistics kept in the process and written every
// few seconds); redis = the sender limits' Redis, shared by every gateway.
// Complaints, SNDS and blocklist state are small, admin-paced documents and
// stay in state_dir with either backend.
import type { StateConfig } from '../limits/state_config'
import type { ReputationConfig } from './config'
import { connectRedis, RedisLog, RedisSentLog, RedisStats } from './redis_store'
import { SentLog, SentMemory } from './sent_log'
import { MemoryStats, readStatsFiles, StatsStore, StatsTable } from './stats'

export interface ReputationBackend {
  kind: 'memory' | 'redis'
  sent: SentMemory
  /** the gateway's counters (undefined in the outpost command: it only reads) */
  stats?: StatsStore & { setRetention(r: ReputationConfig['stats']): void }
  readStats(): Promise<StatsTable>
  close(): Promise<void>
}

export function openBackend(cfg: ReputationConfig, state: StateConfig, opts: { gateway: boolean; log?: RedisLog }): ReputationBackend {
  if (state.backend === 'redis') {
    const client = connectRedis(state.redisUrl, opts.log)
    const stats = new RedisStats(client, cfg.stats, opts.log)
    return {
      kind: 'redis',
      sent: new RedisSentLog(client, { rememberMs: cfg.feedback.rememberMs }),
      stats: opts.gateway ? stats : undefined,
      readStats: () => stats.read(),
      close: async () => {
        await client.quit().catch(() => client.disconnect())
      },
    }
  }
  const stats = opts.gateway ? new MemoryStats(cfg.stateDir, cfg.stats) : undefined
  return {
    kind: 'memory',
    sent: new SentLog(cfg.stateDir, { rememberMs: cfg.feedback.rememberMs, maxBytes: cfg.feedback.rememberMaxBytes }),
    stats,
    readStats: () => (stats ? stats.read() : readStatsFiles(cfg.stateDir)),
    close: async () => {
      await stats?.close()
    },
  }
}
