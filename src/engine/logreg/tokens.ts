// Tokens the logistic regression reads besides the Bayes tokeniser's (which it
// shares): features that overlap and correlate heavily, which a discriminative
// model weighs jointly but which would be counted over and over by naive Bayes.
//   sc:  character trigrams of the subject (lower case, spaces folded, padded):
//        catch obfuscated and inflected subject words ("V1AGRA", "refinancing",
//        "mortgages") that the word tokens miss;
//   fc:  character trigrams of the From display name, likewise (seventeenth round of issue 10): the
//        name is where a lure writes its brand, its tags and its disguises ("Informa BB: Conta
//        bloqueada - Cod.VX..", "*SALE VlAGRA+ClALlS*", "Eco Savings Elon Musk"), and a department's
//        name is how an organisation signs its own mail ("Buchhaltung", "IT Service Desk");
//   hs:  the shape of a few header values the sender's software writes (From,
//        Message-ID, Content-Type, MIME-Version, X-Mailer, User-Agent, X-Priority):
//        letters and digits folded to A/a/N, so "1.0 (Apple Message framework v552)"
//        and a bulk mailer's boundary style are recognised without their words.
// Chosen by cross-validation on the training part (src/tools/cv.ts; README
// "Measured"). Bounded: at most MAX_SUBJECT_CHARS of the subject, MAX_NAME_CHARS of the
// From display name and MAX_SHAPE_CHARS of each header value are read.
//
// It does not read the Bayes tokens that describe only the MIME format (charset,
// content and transfer types, html-only or html+text, time zone): see lrTokens.
import type { ParsedMessage } from '../message'

const MAX_SUBJECT_CHARS = 300
const MAX_SHAPE_CHARS = 200
const MAX_NAME_CHARS = 100
const SHAPE_HEADERS = ['from', 'message-id', 'content-type', 'mime-version', 'x-mailer', 'user-agent', 'x-priority']

/** The character trigrams of the text padded with a space at each end, each as prefix + trigram. */
function addTrigrams(out: Set<string>, prefix: string, text: string): void {
  const padded = ` ${text} `
  for (let i = 0; i + 3 <= padded.length; i++) out.add(`${prefix}${padded.slice(i, i + 3)}`)
}

export function lrExtraTokens(msg: ParsedMessage): string[] {
  const out = new Set<string>()
  addTrigrams(out, 'sc:', msg.subject.slice(0, MAX_SUBJECT_CHARS).toLowerCase().replace(/\s+/g, ' '))
  addTrigrams(out, 'fc:', (msg.from?.name ?? '').slice(0, MAX_NAME_CHARS).toLowerCase().replace(/\s+/g, ' ').trim())
  for (const name of SHAPE_HEADERS) {
    const v = msg.headers.get(name)?.[0]
    if (v === undefined) continue
    const shape = v.slice(0, MAX_SHAPE_CHARS).trim().replace(/[A-Z]+/g, 'A').replace(/[a-z]+/g, 'a').replace(/[0-9]+/g, 'N')
    out.add(`hs:${name}:${shape.slice(0, 40)}`)
  }
  return [...out]
}

/**
 * The Bayes tokens of the message format: charsets (cs:), html-only or html+text (mime:) and time zone (tz:);
 * the content type and transfer encoding are not tokenised at all since the fourteenth round. The logistic
 * regression weighs features jointly, and on our training data these tell the era apart, not ham from spam:
 * the 2002 spam is html-only or plain text in Latin-1, our modern ham is UTF-8 html+text, so it learned UTF-8
 * and html+text as strong ham (weights -6.6 and -5.9) and html-only as spam. The honeypot's phishing was scored
 * ham on them, and other applications' html-only templates sat at the classifiers' cap. Bayes, which counts
 * each token alone, still reads them. Measured in the README (issue 10, thirteenth round).
 */
const FORMAT_TOKEN = /^(?:cs|mime|tz):/

/** The tokens the logistic regression reads: the Bayes tokens but those of the format, and lrExtraTokens. */
export function lrTokens(bayesTokens: readonly string[], msg: ParsedMessage): string[] {
  const out: string[] = []
  for (const t of bayesTokens) if (!FORMAT_TOKEN.test(t)) out.push(t)
  for (const t of lrExtraTokens(msg)) out.push(t)
  return out
}
