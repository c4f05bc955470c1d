// A throw-away copy of an Outpost install directory, for end-to-end tests and
// benchmarks: config/ and haraka.ini copied (so each run edits its own), the
// code (dist/, plugins/, node_modules/, models/) symlinked, a fresh var/.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Write files into an install dir: relative path -> content. A symlinked entry is replaced, never written through. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    const target = path.join(dir, rel)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    if (fs.existsSync(target) && fs.lstatSync(target).isSymbolicLink()) fs.unlinkSync(target)
    fs.writeFileSync(target, content)
  }
}

export function makeInstallCopy(repo: string, prefix: string, files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  fs.cpSync(path.join(repo, 'config'), path.join(dir, 'config'), { recursive: true })
  fs.copyFileSync(path.join(repo, 'haraka.ini'), path.join(dir, 'haraka.ini'))
  fs.mkdirSync(path.join(dir, 'plugins'))
  for (const name of fs.readdirSync(path.join(repo, 'plugins'))) {
    fs.symlinkSync(path.join(repo, 'plugins', name), path.join(dir, 'plugins', name))
  }
  for (const name of ['dist', 'node_modules', 'models']) {
    if (fs.existsSync(path.join(repo, name))) fs.symlinkSync(path.join(repo, name), path.join(dir, name))
  }
  fs.mkdirSync(path.join(dir, 'var'))
  writeFiles(dir, { 'config/queue_dir': path.join(dir, 'var', 'queue') + '\n', ...files })
  return dir
}
