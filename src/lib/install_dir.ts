import path from 'node:path'

/**
 * The Haraka install directory: where config/, haraka.ini and var/ live.
 * Haraka sets HARAKA to its -c argument before loading plugins; the outpost
 * command takes -c DIR (or HARAKA) and otherwise uses the repository root it
 * was installed in, so both work on the same files.
 */
export function installDir(explicit?: string): string {
  if (explicit) return path.resolve(explicit)
  if (process.env.HARAKA) return path.resolve(process.env.HARAKA)
  // dist/lib/install_dir.js -> repository root
  return path.resolve(__dirname, '..', '..')
}
