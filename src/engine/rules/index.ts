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

export const RULE_FAMILIES: ReadonlyArray<RuleFamily> = [headerRules, envelopeRules, bodyRules, uriRules, mimeRules, attachmentRules, lureRules, linkRules, disguiseRules, offerRules]
