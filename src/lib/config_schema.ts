// Config keys as data: each key of each config file is declared ONCE here-style
// (type, default, meaning) and that one declaration drives
//   - the loader (readKeys: typed values, errors naming file, line, section.key,
//     the value and what was expected; unknown keys are errors),
//   - `outpost check-config` (it runs the same loaders),
//   - the shipped, commented config/*.ini files (renderIni),
//   - the README's key tables (renderTable, between marker comments),
// and test/unit/config_schema.test.ts fails when the shipped files or the README
// drift from the declarations. `npm run gen:config` rewrites both.
//
// HOW TO DECLARE A KEY (or a new file or section)
// -----------------------------------------------
// 1. In your area's schema module (e.g. src/relay/schema.ts), add the key to its
//    section's `keys`, with a constructor from this module:
//
//      export const AUTH = section('auth', {
//        comment: ['Failed SMTP AUTH attempts: count, lock out, log.'],
//        keys: {
//          max_failures: integer(5, 'failed attempts per client IP before the lockout', { min: 1 }),
//          lockout: duration('15m', 'how long a locked-out client IP is refused'),
//          enabled: bool(true, 'count failed attempts at all', { ship: 'set' }),
//        },
//      })
//
//    Constructors: bool, number, integer, text, oneOf, duration, list, custom
//    (custom: your own parse function that throws Error('expected ...')).
//    `ship: 'set'` writes `key = default` in the shipped file; the default is a
//    commented-out `;key = default` line. `example` shows another value instead.
// 2. Add the section to the file's `file(...)` declaration (sections in the order
//    they appear in the shipped file). A new file: declare it with file(...) and
//    add it to CONFIG_FILES in src/lib/config_files.ts (haraka.ini sections: add
//    the section to HARAKA_INI there).
// 3. Read it in your loader:  const auth = readKeys(doc, AUTH)  // typed values
//    (for a section whose name varies, e.g. [office365 NAME], pass the IniSection).
// 4. `npm run gen:config` to rewrite config/*.ini and the README tables; put a
//    marker where the README table goes:
//      <!-- config-table: outpost_relay.ini auth -->
//      <!-- /config-table -->
//    (the file name and optional section names; no sections = every section).
// 5. Run test/unit/config_schema.test.ts.
import { ConfigError, IniDocument, IniSection, parseDecimal, parseDuration, SectionReader } from './ini'

export interface KeySpec<T = unknown> {
  /** what the value must look like, for people: "boolean", "number 0–100", "duration" */
  type: string
  default: T
  /** the default as an operator would write it (README, shipped file) */
  shown: string
  /** what the key does, one or a few sentences (README table and .ini comment) */
  meaning: string
  /** in the shipped file: 'set' = `key = value`; 'commented' = `;key = value` (default) */
  ship: 'set' | 'commented'
  /** the value written in the shipped file (default: shown) */
  example?: string
  /** text -> value; throws an Error whose message says what was expected */
  parse(text: string): T
}

/** A section whose keys are data (`CIDR = description`, `SYMBOL = score`). */
export interface EntriesSpec {
  /** how the key is written, e.g. CIDR, SYMBOL */
  key: string
  /** how the value is written, e.g. "description" */
  value: string
  type: string
  shown: string
  meaning: string
  /** lines of the shipped file under the section (set or commented entries) */
  shipped?: () => string[]
}

export interface SectionSpec<K extends Record<string, KeySpec> = Record<string, KeySpec>> {
  /** the section name; for a family of sections the pattern as shown: "domain NAME" */
  name: string
  /** sections named `${prefix}...` (e.g. "domain ") are this one; template sections are shipped commented out */
  prefix?: string
  comment: string[]
  keys: K
  entries?: EntriesSpec
  /** for a template section: the name shown in the shipped file's commented-out header */
  exampleName?: string
  /** commented lines written after the keys (examples); '' is an empty line */
  trailer?: string[]
  /** keys the loader reads by hand (validated elsewhere); they are not rejected as unknown */
  open?: boolean
  /** shipped file: [main] keys may appear before any section header */
  headerless?: boolean
}

export interface FileSpec {
  /** as errors name it: config/outpost_relay.ini, haraka.ini */
  file: string
  comment: string[]
  sections: SectionSpec[]
}

export type Values<K> = { [P in keyof K]: K[P] extends KeySpec<infer T> ? T : never }

interface KeyOptions {
  ship?: 'set' | 'commented'
  example?: string
  /** override how the default is shown */
  shown?: string
  /** override the type text */
  type?: string
}

function key<T>(type: string, def: T, shown: string, meaning: string, parse: (text: string) => T, opts: KeyOptions): KeySpec<T> {
  return { type: opts.type ?? type, default: def, shown: opts.shown ?? shown, meaning, ship: opts.ship ?? 'commented', example: opts.example, parse }
}

export function bool(def: boolean, meaning: string, opts: KeyOptions = {}): KeySpec<boolean> {
  return key('boolean', def, String(def), meaning, (text) => {
    const v = text.toLowerCase()
    if (['true', 'yes', 'on', '1'].includes(v)) return true
    if (['false', 'no', 'off', '0'].includes(v)) return false
    throw new Error('expected true or false')
  }, opts)
}

interface Range {
  min?: number
  max?: number
}

function rangeText(r: Range): string {
  if (r.min !== undefined && r.max !== undefined) return ` ${r.min}–${r.max}`
  if (r.min !== undefined) return ` >= ${r.min}`
  if (r.max !== undefined) return ` <= ${r.max}`
  return ''
}

function numberKey(integer: boolean, def: number, meaning: string, opts: KeyOptions & Range): KeySpec<number> {
  const kind = integer ? 'a whole number' : 'a number'
  return key(`${integer ? 'whole number' : 'number'}${rangeText(opts)}`, def, String(def), meaning, (text) => {
    const n = parseDecimal(text, integer)
    if (n === undefined) throw new Error(`expected ${kind}, written in decimal${integer ? ' (e.g. 25)' : ' (e.g. 8 or 6.5)'}`)
    if (opts.min !== undefined && n < opts.min) throw new Error(`expected ${kind} >= ${opts.min}`)
    if (opts.max !== undefined && n > opts.max) throw new Error(`expected ${kind} <= ${opts.max}`)
    return n
  }, opts)
}

/** A decimal number (never hex, exponent or octal), optionally bounded. */
export function number(def: number, meaning: string, opts: KeyOptions & Range = {}): KeySpec<number> {
  return numberKey(false, def, meaning, opts)
}

export function integer(def: number, meaning: string, opts: KeyOptions & Range = {}): KeySpec<number> {
  return numberKey(true, def, meaning, opts)
}

/** Free text; `check` may throw Error('expected ...'). */
export function text(def: string, meaning: string, opts: KeyOptions & { check?: (value: string) => void } = {}): KeySpec<string> {
  return key('text', def, def, meaning, (value) => {
    opts.check?.(value)
    return value
  }, opts)
}

/** One of a fixed set of words (case-insensitive, read in lower case). */
export function oneOf<T extends string>(values: readonly T[], def: T, meaning: string, opts: KeyOptions = {}): KeySpec<T> {
  return key(values.join(' | '), def, def, meaning, (text) => {
    const v = text.toLowerCase() as T
    if (!values.includes(v)) throw new Error(`expected one of ${values.join(', ')}`)
    return v
  }, opts)
}

/** A duration such as 500ms, 90s, 15m, 1h, 2d (a bare number is seconds), read as milliseconds. */
export function duration(def: string, meaning: string, opts: KeyOptions & { minMs?: number; maxMs?: number; range?: string } = {}): KeySpec<number> {
  const defMs = parseDuration(def)
  if (defMs === undefined) throw new Error(`bad default duration ${def}`)
  const expected = opts.range ? `expected a duration ${opts.range}` : 'expected a duration such as 90s, 15m, 1h or 2d'
  return key(opts.range ? `duration, ${opts.range}` : 'duration', defMs, def, meaning, (text) => {
    const ms = parseDuration(text)
    if (ms === undefined) throw new Error('expected a duration such as 90s, 15m, 1h or 2d')
    if ((opts.minMs !== undefined && ms < opts.minMs) || (opts.maxMs !== undefined && ms > opts.maxMs)) throw new Error(expected)
    return ms
  }, opts)
}

/** A comma (or space) separated list; `item` checks and converts each element (throw Error to refuse). */
export function list<T = string>(def: T[], meaning: string, opts: KeyOptions & { item?: (value: string) => T } = {}): KeySpec<T[]> {
  return key('list', def, def.join(', '), meaning, (text) => {
    const items = text.split(/[\s,]+/).filter(Boolean)
    return items.map((i) => (opts.item ? opts.item(i) : (i as unknown as T)))
  }, opts)
}

/** Anything else: `parse` turns the text into the value or throws Error('expected ...'). */
export function custom<T>(spec: { type: string; default: T; shown: string; meaning: string; parse(text: string): T } & KeyOptions): KeySpec<T> {
  return key(spec.type, spec.default, spec.shown, spec.meaning, spec.parse, spec)
}

export function section<K extends Record<string, KeySpec>>(name: string, spec: Omit<SectionSpec<K>, 'name'>): SectionSpec<K> {
  return { name, ...spec }
}

export function file(name: string, comment: string[], sections: SectionSpec[]): FileSpec {
  return { file: name, comment, sections }
}

/** Is `name` one of the file's sections (exactly, or by a template's prefix)? */
export function sectionSpecFor(spec: FileSpec, name: string): SectionSpec | undefined {
  return spec.sections.find((s) => (s.prefix ? name.startsWith(s.prefix) : s.name === name))
}

/** Every section of the document must be declared; `[main]` keys before any header count as [main]. */
export function rejectUnknownSections(doc: IniDocument, spec: FileSpec): void {
  const names = spec.sections.filter((s) => !s.headerless).map((s) => `[${s.name}]`)
  for (const s of doc.sections) {
    if (s.name === 'main' && !s.line && !s.entries.length) continue
    if (!sectionSpecFor(spec, s.name)) {
      if (s.name === 'main' && !s.line) {
        const first = s.entries[0]
        throw new ConfigError(doc.file, first.line, first.key, `setting outside a section, expected it under one of ${names.join(', ')}`)
      }
      throw new ConfigError(doc.file, s.line, `[${s.name}]`, `unknown section, expected one of ${names.join(', ')}`)
    }
  }
}

/**
 * Read a section's declared keys: present ones parsed (a bad value throws
 * ConfigError with file, line, section.key, value and what was expected),
 * missing ones from `defaults` or the declaration. Keys not declared are errors
 * unless the section is `open`.
 */
export function readKeys<K extends Record<string, KeySpec>>(
  doc: IniDocument,
  spec: SectionSpec<K>,
  opts: { section?: IniSection; defaults?: Partial<Values<K>> } = {},
): Values<K> {
  const reader = opts.section ? new SectionReader(doc, opts.section) : SectionReader.of(doc, spec.name)
  const out = {} as Record<string, unknown>
  for (const [name, k] of Object.entries(spec.keys)) {
    const e = reader.entry(name)
    if (!e) {
      out[name] = opts.defaults && name in opts.defaults ? (opts.defaults as Record<string, unknown>)[name] : k.default
      continue
    }
    try {
      out[name] = k.parse(e.value)
    } catch (err) {
      throw reader.error(name, e, (err as Error).message)
    }
  }
  if (!spec.open) reader.rejectUnknown()
  return out as Values<K>
}

// ---- rendering: the shipped .ini and the README tables ----

const WIDTH = 78

/** Wrap text into comment lines of at most WIDTH characters. */
export function commentLines(textToWrap: string, prefix = '; '): string[] {
  const out: string[] = []
  for (const paragraph of textToWrap.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && prefix.length + line.length + 1 + word.length > WIDTH) {
        out.push(prefix + line)
        line = word
      } else line = line ? `${line} ${word}` : word
    }
    out.push((prefix + line).trimEnd())
  }
  return out
}

function keyLines(name: string, k: KeySpec): string[] {
  const lines = commentLines(`${name} (${k.type}, default ${k.shown === '' ? 'empty' : k.shown}): ${k.meaning}`)
  const value = k.example ?? k.shown
  lines.push(`${k.ship === 'set' ? '' : ';'}${name} = ${value}`.replace(/ = $/, ' ='))
  return lines
}

export function renderIni(spec: FileSpec): string {
  const out: string[] = [...spec.comment.map((l) => (l.startsWith(';') ? l : `; ${l}`.trimEnd()))]
  for (const s of spec.sections) {
    if (!s.comment.length && !Object.keys(s.keys).length && !s.entries && !s.trailer) continue
    out.push('')
    const comment = s.comment.flatMap((c) => (c.startsWith(';') ? [c] : c.length + 2 > WIDTH && !c.startsWith(' ') ? commentLines(c) : [`; ${c}`.trimEnd()]))
    if (s.prefix) {
      // a family of sections ([domain NAME]): shipped as a commented-out example
      // of the keys it sets; their meaning is documented where they first appear
      out.push(...comment, `;[${s.exampleName ?? s.name}]`)
      for (const [name, k] of Object.entries(s.keys)) if (k.example !== undefined) out.push(`;${name} = ${k.example}`)
    } else {
      if (!s.headerless) out.push(`[${s.name}]`)
      out.push(...comment)
      let first = true
      for (const [name, k] of Object.entries(s.keys)) {
        if (!first) out.push('')
        first = false
        out.push(...keyLines(name, k))
      }
    }
    if (s.entries?.shipped) out.push(...s.entries.shipped())
    if (s.trailer) out.push(...s.trailer.map((l) => (l === '' || l.startsWith(';') ? l : `; ${l}`)))
  }
  return out.join('\n') + '\n'
}

function cell(textValue: string): string {
  return textValue.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function code(v: string): string {
  return v === '' ? 'empty' : `\`${v}\``
}

/** The README table of the named sections (all when none), `[section] key` when more than one section. */
export function renderTable(spec: FileSpec, sectionNames: string[] = []): string {
  // a section by its name, a family by its prefix ("domain") or by its name with _ for spaces ("uribl_ZONE", when a section is named like the prefix)
  const sections = sectionNames.length ? sectionNames.map((n) => {
    const s = spec.sections.find((x) => x.name === n) ?? spec.sections.find((x) => x.name.replace(/ /g, '_') === n || x.prefix?.trim() === n)
    if (!s) throw new Error(`${spec.file} has no section [${n}]`)
    return s
  }) : spec.sections
  const qualify = sections.length > 1
  const rows = ['| key | type | default | meaning |', '|---|---|---|---|']
  for (const s of sections) {
    const q = (k: string) => (qualify ? `\`[${s.name}] ${k}\`` : `\`${k}\``)
    for (const [name, k] of Object.entries(s.keys)) rows.push(`| ${q(name)} | ${cell(k.type)} | ${code(k.shown)} | ${cell(k.meaning)} |`)
    if (s.entries) rows.push(`| ${q(s.entries.key)} | ${cell(s.entries.type)} | ${cell(s.entries.shown)} | ${cell(s.entries.meaning)} |`)
  }
  return rows.join('\n')
}

const TABLE_RE = /(<!-- config-table: (\S+)((?: [^>\s]+)*) -->\n)[\s\S]*?(<!-- \/config-table -->)/g

/** The README with every marked table regenerated from `files` (keyed by file name without directory). */
export function renderReadme(readme: string, files: FileSpec[]): string {
  return readme.replace(TABLE_RE, (_m, open: string, name: string, secs: string, close: string) => {
    const spec = files.find((f) => f.file === name || f.file.endsWith(`/${name}`))
    if (!spec) throw new Error(`README marks a table for ${name}, which no schema declares`)
    return `${open}${renderTable(spec, secs.trim() ? secs.trim().split(' ') : [])}\n${close}`
  })
}
