import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeQueueFile } from '../../src/route/queue_file'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qfile-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

async function* chunks(parts: Array<string | Error>): AsyncGenerator<Buffer> {
  for (const p of parts) {
    if (p instanceof Error) throw p
    yield Buffer.from(p)
  }
}

describe('writeQueueFile', () => {
  it('writes the header then the body under the final name, leaving no temp file', async () => {
    const dest = await writeQueueFile(dir, 'q1', '__tmp__.q1', Buffer.from('HDR'), chunks(['line 1\r\n', 'line 2\r\n']))
    expect(dest).toBe(path.join(dir, 'q1'))
    expect(fs.readFileSync(dest, 'utf8')).toBe('HDRline 1\r\nline 2\r\n')
    expect(fs.readdirSync(dir)).toEqual(['q1'])
  })

  it('a failure part way (the message could not be read, the disk is full) leaves nothing behind and rejects', async () => {
    await expect(writeQueueFile(dir, 'q2', '__tmp__.q2', Buffer.from('HDR'), chunks(['line 1\r\n', new Error('ENOSPC: no space left on device')]))).rejects.toThrow(/ENOSPC/)
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('never overwrites a temp file of another writer', async () => {
    fs.writeFileSync(path.join(dir, '__tmp__.q3'), 'someone else')
    await expect(writeQueueFile(dir, 'q3', '__tmp__.q3', Buffer.from('HDR'), chunks(['x']))).rejects.toThrow(/EEXIST/)
    expect(fs.readdirSync(dir)).toEqual(['__tmp__.q3'])
    expect(fs.readFileSync(path.join(dir, '__tmp__.q3'), 'utf8')).toBe('someone else')
  })
})
