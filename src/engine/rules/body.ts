// Body rules: phrases in the decoded text (plain, or HTML stripped), capped at MAX_TEXT_CHARS.
import type { RuleFamily } from '../types'
import { domainOf, linksOnlyToSender } from '../domains'
import { visibleWords } from '../invisible'
import { reportedLure, signatureAt, withAttachedWordsToScore } from '../reported'
import { PatternLists } from './anchor_scan'
import { linklessAccountNotice, linklessNotice } from './no_link'
import { fromDeliverySystem, isListMail } from './mime'

/** The SpamAssassin GTUBE test string: a message carrying it must be treated as spam. */
export const GTUBE = 'XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X'

// "verify your email" and "confirm your account" are what every genuine sign-up
// confirmation says: only requests for identity, password, login or payment
// details and threats to the account count (issue 10)
/** The English requests of PHISHING_WORDS (CREDENTIAL_REQUEST does not count them a second time). */
export const PHISHING = [
  /verify\s{1,3}your\s{1,3}(?:account|identity|password|login)\b(?!\s{1,3}(?:email|e-mail))/,
  /confirm\s{1,3}your\s{1,3}(?:identity|password|billing|banking|login|card)/,
  // "update your payment method" is what every subscription's billing page offers; the lure wants "details"
  /(?:update|validate|re-?activate)\s{1,3}your\s{1,3}(?:account|billing|payment|banking|card)(?!\s{1,3}methods?\b)\s{0,3}(?:details|information|info)?/,
  /your\s{1,3}(?:account|mailbox|password)\s{1,3}(?:has\s{1,3}been|will\s{1,3}be|is)\s{1,3}(?:suspended|locked|disabled|deactivated|limited|closed|expired)/,
  /mailbox\s{1,3}(?:is\s{1,3})?(?:full|over\s?quota|storage)/,
  /click\s{1,3}(?:here|below|the\s{1,3}link)\s{1,3}to\s{1,3}(?:unlock|restore|validate|reactivate)/,
  /(?:social\s{1,3}security|routing|pin)\s{1,3}number/,
  /failure\s{1,3}to\s{1,3}(?:do\s{1,3}so|verify|confirm)\s{1,3}(?:will|may)\s{1,3}result/,
]

const ADVANCE_FEE = [
  // a genuine wire confirmation says all of these ("USD 4,250.00", "beneficiary", "MT103", "transfer of
  // funds"): together they are one clue, the fraud's story has to supply the other two
  /(?:usd|us\$|u\.s\.\s*dollars?)\s?\d|transfer\s+(?:of\s+)?(?:the\s+)?(?:fund|sum|money)|\bbeneficiary\b|\bmt\s?103\b/,
  /next[\s-]{1,3}of[\s-]{1,3}kin/, /\d{1,15}(?:\.\d{1,6})?\s?(?:million|m)\s+(?:united\s+states\s+|us\s+|u\.s\.\s+)?dollars/,
  /(?:late|deceased)\s+(?:client|husband|father|customer)/, /\bbarrister\b/, /foreign\s+(?:partner|account|client|customer|investor)/,
  /strictest\s+confidence/, /(?:central|reserve)\s+bank\s+of/,
  /(?:government|nnpc|ministry)\s+(?:contract|official)/, /percent(?:age)?\s+of\s+the\s+(?:total\s+)?(?:fund|sum)/,
  // today's wording of the same frauds (issue 10): inheritances, widows, "compensation", consignment boxes
  /came\s{1,3}across\s{1,3}your\s{1,3}(?:e-?mail|contact|profile)/, /(?:private|confidential)\s{1,3}search/, /hospital\s{1,3}bed/,
  /\b(?:widow|widower)\b/, /(?:consignment|trunk)\s{1,3}box/, /\binheritance\b/,
  /(?:compensation|relief|lottery|award)\s{1,3}(?:fund|payment|sum|prize)/, /(?:atm|visa)\s{1,3}(?:master\s{1,3})?card\s{1,3}(?:of|worth|valued|containing)/,
  /(?:come|comes)\s{1,3}(?:to\s{1,3}you\s{1,3})?as\s{1,3}a\s{1,3}surprise/, /highly\s{1,3}placed\s{1,3}(?:official|person)/, /seeking\s{1,3}your\s{1,3}(?:partnership|assistance|cooperation|consent)/,
  /using\s{1,3}this\s{1,3}medium/, /(?:i|we)\s{1,3}got\s{1,3}your\s{1,3}(?:contact|e-?mail|address)/, /mutual\s{1,3}benefit/, /(?:family|late\s{1,3}\w{2,12}'?s?)\s{1,3}(?:fortune|estate)/,
  /(?:reply|contact\s{1,3}me)\s{1,3}(?:to|on|via|at)\s{1,3}my\s{1,3}(?:private|personal)\s{1,3}(?:e-?mail|whatsapp)/, /business\s{1,3}proposal/,
  // eleventh round: the sum written as "$14.6 Million USD" (thirty-third round: or in figures, "$1,500,000.00"), the estate without a will, the stranger named heir,
  // the partner sought for a "risk free" deal and a share of the fund in per cent
  /\$\s?\d{1,3}(?:,\d{3}){2,}(?:\.\d{2})?(?!\d)|\$\s?\d{1,4}(?:[.,]\d{1,3})?\s?(?:million|m)\b|\d{1,4}(?:[.,]\d{1,3})?\s?million\s{1,3}(?:usd|us\s?dollars|euros?|pounds|gbp|eur)\b/,
  /died\s{1,3}intestate/, /named\s{1,3}you\s{1,3}(?:as\s{1,3})?(?:his|her|the|a)\s{1,3}(?:sole\s{1,3})?(?:beneficiary|heir|next)/,
  /solicit\s{1,3}(?:for\s{1,3})?your\s{1,3}(?:assistance|help|cooperation|partnership|consent)/, /risk[\s-]{1,3}free\s{1,3}(?:transaction|venture|deal|business)/,
  /\d{1,2}\s?%\s{1,3}of\s{1,3}the\s{1,3}(?:total\s{1,3})?(?:fund|sum|money|amount)/,
  /selected\s{1,3}as\s{1,3}(?:a\s{1,3}|the\s{1,3})?beneficiary/, /(?:unclaimed|abandoned)\s{1,3}(?:fund|funds|sum|inheritance|consignment)/,
  // thirty-fourth round (probes in the style of 2008-2012): the certificate the fee pays for ("Anti-Terrorist and Money
  // Laundering Clearance Certificate"), and the funds that "can be released to you" once it is paid
  /(?:anti[\s-]{1,3}terroris[mt]|money[\s-]{1,3}laundering|clearance|ownership)\s{1,3}(?:and\s{1,3}money\s{1,3}laundering\s{1,3})?(?:clearance\s{1,3})?certificate/,
  /(?:funds?|payment|money|inheritance|consignment)\s{1,3}(?:can|will|could|would)\s{1,3}be\s{1,3}released\s{1,3}to\s{1,3}you/,
  // nineteenth round: the United Nations or the IMF as the body that "instructed" the release of the funds
  /\b(?:united\s{1,3}nations|international\s{1,3}monetary\s{1,3}fund|imf)\b/,
  // nineteenth round: the client who died without heirs and bore the reader's surname, whose dormant account the
  // writer will "present" the reader as heir to, for a share in per cent; the sick widow who donates her fund
  /with\s{1,3}(?:the\s{1,3}same|your)\s{1,3}(?:last\s{1,3}name|surname|family\s{1,3}name)/, /died\s{1,3}without\s{1,3}(?:any\s{1,3})?(?:heirs?|a\s{1,3}will|next\s{1,3}of\s{1,3}kin)/,
  /(?:dormant|abandoned)\s{1,3}(?:bank\s{1,3})?account/, /present\s{1,3}you\s{1,3}as\s{1,3}(?:the\s{1,3})?(?:beneficiary|next\s{1,3}of\s{1,3}kin|heir)/,
  /\b\d{1,2}\s?%\s{1,3}(?:for|to)\s{1,3}you\b/, /donate\s{1,3}(?:my|the|this|these)\s{1,3}(?:fund|funds|money|inheritance|estate|fortune)/,
  // thirty-third round (probes): the fee that "releases" the money, the box or the card waiting for the reader, and the
  // money-transfer control number it is said to be sent with (and above, a sum of millions in figures: "$1,500,000.00")
  // (not a transfer's or a processing fee: a money-transfer service's genuine receipt names its own with the control number)
  /(?:activation|clearance|release|delivery|courier|diplomatic|insurance|registration|legal|stamp\s{1,3}duty)\s{1,3}(?:fee|charge)s?\s{1,3}of\s{1,3}(?:usd|us\$|\$|€|£|eur|gbp)/,
  /\bmtcn\b/,
  // thirty-fifth round (probes): the soldier's or the diplomat's box of savings, sent to the reader "for safe keeping"
  // (not "box with ...": the phrase is looked for around the words every match of it holds, and "with" is in every text)
  /(?:box|trunk|suitcase|consignment|package|parcel)\s{1,3}(?:containing|contains)\s{1,3}(?:my\s{1,3}|the\s{1,3}|some\s{1,3})?(?:life\s{1,3})?(?:savings|money|cash|funds|gold|sum|fortune|valuables)/,
  /for\s{1,3}safe\s{0,3}keeping/,
]

/**
 * The same frauds in Portuguese, Spanish, French, German, Italian and Dutch (issue 10: the honeypot's
 * widows, dying donors and "foreign partners" write in these too). Matched against the text with its
 * accents removed ("heranca" and "herança" alike), so the patterns carry none. Words that genuine
 * notaries' and banks' mail uses alone (beneficiary, inheritance) are not here; each pattern is a
 * phrase of the fraud's story.
 */
const ADVANCE_FEE_OTHER_LANGUAGES = [
  // the late husband, father or client who left the money
  /\b(?:(?:meu|o|seu) falecido|(?:mi|el|su) (?:difunto|fallecido)|(?:mon|votre) defunt|(?:il mio|mio|il suo|suo) (?:defunto|compianto)|mijn overleden) (?:marido|esposo|pai|cliente|padre|mari|epoux|pere|client|marito|echtgenoot|man|vader)\b/,
  /\bmeine?[rsn]?\s{1,3}verstorbene[rn]?\s{1,3}(?:ehemann|mann|vater|mandant|kunde)/, /\bfeu\s{1,3}mon\s{1,3}(?:mari|epoux|pere)\b/, /\bwijlen\s{1,3}mijn\s{1,3}(?:man|echtgenoot|vader)\b/,
  // next of kin
  /\b(?:parente|familiar|pariente) mais proximo|\b(?:pariente|familiar) mas cercano|\bplus proche parent|\bnachste[rn]?\s{1,3}(?:angehorige|verwandte)|\bparente piu (?:prossimo|stretto)|\bnaaste\s{1,3}(?:familielid|verwant)/,
  // millions of dollars
  /\b(?:milhoes|milhao|millones|millon|millions|million|millionen|milioni|milione|miljoen)\s{1,3}(?:de|di|van|d')?\s{0,3}(?:dolares|dollars|dollar|dollari|us-dollar|dolares americanos|dollars americains|euros?|usd|us\$)/,
  // (twenty-fourth round) the client who died in a car accident with his family, in the six languages
  /\b(?:autounfall|verkehrsunfall|accidente de (?:coche|trafico|auto|carretera)|acidente de (?:carro|viacao|automovel)|accident de (?:voiture|la route)|incidente stradale|auto-?ongeluk|verkeersongeluk)\b/,
  // a foreign partner, sought urgently
  /\b(?:parceiro|socio|partenaire|partner)\s{1,3}(?:estrangeiro|extranjero|etranger|straniero)|\bauslandische[nr]?\s{1,3}partner|\bbuitenlandse\s{1,3}partner/,
  // strictest confidence
  /\b(?:maximo|absoluto|total) sigilo|\b(?:maxima|absoluta|estricta) confidencialidad|\b(?:la plus (?:grande|stricte)|totale|absolue) (?:confidentialite|discretion)|\bstrengste[rn]?\s{1,3}vertraulichkeit|\b(?:massima|assoluta) riservatezza|\b(?:strikte|strikt|absolute) vertrouwelijkheid/,
  // deposited the sum of
  /\bdepositou (?:a quantia|o valor|a soma|o montante)|\bdeposito (?:la suma|la cantidad|el monto)|\b(?:depose|deposee) (?:la somme|un montant)|\b(?:depositato|depositata) (?:la somma|l'importo)|\b(?:het bedrag|de som) van [^.\n]{0,40}(?:gestort|gedeponeerd)|\b(?:die summe|einen betrag|den betrag) von [^.\n]{0,40}(?:hinterlegt|eingezahlt|deponiert)/,
  // a widow, an illness that leaves little time
  /\b(?:viuva|viuda|veuve|witwe|vedova|weduwe)\b/,
  /\bdiagnosticad[oa] com (?:cancer|cancro)|\bdiagnosticad[oa] con cancer|\bdiagnostique[e]? (?:d'un|avec un) cancer|\bkrebs diagnostiziert|\bdiagnosticat[oa] (?:un|con un|il) cancro|\bkanker gediagnosticeerd|\b(?:doenca|enfermedad|maladie|malattia) (?:terminal|incuravel|incurable|en phase terminale|terminale)|\b(?:lijdt|leidt) aan kanker|\batteinte? d'un cancer|\bsofre de cancer|\bpadece (?:de )?cancer|\bsoffre di cancro|\ban krebs erkrankt|\bmalat[oa] di cancro|\benferm[oa] de cancer|\bmalade (?:du|d'un) cancer|\bdoente (?:com|de) (?:cancer|cancro)|\bkrebskrank|\bziek (?:van|met|door) kanker/,
  // a charity the fortune should go to
  /\b(?:orfanatos|orphelinats|waisenhauser|orfanotrofi|weeshuizen)\b|\b(?:instituicoes|obras) de caridade|\bobras de caridad|(?:\boeuvres|œuvres) (?:de charite|caritatives)|\bopere (?:di carita|caritatevoli)|\bgoede doelen\b|\bwohltatige[nr]? zwecke|\bopere di beneficenza\b|\bobras de beneficencia\b|\boeuvres de bienfaisance\b|\bliefdadigheidsinstellingen\b/,
  // nineteenth round: the client with the reader's surname who died without heirs or a will, the dormant account,
  // the reader "presented" as beneficiary or next of kin, the money to share and the share in per cent
  /\b(?:mesmo sobrenome|mismo apellido|meme nom de famille|stesso cognome|dezelfde achternaam|gleichen nachnamen|mit ihrem nachnamen|(?:den)?selben (?:nach|familien)namen|gleichen familiennamen)\b/,
  // (thirty-third round: with an article between, "ohne ein Testament", "sin un testamento")
  /\b(?:sem|sin|sans|senza|zonder|ohne) (?:um |uma |un |una |ein |einen |een |aucun |alcun )?(?:herdeiros|testamento|herederos|heritiers?|testament|eredi|erfgenamen|erben)\b/,
  /\b(?:conta (?:inativa|dormente|adormecida)|cuenta (?:inactiva|durmiente)|compte (?:dormant|inactif)|conto (?:dormiente|inattivo)|(?:slapende|inactieve) rekening|(?:ruhendes|inaktives|nachrichtenloses) konto)\b/,
  /\b(?:als (?:begunstigde|naaste familie|nachste[nr]? angehorige\w{0,2}|begunstigte[nr]?|(?:allein)?erben?)|(?:apresenta-l[oa](?:\([oa]\))?|apresentar voce|presentarle|presentarte|vous presenter|presentarla|presentarti) (?:como|comme|come) (?:beneficiari[oa]|herdeiro|heredero|beneficiaire|erede)|comme (?:beneficiaire|heritier))\b/,
  /\b(?:het geld|de som|het bedrag) te delen\b|\b(?:die summe|das geld|den betrag) zu teilen\b|\bdividir(?:mos)? (?:o valor|a soma|o dinheiro|la suma|el dinero)\b|\bpartager (?:la somme|l'argent)\b|\bdividere (?:la somma|i soldi)\b/,
  /\b\d{1,2} ?% (?:para (?:voce|usted|ti)|pour vous|per (?:lei|te)|voor u|voor jou|fur sie)\b/,
  // thirty-third round (probes): the share as a verb of the future ("dividiremos os fundos"), the gift of the sum
  // ("donare la somma di", "faire don de la somme"), the surname in Portugal's word, a sum of millions in figures
  /\b(?:dividiremos|dividiriamos|dividir|repartiremos|repartir|partagerons|partager|divideremo|dividere) (?:os|o|a|los|el|la|les|le|i|il) (?:fundos?|fondos?|fonds|fondi|dinheiro|dinero|valor|montante|monto|soma|suma|somme|somma|argent|soldi)\b/,
  /\b(?:doar|donar|donner|donare) (?:a|la|o|le|il|l'|esta|esse|este|cette|ce|questa|questo) ?(?:quantia|soma|suma|somme|somma|fundos?|fondos?|fonds|fondi|fortuna|fortune|heranca|herencia|heritage|eredita|montante|monto|montant|importo)\b|\bfaire (?:un )?don de (?:la somme|mon heritage|ma fortune|ces fonds)\b|\b(?:summe|betrag|vermogen|erbe) von [^.]{0,40} (?:spenden|vermachen|schenken)\b|\b(?:het bedrag|de som|mijn fortuin|mijn erfenis) van [^.]{0,40} (?:doneren|schenken|nalaten)\b/,
  /\b(?:mesmo apelido|porte le meme nom|tem o mesmo nome)\b/,
  /\b(?:zu gleichen teilen|(?:a|em) partes iguais|(?:a|en) partes iguales|(?:a|en) parts egales|in parti uguali|in gelijke delen)\b/,
  /\b\d{1,3}(?:[.,' ]\d{3}){2,}(?:[.,]\d{2})? ?(?:eur|euros?|usd|dolares|dollars|dollari|dolari|us\$|€)(?![a-z])|(?:€|us\$|usd|eur) ?\d{1,3}(?:[.,' ]\d{3}){2,}(?!\d)/,
  // found your contact, write to my private e-mail
  /\b(?:encontrei|obtive|consegui) (?:o )?seu (?:contato|contacto|e-?mail|endereco)|\b(?:encontre|obtuve|consegui) (?:su|tu) (?:contacto|correo|direccion)|\bj'ai (?:trouve|obtenu) (?:votre|ton) (?:contact|adresse|e-?mail)|\b(?:ho trovato|ho ottenuto) il (?:suo|tuo) (?:contatto|indirizzo)|\b(?:uw|je) (?:contact|e-?mail|adres)\w{0,12} (?:gevonden|gekregen)/,
  /\b(?:meu|mi|mon|mein|meine|mio|mia|mijn)\s{1,3}(?:e-?mail|correo|adresse e-?mail|indirizzo e-?mail)\s{1,3}(?:particular|pessoal|privado|personal|prive|personnel|private?|privat|privata|personale|prive|persoonlijke?)\b|\bmeine\s{1,3}private\s{1,3}e-?mail|\bmijn\s{1,3}(?:prive|persoonlijke)\s{1,3}e-?mail/,
  // this may surprise you
  /\b(?:pode|possa) (?:ser uma surpresa|surpreende-lo|surpreende-la|lhe surpreender)|\b(?:puede|pueda) (?:ser una sorpresa|sorprenderle|sorprenderte)|\b(?:peut|puisse) (?:etre une surprise|vous surprendre)|\b(?:potrebbe|possa) (?:essere una sorpresa|sorprenderla|sorprenderti)|\b(?:kan|zal) (?:als een verrassing|u verrassen|je verrassen)|\b(?:mag|wird|konnte) (?:sie|dich) (?:uberraschen|verwundern)/,
  // compensation, relief or lottery money
  /\bfundo de (?:compensacao|indenizacao|ajuda|socorro)|\bfondo de (?:compensacion|indemnizacion|ayuda)|\bfonds de (?:compensation|secours|indemnisation)|\b(?:entschadigungsfonds|hilfsfonds|entschadigungszahlung)|\bfondo di (?:compensazione|risarcimento|soccorso)|\b(?:compensatiefonds|schadevergoedingsfonds)|\b(?:premio|prêmio) (?:da|de la) loter|\bgain (?:de|a) la loterie|\blotteriegewinn|\bvincita (?:della|alla) lotteria|\bloterijprijs/,
  // the fund transfer
  /\btransferencia (?:dos|do|deste|de los|del|de este|de estos) (?:fundos|fundo|dinheiro|montante|fondos|fondo|dinero)|\btransfert (?:des|de ces|de ce) (?:fonds|montant)|\b(?:uberweisung|transfer) (?:der|des|dieser|dieses) (?:gelder|geldes|summe|fonds)|\btrasferimento (?:dei|del|di questi) (?:fondi|fondo|soldi)|\boverdracht van (?:het geld|de fondsen|dit geld)/,
  // a letter that may surprise, the fund to be transferred (the verb: "transferir o fundo restante")
  /\bcarta (?:surpresa|sorpresa)\b|\blettre (?:surprise|inattendue)\b|\blettera (?:a )?sorpresa\b/,
  // nineteenth round: the transfer of funds without an article, the sum in millions with its currency sign
  // ("US$ 5,5 milhoes"), and the United Nations or the IMF that "instructed" the release
  /\btransferencia de (?:fundos|fondos)\b|\btransfert de fonds\b|\btrasferimento di fondi\b/,
  // (the German "Million" only after the euro: the English list above reads "$14.6 million" in the text as written)
  /(?:us\$|usd|\$|€|eur)\s?\d{1,4}(?:[.,]\d{1,3})?\s{0,2}(?:milhoes|milhao|millones|millon|millions|milioni|milione|miljoen|millionen|mio)\b|(?:€|eur)\s?\d{1,4}(?:[.,]\d{1,3})?\s{0,2}million\b/,
  /\b(?:nacoes unidas|naciones unidas|nations unies|vereinten? nationen|nazioni unite|verenigde naties|fundo monetario internacional|fondo monetario internacional|fonds monetaire international|internationale[rn]? wahrungsfonds|fondo monetario internazionale|internationaal monetair fonds)\b/,
  /\btransferir (?:o|este|esse|os|estes|el|los|este|estos) (?:\w{1,12} )?(?:fundos?|dinheiro|montante|fondos?|dinero)\b|\btransferer (?:les|ces|ce|le) (?:fonds|montant)\b|\btrasferire (?:i|il|questi|questo) (?:fondi|fondo|soldi)\b|\b(?:die|diese) (?:gelder|summe) (?:zu )?uberweisen\b/,
  // unclaimed funds, the incomplete transaction whose fees the victim "could not pay"
  /\bfundos? nao reclamados?\b|\bfondos? no reclamados?\b|\bfonds non reclames\b|\bfondi non reclamati\b|\btransac(?:ao|cion) incompleta\b|\btransaction (?:incomplete|inachevee)\b|\btransazione incompleta\b/,
  // asking for sincere help or a partner, for mutual benefit
  /\bpreciso (?:urgentemente )?de (?:um|uma) (?:parceir|pessoa (?:honesta|confiavel))|\bnecesito (?:urgentemente )?(?:un|una) (?:socio|persona (?:honesta|de confianza))|\bj'ai (?:urgemment )?besoin d'un (?:partenaire|associe|personne honnete)|\bho (?:urgentemente )?bisogno di un (?:partner|socio|persona onesta)|\bik (?:heb|zoek) (?:dringend )?een (?:betrouwbare|eerlijke) (?:partner|persoon)/,
]

/** One of these (a dead man, a widow, millions, a foreigner, a lottery, secrecy, orphans) is in every such story: the patterns above run only then. */
const ADVANCE_FEE_STORY = /d[eé]c[eé]d[eé]|deceduto|gestorben|heran[cç]a|herencia|eredit[aà]|erbschaft|nachlass|erfenis|cancro|kanker|krebs|unfall|acidente|accidente|accident|incidente|ongeluk|falecid|fallecid|difunt|defunt|verstorben|overleden|wijlen|compiant|viuva|viúva|viuda|veuve|witwe|vedova|weduwe|milh(?:õ|o)es|millones|millions de|millionen|milioni|miljoen|estrangeir|extranjer|étranger|etranger|ausländisch|auslandisch|stranier|buitenlands|loter|sigilo|confidencialidad|confidentialité|riservatezza|vertraulichkeit|vertrouwelijk|orfanat|orphelin|waisenh|orfanotrof|weeshuiz/

/** One of the alternatives (expression sources) as whole words: neither a letter nor a digit just before or after it. */
function wholeWords(alternatives: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u')
}

/**
 * The stranded traveller's plea (thirty-fourth round, probes in the style of 2009-2012; sent from a hijacked mailbox to its
 * contacts, which is what an outbound gateway sees of a compromised account): the writer was robbed abroad, or had wallet
 * and passport stolen, and asks for money by a money-transfer service or as a loan. Both within the first 3,000 characters, in the
 * seven languages; each bounded. In no ham message of our sets.
 */
const STRANDED_STORY = wholeWords([
  "(?:was|were|got|been|i am|i['’]m)\\s{1,3}(?:robbed|mugged|attacked\\s{1,3}and\\s{1,3}robbed)",
  '(?:wallet|passport|bags?|purse|cash|money|credit\\s{1,3}cards?|(?:cell\\s{1,3})?phones?|belongings)[^.\\n]{0,60}\\s(?:were|was|got|have\\s{1,3}been|had\\s{1,3}been)\\s{1,3}stolen',
  'ausgeraubt|überfallen\\s{1,3}und|beraubt', 'beroofd', 'fui\\s{1,3}(?:assaltad[oa]|roubad[oa])',
  'me\\s{1,3}(?:robaron|asaltaron|atracaron)|fui\\s{1,3}(?:asaltad[oa]|atracad[oa])', "(?:j['’]ai\\s{1,3}été|on\\s{1,3}m['’]a)\\s{1,3}(?:agressée?|volée?|dévalisée?)",
  '(?:sono\\s{1,3}stat[oa]|mi\\s{1,3}hanno)\\s{1,3}(?:derubat[oa]|rapinat[oa])',
])
const STRANDED_ASK = wholeWords([
  'western\\s{1,3}union|moneygram|wire\\s{1,3}(?:me\\s{1,3})?(?:the\\s{1,3}|some\\s{1,3})?(?:money|funds|cash)|(?:loan|lend)\\s{1,3}me|send\\s{1,3}me\\s{1,3}(?:some\\s{1,3}|the\\s{1,3})?(?:money|cash|funds)',
  '(?:leihen|überweisen)\\s{1,3}(?:kannst|könntest|könnten)|(?:kannst|könntest|könnten)\\s{1,3}(?:du|sie)\\s{1,3}mir\\s{1,3}(?:[\\p{L}\\p{N}.,€$]{1,12}\\s{1,3}){0,3}(?:leihen|überweisen|schicken)',
  '(?:kun\\s{1,3}je|kunt\\s{1,3}u)\\s{1,3}(?:mij|me)\\s{1,3}(?:[\\p{L}\\p{N}.,€$]{1,12}\\s{1,3}){0,3}(?:lenen|overmaken|sturen)',
  'emprestar|empréstimo|prestar|préstamo|prêter|prestarmi|prestito',
])
/**
 * The child's "new number" ("Hi Mum", "Oi mãe, mudei de número", 2021-2025; thirty-fifth round, probes) or the banking
 * app that is blocked, and the bill the parent is asked to pay for it ("can you pay it for me", "faz um Pix pra mim"):
 * the same plea from a hijacked mailbox. Read in the first 1,000 characters of a text of at most 3,000 (the plea is a
 * few lines, a disclaimer may follow) and in lists of their own (NEW_NUMBER_LISTS): their words ("number", "phone",
 * "you") are in most texts, and among the traveller's they made every message's reading of its story about 40 % slower.
 */
const STRANDED_NEW_NUMBER = wholeWords([
  "(?:this\\s{1,3}is|here['’]?s|that['’]s)\\s{1,3}my\\s{1,3}new\\s{1,3}(?:number|phone)|(?:changed|lost|broke|dropped)\\s{1,3}my\\s{1,3}(?:phone|number)",
  'mudei\\s{1,3}de\\s{1,3}(?:número|celular)|(?:esse|este)\\s{1,3}é\\s{1,3}(?:o\\s{1,3})?meu\\s{1,3}(?:número\\s{1,3})?novo|meu\\s{1,3}novo\\s{1,3}número|perdi\\s{1,3}(?:o\\s{1,3}|meu\\s{1,3})*celular',
  '(?:das\\s{1,3}ist|hier\\s{1,3}ist)\\s{1,3}meine\\s{1,3}neue\\s{1,3}(?:handy)?nummer|(?:dit\\s{1,3}is|hier\\s{1,3}is)\\s{1,3}mijn\\s{1,3}nieuwe\\s{1,3}nummer',
  "(?:cambié|he\\s{1,3}cambiado)\\s{1,3}de\\s{1,3}número|(?:este|éste)\\s{1,3}es\\s{1,3}mi\\s{1,3}nuevo\\s{1,3}número|j['’]ai\\s{1,3}changé\\s{1,3}de\\s{1,3}numéro|c['’]est\\s{1,3}mon\\s{1,3}nouveau\\s{1,3}numéro|ho\\s{1,3}cambiato\\s{1,3}numero|(?:questo|ecco)\\s{1,3}è\\s{1,3}il\\s{1,3}mio\\s{1,3}nuovo\\s{1,3}numero",
  '(?:banking\\s{1,3}app|bank\\s{1,3}app|aplicativo\\s{1,3}do\\s{1,3}banco|app\\s{1,3}do\\s{1,3}banco|banking-app|bank-app|bankapp|app\\s{1,3}(?:del|de\\s{1,3}la)\\s{1,3}(?:banco|banque|banca))[^.\\n]{0,30}(?:blocked|locked|bloqueado|gesperrt|geblokkeerd|bloqué|bloccat[oa])',
])
const STRANDED_BILL_ASK = wholeWords([
  "(?:can|could)\\s{1,3}you\\s{1,3}(?:pay|transfer|send)\\s{1,3}(?:[\\p{L}\\p{N}.,€$£']{1,12}\\s{1,3}){0,4}for\\s{1,3}me",
  '(?:faz(?:er)?|mandar?|envia(?:r)?)\\s{1,3}(?:um\\s{1,3})?pix|pagar\\s{1,3}(?:um|esse|este|o)\\s{1,3}boleto\\s{1,3}(?:pra|para)\\s{1,3}mim',
  '(?:kannst|könntest)\\s{1,3}du\\s{1,3}(?:[\\p{L}\\p{N}.,€$]{1,12}\\s{1,3}){0,4}(?:bezahlen|zahlen)|(?:kun\\s{1,3}je|kan\\s{1,3}je|kunt\\s{1,3}u)\\s{1,3}(?:[\\p{L}\\p{N}.,€$]{1,12}\\s{1,3}){0,4}(?:betalen|overmaken)',
  "(?:puedes|podrías)\\s{1,3}(?:hacerme|pagarme|pagar)|hacerme\\s{1,3}un\\s{1,3}bizum|(?:peux-tu|pourrais-tu|tu\\s{1,3}peux)\\s{1,3}(?:me\\s{1,3})?(?:faire\\s{1,3}un\\s{1,3}virement|virer|payer)|(?:puoi|potresti)\\s{1,3}(?:farmi\\s{1,3}un\\s{1,3}bonifico|pagar(?:e|mi))",
])
/**
 * The story and the ask, each looked for only around the words every match of it holds (src/engine/rules/anchor_scan.ts
 * derives them): the story's leading look-behind keeps V8 from scanning it fast over the whole text (about 50 µs on
 * 3,000 characters).
 */
const STRANDED_LISTS = new PatternLists({ story: [STRANDED_STORY], ask: [STRANDED_ASK] })
const NEW_NUMBER_LISTS = new PatternLists({ story: [STRANDED_NEW_NUMBER], ask: [STRANDED_BILL_ASK, STRANDED_ASK] })
/** Where the child's plea is read: its first characters, in a text of at most NEW_NUMBER_TEXT_CHARS (a disclaimer below it included). */
const NEW_NUMBER_CHARS = 1000
const NEW_NUMBER_TEXT_CHARS = 3000

/** "FREE" as a capitalised word (not "FREE-" in a product name's compound), or "!!!" */
const SHOUTING = /\bFREE\b(?!-)|!{3,}/

/**
 * The user-name line of an account notice ("Username: ..." of WordPress's new-user mail, and its
 * translations in the languages WordPress is most installed in), in the first 2,000 characters, and
 * what turns it into an advertisement: a web address, and beside it (not inside it) an amount or an
 * exchange ("www.khutjs.blogspot.pe - 97781 USD KRAKEN"). Spammers register on an organisation's web
 * site with the lure as their name, and the site mails it to their victims.
 */
const USERNAME_FIELD = /^[ \t]*(?:user ?name|login|benutzername|gebruikersnaam|nome de usu[aá]rio|nome (?:do )?usu[aá]rio|nombre de usuario|nom d'utilisateur|nome utente|identifiant|имя пользователя|логин|nazwa użytkownika|kullanıcı adı|nama pengguna|brugernavn|användarnamn|brukernavn|uživatelské jméno|felhasználónév|nume de utilizator|όνομα χρήστη|نام[\u200c ]?کاربری|اسم المستخدم|שם משתמש|ユーザー名|用户名|用戶名)[ \t]*[:：][ \t]*([^\n]{1,200})$/imu
/**
 * The same user name written into a sentence, as WooCommerce's new-account mail does ("Thanks for creating an account
 * on Shop. Your username is www.erutfq.blogspot.am - 27 513 USD DOGECOIN."), in its most installed languages (thirty-first
 * round: the honeypot's Ukrainian shop). The name is read up to the end of its sentence, so that what the shop writes
 * after it ("You can access your account area ...") is not taken for the advertisement.
 */
const USERNAME_INLINE = /(?:your user ?name is|(?:ihr|dein) benutzername (?:lautet|ist)|(?:je|uw) gebruikersnaam is|seu nome de usu[aá]rio [ée]|(?:tu|su) nombre de usuario es|votre (?:identifiant|nom d'utilisateur) est|il tuo nome utente [èe]|twoja nazwa użytkownika to|ваше имя пользователя|ваше ім['’ʼ]я користувача)[ \t:]{1,3}([^\n]{1,200})/iu

/** The user name of an account notice: a "Username:" line's value, or the name a sentence gives, up to the sentence's end. */
function accountName(head: string): string | undefined {
  const line = USERNAME_FIELD.exec(head)
  if (line) return line[1]
  const inline = USERNAME_INLINE.exec(head)
  if (!inline) return undefined
  const end = inline[1].search(/[.!]\s/)
  return end >= 0 ? inline[1].slice(0, end) : inline[1]
}
const USERNAME_HOST = /(?:^|[\s(])(?:https?:\/\/)?(?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24}(?![\w@.-])\S{0,200}/giu
const USERNAME_ADVERT = /\d[\d .,]{0,12}\s?(?:usdt?|eur|euro|btc|eth|gbp|€|\$)|\b(?:btc|usdt|binance|kraken|bitfinex|kucoin|coinbase|bybit|withdraw|earn|bonus|casino)\b/iu

/** an upper-case element name that hand-written HTML used and no mail client or template tool writes */
const UPPERCASE_TAG = /<(?:HTML|BODY|FONT|TABLE|TD|TR|CENTER|BR|P|B|IMG|A\s{1,3}HREF)[\s>]/

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
  /(?:reply|respond)\s+with\s+["']?remove["']?/, /one[- ]time\s+(?:mailing|e-?mail|offer)/,
]

/**
 * Removal instructions: what 2002-era bulk mail said to look legitimate, and
 * what every mailing list and newsletter footer says today. They count only in
 * mail without the List-Unsubscribe or List-Id header a real list or ESP adds.
 */
const REMOVAL_INSTRUCTIONS = [
  /(?:to\s+be|wish\s+to\s+be|want\s+to\s+be)\s+removed\s+from\s+(?:our|this|the|future)/, /to\s+(?:unsubscribe|be\s+removed),?\s+(?:reply|send|click|e-?mail)/,
  // not the footer of a transactional notice: "... because you are the billing contact", "... have accepted an offer"
  /(?:you\s+(?:are\s+)?receiv(?:ed|ing)\s+this\s+(?:e-?mail|message)\s+because\s+you)(?!\s{1,3}(?:(?:have|hold)\s{1,3}an?\s{1,3}(?:account|contract|booking|order|subscription)|have\s{1,3}(?:accepted|applied|booked|ordered|placed|purchased|requested\s{1,3}(?:a|an|the)\s{1,3}(?:quote|callback|appointment|password|invoice))|(?:created|placed|made|submitted)\s{1,3}an?\s{1,3}(?:order|purchase|booking|reservation|return|account)|were\s{1,3}invited|(?:have\s{1,3})?registered\s{1,3}(?:your|an?)\s{1,3}(?:organi[sz]ation|account|company|business|charity|nonprofit|device|product)|are\s{1,3}(?:the|a|an)\s{1,3}(?:billing|account|primary|technical|registered|authori[sz]ed)\s{1,3}(?:contact|owner|admin|administrator|user|holder)))/, /opt(?:ed)?[- ]in\s+(?:list|to\s+receive)/,
  /(?:taken|removed|deleted|eliminated)\s{1,3}(?:off|from)\s{1,3}(?:our|this|the|future)\s{1,3}(?:mailing\s{1,3})?(?:list|mailings|marketing|updates|e-?mails)/,
  /remove\s{1,3}yourself\s{1,3}from\s{1,3}(?:this|our|the|future)/, /(?:type|put|write)\s{1,3}["']?remove["']?\s{1,3}(?:in|as)\s{1,3}the\s{1,3}subject/, /subject=["']?remove\b/, /\/(?:[a-z]{1,20}-)?(?:remove|takemeoff)\.(?:cgi|cfm|php|asp|html?)\b/,
  /(?:si\s{1,3}vous\s{1,3}ne\s{1,3}souhaitez\s{1,3}plus\s{1,3}recevoir|pour\s{1,3}ne\s{1,3}plus\s{1,3}(?:être\s{1,3}contacté|recevoir))/, /(?:trage|tragen)\s{1,3}(?:dich|sie\s{1,3}sich)\s{1,3}(?:bitte\s{1,3})?aus/,
  /(?:wenn\s{1,3}sie\s{1,3}keine\s{1,3}(?:weiteren\s{1,3})?e-?mails)/, /(?:wilt\s{1,3}u\s{1,3}geen\s{1,3}(?:e-?mails|berichten))/, /(?:se\s{1,3}não\s{1,3}(?:deseja|quiser)\s{1,3}(?:mais\s{1,3})?receber)/,
  /(?:si\s{1,3}no\s{1,3}desea\s{1,3}(?:seguir\s{1,3})?recibir)/, /(?:se\s{1,3}non\s{1,3}desideri\s{1,3}(?:più\s{1,3})?ricevere)/,
  // (twenty-seventh round, from the 2002 corpus's training spam) the other wordings of the same footer: "to be removed
  // just send", "to unsubscribe, please e-mail us", "to unsubscribe from this newsletter, just click", "reply to this note
  // with "Remove" in the subject line", "delete your address from future updates", "remove yourself at http://…"
  /to\s{1,3}(?:unsubscribe|be\s{1,3}removed)(?:\s{1,3}from\s{1,3}(?:this|our)\s{1,3}(?:newsletter|mailing\s{1,3}list|list|mailing))?,?\s{1,3}(?:please\s{1,3}|just\s{1,3}|simply\s{1,3}){1,2}(?:reply|send|click|e-?mail|write|follow|visit|go)\b/,
  /(?:reply|respond)\s{1,3}to\s{1,3}this\s{1,3}(?:note|e-?mail|message|mail)\s{1,3}with\s{1,3}["']?remove\b/, /["']remove["']\s{1,3}(?:in|as)\s{1,3}the\s{1,3}subject/,
  /(?:remove|delete)\s{1,3}your\s{1,3}(?:e-?mail\s{1,3})?(?:address|name)\s{1,3}from\s{1,3}(?:(?:our|this|the|any)\s{1,3}(?:mailing\s{1,3})?list|(?:all\s{1,3})?future\s{1,3}(?:updates|mailings|e-?mails|offers|messages|promotions|correspondence))\b/,
  /remove\s{1,3}yourself\s{1,3}(?:at|by\s{1,3}(?:clicking|replying|sending|visiting))\b/,
]

/**
 * The tracking tail of bulk mail: a random id the sending tool appends to make each copy unique
 * ("5963HgYk7-980lnZG6754dLNm8-294DcnP4174", "naorwnwbxbsttgvelamusbs"). Read in the last
 * 400 characters only.
 */
const RATWARE_ID = /\d{3,4}[A-Za-z]{3,5}\d{1,2}-\d{3}[A-Za-z]{3,5}\d{3,4}/
/**
 * A last line that is one hexadecimal id and nothing else ("eebf2c3492"): the tail the warez posting kit of 2023
 * appends to each post (issue 10, thirtieth round, from the training part's list spam). Letters and digits both;
 * lower case, as the kit writes it. No ham message of our sets ends so (a commit id is written after a word,
 * "Fixes: 1a2b3c4d", and a patch's version line comes after the signature separator).
 */
const HEX_ID_LINE = /(?:^|\n)[ \t]{0,4}((?=[0-9a-f]{0,15}[0-9])(?=[0-9a-f]{0,15}[a-f])[0-9a-f]{8,16})[ \t]{0,4}$/

/**
 * The random id at the end of a text, or undefined: at the end of the whole text, or at the end of the writer's
 * words above a signature separator, where a mailing list's footer (or an organisation's disclaimer) follows it.
 */
export function randomTail(text: string): string | undefined {
  const whole = randomTailOf(text)
  if (whole) return whole
  const at = signatureAt(text)
  return at >= 0 ? randomTailOf(text.slice(Math.max(0, at - 400), at)) : undefined
}

function randomTailOf(text: string): string | undefined {
  const tail = text.length > 400 ? text.slice(-400) : text
  const id = RATWARE_ID.exec(tail)
  if (id) return id[0]
  const hex = HEX_ID_LINE.exec(tail.trimEnd())
  if (hex) return hex[1]
  const last = /([a-z]{20,60})[\s\]"']*$/.exec(tail)
  if (last) {
    const word = last[1]
    const vowels = word.replace(/[^aeiouy]/g, '').length
    // random letters: about a fifth vowels, and sooner or later a q, x or j before a consonant; words,
    // even long German compounds ("rechtsschutzversicherungs..."), fail one or the other
    if (vowels / word.length < 0.3 && /q[^u]|[xj][^aeiouy]/.test(word)) return word
  }
  return undefined
}

// (thirty-sixth round, probes) and the hitman's: "I have been paid to kill you" … pay in Bitcoin for the name of who hired me
// not bitcoin beside a bare "hacked", "malware" or "recorded": an exchange's notice says "beware of malware that
// swaps the address you paste" or "if your account was hacked"; the extortion says "I hacked your …", "recorded you"
const SEXTORTION = /\b(?:bitcoin|btc)\b[\s\S]{0,400}\b(?:webcam|recorded\s+you|video\s+of\s+you|hacked\s+your|your\s+contacts)\b|\b(?:webcam|recorded\s+you|hacked\s+your)\b[\s\S]{0,800}\b(?:bitcoin|btc|wallet)\b|\b(?:paid|hired|contracted)\s+(?:me\s+)?to\s+(?:kill|murder|eliminate)\s+you\b[\s\S]{0,800}\b(?:bitcoin|btc|wallet)\b/

/**
 * A wallet address: Bitcoin, legacy (1… or 3…, 25-34 base58 characters, case kept) or bech32 (bc1…); since the
 * twenty-fourth round also Litecoin (L…, M…, ltc1…), Ethereum (0x and 40 hexadecimal digits) and Tron (T…, where
 * USDT is paid), which the same extortion asks for.
 */
const WALLET_ADDRESS = /(?<![A-Za-z0-9])(?:bc1[a-z0-9]{25,59}|ltc1[a-z0-9]{25,59}|[13LM][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})(?![A-Za-z0-9])/

/**
 * What every sextortion template tells, in seven languages: a trojan or malware on the reader's device (or the device
 * hacked), the camera or a recording, adult sites or compromising material, the video sent to the reader's contacts,
 * and (since the twenty-fourth round) the promise to delete it once paid. Two of them beside a wallet address, or
 * three beside a demand, are the extortion, whatever the language (extortionAnyLanguage); one alone is a security
 * notice ("beware of malware that swaps the address you paste").
 */
export const EXTORTION_THREATS: Array<[string, RegExp]> = [
  // (twenty-fourth round: the device infected, hacked or broken into, and malicious software, in each language)
  // (twenty-ninth round: access gained to the reader's device, "Zugriff auf Ihr Gerät", "toegang tot uw apparaat",
  // "accès à votre appareil", in each language, and "hacked by me"; a word ending in an accented letter, "piraté",
  // is now ended by the next non-letter: \b, which knows only ASCII letters, had never let it match)
  ['malware or the device hacked', /(?<![\p{L}\p{N}_])(?:trojan\w{0,3}|troyano|troiano|cavalo\s{1,3}de\s{1,3}tr[oó]ia|cheval\s{1,3}de\s{1,3}troie|paard\s{1,3}van\s{1,3}troje|malware|spyware|keylogger|rdp|schadsoftware|schadprogramm\w{0,2}|spionageprogramm\w{0,2}|virus|vírus|logiciel\s{1,3}(?:espion|malveillant)|software\s{1,3}(?:esp[ií]a|malicioso|dannoso|malevolo)|programa\s{1,3}(?:espi[aã]o|malicioso)|schadelijke\s{1,3}software|infect\w{0,6}|infiziert|geïnfecteerd|infectad[oa]|infett\w{0,4}|gehackt|gehacked|piraté|hackead[oa]|hackeé|hackerat[oa]|invadi(?:do|r)?|(?:hacked|compromised)\s{1,3}(?:your|the)\s{1,3}(?:device|computer|phone|system)|(?:hacked|compromised)\s{1,3}by\s{1,3}me|violat[oa]\s{1,3}da\s{1,3}me|access\s{1,3}to\s{1,3}(?:all\s{1,3}of\s{1,3})?your\s{1,3}(?:\w{1,15}\s{1,3})?(?:devices?|computer|phone|smartphone|laptop|pc|operating\s{1,3}system)|(?:zugriff|zugang)\s{1,3}(?:auf|zu)\s{1,3}(?:ihr\w{0,2}|dein\w{0,2})\s{1,3}(?:\w{1,15}\s{1,3})?(?:geräte?n?|computer|rechner|handy|smartphone|laptop|pc|betriebssystem)|toegang\s{1,3}(?:\w{1,15}\s{1,3}){0,2}tot\s{1,3}(?:uw|je|jouw)\s{1,3}(?:\w{1,15}\s{1,3})?(?:apparaat|apparaten|computer|telefoon|smartphone|laptop|pc|besturingssysteem)|accès\s{1,3}(?:complet\s{1,3}|total\s{1,3})?(?:à|a)\s{1,3}(?:votre|ton|vos|tes)\s{1,3}(?:\w{1,15}\s{1,3})?(?:appareils?|ordinateur|téléphone|smartphone|portable|pc|système)|acceso\s{1,3}(?:completo\s{1,3}|total\s{1,3})?a\s{1,3}(?:su|tu|sus|tus)\s{1,3}(?:\w{1,15}\s{1,3})?(?:dispositivos?|ordenador|computadora|teléfono|celular|móvil|portátil|pc|sistema)|acesso\s{1,3}(?:completo\s{1,3}|total\s{1,3})?(?:a|ao|à|aos)\s{1,3}(?:seu|sua|teu|tua|seus|suas)\s{1,3}(?:\w{1,15}\s{1,3})?(?:dispositivos?|computador|telefone|celular|telemóvel|portátil|notebook|pc|sistema)|accesso\s{1,3}(?:completo\s{1,3}|totale\s{1,3})?(?:a|al|ai|alla)\s{1,3}(?:tuo|tuoi|tua|suo|suoi|sua)\s{1,3}(?:\w{1,15}\s{1,3})?(?:dispositiv[oi]|computer|telefono|smartphone|cellulare|portatile|pc|sistema))(?![\p{L}\p{N}_])/u],
  // (nineteenth round: the camera itself, not only the webcam, in each language)
  // (twenty-fourth round: or the recording, "filmed you", "gefilmt", "filmé", "grabé", "gravei", "registrato")
  // (twenty-ninth round: the reader recorded, "Sie aufgezeichnet", "opnames van u", "vous ai enregistré", "grabado",
  // and footage or videos of the reader, in each language)
  ['camera or recording', /(?<![\p{L}\p{N}_])(?:recorded\s{1,3}you|filmed\s{1,3}you|(?:video|videos|footage|recordings?)\s{1,3}of\s{1,3}you|gefilmt|gefilmd|opgenomen|film[ée]|grab[ée]|grabad[oa]s?|gravei|gravad[oa]|registrat[oa]|ripres[oa]|(?:sie|dich)\s{1,3}(?:\w{1,15}\s{1,3}){0,4}(?:aufgenommen|aufgezeichnet)|(?:aufnahmen?|aufzeichnung(?:en)?|videos?)\s{1,3}(?:von|mit)\s{1,3}(?:ihnen|dir)|(?:opnames?|video's|video|beelden)\s{1,3}van\s{1,3}(?:u|jou|je)|(?:vous|te|t')\s{0,3}(?:ai|avons)\s{1,3}(?:\w{1,12}\s{1,3})?(?:enregistrée?s?|filmée?s?)|(?:vidéos?|enregistrements?)\s{1,3}de\s{1,3}(?:vous|toi)|(?:vídeos?|videos?|grabaci[oó]n(?:es)?)\s{1,3}(?:de\s{1,3}usted|de\s{1,3}ti|tuyos?|suyos?)|video\s{1,3}(?:di\s{1,3}te|tuoi?)|(?:vídeos?|gravaç(?:ão|ões))\s{1,3}(?:de\s{1,3}você|seus?|suas?|teus?)|microphone|mikrofon|microfoon|microfone|micr[oó]fono|webcam|camera|kamera|câmera|cámara|caméra|fotocamera|telecamera)(?![\p{L}\p{N}_])/u],
  // (twenty-fourth round: masturbation and pornography in each language's own word endings)
  ['adult sites', /\b(?:adult|porn\w{0,12}|erwachsene\w{0,2}|erwachsenen\w{0,10}|volwassen\w{0,4}|adultos|adultes|adulti|masturb\w{0,10}|befriedig\w{0,4})\b/],
  // (twenty-fourth round) what the writer claims to hold when it does not name the act: compromising material,
  // intimate images or private moments, the reader's browsing history; (twenty-ninth round) embarrassing footage,
  // "peinliche Aufnahmen", "gênante beelden", "images gênantes", "imágenes vergonzosas", in each language; and the
  // start of the first word is a lookbehind for a letter, so that "íntimos" can match (\b knows only ASCII letters)
  ['compromising material', /(?<![\p{L}\p{N}_])(?:compromising|kompromittierend\w{0,3}|compromitterend\w{0,2}|compromettant\w{0,2}|comprometedor\w{0,2}|compromettent\w{0,2}|intimate|intime[nrs]?|intieme?|íntim[oa]s?|intim[oi])\s{1,3}(?:\w{1,12}\s{1,3})?(?:material\w{0,2}|matériel|materiaal|materiale|video\w{0,2}|vídeos?|vidéos?|footage|images?|imágenes|imagens|immagini|aufnahmen|beelden|photos?|fotos?|foto)\b|\bprivate\s{1,3}moments\b|\bembarrassing\s{1,3}(?:\w{1,12}\s{1,3})?(?:footage|videos?|photos?|pictures|images|material|recordings?|clips?)\b|\bpeinliche[nrs]?\s{1,3}(?:\w{1,12}\s{1,3})?(?:aufnahmen|aufzeichnungen|videos?|fotos|bilder|material)\b|\b(?:gênante|genante|beschamende)\s{1,3}(?:\w{1,12}\s{1,3})?(?:beelden|video's|videos?|foto's|opnames|materiaal)\b|\b(?:images|vidéos?|photos|enregistrements?)\s{1,3}(?:\w{1,12}\s{1,3})?(?:gênant\w{0,2}|embarrassant\w{0,2}|intimes)\b|\b(?:imágenes|vídeos?|videos?|fotos|grabaciones|material)\s{1,3}(?:\w{1,12}\s{1,3})?(?:vergonzos\w{1,2}|íntim[oa]s)\b|\b(?:immagini|video|foto|registrazioni|materiale)\s{1,3}(?:\w{1,12}\s{1,3})?(?:imbarazzant\w|intim[ei])\b|\b(?:imagens|vídeos?|fotos|gravações|material)\s{1,3}(?:\w{1,12}\s{1,3})?(?:constrangedor\w{0,2}|vergonhos\w{1,2}|íntim[oa]s)\b|\b(?:browsing\s{1,3}history|browserverlauf|browsegeschiedenis|historique\s{1,3}de\s{1,3}navigation|historial\s{1,3}de\s{1,3}navegaci[oó]n|hist[oó]rico\s{1,3}de\s{1,3}navega[cç][aã]o|cronologia\s{1,3}di\s{1,3}navigazione)\b/u],
  // (twenty-fourth round) the promise that comes with the demand: everything deleted once paid, and no police
  ['deleted once paid', /\b(?:after|once|upon)\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:payment|i\s{1,3}(?:receive|get)\s{1,3}(?:the\s{1,3})?(?:payment|money))[^.\n]{0,60}\b(?:delet|destroy|eras|remov)|\b(?:delete|destroy|erase|remove)\b[^.\n]{0,60}\b(?:after|once)\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:payment|i\s{1,3}(?:receive|get))|\b(?:danach\s{1,3}lösche\s{1,3}ich|nach\s{1,3}(?:der\s{1,3}|ihrer\s{1,3})?zahlung[^.\n]{0,60}lösch|daarna\s{1,3}verwijder\s{1,3}ik|na\s{1,3}(?:de\s{1,3})?betaling[^.\n]{0,60}verwijder|ensuite\s{1,3}je\s{1,3}supprimerai|après\s{1,3}(?:le\s{1,3}|votre\s{1,3})?paiement[^.\n]{0,60}supprim|después\s{1,3}lo\s{1,3}borrar|tras\s{1,3}el\s{1,3}pago[^.\n]{0,60}(?:borr|elimin)|depois\s{1,3}apago|após\s{1,3}o\s{1,3}pagamento[^.\n]{0,60}(?:apag|exclu|elimin)|poi\s{1,3}cancellerò|dopo\s{1,3}il\s{1,3}pagamento[^.\n]{0,60}(?:cancell|elimin))|\b(?:do\s{1,3}not|don't)\s{1,3}(?:go\s{1,3}to|contact|call|tell)\s{1,3}the\s{1,3}police\b|\b(?:nicht\s{1,3}zur\s{1,3}polizei|niet\s{1,3}naar\s{1,3}de\s{1,3}politie|pas\s{1,3}la\s{1,3}police|no\s{1,3}(?:acudas|vayas|llames)\s{1,3}a\s{1,3}la\s{1,3}polic[ií]a|não\s{1,3}(?:vá|procure|chame)\s{1,3}(?:à|a)\s{1,3}polícia|non\s{1,3}(?:andare|rivolgerti)\s{1,3}alla\s{1,3}polizia)\b/],
  // the reader's contacts (since the twenty-fourth round also without "all") or address book, and, since then,
  // family or relatives beside friends or colleagues in either order, in each language
  ['your contacts', /\b(?:your|ihre|deine|je|jouw|uw|os\s{1,3}seus|seus|tus|sus|vos|tes|i\s{1,3}tuoi|i\s{1,3}suoi)\s{1,3}(?:\w{1,15}\s{1,3})?(?:contacts|kontakte\w?|contacten|contatos|contactos|contatti|address\s{1,3}book|adressbuch|adresboek|carnet\s{1,3}d'adresses|rubrica)\b|\b(?:everyone|everybody)\s{1,3}you\s{1,3}know\b|\b(?:alle\s{1,3}(?:menschen|personen|leute),?\s{1,3}die\s{1,3}sie\s{1,3}kennen|iedereen\s{1,3}die\s{1,3}(?:je|u)\s{1,3}kent|tous\s{1,3}ceux\s{1,3}que\s{1,3}vous\s{1,3}connaissez|todas\s{1,3}las\s{1,3}personas\s{1,3}que\s{1,3}conoces|todas\s{1,3}as\s{1,3}pessoas\s{1,3}que\s{1,3}(?:você\s{1,3})?conhece|tutte\s{1,3}le\s{1,3}persone\s{1,3}che\s{1,3}conosci)\b|\b(?:family|familie\w{0,4}|famille|familia\w{0,3}|família|famiglia|familiari|relatives|verwandte\w?|proches|parenti)\b[^.\n]{0,40}\b(?:friends|freunde\w?|amis|amigos|amici|vrienden|colleagues|kollegen|collègues|colegas|colleghi|compañeros)|\b(?:friends|freunde\w?|amis|amigos|amici|vrienden|colleagues|kollegen|collègues|colegas|colleghi|compañeros)\b[^.\n]{0,40}\b(?:family|familie\w{0,4}|famille|familia\w{0,3}|família|famiglia|familiari|relatives|verwandte\w?|proches|parenti)\b/],
]

/**
 * What the extortion demands: a crypto-currency named (the word, its ticker, or the word in its language,
 * "Kryptowährung", "criptomonedas", "cryptovaluta") or, since the twenty-fourth round, a sum of money (some ask
 * for gift cards or give the payment details in an attachment).
 */
const EXTORTION_DEMAND = /\b(?:bitcoin|btc|crypto|litecoin|ltc|ethereum|eth|usdt|tether|monero|xmr)\b|\b(?:krypto|crypto|cripto)(?:währung|waehrung|valuta|monnaie|monedas?|moedas?|currency)|\d[\d.,]{0,9}\s{0,2}(?:(?:usd|eur|euros?|dollars?|gbp|chf)\b|[€$£])|(?:us\$|r\$|[$€£])\s{0,2}\d/

/**
 * The stems of the malware, camera or recording, adult-site and compromising-material threats (EXTORTION_THREATS),
 * in one expression: text with none of them holds at most the contacts and the promise, too little to be read.
 * Every match of each of the four holds one of these (a test shows it from their sources, src/engine/rules/regex_shape.ts),
 * so this quick test narrows nothing.
 */
export const EXTORTION_WORDS = /porn|adult|masturb|befriedig|erwachsen|volwassen|webcam|camera|kamera|câmera|cámara|caméra|microf|mikrof|micróf|microphone|trojan|troyan|troian|tróia|troia|troie|troje|cavalo|cheval|paard|malware|spyware|keylogger|rdp|virus|vírus|schad|spion|espi|logiciel|software|programa|malveil|malicio|dannoso|malevolo|infect|infiz|geïnfect|infett|hack|piraté|invadi|access|compromi|comprome|kompromitt|compromett|intim|intiem|íntim|private|browsing|browserverlauf|browsegeschiedenis|historique|historial|histórico|historico|navegaci|navigazione|recorded|recording|filmed|video|vídeo|vidéo|footage|aufgenommen|aufgezeichnet|aufnahme|aufzeichnung|opname|beelden|enregistr|grabad|grabaci|gravaç|embarrass|peinlich|gênant|genant|beschamend|vergonzos|imbarazz|constrang|vergonhos|zugriff|zugang|toegang|accès|acceso|acesso|accesso|violat|gefilmt|gefilmd|opgenomen|filmé|filme|grabé|grabe|gravei|gravad|registrat|ripres/

/** What an extortion's text holds: the threats found, and the wallet address or the demand beside them. */
interface ExtortionFacts {
  threats: string[]
  address?: string
  demand?: string
}

/** The threats of EXTORTION_THREATS in a text that names a demand or a wallet (else undefined: not looked for). */
function extortionFacts(raw: string, lower: string): ExtortionFacts | undefined {
  // every such demand names a currency, a wallet or a sum: the threats are looked for only then
  const demand = EXTORTION_DEMAND.exec(lower)
  if (!demand && !/wallet|billetera|monedero|carteira|portefeuille|portafoglio|portemonnee/.test(lower)) return undefined
  // most mail names a sum: the threats' expressions run only where a word of one of the four kinds besides the
  // contacts and the promise is
  if (!EXTORTION_WORDS.test(lower)) return undefined
  const threats = EXTORTION_THREATS.filter(([, re]) => re.test(lower)).map(([name]) => name)
  if (threats.length < 2) return { threats }
  return { threats, address: WALLET_ADDRESS.exec(raw)?.[0], demand: demand?.[0] }
}

/** The evidence of an extortion: its threats, and the wallet address (its first characters) or else the demand. */
function describeExtortion(facts: ExtortionFacts): string {
  return `${facts.threats.join(', ')} and ${facts.address ? `the wallet address ${facts.address.slice(0, 12)}…` : facts.demand}`
}

/** The extortion in any language: two threats beside a wallet address, or three beside a demand (above), adult sites or compromising material among them. */
function extortionAnyLanguage(facts: ExtortionFacts | undefined): string | undefined {
  if (!facts || facts.threats.length < 2) return undefined
  if (facts.address) return describeExtortion(facts)
  // without an address, three threats and a demand, one of them what the extortion is about: the adult sites or the
  // compromising material ("virus protection, a 48 MP camera and all your contacts copied" is a phone shop's notice)
  const core = facts.threats.includes('adult sites') || facts.threats.includes('compromising material')
  return facts.threats.length >= 3 && core && facts.demand ? describeExtortion(facts) : undefined
}

/**
 * Where the threats are read: the first 8,000 characters (the 54 letters of our sets and fixtures that SEXTORTION
 * reads run to 4,425; the longer the text, the likelier ordinary words of four kinds of threat fall in it by chance).
 */
const EXTORTION_CHARS = 8000

/** The extortion told in full: at least four of its threats beside a wallet address or a demand. */
const DETAILED_THREATS = 4

/**
 * Or three beside a wallet address (twenty-ninth round): a short letter ("I have had access to your laptop, filmed you
 * with your camera while you watched porn; send 0.05 BTC to bc1q…") tells enough with the address to pay to, where
 * the classifiers, which learned long letters, may say nothing.
 */
const WALLET_THREATS = 3

/** Whether the extortion is told in full: DETAILED_THREATS beside a wallet address or a demand, or WALLET_THREATS beside a wallet address. */
function toldInFull(facts: ExtortionFacts): boolean {
  if (facts.threats.length >= DETAILED_THREATS) return Boolean(facts.address || facts.demand)
  return facts.threats.length >= WALLET_THREATS && Boolean(facts.address)
}

/** The text with its accents and other combining marks (U+0300-U+036F after NFD) removed ("herança" -> "heranca", "übermittelt" -> "ubermittelt"). */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
}

// the lists' words found in one scan of a message, their patterns run in windows around them (src/engine/rules/anchor_scan.ts)
/** The phrase lists the body rules count (exported for the tests of the windows). */
export const BODY_PHRASES = { phishing: PHISHING, fee: ADVANCE_FEE, marketing: MARKETING, claims: CLAIMS_NOT_SPAM, removal: REMOVAL_INSTRUCTIONS, otherLanguageFee: ADVANCE_FEE_OTHER_LANGUAGES }
const { otherLanguageFee, ...englishPhrases } = BODY_PHRASES
const BODY_LISTS = new PatternLists(englishPhrases)
/** the other languages' fee phrases are read in the text without accents: a list of its own */
const OTHER_LANGUAGE_FEE = new PatternLists({ fee: otherLanguageFee })

export const bodyRules: RuleFamily = {
  family: 'body',
  rules: [
    { name: 'GTUBE', score: 1000, description: 'the GTUBE anti-spam test string: the message is a deliberate spam test' },
    { name: 'PHISHING_WORDS', score: 3.5, description: 'asks the reader to verify an account, identity or password, confirm or update login, billing or payment details, or says the account is suspended (not "verify your email" of a sign-up; not where every link leads to the sender\'s own site or its payment service\'s page, nor in a notice without a link that sends the reader to their account on their own, "under Settings > Billing")' },
    { name: 'ADVANCE_FEE', score: 3, description: 'three or more advance-fee ("419") fraud phrases, in English or in the six other languages (the dead client and the heir of the same name, the dying donor, the sum of millions, the fee that releases the money, the box of savings sent "for safe keeping"; not in a warning against a scam that says not to pay: src/engine/reported.ts)' },
    { name: 'STRANDED_PLEA', score: 5, description: 'the stranded traveller\'s plea a hijacked mailbox sends to its contacts: the writer was robbed abroad or had wallet and passport stolen, and asks for money by Western Union or MoneyGram, by wire or as a loan; or the child with a "new number" or a blocked banking app who asks a parent to pay a bill or send a Pix ("Hi Mum, this is my new number … can you pay it for me") (seven languages; not in a warning that describes the scam)' },
    { name: 'SPAM_PHRASES', score: 0.5, description: 'three or four distinct sales phrases (click here, act now, risk free, ...)' },
    { name: 'SPAM_PHRASES_MANY', score: 2.5, description: 'five or more distinct sales phrases' },
    { name: 'CLAIMS_NOT_SPAM', score: 1.5, description: 'claims not to be spam, cites "bill s.1618", or gives removal instructions without the List-Unsubscribe/List-Id header of a real list or newsletter' },
    { name: 'SEXTORTION', score: 4.5, description: 'bitcoin payment demand together with webcam/hacked-account threats, or with the hitman\'s "I have been paid to kill you"; in any of seven languages, a wallet address (Bitcoin, Litecoin, Ethereum, Tron) beside two of a trojan, malware or the device infected or hacked, the camera or a recording of the reader, adult sites or masturbation, and the reader\'s contacts or address book or family beside friends or colleagues (three beside a crypto-currency\'s name or a sum of money, adult sites or compromising material among them); not in a warning against a scam that says not to pay, which describes the extortion in its words' },
    { name: 'SEXTORTION_DETAILED', score: 4.5, description: 'the extortion told in full, on top of SEXTORTION (together 9, enough alone while the classifiers say nothing): four or more of its threats (a trojan, malware, the device hacked or broken into; the camera or a recording; adult sites; the reader\'s contacts; compromising or embarrassing material or the browsing history; deleted once paid or no police) beside a wallet address or the sum demanded, or three beside a wallet address. A warning against the scam is not read for it, as for SEXTORTION' },
    { name: 'BODY_EXCESS_CAPS', score: 1, description: 'more than half of 200+ letters of the body in upper case' },
    { name: 'BODY_EMPTY', score: 2.5, description: 'no text and no attachment' },
    { name: 'BODY_SHOUTING', score: 0.6, description: 'the text shouts an offer as bulk mail does: "FREE" in capitals, or three or more exclamation marks in a row (weak: it tips only a message the classifiers already call spam)' },
    { name: 'HTML_UPPERCASE_TAGS', score: 0.6, description: 'the HTML is written in upper-case tags (<FONT>, <BODY>, <TABLE>), as by the hand-made bulk mail of the 2000s; mail clients and template tools write lower case (weak, like BODY_SHOUTING)' },
    { name: 'USERNAME_LURE', score: 8.5, description: 'an account notice whose user name is an advertisement: a web address and beside it an amount or an exchange ("Username: www.khutjs.blogspot.pe - 97781 USD KRAKEN", or in a sentence as WooCommerce writes it: "Your username is …"). Spammers register on a web site with the lure as their name and the site mails it: an organisation\'s own WordPress or shop abused to send spam' },
    { name: 'BODY_RANDOM_TAIL', score: 2, description: 'the text, or the writer\'s words above a signature separator (where a list\'s footer follows), ends in a random tracking id the bulk tool appends to make each copy unique ("5963HgYk7-980lnZG6754dLNm8-294…", "naorwnwbxbsttgvel…", a last line "eebf2c3492")' },
  ],
  check(msg, _facts, hit, ctx) {
    if (msg.text.includes(GTUBE) || msg.html.includes(GTUBE)) hit('GTUBE')
    // a lure forwarded or quoted to warn about it: the writer's own words are read (src/engine/reported.ts)
    const reported = reportedLure(msg)
    // (a word broken up by characters the reader does not see is read as the word it shows)
    const raw = visibleWords(reported?.writer ?? msg.text)
    if (!msg.text.trim() && msg.attachments.length === 0) {
      hit('BODY_EMPTY')
      return
    }
    const text = raw.toLowerCase()
    const lists = BODY_LISTS.reader(text)
    // what a lure says is read in its attached documents too (not a reported lure's: the attachment is the lure's); how the
    // message is written (shouting, capitals, its tail, the sales and removal phrases) is read in the message alone
    const docRaw = withAttachedWordsToScore(msg, raw)
    const docText = docRaw === raw ? text : docRaw.toLowerCase()
    const docLists = docText === text ? lists : BODY_LISTS.reader(docText)
    // a delivery report quotes "mailbox full" or "account disabled" from the receiving server: not a lure (src/engine/rules/mime.ts)
    const report = fromDeliverySystem(msg)
    // a notice that links only to the sender's own site (see src/engine/domains.ts linksOnlyToSender) is not a lure,
    // nor is a billing notice whose "update your card" leads to its payment service's page (ctx.paymentPages)
    const ownSiteOnly = linksOnlyToSender(msg.links, domainOf(msg.from?.address), ctx.paymentPages)
    const phishing = report || ownSiteOnly || reported ? [] : docLists.firstMatches('phishing', 2)
    // nor, without a link, one that says so, that there is nothing to pay, or that sends the reader to their account on
    // their own (src/engine/rules/no_link.ts; asked only of a request found)
    if (phishing.length && !linklessNotice(msg.links, docText) && !linklessAccountNotice(msg, docText)) hit('PHISHING_WORDS', phishing.join('; '))
    // a warning against a scam describes it ("a payment in bitcoin within 48 hours, your webcam"):
    // the fraud's own phrases are not read in it
    const describes = reported?.warns === true
    const fee = describes ? [] : docLists.firstMatches('fee', 5)
    // other languages: read without accents (scammers write "heranca" as often as "herança"); a phrase the English
    // list has counted already is not counted again ("7.5 million euros" is read by both lists)
    if (!describes && fee.length < 3 && ADVANCE_FEE_STORY.test(docText)) {
      const counted = fee.map((f) => withoutAccents(f).replace(/\s+/g, ' '))
      const other = OTHER_LANGUAGE_FEE.reader(withoutAccents(docText.slice(0, 20000)).replace(/\s+/g, ' ')).firstMatches('fee', 5)
      fee.push(...other.filter((m) => !counted.some((f) => f.includes(m) || m.includes(f))).slice(0, 5 - fee.length))
    }
    if (fee.length >= 3) hit('ADVANCE_FEE', fee.slice(0, 3).join('; '))
    if (!describes) {
      const top = text.length > 3000 ? text.slice(0, 3000) : text
      const stranded = STRANDED_LISTS.reader(top)
      const story = stranded.firstMatchOf('story', 0)
      const ask = story && stranded.firstMatchOf('ask', 0)
      if (story && ask) hit('STRANDED_PLEA', `${story}; ${ask}`.replace(/\s+/g, ' '))
      else if (text.length <= NEW_NUMBER_TEXT_CHARS) {
        const child = NEW_NUMBER_LISTS.reader(top.slice(0, NEW_NUMBER_CHARS))
        const newNumber = child.firstMatchOf('story', 0)
        const bill = newNumber && (child.firstMatchOf('ask', 0) ?? child.firstMatchOf('ask', 1))
        if (newNumber && bill) hit('STRANDED_PLEA', `${newNumber}; ${bill}`.replace(/\s+/g, ' '))
      }
    }
    const sales = lists.firstMatches('marketing', 5)
    if (sales.length >= 5) hit('SPAM_PHRASES_MANY', sales.join('; '))
    else if (sales.length >= 3) hit('SPAM_PHRASES', sales.join('; '))
    const claims = lists.firstMatches(isListMail(msg) ? 'claims' : ['claims', 'removal'], 1)
    if (claims.length) hit('CLAIMS_NOT_SPAM', claims[0])
    // the first 20,000 characters, as written and lower-cased, for the checks that read only the top
    const rawHead = raw.length > 20000 ? raw.slice(0, 20000) : raw
    if (!describes) {
      const extortion = SEXTORTION.exec(docText)
      // the threats and the demand are read in the first EXTORTION_CHARS characters: the extortion is a short letter,
      // or a short letter's attached document
      const attached = docRaw === raw ? '' : `\n\n${msg.attachmentText.slice(0, EXTORTION_CHARS)}`
      const facts = extortionFacts(rawHead.slice(0, EXTORTION_CHARS) + attached, text.slice(0, EXTORTION_CHARS) + attached.toLowerCase())
      const extortionEvidence = extortion ? extortion[0].slice(0, 80).replace(/\s+/g, ' ') : extortionAnyLanguage(facts)
      if (extortionEvidence) {
        hit('SEXTORTION', extortionEvidence)
        if (facts && toldInFull(facts)) hit('SEXTORTION_DETAILED', describeExtortion(facts))
      }
    }
    const shout = SHOUTING.exec(rawHead)
    if (shout) hit('BODY_SHOUTING', shout[0])
    const upperTag = msg.hasHtml ? UPPERCASE_TAG.exec(msg.html.length > 20000 ? msg.html.slice(0, 20000) : msg.html) : null
    if (upperTag) hit('HTML_UPPERCASE_TAGS', upperTag[0])
    const name = accountName(rawHead.length > 2000 ? rawHead.slice(0, 2000) : rawHead)
    if (name) {
      const beside = name.replace(USERNAME_HOST, ' ')
      if (beside !== name && USERNAME_ADVERT.test(beside)) hit('USERNAME_LURE', name.trim().slice(0, 80))
    }
    const tail = randomTail(raw)
    if (tail) hit('BODY_RANDOM_TAIL', tail)
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
