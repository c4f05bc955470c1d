// Engine settings from the [bayes] (both classifiers) and [scores] sections of config/outpost_policy.ini.
import { SectionReader, type IniDocument } from '../lib/ini'
import { RULES, type EngineSettings } from './index'

export const DEFAULT_MODEL_PATH = 'var/bayes/model.json'

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = Object.freeze({
  scores: Object.freeze(Object.fromEntries(RULES.map((r) => [r.name, r.score]))) as Record<string, number>,
  bayes: Object.freeze({ enabled: true, shipped: true, model: DEFAULT_MODEL_PATH, min_messages: 50 }),
  logreg: Object.freeze({ enabled: true }),
}) as EngineSettings

export function readEngineSettings(doc: IniDocument): EngineSettings {
  const bayesSection = SectionReader.of(doc, 'bayes')
  const bayes = {
    enabled: bayesSection.bool('enabled', DEFAULT_ENGINE_SETTINGS.bayes.enabled),
    shipped: bayesSection.bool('shipped', DEFAULT_ENGINE_SETTINGS.bayes.shipped),
    model: bayesSection.string('model', DEFAULT_MODEL_PATH),
    min_messages: bayesSection.number('min_messages', DEFAULT_ENGINE_SETTINGS.bayes.min_messages, { min: 1, integer: true }),
  }
  if (bayes.model === '') throw bayesSection.error('model', bayesSection.entry('model'), 'expected a file path relative to the install directory')
  // the second, discriminative classifier shares [bayes]: same tokens, same corpus, shipped model only
  const logreg = { enabled: bayesSection.bool('logreg', DEFAULT_ENGINE_SETTINGS.logreg.enabled) }
  bayesSection.rejectUnknown()

  const scoresSection = SectionReader.of(doc, 'scores')
  const scores: Record<string, number> = { ...DEFAULT_ENGINE_SETTINGS.scores }
  for (const name of Object.keys(scores)) {
    scores[name] = scoresSection.number(name, scores[name], { min: -1000, max: 1000 })
  }
  scoresSection.rejectUnknown() // an unknown symbol name is a typo: say so instead of silently ignoring it
  return { scores, bayes, logreg }
}
