// Run as root (sudo outpost ...), what the command writes in the state
// directory belongs to the gateway's service user, who owns that directory.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { spoolAlert } from '../../src/reputation/alerts'
import { updateState } from '../../src/reputation/state_files'
import { makeTempDir } from '../helpers/temp_dirs'

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0

describe.skipIf(!asRoot)('state files written as root', () => {
  it('are handed to the owner of the state directory', async () => {
    const top = makeTempDir('outpost-own-')
    const state = path.join(top, 'reputation')
    fs.mkdirSync(state)
    fs.chownSync(state, 65534, 65534)
    await updateState(state, 'snds.json', {}, () => ({ doc: { a: 1 }, result: undefined }))
    await spoolAlert(state, { key: 'k', kind: 'snds', subject: 's', lines: [], data: {} }, { notify: ['a@example.org'] })
    expect(fs.statSync(path.join(state, 'snds.json')).uid).toBe(65534)
    const outbox = path.join(state, 'outbox')
    expect(fs.statSync(outbox).uid).toBe(65534)
    for (const f of fs.readdirSync(outbox)) expect(fs.statSync(path.join(outbox, f)).uid).toBe(65534)
  })
})
