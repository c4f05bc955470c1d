// V8 runs a regular expression's first executions in its bytecode interpreter and compiles it to machine code
// later ("tier-up", on by default in Node 20 and 22). For this engine, about a thousand expressions, many of them
// large alternations read over whole messages, that costs dearly: measured on the modern sets (issue 10,
// twenty-third round), the process started with --no-regexp-tier-up scored the slowest hundredth in a quarter less
// CPU, and the p99 fell from about 12 to about 9 ms; an expression that had run in the interpreter once then ran
// global replaces 12 to 19 times slower per call (a 300-word alternation on a 240-character text: 3.4 µs against
// 0.18 µs on Node 20, 4.0 against 0.33 on Node 22). With the flag, each expression is compiled to machine code when
// it first runs. It changes no match.
//
// The flag is given to node when the process starts (npm start, the shipped systemd unit, the tests' Haraka, the
// benchmark), never set from inside: v8.setFlagsFromString('--no-regexp-tier-up') after Haraka had started made
// Haraka die of SIGSEGV before it listened (every end-to-end test, twenty-third round), although a plain script
// took it. V8's flags hold for the whole process: with it, Haraka's other plugins' expressions too are compiled at
// their first run.

/** The node flag Haraka should be started with (the shipped unit and `npm start` give it). */
export const REGEXP_FLAG = '--no-regexp-tier-up'

/** Whether this process was started with REGEXP_FLAG (cluster workers and threads share their parent's flags). */
export function startedWithRegExpFlag(execArgv: readonly string[] = process.execArgv): boolean {
  return execArgv.includes(REGEXP_FLAG)
}
