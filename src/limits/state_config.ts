// haraka.ini [state]: where sender-limit counters and locks live. Shared by
// the gateway and the outpost command (which must see the same state).
import { IniDocument, SectionReader } from '../lib/ini'
import { redisUrlProblem } from './redis_state'

export const STATE_BACKENDS = ['memory', 'redis'] as const
export type StateBackend = (typeof STATE_BACKENDS)[number]

export interface StateConfig {
  backend: StateBackend
  redisUrl: string
}

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379'

export function readStateConfig(doc: IniDocument): StateConfig {
  const s = SectionReader.of(doc, 'state')
  const backend = s.oneOf('backend', STATE_BACKENDS, 'memory')
  const redisUrl = s.string('redis_url', DEFAULT_REDIS_URL).trim() || DEFAULT_REDIS_URL
  const problem = redisUrlProblem(redisUrl)
  if (problem) throw s.error('redis_url', s.entry('redis_url'), problem)
  s.rejectUnknown()
  return { backend, redisUrl }
}
