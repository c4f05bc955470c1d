// A small INI reader that keeps line numbers, so a config error can name the
// file, the line, `section.key`, the value and what was expected.
// Haraka's own ini reader drops line numbers and silently coerces values; the
// outpost_* plugins read their files as bytes through Haraka (for the reload
// watcher) and parse them here.

export interface IniEntry {
  key: string
  value: string
  line: number
}

export interface IniSection {
  name: string
  line: number
  entries: IniEntry[]
}

export interface IniDocument {
  file: string
  /** sections in file order; keys before any [section] belong to `main` */
  sections: IniSection[]
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly where: string,
    readonly detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${where}: ${detail}`)
    this.name = 'ConfigError'
  }
}

function stripInlineComment(value: string): string {
  // ` ; comment` or ` # comment` after a value; a ; or # inside quotes is kept
  let quote = ''
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    if (quote) {
      if (ch === quote) quote = ''
      continue
    }
    if (ch === '"' || ch === "'") {
      quote = ch
      continue
    }
    if ((ch === ';' || ch === '#') && (i === 0 || /\s/.test(value[i - 1]))) return value.slice(0, i)
  }
  return value
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) {
    return value.slice(1, -1)
  }
  return value
}

export function parseIni(text: string, file: string): IniDocument {
  const main: IniSection = { name: 'main', line: 0, entries: [] }
  const sections: IniSection[] = [main]
  let current = main
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1
    const raw = lines[i].trim()
    if (raw === '' || raw.startsWith(';') || raw.startsWith('#')) continue
    if (raw.startsWith('[')) {
      const m = /^\[([^\]]+)\]\s*(?:[;#].*)?$/.exec(raw)
      if (!m) throw new ConfigError(file, lineNo, 'section header', `malformed "${raw}", expected [name]`)
      const name = m[1].trim().replace(/\s+/g, ' ')
      const existing = sections.find((s) => s.name === name)
      // a second [main] would silently override the first: an error, never a merge
      // (keys before any section header are [main]; an empty implicit [main] is no section)
      if (existing && (existing.line > 0 || existing.entries.length > 0)) {
        const first = existing.line > 0 ? `line ${existing.line}` : `the keys before the first section (line ${existing.entries[0].line})`
        throw new ConfigError(file, lineNo, `[${name}]`, `duplicate section, already opened on ${first}: merge the two`)
      }
      if (existing) {
        existing.line = lineNo
        current = existing
      } else {
        current = { name, line: lineNo, entries: [] }
        sections.push(current)
      }
      continue
    }
    const eq = raw.indexOf('=')
    if (eq <= 0) {
      throw new ConfigError(file, lineNo, current.name, `malformed line "${raw}", expected key = value`)
    }
    const key = raw.slice(0, eq).trim()
    const value = unquote(stripInlineComment(raw.slice(eq + 1)).trim())
    const earlier = current.entries.find((e) => e.key === key)
    if (earlier) {
      throw new ConfigError(file, lineNo, `${current.name}.${key} = "${value}"`, `duplicate key, already set on line ${earlier.line} (= "${earlier.value}"): keep one`)
    }
    current.entries.push({ key, value, line: lineNo })
  }
  return { file, sections }
}

/** Read access to one section, with typed getters that throw ConfigError. */
export class SectionReader {
  private readonly used = new Set<string>()
  constructor(
    readonly doc: IniDocument,
    readonly section: IniSection,
  ) {}

  static of(doc: IniDocument, name: string): SectionReader {
    const section = doc.sections.find((s) => s.name === name) ?? { name, line: 0, entries: [] }
    return new SectionReader(doc, section)
  }

  entry(key: string): IniEntry | undefined {
    this.used.add(key)
    return this.section.entries.find((e) => e.key === key) // parseIni refuses duplicates
  }

  error(key: string, entry: IniEntry | undefined, detail: string): ConfigError {
    const value = entry ? ` = "${entry.value}"` : ''
    return new ConfigError(this.doc.file, entry?.line ?? this.section.line, `${this.section.name}.${key}${value}`, detail)
  }

  string(key: string, fallback: string): string {
    const e = this.entry(key)
    return e ? e.value : fallback
  }

  optionalString(key: string): string | undefined {
    const e = this.entry(key)
    return e && e.value !== '' ? e.value : undefined
  }

  bool(key: string, fallback: boolean): boolean {
    const e = this.entry(key)
    if (!e) return fallback
    const v = e.value.toLowerCase()
    if (['true', 'yes', 'on', '1'].includes(v)) return true
    if (['false', 'no', 'off', '0'].includes(v)) return false
    throw this.error(key, e, 'expected true or false')
  }

  number(key: string, fallback: number, opts: { min?: number; max?: number; integer?: boolean } = {}): number {
    const e = this.entry(key)
    if (!e) return fallback
    const n = parseDecimal(e.value, opts.integer)
    const kind = opts.integer ? 'a whole number' : 'a number'
    if (n === undefined) throw this.error(key, e, `expected ${kind}, written in decimal${opts.integer ? ' (e.g. 25)' : ' (e.g. 8 or 6.5)'}`)
    if (opts.min !== undefined && n < opts.min) throw this.error(key, e, `expected ${kind} >= ${opts.min}`)
    if (opts.max !== undefined && n > opts.max) throw this.error(key, e, `expected ${kind} <= ${opts.max}`)
    return n
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
    const e = this.entry(key)
    if (!e) return fallback
    const v = e.value.toLowerCase() as T
    if (!allowed.includes(v)) throw this.error(key, e, `expected one of ${allowed.join(', ')}`)
    return v
  }

  /** Durations such as 30s, 15m, 1h, 2d; a bare number is seconds. Returns milliseconds. */
  duration(key: string, fallbackMs: number): number {
    const e = this.entry(key)
    if (!e) return fallbackMs
    const ms = parseDuration(e.value)
    if (ms === undefined) throw this.error(key, e, 'expected a duration such as 90s, 15m, 1h or 2d')
    return ms
  }

  /** Comma or whitespace separated list. */
  list(key: string, fallback: string[] = []): string[] {
    const e = this.entry(key)
    if (!e) return fallback
    return e.value.split(/[\s,]+/).filter(Boolean)
  }

  entries(): IniEntry[] {
    return this.section.entries
  }

  /** Keys present in the file that no getter asked for: typos are errors, not silently ignored settings. */
  rejectUnknown(): void {
    for (const e of this.section.entries) {
      if (!this.used.has(e.key)) {
        throw new ConfigError(this.doc.file, e.line, `${this.section.name}.${e.key}`, 'unknown setting')
      }
    }
  }
}

/**
 * The one number parser for config values: plain decimal only. Number() would
 * also take 0x10 (16), 1e3, 0b11, "  " (0) and Infinity; a config value that
 * looks like one number must never silently mean another.
 */
export function parseDecimal(text: string, integer = false): number | undefined {
  const re = integer ? /^-?\d+$/ : /^-?\d+(?:\.\d+)?$/
  if (!re.test(text)) return undefined
  const n = Number(text)
  return Number.isFinite(n) ? n : undefined
}

export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?$/i.exec(text.trim())
  if (!m) return undefined
  const n = parseDecimal(m[1])
  if (n === undefined) return undefined
  const unit = (m[2] ?? 's').toLowerCase()
  const factor: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }
  return Math.round(n * factor[unit])
}
