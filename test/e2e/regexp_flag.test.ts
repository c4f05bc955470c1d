// Haraka started as shipped (node --no-regexp-tier-up) says nothing about the flag; started without it,
// outpost_policy says at start that the built-in engine costs more, and what to read (src/engine/regexp_compile.ts).
import { afterEach, describe, expect, it } from 'vitest'
import { startHaraka, type HarakaProcess } from '../helpers/haraka'

const NOTICE = /node was started without --no-regexp-tier-up/

describe('node started without --no-regexp-tier-up', () => {
  let haraka: HarakaProcess | undefined
  afterEach(async () => {
    await haraka?.stop()
    haraka = undefined
  })

  it('outpost_policy gives a notice at start; as shipped it does not', async () => {
    haraka = await startHaraka({ nodeFlags: [] })
    await haraka.waitForLog(NOTICE)
    await haraka.stop()
    haraka = await startHaraka()
    expect(haraka.logs()).toMatch(/outpost_policy.*threshold/)
    expect(haraka.logs()).not.toMatch(NOTICE)
  })
})
