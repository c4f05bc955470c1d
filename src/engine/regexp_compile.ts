// V8 runs a regular expression's first executions in its bytecode interpreter and compiles it to machine code
// later ("tier-up", on by default in Node 20 and 22). For this engine, with about a thousand expressions, many of
// them large alternations run over whole messages, that costs dearly: measured on the modern sets (issue 10,
// twenty-third round), scoring took about a quarter less CPU with tier-up off, and the slowest messages gained
// most; an expression that had run in the interpreter once then ran global replaces 12 to 19 times slower per
// call (a 300-word alternation on a 240-character text: 3.4 µs against 0.18 µs on Node 20, 4.0 against 0.33 on
// Node 22). With tier-up off, each expression is compiled to machine code when it first runs.
//
// The setting is V8's and so the whole process's: Haraka's other plugins' expressions too are compiled to
// machine code at their first run instead of being interpreted first (more work for an expression run once, less
// for one run often). It changes no result, only when machine code is made; V8 reads it each time an expression
// runs, so setting it after start-up (v8.setFlagsFromString, which Node documents as to be used with care) takes
// effect from the next run of each expression.
import { setFlagsFromString } from 'node:v8'

let set = false

/** Compile regular expressions straight to machine code in this process, from now on (idempotent). */
export function compileRegExpsNatively(): void {
  if (set) return
  set = true
  setFlagsFromString('--no-regexp-tier-up')
}
