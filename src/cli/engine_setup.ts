// How the CLI builds the engine and the model paths the running gateway uses:
// the same config/outpost_policy.ini [bayes]/[scores] sections, the same install dir.
import { parseStrict, UsageError, type OptionSpec } from './args'

export { POLICY_FILE, engineSettingsFor, localModelPath } from '../engine/install_settings'

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
