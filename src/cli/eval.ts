// `outpost eval --ham DIR --spam DIR`: score labelled mail with the engine as
// configured for this install and print, per threshold, the share of spam
// caught and of ham wrongly flagged, plus the slowest messages.
// `outpost eval --holdout` does the same on the held-out part of the public
// corpus (never used to train the shipped model), with the shipped model only.
import fs from 'node:fs'
import path from 'node:path'
import type { CliContext } from './outpost'
import { engineSettingsFor, parseFlags, UsageError } from './engine_setup'
import { listMessageFiles, readMessageFile } from './mail_files'
import { createEngine, type EngineResult, type EngineSettings, type MessageFacts } from '../engine/index'
import { parseMessage, textPart } from '../engine/message'
import { phishingOrScam } from '../tools/modern'
import { tokenize } from '../engine/bayes/tokenize'
import { emptyModel, messageDigest, train as trainModel } from '../engine/bayes/model'
import { AutoLearner, DEFAULT_AUTOLEARN, type AutoLearnSettings } from '../engine/autolearn'

export const THRESHOLDS = [5, 6, 7, 8, 10]

/** The install's [autolearn] settings (config/outpost_policy.ini), or the defaults. */
function autoLearnSettingsFor(dir: string): AutoLearnSettings {
  return engineSettingsFor(dir).settings.autolearn ?? DEFAULT_AUTOLEARN
}

const USAGE =
  'usage: outpost eval --ham DIR --spam DIR [--slowest N] [--show-errors N] [--threshold T]\n' +
  '       outpost eval [--holdout] [--modern DIR] [--synthetic DIR] [--split eval|train|all] [...]\n' +
  '         --holdout        the held-out part of the 2002 public corpus (needs the devDependencies)\n' +
  '         --modern DIR     the unpacked modern corpus (../shared/corpus/modern-dev.tar.xz), its evaluation part\n' +
  '         --synthetic DIR  mail written by `node dist/tools/synth.js --out DIR` (our transactional mail and\n' +
  '                          newsletters and our mail in seven languages as ham, also sent HTML only and Bcc,\n' +
  '                          our lures as spam),\n' +
  '                          its evaluation part\n' +
  '         --split          which part of --modern/--synthetic (default eval: never trained on)\n' +
  '         figures per data set and per kind of mail are printed at the threshold (default 8)\n' +
  '       outpost eval --online [sources as above]\n' +
  '         replays the messages in the order of their Date headers, learning as it goes into an empty\n' +
  '         in-memory local model (ham automatically by the [autolearn] rules of this install; what was\n' +
  '         quarantined as its review would: spam as a quarantine delete --learn, a genuine message as a\n' +
  '         release --learn), and prints the effect\n'

export interface LabelledFile {
  file: string
  spam: boolean
  /** data set (folder) and kind of mail, for the per-set and per-kind figures */
  set?: string
  kind?: string
}

export interface Scored extends LabelledFile {
  result: EngineResult
}

/** Envelope facts a message file implies: Return-Path (else From) as MAIL FROM, To and Cc as RCPT TO. */
export async function factsFromHeaders(raw: Buffer): Promise<MessageFacts> {
  const msg = await parseMessage(raw.length > 65536 ? raw.subarray(0, 65536) : raw)
  const rp = (msg.headers.get('return-path')?.[0] ?? '').replace(/[<>\s]/g, '')
  const rcpt = [...msg.to, ...msg.cc].map((m) => m.address).filter(Boolean)
  return { mailFrom: rp || msg.from?.address || '', rcptTo: rcpt.length ? rcpt : ['unknown@invalid'] }
}

export async function scoreAll(settings: EngineSettings, dir: string, files: LabelledFile[]): Promise<Scored[]> {
  const engine = createEngine(settings, { installDir: dir })
  const out: Scored[] = []
  for (const f of files) {
    const raw = readMessageFile(f.file)
    const facts = await factsFromHeaders(raw)
    out.push({ ...(await refinedKind(f, raw)), result: await engine.score(raw, facts) })
  }
  return out
}

/**
 * Our own mail written by `node dist/tools/synth.js --out DIR`, one part of it: transactional mail and
 * newsletters, our mail in seven languages (ham) and our lures (spam), each with its data set and kind; the
 * evaluation part also sent HTML only and to undisclosed recipients. Throws UsageError for a missing folder.
 */
export function syntheticFiles(dir: string, part: 'train' | 'eval'): LabelledFile[] {
  const files: LabelledFile[] = []
  const folder = (name: string): string => {
    const d = `${dir}/${part}/${name}`
    if (!fs.existsSync(d)) throw new UsageError(`${d} is missing: write the set again with node dist/tools/synth.js --out ${dir}`)
    return d
  }
  for (const kind of ['transactional', 'newsletters']) {
    for (const f of listMessageFiles(folder(kind))) files.push({ file: f, spam: false, set: `synthetic-${part}-${path.basename(f).split('-')[1] ?? kind}`, kind })
  }
  // our own lures (spam), one data set per language: NNNN-LANG-KIND.eml
  for (const f of listMessageFiles(folder('lures'))) files.push({ file: f, spam: true, set: `synthetic-${part}-lures-${path.basename(f).split('-')[1] ?? ''}`, kind: 'lures' })
  // our own legitimate mail in seven languages (ham), one data set per language: NNNN-LANG-KIND.eml
  for (const f of listMessageFiles(folder('i18n-ham'))) files.push({ file: f, spam: false, set: `synthetic-${part}-i18n-${path.basename(f).split('-')[1] ?? ''}`, kind: 'business-i18n' })
  // the evaluation ham once more, sent HTML only and to undisclosed recipients (KIND-NAME.eml): a shape
  // of ordinary mail alone must not flag it
  if (part === 'eval') {
    for (const kind of ['html-only', 'bcc']) {
      for (const f of listMessageFiles(folder(kind))) files.push({ file: f, spam: false, set: `synthetic-eval-${kind}-${path.basename(f).replace(/-\d{4}-.*$/, '')}`, kind })
    }
  }
  return files
}

/** The honeypot collection's messages, told apart into phishing and scams by what they are about (src/tools/modern.ts). */
export async function refinedKind<T extends { kind?: string }>(f: T, raw: Buffer): Promise<T> {
  if (f.kind !== 'phishing') return f
  // with the text the HTML hides (issue 10's thirty-third round: the rules no longer read it), so that the kinds stay the same messages
  const msg = await parseMessage(raw.length > 65536 ? raw.subarray(0, 65536) : raw, { keepHiddenText: true })
  // the text part alone, as the split has always read it (the rules read a stub text part with the HTML's text after
  // it since issue 10's twenty-seventh round: ParsedMessage.textPartChars), so that the kinds stay the same messages
  return { ...f, kind: phishingOrScam(msg.subject, textPart(msg)) }
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(2)} %` : 'n/a'
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
}

export function report(scored: Scored[], opts: { slowest: number; showErrors: number; threshold: number }): string {
  const spam = scored.filter((s) => s.spam)
  const ham = scored.filter((s) => !s.spam)
  const lines: string[] = []
  lines.push(`messages: ${spam.length} spam, ${ham.length} ham`)
  lines.push('')
  lines.push('score >  spam caught                ham flagged')
  for (const t of THRESHOLDS) {
    const caught = spam.filter((s) => s.result.score > t).length
    const flagged = ham.filter((s) => s.result.score > t).length
    lines.push(
      `${String(t).padStart(7)}  ${pct(caught, spam.length).padStart(8)} (${caught}/${spam.length})`.padEnd(36) +
        `${pct(flagged, ham.length).padStart(7)} (${flagged}/${ham.length})`,
    )
  }
  const skipped = scored.filter((s) => s.result.skipped)
  if (skipped.length) lines.push('', `not scored (skipped): ${skipped.length}`, ...skipped.slice(0, 10).map((s) => `  ${s.file}: ${s.result.skipped}`))
  const times = scored.map((s) => s.result.ms).sort((a, b) => a - b)
  lines.push('', `ms per message: p50 ${percentile(times, 0.5).toFixed(2)}  p99 ${percentile(times, 0.99).toFixed(2)}  max ${(times[times.length - 1] ?? 0).toFixed(2)}`)
  lines.push(`slowest ${Math.min(opts.slowest, scored.length)}:`)
  for (const s of [...scored].sort((a, b) => b.result.ms - a.result.ms).slice(0, opts.slowest)) {
    lines.push(`  ${s.result.ms.toFixed(2).padStart(8)} ms  ${fs.statSync(s.file).size.toString().padStart(9)} bytes  ${s.file}`)
  }
  if (opts.showErrors > 0) {
    const t = opts.threshold
    const symbols = (s: Scored) => s.result.symbols.map((x) => `${x.name}(${x.score})`).join(' ')
    const fp = ham.filter((s) => s.result.score > t)
    const fn = spam.filter((s) => s.result.score <= t)
    lines.push('', `ham flagged at > ${t} (${fp.length}):`, ...fp.slice(0, opts.showErrors).map((s) => `  ${s.result.score.toFixed(1).padStart(6)}  ${s.file}  ${symbols(s)}`))
    lines.push(`spam missed at > ${t} (${fn.length}, first ${Math.min(fn.length, opts.showErrors)}):`, ...fn.slice(0, opts.showErrors).map((s) => `  ${s.result.score.toFixed(1).padStart(6)}  ${s.file}  ${symbols(s)}`))
  }
  return lines.join('\n') + '\n'
}

/** The Date header as a time, or Infinity (undated messages go last, in file order). */
async function dateOf(raw: Buffer): Promise<number> {
  const msg = await parseMessage(raw.length > 65536 ? raw.subarray(0, 65536) : raw)
  const t = Date.parse((msg.headers.get('date')?.[0] ?? '').replace(/\([^)]*\)/g, '').trim())
  return Number.isFinite(t) ? t : Infinity
}

/**
 * TREC-style online replay: each message is scored by the engine with the local
 * model as learned so far, then learned as the gateway and its admin would teach
 * it: ham when the auto-learning rules accept it; whatever was quarantined, by its
 * review (spam deleted with --learn, a genuine message released with --learn).
 * Nobody sees the spam that passed, so it is not learned. Returns the online and
 * the static results.
 */
export async function replayOnline(settings: EngineSettings, dir: string, files: LabelledFile[], threshold: number, autolearn: AutoLearnSettings) {
  const dated: Array<{ f: LabelledFile; t: number; i: number }> = []
  for (const [i, f] of files.entries()) dated.push({ f, t: await dateOf(readMessageFile(f.file)), i })
  dated.sort((a, b) => a.t - b.t || a.i - b.i)
  const model = emptyModel()
  const noLocal = { ...settings, bayes: { ...settings.bayes, model: undefined } }
  const learning = createEngine(noLocal, { installDir: dir, localModel: model })
  const fixed = createEngine(noLocal, { installDir: dir })
  const learner = new AutoLearner(autolearn)
  const online: Scored[] = []
  const stat: Scored[] = []
  let released = 0
  for (const { f, t } of dated) {
    const raw = readMessageFile(f.file)
    const facts = await factsFromHeaders(raw)
    const result = await learning.score(raw, facts)
    const labelled = await refinedKind(f, raw)
    online.push({ ...labelled, result })
    stat.push({ ...labelled, result: await fixed.score(raw, facts) })
    const when = Number.isFinite(t) ? new Date(t) : new Date(0)
    const isSpamVerdict = result.score > threshold
    let label: 's' | 'h' | undefined
    if (isSpamVerdict) label = f.spam ? 's' : 'h' // held: the admin deletes it (spam) or releases it (ham) with --learn
    else if (learner.acceptHam(result, facts.mailFrom, model.nham + model.nspam, when)) label = 'h'
    if (!label) continue
    const digest = messageDigest(raw)
    if (model.learned.has(digest)) continue
    trainModel(model, tokenize(await parseMessage(raw)), label === 's')
    model.learned.set(digest, label)
    if (label === 'h' && isSpamVerdict) released++
  }
  return { online, stat, model, released }
}

/** Caught (spam) or flagged (ham) at the threshold, per data set and per kind of mail. */
export function breakdown(scored: Scored[], threshold: number): string {
  const lines: string[] = []
  for (const [title, keyOf] of [['kind of mail', (s: Scored) => s.kind], ['data set', (s: Scored) => s.set]] as const) {
    const groups = new Map<string, Scored[]>()
    for (const s of scored) {
      const k = keyOf(s)
      if (!k) continue
      const key = `${s.spam ? 'spam' : 'ham '} ${k}`
      const list = groups.get(key)
      if (list) list.push(s)
      else groups.set(key, [s])
    }
    if (!groups.size) continue
    lines.push('', `per ${title}, at score > ${threshold}:`)
    for (const key of [...groups.keys()].sort()) {
      const list = groups.get(key)!
      const over = list.filter((s) => s.result.score > threshold).length
      const spam = key.startsWith('spam')
      lines.push(`  ${key.padEnd(30)} ${String(list.length).padStart(5)}  ${spam ? 'caught ' : 'flagged'} ${pct(over, list.length).padStart(8)} (${over})`)
    }
  }
  return lines.join('\n') + (lines.length ? '\n' : '')
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  try {
    const { flags, switches } = parseFlags(args, {
      '--ham': 'multi', '--spam': 'multi', '--holdout': 'switch', '--slowest': 'value', '--show-errors': 'value',
      '--modern': 'value', '--synthetic': 'value', '--split': 'value', '--threshold': 'value', '--online': 'switch',
      '-h': 'switch', '--help': 'switch',
    })
    if (switches.has('-h') || switches.has('--help')) {
      ctx.out.write(USAGE)
      return 0
    }
    const slowest = Number(flags['--slowest']?.[0] ?? 10)
    const showErrors = Number(flags['--show-errors']?.[0] ?? 0)
    if (!Number.isInteger(slowest) || slowest < 0 || !Number.isInteger(showErrors) || showErrors < 0) {
      throw new UsageError('--slowest and --show-errors take a whole number')
    }
    const threshold = Number(flags['--threshold']?.[0] ?? 8)
    if (!Number.isFinite(threshold)) throw new UsageError('--threshold takes a number')
    const split = flags['--split']?.[0] ?? 'eval'
    if (!['eval', 'train', 'all'].includes(split)) throw new UsageError('--split is eval, train or all')
    let { settings, source } = engineSettingsFor(ctx.dir)
    const files: LabelledFile[] = []
    const sets = switches.has('--holdout') || flags['--modern'] || flags['--synthetic']
    if (sets && (flags['--ham'] || flags['--spam'])) throw new UsageError('--holdout/--modern/--synthetic take no --ham/--spam')
    if (switches.has('--holdout')) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { corpusMessages, isHoldout, HOLDOUT_PERCENT } = require('../tools/corpus') as typeof import('../tools/corpus')
      files.push(...corpusMessages().filter(isHoldout).map((m) => ({ file: m.file, spam: m.spam, set: `2002-${m.group}`, kind: m.spam ? 'old-spam' : 'old-ham' })))
      ctx.out.write(`held-out ${HOLDOUT_PERCENT} % of the 2002 public corpus (never used for training)\n`)
    }
    const inSplit = (isEval: boolean) => split === 'all' || (split === 'eval') === isEval
    if (flags['--modern']) {
      const dir = flags['--modern'][0]
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { modernMessages, isModernEval, EVAL_PERCENT } = require('../tools/modern') as typeof import('../tools/modern')
      files.push(...modernMessages(dir).filter((m) => inSplit(isModernEval(m))).map((m) => ({ file: m.file, spam: m.spam, set: m.set, kind: m.kind })))
      ctx.out.write(`modern corpus ${dir}: ${split} part (${split === 'eval' ? `${EVAL_PERCENT} % of the campaign groups, never trained on` : split})\n`)
    }
    if (flags['--synthetic']) {
      const dir = flags['--synthetic'][0]
      const parts = split === 'all' ? ['train', 'eval'] as const : [split as 'train' | 'eval']
      for (const part of parts) files.push(...syntheticFiles(dir, part))
      ctx.out.write(`synthetic mail ${dir}: ${split} part (template and sentence sets never trained on)\n`)
    }
    if (sets) {
      // the shipped model alone: an admin model could have learned these very messages
      settings = { ...settings, bayes: { ...settings.bayes, shipped: true, model: undefined } }
      ctx.out.write('shipped models only\n')
    } else {
      const ham = flags['--ham'] ?? []
      const spam = flags['--spam'] ?? []
      if (!ham.length || !spam.length) throw new UsageError('give --ham DIR and --spam DIR (or --holdout, --modern DIR, --synthetic DIR)')
      for (const d of [...ham, ...spam]) {
        if (!fs.existsSync(d) || !fs.statSync(d).isDirectory()) throw new UsageError(`${d} is not a directory`)
      }
      for (const d of spam) for (const f of listMessageFiles(d)) files.push({ file: f, spam: true })
      for (const d of ham) for (const f of listMessageFiles(d)) files.push({ file: f, spam: false })
    }
    ctx.out.write(`engine settings: ${source}\n`)
    if (switches.has('--online')) {
      const autolearn = { ...autoLearnSettingsFor(ctx.dir), enabled: true }
      const { online, stat, model, released } = await replayOnline(settings, ctx.dir, files, threshold, autolearn)
      ctx.out.write(`online replay in Date order: ${files.length} messages; learned ${model.nham} ham (${model.nham - released} automatically: score <= ${autolearn.ham_below}, at most ${autolearn.per_sender_per_day} per sender and day, model capped at ${autolearn.max_messages}; ${released} quarantined and released, as release --learn) and ${model.nspam} spam (quarantined, as delete --learn)\n`)
      ctx.out.write('\nwithout learning (same order):\n' + report(stat, { slowest: 0, showErrors: 0, threshold }) + breakdown(stat, threshold))
      ctx.out.write('\nlearning as it goes:\n' + report(online, { slowest, showErrors, threshold }) + breakdown(online, threshold))
      const half = Math.floor(online.length / 2)
      for (const [label, list] of [['first half', online.slice(0, half)], ['second half', online.slice(half)]] as const) {
        const sp = list.filter((x) => x.spam)
        const hm = list.filter((x) => !x.spam)
        ctx.out.write(`${label} of the stream: spam caught ${pct(sp.filter((x) => x.result.score > threshold).length, sp.length)} of ${sp.length}, ham flagged ${pct(hm.filter((x) => x.result.score > threshold).length, hm.length)} of ${hm.length}\n`)
      }
      return 0
    }
    const scored = await scoreAll(settings, ctx.dir, files)
    ctx.out.write(report(scored, { slowest, showErrors, threshold }))
    ctx.out.write(breakdown(scored, threshold))
    return 0
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.err.write(`outpost eval: ${err.message}\n${USAGE}`)
      return 2
    }
    ctx.err.write(`outpost eval: ${(err as Error).message}\n`)
    return 1
  }
}

