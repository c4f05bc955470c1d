// Writing one file into Haraka's outbound queue so that a 250 means the file
// is complete and on disk.
//
// Haraka 3.3's own writer (outbound process_delivery) lets a failed write win
// the race to the queue: after an ENOSPC 'error' the stream still emits
// 'close', whose handler renames the partial temp file into the queue and
// resolves first, so the client gets 250 for a truncated or empty file that is
// never delivered whole. Here every write is checked, the file is fsynced and
// its size verified before the rename, the directory is fsynced after it, and
// any failure removes what was written and rejects (the caller answers 451).
import fsp from 'node:fs/promises'
import path from 'node:path'
import { fsyncDir } from '../quarantine/durable'

async function writeAll(fh: fsp.FileHandle, buf: Buffer): Promise<void> {
  let off = 0
  while (off < buf.length) {
    const { bytesWritten } = await fh.write(buf, off, buf.length - off)
    if (bytesWritten <= 0) throw new Error(`short write (${off} of ${buf.length} bytes)`)
    off += bytesWritten
  }
}

/**
 * Write `header` then every chunk of `body` to dir/tmpName, fsync it, check
 * its size, rename it to dir/name and fsync dir. Resolves with the final path
 * only when all of that succeeded; otherwise removes the temp file (and the
 * final one, if the rename happened but the directory fsync failed) and
 * rejects, so nothing a client was not told 250 for can be delivered.
 */
export async function writeQueueFile(
  dir: string,
  name: string,
  tmpName: string,
  header: Buffer,
  body: AsyncIterable<Buffer | string>,
): Promise<string> {
  const tmp = path.join(dir, tmpName)
  const dest = path.join(dir, name)
  let fh: fsp.FileHandle | undefined
  let created = false
  let renamed = false
  try {
    fh = await fsp.open(tmp, 'wx')
    created = true
    await writeAll(fh, header)
    let expected = header.length
    for await (const chunk of body) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      await writeAll(fh, buf)
      expected += buf.length
    }
    await fh.sync()
    const { size } = await fh.stat()
    if (size !== expected) throw new Error(`queue file is ${size} bytes on disk, ${expected} were written`)
    const closing = fh
    fh = undefined
    await closing.close()
    await fsp.rename(tmp, dest)
    renamed = true
    await fsyncDir(dir)
    return dest
  } catch (err) {
    await fh?.close().catch(() => undefined)
    if (created) await fsp.unlink(tmp).catch(() => undefined)
    if (renamed) await fsp.unlink(dest).catch(() => undefined)
    throw err
  }
}
