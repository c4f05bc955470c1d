import type { RuleFamily } from '../types'
import { headerRules } from './header'
import { envelopeRules } from './envelope'
import { bodyRules } from './body'
import { uriRules } from './uri'
import { mimeRules } from './mime'
import { attachmentRules } from './attachment'
import { lureRules } from './lure'
import { linkRules } from './links'
import { disguiseRules } from './disguise'
import { offerRules } from './offer'
import { openerRules } from './opener'
import { threadRules } from './thread_hijack'
import { pasteAndRunRules } from './paste_and_run'

export const RULE_FAMILIES: ReadonlyArray<RuleFamily> = [headerRules, envelopeRules, bodyRules, uriRules, mimeRules, attachmentRules, lureRules, linkRules, disguiseRules, offerRules, openerRules, threadRules, pasteAndRunRules]

/** The README table of the rule symbols, from their declarations (npm run gen:config). */
export function renderSymbolsTable(): string {
  const rows = ['| family | symbol | default score | fires when |', '|---|---|---|---|']
  for (const f of RULE_FAMILIES) for (const r of f.rules) rows.push(`| ${f.family} | \`${r.name}\` | ${r.score} | ${r.description.replace(/\|/g, '\\|')} |`)
  return rows.join('\n')
}

const SYMBOLS_TABLE_RE = /(<!-- symbols-table -->\n)[\s\S]*?(<!-- \/symbols-table -->)/

/** The README with its rule-symbol table regenerated. */
export function renderSymbolsReadme(readme: string): string {
  return readme.replace(SYMBOLS_TABLE_RE, (_m, open: string, close: string) => `${open}${renderSymbolsTable()}\n${close}`)
}
