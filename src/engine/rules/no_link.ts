// A notice without a link: where it sends the reader instead. A lure needs the reader to follow it somewhere or to
// answer it; a genuine notice without a link says it has none on purpose, that there is nothing to pay, or sends the
// reader to their account on their own ("update your card under Settings > Billing"). The lure families
// (src/engine/rules/lure.ts) and PHISHING_WORDS (src/engine/rules/body.ts) count a notice that says it has no link or
// that there is nothing to pay as one that leads only to the sender's own site; the billing asks (ACCOUNT_LURE,
// CREDENTIAL_REQUEST) and PHISHING_WORDS also one that sends the reader to their account. Pure.
import type { Link } from '../html'
import type { ParsedMessage } from '../message'

/**
 * A genuine notice that says it carries no link on purpose ("In deze e-mail staat bewust geen link",
 * "This e-mail contains no links"): the authority or bank asks the reader to go to its site on their
 * own. A lure needs the reader to follow it somewhere; it never announces that it does not.
 */
export const NO_LINK_STATEMENT = new RegExp(
  [
    '(?:this|our) (?:e-?mail|message) (?:deliberately |intentionally )?(?:contains|includes|has) no links?', 'no links? (?:is|are) included in this (?:e-?mail|message)',
    '(?:diese|unsere) (?:e-?mail|nachricht) enthält (?:bewusst |absichtlich )?keine?n? links?', 'in deze (?:e-?mail|mail|bericht) (?:staat|staan|zit|zitten) (?:bewust )?geen links?',
    '(?:este|nosso) (?:e-?mail|email|mensagem) (?:não|nao) (?:contém|contem|inclui) (?:nenhum )?links?', '(?:este|nuestro) (?:correo|mensaje|e-?mail) no (?:contiene|incluye) (?:ningún )?(?:enlaces?|links?)',
    '(?:cet|ce) (?:e-?mail|courriel|message) ne contient (?:volontairement )?aucun lien', '(?:questa|questo) (?:e-?mail|email|messaggio) non contiene (?:volutamente )?(?:alcun )?link',
  ].join('|'),
  'u',
)

/**
 * A genuine notice without a link that says the reader pays nothing and gives no bank or card details
 * ("there is nothing to pay", "Aucun frais ne vous sera demandé", "wir brauchen von Ihnen weder
 * Bankdaten"): a prize draw's winner told to collect the prize or reply. A lure needs a fee or the details;
 * without a link it asks for them by reply, and it does not announce that it will not.
 */
export const NOTHING_TO_PAY = new RegExp(
  [
    "(?:there is|there's|you have) nothing to pay", "(?:you )?(?:don't|do not|won't|will not) need to (?:give|send|provide) (?:us )?(?:any )?(?:bank|card|payment)",
    'fallen (?:für sie |dafür |selbstverständlich )*keine kosten an', '(?:brauchen|benötigen) (?:von ihnen |von dir )?(?:weder|keine) bank(?:daten|verbindung)', 'sie (?:müssen|brauchen) nichts (?:zu )?(?:bezahlen|zahlen)',
    'u (?:hoeft|hoeven) niets (?:te )?betalen', 'je hoeft niets (?:te )?betalen', 'wij vragen (?:u |je )?(?:nooit |geen )(?:om )?(?:uw |je )?bankgegevens',
    'não (?:há|existe) nada a pagar', 'não (?:é necessário|precisa) pagar (?:nada|nenhuma taxa)', 'no (?:tiene|tendrá|hay) (?:que pagar nada|nada que pagar)',
    'aucuns? frais ne (?:vous )?(?:sera|seront) (?:demandés?|réclamés?)', "(?:vous n'avez|tu n'as) rien à payer", 'non (?:dovrà|deve|dovrai|devi) pagare (?:nulla|niente)', 'nessun costo (?:a suo carico|a tuo carico|per (?:lei|te))',
  ].join('|'),
  'u',
)

/** Not a letter or digit before or after a phrase (by Unicode letters). */
const NOT_IN_A_WORD_BEFORE = '(?<![\\p{L}\\d])'
const NOT_IN_A_WORD_AFTER = '(?![\\p{L}\\d])'

/**
 * A notice without a link that sends the reader to their account, its settings or the app on their own, to update the
 * card or check the account there ("update your card details under Settings > Billing", "in Ihrem Kundenkonto", "in de
 * app", "na sua conta", "en tu cuenta", "dans votre espace client", "nella tua area personale"): without a link the
 * reader can only reach the real site. A lure without a link asks for the details by reply. Twenty-seventh round.
 */
export const TO_THE_ACCOUNT_YOURSELF = new RegExp(
  // each way whole: no letter or digit just before or after it (\b would not see "abonné" end, JavaScript's \b is ASCII)
  `${NOT_IN_A_WORD_BEFORE}(?:${[
    '(?:sign|log)\\s{0,3}(?:in|on)\\s{1,3}to\\s{1,3}your\\s{1,3}(?:\\w{1,20}\\s{1,3})?(?:account|dashboard|app|profile|portal)',
    '(?:in|under|from|via)\\s{1,3}(?:your\\s{1,3})?(?:account|profile|billing|payment|subscription)\\s{1,3}(?:settings|page|section|area|portal|dashboard|overview)',
    '(?:billing|payment|subscription)\\s{1,3}(?:section|page|settings)\\s{1,3}of\\s{1,3}your\\s{1,3}account',
    'settings\\s{0,3}(?:>|›|→|/)\\s{0,3}(?:billing|payments?|account|subscriptions?|plan)', 'in\\s{1,3}(?:the|our)\\s{1,3}(?:mobile\\s{1,3})?(?:app|customer\\s{1,3}portal)',
    'in\\s{1,3}(?:ihrem|deinem)\\s{1,3}(?:kundenkonto|benutzerkonto|kundenportal|kundenbereich|online-?konto|profil)', 'in\\s{1,3}der\\s{1,3}app',
    '(?:in|via)\\s{1,3}(?:uw|je|jouw)\\s{1,3}(?:account|profiel|omgeving|klantportaal)', '(?:in|via)\\s{1,3}(?:de\\s{1,3}app|mijn\\s{1,3}\\w{2,20})',
    '(?:acesse|acessar|entre\\s{1,3}na|entrar\\s{1,3}na|login\\s{1,3}na)\\s{1,3}(?:sua\\s{1,3})?conta|na\\s{1,3}(?:sua\\s{1,3})?área\\s{1,3}(?:do\\s{1,3}cliente|pessoal|logada)', 'no\\s{1,3}(?:seu\\s{1,3})?(?:aplicativo|app)',
    '(?:acceda|accede|acceder|inicie\\s{1,3}sesión|inicia\\s{1,3}sesión)\\s{1,3}(?:a|en)\\s{1,3}(?:su|tu)\\s{1,3}cuenta|en\\s{1,3}(?:su|tu|el)\\s{1,3}área\\s{1,3}(?:de\\s{1,3})?(?:cliente|personal|privada)', 'en\\s{1,3}la\\s{1,3}(?:app|aplicación)',
    "dans\\s{1,3}(?:votre|ton)\\s{1,3}espace\\s{1,3}(?:client|personnel|abonné)|connectez-vous\\s{1,3}à\\s{1,3}votre\\s{1,3}compte", "dans\\s{1,3}l'application",
    "nella\\s{1,3}(?:tua|sua)\\s{1,3}area\\s{1,3}(?:personale|riservata|clienti)|accedi\\s{1,3}al\\s{1,3}(?:tuo|suo)\\s{1,3}(?:account|profilo)", "nell'app",
  ].join('|')})${NOT_IN_A_WORD_AFTER}`,
  'u',
)

/** The message links nowhere on the web (a mailto: or tel: link is no web page). */
export function noWebLink(links: readonly Link[]): boolean {
  return !links.some((l) => /^https?:/i.test(l.url))
}

/** A notice without a web link that says it has none on purpose or that there is nothing to pay. text: lower case. */
export function linklessNotice(links: readonly Link[], text: string): boolean {
  return noWebLink(links) && (NO_LINK_STATEMENT.test(text) || NOTHING_TO_PAY.test(text))
}

/**
 * A billing or account notice without a web link and without an attachment (an attached page would be the lure's way)
 * that sends the reader to their account on their own (TO_THE_ACCOUNT_YOURSELF). text: lower case, the first 20,000
 * characters read.
 */
export function linklessAccountNotice(msg: ParsedMessage, text: string): boolean {
  return noWebLink(msg.links) && msg.attachments.length === 0 && msg.attachmentLinks.length === 0 && TO_THE_ACCOUNT_YOURSELF.test(text.length > 20000 ? text.slice(0, 20000) : text)
}
