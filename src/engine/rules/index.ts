import type { RuleFamily } from '../types'
import { headerRules } from './header'
import { envelopeRules } from './envelope'
import { bodyRules } from './body'
import { uriRules } from './uri'
import { mimeRules } from './mime'
import { attachmentRules } from './attachment'

export const RULE_FAMILIES: ReadonlyArray<RuleFamily> = [headerRules, envelopeRules, bodyRules, uriRules, mimeRules, attachmentRules]
