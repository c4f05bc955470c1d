// The engine settings of an install directory, as the running gateway reads
// them: config/outpost_policy.ini [bayes]/[scores]/[lists]/[brands]/[autolearn], and the
// path of the local model. Shared by the engine's learning and the CLI.
import fs from 'node:fs'
import path from 'node:path'
import { parseIni } from '../lib/ini'
import { readEngineSettings, DEFAULT_ENGINE_SETTINGS, DEFAULT_MODEL_PATH } from './settings'
import type { EngineSettings } from './index'

export const POLICY_FILE = path.join('config', 'outpost_policy.ini')

export function engineSettingsFor(dir: string): { settings: EngineSettings; source: string } {
  const file = path.join(dir, POLICY_FILE)
  if (!fs.existsSync(file)) return { settings: DEFAULT_ENGINE_SETTINGS, source: 'built-in defaults (no config/outpost_policy.ini)' }
  return { settings: readEngineSettings(parseIni(fs.readFileSync(file, 'utf8'), file)), source: file }
}

export function localModelPath(dir: string, settings: EngineSettings): string {
  return path.resolve(dir, settings.bayes.model ?? DEFAULT_MODEL_PATH)
}
