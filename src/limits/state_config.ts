// haraka.ini [state] (declared in src/limits/schema.ts): where sender-limit
// counters and locks live. Shared by the gateway and the outpost command.
import type { IniDocument } from '../lib/ini'
import { readKeys } from '../lib/config_schema'
import { STATE_BACKENDS, STATE_SECTION } from './schema'

export { STATE_BACKENDS }
export type StateBackend = (typeof STATE_BACKENDS)[number]

export interface StateConfig {
  backend: StateBackend
  redisUrl: string
}

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379'

export function readStateConfig(doc: IniDocument): StateConfig {
  const v = readKeys(doc, STATE_SECTION)
  return { backend: v.backend, redisUrl: v.redis_url.trim() || DEFAULT_REDIS_URL }
}
