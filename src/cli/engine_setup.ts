// How the CLI builds the engine and the model paths the running gateway uses:
// the same config/outpost_policy.ini [bayes]/[scores] sections, the same install dir.
import fs from 'node:fs'
import path from 'node:path'
import { parseIni } from '../lib/ini'
import { readEngineSettings, DEFAULT_ENGINE_SETTINGS, DEFAULT_MODEL_PATH } from '../engine/settings'
import type { EngineSettings } from '../engine/index'

export const POLICY_FILE = path.join('config', 'outpost_policy.ini')

export function engineSettingsFor(dir: string): { settings: EngineSettings; source: string } {
  const file = path.join(dir, POLICY_FILE)
  if (!fs.existsSync(file)) return { settings: DEFAULT_ENGINE_SETTINGS, source: 'built-in defaults (no config/outpost_policy.ini)' }
  return { settings: readEngineSettings(parseIni(fs.readFileSync(file, 'utf8'), file)), source: file }
}

export function localModelPath(dir: string, settings: EngineSettings): string {
  return path.resolve(dir, settings.bayes.model ?? DEFAULT_MODEL_PATH)
}

/** Parse --flag VALUE / --switch arguments; unknown flags are errors. */
export function parseFlags(
  args: string[],
  spec: Record<string, 'value' | 'multi' | 'switch'>,
): { flags: Record<string, string[]>; switches: Set<string> } {
  const flags: Record<string, string[]> = {}
  const switches = new Set<string>()
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    const eq = a.indexOf('=')
    const name = eq > 0 ? a.slice(0, eq) : a
    const kind = spec[name]
    if (!kind) throw new UsageError(`unknown argument ${a}`)
    if (kind === 'switch') {
      switches.add(name)
      continue
    }
    const value = eq > 0 ? a.slice(eq + 1) : args[++i]
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`)
    if (kind === 'value' && flags[name]) throw new UsageError(`${name} given twice`)
    ;(flags[name] ??= []).push(value)
  }
  return { flags, switches }
}

export class UsageError extends Error {}
