// The built-in scoring engine: raw message + envelope facts -> named symbols
// with scores on SpamAssassin's scale (5 = likely spam, 8 = confident).
// Pure library: no Haraka, no network. See README "Built-in scoring engine".
import fs from 'node:fs'
import path from 'node:path'
import type { ScoredSymbol } from '../lib/verdict'
import type { MessageFacts, RuleInfo } from './types'
import { parseMessage, textPart } from './message'
import { RULE_FAMILIES } from './rules/index'
import { attachedPage } from './rules/document'
import { checkForwardedSender } from './rules/forwarded'
import { tokenize } from './bayes/tokenize'
import { BAYES_BANDS, bandOf, classify, countSource, type CountSource } from './bayes/classify'
import { loadModel, type BayesModel } from './bayes/model'
import { hashFeatures } from './logreg/features'
import { lrTokens } from './logreg/tokens'
import { loadLogReg, predict, type LogRegModel } from './logreg/model'
import { LOGREG_BANDS, logregBandOf } from './logreg/bands'
import type { ListAdditions } from './rules/lists'
import type { BrandAdditions } from './rules/brands'
import { ruleContext } from './rules/context'
import type { AutoLearnSettings } from './autolearn'
import { linkDomains } from './domains'
import { looksEnglish } from './language'

export type { MessageFacts } from './types'

export interface EngineResult {
  /** sum of the symbols' scores */
  score: number
  /** what the rules alone found (the symbols before the classifiers'): automatic learning reads it */
  ruleScore?: number
  symbols: ScoredSymbol[]
  /** time spent scoring this message */
  ms: number
  /** set when no score could be computed at all; the caller must not treat the message as clean */
  skipped?: string
  /**
   * the organisational domains the message's links lead to, most linked first,
   * at most LINK_DOMAINS_MAX (src/engine/domains.ts): for the URI blocklist
   * lookups of the policy layer (src/policy/uribl.ts), which the engine, being
   * pure, does not make itself
   */
  linkDomains?: string[]
}

export interface BayesSettings {
  enabled: boolean
  /** path of the admin-trained model, relative to the install dir (written by `outpost learn`) */
  model?: string
  /** include the model shipped in models/outpost-bayes.json */
  shipped: boolean
  /** messages of each kind the combined model must hold before it is used */
  min_messages: number
  /** the most points the classifiers (Bayes + logistic regression) may add together while the local model is empty */
  cap: number
  /** the cap on a message whose text is not recognisably English (src/engine/language.ts); never above cap */
  cap_other_languages?: number
  /** the fewest points (most negative) they may add together */
  floor: number
  /** the most they may add once the local model holds local_messages messages */
  local_cap: number
  /** messages (spam + ham) in the local model at which it has its full weight; linear before */
  local_messages: number
}

export interface LogRegSettings {
  /** score with the shipped logistic-regression model (LR_* symbols) */
  enabled: boolean
}

export interface EngineSettings {
  /** symbol name -> score */
  scores: Record<string, number>
  bayes: BayesSettings
  logreg: LogRegSettings
  /** the admin's additions to the shipped host lists of the URI rules ([lists]) */
  lists?: ListAdditions
  /** the admin's brands: a name as a display name writes it -> the domains it really sends from ([brands]) */
  brands?: BrandAdditions
  /** automatic learning of delivered mail into the local model ([autolearn]) */
  autolearn?: AutoLearnSettings
}

export interface Engine {
  score(raw: Buffer, facts: MessageFacts): Promise<EngineResult>
}

export interface EngineOptions {
  /** where relative paths (bayes.model) are resolved; default: the current directory */
  installDir?: string
  /** receives a line when the admin model changed on disk and was (or could not be) reloaded */
  /** level 'error' for what an admin must act on (a model that cannot be read); else information */
  log?: (line: string, level?: 'info' | 'error') => void
  /** how often the admin model file is checked for changes; default 10 s */
  modelCheckMs?: number
  /** an in-memory local model used instead of the file (outpost eval --online learns into it as it goes) */
  localModel?: BayesModel
  /**
   * models used in place of the shipped files (models/): `npm run oof` scores each fold of the training part with
   * models trained without it; [bayes] shipped and logreg still say whether each is used
   */
  shippedModels?: { bayes: BayesModel; logreg: LogRegModel }
}

const BAYES_SKIPPED: RuleInfo = { name: 'BAYES_SKIPPED', score: 0, description: 'classifier not used (disabled or too few messages learned); informational' }

const CLASSIFIER_CAP: RuleInfo = {
  name: 'CLASSIFIER_CAP',
  score: 0,
  description: 'brings what BAYES_* and LR_* add together back within [bayes] floor..cap (cap_other_languages for text that is not recognisably English; the cap grows to local_cap with the local model; the floor is 0 when an attached PDF or Word document says more than the message, whose note alone the classifiers read, for a hijacked thread\'s reply, REPLY_PAYLOAD, whose quoted conversation they read, for PASTE_AND_RUN, whose command is not in the words they read, and for a DOCUMENT_LURE notice whose document is an attached web page, which they do not read); its score is the correction',
}

const LR_SKIPPED: RuleInfo = { name: 'LR_SKIPPED', score: 0, description: 'logistic-regression classifier disabled; informational' }

/** Every symbol the engine can emit, with its default score. */
export const RULES: ReadonlyArray<RuleInfo> = Object.freeze([
  ...RULE_FAMILIES.flatMap((f) => f.rules),
  ...BAYES_BANDS.map(({ name, score, description }) => ({ name, score, description })),
  BAYES_SKIPPED,
  ...LOGREG_BANDS.map(({ name, score, description }) => ({ name, score, description })),
  LR_SKIPPED,
  CLASSIFIER_CAP,
])

/** The model trained on the public corpus, shipped in the repository. */
export const SHIPPED_MODEL_PATH = path.resolve(__dirname, '..', '..', 'models', 'outpost-bayes.json')

/** The logistic-regression weights trained on the same corpus, shipped in the repository (`npm run train`). */
export const SHIPPED_LOGREG_PATH = path.resolve(__dirname, '..', '..', 'models', 'outpost-logreg.bin')

let shippedCache: BayesModel | undefined
function shippedModel(): BayesModel {
  if (!shippedCache) shippedCache = loadModel(SHIPPED_MODEL_PATH)
  return shippedCache
}

let shippedLogRegCache: LogRegModel | undefined
function shippedLogReg(): LogRegModel {
  if (!shippedLogRegCache) shippedLogRegCache = loadLogReg(SHIPPED_LOGREG_PATH)
  return shippedLogRegCache
}

function round2(n: number): number {
  return Math.round(n * 100) / 100
}

export function createEngine(settings: EngineSettings, opts: EngineOptions = {}): Engine {
  const scores = settings.scores
  const scoreOf = (name: string): number => scores[name] ?? RULES.find((r) => r.name === name)?.score ?? 0
  const bayes = settings.bayes
  const localFile = bayes.enabled && bayes.model && !opts.localModel ? path.resolve(opts.installDir ?? process.cwd(), bayes.model) : undefined
  const checkEvery = opts.modelCheckMs ?? 10_000
  const ctx = ruleContext(settings.lists, settings.brands)
  // settings from before the cap existed (tests, old callers) keep their classifiers uncapped
  const cap = bayes.cap ?? Infinity
  const capOther = Math.min(cap, bayes.cap_other_languages ?? cap)
  const floor = bayes.floor ?? -Infinity
  const localCap = Math.max(cap, bayes.local_cap ?? cap)
  const localFull = bayes.local_messages ?? 1

  // models load now, so a broken file stops start-up instead of silently scoring without Bayes
  const base = bayes.enabled && bayes.shipped ? (opts.shippedModels?.bayes ?? shippedModel()) : undefined
  let local: BayesModel | undefined = bayes.enabled ? opts.localModel : undefined
  let localStamp = ''
  const stampOf = (st: fs.Stats) => `${st.mtimeMs}:${st.size}:${st.ino}`
  if (localFile && fs.existsSync(localFile)) {
    localStamp = stampOf(fs.statSync(localFile))
    local = loadModel(localFile)
  }
  // loaded now for the same reason: a missing or broken weights file stops start-up
  // (settings from before the regression existed have no logreg key: they get the default, enabled)
  const logreg = settings.logreg?.enabled !== false ? (opts.shippedModels?.logreg ?? shippedLogReg()) : undefined
  let source: CountSource | undefined
  const rebuild = () => {
    source = bayes.enabled ? countSource([base, local].filter((m): m is BayesModel => !!m)) : undefined
  }
  rebuild()
  let lastCheck = Date.now()

  async function refreshLocal(): Promise<void> {
    if (!localFile || Date.now() - lastCheck < checkEvery) return
    lastCheck = Date.now()
    let stamp = ''
    try {
      stamp = stampOf(await fs.promises.stat(localFile))
    } catch {
      stamp = ''
    }
    if (stamp === localStamp) return
    try {
      local = stamp ? loadModel(localFile) : undefined
      localStamp = stamp
      rebuild()
      opts.log?.(`outpost engine: ${stamp ? 'reloaded' : 'dropped (file removed)'} Bayes model ${localFile}`)
    } catch (err) {
      localStamp = stamp // report a broken file once, keep the last good model
      opts.log?.(`outpost engine: keeping the previous Bayes model, ${(err as Error).message}`, 'error')
    }
  }

  async function score(raw: Buffer, facts: MessageFacts): Promise<EngineResult> {
    const started = performance.now()
    const symbols: ScoredSymbol[] = []
    try {
      await refreshLocal()
      const buf = Buffer.isBuffer(raw) ? raw : Buffer.from(raw ?? '')
      const safeFacts: MessageFacts = {
        mailFrom: facts?.mailFrom ?? '',
        rcptTo: Array.isArray(facts?.rcptTo) ? facts.rcptTo : [],
        clientIp: facts?.clientIp,
        helo: facts?.helo,
        authUser: facts?.authUser,
      }
      const msg = await parseMessage(buf)
      const hit = (name: string, evidence?: string) => {
        const s: ScoredSymbol = { name, score: scoreOf(name) }
        if (evidence !== undefined) s.evidence = evidence
        symbols.push(s)
      }
      for (const family of RULE_FAMILIES) family.check(msg, safeFacts, hit, ctx)
      checkForwardedSender(msg, safeFacts, hit, ctx, symbols)
      let tokens: string[] | undefined
      const tokensOf = () => (tokens ??= tokenize(msg))
      const before = symbols.length
      if (!source) hit('BAYES_SKIPPED', 'disabled')
      else if (source.nspam < bayes.min_messages || source.nham < bayes.min_messages) {
        hit('BAYES_SKIPPED', `model has ${source.nspam} spam and ${source.nham} ham, needs ${bayes.min_messages} of each`)
      } else {
        const { prob } = classify(source, tokensOf())
        hit(bandOf(prob), prob.toFixed(4))
      }
      if (!logreg) hit('LR_SKIPPED', 'disabled')
      else {
        const prob = predict(logreg, hashFeatures(lrTokens(tokensOf(), msg), logreg.bits))
        hit(logregBandOf(prob), prob.toFixed(4))
      }
      // The shipped classifiers learned somebody else's mail: alone they must not decide the
      // verdict. What they add together stays within floor..cap, so spam needs evidence of abuse
      // from the rules; as the local model (this gateway's own mail) grows, the cap rises
      // linearly to local_cap.
      let classifierPoints = 0
      for (let i = before; i < symbols.length; i++) classifierPoints += symbols[i].score
      const localSize = local ? local.nspam + local.nham : 0
      const growth = Math.min(1, localSize / localFull)
      // what they know of other languages is mostly lures: there they may add less (the local
      // model, learned from this gateway's own mail in its own languages, still raises the cap)
      // (read only when it matters: classifiers within the lower cap are kept as they are either way)
      const other = capOther < cap && classifierPoints > capOther && !looksEnglish(`${msg.subject}\n${msg.text}`)
      const capHere = other ? capOther : cap
      const limit = capHere + (localCap - capHere) * growth
      // they read the message, not its attached documents: when a PDF or a Word document says more than the message
      // ("Please see the attached"), their ham opinion is of the note alone and is not counted against what the rules
      // read in the document
      const unread = msg.attachmentText !== '' && msg.attachmentText.length > textPart(msg).trim().length
      // The readings below hold the floor at 0 only where they score: an operator who sets one to 0 in [scores] turns the
      // reading and its floor off. The rules have run: what they found is in the symbols.
      const scored = (name: string) => symbols.some((s) => s.name === name && s.score > 0)
      // (thirty-fifth round) nor against a hijacked thread's reply: its own words are a line or two, and their ham opinion
      // is of the victim's genuine conversation quoted below them (src/engine/rules/thread_hijack.ts)
      const hijacked = scored('REPLY_PAYLOAD')
      // (thirty-sixth round) nor against the steps that paste and run a command ("ClickFix", src/engine/rules/paste_and_run.ts):
      // what the reader is made to run is on the clipboard, not in the words the classifiers read
      const pasted = scored('PASTE_AND_RUN')
      // (thirty-sixth round) nor against a document notice whose document is an attached web page (DOCUMENT_LURE's action,
      // "New voicemail … open the attachment to play" with VM_Play.htm): they read the note, not the page
      const page = scored('DOCUMENT_LURE') && attachedPage(msg) !== undefined
      const floorHere = unread || hijacked || pasted || page ? Math.max(floor, 0) : floor
      const kept = Math.min(limit, Math.max(floorHere, classifierPoints))
      if (Math.abs(kept - classifierPoints) > 1e-9) {
        symbols.push({
          name: 'CLASSIFIER_CAP',
          score: round2(kept - classifierPoints),
          evidence: `classifiers ${round2(classifierPoints)}, kept ${round2(kept)} (range ${round2(floorHere)}..${round2(limit)}${other ? ', not English' : ''}${unread ? ', the attached document unread' : ''}${hijacked ? ', the quoted conversation of a hijacked thread' : ''}${pasted ? ', a command to paste and run' : ''}${page ? ', the attached page unread' : ''}${localSize ? `, local model ${localSize} messages` : ''})`,
        })
      }
      let total = 0
      for (const s of symbols) total += s.score
      let rulePoints = 0
      for (let i = 0; i < before; i++) rulePoints += symbols[i].score
      return { score: round2(total), ruleScore: round2(rulePoints), symbols, ms: round2(performance.now() - started), linkDomains: linkDomains([...msg.links, ...msg.attachmentLinks].map((l) => l.host)) }
    } catch (err) {
      return {
        score: 0,
        symbols,
        ms: round2(performance.now() - started),
        skipped: `engine error: ${(err as Error)?.message ?? String(err)}`,
      }
    }
  }

  return { score }
}
