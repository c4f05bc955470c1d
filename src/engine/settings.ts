// Engine settings from the [bayes] (both classifiers) and [scores] sections of config/outpost_policy.ini.
import { readKeys } from '../lib/config_schema'
import { SectionReader, type IniDocument } from '../lib/ini'
import { RULES, type EngineSettings } from './index'
import { BAYES_SECTION, DEFAULT_MODEL_PATH } from './schema'

export { DEFAULT_MODEL_PATH }

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = Object.freeze({
  scores: Object.freeze(Object.fromEntries(RULES.map((r) => [r.name, r.score]))) as Record<string, number>,
  bayes: Object.freeze({
    enabled: BAYES_SECTION.keys.enabled.default,
    shipped: BAYES_SECTION.keys.shipped.default,
    model: BAYES_SECTION.keys.model.default,
    min_messages: BAYES_SECTION.keys.min_messages.default,
  }),
  logreg: Object.freeze({ enabled: BAYES_SECTION.keys.logreg.default }),
}) as EngineSettings

export function readEngineSettings(doc: IniDocument): EngineSettings {
  const b = readKeys(doc, BAYES_SECTION)
  const bayes = { enabled: b.enabled, shipped: b.shipped, model: b.model, min_messages: b.min_messages }
  // the second, discriminative classifier shares [bayes]: same tokens, same corpus, shipped model only
  const logreg = { enabled: b.logreg }

  const scoresSection = SectionReader.of(doc, 'scores')
  const scores: Record<string, number> = { ...DEFAULT_ENGINE_SETTINGS.scores }
  for (const name of Object.keys(scores)) {
    scores[name] = scoresSection.number(name, scores[name], { min: -1000, max: 1000 })
  }
  scoresSection.rejectUnknown() // an unknown symbol name is a typo: say so instead of silently ignoring it
  return { scores, bayes, logreg }
}
