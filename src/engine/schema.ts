// [bayes] and [scores] of config/outpost_policy.ini (the built-in engine's
// settings), declared once (see src/lib/config_schema.ts) and read by
// src/engine/settings.ts.
import { bool, integer, section, text } from '../lib/config_schema'
import { RULES } from './index'

export const DEFAULT_MODEL_PATH = 'var/bayes/model.json'

export const BAYES_SECTION = section('bayes', {
  comment: [
    'The statistical classifiers: Robinson-Fisher chi-square Bayes over message tokens',
    '(BAYES_*), and logistic regression over the same tokens (LR_*, key logreg below).',
  ],
  keys: {
    enabled: bool(true, 'Score messages with the classifier (symbols BAYES_00 .. BAYES_999); false gives BAYES_SKIPPED.', { ship: 'set' }),
    shipped: bool(true, 'Include the model shipped in models/outpost-bayes.json (trained on the public SpamAssassin corpus); its counts are added to the local model\'s. false uses only the local model.', { ship: 'set' }),
    model: text(
      DEFAULT_MODEL_PATH,
      'The local model that `outpost learn` writes, relative to the install directory; a running gateway reloads it within 10 s of a change. A missing file means no local model yet; an unreadable one stops start-up.',
      { ship: 'set', type: 'path', check: (v) => { if (v === '') throw new Error('expected a file path relative to the install directory') } },
    ),
    min_messages: integer(50, 'The classifier is used only once the combined model holds at least this many spam and this many ham messages (else BAYES_SKIPPED, score 0).', { min: 1, ship: 'set' }),
    logreg: bool(
      true,
      'Also score with the second, discriminative classifier: L2-regularised logistic regression over the same tokens plus subject character trigrams and the shapes of a few header values, hashed into 2^18 features (symbols LR_HAM_01 .. LR_SPAM_99; false gives LR_SKIPPED). Shipped model models/outpost-logreg.bin only: `outpost learn` does not retrain it. Independent of enabled/shipped above.',
      { ship: 'set' },
    ),
  },
})

export const SCORES_SECTION = section('scores', {
  comment: [
    'SYMBOL = number (-1000 .. 1000): overrides the default score of one symbol.',
    'Every symbol is listed below, commented out, with its default score and meaning;',
    'an unknown symbol name is an error. Set a score to 0 to disable a rule.',
  ],
  keys: {},
  entries: {
    key: 'SYMBOL',
    value: 'score',
    type: 'number -1000..1000',
    shown: 'the symbol table above',
    meaning: 'overrides that symbol\'s score; unknown symbol names are errors',
    shipped: () => RULES.map((r) => `${`;${r.name} = ${r.score}`.padEnd(38)}; ${r.description}`),
  },
})
