// `outpost eval --ham DIR --spam DIR`: score labelled mail with the engine as
// configured for this install and print, per threshold, the share of spam
// caught and of ham wrongly flagged, plus the slowest messages.
// `outpost eval --holdout` does the same on the held-out part of the public
// corpus (never used to train the shipped model), with the shipped model only.
import fs from 'node:fs'
import type { CliContext } from './outpost'
import { engineSettingsFor, parseFlags, UsageError } from './engine_setup'
import { listMessageFiles, readMessageFile } from './mail_files'
import { createEngine, type EngineResult, type EngineSettings, type MessageFacts } from '../engine/index'
import { parseMessage } from '../engine/message'

export const THRESHOLDS = [5, 6, 7, 8, 10]

const USAGE =
  'usage: outpost eval --ham DIR --spam DIR [--slowest N] [--show-errors N]\n' +
  '       outpost eval --holdout     (the held-out part of the public corpus; needs the devDependencies)\n'

export interface LabelledFile {
  file: string
  spam: boolean
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
    out.push({ ...f, result: await engine.score(raw, facts) })
  }
  return out
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

export async function run(args: string[], ctx: CliContext): Promise<number> {
  try {
    const { flags, switches } = parseFlags(args, {
      '--ham': 'multi', '--spam': 'multi', '--holdout': 'switch', '--slowest': 'value', '--show-errors': 'value',
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
    let { settings, source } = engineSettingsFor(ctx.dir)
    let files: LabelledFile[] = []
    if (switches.has('--holdout')) {
      if (flags['--ham'] || flags['--spam']) throw new UsageError('--holdout takes no --ham/--spam')
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { corpusMessages, isHoldout, HOLDOUT_PERCENT } = require('../tools/corpus') as typeof import('../tools/corpus')
      files = corpusMessages().filter(isHoldout).map((m) => ({ file: m.file, spam: m.spam }))
      // the shipped model alone: an admin model could have learned these very messages
      settings = { ...settings, bayes: { ...settings.bayes, shipped: true, model: undefined } }
      ctx.out.write(`held-out ${HOLDOUT_PERCENT} % of the public corpus (never used for training), shipped model only\n`)
    } else {
      const ham = flags['--ham'] ?? []
      const spam = flags['--spam'] ?? []
      if (!ham.length || !spam.length) throw new UsageError('give --ham DIR and --spam DIR (or --holdout)')
      for (const d of [...ham, ...spam]) {
        if (!fs.existsSync(d) || !fs.statSync(d).isDirectory()) throw new UsageError(`${d} is not a directory`)
      }
      for (const d of spam) for (const f of listMessageFiles(d)) files.push({ file: f, spam: true })
      for (const d of ham) for (const f of listMessageFiles(d)) files.push({ file: f, spam: false })
    }
    ctx.out.write(`engine settings: ${source}\n`)
    const scored = await scoreAll(settings, ctx.dir, files)
    ctx.out.write(report(scored, { slowest, showErrors, threshold: 8 }))
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

