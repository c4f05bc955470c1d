// A scam's first contact: a line or two sent to hidden recipients that asks only for an answer ("I want to know
// if you received the last message I sent you?", "Hello, I will like to talk with you", "Please dear can you let
// me know the reason why you have not reply my message"). Advance-fee, romance and "dying widow" letters open so
// because the letter itself is caught by filters: whoever answers gets it. Mailing lists of 2019 to 2024 carry them from
// freemail mailboxes (issue 10, thirtieth round: six of the training part's list spam missed, among them a Thai
// and a Bulgarian one with the question in English after it); a taken-over mailbox sends them Bcc to its
// address book. Three things together: the recipients are hidden (header.ts, recipientsHidden), the writer's
// words are a few lines with no attachment, and they say one of the openers in one of seven languages. A genuine
// "did you get my last e-mail?" is written to the person it asks, with the conversation around it.
import type { RuleFamily } from '../types'
import type { ParsedMessage } from '../message'
import { visibleWords } from '../invisible'
import { beforeSignature, reportedLure } from '../reported'
import { recipientsHidden } from './header'
import { phraseSource } from './phrase'
import { isReport } from './mime'

/** Longest the writer's words may be: an opener is a line or two (the Bulgarian one with its English, 250 characters). */
export const MAX_OPENER_CHARS = 600

/** The openers: the question about a message sent before, the wish to talk, the reproach for not answering. */
const OPENER_PHRASES = [
  // EN: the message sent before
  '(?:did|have|had) you (?:receive[d]?|get|got|gotten|see|seen|read) (?:my|the) (?:last |previous |first |earlier |former )?(?:message|mail|e-?mail|letter)',
  '(?:know|tell me|confirm) (?:if|whether) you (?:have |had )?(?:received|got|saw|seen|read) (?:my|the) (?:last |previous |first |earlier |former )?(?:message|mail|e-?mail|letter)',
  // EN: the reproach, in the scam's own grammar too ("why you have not reply my message")
  'why (?:you )?(?:have not|haven[’\']?t|did not|didn[’\']?t|do not|don[’\']?t|has not|hasn[’\']?t) (?:you )?(?:reply|replied|respond|responded|answer|answered)',
  'why (?:have|did) you not (?:reply|replied|respond|responded|answer|answered)',
  // EN: the wish to talk, and the answer asked for
  '(?:will|would) (?:like|love) to (?:talk|speak|chat) (?:with|to) you',
  '(?:want|need|wish) to (?:talk|speak|chat) (?:with|to) you',
  '(?:can|could) (?:we|i) (?:talk|chat|speak)(?: with you| to you)?(?: please)? ?\\?',
  '(?:do )?you speak english',
  '(?:really )?(?:want|would love|hope) to hear from you',
  'reply me',
  'i have (?:an? )?(?:something|matter|proposal|business|issue) (?:very )?(?:important|urgent|confidential|private) to (?:discuss|tell|share)',
  // DE
  '(?:haben sie|hast du) meine (?:letzte |vorherige |erste )?(?:nachricht|e-?mail|mail) (?:erhalten|bekommen|gelesen)',
  'warum (?:haben sie|hast du) (?:mir )?(?:nicht|noch nicht) geantwortet',
  '(?:ich )?(?:möchte|würde gerne) mit (?:ihnen|dir) (?:sprechen|reden)',
  'können wir (?:kurz )?(?:reden|sprechen) ?\\?',
  // NL
  '(?:heeft u|hebt u|heb je|heb jij) mijn (?:laatste |vorige |eerste )?(?:bericht|e-?mail|mail) (?:ontvangen|gekregen|gelezen)',
  'waarom (?:heeft u|hebt u|heb je) (?:mij |me )?(?:niet|nog niet) (?:geantwoord|gereageerd)',
  '(?:ik )?(?:wil|zou graag) met (?:u|jou|je) (?:praten|spreken)',
  'kunnen we (?:even )?praten ?\\?',
  // PT
  '(?:você|voce|vc) recebeu (?:a )?minha (?:última |ultima |primeira |anterior )?(?:mensagem|e-?mail)',
  'por ?que (?:você|voce) n[ãa]o (?:me )?respondeu',
  'gostaria de (?:falar|conversar) com (?:você|voce|vc)',
  'podemos conversar ?\\?',
  // ES
  '(?:recibi[óo]|recibiste|ha recibido|has recibido) mi (?:último |ultimo |primer |anterior )?(?:mensaje|correo|e-?mail)',
  'por qu[ée] no (?:me )?(?:has|ha) (?:respondido|contestado)',
  'me gustar[íi]a (?:hablar|conversar) (?:contigo|con usted)',
  'podemos hablar ?\\?',
  // FR
  '(?:avez-vous|as-tu) (?:bien )?reçu mon (?:dernier |précédent |premier )?(?:message|mail|e-?mail|courriel)',
  'pourquoi (?:vous )?(?:ne m[’\']avez|n[’\']avez|tu ne m[’\']as|ne m[’\']as) (?:pas|jamais) répondu',
  'j[’\']aimerais (?:vous parler|te parler|parler avec vous)',
  'pouvons-nous (?:parler|discuter) ?\\?',
  // IT
  '(?:hai|ha|avete) ricevuto (?:il )?mio (?:ultimo |precedente |primo )?(?:messaggio|e-?mail|mail)',
  'perch[ée] non (?:mi )?(?:hai|ha|avete) risposto',
  'vorrei parlare con (?:te|lei|voi)',
  'possiamo parlare ?\\?',
]

/** One expression; words end at a letter or digit on either side (\b knows only ASCII letters: "reçu", "répondu"). */
const OPENER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${OPENER_PHRASES.map(phraseSource).join('|')})(?![\\p{L}\\p{N}])`, 'u')

/** The opener a short text says, or undefined: for a text of at most MAX_OPENER_CHARS characters. */
export function scamOpener(text: string): string | undefined {
  const words = beforeSignature(text)
  if (!words || words.length > MAX_OPENER_CHARS) return undefined
  return OPENER.exec(visibleWords(words).toLowerCase())?.[0]
}

export const openerRules: RuleFamily = {
  family: 'opener',
  rules: [
    {
      name: 'SCAM_OPENER',
      score: 4,
      description:
        'a scam\'s first contact sent to hidden recipients: a few lines (at most 600 characters before a signature, no attachment) that ask whether the last message arrived, why it was not answered, or to talk ("I want to know if you received the last message I sent you", "I will like to talk with you"; seven languages). The letter follows when somebody answers. With FREEMAIL_UNDISCLOSED and TO_UNDISCLOSED the rules come to 8.5: the message is held unless the classifiers call it ham',
    },
  ],
  check(msg: ParsedMessage, _facts, hit) {
    if (msg.attachments.length || isReport(msg) || recipientsHidden(msg) === undefined) return
    // the writer who forwards such a line to ask about it or warn about it is no scammer
    if (reportedLure(msg)) return
    const opener = scamOpener(msg.text)
    if (opener) hit('SCAM_OPENER', opener.slice(0, 80))
  },
}
