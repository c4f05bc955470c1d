// Text in windows-1252, and in every charset the WHATWG Encoding Standard reads as windows-1252 (iso-8859-1, latin1,
// us-ascii, cp1252, ... and any label it does not know), read as a browser and a mail program read it: bytes 0x80 to
// 0x9F are the euro sign, the curly quotes, the dashes and the ellipsis Outlook and Exchange write ("don’t", "€ 10",
// "– …"). Node's TextDecoder has read them as C1 control characters since 20.18.3 and 22.13.0 (nodejs/node#56542 and
// #60888; fixed in later 22.x releases, not in 20.x): on Node 20 the rules and the classifiers read "don\u0092t" and
// "\u0080 10" where the reader sees "don’t" and "€ 10", and Node 20 and Node 22 gave the same message different scores
// (issue 10, thirty-eighth round). postal-mime decodes with TextDecoder; src/engine/postal.ts gives its text parts
// this decoder instead, and src/engine/message.ts reads the C1 characters of its decoded header words through
// c1AsWindows1252. Pure.

/** What windows-1252 shows for bytes 0x80 to 0x9F (the five it leaves undefined stay the C1 characters, as WHATWG's index has them). */
const C1_AS_WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

const HAS_C1 = /[\u0080-\u009f]/
const C1 = /[\u0080-\u009f]/g

/** The text with each C1 control character read as the windows-1252 character of the same byte. */
export function c1AsWindows1252(text: string): string {
  return HAS_C1.test(text) ? text.replace(C1, (c) => C1_AS_WINDOWS_1252[c.charCodeAt(0) - 0x80]) : text
}

/** The bytes decoded as windows-1252, as the WHATWG Encoding Standard decodes them. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return c1AsWindows1252(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))
}

/**
 * Whether a part's charset is read as windows-1252: as postal-mime picks its decoder (the label trimmed and lower-cased,
 * TextDecoder's own label table, windows-1252 for a label it does not know).
 */
export function readsAsWindows1252(charset: string | undefined): boolean {
  const label = (charset || 'utf8').trim().toLowerCase()
  try {
    return new TextDecoder(label).encoding === 'windows-1252'
  } catch {
    return true
  }
}
