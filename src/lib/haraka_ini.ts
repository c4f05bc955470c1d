// haraka.ini (beside config/) holds settings shared by several outpost_*
// plugins. Haraka's config reader keeps one reload callback per file, so two
// plugins watching the file themselves would steal each other's callback:
// every plugin subscribes here instead, and one watcher fans reloads out.
import fs from 'node:fs'
import path from 'node:path'
import { ConfigError, IniDocument, parseIni } from './ini'
import type { Plugin } from './haraka'
import { installDir } from './install_dir'
import { HARAKA_INI_FILE } from './config_files'
import { rejectUnknownSections } from './config_schema'

interface Subscriber {
  plugin: Plugin
  validate: (doc: IniDocument) => unknown
  onChange: (value: unknown) => void
}

const subscribers: Subscriber[] = []
let reader: Plugin | undefined

export function harakaIniPath(dir = installDir()): string {
  return path.join(dir, 'haraka.ini')
}

/** The sections haraka.ini may have (declared in src/lib/config_files.ts): a misspelt one would otherwise be silently ignored. */
export const HARAKA_INI_SECTIONS = HARAKA_INI_FILE.sections.map((s) => s.name)

export function parseHarakaIni(text: string): IniDocument {
  const doc = parseIni(text, 'haraka.ini')
  rejectUnknownSections(doc, HARAKA_INI_FILE)
  return doc
}

/** haraka.ini of an install dir, for the outpost command (a missing file is empty). */
export function readHarakaIni(dir: string): IniDocument {
  let text = ''
  try {
    text = fs.readFileSync(harakaIniPath(dir), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  return parseHarakaIni(text)
}

function readDoc(plugin: Plugin): IniDocument {
  const buf: Buffer | null = plugin.config.get(harakaIniPath(), 'binary', reloadAll)
  return parseHarakaIni(buf ? buf.toString('utf8') : '')
}

function reloadAll(): void {
  if (!reader) return
  let doc: IniDocument
  try {
    doc = readDoc(reader)
  } catch (err) {
    reader.logerror(`haraka.ini not reloaded, keeping the previous settings: ${(err as Error).message}`)
    return
  }
  for (const s of subscribers) {
    try {
      s.onChange(s.validate(doc))
      s.plugin.loginfo('haraka.ini reloaded')
    } catch (err) {
      s.plugin.logerror(`haraka.ini not reloaded, keeping the previous settings: ${(err as Error).message}`)
    }
  }
}

/**
 * Validate this plugin's part of haraka.ini now (throwing ConfigError at start-up
 * on a bad file) and call onChange with each good reload.
 */
export function subscribeHarakaIni<T>(plugin: Plugin, validate: (doc: IniDocument) => T, onChange: (value: T) => void): T {
  reader = reader ?? plugin
  let doc: IniDocument
  try {
    doc = readDoc(reader)
  } catch (err) {
    if (err instanceof ConfigError) throw err
    throw new ConfigError('haraka.ini', undefined, 'file', (err as Error).message)
  }
  const value = validate(doc)
  subscribers.push({ plugin, validate, onChange: onChange as (v: unknown) => void })
  return value
}
