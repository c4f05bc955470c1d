// Calling the built-in engine with a deadline. A hung or failing engine must
// end in a tempfail the caller logs, never in a message passed unscored or a
// Haraka hook that only its own (longer, unlogged) timer ends.
import type { Engine, MessageFacts } from '../engine'
import type { BuiltinResult } from './decide'

export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** Read the message and score it, within timeoutMs; rejects on any failure. */
export function scoreWithin(
  engine: Engine,
  readMessage: () => Promise<Buffer>,
  facts: MessageFacts,
  timeoutMs: number,
): Promise<BuiltinResult> {
  const work = (async () => engine.score(await readMessage(), facts))()
  return withTimeout(work, timeoutMs, 'built-in engine')
}
