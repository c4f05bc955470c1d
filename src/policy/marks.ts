// What outpost_policy writes into a message it lets through: the score header
// on every scored message, and for action=tag the subject tag and spam header.
// Added in data_post so that DKIM (signing in queue_outbound) covers them.
/** in subject_tag, replaced by the score */
export const SCORE_MACRO = '_SCORE_'

export const SCORE_HEADER = 'X-Outpost-Score'
export const SPAM_HEADER = 'X-Outpost-Spam'
/** headers only Outpost may set: a client's copies are removed before ours are added */
export const OWN_HEADERS = [SCORE_HEADER, SPAM_HEADER] as const

export function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100)
}

export function expandSubjectTag(tag: string, score: number): string {
  return tag.split(SCORE_MACRO).join(formatScore(score))
}

/**
 * The tagged subject. `subject` is the raw header value (it may be folded or
 * hold encoded-words, both left as they are); a subject that already starts
 * with the tag is not tagged twice.
 */
export function tagSubject(subject: string | undefined, tag: string, score: number): string {
  const expanded = expandSubjectTag(tag, score)
  const current = (subject ?? '').replace(/[\r\n]+$/, '').trim()
  if (!current) return expanded
  if (current.startsWith(expanded)) return current
  return `${expanded} ${current}`
}
