// `npm run gen:config`: rewrite the shipped config files and the README's key
// tables from the declarations (src/lib/config_files.ts; the rule-symbol table from src/engine/rules). `--check` only
// reports what would change (exit 1), as the drift test does.
import fs from 'node:fs'
import path from 'node:path'
import { CONFIG_FILES } from '../lib/config_files'
import { renderIni, renderReadme } from '../lib/config_schema'
import { renderPipelineReadme } from '../lib/pipeline'
import { renderSymbolsReadme } from '../engine/rules/index'

export function generated(root: string): Array<{ path: string; content: string }> {
  const out = CONFIG_FILES.map((f) => ({ path: f.path, content: renderIni(f.spec) }))
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
  out.push({ path: 'README.md', content: renderSymbolsReadme(renderPipelineReadme(renderReadme(readme, CONFIG_FILES.map((f) => f.spec)))) })
  return out
}

function main(argv: string[]): number {
  const root = path.resolve(__dirname, '..', '..')
  const check = argv.includes('--check')
  let stale = 0
  for (const f of generated(root)) {
    const target = path.join(root, f.path)
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''
    if (current === f.content) continue
    stale++
    if (check) process.stdout.write(`${f.path} differs from its declaration\n`)
    else {
      fs.writeFileSync(target, f.content)
      process.stdout.write(`wrote ${f.path}\n`)
    }
  }
  if (!stale) process.stdout.write('config files and README tables match the declarations\n')
  return check && stale ? 1 : 0
}

if (require.main === module) process.exitCode = main(process.argv.slice(2))
