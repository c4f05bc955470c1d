// Where a family's patterns can match: one scan of the text finds every occurrence of every family's
// anchor words (ANCHORS in lure.ts), and a family's patterns then run only in windows around its own
// occurrences. A pattern every match of which contains one of its family's words (src/engine/rules/regex_shape.ts
// shows it from the source) cannot match anywhere else, and inside a window wide enough for the longest match
// and the engine's look around it, it matches as it does in the whole text: the matches, their order and their
// text are those of a scan of the whole text, at a fraction of the cost (most of a message is far from any of
// a family's words). A pattern the reader cannot show that of is looked for over the whole text (FamilyPattern).
import { escapeRegExp } from './brands'
import { alwaysContainsWord, regexShape, requiredWords } from './regex_shape'

/**
 * The longest source of one expression a family's patterns are joined into. V8 does not optimise an expression whose
 * source is over 20 KB (its kRegExpTooLargeToOptimize): measured in issue 10's twenty-sixth round, ACCOUNT_LURE's
 * alternation of 104 patterns, 21,429 characters, took 20 times the CPU of the same windows with its first 84
 * patterns (16,118 characters), and the whole engine's p99 went from 9 to 15 ms. Longer families are split.
 */
export const MAX_FAMILY_SOURCE = 16 * 1024

/** The alternatives joined by "|" in order, into as few consecutive sources of at most `maxSource` characters as can hold them. */
function joinedInParts(alternatives: readonly string[], maxSource: number): string[] {
  const sources: string[] = []
  for (const alternative of alternatives) {
    const last = sources.length - 1
    if (last >= 0 && sources[last].length + 1 + alternative.length <= maxSource) sources[last] += `|${alternative}`
    else sources.push(alternative)
  }
  return sources
}

/** Where each family's words start in one text: every occurrence, overlapping ones too. */
export type AnchorHits = ReadonlyMap<string, readonly number[]>

export class AnchorIndex {
  /**
   * all words, longest first, each in a lookahead: a scan stops at every position one starts. Held in consecutive
   * parts of at most MAX_FAMILY_SOURCE characters (thirty-ninth round: the other languages' advance-fee phrases
   * made one of 23,548, which V8 does not optimise; 0.38 ms a message read): each part reports its longest word
   * at a position, and the longest of them is the one a scan of all the words reports.
   */
  private readonly scans: readonly RegExp[]
  /** word -> the families one of whose words it starts with (itself included): at a position only the longest word is reported */
  private readonly familiesOf = new Map<string, readonly string[]>()

  constructor(families: Readonly<Record<string, readonly string[]>>) {
    const words = [...new Set(Object.values(families).flat())].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    for (const word of words) {
      const owners = Object.entries(families)
        .filter(([, list]) => list.some((w) => word.startsWith(w)))
        .map(([family]) => family)
      this.familiesOf.set(word, owners)
    }
    // (the 6 characters of "(?=(" and "))" around each part)
    this.scans = joinedInParts(words.map(escapeRegExp), MAX_FAMILY_SOURCE - 6).map((part) => new RegExp(`(?=(${part}))`, 'gu'))
  }

  /** The sources of its expressions (for the tests: each at most MAX_FAMILY_SOURCE characters). */
  get scanSources(): string[] {
    return this.scans.map((scan) => scan.source)
  }

  find(text: string): AnchorHits {
    const hits = new Map<string, number[]>()
    const report = (word: string, at: number): void => {
      for (const family of this.familiesOf.get(word) ?? []) {
        const list = hits.get(family)
        if (list) list.push(at)
        else hits.set(family, [at])
      }
    }
    if (this.scans.length === 1) {
      const scan = this.scans[0]
      scan.lastIndex = 0
      for (let m = scan.exec(text); m; m = nextWord(scan, text, m)) report(m[1], m.index)
      return hits
    }
    // the longest word of any part at each position, reported in the order of the positions
    const longestAt = new Map<number, string>()
    for (const scan of this.scans) {
      scan.lastIndex = 0
      for (let m = scan.exec(text); m; m = nextWord(scan, text, m)) {
        const before = longestAt.get(m.index)
        if (before === undefined || m[1].length > before.length) longestAt.set(m.index, m[1])
      }
    }
    for (const at of [...longestAt.keys()].sort((a, b) => a - b)) report(longestAt.get(at)!, at)
    return hits
  }
}

/** The scan's next word after the one found at `found` (its first, the longest, at the next position one starts). */
function nextWord(scan: RegExp, text: string, found: RegExpExecArray): RegExpExecArray | null {
  // the match is empty: step one character (a whole one: the scan is in Unicode mode)
  scan.lastIndex = found.index + ((text.codePointAt(found.index) ?? 0) > 0xffff ? 2 : 1)
  return scan.exec(text)
}

/** One match as a global exec loop over the whole text reports it. */
export interface FoundMatch {
  index: number
  text: string
}

/** The first match of the parts at or after `from` in `text`: the leftmost, and at one place the earlier part's (as one alternation). */
function leftmost(parts: readonly RegExp[], text: string, from: number): FoundMatch | undefined {
  let best: FoundMatch | undefined
  for (const re of parts) {
    re.lastIndex = from
    const m = re.exec(text)
    if (m && (!best || m.index < best.index)) best = { index: m.index, text: m[0] }
  }
  return best
}

/**
 * A family's patterns as one expression (the alternation of their sources, in their order), run in windows
 * around the family's words. An alternation longer than MAX_FAMILY_SOURCE is held as consecutive parts, each an
 * alternation of its patterns: the leftmost match of any part, and at one place the earliest part's, is the match
 * the whole alternation finds. The patterns every match of which is shown to contain one of the words can match
 * only there; the others (the residual) are looked for in the whole text with an expression of their own, and
 * where one matches, the family's expression is run at that place. A pattern without a bounded length makes
 * the whole family scanned whole.
 */
export class FamilyPattern {
  /** the family's expression (global), in parts of at most MAX_FAMILY_SOURCE characters each */
  private readonly parts: readonly RegExp[]
  /** the same parts, sticky: run at one place (where a residual pattern matches) */
  private readonly partsAt: readonly RegExp[]
  /** the patterns not shown to hold one of the words, scanned whole; undefined when there are none */
  private readonly residual: RegExp | undefined
  /** the longest match of a pattern that holds a word: how far before a word a match can start */
  private readonly windowLongest: number
  /** the longest match of any pattern: how far after its start a match can end */
  private readonly longest: number
  /** margin kept around a slice for lookarounds and word boundaries (and a surrogate pair) */
  private readonly margin: number
  /** whether windows are used at all */
  readonly windowed: boolean

  /** flags: of the expression (the patterns' own are not read: a list's patterns are joined into one expression) */
  constructor(patterns: readonly RegExp[], words: readonly string[], flags = 'u', maxSource = MAX_FAMILY_SOURCE) {
    const sources = joinedInParts(patterns.map((p) => `(?:${p.source})`), maxSource)
    if (!sources.length) sources.push('(?:)')
    this.parts = sources.map((source) => new RegExp(source, `g${flags}`))
    this.partsAt = sources.map((source) => new RegExp(source, `y${flags}`))
    const shapes = patterns.map((p) => regexShape(p.source))
    const holds = patterns.map((p) => alwaysContainsWord(p.source, words))
    const residual = patterns.filter((_, i) => !holds[i])
    this.residual = residual.length ? new RegExp(residual.map((p) => `(?:${p.source})`).join('|'), `g${flags}`) : undefined
    this.longest = Math.max(0, ...shapes.map((s) => s.longest))
    this.windowLongest = Math.max(0, ...shapes.filter((_, i) => holds[i]).map((s) => s.longest))
    this.margin = Math.max(0, ...shapes.map((s) => s.reach)) + 2
    this.windowed = Number.isFinite(this.longest) && Number.isFinite(this.margin) && residual.length < patterns.length
  }

  /** The text of the first match (of a scan of the whole text), or undefined. */
  firstMatch(text: string, starts?: readonly number[]): string | undefined {
    const first = this.matches(text, starts).next()
    return first.done ? undefined : first.value.text
  }

  /**
   * The matches a global exec loop over the whole text finds (after each match the search goes on at its
   * end), in order. starts: where the family's words start (AnchorIndex.find); without it the whole text is scanned.
   */
  *matches(text: string, starts?: readonly number[]): Generator<FoundMatch> {
    if (!this.windowed || !starts) {
      // after each match the scan goes on at its end, or one further after an empty one
      for (let from = 0; ; ) {
        const m = leftmost(this.parts, text, from)
        if (!m) return
        from = m.index + Math.max(1, m.text.length)
        yield m
      }
    }
    // a match of a pattern that holds a word starts at most windowLongest characters before the word:
    // the windows of possible starts, merged where they touch
    const windows: Array<[number, number]> = []
    for (const start of starts) {
      const first = Math.max(0, start - this.windowLongest)
      const last = windows[windows.length - 1]
      if (last && first <= last[1] + 1) last[1] = start
      else windows.push([first, start])
    }
    let from = 0
    let w = 0
    // where the next residual match starts (at or after `from`): Infinity when there is none
    let residualAt = -1
    for (;;) {
      if (residualAt < from && residualAt !== Infinity) {
        if (!this.residual) residualAt = Infinity
        else {
          this.residual.lastIndex = from
          const m = this.residual.exec(text)
          residualAt = m ? m.index : Infinity
        }
      }
      let found: FoundMatch | undefined
      // the windows before the residual match: the family's expression in a slice wide enough for its longest match
      while (w < windows.length) {
        const [first, last] = windows[w]
        if (last < from) {
          w++
          continue
        }
        const lo = Math.max(first, from)
        if (lo >= residualAt) break
        const hi = Math.min(last, residualAt - 1)
        const sliceStart = Math.max(0, lo - this.margin)
        const slice = text.slice(sliceStart, Math.min(text.length, hi + this.longest + this.margin))
        const m = leftmost(this.parts, slice, lo - sliceStart)
        if (m && m.index + sliceStart <= hi) {
          found = { index: m.index + sliceStart, text: m.text }
          break
        }
        if (hi < last) break
        w++
      }
      if (!found) {
        if (residualAt === Infinity) return
        // no window match before it: the family's expression at the residual match (an earlier pattern may win there)
        const sliceStart = Math.max(0, residualAt - this.margin)
        const slice = text.slice(sliceStart, Math.min(text.length, residualAt + this.longest + this.margin))
        let m: RegExpExecArray | null = null
        for (const at of this.partsAt) {
          at.lastIndex = residualAt - sliceStart
          m = at.exec(slice)
          if (m) break
        }
        if (!m) {
          from = residualAt + 1
          continue
        }
        found = { index: residualAt, text: m[0] }
      }
      from = found.index + Math.max(1, found.text.length)
      yield found
    }
  }
}

/** One pattern of a list: its words (from its source) and, when bounded, its windows. */
interface ListEntry {
  re: RegExp
  key: string
  words: readonly string[] | undefined
  windows: FamilyPattern | undefined
}

/** The first match of the entry's pattern: not looked for without its words, in windows when it has them. */
function firstOf(entry: ListEntry, text: string, hits: () => AnchorHits): string | undefined {
  if (entry.words) {
    const starts = hits().get(entry.key)
    if (!starts) return undefined
    if (entry.windows) return entry.windows.firstMatch(text, starts)
  }
  return entry.re.exec(text)?.[0]
}

/**
 * Named lists of patterns each looked for alone (its own first match), as body rules count distinct phrases.
 * Each pattern's words are found from its source (requiredWords), and one scan of a text finds the words of
 * every list: a pattern none of whose words is in the text is not run, a bounded one runs in windows around its
 * words, an unbounded one ("click\s+here") over the whole text. A pattern the reader finds no words for always
 * runs over the whole text.
 */
export class PatternLists<Name extends string> {
  private readonly index: AnchorIndex
  private readonly lists: Readonly<Record<Name, readonly ListEntry[]>>

  constructor(lists: Readonly<Record<Name, readonly RegExp[]>>) {
    const families: Record<string, readonly string[]> = {}
    const built = {} as Record<Name, ListEntry[]>
    for (const name of Object.keys(lists) as Name[]) {
      built[name] = lists[name].map((re, i) => {
        if (re.global || re.sticky) throw new Error(`PatternLists: ${re} must be neither global nor sticky (its first match is read)`)
        const key = `${name}:${i}`
        const words = requiredWords(re.source)
        if (words) families[key] = words
        const windows = words ? new FamilyPattern([re], words, re.flags) : undefined
        return { re, key, words, windows: windows?.windowed ? windows : undefined }
      })
    }
    this.lists = built
    this.index = new AnchorIndex(families)
  }

  /** A text read for the lists: the words are found once, when a list first needs them. */
  reader(text: string): { firstMatches: (names: Name | readonly Name[], limit: number) => string[]; firstMatchOf: (name: Name, i: number) => string | undefined } {
    let hits: AnchorHits | undefined
    const hitsOf = (): AnchorHits => (hits ??= this.index.find(text))
    return {
      /** The first match of the list's i-th pattern, as written (undefined when it does not match). */
      firstMatchOf: (name, i) => firstOf(this.lists[name][i], text, hitsOf),
      /** The first match of each pattern that matches, the lists in the order given, white space runs as one space; at most `limit`. */
      firstMatches: (names, limit) => {
        const found: string[] = []
        for (const name of typeof names === 'string' ? [names] : names) {
          for (const entry of this.lists[name as Name]) {
            if (found.length >= limit) return found
            const match = firstOf(entry, text, hitsOf)
            if (match !== undefined) found.push(match.replace(/\s+/g, ' '))
          }
        }
        return found
      },
    }
  }
}
