import path from 'node:path'
import { ConfigError, IniDocument, parseIni } from './ini'
import type { Plugin } from './haraka'

/**
 * Load and validate an INI file through Haraka's config reader (which watches
 * it and calls back on change), keeping line numbers for errors.
 *
 * - At start-up a bad file throws: Haraka refuses to start rather than run
 *   with a check missing.
 * - On hot reload a bad file is logged and the last good value is kept; so is
 *   a valid file that `refuseReload(previous, next)` refuses (it returns why),
 *   e.g. one that would silently drop the smarthost or every trusted network.
 *
 * `name` is relative to config/ (e.g. 'outpost_relay.ini') or absolute (haraka.ini
 * lives in the install dir, beside config/). `validate` is given `reload`, to
 * pass as the watcher callback of other files it reads (so that a change to
 * one of them re-validates the whole config).
 */
export function loadValidatedConfig<T>(
  plugin: Plugin,
  name: string,
  validate: (doc: IniDocument, reload: () => void) => T,
  onChange: (value: T) => void,
  refuseReload?: (previous: T, next: T) => string | undefined,
): T {
  let current: T
  const display = path.isAbsolute(name) ? path.basename(name) : `config/${name}`
  const read = (): T => {
    const buf: Buffer | null = plugin.config.get(name, 'binary', reload)
    return validate(parseIni(buf ? buf.toString('utf8') : '', display), reload)
  }
  const reload = (): void => {
    try {
      const value = read()
      const refused = refuseReload?.(current, value)
      if (refused) {
        plugin.logerror(`${display} not reloaded, keeping the previous settings: ${refused}`)
        return
      }
      current = value
      onChange(value)
      plugin.loginfo(`${display} reloaded`)
    } catch (err) {
      plugin.logerror(`${display} not reloaded, keeping the previous settings: ${(err as Error).message}`)
    }
  }
  try {
    current = read()
    return current
  } catch (err) {
    if (err instanceof ConfigError) throw err
    throw new ConfigError(display, undefined, 'file', (err as Error).message)
  }
}
