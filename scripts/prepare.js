#!/usr/bin/env node
// npm's `prepare` and `prestart`: compile src/ to dist/ when TypeScript is
// installed (a development checkout); without it (npm ci --omit=dev, or the
// published package) use the dist/ that is there, and say so. Also gives the
// repository root the docs/Plugins.md that `haraka -c . -o` reads (haraka -i
// copies it into the install dirs it makes; this root is not made by haraka -i).
'use strict'
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const built = fs.existsSync(path.join(root, 'dist', 'plugins', 'outpost_relay.js'))

let tsc
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [root] })
} catch {
  tsc = undefined
}

if (tsc && fs.existsSync(path.join(root, 'src'))) {
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.json')], { stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
} else if (!built) {
  console.error('outpost: dist/ is missing and TypeScript is not installed: run `npm install` (with the devDependencies) to build it')
  process.exit(1)
}

try {
  const target = path.join(root, 'docs', 'Plugins.md')
  if (!fs.existsSync(target)) {
    const source = path.join(path.dirname(require.resolve('Haraka/package.json', { paths: [root] })), 'docs', 'Plugins.md')
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(source, target)
  }
} catch {
  /* only `haraka -o` needs it; Haraka may not be installed next to us (a package installed into a haraka -i dir) */
}
