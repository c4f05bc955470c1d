// Engine settings from the [bayes] (both classifiers), [lists] (host lists of the link
// rules), [brands], [autolearn] and [scores] sections of config/outpost_policy.ini.
import { readKeys } from '../lib/config_schema'
import { ConfigError, SectionReader, type IniDocument } from '../lib/ini'
import { RULES, type EngineSettings } from './index'
import { AUTOLEARN_SECTION, BAYES_SECTION, DEFAULT_MODEL_PATH, HOST, LISTS_SECTION } from './schema'
import { brandNameKey, NO_BRAND_ADDITIONS, type BrandAdditions } from './rules/brands'
import { NO_ADDITIONS } from './rules/lists'

export { DEFAULT_MODEL_PATH }

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = Object.freeze({
  scores: Object.freeze(Object.fromEntries(RULES.map((r) => [r.name, r.score]))) as Record<string, number>,
  bayes: Object.freeze({
    enabled: BAYES_SECTION.keys.enabled.default,
    shipped: BAYES_SECTION.keys.shipped.default,
    model: BAYES_SECTION.keys.model.default,
    min_messages: BAYES_SECTION.keys.min_messages.default,
    cap: BAYES_SECTION.keys.cap.default,
    cap_other_languages: BAYES_SECTION.keys.cap_other_languages.default,
    floor: BAYES_SECTION.keys.floor.default,
    local_cap: BAYES_SECTION.keys.local_cap.default,
    local_messages: BAYES_SECTION.keys.local_messages.default,
  }),
  logreg: Object.freeze({ enabled: BAYES_SECTION.keys.logreg.default }),
  lists: NO_ADDITIONS,
  brands: NO_BRAND_ADDITIONS,
  autolearn: Object.freeze({
    enabled: AUTOLEARN_SECTION.keys.enabled.default,
    ham_below: AUTOLEARN_SECTION.keys.ham_below.default,
    per_sender_per_day: AUTOLEARN_SECTION.keys.per_sender_per_day.default,
    max_messages: AUTOLEARN_SECTION.keys.max_messages.default,
    flush_interval: AUTOLEARN_SECTION.keys.flush_interval.default,
  }),
}) as EngineSettings

export function readEngineSettings(doc: IniDocument): EngineSettings {
  const b = readKeys(doc, BAYES_SECTION)
  const bayes = {
    enabled: b.enabled, shipped: b.shipped, model: b.model, min_messages: b.min_messages,
    cap: b.cap, cap_other_languages: b.cap_other_languages, floor: b.floor, local_cap: b.local_cap, local_messages: b.local_messages,
  }
  if (bayes.local_cap < bayes.cap) {
    const entry = doc.sections.find((s) => s.name === 'bayes')?.entries.find((e) => e.key === 'local_cap')
    throw new ConfigError(doc.file, entry?.line ?? 0, `bayes.local_cap${entry ? ` = "${entry.value}"` : ''}`, `expected a number >= cap (${bayes.cap}): a grown local model never weighs less`)
  }
  const lists = readKeys(doc, LISTS_SECTION)
  const autolearn = readKeys(doc, AUTOLEARN_SECTION)
  // the second, discriminative classifier shares [bayes]: same tokens, same corpus, shipped model only
  const logreg = { enabled: b.logreg }

  const scoresSection = SectionReader.of(doc, 'scores')
  const scores: Record<string, number> = { ...DEFAULT_ENGINE_SETTINGS.scores }
  for (const name of Object.keys(scores)) {
    scores[name] = scoresSection.number(name, scores[name], { min: -1000, max: 1000 })
  }
  scoresSection.rejectUnknown() // an unknown symbol name is a typo: say so instead of silently ignoring it
  return { scores, bayes, logreg, lists, brands: readBrands(doc), autolearn }
}

/** [brands]: NAME = domains. */
function readBrands(doc: IniDocument): BrandAdditions {
  const section = SectionReader.of(doc, 'brands')
  const brands: Record<string, string[]> = {}
  const lines = new Map<string, number>()
  for (const e of section.entries()) {
    const name = brandNameKey(e.key)
    if (!/[a-z]/.test(name) || name.replace(/[^a-z0-9]/g, '').length < 3) {
      throw section.error(e.key, e, 'expected a brand name of at least 3 letters or digits (in Latin letters), as a From display name writes it')
    }
    if (lines.has(name)) throw section.error(e.key, e, `the brand "${name}" is already given on line ${lines.get(name)}: keep one`)
    const domains = e.value.split(/[\s,]+/).filter(Boolean)
    if (!domains.length) throw section.error(e.key, e, 'expected the domains the brand really sends from, e.g. example.com')
    lines.set(name, e.line)
    brands[name] = domains.map((d) => {
      try {
        return HOST(d)
      } catch (err) {
        throw section.error(e.key, e, (err as Error).message)
      }
    })
  }
  return brands
}
