// The engine with its rules only, for unit tests of rules: the classifiers have their own tests, and must
// not mask what a rule does.
import type { EngineSettings } from '../../src/engine/index'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'

export const RULES_ONLY: EngineSettings = {
  ...DEFAULT_ENGINE_SETTINGS,
  bayes: { ...DEFAULT_ENGINE_SETTINGS.bayes, enabled: false },
  logreg: { enabled: false },
}
