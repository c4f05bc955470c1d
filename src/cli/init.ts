// `outpost init [DIR]`: make a Haraka install directory (made with `haraka -i DIR`,
// Outpost installed into it with `npm install outpost-X.tgz`) ready for Outpost:
//   - copies the default config files it lacks (commented; never overwrites one);
//   - makes plugins/outpost_<name>/package.json, small folder plugins pointing
//     at this package's compiled code, because Haraka looks a plugin up as
//     plugins/<name>.js, node_modules/haraka-plugin-<name>, plugins/<name>/package.json
//     or node_modules/<name>, and one package holds five plugins;
//   - prints the lines to add to config/plugins, which it never edits (the
//     order of an existing Haraka's plugins is the admin's decision).
import fs from 'node:fs'
import path from 'node:path'
import { isInstallDir } from '../lib/install_dir'
import { readSmtpIniMain } from '../lib/service_user'
import { EXIT, parseCommand, usageError } from './args'
import type { CliContext } from './outpost'
import { REGEXP_FLAG } from '../engine/regexp_compile'

const USAGE = `usage: outpost init [DIR] [--dry-run]

  Sets up the Haraka install directory DIR (default: -c DIR, $HARAKA, else the
  current directory) for Outpost:
    - copies the default config files it lacks into DIR/config (and DIR/haraka.ini);
      an existing file is never changed;
    - makes DIR/plugins/outpost_*/package.json pointing at the installed package;
    - prints the lines to add to DIR/config/plugins.
  Make DIR with \`haraka -i DIR\` first, then \`cd DIR && npm install outpost-VERSION.tgz\`.
  --dry-run   say what would be done, change nothing
`

/** The package this command belongs to (dist/cli/init.js -> the package root). */
export const PACKAGE_ROOT = path.resolve(__dirname, '..', '..')

/** Files of the package's config/ that init never copies, and why. */
const NOT_COPIED: Record<string, string> = {
  // the admin's list and order: printed instead
  plugins: 'printed below instead',
  // an existing Haraka keeps its queue where it is (config/queue_dir unset = DIR/queue)
  queue_dir: "Haraka's default queue directory is kept",
}

/** Plugins whose presence beside Outpost's is almost certainly a mistake, and why. */
const CONFLICTS: Record<string, string> = {
  'queue/smtp_forward': 'forwards during the session, bypassing outpost_route (routing, retries) and DKIM signing',
  'queue/smtp_proxy': 'proxies the session, bypassing the policy, the quarantine and outpost_route',
  'queue/smtp_bridge': 'bypasses outpost_route',
  'queue/lmtp': 'delivers locally instead of through outpost_route',
  relay: 'grants relaying by its own ACLs; outpost_relay decides who may relay',
  dkim: 'would sign a second time: outpost_dkim is haraka-plugin-dkim',
  dkim_sign: 'would sign a second time: outpost_dkim signs',
}

export interface InitReport {
  created: string[]
  kept: string[]
  shims: string[]
  pluginLines: string[]
  alreadyListed: string[]
  warnings: string[]
}

/** The plugin lines of the package's shipped config/plugins, in order (comments dropped). */
export function shippedPluginLines(pkg = PACKAGE_ROOT): string[] {
  return fs
    .readFileSync(path.join(pkg, 'config', 'plugins'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
}

function listedPlugins(dir: string): string[] {
  try {
    return fs
      .readFileSync(path.join(dir, 'config', 'plugins'), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*$/, '').trim())
      .filter(Boolean)
  } catch {
    return []
  }
}

/** The folder plugin that points Haraka at this package's compiled plugin. */
function shimFor(dir: string, name: string, pkg: string): { file: string; content: string } {
  const shimDir = path.join(dir, 'plugins', name)
  const target = path.join(pkg, 'dist', 'plugins', `${name}.js`)
  const inside = !path.relative(dir, pkg).startsWith('..')
  const main = inside ? path.relative(shimDir, target).split(path.sep).join('/') : target
  const content = JSON.stringify({ name, private: true, description: `Outpost plugin ${name} (made by outpost init)`, main, outpost: true }, null, 2) + '\n'
  return { file: path.join(shimDir, 'package.json'), content }
}

function isOurShim(file: string): boolean {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')).outpost === true
  } catch {
    return false
  }
}

export function initInstall(dir: string, opts: { dryRun?: boolean; pkg?: string } = {}): InitReport {
  const pkg = opts.pkg ?? PACKAGE_ROOT
  const report: InitReport = { created: [], kept: [], shims: [], pluginLines: [], alreadyListed: [], warnings: [] }
  const copy = (from: string, rel: string): void => {
    const to = path.join(dir, rel)
    if (fs.existsSync(to)) {
      report.kept.push(rel)
      return
    }
    if (!opts.dryRun) {
      fs.mkdirSync(path.dirname(to), { recursive: true })
      // COPYFILE_EXCL: a file that appeared meanwhile is still never overwritten
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL)
    }
    report.created.push(rel)
  }
  for (const name of fs.readdirSync(path.join(pkg, 'config')).sort()) {
    const from = path.join(pkg, 'config', name)
    if (NOT_COPIED[name] || !fs.statSync(from).isFile()) continue
    copy(from, path.join('config', name))
  }
  copy(path.join(pkg, 'haraka.ini'), 'haraka.ini')

  if (path.resolve(pkg) !== path.resolve(dir)) {
    for (const name of fs.readdirSync(path.join(pkg, 'plugins')).sort()) {
      if (!fs.existsSync(path.join(pkg, 'dist', 'plugins', `${name}.js`))) continue
      const shim = shimFor(dir, name, pkg)
      const rel = path.relative(dir, shim.file)
      if (fs.existsSync(shim.file) || fs.existsSync(path.join(dir, 'plugins', `${name}.js`))) {
        if (!fs.existsSync(shim.file) || !isOurShim(shim.file)) {
          report.warnings.push(`${rel.replace(/\/package\.json$/, '')} exists and was not made by outpost init: left alone (Haraka loads it instead of Outpost's ${name})`)
          continue
        }
        if (fs.readFileSync(shim.file, 'utf8') === shim.content) {
          report.kept.push(rel)
          continue
        }
      }
      if (!opts.dryRun) {
        fs.mkdirSync(path.dirname(shim.file), { recursive: true })
        fs.writeFileSync(shim.file, shim.content)
      }
      report.shims.push(rel)
    }
  }

  const listed = listedPlugins(dir)
  for (const line of shippedPluginLines(pkg)) (listed.includes(line) ? report.alreadyListed : report.pluginLines).push(line)
  for (const p of listed) if (CONFLICTS[p]) report.warnings.push(`config/plugins lists ${p}: it ${CONFLICTS[p]}; remove it`)
  const smtp = readSmtpIniMain(dir)
  if (!/^(true|yes|1|on)$/i.test(smtp.graceful_shutdown ?? '')) {
    report.warnings.push('config/smtp.ini: add graceful_shutdown=true, so that a stop (SIGINT) lets sessions finish instead of cutting them mid-DATA')
  }
  return report
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const p = parseCommand(ctx, 'init', args, { usage: USAGE, options: { 'dry-run': { type: 'boolean' } }, positionals: { max: 1 } })
  if (typeof p === 'number') return p
  const dir = p.positionals[0] ? path.resolve(p.positionals[0]) : ctx.dir
  if (!isInstallDir(dir)) {
    return usageError(ctx, 'init', `${dir} is not a Haraka install directory (no config/plugins or config/smtp.ini): make it with \`haraka -i ${dir}\` first`)
  }
  const dryRun = p.values['dry-run'] === true
  const r = initInstall(dir, { dryRun })
  const say = (s: string): void => void ctx.out.write(s + '\n')
  const would = dryRun ? 'would be ' : ''
  say(`Outpost ${dryRun ? '(dry run) ' : ''}in ${dir}:`)
  for (const f of r.created) say(`  ${would}created  ${f}`)
  for (const f of r.shims) say(`  ${would}created  ${f} -> ${PACKAGE_ROOT}`)
  for (const f of r.kept) say(`  kept     ${f} (exists; not changed)`)
  say('')
  if (r.pluginLines.length) {
    say(`Add these lines to ${path.join(dir, 'config', 'plugins')}, in this order${r.alreadyListed.length ? ` (already listed: ${r.alreadyListed.join(', ')})` : ''}.`)
    say('outpost_relay must come before any IP-reputation plugin (dns-list, spf, fcrdns, helo.checks); outpost_dkim last:')
    say('')
    for (const l of r.pluginLines) say(l)
    say('')
  } else {
    say(`config/plugins already lists ${r.alreadyListed.join(', ')}.`)
  }
  for (const w of r.warnings) ctx.err.write(`outpost init: warning: ${w}\n`)
  say('Then edit config/outpost_relay.ini (trusted networks) and config/outpost_route.ini (smarthost),')
  say('make DKIM keys with `outpost dkim keygen DOMAIN`, and start Haraka with node\'s ' + REGEXP_FLAG + ' (the built-in')
  say(`engine costs a quarter more CPU on large messages without it; contrib/systemd/outpost.service gives it):`)
  say(`node ${REGEXP_FLAG} ${path.join(dir, 'node_modules', '.bin', 'haraka')} -c ${dir}`)
  return EXIT.OK
}
