// Engine settings from the [bayes] (both classifiers), [lists] (host lists of the
// URI rules) and [scores] sections of config/outpost_policy.ini.
import { SectionReader, type IniDocument } from '../lib/ini'
import { RULES, type EngineSettings } from './index'
import { NO_ADDITIONS, type ListAdditions } from './rules/lists'
import { DEFAULT_AUTOLEARN, type AutoLearnSettings } from './autolearn'

export const DEFAULT_MODEL_PATH = 'var/bayes/model.json'

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = Object.freeze({
  scores: Object.freeze(Object.fromEntries(RULES.map((r) => [r.name, r.score]))) as Record<string, number>,
  bayes: Object.freeze({ enabled: true, shipped: true, model: DEFAULT_MODEL_PATH, min_messages: 50, cap: 6, floor: -3, local_cap: 11.5, local_messages: 2000 }),
  logreg: Object.freeze({ enabled: true }),
  lists: NO_ADDITIONS,
  autolearn: DEFAULT_AUTOLEARN,
}) as EngineSettings

export function readEngineSettings(doc: IniDocument): EngineSettings {
  const bayesSection = SectionReader.of(doc, 'bayes')
  const bayes = {
    enabled: bayesSection.bool('enabled', DEFAULT_ENGINE_SETTINGS.bayes.enabled),
    shipped: bayesSection.bool('shipped', DEFAULT_ENGINE_SETTINGS.bayes.shipped),
    model: bayesSection.string('model', DEFAULT_MODEL_PATH),
    min_messages: bayesSection.number('min_messages', DEFAULT_ENGINE_SETTINGS.bayes.min_messages, { min: 1, integer: true }),
    cap: bayesSection.number('cap', DEFAULT_ENGINE_SETTINGS.bayes.cap, { min: 0, max: 1000 }),
    floor: bayesSection.number('floor', DEFAULT_ENGINE_SETTINGS.bayes.floor, { min: -1000, max: 0 }),
    local_cap: bayesSection.number('local_cap', DEFAULT_ENGINE_SETTINGS.bayes.local_cap, { min: 0, max: 1000 }),
    local_messages: bayesSection.number('local_messages', DEFAULT_ENGINE_SETTINGS.bayes.local_messages, { min: 1, integer: true }),
  }
  if (bayes.local_cap < bayes.cap) throw bayesSection.error('local_cap', bayesSection.entry('local_cap'), `expected a number >= cap (${bayes.cap}): a grown local model never weighs less`)
  if (bayes.model === '') throw bayesSection.error('model', bayesSection.entry('model'), 'expected a file path relative to the install directory')
  // the second, discriminative classifier shares [bayes]: same tokens, same corpus, shipped model only
  const logreg = { enabled: bayesSection.bool('logreg', DEFAULT_ENGINE_SETTINGS.logreg.enabled) }
  bayesSection.rejectUnknown()

  const listsSection = SectionReader.of(doc, 'lists')
  const lists: ListAdditions = { shorteners: [], redirectors: [], free_hosting: [], ipfs_gateways: [], esp_tracking: [] }
  for (const key of Object.keys(lists) as Array<keyof ListAdditions>) {
    const hosts = listsSection.list(key).map((h) => h.toLowerCase())
    const bad = hosts.find((h) => !/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10}$/.test(h))
    if (bad) throw listsSection.error(key, listsSection.entry(key), `expected host names separated by commas or spaces, "${bad}" is not one`)
    lists[key] = hosts
  }
  listsSection.rejectUnknown()

  const al = SectionReader.of(doc, 'autolearn')
  const autolearn: AutoLearnSettings = {
    enabled: al.bool('enabled', DEFAULT_AUTOLEARN.enabled),
    ham_below: al.number('ham_below', DEFAULT_AUTOLEARN.ham_below, { min: -1000, max: 1000 }),
    per_sender_per_day: al.number('per_sender_per_day', DEFAULT_AUTOLEARN.per_sender_per_day, { min: 1, integer: true }),
    max_messages: al.number('max_messages', DEFAULT_AUTOLEARN.max_messages, { min: 1, integer: true }),
  }
  al.rejectUnknown()

  const scoresSection = SectionReader.of(doc, 'scores')
  const scores: Record<string, number> = { ...DEFAULT_ENGINE_SETTINGS.scores }
  for (const name of Object.keys(scores)) {
    scores[name] = scoresSection.number(name, scores[name], { min: -1000, max: 1000 })
  }
  scoresSection.rejectUnknown() // an unknown symbol name is a typo: say so instead of silently ignoring it
  return { scores, bayes, logreg, lists, autolearn }
}
