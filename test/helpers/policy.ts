import { parseIni } from '../../src/lib/ini'
import { readPolicyConfig, type EnginesConfig } from '../../src/policy/config'

/** The [engines] settings of an empty config/outpost_policy.ini (the defaults), with overrides. */
export function defaultEngines(over: Partial<EnginesConfig> = {}): EnginesConfig {
  return { ...readPolicyConfig(parseIni('', 'config/outpost_policy.ini')).engines, ...over }
}
