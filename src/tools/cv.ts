// Cross-validation of the engine on the TRAINING part of the public corpus
// only (held-out messages are never read). Changes to the tokeniser, the
// classifier's parameters and the default scores are chosen by these figures;
// the held-out figures (`npm run eval:holdout`) only confirm a chosen change.
//   npx tsc -p . && node dist/tools/cv.js [--folds K] [--repeats R] [--show-errors N]
//        [--s S] [--x X] [--min-strength D] [--max-clues N]
//        [--calibrate | --calibrate-rules] [--validate] [--ham-limit PCT]
//        [--no-logreg] [--lr-no-extra] [--lr-lambda L] [--lr-epochs N] [--lr-eta E] [--lr-bits B] [--lr-score BAND=N]
// Each fold's messages are classified by a model trained on the other folds
// (the full training model minus that fold's counts) and scored with the rules
// plus the Bayes band their probability falls in, as the engine does; the
// logistic regression is likewise trained on the other folds only (in corpus
// order, as `npm run train` does) and adds its LR_* band. One
// k-fold run depends on how the messages fall into folds; --repeats R pools R
// differently partitioned runs (run 0 folds by corpus bucket, the others by a
// seeded hash), which steadies figures that hinge on a handful of hard ham.
// --calibrate searches the Bayes band scores (--calibrate-rules: and the rule
// scores) for the most spam above 8 with at most --ham-limit % of ham above it;
// --validate calibrates on one half of the messages and measures on the other,
// to show whether such a calibration generalises.
import crypto from 'node:crypto'
import { corpusMessages, isHoldout, type CorpusMessage } from './corpus'
import { readMessageFile } from '../cli/mail_files'
import { factsFromHeaders, THRESHOLDS } from '../cli/eval'
import { parseMessage } from '../engine/message'
import { RULE_FAMILIES } from '../engine/rules/index'
import { DEFAULT_RULE_CONTEXT } from '../engine/rules/context'
import { tokenize } from '../engine/bayes/tokenize'
import { BAYES_BANDS, DEFAULT_PARAMS, classify, countSource, type ClassifierParams } from '../engine/bayes/classify'
import { emptyModel, train } from '../engine/bayes/model'
import { hashFeatures, type HashedFeatures } from '../engine/logreg/features'
import { DEFAULT_LOGREG_PARAMS, predict, trainLogReg, type LogRegParams } from '../engine/logreg/model'
import { LOGREG_BANDS } from '../engine/logreg/bands'
import { bandIn } from '../engine/bands'
import { lrTokens } from '../engine/logreg/tokens'

interface Sample {
  m: CorpusMessage
  fold: number
  tokens: string[]
  /** the rules that fired (scored by the table being evaluated) */
  ruleNames: string[]
  prob: number
  /** hashed features for the logistic regression */
  x: HashedFeatures
  /** logistic-regression probability (undefined when --no-logreg) */
  lrProb?: number
}

/** logistic-regression training parameters (--lr-*); undefined = the classifier is left out */
let lrParams: LogRegParams | undefined = { ...DEFAULT_LOGREG_PARAMS }
/** --lr-no-extra: the regression reads only the Bayes tokens (the features before src/engine/logreg/tokens.ts) */
let extraLr = true

const ruleScore = new Map(RULE_FAMILIES.flatMap((f) => f.rules).map((r) => [r.name, r.score]))

async function prepare(folds: number): Promise<Sample[]> {
  const out: Sample[] = []
  for (const m of corpusMessages().filter((x) => !isHoldout(x))) {
    const raw = readMessageFile(m.file)
    const msg = await parseMessage(raw)
    const facts = await factsFromHeaders(raw)
    const ruleNames: string[] = []
    for (const family of RULE_FAMILIES) family.check(msg, facts, (name) => ruleNames.push(name), DEFAULT_RULE_CONTEXT)
    const tokens = tokenize(msg)
    // the regression reads the Bayes tokens but those of the MIME format, plus its own (subject trigrams, header
    // shapes), as the engine does (lrTokens)
    const x = hashFeatures(extraLr ? lrTokens(tokens, msg) : tokens, lrParams?.bits)
    out.push({ m, fold: m.bucket % folds, tokens, ruleNames, prob: 0.5, x })
  }
  return out
}

/** Fold of a message in repetition r: repetition 0 uses the corpus bucket, later ones a seeded hash. */
function foldOf(s: Sample, folds: number, r: number): number {
  if (r === 0) return s.m.bucket % folds
  return crypto.createHash('sha256').update(`${r}/${s.m.group}/${s.m.file}`).digest().readUInt32BE(0) % folds
}

/** Classify every sample in `repeats` differently partitioned k-fold runs; one Sample per message and run. */
function repeatedCv(samples: Sample[], folds: number, repeats: number, params: ClassifierParams): Sample[] {
  const out: Sample[] = []
  for (let r = 0; r < repeats; r++) {
    const run = samples.map((s) => ({ ...s, fold: foldOf(s, folds, r) }))
    crossClassify(run, folds, params)
    out.push(...run)
  }
  return out
}

function crossClassify(samples: Sample[], folds: number, params: ClassifierParams): void {
  const full = emptyModel()
  for (const s of samples) train(full, s.tokens, s.m.spam)
  for (let k = 0; k < folds; k++) {
    const inFold = samples.filter((s) => s.fold === k)
    // the full model minus this fold = a model that never saw these messages
    for (const s of inFold) train(full, s.tokens, s.m.spam, -1)
    const src = countSource([full])
    for (const s of inFold) s.prob = classify(src, s.tokens, params).prob
    for (const s of inFold) train(full, s.tokens, s.m.spam, 1)
    if (lrParams) {
      // a logistic regression trained, in the corpus order, on the other folds only
      const lr = trainLogReg(samples.filter((s) => s.fold !== k).map((s) => ({ x: s.x, spam: s.m.spam })), lrParams)
      for (const s of inFold) s.lrProb = predict(lr, s.x)
    }
  }
}

/** The Bayes bands in use, most spammy first: the engine's, plus any --extra-band NAME:MIN carved out of them. */
let bandTable: Array<{ name: string; min: number; score: number }> = BAYES_BANDS.map((b) => ({ ...b }))

function bandOf(prob: number): string {
  return bandIn(bandTable, prob)
}

/** symbol name -> score (rules and Bayes bands) */
type BandScores = Record<string, number>

const lrBandTable: Array<{ name: string; min: number; score: number }> = LOGREG_BANDS.map((b) => ({ ...b }))

function lrBandOf(prob: number): string {
  for (const b of lrBandTable) if (prob >= b.min) return b.name
  return lrBandTable[lrBandTable.length - 1].name
}

function totalOf(s: Sample, scores: BandScores): number {
  let t = scores[bandOf(s.prob)]
  if (s.lrProb !== undefined) t += scores[lrBandOf(s.lrProb)]
  for (const n of s.ruleNames) t += scores[n]
  return Math.round(t * 100) / 100
}

function rates(samples: Sample[], bands: BandScores, t: number) {
  let caught = 0
  let flagged = 0
  let nspam = 0
  let nham = 0
  for (const s of samples) {
    const spam = totalOf(s, bands) > t
    if (s.m.spam) {
      nspam++
      if (spam) caught++
    } else {
      nham++
      if (spam) flagged++
    }
  }
  return { caught, flagged, nspam, nham }
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(2)} %`

function table(samples: Sample[], bands: BandScores): string {
  const lines = ['score >  spam caught                ham flagged']
  for (const t of THRESHOLDS) {
    const r = rates(samples, bands, t)
    lines.push(`${String(t).padStart(7)}  ${pct(r.caught, r.nspam).padStart(8)} (${r.caught}/${r.nspam})`.padEnd(36) + `${pct(r.flagged, r.nham).padStart(7)} (${r.flagged}/${r.nham})`)
  }
  return lines.join('\n')
}

/**
 * Coordinate search over the Bayes band scores (monotone, half-point steps):
 * most spam above 8 with at most hamLimit of ham above it, ties broken by the
 * smaller distance of ham from the threshold (more margin).
 */
function calibrate(samples: Sample[], start: BandScores, hamLimit: number, withRules: boolean): BandScores {
  const bayesNames = bandTable.map((b) => b.name)
  const lrNames = lrParams ? lrBandTable.map((b) => b.name) : []
  const bandNames = [...bayesNames, ...lrNames]
  const names = withRules ? [...bandNames, ...ruleScore.keys()].filter((n) => n !== 'GTUBE') : bandNames
  const monotone = (group: string[], b: BandScores) => group.every((n, j) => j === 0 || b[n] <= b[group[j - 1]])
  const maxFlagged = Math.floor((hamLimit / 100) * samples.filter((s) => !s.m.spam).length + 1e-9)
  const objective = (b: BandScores) => {
    const r = rates(samples, b, 8)
    if (r.flagged > maxFlagged) return -1e9 + r.caught - 1000 * r.flagged
    // margin: summed ham score above 4 (ham should sit well below the threshold)
    let hamPressure = 0
    for (const s of samples) if (!s.m.spam) hamPressure += Math.max(0, totalOf(s, b) - 4)
    return r.caught - hamPressure / 1000
  }
  let best = { ...start }
  let bestVal = objective(best)
  for (let round = 0; round < 6; round++) {
    let improved = false
    for (let i = 0; i < names.length; i++) {
      for (const step of [-1, -0.5, 0.5, 1]) {
        const cand = { ...best, [names[i]]: best[names[i]] + step }
        // band scores must not rise as the probability falls; rules only add evidence of spam
        if (!monotone(bayesNames, cand) || !monotone(lrNames, cand)) continue
        if (cand[names[i]] > 10 || cand[names[i]] < -6) continue
        if (i >= bandNames.length && cand[names[i]] < 0) continue
        const v = objective(cand)
        if (v > bestVal + 1e-9) {
          best = cand
          bestVal = v
          improved = true
        }
      }
    }
    if (!improved) break
  }
  return best
}

async function main(argv: string[]): Promise<void> {
  let folds = 7
  let hamLimit = 0.17
  let doCalibrate = false
  let withRules = false
  let validate = false
  let showErrors = 0
  let repeats = 1
  const params: ClassifierParams = { ...DEFAULT_PARAMS }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--folds') folds = Number(argv[++i])
    else if (argv[i] === '--ham-limit') hamLimit = Number(argv[++i])
    else if (argv[i] === '--score') {
      const [name, value] = argv[++i].split('=')
      if (!ruleScore.has(name)) throw new Error(`--score: unknown rule ${name}`)
      ruleScore.set(name, Number(value))
    } else if (argv[i] === '--extra-band') {
      const [name, min] = argv[++i].split(':')
      // starts with the score of the band it is carved out of
      const from = bandTable.find((b) => Number(min) >= b.min)!
      bandTable = [...bandTable, { name, min: Number(min), score: from.score }].sort((a, b) => b.min - a.min)
    } else if (argv[i] === '--repeats') repeats = Number(argv[++i])
    else if (argv[i] === '--calibrate') doCalibrate = true
    else if (argv[i] === '--calibrate-rules') doCalibrate = withRules = true
    else if (argv[i] === '--validate') doCalibrate = validate = true
    else if (argv[i] === '--show-errors') showErrors = Number(argv[++i])
    else if (argv[i] === '--s') params.s = Number(argv[++i])
    else if (argv[i] === '--x') params.x = Number(argv[++i])
    else if (argv[i] === '--min-strength') params.minStrength = Number(argv[++i])
    else if (argv[i] === '--max-clues') params.maxClues = Number(argv[++i])
    else if (argv[i] === '--no-logreg') lrParams = undefined
    else if (argv[i] === '--lr-no-extra') extraLr = false
    else if (argv[i] === '--lr-lambda') lrParams = { ...lrParams!, lambda: Number(argv[++i]) }
    else if (argv[i] === '--lr-epochs') lrParams = { ...lrParams!, epochs: Number(argv[++i]) }
    else if (argv[i] === '--lr-eta') lrParams = { ...lrParams!, eta0: Number(argv[++i]) }
    else if (argv[i] === '--lr-bits') lrParams = { ...lrParams!, bits: Number(argv[++i]) }
    else if (argv[i] === '--lr-score') {
      const [name, value] = argv[++i].split('=')
      const band = lrBandTable.find((b) => b.name === name)
      if (!band) throw new Error(`--lr-score: unknown band ${name}`)
      band.score = Number(value)
    }
    else throw new Error(`unknown argument ${argv[i]}`)
  }
  const samples = repeatedCv(await prepare(folds), folds, repeats, params)
  const bands: BandScores = {
    ...Object.fromEntries(ruleScore),
    ...Object.fromEntries(bandTable.map((b) => [b.name, b.score])),
    ...Object.fromEntries(lrBandTable.map((b) => [b.name, b.score])),
  }
  const nspam = samples.filter((s) => s.m.spam).length
  process.stdout.write(`${folds}-fold cross-validation on the training part${repeats > 1 ? `, ${repeats} differently partitioned runs pooled` : ''}: ${nspam} spam, ${samples.length - nspam} ham (held-out never read)\n\n`)
  process.stdout.write(`default scores:\n${table(samples, bands)}\n`)
  {
    // the trade-off curve whatever the threshold: spam above the score only the N most spammy ham exceed
    const hamTotals = samples.filter((s) => !s.m.spam).map((s) => totalOf(s, bands)).sort((a, b) => b - a)
    const spamTotals = samples.filter((s) => s.m.spam).map((s) => totalOf(s, bands))
    const at = (share: number) => {
      const cut = hamTotals[Math.floor((share / 100) * hamTotals.length)]
      return `ham ${share} %: ${pct(spamTotals.filter((x) => x > cut).length, spamTotals.length)} (> ${cut})`
    }
    process.stdout.write(`default scores, best threshold for ${[0.1, 0.17, 0.2, 0.3].map(at).join('; ')}\n`)
  }
  // Bayes alone: how separable the classes are, whatever the rules add
  const bayesOnly = (lo: number) => {
    const sp = samples.filter((s) => s.m.spam && s.prob >= lo).length
    const hm = samples.filter((s) => !s.m.spam && s.prob >= lo).length
    return `p >= ${lo}: spam ${pct(sp, nspam)}  ham ${pct(hm, samples.length - nspam)} (${hm})`
  }
  process.stdout.write(`\nBayes alone: ${[0.6, 0.8, 0.95, 0.99, 0.999].map(bayesOnly).join('; ')}\n`)
  // Bayes alone at a fixed ham budget: spam above the probability that only N ham exceed
  const hamProbs = samples.filter((s) => !s.m.spam).map((s) => s.prob).sort((a, b) => b - a)
  const atBudget = (n: number) => {
    const cut = hamProbs[n * repeats]
    return `${n}: ${pct(samples.filter((s) => s.m.spam && s.prob > cut).length, nspam)}`
  }
  process.stdout.write(`Bayes alone, spam more spammy than all but the N most spammy ham (per run), N = ${[2, 5, 10].map(atBudget).join(', ')}\n`)
  // SpamBayes' cost figure (ham_cutoff 0.2, spam_cutoff 0.9): a false positive costs 10, a
  // false negative 1, an unsure 0.2; smoother than counts at one threshold
  let cost = 0
  for (const s of samples) {
    if (s.m.spam) cost += s.prob < 0.2 ? 1 : s.prob < 0.9 ? 0.2 : 0
    else cost += s.prob > 0.9 ? 10 : s.prob > 0.2 ? 0.2 : 0
  }
  if (lrParams) {
    // the logistic regression alone, on the same footing as Bayes above
    const lrHam = samples.filter((s) => !s.m.spam).map((s) => s.lrProb!).sort((a, b) => b - a)
    const lrAt = (n: number) => `${n}: ${pct(samples.filter((s) => s.m.spam && s.lrProb! > lrHam[n * repeats]).length, nspam)}`
    let lrLoss = 0
    for (const s of samples) lrLoss -= Math.log(Math.min(1 - 1e-12, Math.max(1e-12, s.m.spam ? s.lrProb! : 1 - s.lrProb!)))
    process.stdout.write(`LR alone (lambda ${lrParams.lambda}, ${lrParams.epochs} epochs, eta0 ${lrParams.eta0}, 2^${lrParams.bits}), N = ${[2, 5, 10].map(lrAt).join(', ')}; mean log-loss ${(lrLoss / samples.length).toFixed(4)}\n`)
    const both = (n: number) => {
      // the two probabilities averaged in log-odds, as a check of how much they disagree
      const lo = (p: number) => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p))
      const v = (s: Sample) => lo(s.prob) + lo(s.lrProb!)
      const hv = samples.filter((s) => !s.m.spam).map(v).sort((a, b) => b - a)
      return `${n}: ${pct(samples.filter((s) => s.m.spam && v(s) > hv[n * repeats]).length, nspam)}`
    }
    process.stdout.write(`Bayes + LR log-odds summed, N = ${[2, 5, 10].map(both).join(', ')}\n`)
  }
  process.stdout.write(`Bayes alone, SpamBayes cost (10 per FP, 1 per FN, 0.2 per unsure): ${(cost / repeats).toFixed(1)}\n`)
  if (validate) {
    // does calibrating generalise? calibrate on one half of the messages, measure on the other
    const half = (s: Sample) => crypto.createHash('sha256').update(`half/${s.m.file}`).digest()[0] & 1
    for (const h of [0, 1]) {
      const fit = samples.filter((s) => half(s) === h)
      const test = samples.filter((s) => half(s) !== h)
      const best = calibrate(fit, bands, hamLimit, withRules)
      process.stdout.write(`\nhalf ${h}: calibrated on it, measured on the other half\n  default:    ${table(test, bands).split('\n')[4]}\n  calibrated: ${table(test, best).split('\n')[4]}\n`)
    }
  } else if (doCalibrate) {
    const best = calibrate(samples, bands, hamLimit, withRules)
    const changed = Object.keys(best).filter((n) => best[n] !== bands[n]).map((n) => `  ${n} ${bands[n]} -> ${best[n]}`)
    process.stdout.write(`\ncalibrated scores (ham above 8 at most ${hamLimit} %), changed:\n${changed.join('\n')}\n${table(samples, best)}\n`)
  }
  if (showErrors) {
    const fp = samples.filter((s) => !s.m.spam && totalOf(s, bands) > 8)
    const fn = samples.filter((s) => s.m.spam && totalOf(s, bands) <= 8).sort((a, b) => totalOf(b, bands) - totalOf(a, bands))
    const line = (s: Sample) => `  ${totalOf(s, bands).toFixed(1).padStart(6)} p=${s.prob.toFixed(4)} lr=${s.lrProb?.toFixed(4) ?? '-'} ${s.m.group}/${s.m.file.split('/').pop()} ${s.ruleNames.join(' ')}`
    process.stdout.write(`\nham flagged (${fp.length}):\n${fp.map(line).join('\n')}\nspam missed (${fn.length}, first ${showErrors}):\n${fn.slice(0, showErrors).map(line).join('\n')}\n`)
  }
}

if (require.main === module) {
  process.stdout.on('error', () => process.exit(0)) // output piped into head
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`cv: ${(err as Error).stack}\n`)
    process.exit(1)
  })
}
