// Temporary directories the tests make (install dirs, test CAs), removed after
// each test file by test/helpers/setup.ts so runs do not fill /tmp.
// OUTPOST_KEEP_TEST_DIRS=1 keeps them, to look at a failed run's files and logs.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const tracked: string[] = []

export function trackTempDir(dir: string): string {
  tracked.push(dir)
  return dir
}

/** mkdtemp in the system temp dir, removed after the test file. */
export function makeTempDir(prefix: string): string {
  return trackTempDir(fs.mkdtempSync(path.join(os.tmpdir(), prefix)))
}

export function removeTrackedTempDirs(): void {
  const dirs = tracked.splice(0)
  if (process.env.OUTPOST_KEEP_TEST_DIRS) {
    if (dirs.length) console.log(`kept test directories:\n  ${dirs.join('\n  ')}`)
    return
  }
  for (const dir of dirs) {
    try {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
    } catch {
      /* a process of a failed test may still hold it; the OS cleans /tmp eventually */
    }
  }
}
