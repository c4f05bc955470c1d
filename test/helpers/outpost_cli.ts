// Runs the outpost command on an install dir, as an admin would, and returns
// its exit status and output.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { REPO } from './haraka'

const execFileP = promisify(execFile)

export async function outpost(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileP(process.execPath, [path.join(REPO, 'bin', 'outpost'), '-c', dir, ...args], { env: { ...process.env, HARAKA: '' } })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}
