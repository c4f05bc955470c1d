// The shape of a rule's regular expression, read from its source: the longest text a match can span, how far
// beyond a match the engine may look (lookbehind, lookahead, \b), and whether every match must contain one
// of a list of words. src/engine/rules/anchor_scan.ts uses the three to run a family's patterns only around
// the places its words occur, with the same matches as a scan of the whole text.
//
// It reads the subset of the syntax the rules are written in: literals, escapes, character classes, groups,
// lookarounds, alternation and quantifiers. What it cannot read (a back-reference, an unbounded quantifier)
// makes the answer the safe one: no bound, or not shown to contain a word; the caller then scans everything.

/**
 * White space written as \s (or a tab or line break): one symbol for a run of it, however long. A space
 * written as a space stays a space: it matches exactly one, as a word with a space in it does.
 */
const SPACE = '\u0001'
const asSpace = (c: string): string => (c !== ' ' && /\s/.test(c) ? SPACE : c)

type Node =
  | { t: 'empty' } // a word boundary: \b, \B
  | { t: 'look'; inner: Node } // (?=…) (?!…) (?<=…) (?<!…)
  | { t: 'chars'; chars: string[] } // one character of a small set (SPACE for white space)
  | { t: 'any' } // one character of a large or unknown set (., \w, \p{L}, [^…])
  | { t: 'alt'; branches: Node[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'repeat'; node: Node; min: number; max: number }

/** Thrown for syntax this reader does not know; the callers answer conservatively. */
class Unreadable extends Error {}

const LARGE_RANGE = 64

function parse(source: string): Node {
  let i = 0
  const readAlternation = (): Node => {
    const branches = [readSequence()]
    while (source[i] === '|') {
      i++
      branches.push(readSequence())
    }
    return branches.length === 1 ? branches[0] : { t: 'alt', branches }
  }
  const readSequence = (): Node => {
    const items: Node[] = []
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let node = readAtom()
      const quantifier = /^(?:\?|\*|\+|\{(\d+)(?:(,)(\d*))?\})/.exec(source.slice(i, i + 16))
      if (quantifier) {
        i += quantifier[0].length
        const q = quantifier[0]
        const [min, max] =
          q === '?' ? [0, 1] : q === '*' ? [0, Infinity] : q === '+' ? [1, Infinity]
            : [Number(quantifier[1]), quantifier[2] ? (quantifier[3] === '' ? Infinity : Number(quantifier[3])) : Number(quantifier[1])]
        if (source[i] === '?') i++ // lazy: the same texts can match
        node = { t: 'repeat', node, min, max }
      }
      items.push(node)
    }
    return items.length === 1 ? items[0] : { t: 'seq', items }
  }
  const readEscape = (inClass: boolean): Node => {
    const c = source[i + 1]
    if (c === undefined) throw new Unreadable('trailing backslash')
    if (!inClass && (c === 'b' || c === 'B')) {
      i += 2
      return { t: 'empty' }
    }
    if (c === 's') {
      i += 2
      return { t: 'chars', chars: [SPACE] }
    }
    if (c === 'd') {
      i += 2
      return { t: 'chars', chars: [...'0123456789'] }
    }
    if ('SwWD'.includes(c)) {
      i += 2
      return { t: 'any' }
    }
    if (c === 'p' || c === 'P') {
      const end = source.indexOf('}', i)
      if (end < 0) throw new Unreadable('\\p without }')
      i = end + 1
      return { t: 'any' }
    }
    if (c === 'u' && source[i + 2] === '{') {
      const end = source.indexOf('}', i)
      const char = String.fromCodePoint(parseInt(source.slice(i + 3, end), 16))
      i = end + 1
      return { t: 'chars', chars: [char] }
    }
    if (c === 'u' || c === 'x') {
      const digits = c === 'u' ? 4 : 2
      const char = String.fromCharCode(parseInt(source.slice(i + 2, i + 2 + digits), 16))
      i += 2 + digits
      return { t: 'chars', chars: [char] }
    }
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' }
    if (controls[c]) {
      i += 2
      return { t: 'chars', chars: [SPACE] }
    }
    if (/[0-9k]/.test(c)) throw new Unreadable(`\\${c}`)
    i += 2
    return { t: 'chars', chars: [c] }
  }
  const readClass = (): Node => {
    i++ // [
    const negated = source[i] === '^'
    if (negated) i++
    const chars: string[] = []
    let wide = false
    let first = true
    while (i < source.length && (source[i] !== ']' || first)) {
      first = false
      let low: string[]
      if (source[i] === '\\') {
        const node = readEscape(true)
        if (node.t === 'any') {
          wide = true
          continue
        }
        low = (node as { chars: string[] }).chars
      } else {
        const char = String.fromCodePoint(source.codePointAt(i) as number)
        i += char.length
        low = [char]
      }
      if (source[i] === '-' && source[i + 1] !== ']' && low.length === 1 && low[0] !== SPACE) {
        i++
        let high: string
        if (source[i] === '\\') {
          const node = readEscape(true)
          if (node.t !== 'chars' || node.chars.length !== 1) throw new Unreadable('class range')
          high = node.chars[0]
        } else {
          high = String.fromCodePoint(source.codePointAt(i) as number)
          i += high.length
        }
        const from = low[0].codePointAt(0) as number
        const to = high.codePointAt(0) as number
        if (to - from > LARGE_RANGE) wide = true
        else for (let cp = from; cp <= to; cp++) chars.push(String.fromCodePoint(cp))
      } else chars.push(...low)
    }
    if (source[i] !== ']') throw new Unreadable('unclosed class')
    i++
    if (negated || wide) return { t: 'any' }
    return { t: 'chars', chars: [...new Set(chars.map(asSpace))] }
  }
  const readAtom = (): Node => {
    const c = source[i]
    if (c === '(') {
      i++
      let look = false
      if (source.startsWith('?:', i)) i += 2
      else if (source.startsWith('?=', i) || source.startsWith('?!', i)) {
        look = true
        i += 2
      } else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) {
        look = true
        i += 3
      } else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1
      else if (source[i] === '?') throw new Unreadable('group')
      const inner = readAlternation()
      if (source[i] !== ')') throw new Unreadable('unbalanced')
      i++
      return look ? { t: 'look', inner } : inner
    }
    if (c === '[') return readClass()
    if (c === '\\') return readEscape(false)
    if (c === '.') {
      i++
      return { t: 'any' }
    }
    // the start or end of the input: a slice of the text has others, so a source with them is not read
    if (c === '^' || c === '$') throw new Unreadable('input boundary')
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')') throw new Unreadable(`unexpected ${c}`)
    const char = String.fromCodePoint(source.codePointAt(i) as number)
    i += char.length
    return { t: 'chars', chars: [asSpace(char)] }
  }
  const node = readAlternation()
  if (i !== source.length) throw new Unreadable('unbalanced')
  return node
}

function longest(node: Node): number {
  switch (node.t) {
    case 'empty':
    case 'look':
      return 0
    // in UTF-16 units, as the text is indexed: a character outside the BMP takes two
    case 'chars':
      return Math.max(...node.chars.map((c) => c.length))
    case 'any':
      return 2
    case 'alt':
      return Math.max(...node.branches.map(longest))
    case 'seq':
      return node.items.reduce((sum, item) => sum + longest(item), 0)
    case 'repeat':
      return node.max === 0 ? 0 : node.max * longest(node.node)
  }
}

/** The longest look beyond a match: a lookaround's own reach, one character for \b. */
function reach(node: Node): number {
  switch (node.t) {
    case 'empty':
      return 1
    case 'look':
      return Math.max(longest(node.inner), reach(node.inner))
    case 'alt':
      return Math.max(0, ...node.branches.map(reach))
    case 'seq':
      return Math.max(0, ...node.items.map(reach))
    case 'repeat':
      return reach(node.node)
    default:
      return 0
  }
}

/** At most this many strings are followed through a run of literal items before the reader gives up on it. */
const MAX_STRINGS = 256

/** The union of what `answer` gives for every branch, or undefined when it gives nothing for one of them. */
function everyBranch(branches: Node[], answer: (node: Node) => string[] | undefined): string[] | undefined {
  const out = new Set<string>()
  for (const branch of branches) {
    const strings = answer(branch)
    if (!strings) return undefined
    for (const s of strings) out.add(s)
  }
  return [...out]
}

/** The finite set of texts the node matches (SPACE standing for a run of white space), or undefined. */
function literals(node: Node): string[] | undefined {
  switch (node.t) {
    case 'empty':
      return ['']
    case 'chars':
      return node.chars
    case 'alt': {
      const set = everyBranch(node.branches, literals)
      return set && set.length > MAX_STRINGS ? undefined : set
    }
    case 'seq': {
      let current = ['']
      for (const item of node.items) {
        const next = concat(current, literals(item))
        if (!next) return undefined
        current = next
      }
      return current
    }
    case 'repeat': {
      const set = literals(node.node)
      if (!set) return undefined
      // a run of white space is one SPACE however many characters it has
      if (set.length === 1 && set[0] === SPACE && node.max !== Infinity) return node.min === 0 ? ['', SPACE] : [SPACE]
      if (node.max === 1) return node.min === 0 ? ['', ...set] : set
      return undefined
    }
    default:
      return undefined
  }
}

function concat(left: string[], right: string[] | undefined): string[] | undefined {
  if (!right) return undefined
  const out = new Set<string>()
  for (const a of left) for (const b of right) out.add(a + b)
  // two SPACEs side by side ("\s?\s{1,3}") are still one run
  return out.size > MAX_STRINGS ? undefined : [...out].map((s) => s.replace(/\u0001+/g, SPACE))
}

/** Whether the text contains one of the words; a word must lie within one stretch of the text between white space runs. */
function holdsWord(text: string, words: readonly string[]): boolean {
  return text.split(SPACE).some((part) => words.some((w) => part.includes(w)))
}

/** Whether every text the node matches contains one of the words (words are matched as written: without white space). */
function alwaysHolds(node: Node, words: readonly string[]): boolean {
  switch (node.t) {
    case 'alt':
      return node.branches.every((b) => alwaysHolds(b, words))
    case 'repeat':
      return node.min >= 1 && alwaysHolds(node.node, words)
    case 'chars':
      return node.chars.every((c) => holdsWord(c, words))
    case 'seq': {
      if (node.items.some((item) => item.t !== 'chars' && alwaysHolds(item, words))) return true
      // or a run of literal items whose every spelling holds a word ("konto" + \s + "gesperrt")
      for (let start = 0; start < node.items.length; start++) {
        let current: string[] | undefined = ['']
        for (let end = start; end < node.items.length && current; end++) {
          current = concat(current, literals(node.items[end]))
          if (current && current.every((s) => holdsWord(s, words))) return true
        }
      }
      return false
    }
    default:
      return false
  }
}

/** Words shorter than this are not worth looking for: they are in almost every text. */
const MIN_WORD = 3

/** A better choice of words: the shortest as long as can be, then as few as can be. */
function better(a: string[], b: string[]): boolean {
  const shortestA = Math.min(...a.map((w) => w.length))
  const shortestB = Math.min(...b.map((w) => w.length))
  return shortestA > shortestB || (shortestA === shortestB && a.length < b.length)
}

/** Words (at least MIN_WORD characters, no white space) one of which every match of the node holds, or undefined. */
function required(node: Node): string[] | undefined {
  switch (node.t) {
    case 'alt':
      return everyBranch(node.branches, required)
    case 'repeat':
      return node.min >= 1 ? required(node.node) : undefined
    case 'chars':
      return node.chars.every((c) => c.length >= MIN_WORD) ? node.chars : undefined
    case 'seq': {
      let best: string[] | undefined
      const consider = (words: string[] | undefined): void => {
        if (words && words.length && (!best || better(words, best))) best = words
      }
      for (const item of node.items) if (item.t !== 'chars') consider(required(item))
      // a run of literal items: the longest stretch between white space of each spelling
      for (let start = 0; start < node.items.length; start++) {
        let current: string[] | undefined = ['']
        for (let end = start; end < node.items.length && current; end++) {
          current = concat(current, literals(node.items[end]))
          if (!current) break
          const words = current.map((text) => text.split(SPACE).reduce((a, b) => (b.length > a.length ? b : a), ''))
          if (words.every((w) => w.length >= MIN_WORD)) consider([...new Set(words)])
        }
      }
      return best
    }
    default:
      return undefined
  }
}

/** What `read` says of the parsed source, or `unreadable` for syntax the reader does not know. */
function readSource<T>(source: string, read: (node: Node) => T, unreadable: T): T {
  let node: Node
  try {
    node = parse(source)
  } catch (err) {
    if (err instanceof Unreadable) return unreadable
    throw err
  }
  return read(node)
}

/**
 * Words one of which every match of the source holds (each at least three characters, chosen as long and as few
 * as the source allows), or undefined when the reader finds none: a text without any of them cannot match.
 */
export function requiredWords(source: string): string[] | undefined {
  return readSource(
    source,
    (node) => {
      const words = required(node)
      // what alwaysContainsWord checks is what the caller relies on: say so only when it holds
      return words && alwaysHolds(node, words) ? words : undefined
    },
    undefined,
  )
}

export interface RegexShape {
  /** the longest text a match can span (Infinity when a quantifier is unbounded or the source unreadable) */
  longest: number
  /** how many characters before or after a match the engine may read (lookarounds, \b) */
  reach: number
}

/** The shape of a source; an unreadable source gets an infinite length, which callers must treat as "scan everything". */
export function regexShape(source: string): RegexShape {
  return readSource(source, (node) => ({ longest: longest(node), reach: reach(node) }), { longest: Infinity, reach: Infinity })
}

/**
 * Whether every match of the source contains one of the words, as far as the reader can show (false when it
 * cannot). A word containing white space counts only where the source writes that white space as one literal
 * character; where it writes "\s{1,3}" the text may hold a line break or two spaces, which the word does not match.
 */
export function alwaysContainsWord(source: string, words: readonly string[]): boolean {
  return readSource(source, (node) => alwaysHolds(node, words), false)
}
