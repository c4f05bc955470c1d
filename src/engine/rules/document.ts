// The business-document lure (DOCUMENT_LURE): a notice of a shared or secure document, a voicemail
// or a fax, a document to sign, an invoice or a purchase order, a remittance advice or a salary
// adjustment, whose action leads where no such notice leads. This is what a compromised mailbox sends
// to every contact of its owner, and so what an outbound gateway sees of a takeover first: "Anna
// Schmidt shared 'Q4 Invoice Payment.pdf' with you", from Anna's own address, with the "Open" button
// on a Weebly page or in an attached .htm file.
//
// The genuine notices say the same words. What tells them apart is where they lead (issue 10, twentieth
// round; the genuine counterparts in test/fixtures/design-mail were read first): SharePoint's links go to
// the tenant's sharepoint.com, Dropbox's to dropbox.com, an IT department's to its own intranet, a
// telephone system's voicemail comes with the recording attached (.wav). A lure's goes to free hosting
// or a site builder, an IPFS gateway, a shortener, an abused top-level domain, a bare IP address, the
// system folders of somebody else's WordPress site, or a host dressed as the service ("sharepoint-docs"),
// or it is an attached web page. Pure: the message, the sender's domain and the shipped host lists in.
import { attachesWholeMessage, type ParsedMessage } from '../message'
import type { RuleContext } from '../types'
import type { Brand } from './lists'
import { isInternalHost, isIpLiteral, orgDomain, sameOrg } from '../domains'
import { linksToScore } from '../reported'
import { htmlAttachment } from './attachment'
import { SITE_SYSTEM_PATH, SUSPICIOUS_TLDS, UPLOADED_PAGE, linkedDownload } from './uri'
import { isIpfsLink } from './links'
import { hostSet } from './lists'
import { rx } from './phrase'

/** The notices, lower-case, in the seven languages. Read in the subject and the first NOTICE_CHARS of the text. */
const DOCUMENT_NOTICE = [
  // en: a file shared, a secure document, a voicemail or fax, a document to sign, a remittance, a salary change
  rx('shared (?:an? |the |\\d{1,3} )?(?:(?:secure|encrypted|protected|confidential|important|new) )?(?:file|document|folder|pdf|spreadsheet)s? with you'),
  rx('(?:file|document|folder|pdf)s? (?:has been |have been |was |were )?shared with you'),
  // thirty-first round (probes): the file named in quotes ('Kim shared "Contract_final" with you'), the invitation to a folder
  rx('shared ["“„\'][^"”“\'\\n]{1,80}["”“\'] with you'), rx('invited you to (?:view|edit|access|open) (?:the |a )?(?:shared )?(?:folder|file|document)'),
  rx('(?:has|have) sent you (?:an? |the |\\d{1,3} )?(?:secure |encrypted |protected |confidential |new )?(?:document|file|pdf|fax)s?(?![\\p{L}])'),
  rx('sent you (?:an? |the )?(?:document|contract|agreement)s? to (?:review|sign|view|e-sign)'),
  rx('(?:secure|encrypted|protected|confidential) (?:document|file|pdf|fax)s? (?:has been |have been |was |is |are )?(?:sent|shared|delivered|received|waiting|available)'),
  rx('you (?:have )?(?:received|got) (?:an? |\\d{1,3} )?(?:new )?(?:secure |encrypted )?(?:document|fax|(?:voicemail|voice-mail|voice mail)|voice message|audio message)s?(?![\\p{L}])'),
  rx('new (?:(?:voicemail|voice-mail|voice mail)|voice message|audio message|fax)(?![\\p{L}])'),
  rx('(?:voicemail|voice-mail|voice mail) (?:message|received|from|notification)'),
  rx('fax (?:document|message) (?:received|from)'),
  // thirty-second round (probes): a meeting's recording "now available" behind a sign-in
  rx('(?:cloud|meeting|call|teams|zoom|webex) recording (?:of [^.\\n]{1,80} )?(?:is|has been) (?:now )?(?:available|ready|shared)'),
  rx('(?:review|view) (?:and|&) (?:e-)?sign(?![\\p{L}])|(?:document|contract|agreement) (?:is )?(?:waiting|pending|ready) for (?:your )?(?:e-)?signature|pending (?:e-)?signature'),
  rx('(?:payment|remittance) advice'),
  rx('(?:salary|compensation|payroll|bonus) (?:adjustment|increase|review|revision)'),
  // an invoice or a purchase order, in the seven languages (not an order: a shop's order notice links to its shop platform)
  rx('(?<![\\p{L}])(?:invoices?|purchase orders?|rechnung(?:en)?|factuur|facturen|inkooporders?|faturas?|notas? fisca(?:l|is)|nf-e|boletos?|ordem de compra|pedido de compra|facturas?|orden de compra|factures?|bons? de commande|fatture|fattura|ordine d(?:\'|i )acquisto)(?![\\p{L}])'),
  // thirty-sixth round (probes): the encrypted message behind a portal's sign-in, and the policy or handbook to read and
  // acknowledge (a genuine one's link goes to the encryption service's portal or the organisation's intranet, which no
  // action below names)
  rx('(?:received|sent you|have) (?:an? |\\d{1,3} )?(?:new )?(?:secure|encrypted|protected|confidential) (?:e-?mail|message)s?(?![\\p{L}])'),
  rx('(?:review|read) (?:and|&) acknowledge|acknowledge (?:the |your |our )?(?:updated |new |revised )?(?:employee |staff |company )?(?:handbook|polic(?:y|ies))|(?:updated|new|revised) (?:employee|staff) handbook'),
  rx('(?:lesen|prüfen) und (?:bestätigen|quittieren)|mitarbeiterhandbuch|personeelshandboek|(?:lezen|bekijken|doorlezen) en (?:bevestigen|ondertekenen)|manual do (?:funcionário|colaborador)|(?:leia|revise) e (?:confirme|assine)|manual del empleado|(?:lea|revise) y (?:confirme|firme)|(?:lisez|consultez) et (?:confirmez|signez)|manuale del dipendente|(?:legga|leggi) e (?:conferma|confermi|firma|firmi)'),
  // thirty-sixth round (probes): the copyright claim whose "evidence" (the images used, the complaint) is to be downloaded,
  // the lure of the 2024-2025 stealer campaigns in many languages; a rights agency's genuine claim links to its own site
  rx('(?<![\\p{L}])(?:copyright infringement|infringement of (?:my |our |the )?copyright|copyright (?:violation|claim|complaint)|dmca (?:notice|takedown|complaint)|urheberrechtsverletzung(?:en)?|verletzung (?:des|der|von) urheberrechte?s?|inbreuk op (?:het |mijn |ons )?auteursrecht|schending van (?:het )?auteursrecht|auteursrechtinbreuk|viola[çc][ãa]o (?:de|dos) direitos autorais|infra[çc][ãa]o (?:de|dos) direitos autorais|(?:infracci[óo]n|violaci[óo]n) de (?:los )?derechos de autor|(?:violation|atteinte) (?:du|des|aux) droits? d[\'’]auteur|violazione (?:del copyright|(?:del|dei) diritt[oi] d[\'’]autore))(?![\\p{L}])'),
  // de
  rx('(?:hat|haben) (?:ihnen |dir )?(?:ein(?:e|en)? |das |die |den |\\d{1,3} )?(?:(?:wichtige|vertrauliche|sichere|neue)[sn]? )?(?:dokument|datei|ordner)(?:e|en)? (?:(?:mit (?:ihnen|dir)|für (?:sie|dich)) )?(?:geteilt|freigegeben)'),
  rx('(?:dokument|datei|ordner) wurde (?:mit ihnen |für sie )?(?:geteilt|freigegeben)'),
  rx('neue (?:sprachnachricht|voicemail|faxnachricht)|neues fax|zahlungsavis|gehalts(?:anpassung|erhöhung)|bitte (?:prüfen und )?(?:unterschreiben|unterzeichnen)'),
  rx('(?:cloud-|meeting-|besprechungs|teams-|zoom-)aufzeichnung (?:von [^.\\n]{1,80} )?(?:ist|wurde) (?:jetzt )?(?:verfügbar|bereit|freigegeben)'),
  // (thirty-seventh round, the takeover set) the acknowledgement to confirm ("bestätigen Sie die Kenntnisnahme"), the recording of the meeting
  rx('(?:bestätigen sie|bestätige) (?:bitte )?(?:die |ihre |deine )?kenntnisnahme|kenntnisnahme (?:zu )?(?:bestätigen|quittieren)|aufzeichnung (?:der besprechung|des meetings|der sitzung|der videokonferenz)'),
  // nl
  rx('heeft (?:een |het |\\d{1,3} )?(?:document|bestand|map)(?:en)? met (?:u|je|jou) gedeeld|(?:document|bestand|map) (?:is )?met (?:u|je) gedeeld'),
  rx('nieuw (?:spraakbericht|voicemailbericht|faxbericht)|betalingsadvies|salaris(?:aanpassing|verhoging)|ter ondertekening'),
  // (thirty-seventh round, the takeover set) the recording of the meeting "is beschikbaar"
  rx('opname van (?:de |het )?(?:vergadering|overleg|meeting|gesprek|teams-vergadering|videogesprek)(?: [^.\\n]{1,60})? (?:is|staat) (?:nu )?(?:beschikbaar|klaar)'),
  // pt
  rx('(?:compartilhou|partilhou) (?:um |o |\\d{1,3} )?(?:documento|arquivo|ficheiro|pasta)s? (?:com você|consigo)'),
  rx('(?:a )?gravação (?:da reunião|da videochamada|da chamada)(?: [^.\\n]{1,60})? (?:está|já está|fica) disponível'),
  rx('nova mensagem de voz|novo fax|aviso de transferência|comprovante de transferência|reajuste salarial|(?:documento|contrato) (?:para|aguardando) (?:a )?(?:sua )?assinatura'),
  // es
  rx('ha compartido (?:un |el |\\d{1,3} )?(?:documento|archivo|carpeta)s? (?:contigo|con usted)'),
  rx('(?:la )?grabación (?:de la reunión|de la videollamada|de la llamada)(?: [^.\\n]{1,60})? (?:está|ya está) disponible'),
  rx('nuevo mensaje de voz|nuevo fax|aviso de (?:transferencia|remesa)|justificante de transferencia|ajuste salarial|(?:documento|contrato) (?:pendiente de|para) (?:su )?firma'),
  // fr
  rx('a partagé (?:un |le |\\d{1,3} )?(?:document|fichier|dossier)s? avec vous'),
  rx('enregistrement (?:de la réunion|de la visioconférence|zoom|teams)|(?:l[\'’]enregistrement|la transcription)(?: et la transcription)? (?:de la réunion )?(?:est|sont) (?:désormais |maintenant )?disponibles?'),
  rx('nouveau message vocal|nouveau fax|nouvelle télécopie|avis de virement|(?:ajustement|révision) salarial|augmentation de salaire|(?:document|contrat) (?:en attente de signature|à signer)'),
  // it
  rx('ha condiviso (?:un |il |\\d{1,3} )?(?:documento|file|cartella) con (?:te|lei|voi)'),
  rx('(?:la )?registrazione (?:della riunione|della videochiamata|della chiamata)(?: [^.\\n]{1,60})? (?:è|è ora|è già) disponibile'),
  rx('nuovo messaggio vocale|nuovo fax|avviso di bonifico|contabile (?:del )?bonifico|adeguamento (?:salariale|retributivo)|aumento di stipendio|documento da firmare'),
]

const NOTICE_RE = new RegExp(DOCUMENT_NOTICE.map((p) => `(?:${p.source})`).join('|'), 'u')

/** A notice is short: it is read in the first characters of the text. */
const NOTICE_CHARS = 3000

/**
 * Hosts where a genuine notice's link may go although they are on the lists of hosts that hide a link's
 * destination: the sharing services' own pages (a colleague's "I've shared the file with you:
 * https://docs.google.com/…", Dropbox's db.tt) and the form services an HR or IT department uses for its
 * own surveys ("salary review: please fill in https://forms.office.com/…"), and the shop platforms whose
 * merchants' invoices link to the shop's platform host (acme.myshopify.com) or the platform's own pages.
 */
const SHARING_HOSTS = hostSet(['docs.google.com', 'drive.google.com', 'db.tt', 'forms.office.com', 'forms.gle', 'sway.office.com', 'myshopify.com', 'wix.com'])

/**
 * The pages anyone publishes on a genuine service that are no place for a shared document, an invoice or a voicemail
 * (thirty-seventh round, the takeover set): a Canva design and a Google Drawing, each a picture with a button that leads
 * to the lure's page. The services' other pages (Google Docs and Drive, SHARING_HOSTS) are where documents are shared.
 */
const PUBLISHED_PAGE = /^https?:\/\/(?:www\.)?(?:canva\.com\/design\/|docs\.google\.com\/drawings\/)/i

/**
 * Document services that the brand list names only in display names: a host dressed as one
 * ("acme-my.sharepoint-docs.example", "onedrive-share.example") and not Microsoft's own is a costume.
 */
const SERVICE_TOKEN = /sharepoint|onedrive/

/**
 * The e-signature and document-sharing services dressed up the same way (twenty-seventh round, from my probes: Adobe's
 * Acrobat Sign, formerly EchoSign, DocSend, PandaDoc, HelloSign; "acrobat-sign-docs.example"). The brand list does not
 * know their domains: a host whose registered name is the service's own ("pandadoc.com", "docsend.com") is the service.
 */
const SIGNING_SERVICE = /acrobat|adobesign|echosign|docsend|pandadoc|hellosign/

/** A host that names a document service without being it (SERVICE_TOKEN, SIGNING_SERVICE); the brand list's own hosts are asked apart. */
function dressedAsService(host: string): boolean {
  const letters = host.replace(/[.-]/g, '')
  if (SERVICE_TOKEN.test(letters)) return true
  const signing = SIGNING_SERVICE.exec(letters)
  if (!signing) return false
  const org = orgDomain(host)
  const dot = org.indexOf('.')
  return (dot < 0 ? org : org.slice(0, dot)) !== signing[0]
}

/**
 * The web page (.htm, .svg) attached to the message, which is a notice's action when it has one; undefined when none is
 * attached, or when a message is attached whole: that is a user reporting a lure to IT, and what it carries is the
 * report's, not the sender's. src/engine/index.ts asks it too: the classifiers read the note, not the page.
 */
export function attachedPage(msg: ParsedMessage): string | undefined {
  return attachesWholeMessage(msg) ? undefined : htmlAttachment(msg)
}

/**
 * Where the notice's action leads, when it leads where no genuine notice does: an attached web page, or the
 * first link to a host that hides (see the module comment), not of the sender's organisation. undefined when
 * no action leads there.
 */
export function documentActionAway(msg: ParsedMessage, fromDomain: string, ctx: RuleContext): string | undefined {
  const page = attachedPage(msg)
  if (page) return `attached ${page.slice(0, 60)}`
  const seen = new Set<string>()
  // the message's own links: an attached PDF's "Pay online" to a small business's site-builder shop is genuine
  for (const l of linksToScore(msg).slice(0, 200)) {
    const host = l.host
    if (!host || seen.has(host) || !/^https?:/i.test(l.url)) continue
    seen.add(host)
    if (fromDomain && sameOrg(host, fromDomain)) continue
    if (PUBLISHED_PAGE.test(l.url.slice(0, 100))) return `${host} (a page published on it)`
    if (SHARING_HOSTS.has(host)) continue
    const tld = host.slice(host.lastIndexOf('.') + 1)
    if (ctx.freeHosting.has(host) || isIpfsLink(l.url, host, ctx) || ctx.shorteners.has(host) || SUSPICIOUS_TLDS.has(tld)) return host
    if (isIpLiteral(host) && !isInternalHost(host)) return host
    if (SITE_SYSTEM_PATH.test(l.url.slice(0, 600))) return `${host} (a site's system folder)`
    if (UPLOADED_PAGE.test(l.url.slice(0, 600))) return `${host} (a page in a site's uploads folder)`
    // (thirty-fifth round, probes: the Brazilian "Nota Fiscal" whose "Baixar NF-e" downloads NFe_000128774.zip from a
    // stranger's site) a genuine invoice or shared document is a page, a PDF or an attachment, never a program or an archive
    const download = linkedDownload(l.url)
    if (download) return `${host} (${download.slice(0, 60)} to download)`
    if (dressedAsService(host) && !ctx.brands.brandOf(host)) return `${host} (dressed as a document service)`
  }
  return undefined
}

/**
 * Where the notice's action leads when the sender's name claims a brand its address is not (BRAND_IMPERSONATION):
 * the first web link that goes neither to the brand's own domains, nor to the sender's organisation, a sharing
 * service or an ESP's tracking; undefined when a link goes to the brand's own site (a notice relayed as it came) or
 * none goes elsewhere. "Dropbox" <no-reply@dropbox-share.example> whose "Go to folder" leads to an ordinary .com is
 * no notice of Dropbox's, wherever the page is hosted (thirty-first round, probes: such notices linking to an
 * ordinary domain, which documentActionAway does not name, scored below the threshold).
 */
export function impersonatedActionAway(msg: ParsedMessage, fromDomain: string, brand: Brand, ctx: RuleContext): string | undefined {
  let away: string | undefined
  for (const l of linksToScore(msg).slice(0, 200)) {
    const host = l.host
    if (!host || !/^https?:/i.test(l.url)) continue
    if (ctx.brands.isOwnDomain(brand, host)) return undefined
    if (away || (fromDomain && sameOrg(host, fromDomain)) || SHARING_HOSTS.has(host) || ctx.espTracking.has(host)) continue
    away = `${host} (not ${brand.domains[0] ?? 'the brand'}'s)`
  }
  return away
}

/** The notice's words, or undefined. `text`: subject and text, lower-cased (look-alike letters folded). */
export function documentNotice(text: string): string | undefined {
  const m = NOTICE_RE.exec(text.length > NOTICE_CHARS ? text.slice(0, NOTICE_CHARS) : text)
  return m ? m[0].replace(/\s+/g, ' ') : undefined
}
