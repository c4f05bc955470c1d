// How the CLI builds the engine and the model paths the running gateway uses:
// the same config/outpost_policy.ini [bayes]/[scores] sections, the same install dir.
import fs from 'node:fs'
import path from 'node:path'
import { parseIni } from '../lib/ini'
import { readEngineSettings, DEFAULT_ENGINE_SETTINGS, DEFAULT_MODEL_PATH } from '../engine/settings'
import type { EngineSettings } from '../engine/index'
import { parseStrict, UsageError, type OptionSpec } from './args'

export const POLICY_FILE = path.join('config', 'outpost_policy.ini')

export function engineSettingsFor(dir: string): { settings: EngineSettings; source: string } {
  const file = path.join(dir, POLICY_FILE)
  if (!fs.existsSync(file)) return { settings: DEFAULT_ENGINE_SETTINGS, source: 'built-in defaults (no config/outpost_policy.ini)' }
  return { settings: readEngineSettings(parseIni(fs.readFileSync(file, 'utf8'), file)), source: file }
}

export function localModelPath(dir: string, settings: EngineSettings): string {
  return path.resolve(dir, settings.bayes.model ?? DEFAULT_MODEL_PATH)
}

/**
 * Parse --flag VALUE / --switch arguments with the shared parser (./args);
 * unknown flags are errors. `-h`/`--help` are reported as switches.
 */
export function parseFlags(
  args: string[],
  spec: Record<string, 'value' | 'multi' | 'switch'>,
): { flags: Record<string, string[]>; switches: Set<string> } {
  const options: Record<string, OptionSpec> = {}
  for (const [name, kind] of Object.entries(spec)) {
    if (name === '-h' || name === '--help') continue
    options[name.replace(/^--/, '')] = kind === 'switch' ? { type: 'boolean' } : { type: 'string', multiple: true }
  }
  const p = parseStrict(args, { usage: '', options, positionals: { max: 0 } })
  if (p.configDir !== undefined) throw new UsageError('-c DIR goes before the command: outpost -c DIR COMMAND ...')
  const flags: Record<string, string[]> = {}
  const switches = new Set<string>()
  if (p.help) switches.add('--help').add('-h')
  for (const [key, value] of Object.entries(p.values)) {
    const name = `--${key}`
    if (value === true) switches.add(name)
    else if (Array.isArray(value)) {
      if (value.some((v) => v === '')) throw new UsageError(`${name} needs a value`)
      if (spec[name] === 'value' && value.length > 1) throw new UsageError(`${name} given twice`)
      flags[name] = value as string[]
    }
  }
  return { flags, switches }
}

export { UsageError }
