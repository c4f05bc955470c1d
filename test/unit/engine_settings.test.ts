// [bayes] and [scores] of config/outpost_policy.ini, read by src/engine/settings.ts.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, parseIni } from '../../src/lib/ini'
import { readEngineSettings, DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'
import { RULES } from '../../src/engine/index'

const read = (text: string) => readEngineSettings(parseIni(text, 'outpost_policy.ini'))

describe('readEngineSettings', () => {
  it('defaults when the sections are absent', () => {
    const s = read('[main]\nthreshold = 8\n')
    expect(s.bayes).toEqual({ enabled: true, shipped: true, model: 'var/bayes/model.json', min_messages: 50, cap: 7.5, cap_other_languages: 6.5, floor: -3, local_cap: 11.5, local_messages: 2000 })
    expect(s.scores).toEqual(DEFAULT_ENGINE_SETTINGS.scores)
  })
  it('reads overrides', () => {
    const s = read('[bayes]\nenabled = false\nshipped = no\nmodel = data/my.json\nmin_messages = 10\n[scores]\nURL_SHORTENER = 4\nBAYES_00 = -6.5\n')
    expect(s.bayes).toEqual({ enabled: false, shipped: false, model: 'data/my.json', min_messages: 10, cap: 7.5, cap_other_languages: 6.5, floor: -3, local_cap: 11.5, local_messages: 2000 })
    expect(s.scores.URL_SHORTENER).toBe(4)
    expect(s.scores.BAYES_00).toBe(-6.5)
    expect(s.scores.GTUBE).toBe(1000)
  })
  it('an unknown symbol is a ConfigError naming scores.NAME and the line', () => {
    expect(() => read('[scores]\nURL_SHORTNER = 2\n')).toThrow(ConfigError)
    expect(() => read('[scores]\nURL_SHORTNER = 2\n')).toThrow(/outpost_policy.ini:2: scores.URL_SHORTNER: unknown setting/)
  })
  it('a bad value names section.key and what was expected', () => {
    expect(() => read('[scores]\nHTML_ONLY = lots\n')).toThrow(/scores.HTML_ONLY = "lots": expected a number/)
    expect(() => read('[bayes]\nenabled = maybe\n')).toThrow(/bayes.enabled = "maybe": expected true or false/)
    expect(() => read('[bayes]\nmin_messages = 0\n')).toThrow(/bayes.min_messages = "0": expected a whole number >= 1/)
    expect(() => read('[bayes]\nmodle = x\n')).toThrow(/bayes.modle: unknown setting/)
  })
  it('the shipped config file parses and documents every symbol with its default score', () => {
    const file = path.join(__dirname, '../../config/outpost_policy.ini')
    const text = fs.readFileSync(file, 'utf8')
    expect(() => readEngineSettings(parseIni(text, file))).not.toThrow()
    const engineBlock = text.slice(text.indexOf('; --- engine settings'))
    for (const r of RULES) expect(engineBlock).toContain(`;${r.name} = ${r.score} `)
  })
})

describe('[brands]', () => {
  it('reads NAME = domains, the name as the rules compare display names', () => {
    const s = read('[brands]\nSparkasse Nordheim = sparkasse-nordheim.de\nCrédit Mutualiste = CMLO-Banque.fr, cmlo.example\n')
    expect(s.brands).toEqual({ 'sparkasse nordheim': ['sparkasse-nordheim.de'], 'credit mutualiste': ['cmlo-banque.fr', 'cmlo.example'] })
    expect(read('[main]\nthreshold = 8\n').brands).toEqual({})
    // as a display name's words are read: "Acme™ Energie" is the brand "acme energie" of "Acme™ Energie <…>"
    expect(read('[brands]\nAcme™ Energie = acme-energie.example\n').brands).toEqual({ 'acme energie': ['acme-energie.example'] })
  })
  it('a short name, a name given twice, no domain or a bad domain is a ConfigError naming brands.NAME and the line', () => {
    expect(() => read('[brands]\nAB = ab.example\n')).toThrow(/outpost_policy.ini:2: brands.AB = "ab.example": expected a brand name of at least 3 letters or digits/)
    expect(() => read('[brands]\nNordwerk = nordwerk.example\nNORDWERK = nordwerk.de\n')).toThrow(/:3: brands.NORDWERK = "nordwerk.de": the brand "nordwerk" is already given on line 2/)
    expect(() => read('[brands]\nNordwerk =\n')).toThrow(/brands.Nordwerk = "": expected the domains the brand really sends from/)
    expect(() => read('[brands]\nNordwerk = https://nordwerk.example/\n')).toThrow(/brands.Nordwerk = "https:\/\/nordwerk.example\/": expected host names separated by commas or spaces, "https:\/\/nordwerk.example\/" is not one/)
  })
})
