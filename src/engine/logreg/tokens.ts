// Tokens the logistic regression reads besides the Bayes tokeniser's (which it
// shares): features that overlap and correlate heavily, which a discriminative
// model weighs jointly but which would be counted over and over by naive Bayes.
//   sc:  character trigrams of the subject (lower case, spaces folded, padded):
//        catch obfuscated and inflected subject words ("V1AGRA", "refinancing",
//        "mortgages") that the word tokens miss;
//   hs:  the shape of a few header values the sender's software writes (From,
//        Message-ID, Content-Type, MIME-Version, X-Mailer, User-Agent, X-Priority):
//        letters and digits folded to A/a/N, so "1.0 (Apple Message framework v552)"
//        and a bulk mailer's boundary style are recognised without their words.
// Chosen by cross-validation on the training part (src/tools/cv.ts; README
// "Measured"). Bounded: at most MAX_SUBJECT_CHARS of the subject and
// MAX_SHAPE_CHARS of each header value are read.
import type { ParsedMessage } from '../message'

const MAX_SUBJECT_CHARS = 300
const MAX_SHAPE_CHARS = 200
const SHAPE_HEADERS = ['from', 'message-id', 'content-type', 'mime-version', 'x-mailer', 'user-agent', 'x-priority']

export function lrExtraTokens(msg: ParsedMessage): string[] {
  const out = new Set<string>()
  const subject = ` ${msg.subject.slice(0, MAX_SUBJECT_CHARS).toLowerCase().replace(/\s+/g, ' ')} `
  for (let i = 0; i + 3 <= subject.length; i++) out.add(`sc:${subject.slice(i, i + 3)}`)
  for (const name of SHAPE_HEADERS) {
    const v = msg.headers.get(name)?.[0]
    if (v === undefined) continue
    const shape = v.slice(0, MAX_SHAPE_CHARS).trim().replace(/[A-Z]+/g, 'A').replace(/[a-z]+/g, 'a').replace(/[0-9]+/g, 'N')
    out.add(`hs:${name}:${shape.slice(0, 40)}`)
  }
  return [...out]
}
