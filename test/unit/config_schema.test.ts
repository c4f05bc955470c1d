import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONFIG_FILES } from '../../src/lib/config_files'
import { bool, duration, file, integer, list, number, oneOf, readKeys, rejectUnknownSections, renderIni, renderReadme, renderTable, section, text } from '../../src/lib/config_schema'
import { parseIni } from '../../src/lib/ini'

const ROOT = path.join(__dirname, '..', '..')

describe('shipped config files and README tables come from the declarations', () => {
  for (const f of CONFIG_FILES) {
    it(`${f.path} is what its declaration renders (npm run gen:config rewrites it)`, () => {
      expect(fs.readFileSync(path.join(ROOT, f.path), 'utf8')).toBe(renderIni(f.spec))
    })
    it(`${f.path} as shipped passes its own loader's section check`, () => {
      expect(() => rejectUnknownSections(parseIni(renderIni(f.spec), f.spec.file), f.spec)).not.toThrow()
    })
  }
  it('README.md key tables are what the declarations render (npm run gen:config rewrites them)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    expect(readme).toBe(renderReadme(readme, CONFIG_FILES.map((f) => f.spec)))
  })
  it('every declared file has a README table', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    for (const f of CONFIG_FILES) expect(readme).toContain(`<!-- config-table: ${path.basename(f.path)}`)
  })
})

describe('declaring keys', () => {
  const S = section('main', {
    comment: ['The main section.'],
    keys: {
      enabled: bool(true, 'turn it on', { ship: 'set' }),
      threshold: number(8, 'spam above this', { min: -10, max: 100 }),
      port: integer(25, 'the port', { min: 1, max: 65535 }),
      mode: oneOf(['fast', 'slow'] as const, 'fast', 'how'),
      timeout: duration('10s', 'how long', { minMs: 100, maxMs: 60_000, range: '100ms–1m' }),
      hosts: list<string>([], 'hosts'),
      name: text('x', 'a name', { check: (v) => { if (v === '') throw new Error('expected a name') } }),
    },
  })
  const F = file('config/t.ini', ['A test file.'], [S])
  const read = (t: string) => readKeys(parseIni(t, 'config/t.ini'), S)
  const error = (t: string): string => {
    try {
      read(t)
    } catch (err) {
      return (err as Error).message
    }
    return 'no error'
  }

  it('reads typed values and defaults', () => {
    expect(read('')).toEqual({ enabled: true, threshold: 8, port: 25, mode: 'fast', timeout: 10_000, hosts: [], name: 'x' })
    expect(read('[main]\nenabled = no\nthreshold = 6.5\nport = 587\nmode = SLOW\ntimeout = 500ms\nhosts = a, b\nname = y\n')).toEqual({
      enabled: false, threshold: 6.5, port: 587, mode: 'slow', timeout: 500, hosts: ['a', 'b'], name: 'y',
    })
  })

  it('names file, line, section.key, the value and what was expected', () => {
    expect(error('[main]\nthreshold = 0x10\n')).toBe('config/t.ini:2: main.threshold = "0x10": expected a number, written in decimal (e.g. 8 or 6.5)')
    expect(error('[main]\nport = 2.5\n')).toBe('config/t.ini:2: main.port = "2.5": expected a whole number, written in decimal (e.g. 25)')
    expect(error('[main]\nport = 1e3\n')).toMatch(/main\.port = "1e3": expected a whole number/)
    expect(error('[main]\nmode = medium\n')).toBe('config/t.ini:2: main.mode = "medium": expected one of fast, slow')
    expect(error('[main]\ntimeout = 2m\n')).toBe('config/t.ini:2: main.timeout = "2m": expected a duration 100ms–1m')
    expect(error('[main]\nname =\n')).toBe('config/t.ini:2: main.name = "": expected a name')
    expect(error('[main]\nthreshhold = 5\n')).toBe('config/t.ini:2: main.threshhold: unknown setting')
  })

  it('renders a commented file the loader reads back as the defaults', () => {
    const ini = renderIni(F)
    expect(ini).toContain('\n[main]\n; The main section.\n; enabled (boolean, default true): turn it on\nenabled = true\n')
    expect(ini).toContain(';threshold = 8\n')
    expect(read(ini)).toEqual(read(''))
  })

  it('renders a README table', () => {
    expect(renderTable(F)).toBe([
      '| key | type | default | meaning |',
      '|---|---|---|---|',
      '| `enabled` | boolean | `true` | turn it on |',
      '| `threshold` | number -10–100 | `8` | spam above this |',
      '| `port` | whole number 1–65535 | `25` | the port |',
      '| `mode` | fast \\| slow | `fast` | how |',
      '| `timeout` | duration, 100ms–1m | `10s` | how long |',
      '| `hosts` | list | empty | hosts |',
      '| `name` | text | `x` | a name |',
    ].join('\n'))
  })
})
