// Body rules: phrases in the decoded text (plain, or HTML stripped), capped at MAX_TEXT_CHARS.
import type { RuleFamily } from '../types'

/** The SpamAssassin GTUBE test string: a message carrying it must be treated as spam. */
export const GTUBE = 'XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X'

const PHISHING = [
  /verify\s+your\s+(?:account|identity|email|password|login)/,
  /confirm\s+your\s+(?:account|identity|password|billing|banking|login|details)/,
  /(?:update|validate|re-?activate)\s+your\s+(?:account|billing|payment|banking|card)\s*(?:details|information|info)?/,
  /your\s+(?:account|mailbox|password)\s+(?:has\s+been|will\s+be|is)\s+(?:suspended|locked|disabled|deactivated|limited|closed|expired)/,
  /(?:unusual|suspicious)\s+(?:sign[- ]?in|login|activity)/,
  /mailbox\s+(?:is\s+)?(?:full|over\s?quota|storage)/,
  /click\s+(?:here|below|the\s+link)\s+to\s+(?:verify|confirm|unlock|restore|validate|reactivate)/,
  /(?:social\s+security|routing|pin)\s+number/,
  /failure\s+to\s+(?:do\s+so|verify|confirm)\s+(?:will|may)\s+result/,
]

const ADVANCE_FEE = [
  /next\s+of\s+kin/, /(?:usd|us\$|u\.s\.\s*dollars?)\s?\d/, /\d{1,15}(?:\.\d{1,6})?\s?(?:million|m)\s+(?:united\s+states\s+|us\s+|u\.s\.\s+)?dollars/,
  /(?:late|deceased)\s+(?:client|husband|father|customer)/, /\bbarrister\b/, /foreign\s+(?:partner|account)/,
  /strictest\s+confidence/, /(?:central|reserve)\s+bank\s+of/, /transfer\s+(?:of\s+)?(?:the\s+)?(?:fund|sum|money)/,
  /(?:government|nnpc|ministry)\s+(?:contract|official)/, /percent(?:age)?\s+of\s+the\s+(?:total\s+)?(?:fund|sum)/,
]

const MARKETING = [
  /click\s+here/, /\bact\s+now\b/, /limited\s+time/, /risk[- ]free/, /no\s+obligation/, /100%\s+(?:free|guaranteed|satisfaction)/,
  /money[- ]back\s+guarantee/, /(?:work|earn\s+money)\s+(?:from|at)\s+home/, /(?:lowest|best)\s+(?:price|rate|mortgage)s?/,
  /\bfree\s+(?:quote|gift|trial|consultation|information|report|offer)/, /(?:order|call|buy)\s+(?:now|today)/,
  /(?:special|exclusive)\s+(?:offer|promotion|deal)/, /\b(?:viagra|cialis|phentermine|xanax|vicodin)\b/,
  /(?:credit\s+card|debt)\s+(?:offer|relief|consolidation)/, /(?:dear\s+(?:friend|sir\/madam|valued\s+customer))/,
  /(?:lose|losing)\s+weight/, /(?:extra|additional)\s+income/, /(?:cash|money)\s+(?:bonus|prize|reward)/,
  /(?:you\s+(?:have\s+been|were)\s+(?:selected|chosen))/, /(?:winner|you\s+(?:have\s+)?won)\b/,
  /(?:double|triple)\s+your/, /\bguaranteed?\b/, /\$\d[\d,]{0,20}(?:\.\d\d)?\s+(?:per|a)\s+(?:week|month|day)/,
  /(?:home\s+based|online)\s+business/, /(?:mlm|multi-level\s+marketing)/, /apply\s+(?:now|online)/, /\bonly\s+\$\d/,
]

const CLAIMS_NOT_SPAM = [
  /this\s+(?:is\s+not|isn'?t)\s+(?:a\s+)?spam/, /not\s+(?:an?\s+)?unsolicited/, /s\.?\s?1618/, /bill\s+s\.?\s?1618/,
  /(?:to\s+be|wish\s+to\s+be|want\s+to\s+be)\s+removed\s+from\s+(?:our|this|the|future)/, /to\s+(?:unsubscribe|be\s+removed),?\s+(?:reply|send|click|e-?mail)/,
  /(?:you\s+(?:are\s+)?receiv(?:ed|ing)\s+this\s+(?:e-?mail|message)\s+because\s+you)/, /opt(?:ed)?[- ]in\s+(?:list|to\s+receive)/,
  /(?:reply|respond)\s+with\s+["']?remove["']?/, /one[- ]time\s+(?:mailing|e-?mail|offer)/,
]

const SEXTORTION = /\b(?:bitcoin|btc)\b[\s\S]{0,400}\b(?:webcam|recorded|video\s+of\s+you|hacked|malware|your\s+contacts)\b|\b(?:webcam|recorded\s+you|hacked\s+your)\b[\s\S]{0,800}\b(?:bitcoin|btc|wallet)\b/

function firstMatches(text: string, patterns: RegExp[], limit: number): string[] {
  const found: string[] = []
  for (const re of patterns) {
    const m = re.exec(text)
    if (m) {
      found.push(m[0].replace(/\s+/g, ' '))
      if (found.length >= limit) break
    }
  }
  return found
}

export const bodyRules: RuleFamily = {
  family: 'body',
  rules: [
    { name: 'GTUBE', score: 1000, description: 'the GTUBE anti-spam test string: the message is a deliberate spam test' },
    { name: 'PHISHING_WORDS', score: 2.5, description: 'asks the reader to verify, confirm or update an account, password or payment details' },
    { name: 'ADVANCE_FEE', score: 3, description: 'three or more advance-fee ("419") fraud phrases' },
    { name: 'SPAM_PHRASES', score: 0.5, description: 'three or four distinct sales phrases (click here, act now, risk free, ...)' },
    { name: 'SPAM_PHRASES_MANY', score: 2.5, description: 'five or more distinct sales phrases' },
    { name: 'CLAIMS_NOT_SPAM', score: 1.5, description: 'claims not to be spam, cites "bill s.1618", or gives removal instructions of bulk mail' },
    { name: 'SEXTORTION', score: 4.0, description: 'bitcoin payment demand together with webcam/hacked-account threats' },
    { name: 'BODY_EXCESS_CAPS', score: 1, description: 'more than half of 200+ letters of the body in upper case' },
    { name: 'BODY_EMPTY', score: 1, description: 'no text and no attachment' },
  ],
  check(msg, _facts, hit) {
    const raw = msg.text
    if (raw.includes(GTUBE) || msg.html.includes(GTUBE)) hit('GTUBE')
    if (!raw.trim() && msg.attachments.length === 0) {
      hit('BODY_EMPTY')
      return
    }
    const text = raw.toLowerCase()
    const phishing = firstMatches(text, PHISHING, 2)
    if (phishing.length) hit('PHISHING_WORDS', phishing.join('; '))
    const fee = firstMatches(text, ADVANCE_FEE, 5)
    if (fee.length >= 3) hit('ADVANCE_FEE', fee.slice(0, 3).join('; '))
    const sales = firstMatches(text, MARKETING, 5)
    if (sales.length >= 5) hit('SPAM_PHRASES_MANY', sales.join('; '))
    else if (sales.length >= 3) hit('SPAM_PHRASES', sales.join('; '))
    const claims = firstMatches(text, CLAIMS_NOT_SPAM, 1)
    if (claims.length) hit('CLAIMS_NOT_SPAM', claims[0])
    const extortion = SEXTORTION.exec(text)
    if (extortion) hit('SEXTORTION', extortion[0].slice(0, 80).replace(/\s+/g, ' '))
    let upper = 0
    let letters = 0
    const limit = Math.min(raw.length, 20000)
    for (let i = 0; i < limit; i++) {
      const c = raw.charCodeAt(i)
      if (c >= 65 && c <= 90) {
        upper++
        letters++
      } else if (c >= 97 && c <= 122) letters++
    }
    if (letters >= 200 && upper / letters > 0.5) hit('BODY_EXCESS_CAPS', `${Math.round((100 * upper) / letters)}% upper case`)
  },
}
