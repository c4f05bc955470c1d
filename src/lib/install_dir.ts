import fs from 'node:fs'
import path from 'node:path'

/**
 * The Haraka install directory: where config/, haraka.ini and var/ live.
 * Haraka sets HARAKA to its -c argument (else the directory it was started in)
 * before loading plugins, so inside the gateway this is HARAKA.
 */
export function installDir(explicit?: string): string {
  if (explicit) return path.resolve(explicit)
  if (process.env.HARAKA) return path.resolve(process.env.HARAKA)
  return process.cwd()
}

/** The `outpost` command was pointed at (or started in) a directory that is not a Haraka install. */
export class InstallDirError extends Error {}

/** What makes a directory a Haraka install: a config/ directory with Haraka's plugin list or listener settings. */
export function isInstallDir(dir: string): boolean {
  try {
    if (!fs.statSync(path.join(dir, 'config')).isDirectory()) return false
  } catch {
    return false
  }
  return ['plugins', 'smtp.ini'].some((f) => fs.existsSync(path.join(dir, 'config', f)))
}

/**
 * The install directory the `outpost` command works on, the way an admin
 * expects: -c DIR, else $HARAKA, else the current directory when it is an
 * install. Anything else is refused with what to do, never guessed (the
 * package's own directory is not the admin's install).
 */
export function findInstallDir(opts: { explicit?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): string {
  const env = opts.env ?? process.env
  const cwd = opts.cwd ?? process.cwd()
  let dir: string
  let source: string
  if (opts.explicit) {
    dir = path.resolve(cwd, opts.explicit)
    source = `-c ${opts.explicit}`
  } else if (env.HARAKA) {
    dir = path.resolve(cwd, env.HARAKA)
    source = `HARAKA=${env.HARAKA}`
  } else {
    if (isInstallDir(cwd)) return cwd
    throw new InstallDirError(
      `${cwd} is not a Haraka install directory (no config/plugins or config/smtp.ini): ` +
        'run outpost from the install directory, or give it with -c DIR or the HARAKA environment variable',
    )
  }
  if (!fs.existsSync(dir)) throw new InstallDirError(`${dir} (${source}) does not exist`)
  if (!isInstallDir(dir)) {
    throw new InstallDirError(
      `${dir} (${source}) is not a Haraka install directory: it has no config/plugins or config/smtp.ini ` +
        '(make one with `haraka -i DIR`, then `outpost init DIR`)',
    )
  }
  return dir
}
