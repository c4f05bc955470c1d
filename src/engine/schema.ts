// [bayes] and [scores] of config/outpost_policy.ini (the built-in engine's
// settings), declared once (see src/lib/config_schema.ts) and read by
// src/engine/settings.ts.
import { bool, duration, integer, list, number, section, text } from '../lib/config_schema'
import { RULES } from './index'

export const DEFAULT_MODEL_PATH = 'var/bayes/model.json'

export const BAYES_SECTION = section('bayes', {
  comment: [
    'The statistical classifiers: Robinson-Fisher chi-square Bayes over message tokens',
    '(BAYES_*), and logistic regression over the same tokens (LR_*, key logreg below).',
  ],
  keys: {
    enabled: bool(true, 'Score messages with the classifier (symbols BAYES_00 .. BAYES_999); false gives BAYES_SKIPPED.', { ship: 'set' }),
    shipped: bool(true, 'Include the model shipped in models/outpost-bayes.json (trained on the public SpamAssassin corpus); its counts are added to the local model\'s. false uses only the local model.', { ship: 'set' }),
    model: text(
      DEFAULT_MODEL_PATH,
      'The local model that `outpost learn` writes, relative to the install directory; a running gateway reloads it within 10 s of a change. A missing file means no local model yet; an unreadable one stops start-up.',
      { ship: 'set', type: 'path', check: (v) => { if (v === '') throw new Error('expected a file path relative to the install directory') } },
    ),
    min_messages: integer(50, 'The classifier is used only once the combined model holds at least this many spam and this many ham messages (else BAYES_SKIPPED, score 0).', { min: 1, ship: 'set' }),
    logreg: bool(
      true,
      'Also score with the second, discriminative classifier: L2-regularised logistic regression over the same tokens plus character trigrams of the subject and of the From display name and the shapes of a few header values, hashed into 2^18 features (symbols LR_HAM_01 .. LR_SPAM_99; false gives LR_SKIPPED). Shipped model models/outpost-logreg.bin only: `outpost learn` does not retrain it. Independent of enabled/shipped above.',
      { ship: 'set' },
    ),
    cap: number(7.5, 'The most points the two classifiers (BAYES_* + LR_*) may add together while the local model is empty. They learned somebody else\'s mail: alone they must not make a message spam, so the cap stays below the threshold (8) and at least some rule evidence of abuse is needed on top. Lower it if you lower the threshold. CLASSIFIER_CAP shows the correction.', { min: 0, max: 1000, ship: 'set' }),
    cap_other_languages: number(6.5, 'The cap (above) for a message whose text is not recognisably English (fewer English function words, "the", "and", "you", than those of another language, or too little text to tell). The shipped models learned other languages mostly from lures: on ordinary Dutch, Portuguese, Turkish or Chinese mail they lean spam on everyday words, charsets and layout, so there they may add less and more rule evidence is needed. Measured on the evaluation part: phishing and scams unchanged, 2002 spam -0.9 points, ham above 7 from 32 messages to 3. At most cap; the local model raises it to local_cap as it grows.', { min: 0, max: 1000, ship: 'set' }),
    floor: number(-3, 'The fewest points (most negative) the two classifiers may add together, so that a confident "ham" cannot hide evidence of abuse. 0 instead for a message whose attached PDFs or Word documents say more than the message itself ("Please see the attached"): the classifiers read the note, not the document, whose words only the rules read; for a hijacked thread\'s reply (REPLY_PAYLOAD), whose quoted genuine conversation is what they read; for the steps that paste and run a command (PASTE_AND_RUN), whose command is on the clipboard, not in the words they read; and for a notice of a document (DOCUMENT_LURE) whose document is an attached web page, which they do not read.', { min: -1000, max: 0, ship: 'set' }),
    local_cap: number(11.5, 'The cap once the local model (model above: this gateway\'s own mail) holds local_messages messages; it rises linearly from cap as the model grows. Must be >= cap. 11.5 = no cap.', { min: 0, max: 1000, ship: 'set' }),
    local_messages: integer(2000, 'Messages (spam + ham) in the local model at which local_cap applies.', { min: 1, ship: 'set' }),
  },
})

/** A host name of a config list, lower-cased; throws saying what was expected. */
export const HOST = (v: string): string => {
  const h = v.toLowerCase()
  if (!/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10}$/.test(h)) throw new Error(`expected host names separated by commas or spaces, "${v}" is not one`)
  return h
}

export const LISTS_SECTION = section('lists', {
  comment: [
    'Host names added to the lists the link and envelope rules read (the shipped',
    'lists are in src/engine/rules/lists.ts). Comma or space separated; an entry',
    'matches the host and all its subdomains.',
  ],
  keys: {
    shorteners: list<string>([], 'Hosts that shorten URLs (URL_SHORTENER), added to the shipped list.', { item: HOST }),
    redirectors: list<string>([], 'Open redirectors that forward to an address in the link (URI_REDIRECTOR), added to the shipped list.', { item: HOST }),
    free_hosting: list<string>([], 'Free web hosting, site builders, form services, cloud storage (URI_FREE_HOSTING), added to the shipped list.', { item: HOST }),
    ipfs_gateways: list<string>([], 'IPFS gateways (URI_IPFS), added to the shipped list.', { item: HOST }),
    image_hosts: list<string>([], 'Free image hosts that HTML images are loaded from (HTML_IMAGE_FREE_HOST), added to the shipped list.', { item: HOST }),
    esp_tracking: list<string>([], 'Click-tracking hosts of the e-mail service providers you use: links through them are not HTML_LINK_TEXT_MISMATCH.', { item: HOST }),
    payment_pages: list<string>([], 'Hosted invoice, checkout and billing pages of the payment services you use, added to the shipped list (Stripe, PayPal, GoCardless, Paddle, Xero, Intuit, Mollie, SumUp): a billing notice whose links lead only there or to your own site is not PHISHING_WORDS, ACCOUNT_LURE or CREDENTIAL_REQUEST, and links there count neither home nor away for HTML_ONLY and HTML_ONLY_LINKS_ELSEWHERE.', { item: HOST }),
    esp_bounce: list<string>([], 'Envelope sender (MAIL FROM) domains of the e-mail service providers you use, their bounce domains: mail they send with your From is not ENVELOPE_FROM_MISMATCH. Added to the shipped list (Amazon SES, SendGrid, Mailchimp, Mailgun, Postmark, ...).', { item: HOST }),
  },
})

export const BRANDS_SECTION = section('brands', {
  comment: [
    'Brands the brand rules know besides the shipped ones (the list is in',
    'src/engine/rules/lists.ts). NAME = the domains it really sends from,',
    'comma or space separated; NAME as a From display name writes it (case,',
    'accents and punctuation do not matter). A display name that names the',
    'brand from none of its domains is BRAND_IMPERSONATION; a sender or link',
    'host holding the first domain\'s name (without hyphens, at least 5',
    'letters or digits) is LOOKALIKE_DOMAIN. NAME may be a shipped brand\'s',
    'name: its domains are then added to that brand (genuine mail of a',
    'brand from a domain the shipped list does not know).',
  ],
  keys: {},
  entries: {
    key: 'NAME',
    value: 'domains',
    type: 'host names',
    shown: '(none)',
    meaning: 'a brand (or a shipped brand\'s name) and the domains it really sends from; a name of fewer than 3 letters or digits, or one given twice, is an error',
    shipped: () => [';Sparkasse Nordheim = sparkasse-nordheim.de', ';Caf = caf.fr'],
  },
})

export const AUTOLEARN_SECTION = section('autolearn', {
  comment: [
    'Automatic learning of this organisation\'s own mail into the local model ([bayes] model):',
    'a message that passed with a built-in score at or below ham_below is learned as ham',
    '(batched, written once every flush_interval). Spam is never learned automatically: only',
    'from `outpost quarantine delete --learn` and `outpost learn --spam`. Reset: set',
    'enabled = false and delete the model file, or `outpost learn --forget`.',
  ],
  keys: {
    enabled: bool(false, 'Learn passed mail automatically (measure first: outpost eval --online).', { ship: 'set' }),
    ham_below: number(2, 'Only mail scored at or below this is learned (far from the threshold), and only when the rules alone found no more than this either (evidence of abuse is never learned as ham, however low the classifiers pulled the score).', { min: -1000, max: 1000, ship: 'set' }),
    per_sender_per_day: integer(25, 'At most this many automatically learned messages per sender (the authenticated user, else MAIL FROM) and day, so one account cannot fill the model.', { min: 1, ship: 'set' }),
    max_messages: integer(20000, 'No automatic learning once the local model holds this many messages (spam + ham).', { min: 1, ship: 'set' }),
    flush_interval: duration('1m', 'How long learned messages wait in memory before they are written to the model file as one batch (one write per batch and process).', { minMs: 1000, maxMs: 3_600_000, range: 'from 1s to 1h', ship: 'set' }),
  },
})

export const SCORES_SECTION = section('scores', {
  comment: [
    'SYMBOL = number (-1000 .. 1000): overrides the default score of one symbol.',
    'Every symbol is listed below, commented out, with its default score and meaning;',
    'an unknown symbol name is an error. Set a score to 0 to disable a rule.',
  ],
  keys: {},
  entries: {
    key: 'SYMBOL',
    value: 'score',
    type: 'number -1000..1000',
    shown: 'the symbol table above',
    meaning: 'overrides that symbol\'s score; unknown symbol names are errors',
    shipped: () => RULES.map((r) => `${`;${r.name} = ${r.score}`.padEnd(38)}; ${r.description}`),
  },
})
