// Thread hijacking (issue 10, thirty-fifth round, probes in the style of 2019-2023): malware that has taken over a
// mailbox answers the conversations it finds there, in their own thread, with a line or two ("Please see the attached
// document and confirm", "Anbei die gewünschten Unterlagen", "Segue em anexo o arquivo solicitado") and a payload: a
// password-protected archive and its password, a program, a OneNote notebook, a disk image or a web page attached, or
// a link to an archive on somebody else's (often a hacked WordPress) site. It is what an outbound gateway sees of a
// compromised account, and the quoted conversation below it is the victim's genuine mail: the classifiers read that,
// and call the reply ham (src/engine/index.ts does not count their ham opinion against it).
import type { RuleFamily } from '../types'
import type { ParsedMessage } from '../message'
import { MAX_RULE_SUBJECT_CHARS } from '../limits'
import { REPLY_OR_FORWARD_PREFIX } from '../subject_prefix'
import { beforeSignature, writerPart } from '../reported'
import { domainOf, sameOrg } from '../domains'
import { payloadAttachment } from './attachment'
import { linkedDownload, SITE_FOLDER } from './uri'
import { FILE_SHARING_HOSTS, NEUTRAL_LINK_HOSTS } from './lists'

/** The reply's own words are a line or two: at most this many characters above the quote, signature left out. */
const OWN_TEXT_CHARS = 400

/**
 * The reply says it attaches something (seven languages), while it hands over a link: the hijacker's template names
 * an attachment whatever it sends.
 */
const CLAIMS_ATTACHED = /(?<!\p{L})(?:attached|attachment|enclosed|anbei|anhang|angehängt|bijlage|bijgevoegd|anexo|anexado|adjunto|adjunta|adjuntamos|pièce jointe|ci-joint|ci-jointe|allegato|allegata)(?!\p{L})/iu

/** A link that downloads an archive or a program, to a host a payload may be on (not the sender's, a platform's, a sharing service's). */
function payloadLink(url: string, host: string, fromDomain: string): string {
  const download = linkedDownload(url)
  return download && !(fromDomain && sameOrg(host, fromDomain)) && !NEUTRAL_LINK_HOSTS.has(host) && !FILE_SHARING_HOSTS.has(host) ? download : ''
}

/**
 * What a reply (or a forward) of a line or two over a quoted message hands over, or undefined: its password-protected
 * archive, program, OneNote notebook, disk image or web page (attachment.ts's payloadAttachment), or a link in its own
 * words to an archive or a program on a site that is neither the sender's, a big platform's nor a file-sharing service's
 * (lists.ts's FILE_SHARING_HOSTS), where the words say an attachment is there but none is, or the link leads into a
 * site's system or upload folder.
 */
export function replyPayload(msg: ParsedMessage): string | undefined {
  const subject = msg.subject.length > MAX_RULE_SUBJECT_CHARS ? msg.subject.slice(0, MAX_RULE_SUBJECT_CHARS) : msg.subject
  if (!REPLY_OR_FORWARD_PREFIX.test(subject)) return undefined
  // most replies carry neither an attachment nor a link to a download: their quote need not be looked for
  const fromDomain = domainOf(msg.from?.address)
  const downloads = msg.links.slice(0, 50).flatMap((l) => {
    const file = l.host ? payloadLink(l.url, l.host, fromDomain) : ''
    return file ? [{ url: l.url, host: l.host, file }] : []
  })
  if (msg.attachments.length === 0 && downloads.length === 0) return undefined
  const writer = writerPart(msg.text)
  if (writer === undefined) return undefined
  const own = beforeSignature(writer)
  if (own.length > OWN_TEXT_CHARS) return undefined
  const lower = own.toLowerCase()
  const attached = payloadAttachment(msg, lower)
  if (attached) return `${attached.slice(0, 80)} under ${own.length} characters of reply`
  const claims = msg.attachments.length === 0 && CLAIMS_ATTACHED.test(lower)
  // the link in the reply's own words (not the quote's), and the words say it is attached, or it leads into WordPress
  const link = downloads.find((d) => lower.includes(d.url.slice(0, 300).toLowerCase()) && (claims || SITE_FOLDER.test(d.url.slice(0, 600))))
  return link ? `${link.host}: ${link.file.slice(0, 60)} under ${own.length} characters of reply` : undefined
}

export const threadRules: RuleFamily = {
  family: 'thread',
  rules: [
    {
      name: 'REPLY_PAYLOAD',
      score: 8.5,
      description: `thread hijacking: a reply or forward whose own words, above the quoted conversation, are a line or two (at most ${OWN_TEXT_CHARS} characters) and hand over a payload: a password-protected archive with its password, an attached program, OneNote notebook, disk image or web page (not a script or an SVG image, which developers and designers attach), or a link to an archive or a program on a site neither the sender's, a big platform's nor a file-sharing service's (Dropbox, WeTransfer, OneDrive, GitHub), where the words say something is attached and nothing is, or the link leads into a site's WordPress folders; what malware in a taken-over mailbox sends to its conversations. With it the rules alone pass the threshold, and the classifiers' ham opinion (of the quoted genuine conversation) is not counted against it`,
    },
  ],
  check(msg, _facts, hit) {
    const payload = replyPayload(msg)
    if (payload) hit('REPLY_PAYLOAD', payload)
  },
}
