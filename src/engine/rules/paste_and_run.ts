// "ClickFix" (issue 10, thirty-sixth round, probes in the style of 2024-2026): the lure tells the reader to open the
// Windows Run dialog (Windows key + R), to paste with Ctrl + V and to press Enter, to "verify you are human", to "fix"
// a document that will not open or to "re-verify" a mailbox. What is pasted is a command that a web page has put on the
// clipboard, and the reader runs it: a stealer or a remote-access tool, the commonest way in of 2024-2025. No link, no
// attachment and no brand need be in the message, so none of the other rules reads it.
//
// What genuine mail says with the same keys shows what it is to be typed or pasted (an IT desk's "press Win+R, paste
// \\fileserver\scans and press Enter"): a path or a variable of its own is not read as the lure; a warning that
// describes the trick names it a scam or an attack (reported.ts's scamTalk, and ATTACK_TALK below), and is not read
// either. Pure: the message in, the steps it finds out.
import type { RuleFamily } from '../types'
import type { ParsedMessage } from '../message'
import { scamTalk } from '../reported'

/** The steps are in the first characters of a lure: the text is read up to here. */
const READ_CHARS = 6000

/**
 * The Run dialog's keys (Windows key + R, or + X for the menu with the terminal), in the seven languages' ways of
 * naming the key ("Windows-Taste + R", "tecla Windows + R", "touche Windows + R", "Windows-toets + R"), and macOS's
 * Spotlight (Command + Space) through which the same lure opens Terminal.
 */
const RUN_KEYS =
  /(?<![\p{L}\d])(?:(?:(?:tecla|touche|tasto|toets)\s{1,3})?(?:win(?:dows)?|⊞)(?:[- ]?(?:logo[- ]?)?(?:key|taste|toets|tecla|touche|tasto))?\s{0,3}(?:\+|&|and|und|en|e|y|et)\s{0,3}["'“‘*]{0,2}[rx](?![\p{L}\d])|(?:cmd|command|⌘)\s{0,3}\+\s{0,3}(?:space|spacebar|leertaste|spatie|espaço|espacio|espace|spazio)(?!\p{L}))/giu

/**
 * The paste keys: the lure spells them out with their "+", for a reader who would not know how to paste. Most text has no
 * "+" at all, and is not read further (four in five messages of the 2002 corpus).
 */
const PASTE_KEYS = /(?<![\p{L}\d])(?:ctrl|strg|control|cmd|command|⌘)\s{0,3}\+\s{0,3}["'“‘*]{0,2}v(?![\p{L}\d])/iu

/** The key that runs it, in the seven languages. */
const ENTER_KEY = /(?<!\p{L})(?:enter|return|eingabe(?:taste)?|intro|entrée|invio)(?!\p{L})/iu

/** How far the paste may follow the Run keys, and Enter the paste. */
const TO_PASTE_CHARS = 300
const TO_ENTER_CHARS = 200

/** What genuine instructions give to paste or type: a share (\\server\share), a drive path (C:\), a variable (%appdata%). */
const SHOWN_PATH = /\\\\[\w.$-]{1,60}\\|(?<![\p{L}\d])[a-z]:\\|%[a-z_]{2,30}%/iu

/** A warning that describes the trick names it (besides reported.ts's scam words). */
const ATTACK_TALK = /(?<!\p{L})(?:clickfix|click-fix|fake captcha|fake-captcha|malware|attackers?|hackers?|cyber ?criminals?|criminals?|angreifer|kriminelle|aanvallers|criminosos|atacantes|delincuentes|attaquants|pirates|criminali|truffatori)(?!\p{L})/iu

/**
 * The steps "Windows key + R … Ctrl + V … Enter" as the lure gives them, with no path of its own to paste, in the message's
 * text or in the attached web page it sends instead (message.ts's pageText: "open the attachment" and the page shows them),
 * or undefined.
 */
export function pasteAndRun(msg: ParsedMessage): string | undefined {
  const inText = stepsIn(msg.text.length > READ_CHARS ? msg.text.slice(0, READ_CHARS) : msg.text)
  if (inText) return inText
  const inPage = msg.pageText ? stepsIn(msg.pageText) : undefined
  return inPage ? `attached page: ${inPage}` : undefined
}

function stepsIn(text: string): string | undefined {
  if (!text.includes('+')) return undefined
  RUN_KEYS.lastIndex = 0
  for (let n = 0; n < 5; n++) {
    const run = RUN_KEYS.exec(text)
    if (!run) return undefined
    const afterRun = run.index + run[0].length
    const paste = PASTE_KEYS.exec(text.slice(afterRun, afterRun + TO_PASTE_CHARS))
    if (!paste) continue
    const afterPaste = afterRun + paste.index + paste[0].length
    const enter = ENTER_KEY.exec(text.slice(afterPaste, afterPaste + TO_ENTER_CHARS))
    if (!enter) continue
    const end = afterPaste + enter.index + enter[0].length
    // what to paste is shown (anywhere from the keys to a little after Enter): the instructions are an IT desk's
    if (SHOWN_PATH.test(text.slice(run.index, end + TO_ENTER_CHARS))) return undefined
    if (scamTalk(text) !== undefined || ATTACK_TALK.test(text)) return undefined
    return `${run[0].trim()} … ${paste[0].trim()} … ${enter[0]}`.replace(/\s+/g, ' ')
  }
  return undefined
}

export const pasteAndRunRules: RuleFamily = {
  family: 'paste_and_run',
  rules: [
    {
      name: 'PASTE_AND_RUN',
      score: 8.5,
      description: `"ClickFix": the text, or the web page attached in its place (.htm, .svg), tells the reader to press the Windows key + R (or + X, or Command + Space on a Mac), then Ctrl + V, then Enter (EN, DE, NL, PT, ES, FR, IT), within ${TO_PASTE_CHARS + TO_ENTER_CHARS} characters, and shows no path of its own to paste (\\\\server\\share, C:\\, %appdata%): it runs a command a web page has put on the clipboard, a stealer or a remote-access tool. Not read in a warning that names the trick a scam, phishing or an attack. With it the rules alone pass the threshold, and the classifiers' ham opinion of the words around the steps is not counted against it`,
    },
  ],
  check(msg, _facts, hit) {
    const steps = pasteAndRun(msg)
    if (steps) hit('PASTE_AND_RUN', steps)
  },
}
