// Offer rules: what unsolicited bulk mail sells, from 2002 to today. Not the
// words of ordinary retail marketing ("sale", "% off", "free shipping"), which an
// organisation's own newsletters use, but the trades that live on bulk mail:
// mortgages and loans, warranties and insurance quotes, casinos, pills and
// potency, weight-loss cures, replicas and cigarettes, web-traffic and SEO
// offers and address lists, get-rich schemes, stock tips, diplomas, spy software,
// energy-subsidy and solar lead generation, paid surveys. In English, German, Dutch, Portuguese, Spanish, French and Italian
// (the trades only 2002's mail sold, long-distance minutes to cartridges, in English).
// Every pattern is a bounded alternation over the subject and the first 5,000
// characters of text; one scan finds the words the topics need, and each topic's
// pattern runs only around its own (src/engine/rules/anchor_scan.ts).
import type { RuleFamily } from '../types'
import { visibleWords } from '../invisible'
import { MAX_RULE_SUBJECT_CHARS } from '../limits'
import { phraseSource } from './phrase'
import { PatternLists } from './anchor_scan'
import { isListMail, isReport, linksMostlyHome } from './mime'
import { FREEMAIL } from './header'
import { NEUTRAL_LINK_HOSTS } from './lists'
import { domainOf, isInternalHost, isSendersHost, orgDomain } from '../domains'
import type { ParsedMessage } from '../message'
import type { RuleContext } from '../types'
import { linksToScore } from '../reported'

const TEXT_CHARS = 5000

/** Topic name -> pattern; a message is counted once per topic. */
const TOPICS: Record<string, string> = {
  mortgage: '(?:refinanc\\w{0,5} (?:your|now|today|rates?)|mortgage (?:rates? (?:have|are|as low|slashed)|quote|approval)|lower your (?:mortgage|monthly payments?)|(?:rates|lenders) compete for you)',
  loan: '(?:loan offer|personal loan|payday loan|bad credit|credit (?:repair|score boost)|debt (?:relief|consolidation)|no credit check|(?:guaranteed|instant) (?:credit|loan) approval|pre-?approved (?:credit card|loan)|kredit ohne schufa|sofortkredit|lening (?:aanvragen|zonder)|empréstimo (?:pessoal|consignado|rápido|online)|sem consulta (?:ao |a )?(?:spc|serasa)|sin (?:consultar )?(?:asnef|buró de crédito)|oferta de empréstimo|préstamo (?:personal|rápido|urgente)|prêt (?:personnel|rapide|entre particuliers)|prestito (?:personale|veloce))',
  warranty: '(?:(?:extended|auto|car|vehicle|home) warrant(?:y|ies)|warranty (?:quote|coverage expires)|(?:life|auto|health) insurance (?:quote|rates?))',
  // health-plan lead generation (twenty-first round): the plan at a discount or with a free quote, seven languages
  health: "(?:(?:health|medical|dental) (?:insurance|plans?|coverage)[^.\\n]{0,60}(?:save up to|up to \\d{1,2} ?% (?:off|less|cheaper)|free quote|compare (?:plans|quotes))|(?:affordable|cheap|low-cost) (?:health|medical) (?:insurance|plans?)|plano (?:de saúde|odontológico)[^.\\n]{0,60}(?:até \\d{1,2} ?% (?:de desconto|de economia|menores|mais barato)|tabela promocional|carência zero)|(?:cotação|simulação) (?:grátis |gratuita )?(?:do |de |no )?(?:seu )?plano de saúde|krankenversicherung[^.\\n]{0,60}(?:bis zu \\d{1,2} ?% sparen|jetzt vergleichen|kostenlose[rn]? vergleich)|zorgverzekering[^.\\n]{0,60}(?:tot \\d{1,2} ?% (?:korting|goedkoper)|vergelijk en bespaar)|seguro (?:de salud|médico)[^.\\n]{0,60}(?:hasta (?:un )?\\d{1,2} ?% (?:de descuento|más barato)|cotización gratis)|mutuelle(?: santé)?[^.\\n]{0,60}(?:jusqu'à \\d{1,2} ?% (?:moins cher|d'économies)|devis gratuit)|assicurazione sanitaria[^.\\n]{0,60}(?:fino al \\d{1,2} ?% (?:di sconto|in meno)|preventivo gratuito))",
  casino: '(?:casino|free spins|freispiele|gratis spins|giros grátis|tiradas gratis|tours gratuits|giri gratis|online poker|sportwetten|slot machines?|welcome bonus)',
  pills: '(?:viagra|cialis|levitra|online pharmacy|without (?:a )?prescription|erectile|potenzmittel|potenz\\w{0,6}|erectie\\w{0,4}|ereção|erección|érection|erezione|male enhancement|penis enlargement|enlarge your penis|glied|phentermine|tadalafil|sildenafil|propecia|vicodin|(?:canadian|mexican|discount|generic) ?(?:pharmacy|drugs|meds)|(?:online|internet|canadian|discount) drugstores?|generic (?:medications|medicines)|rx meds|meds online|human growth hormone|reverses? (?:the )?aging|(?:get|stay|be) (?:rock )?hard(?:er)? (?:and|&) last longer|last longer in bed|enlarge\\w{0,3} (?:your )?(?:penis|manhood|member)|(?:bigger|larger|thicker) manhood|add \\d (?:full )?inches|penis pills?|generic (?:viagra|cialis|levitra)|(?:\\$|€|£) ?\\d{1,3}(?:[.,]\\d{2})? (?:per|a|each|/) ?(?:pill|tablet|dose)|add(?:s|ing)? (?:up to )?\\d{1,2}(?:\\.\\d)? (?:full )?inches (?:to your|in (?:length|size|girth|weeks|days))|(?:length and girth|girth and length)|(?:increase|enlarge) your (?:penis|length|girth)|last (?:up to )?(?:\\d{1,2}|two|three|four|five) times longer in bed|make (?:her|your (?:girlfriend|wife|partner|lady)) (?:scream|moan)|no (?:rx|prescription|doctor[\'’]?s? prescription) (?:needed|required)|cheap meds)',
  diet: '(?:lose \\d{1,3}(?:-\\d{1,3})? (?:lbs|pounds|kilos?|kg)|weight[- ]?loss|fat burn\\w{0,3}|diet (?:pills?|patch)|abnehmen|afvallen|emagrecer|adelgazar|maigrir|dimagrire|wunschgewicht|keto|acai (?:berry|berries|diet|cleanse)|burns? fat (?:fast|while)|fat[- ]burning (?:pills?|formula|secret))',
  replica: '(?:replica (?:watches|handbags|bags|purses|goods|rolex)|designer replicas?|(?:top|high|best|aaa|1:1) quality replicas|(?:swiss|luxury|rolex) replicas?|(?:replica|swiss made replica|luxury replica) (?:\\w{1,12} ){0,2}watches|(?:rolex|omega|breitling|cartier|patek philippe)(?: watches)? (?:from|for|at|only) \\$ ?\\d{2,3}(?!\\d)|(?:cable|satellite|satelite) descrambler|pre-?programmed (?:satellite|satelite) cards?|cheap (?:cigarettes|smokes|tobacco)|discount (?:cigarettes|smokes)|(?:exact|perfect|identical|1:1) (?:copies|replicas) of (?:famous |luxury |designer |original |swiss )?(?:watches|bags|handbags|brands)|(?:swiss|luxury|designer) (?:made )?(?:watches|handbags|bags)[^.\\n]{0,40}(?:replicas|copies)|(?:buy|get|own) a (?:rolex|breitling|omega|cartier) for (?:\\$ ?)?\\d{2,3}(?!\\d)|(?:buy|order) cigarettes online|cigarettes (?:online|tax[- ]free|duty[- ]free)|(?:\\$ ?\\d{1,3}(?:\\.\\d{2})? (?:per|a) carton|cartons? of cigarettes))',
  traffic: '(?:search engine (?:placement|submission|ranking|optimi[sz]ation)|submit your (?:web ?site|site|url) to (?:over |more than )?\\d{2,5} search engines|(?:guaranteed? )?top (?:10|ten) (?:positions?|placements?|rankings?) (?:on|in) (?:yahoo|google|altavista|excite|the (?:major )?search engines)|(?:\\d{1,3},?\\d{0,3} )?(?:free )?(?:hits|visitors) (?:per|a) day|web ?site traffic|bulk e-?mail(?:ing|er)? (?:software|lists?|service|program|experts?)|direct e-?mail advertising|e-?mail addresses (?:on cd|for sale)|(?:\\d{1,3},\\d{3}(?:,\\d{3})?|\\d{1,4} million) (?:verified |targeted |fresh |opt-in )?(?:e-?mail|fax|business|consumer)(?: (?:and|&) \\w{1,10})? (?:e-?mail )?(?:addresses|leads|numbers)|e-?mail (?:extractor|harvester)|fax (?:broadcast|blast)\\w{0,3})',
  scheme: '(?:make money (?:fast|online|from home)|work from home|earn (?:up to )?\\$?\\d[\\d,]{0,9} (?:per|a) (?:day|week|month)|mystery shopp(?:er|ers|ing)|(?:extra|passive|residual) income|financial freedom|multi-level marketing|network marketing|get rich|grow rich|investment (?:opportunity|program)|guaranteed returns?|everybody gets paid|paid to (?:read|surf|click)|(?:receive|get) (?:a )?(?:monthly|weekly) check|be your own boss|home[- ]based business|geld verdienen|reich werden|geld verdienen|ganhar dinheiro|ganar dinero|gagner de l\'argent|guadagnare soldi)',
  adult: '(?:hot singles|lonely (?:women|wives|housewives)|adult (?:dating|videos?|site)|free porn|porn (?:videos?|site|pics|stars?)|pornstars?|webcam girls?|sexy (?:girls?|women|singles)|s3x|sexdate|seksdate|dating (?:site|app)|singles? (?:in your area|near you|zoeken|suchen)|hardcore (?:porn|sex|action|videos?|movies?)|horny|pussy|cum ?shots?|blowjobs?|teen (?:sex|porn|girls? do)|live (?:sex|cams?)|naked (?:girls|women|teens)|nude (?:pics|photos|videos)|adult (?:entertainment|content|movies?)|(?:russian|ukrainian|asian|latin) (?:brides|wives)|(?:meet|date) (?:beautiful|single|lonely|hot|sexy) (?:russian|ukrainian|asian|latina?) (?:women|girls|ladies)|(?:russian|ukrainian) (?:women|girls|ladies) (?:who want to|looking for|seeking) (?:marry|marriage|a husband|men)|(?:see|view|watch) my (?:private|hot|sexy|naughty|intimate) (?:photos|pics|pictures|videos)|lonely and (?:bored|horny))',
  energy: '(?:energiekosten|energietarie\\w{1,3}|energierekening|stroomkosten|warmtepomp|zonnepanelen|thuisbatterij|isolatiesubsidie|subsidie voor|stromkosten|strompreis|solaranlage|wärmepumpe|energy (?:bills?|savings?) (?:program|subsid\\w{1,3}|grant)|solar panels? (?:for free|at no cost|program)|painéis solares|placas solares|panneaux solaires|pompe à chaleur|pannelli solari)',
  survey: '(?:(?:short|quick|brief) survey (?:and|to) (?:get|receive|claim|win)|complete (?:our|the|a) (?:short )?survey|umfrage (?:teilnehmen|ausfüllen|und gewinnen)|nehmen sie an (?:unserer|der) umfrage|enquête (?:en ligne )?et (?:gagnez|recevez)|répondez à (?:notre|un) (?:court )?(?:sondage|questionnaire)|responda (?:nossa|a) pesquisa|enquete (?:invullen|en ontvang)|doe mee (?:aan|met) (?:onze|de) (?:enquête|vragenlijst)|partecipa al sondaggio)',
  stock: '(?:otc ?bb|pink sheets|penny stocks?|hot stocks?|stock (?:alert|pick)s?|(?:this )?stock (?:is )?(?:set|poised|about|ready) to (?:explode|soar|double|skyrocket|take off)|(?:symbol|ticker) ?: ?[a-z]{2,5}(?![a-z])[^\\n]{0,80}\\n[^\\n]{0,80}(?:price|target))',
  // (thirty-second round) the cheap "OEM" software shops of the late 2000s (Windows, Office, Photoshop for a few dollars);
  // not a product's price alone, which a reseller's genuine offer names too
  // (thirty-fifth round, probes in the style of 2002) the price list of such a shop: Windows, Office or Photoshop for less than
  // $100 once (not by the month, as a subscription is priced), "the full retail version", "why pay retail"
  software: "(?:oem (?:software|versions?|downloads?|programs?)|cheap (?:oem )?software|software at (?:low|discount|cheap|wholesale) prices|(?:windows (?:xp|vista|7|8|10|11|server|20\\d\\d)|(?:ms |microsoft )?office (?:xp|20\\d\\d|professional|pro)|photoshop|acrobat|illustrator|dreamweaver|autocad)(?: [\\w.]{1,15}){0,3} (?:-|–|:|for|only|just|at) ?\\$ ?\\d{1,2}(?:[.,]\\d{2})?(?![\\d.,])(?! ?(?:\\/ ?mo|per month|a month|monthly|\\/ ?month|per user|per year|a year|\\/ ?year))|full retail version|why pay retail)",
  diploma: '(?:(?:university|college) (?:diplomas?|degrees?) (?:thru|through|based on|from home)|(?:degrees?|diplomas?) (?:thru|through|based on|for) (?:your )?life experience|obtain (?:a |your )?(?:university |college )?(?:diploma|degree)|international driver[\'’]?s licen[cs]e|non-?accredited universit(?:y|ies)|(?:degree|diploma)s? in (?:\\d{1,2}|two|three|four) (?:days|weeks)|(?:degree|diploma)s? based on (?:your )?(?:work|life|professional) experience|(?:bachelors|masters|mba|doctorate|phd),? (?:masters|mba|doctorate|phd)(?:,? \\w{2,10}){0,2} (?:degrees?|diplomas?))',
  // (thirty-fifth round, probes) the keystroke recorder sold to suspicious spouses and employers, "completely undetectable"
  spy: '(?:(?:uncover|find out) the truth about anyone|find out (?:almost )?(?:anything|everything) about anyone|spy (?:software|cams?)|(?:read|monitor) (?:anyone|someone)[\'’]s (?:e-?mails?|texts|messages)|(?:secretly|covertly|invisibly) (?:records?|monitors?|logs?|captures?) (?:every |all )?(?:keystrokes?|chats?|e-?mails?|web ?sites?|conversations|calls)|keystroke (?:logger|recorder)s?|(?:completely|totally|100 ?%) undetectable|is your (?:spouse|wife|husband|partner) cheating)',
  // (thirty-sixth round, probes in the style of 2002) the other trades of that year's bulk mail: long-distance minutes,
  // merchant accounts, seized cars at auction, gadgets that save fuel or attract women, offshore accounts, cartridges
  phone: '(?:long[- ]distance (?:for |at |only )?(?:\\d{1,2}(?:\\.\\d{1,2})? ?(?:cents?|¢)|rates? as low as|calling plans?))',
  merchant: '(?:accept (?:all major )?credit cards (?:on your (?:web ?site|site)|today|now)|merchant accounts? (?:approval|approved|setup|for (?:any|all|your|home) business)|(?:instant|guaranteed) merchant account)',
  auction: '(?:(?:government|police|irs|dea|fbi|u\\.?s\\.? marshals?)[- ](?:seized|surplus) (?:cars|vehicles|autos|homes|property|goods|auctions?)|seized (?:cars|vehicles|autos|homes) (?:from|for|at|auctions?)|(?:cars|homes|vehicles) (?:from|for) \\$ ?\\d{2,4}(?![\\d,]))',
  // (thirty-seventh round, the trap set written by other hands and the honeypot's "Elon's Energy" mail) the plug-in gadget that
  // cuts the electricity or heating bill by half or more, and the power companies "furious" about it
  gadget: '(?:pheromone (?:cologne|spray|perfume|formula|concentrate|oil)s?|(?:improve|increase|boost) (?:your )?(?:gas|fuel) (?:mileage|economy) by (?:up to )?\\d{1,2} ?%|(?:gas|fuel)[- ]?sav(?:er|ing) (?:device|pill|tablet)s?|attract (?:women|men|the opposite sex) (?:instantly|like a magnet)|(?:cut|cuts|slash|slashes|reduce|reduces|lower|lowers|halve|halves)[^.\\n]{0,40} (?:electric(?:ity)?|energy|power|heating) (?:bills?|costs?)[^.\\n]{0,30} (?:by|up to|in)[^.\\n]{0,15} (?:[4-9]\\d ?%|half)|(?:power|electric|energy|utility) companies (?:are )?(?:furious|hate (?:it|this|him)|panicking|in (?:full )?panic))',
  offshore: '(?:offshore (?:bank(?:ing)? accounts?|corporations?|trusts?|asset protection)|international business corporations?|protect your assets from (?:lawsuits|creditors|divorce)|tax[- ]free offshore)',
  supplies: '(?:(?:toner|ink(?:jet)?) (?:and|&) (?:toner|ink(?:jet)?) cartridges|(?:ink|toner|inkjet|laser) cartridges (?:from|at|for) (?:only |just )?\\$ ?\\d)',
  gift: '(?:(?:mystery|surprise) box|gratis (?:proefpakket|probepaket)|probierpaket|testpaket|cadeaukaart|geschenkkarte|cartão presente|tarjeta regalo|carte cadeau|buono regalo|\\$\\d{2,4} (?:gift ?card|voucher)|gift ?card (?:worth|of \\$))',
}

const TOPIC_NAMES = Object.keys(TOPICS)

/**
 * The trades no organisation's own mail advertises to strangers in a few lines with a link elsewhere: a pharmacy's,
 * a watchmaker's or a software vendor's newsletter links to its own shop. Mortgages, loans, insurance, energy, surveys
 * and gift cards are left out: banks, utilities and shops write about them in their own short notices.
 */
const AD_TRADES = new Set(['pills', 'diet', 'replica', 'software', 'diploma', 'casino', 'adult', 'stock', 'spy'])

/** The most visible text an advertisement of a few lines has (BULK_OFFER_AD). */
export const SHORT_AD_CHARS = 800

/**
 * The host an advertisement's link leads to, or undefined: the first web link that is not the sender's own (unless `home`), an ESP's
 * tracking, an internal host, a big platform's (NEUTRAL_LINK_HOSTS) or a freemail provider's, whose footer ("Join the
 * world's largest e-mail service with MSN Hotmail. http://www.hotmail.com") a private mail carries (2002 training ham).
 * Of an advertisement forwarded to the IT desk to ask about it, only the writer's own links (src/engine/reported.ts).
 */
function adLink(msg: ParsedMessage, ctx: RuleContext, home = false): string | undefined {
  const fromDomain = domainOf(msg.from?.address)
  for (const l of linksToScore(msg).slice(0, 100)) {
    const host = l.host
    if (!host || !/^https?:/i.test(l.url) || (!home && fromDomain && isSendersHost(host, fromDomain))) continue
    if (ctx.espTracking.has(host) || isInternalHost(host) || NEUTRAL_LINK_HOSTS.has(host) || FREEMAIL.has(orgDomain(host))) continue
    return host
  }
  return undefined
}

/** Each topic's pattern, looked for around the words it needs (src/engine/rules/anchor_scan.ts): one scan of the text finds them all. */
const TOPIC_LIST = new PatternLists({ topics: Object.values(TOPICS).map((v) => new RegExp(`(?<![\\p{L}\\p{N}])${phraseSource(v)}`, 'u')) })

/**
 * The advertorial's secret (thirty-second round): somebody powerful hides what it sells ("the big labs don't want you to
 * know", "les banques ne veulent pas que vous le sachiez"), in the third person plural of the seven languages (a person's
 * "I don't want you to find out from someone else" is not read), or its "one weird trick". In 2002 training spam ("the
 * database that Bill Gates doesn't want you to know about"), in today's health and energy-saver advertorials, and in no
 * ham message of our sets.
 */
const SECRET_CLAIM = new RegExp(phraseSource([
  "(?:s|pharma|government|industry|gates)(?: just| absolutely| really| positively| certainly){0,2} (?:don['’]?t|do not|doesn['’]?t|does not) want (?:you|anyone|people) to (?:know|find out|learn|discover|see)",
  '(?:one|this|a) (?:weird|strange|odd|bizarre|crazy) trick',
  'wollen nicht,? dass (?:sie|du|man) (?:das |es |davon |dies )?(?:wissen|weißt|erfahren|erfährst|herausfinden|kennen)',
  'willen niet dat (?:u|je|jij) (?:dit |het |dat )?(?:weet|ontdekt|te weten komt|kent)',
  'não querem que (?:você|voce|tu|o senhor|a senhora) (?:saiba|descubra|conheça|saibas)',
  'no quieren que (?:usted |tú |tu )?(?:lo |esto )?(?:sepa|sepas|descubra|descubras|conozca|conozcas)',
  'ne veulent pas que (?:vous|tu) (?:le |la |les )?(?:sachiez|saches|découvriez|découvres|connaissiez|connaisses)',
  'non vogliono che (?:tu|lei|voi) (?:lo |la |li )?(?:sappia|sappiate|scopra|scopriate|conosca|conosciate)',
].join('|')), 'u')

/**
 * "ADV:", "[ADV]", "Advertisement:": the label some laws require on unsolicited ads; also Japan's
 * "未承諾広告※" (Specified Electronic Mail Act) and Korea's "(광고)" (Information and Communications Network Act),
 * which their laws require at the start of the subject of every unsolicited ad.
 */
const ADV_LABEL = /^\s{0,5}(?:\[\s?adv\s?\]|adv\s?:|\(adv\)|advertisement\s?:|publicidade\s?:|publicidad\s?:|werbung\s?:|anzeige\s?:|未承諾広告|[([<]\s?광고\s?[)\]>])/i

/**
 * A greeting to nobody in particular that scams use, at the top of the text. "Dear customer", "Beste
 * klant", "Prezado cliente" are how genuine invoices and notices open too (test/fixtures/legit-mail),
 * so only the addressees of scams count: friend, beneficiary, winner, e-mail or webmail user, account
 * holder, sir/madam.
 */
const NO_NAME_GREETING = /^\s{0,200}(?:dear\s{1,3}(?:sir|madam|sir\s?\/\s?madam|friend|beloved|beneficiary|winner|e-?mail\s{1,3}(?:user|owner)|webmail\s{1,3}user|account\s{1,3}(?:holder|owner)|user)|sehr\s{1,3}geehrte\s{1,3}damen\s{1,3}und\s{1,3}herren,?\s{1,3}sie\s{1,3}haben|liebe(?:r)?\s{1,3}(?:gewinner|freund|begünstigte)|beste\s{1,3}(?:winnaar|begunstigde|heer\/mevrouw)|prezad[oa]\s{1,3}(?:beneficiári[oa]|ganhador[a]?|usuári[oa])|estimad[oa]\s{1,3}(?:beneficiari[oa]|ganador[a]?|usuari[oa])|cher\s{1,3}(?:bénéficiaire|gagnant|utilisateur)|gentile\s{1,3}(?:beneficiario|vincitore|utente))\b/iu

export const offerRules: RuleFamily = {
  family: 'offer',
  rules: [
    { name: 'BULK_OFFER', score: 1, description: 'sells what unsolicited bulk mail sells: mortgages and loans, warranties, health plans at a discount, casinos, pills, weight loss, replicas, web traffic and address lists, get-rich schemes, stock tips, diplomas, spy software and keystroke recorders, cheap software price lists ("Windows XP Professional - $49"), adult content and dating, energy subsidies, paid surveys, gift boxes (seven languages); and, in English, what else the bulk mail of 2002 sold: long-distance minutes, merchant accounts, seized cars at auction, fuel savers and pheromone colognes, offshore accounts, ink and toner cartridges, cigarettes by the carton, search-engine submission; and today\'s plug-in gadget that cuts the electricity or heating bill by half or more, which the power companies are "furious" about' },
    { name: 'BULK_OFFER_AD', score: 3, description: `the whole message is a few lines (at most ${SHORT_AD_CHARS} characters) advertising a trade only bulk mail sells to strangers (pills and potency, enlargement, replica watches, cheap "OEM" software, diplomas, casinos, diet cures, adult sites, penny stocks, spy software) and a link, away from the sender's site or, in a message that is no list's or newsletter's (no List-Unsubscribe or List-Id), to it: bulk mail's ad and its link, as the pharmacy and replica spam of the 2000s was written and is still sent, from random senders or from the advertised domain itself; a shop's own newsletter links home with its List-Unsubscribe` },
    { name: 'BULK_OFFER_MANY', score: 2.5, description: 'two or more of those trades in one message (on top of BULK_OFFER)' },
    { name: 'SECRET_CLAIM', score: 2, description: 'the advertorial\'s claim that somebody powerful hides what it sells ("doctors don\'t want you to know", "les laboratoires ne veulent pas que vous le sachiez", "le banche non vogliono che tu lo sappia") or its "one weird trick" (seven languages)' },
    { name: 'ADV_LABEL', score: 2, description: 'the subject is labelled as an advertisement ("ADV:", "[ADV]", "Werbung:", Japan\'s "未承諾広告※", Korea\'s "(광고)")' },
    { name: 'NO_NAME_GREETING', score: 1, description: 'the text opens with a greeting scams use to nobody in particular: "Dear Friend", "Dear Beneficiary", "Dear Email User", "Lieber Gewinner", "Prezado beneficiário" (seven languages; not "Dear customer", which genuine invoices use)' },
  ],
  check(msg, _facts, hit, ctx) {
    const subject = msg.subject.length > MAX_RULE_SUBJECT_CHARS ? msg.subject.slice(0, MAX_RULE_SUBJECT_CHARS) : msg.subject
    const top = visibleWords(msg.text.length > TEXT_CHARS ? msg.text.slice(0, TEXT_CHARS) : msg.text)
    // bounced mail quotes what it bounces: not an offer of the sender's
    const report = isReport(msg)
    if (ADV_LABEL.test(subject)) hit('ADV_LABEL', subject.slice(0, 40))
    const greeting = report ? null : NO_NAME_GREETING.exec(top.slice(0, 600))
    if (greeting) hit('NO_NAME_GREETING', greeting[0].trim().slice(0, 40))
    if (report) return
    const text = `${subject}\n${top}`.toLowerCase()
    const secret = SECRET_CLAIM.exec(text)
    if (secret) hit('SECRET_CLAIM', secret[0].replace(/\s+/g, ' '))
    const topics = TOPIC_LIST.reader(text)
    const found: string[] = []
    let trade: string | undefined
    TOPIC_NAMES.forEach((topic, i) => {
      const m = topics.firstMatchOf('topics', i)
      if (m === undefined) return
      found.push(`${topic}: ${m.replace(/\s+/g, ' ')}`)
      trade ??= AD_TRADES.has(topic) ? found[found.length - 1] : undefined
    })
    if (found.length) hit('BULK_OFFER', found[0])
    if (trade && top.trim().length <= SHORT_AD_CHARS) {
      // (thirty-third round) a link to the sender's own site too, unless the message is a list's or a newsletter's: the
      // snowshoe spam of 2009 onwards sends each ad from the domain it links to ("Rolex Watches" <info@swiss-watch.example>
      // linking to swiss-watch.example), where a shop's newsletter carries List-Unsubscribe
      const host = !linksMostlyHome(msg, ctx) ? adLink(msg, ctx) : isListMail(msg) ? undefined : adLink(msg, ctx, true)
      if (host) hit('BULK_OFFER_AD', `${trade} -> ${host}`)
    }
    if (found.length >= 2) hit('BULK_OFFER_MANY', found.slice(0, 3).join('; '))
  },
}
