// File calls for appendRecord (src/quarantine/durable.ts) that behave like a full disk.
import fsp from 'node:fs/promises'
import type { AppendIo } from '../../src/quarantine/durable'

/** The first write takes only half of its bytes (the disk is full), later ones all of them; writes: each write's length. */
export function cutFirstWrite(): { io: AppendIo; writes: number[] } {
  const writes: number[] = []
  let cut = true
  const io: AppendIo = {
    stat: (p) => fsp.stat(p),
    async open(p, flags, mode) {
      const fh = await fsp.open(p, flags, mode)
      return {
        stat: () => fh.stat(),
        close: () => fh.close(),
        async write(buf: Buffer, off: number, len: number) {
          const n = cut ? Math.floor(len / 2) : len
          cut = false
          writes.push(n)
          return fh.write(buf, off, n)
        },
      }
    },
  }
  return { io, writes }
}
