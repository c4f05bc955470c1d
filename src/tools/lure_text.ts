// The text of the synthetic lures (src/tools/synth_lures.ts): written for this
// project, in our own words, after reading which kinds of lure exist (the
// training part of the modern corpus was read for that only; no sentence of it
// is copied). Every bank is a block of lines: `S:` a subject, `B:` a body
// sentence or paragraph, `C:` the text of the call to action (button or link).
// Placeholders in braces are filled by the generator: {name} {brand} {amount}
// {ref} {date} {hours} {days} {coin} {qty} {email} {city} {pct} {phone}.
//
// The split into a training and an evaluation part is by sentence: in every
// list the entries at positions 2, 5, 8, ... (and the last of a two-entry list)
// belong to the evaluation part only (isEvalEntry in synth_lures.ts), so the
// evaluation lures say things in words the models were never trained on.

import { GENRE_BRANDS, GENRE_KINDS, GENRE_TEXT } from './lure_text_genres'

export const LANGS = ['en', 'de', 'nl', 'pt', 'es', 'fr', 'it'] as const
export type Lang = (typeof LANGS)[number]

/** The kinds of the first round; the second round's genres are in lure_text_genres.ts. */
const FIRST_KINDS = [
  'account', 'payment-update', 'crypto', 'prize', 'parcel', 'invoice', 'advance-fee', 'loan',
  'sextortion', 'dating', 'pharma', 'energy', 'casino', 'get-rich',
] as const
type FirstKind = (typeof FIRST_KINDS)[number]

export const LURE_KINDS = [...FIRST_KINDS, ...GENRE_KINDS] as const
export type LureKind = (typeof LURE_KINDS)[number]

/** Per language: greetings, urgency lines, sign-offs, footers and the calls to action of banks that have too few of their own. */
export const COMMON: Record<Lang, { greet: string[]; urgent: string[]; signoff: string[]; footer: string[]; cta: string[] }> = {
  en: {
    cta: ['Click here', 'Continue', 'Open now'],
    greet: ['Dear {name},', 'Hello {name},', 'Dear Customer,', 'Hi {name},', 'Dear valued member,', 'Attention {email},', 'Good day,'],
    urgent: [
      'You have {hours} hours to complete this step.',
      'Failure to respond by {date} will result in permanent restriction.',
      'This is your final reminder.',
      'Please act now: the request expires on {date}.',
      'If we do not hear from you within {days} days, the case will be closed automatically.',
      'Time is running out!',
    ],
    signoff: ['Sincerely,\nThe {brand} Team', 'Regards,\n{brand} Customer Service', 'Thank you,\n{brand} Security Department', 'Best wishes,\nYour {brand} team', 'Kind regards,\n{brand} Support'],
    footer: [
      'This is an automated message. Please do not reply to this email.',
      '© 2025 {brand}. All rights reserved.',
      'You are receiving this message because you are a registered user.',
      'If you no longer wish to receive these emails, click here to unsubscribe.',
      'Reference: {ref}',
      'Do not share this email with anyone.',
    ],
  },
  de: {
    cta: ['Hier klicken', 'Weiter', 'Jetzt öffnen'],
    greet: ['Sehr geehrte/r {name},', 'Hallo {name},', 'Sehr geehrter Kunde,', 'Liebe Kundin, lieber Kunde,', 'Guten Tag,', 'Hallo {email},', 'Lieber {name},'],
    urgent: [
      'Sie haben {hours} Stunden Zeit, diesen Schritt abzuschließen.',
      'Wenn Sie bis zum {date} nicht reagieren, wird der Zugang dauerhaft eingeschränkt.',
      'Dies ist Ihre letzte Erinnerung.',
      'Bitte handeln Sie jetzt: die Frist endet am {date}.',
      'Ohne Ihre Rückmeldung innerhalb von {days} Tagen wird der Vorgang automatisch geschlossen.',
      'Die Zeit läuft ab!',
    ],
    signoff: ['Mit freundlichen Grüßen\nIhr {brand} Team', 'Beste Grüße\n{brand} Kundenservice', 'Vielen Dank\nIhre {brand} Sicherheitsabteilung', 'Freundliche Grüße\nDas {brand}-Team', 'Herzliche Grüße\n{brand} Support'],
    footer: [
      'Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.',
      '© 2025 {brand}. Alle Rechte vorbehalten.',
      'Sie erhalten diese Nachricht, weil Sie bei uns registriert sind.',
      'Wenn Sie keine weiteren E-Mails erhalten möchten, können Sie sich hier abmelden.',
      'Vorgangsnummer: {ref}',
      'Bitte geben Sie diese E-Mail nicht an Dritte weiter.',
    ],
  },
  nl: {
    cta: ['Klik hier', 'Doorgaan', 'Nu openen'],
    greet: ['Beste {name},', 'Geachte klant,', 'Hallo {name},', 'Beste klant,', 'Goedendag,', 'Hoi {name},', 'Geachte heer/mevrouw,'],
    urgent: [
      'U heeft {hours} uur om deze stap af te ronden.',
      'Als u niet vóór {date} reageert, wordt uw toegang definitief beperkt.',
      'Dit is uw laatste herinnering.',
      'Handel nu: het verzoek verloopt op {date}.',
      'Zonder reactie binnen {days} dagen wordt uw dossier automatisch gesloten.',
      'De tijd dringt!',
    ],
    signoff: ['Met vriendelijke groet,\nHet {brand} team', 'Groeten,\n{brand} Klantenservice', 'Bedankt,\n{brand} Beveiliging', 'Vriendelijke groeten,\nTeam {brand}', 'Hartelijke groet,\n{brand} Support'],
    footer: [
      'Dit is een automatisch bericht. U kunt niet op deze e-mail reageren.',
      '© 2025 {brand}. Alle rechten voorbehouden.',
      'U ontvangt dit bericht omdat u bij ons geregistreerd bent.',
      'Wilt u geen e-mails meer ontvangen? Klik dan hier om af te melden.',
      'Kenmerk: {ref}',
      'Deel deze e-mail met niemand.',
    ],
  },
  pt: {
    cta: ['Clique aqui', 'Continuar', 'Acessar agora'],
    greet: ['Prezado(a) {name},', 'Olá {name},', 'Caro cliente,', 'Olá, tudo bem?', 'Prezado cliente,', 'Oi {name},', 'Atenção {email},'],
    urgent: [
      'Você tem {hours} horas para concluir esta etapa.',
      'Caso não haja resposta até {date}, o acesso será bloqueado definitivamente.',
      'Este é o seu último aviso.',
      'Aja agora: a solicitação expira em {date}.',
      'Sem retorno em {days} dias, o processo será encerrado automaticamente.',
      'O prazo está acabando!',
    ],
    signoff: ['Atenciosamente,\nEquipe {brand}', 'Obrigado,\nCentral de Atendimento {brand}', 'Cordialmente,\nSetor de Segurança {brand}', 'Abraços,\nTime {brand}', 'Att,\nSuporte {brand}'],
    footer: [
      'Esta é uma mensagem automática, por favor não responda.',
      '© 2025 {brand}. Todos os direitos reservados.',
      'Você recebeu esta mensagem porque é cliente cadastrado.',
      'Para não receber mais nossos e-mails, clique aqui.',
      'Protocolo: {ref}',
      'Não compartilhe este e-mail com ninguém.',
    ],
  },
  es: {
    cta: ['Haga clic aquí', 'Continuar', 'Abrir ahora'],
    greet: ['Estimado/a {name}:', 'Hola {name},', 'Estimado cliente:', 'Buenos días,', 'Querido usuario,', 'Hola {email},'],
    urgent: [
      'Dispone de {hours} horas para completar este paso.',
      'Si no responde antes del {date}, el acceso quedará restringido de forma permanente.',
      'Este es su último aviso.',
      'Actúe ahora: la solicitud caduca el {date}.',
      'Sin respuesta en {days} días, el expediente se cerrará automáticamente.',
    ],
    signoff: ['Atentamente,\nEl equipo de {brand}', 'Saludos,\nAtención al cliente {brand}', 'Gracias,\nDepartamento de seguridad de {brand}', 'Un saludo,\nSoporte {brand}'],
    footer: [
      'Este es un mensaje automático, por favor no responda.',
      '© 2025 {brand}. Todos los derechos reservados.',
      'Recibe este correo porque es un usuario registrado.',
      'Si no desea recibir más correos, haga clic aquí para darse de baja.',
      'Referencia: {ref}',
    ],
  },
  fr: {
    cta: ['Cliquez ici', 'Continuer', 'Ouvrir maintenant'],
    greet: ['Cher(e) {name},', 'Bonjour {name},', 'Cher client,', 'Bonjour,', 'Madame, Monsieur,', 'Bonjour {email},'],
    urgent: [
      'Vous disposez de {hours} heures pour terminer cette étape.',
      "Sans réponse de votre part avant le {date}, l'accès sera définitivement restreint.",
      'Ceci est votre dernier rappel.',
      'Agissez maintenant : la demande expire le {date}.',
      'Sans retour sous {days} jours, le dossier sera clôturé automatiquement.',
    ],
    signoff: ["Cordialement,\nL'équipe {brand}", 'Bien à vous,\nService client {brand}', 'Merci,\nService sécurité {brand}', 'Salutations,\nSupport {brand}'],
    footer: [
      'Ceci est un message automatique, merci de ne pas y répondre.',
      '© 2025 {brand}. Tous droits réservés.',
      'Vous recevez ce message car vous êtes inscrit chez nous.',
      'Pour ne plus recevoir nos e-mails, cliquez ici pour vous désinscrire.',
      'Référence : {ref}',
    ],
  },
  it: {
    cta: ['Clicca qui', 'Continua', 'Apri ora'],
    greet: ['Gentile {name},', 'Ciao {name},', 'Gentile cliente,', 'Buongiorno,', 'Caro utente,', 'Gentile {email},'],
    urgent: [
      'Hai {hours} ore per completare questo passaggio.',
      "Senza una risposta entro il {date}, l'accesso sarà limitato in modo permanente.",
      'Questo è il tuo ultimo promemoria.',
      'Agisci ora: la richiesta scade il {date}.',
      'Senza riscontro entro {days} giorni, la pratica verrà chiusa automaticamente.',
    ],
    signoff: ['Cordiali saluti,\nIl team {brand}', 'Saluti,\nServizio clienti {brand}', 'Grazie,\nReparto sicurezza {brand}', 'A presto,\nSupporto {brand}'],
    footer: [
      'Questo è un messaggio automatico, si prega di non rispondere.',
      '© 2025 {brand}. Tutti i diritti riservati.',
      'Ricevi questa email perché sei un utente registrato.',
      "Per non ricevere più le nostre email, clicca qui per annullare l'iscrizione.",
      'Riferimento: {ref}',
    ],
  },
}

/** The brands a kind's lures claim to come from (display names; the addresses are never theirs). */
const FIRST_BRANDS: Record<FirstKind, Partial<Record<Lang | 'any', string[]>>> = {
  account: {
    any: ['Microsoft 365', 'Outlook', 'Apple ID', 'Google', 'PayPal', 'Netflix', 'Instagram', 'Facebook', 'WhatsApp', 'Amazon', 'Webmail', 'Mail Administrator', 'IT Helpdesk', 'Email Admin'],
    de: ['Sparkasse', 'Volksbank', 'Deutsche Bank', 'Commerzbank', 'GMX', 'WEB.DE', 'Telekom', 'ING'],
    nl: ['ING', 'Rabobank', 'ABN AMRO', 'DigiD', 'KPN', 'Ziggo'],
    pt: ['Itaú', 'Bradesco', 'Banco do Brasil', 'Caixa', 'Nubank', 'Gov.br'],
    es: ['BBVA', 'Santander', 'CaixaBank', 'Movistar'],
    fr: ['Orange', 'Crédit Agricole', 'La Banque Postale', 'Ameli', 'SFR'],
    it: ['Poste Italiane', 'Intesa Sanpaolo', 'UniCredit', 'TIM'],
  },
  'payment-update': {
    any: ['Netflix', 'Disney+', 'Spotify', 'Amazon Prime', 'Apple', 'PayPal', 'McAfee', 'Norton', 'Microsoft', 'Canva', 'DAZN', 'iCloud'],
    de: ['Sky', 'Telekom', 'Vodafone', 'ADAC'],
    nl: ['Videoland', 'Ziggo', 'KPN', 'bol.com'],
    pt: ['Globoplay', 'Mercado Livre', 'Vivo', 'Claro'],
    es: ['Movistar+', 'Orange'],
    fr: ['Canal+', 'Free', 'Bouygues'],
    it: ['TIM', 'Mediaset Infinity', 'Vodafone'],
  },
  crypto: { any: ['MetaMask', 'Trust Wallet', 'Ledger', 'Trezor', 'Binance', 'Coinbase', 'Kraken', 'Bybit', 'OKX', 'Phantom', 'Exodus', 'Uniswap', 'Ripple', 'Crypto.com', 'Bitpanda', 'Blockchain.com'] },
  prize: {
    any: ['Amazon', 'Walmart', 'Costco', 'Lidl', 'Aldi', 'IKEA', 'Shein', 'Temu', 'Samsung', 'Apple', 'Rewards Center', 'Loyalty Program', 'Customer Survey'],
    de: ['Kaufland', 'Rossmann', 'dm', 'MediaMarkt', 'Fressnapf', 'Payback', 'Tchibo', 'ADAC'],
    nl: ['Albert Heijn', 'Jumbo', 'Kruidvat', 'Action', 'HEMA', 'bol.com'],
    pt: ['Magazine Luiza', 'Americanas', 'Casas Bahia', 'Livelo', 'Natura', 'Boticário'],
    es: ['Mercadona', 'El Corte Inglés', 'Carrefour'],
    fr: ['Carrefour', 'Leclerc', 'Auchan', 'Decathlon', 'Fnac'],
    it: ['Esselunga', 'Conad', 'Coop', 'MediaWorld'],
  },
  parcel: {
    any: ['DHL', 'FedEx', 'UPS', 'Parcel Service', 'Delivery Center'],
    en: ['USPS', 'Royal Mail', 'Evri'],
    de: ['DHL Paket', 'Hermes', 'GLS', 'DPD', 'Deutsche Post', 'Zoll'],
    nl: ['PostNL', 'DHL eCommerce', 'DPD', 'Douane'],
    pt: ['Correios', 'Receita Federal', 'Jadlog', 'Loggi'],
    es: ['Correos', 'SEUR', 'MRW'],
    fr: ['La Poste', 'Colissimo', 'Chronopost', 'Mondial Relay'],
    it: ['Poste Italiane', 'BRT', 'SDA'],
  },
  invoice: {
    any: ['PayPal', 'Amazon', 'Microsoft', 'Norton', 'Geek Squad', 'Apple', 'Billing Department', 'Accounts Payable'],
    en: ['HMRC', 'IRS'],
    de: ['Finanzamt', 'Bundeszentralamt für Steuern', 'Telekom', 'Stadtwerke'],
    nl: ['Belastingdienst', 'CJIB', 'Eneco', 'Vattenfall'],
    pt: ['Receita Federal', 'Serasa', 'Detran', 'Enel', 'Sabesp'],
    es: ['Agencia Tributaria', 'Iberdrola', 'Endesa'],
    fr: ['impots.gouv', 'EDF', 'ANTAI', 'Engie'],
    it: ['Agenzia delle Entrate', 'Enel', 'INPS'],
  },
  'advance-fee': { any: ['Mrs. Helena Marchetti', 'Barrister James Okoro', 'Dr. William Harrington', 'Mr. Kenji Abe', 'Mrs. Grace Mensah', 'Compensation Unit', 'Claims Department', 'Mr. Pedro Almeida', 'Sister Margaret Boyle', 'Director of Remittance'] },
  loan: {
    any: ['Fast Finance', 'Credit Solutions', 'Prime Lending', 'Easy Loans', 'Quick Cash Online', 'Global Funding Group'],
    de: ['Kredit Direkt', 'Sofortkredit24', 'Finanzservice Schmidt'],
    nl: ['Snel Lenen', 'Krediet Direct', 'Geldhulp'],
    pt: ['Crédito Fácil', 'Empréstimo Já', 'FGTS Antecipa'],
    es: ['Préstamo Rápido', 'Crédito Ya'],
    fr: ['Prêt Express', 'Crédit Facile'],
    it: ['Prestito Veloce', 'Finanziamenti Subito'],
  },
  sextortion: { any: ['Unknown', 'Hacker', 'Your Device', 'Security Alert', 'Anonymous'] },
  dating: { any: ['Anna', 'Julia', 'Svetlana', 'Natalie', 'Lena', 'Olga', 'Sofia', 'Kate', 'Marina', 'Dating Club', 'New Message (1)', 'Secret Admirer'] },
  pharma: {
    any: ['Keto Burn', 'SlimFit Gummies', 'Vital Max', 'Men Power', 'Dr. Health', 'Natural Pharmacy', 'Joint Relief', 'Blood Sugar Balance', 'VigorPlus', 'Prosta Care'],
    de: ['Ketoxplode', 'Apotheke Direkt', 'Gesundheitsratgeber'],
    nl: ['Gezond Leven', 'Afslank Expert', 'Apotheek Online'],
    pt: ['Farmácia Natural', 'Emagrecer Já', 'Vigor Total'],
  },
  energy: {
    any: ['Solar Advice', 'Green Energy Check', 'Heat Pump Service', 'Energy Savings Desk', 'Subsidy Office'],
    de: ['Solarberatung', 'Wärmepumpen-Check', 'Förderprogramm Energie', 'Energiespar-Zentrale'],
    nl: ['Zonnepanelen Advies', 'Energie Compensatie Loket', 'Warmtepomp Subsidie', 'Energiebespaar Centrum'],
    pt: ['Energia Solar Brasil', 'Economia na Conta de Luz', 'Solar Já'],
    es: ['Ahorro Energético', 'Placas Solares Subvención'],
    fr: ['Aide Pompe à Chaleur', 'Prime Rénov', 'Éco Énergie Conseil'],
    it: ['Bonus Fotovoltaico', 'Risparmio Energia', 'Pompa di Calore Incentivi'],
  },
  casino: { any: ['Lucky Spins', 'Royal Casino', 'Vegas Palace', 'Golden Jackpot', 'Spin City', 'Mega Slots', 'Casino VIP', 'Bet Club', 'Jackpot Kings'] },
  'get-rich': { any: ['AI Trader', 'Quantum Profit', 'Bitcoin Code', 'Crypto Genius', 'Wealth Academy', 'Smart Invest', 'Finance Insider', 'Immediate Edge', 'Money Daily'] },
}

/** Subject, body and call to action banks by kind and language (see the top of the file). */
const FIRST_TEXT: Record<FirstKind, Partial<Record<Lang, string>>> = {
  account: {
    en: `
S: Your {brand} account has been temporarily suspended
S: Unusual sign-in activity on your account
S: Action required: verify your identity ({ref})
S: Your mailbox is almost full: {pct}% of storage used
S: Your password expires today
S: Security alert: two-step verification disabled
B: We detected a sign-in attempt from an unrecognised device in {city}. For your protection we have limited access to your account until you confirm your identity.
B: Our system flagged irregular activity and your account has been placed on hold. To restore full access, please verify your details using the secure link below.
B: Your mailbox {email} has exceeded its storage quota. Incoming messages are being held and will be deleted unless you upgrade your quota now.
B: The password for {email} is set to expire on {date}. To keep using your current password, confirm it through our validation page.
B: Your two-factor authentication was switched off from a new browser. If this was not you, re-activate your protection immediately by signing in below.
B: Several pending messages could not be delivered to your inbox because of a configuration error on your account. Log in to release them.
C: Verify my account
C: Restore access
C: Keep current password
S: Important notice: your data may have been exposed
S: Your KYC status is unverified
B: A data breach at one of our service partners may have exposed your login details. Reset your credentials through our protected form to keep your account safe.
B: Your identity verification (KYC) is incomplete. Upload a photo of your ID today, otherwise withdrawals and transfers will be disabled.
B: We are migrating all mailboxes to a new server. Accounts that are not validated before {date} will be deactivated and their messages lost.
B: Someone tried to log in to your account with an incorrect password several times. As a precaution, your online access has been locked; unlock it by confirming your card details.
B: We have updated our terms of use. Accounts that have not accepted the new agreement by {date} will lose access to payments and orders.
B: Your account status is on hold and your recent orders cannot be shipped until you confirm your billing address.
B: A new phone number was added to your account. If you did not make this change, remove it immediately from the security page.
S: Your account has been locked ({ref})
S: A new phone number was added to your account
`,
    de: `
S: Ihr {brand}-Konto wurde vorübergehend gesperrt
S: Ungewöhnliche Anmeldeaktivität festgestellt
S: Handlungsbedarf: Bestätigen Sie Ihre Identität ({ref})
S: Ihr Postfach ist fast voll ({pct}% belegt)
S: Ihr Passwort läuft heute ab
S: Sicherheitswarnung: Zwei-Faktor-Authentifizierung deaktiviert
B: Wir haben einen Anmeldeversuch von einem unbekannten Gerät in {city} festgestellt. Zu Ihrem Schutz haben wir den Zugriff auf Ihr Konto eingeschränkt, bis Sie Ihre Identität bestätigen.
B: Unser System hat verdächtige Aktivitäten erkannt, daher wurde Ihr Konto vorläufig gesperrt. Um den vollen Zugriff wiederherzustellen, bestätigen Sie bitte Ihre Daten über den folgenden Link.
B: Ihr Postfach {email} hat das Speicherlimit überschritten. Eingehende Nachrichten werden zurückgehalten und gelöscht, wenn Sie Ihren Speicher nicht jetzt erweitern.
B: Das Passwort für {email} läuft am {date} ab. Um Ihr aktuelles Passwort zu behalten, bestätigen Sie es auf unserer Validierungsseite.
B: Aufgrund neuer gesetzlicher Vorgaben müssen alle Kunden ihr pushTAN-Verfahren aktualisieren. Andernfalls wird das Online-Banking zum {date} deaktiviert.
B: Mehrere Nachrichten konnten wegen eines Konfigurationsfehlers nicht zugestellt werden. Melden Sie sich an, um sie freizugeben.
C: Konto jetzt bestätigen
C: Zugang wiederherstellen
C: Jetzt aktualisieren
S: Wichtiger Hinweis: Ihre Daten könnten betroffen sein
S: Ihr Verifizierungsstatus: nicht bestätigt
B: Bei einem Datenleck eines Partners könnten Ihre Zugangsdaten offengelegt worden sein. Setzen Sie Ihre Zugangsdaten über unser geschütztes Formular zurück.
B: Ihre Identitätsprüfung ist unvollständig. Laden Sie noch heute ein Foto Ihres Ausweises hoch, sonst werden Auszahlungen und Überweisungen gesperrt.
B: Wir ziehen alle Postfächer auf einen neuen Server um. Konten, die nicht bis zum {date} bestätigt werden, werden deaktiviert und die Nachrichten gehen verloren.
B: Jemand hat mehrmals versucht, sich mit einem falschen Passwort anzumelden. Vorsorglich wurde Ihr Online-Zugang gesperrt; entsperren Sie ihn, indem Sie Ihre Kartendaten bestätigen.
B: Wir haben unsere Nutzungsbedingungen aktualisiert. Konten, die der neuen Vereinbarung nicht bis zum {date} zustimmen, verlieren den Zugriff auf Zahlungen und Bestellungen.
B: Ihr Kontostatus ist angehalten, und Ihre letzten Bestellungen können erst versendet werden, wenn Sie Ihre Rechnungsadresse bestätigen.
B: Ihrem Konto wurde eine neue Telefonnummer hinzugefügt. Wenn Sie das nicht waren, entfernen Sie sie sofort auf der Sicherheitsseite.
S: Ihr Konto wurde gesperrt ({ref})
S: Neue Telefonnummer zu Ihrem Konto hinzugefügt
`,
    nl: `
S: Uw {brand}-account is tijdelijk geblokkeerd
S: Ongebruikelijke inlogactiviteit gedetecteerd
S: Actie vereist: bevestig uw identiteit ({ref})
S: Uw mailbox is bijna vol ({pct}% gebruikt)
S: Uw wachtwoord verloopt vandaag
S: Beveiligingsmelding: tweestapsverificatie uitgeschakeld
B: We hebben een inlogpoging gezien vanaf een onbekend apparaat in {city}. Voor uw veiligheid is de toegang tot uw account beperkt totdat u uw identiteit bevestigt.
B: Ons systeem heeft verdachte activiteit waargenomen en uw rekening is tijdelijk geblokkeerd. Bevestig uw gegevens via de beveiligde link om de toegang te herstellen.
B: Uw mailbox {email} heeft de opslaglimiet overschreden. Nieuwe berichten worden vastgehouden en verwijderd als u uw opslag niet nu uitbreidt.
B: Het wachtwoord van {email} verloopt op {date}. Om uw huidige wachtwoord te behouden, bevestigt u het via onze validatiepagina.
B: Vanwege nieuwe regelgeving moet iedere klant zijn betaalpas en app opnieuw koppelen. Doet u dit niet vóór {date}, dan wordt uw pas geblokkeerd.
B: Enkele berichten konden door een configuratiefout niet worden afgeleverd. Log in om ze vrij te geven.
C: Account bevestigen
C: Toegang herstellen
C: Nu vernieuwen
S: Belangrijk: uw gegevens zijn mogelijk gelekt
S: Uw verificatiestatus: niet bevestigd
B: Door een datalek bij een van onze partners zijn uw inloggegevens mogelijk uitgelekt. Stel uw gegevens opnieuw in via ons beveiligde formulier.
B: Uw identiteitscontrole is niet afgerond. Upload vandaag een foto van uw legitimatie, anders worden opnames en overboekingen geblokkeerd.
B: We verhuizen alle mailboxen naar een nieuwe server. Accounts die niet vóór {date} zijn gevalideerd, worden gedeactiveerd en de berichten gaan verloren.
B: Iemand heeft meerdere keren geprobeerd in te loggen met een onjuist wachtwoord. Uit voorzorg is uw online toegang geblokkeerd; deblokkeer hem door uw kaartgegevens te bevestigen.
B: Wij hebben onze gebruiksvoorwaarden aangepast. Accounts die de nieuwe overeenkomst niet vóór {date} accepteren, verliezen toegang tot betalingen en bestellingen.
B: Uw accountstatus staat in de wacht en uw recente bestellingen kunnen pas worden verzonden als u uw factuuradres bevestigt.
B: Er is een nieuw telefoonnummer aan uw account toegevoegd. Heeft u dit niet gedaan, verwijder het dan direct via de beveiligingspagina.
S: Uw account is vergrendeld ({ref})
S: Nieuw telefoonnummer toegevoegd aan uw account
`,
    pt: `
S: Sua conta {brand} foi suspensa temporariamente
S: Atividade de login incomum detectada
S: Ação necessária: confirme sua identidade ({ref})
S: Sua caixa de e-mail está quase cheia ({pct}% usado)
S: Sua senha expira hoje
S: Alerta de segurança: verificação em duas etapas desativada
B: Detectamos uma tentativa de acesso a partir de um dispositivo desconhecido em {city}. Para sua proteção, limitamos o acesso à sua conta até que você confirme sua identidade.
B: Nosso sistema identificou movimentações irregulares e sua conta foi bloqueada preventivamente. Para restabelecer o acesso, atualize seus dados pelo link seguro abaixo.
B: Sua caixa {email} ultrapassou o limite de armazenamento. As novas mensagens estão retidas e serão excluídas se você não ampliar sua cota agora.
B: A senha de {email} expira em {date}. Para manter a senha atual, confirme-a em nossa página de validação.
B: Seu token de segurança está desatualizado e precisa ser sincronizado. Sem a sincronização, seu cartão e o aplicativo serão bloqueados em {date}.
B: Algumas mensagens não foram entregues por um erro de configuração. Acesse sua conta para liberá-las.
C: Confirmar minha conta
C: Regularizar acesso
C: Atualizar agora
S: Aviso importante: seus dados podem ter sido expostos
S: Seu cadastro está pendente de verificação
B: Um vazamento de dados em um de nossos parceiros pode ter exposto seus dados de acesso. Redefina suas credenciais pelo nosso formulário protegido.
B: Sua verificação de identidade está incompleta. Envie hoje uma foto do seu documento, caso contrário os saques e transferências serão bloqueados.
B: Estamos migrando todas as caixas de e-mail para um novo servidor. Contas não validadas até {date} serão desativadas e as mensagens perdidas.
B: Bloqueamos um acesso suspeito ao seu internet banking. Para desbloquear, confirme os dados do seu cartão e a senha de seis dígitos.
B: Atualizamos nossos termos de uso. Contas que não aceitarem o novo contrato até {date} perderão o acesso a pagamentos e transferências.
B: Identificamos uma compra não reconhecida no valor de {amount}. Caso não tenha sido você, cancele imediatamente pelo link abaixo.
B: Um novo celular foi cadastrado como dispositivo de segurança. Se não foi você, remova-o imediatamente.
S: Bloqueamos um acesso suspeito - Protocolo {ref}
S: Compra não reconhecida no seu cartão
B: Seu dispositivo de segurança precisa ser reativado. Sem a reativação, as transações por Pix e o internet banking ficarão bloqueados a partir de {date}.
B: Detectamos que seu cadastro está desatualizado no sistema do banco. Atualize seus dados e o código do seu cartão para evitar o bloqueio da conta.
B: Agora você é cliente Prime. Para ativar seu novo atendimento exclusivo, confirme sua identidade pelo link.
S: Seu acesso ao internet banking foi suspenso
S: Reative seu dispositivo de segurança
`,
    es: `
S: Su cuenta de {brand} ha sido suspendida temporalmente
S: Actividad de inicio de sesión inusual
S: Acción necesaria: verifique su identidad ({ref})
S: Su buzón está casi lleno ({pct}% usado)
B: Hemos detectado un intento de acceso desde un dispositivo desconocido en {city}. Por su seguridad, hemos limitado el acceso a su cuenta hasta que confirme su identidad.
B: Nuestro sistema ha detectado actividad irregular y su cuenta ha sido bloqueada. Para restablecer el acceso, verifique sus datos mediante el enlace seguro.
B: Su buzón {email} ha superado el límite de almacenamiento. Los mensajes nuevos serán eliminados si no amplía su cuota ahora.
B: La contraseña de {email} caduca el {date}. Para conservarla, confírmela en nuestra página de validación.
C: Verificar mi cuenta
C: Restablecer acceso
B: Alguien intentó acceder a su cuenta con una contraseña incorrecta varias veces. Por precaución hemos bloqueado el acceso; desbloquéelo confirmando los datos de su tarjeta.
B: Hemos detectado un cargo no reconocido de {amount}. Si no ha sido usted, cancélelo de inmediato.
S: Su cuenta ha sido bloqueada ({ref})
`,
    fr: `
S: Votre compte {brand} a été temporairement suspendu
S: Activité de connexion inhabituelle
S: Action requise : confirmez votre identité ({ref})
S: Votre boîte mail est presque pleine ({pct}% utilisés)
B: Nous avons détecté une tentative de connexion depuis un appareil inconnu à {city}. Pour votre sécurité, l'accès à votre compte est limité jusqu'à la confirmation de votre identité.
B: Notre système a repéré une activité inhabituelle et votre compte a été bloqué. Pour rétablir l'accès, veuillez vérifier vos informations via le lien sécurisé.
B: Votre boîte {email} a dépassé son quota de stockage. Les nouveaux messages seront supprimés si vous n'augmentez pas votre espace maintenant.
B: Le mot de passe de {email} expire le {date}. Pour le conserver, confirmez-le sur notre page de validation.
C: Vérifier mon compte
C: Rétablir l'accès
B: Quelqu'un a tenté de se connecter plusieurs fois avec un mot de passe incorrect. Par précaution, votre accès a été bloqué ; débloquez-le en confirmant votre carte.
B: Nous avons détecté un paiement non reconnu de {amount}. Si ce n'est pas vous, annulez-le immédiatement.
S: Votre compte a été verrouillé ({ref})
`,
    it: `
S: Il tuo account {brand} è stato sospeso temporaneamente
S: Attività di accesso insolita
S: Azione richiesta: conferma la tua identità ({ref})
S: La tua casella è quasi piena ({pct}% utilizzato)
B: Abbiamo rilevato un tentativo di accesso da un dispositivo sconosciuto a {city}. Per la tua sicurezza abbiamo limitato l'accesso al conto finché non confermi la tua identità.
B: Il nostro sistema ha rilevato operazioni anomale e il tuo conto è stato bloccato. Per ripristinare l'accesso, verifica i tuoi dati tramite il link sicuro.
B: La casella {email} ha superato il limite di spazio. I nuovi messaggi verranno eliminati se non aumenti subito lo spazio.
B: La password di {email} scade il {date}. Per mantenerla, confermala nella nostra pagina di convalida.
C: Verifica il mio account
C: Ripristina accesso
B: Qualcuno ha provato ad accedere più volte con una password errata. Per precauzione l'accesso è stato bloccato; sbloccalo confermando i dati della carta.
B: Abbiamo rilevato un addebito non riconosciuto di {amount}. Se non sei stato tu, annullalo subito.
S: Il tuo account è stato bloccato ({ref})
`,
  },
  'payment-update': {
    en: `
S: Your payment was declined: update your billing details
S: Your {brand} membership is on hold
S: Last reminder: your subscription expires today
S: We could not renew your plan ({ref})
B: We were unable to charge your card for the next billing period. Your membership has been paused until you update your payment method.
B: Your card on file has expired. To avoid interruption of your service, please enter a valid card within {hours} hours.
B: Your subscription ended on {date}. Renew now at the loyalty price of {amount} and keep all your protection features.
B: A problem with your billing information prevented your last payment. Update your card details to reactivate your account.
B: Your device protection licence has expired and your computer may be exposed to viruses. Renew today with a {pct}% discount.
C: Update payment method
C: Renew now
C: Reactivate membership
B: Your antivirus protection expired today and your devices are now exposed to hackers. Renew within {hours} hours and save {pct}%.
B: We noticed that your membership payment failed. Enjoy one more month for only $2 while you update your billing details.
B: Your VPN and identity protection are inactive. Reactivate them now before your personal data is at risk.
S: Your devices are unprotected: renew today
S: One more month for $2: update your billing
`,
    de: `
S: Ihre Zahlung wurde abgelehnt – bitte Zahlungsdaten aktualisieren
S: Ihre {brand}-Mitgliedschaft ist pausiert
S: Letzte Erinnerung: Ihr Abonnement läuft heute ab
S: Wir konnten Ihren Tarif nicht verlängern ({ref})
B: Leider konnten wir Ihre Karte für den nächsten Abrechnungszeitraum nicht belasten. Ihre Mitgliedschaft ist pausiert, bis Sie Ihre Zahlungsmethode aktualisieren.
B: Die hinterlegte Karte ist abgelaufen. Um eine Unterbrechung zu vermeiden, geben Sie bitte innerhalb von {hours} Stunden eine gültige Karte ein.
B: Ihr Abonnement ist am {date} ausgelaufen. Verlängern Sie jetzt zum Treuepreis von {amount} und behalten Sie alle Schutzfunktionen.
B: Ein Problem mit Ihren Rechnungsdaten hat die letzte Zahlung verhindert. Aktualisieren Sie Ihre Kartendaten, um Ihr Konto wieder zu aktivieren.
B: Ihre Virenschutz-Lizenz ist abgelaufen und Ihr Computer ist möglicherweise ungeschützt. Verlängern Sie heute mit {pct}% Rabatt.
C: Zahlungsmethode aktualisieren
C: Jetzt verlängern
C: Mitgliedschaft reaktivieren
B: Ihr Virenschutz ist heute abgelaufen, und Ihre Geräte sind Hackern ausgeliefert. Verlängern Sie innerhalb von {hours} Stunden und sparen Sie {pct}%.
B: Die Zahlung für Ihre Mitgliedschaft ist fehlgeschlagen. Genießen Sie einen weiteren Monat für nur 2 €, während Sie Ihre Zahlungsdaten aktualisieren.
B: Ihr VPN und Ihr Identitätsschutz sind inaktiv. Aktivieren Sie sie jetzt, bevor Ihre persönlichen Daten in Gefahr sind.
S: Ihre Geräte sind ungeschützt: heute verlängern
S: Noch ein Monat für 2 €: Zahlungsdaten aktualisieren
`,
    nl: `
S: Uw betaling is geweigerd: werk uw betaalgegevens bij
S: Uw {brand}-lidmaatschap is gepauzeerd
S: Laatste herinnering: uw abonnement verloopt vandaag
S: We konden uw abonnement niet verlengen ({ref})
B: We konden uw kaart niet belasten voor de volgende periode. Uw lidmaatschap staat stil totdat u uw betaalmethode bijwerkt.
B: De opgeslagen kaart is verlopen. Voer binnen {hours} uur een geldige kaart in om onderbreking te voorkomen.
B: Uw abonnement is op {date} afgelopen. Verleng nu voor de loyaliteitsprijs van {amount} en houd al uw bescherming.
B: Door een probleem met uw factuurgegevens is de laatste betaling mislukt. Werk uw kaartgegevens bij om uw account weer te activeren.
B: Uw antiviruslicentie is verlopen en uw computer is mogelijk onbeschermd. Verleng vandaag met {pct}% korting.
C: Betaalmethode bijwerken
C: Nu verlengen
C: Lidmaatschap heractiveren
B: Uw virusbescherming is vandaag verlopen en uw apparaten liggen open voor hackers. Verleng binnen {hours} uur en bespaar {pct}%.
B: De betaling van uw lidmaatschap is mislukt. Geniet nog een maand voor maar € 2 terwijl u uw betaalgegevens bijwerkt.
B: Uw VPN en identiteitsbescherming zijn niet actief. Activeer ze nu voordat uw persoonlijke gegevens gevaar lopen.
S: Uw apparaten zijn onbeschermd: verleng vandaag
S: Nog een maand voor € 2: werk uw betaling bij
`,
    pt: `
S: Seu pagamento foi recusado: atualize seus dados de cobrança
S: Sua assinatura {brand} está suspensa
S: Último aviso: sua assinatura vence hoje
S: Não conseguimos renovar seu plano ({ref})
B: Não foi possível cobrar o seu cartão no próximo período. Sua assinatura ficará suspensa até que você atualize a forma de pagamento.
B: O cartão cadastrado está vencido. Para evitar a interrupção do serviço, informe um cartão válido em até {hours} horas.
B: Sua assinatura terminou em {date}. Renove agora pelo preço de fidelidade de {amount} e mantenha todos os recursos.
B: Um problema nos seus dados de cobrança impediu o último pagamento. Atualize os dados do cartão para reativar sua conta.
B: Sua licença do antivírus expirou e seu computador pode estar vulnerável. Renove hoje com {pct}% de desconto.
C: Atualizar pagamento
C: Renovar agora
C: Reativar assinatura
B: Sua proteção antivírus expirou hoje e seus aparelhos estão expostos a hackers. Renove em {hours} horas e economize {pct}%.
B: O pagamento da sua assinatura falhou. Aproveite mais um mês por apenas R$ 2 enquanto atualiza seus dados de cobrança.
B: Sua VPN e sua proteção de identidade estão inativas. Reative agora antes que seus dados pessoais fiquem em risco.
S: Seus aparelhos estão desprotegidos: renove hoje
S: Mais um mês por R$ 2: atualize seu pagamento
`,
    es: `
S: Su pago ha sido rechazado: actualice sus datos de facturación
S: Su suscripción a {brand} está en pausa
S: Último aviso: su suscripción vence hoy
B: No hemos podido cobrar su tarjeta para el próximo periodo. Su suscripción queda en pausa hasta que actualice el método de pago.
B: La tarjeta registrada ha caducado. Para evitar la interrupción del servicio, introduzca una tarjeta válida en {hours} horas.
B: Su suscripción terminó el {date}. Renueve ahora por solo {amount} y conserve todas las funciones.
B: Un problema con sus datos de facturación impidió el último pago. Actualice su tarjeta para reactivar su cuenta.
C: Actualizar método de pago
C: Renovar ahora
`,
    fr: `
S: Votre paiement a été refusé : mettez à jour vos informations
S: Votre abonnement {brand} est suspendu
S: Dernier rappel : votre abonnement expire aujourd'hui
B: Nous n'avons pas pu débiter votre carte pour la prochaine période. Votre abonnement est suspendu jusqu'à la mise à jour de votre moyen de paiement.
B: La carte enregistrée a expiré. Pour éviter toute interruption, saisissez une carte valide sous {hours} heures.
B: Votre abonnement a pris fin le {date}. Renouvelez maintenant au tarif fidélité de {amount} et gardez toutes vos protections.
B: Un problème avec vos informations de facturation a bloqué le dernier paiement. Mettez à jour votre carte pour réactiver votre compte.
C: Mettre à jour le paiement
C: Renouveler maintenant
`,
    it: `
S: Il tuo pagamento è stato rifiutato: aggiorna i dati di fatturazione
S: Il tuo abbonamento {brand} è sospeso
S: Ultimo promemoria: il tuo abbonamento scade oggi
B: Non siamo riusciti ad addebitare la tua carta per il prossimo periodo. L'abbonamento resta sospeso finché non aggiorni il metodo di pagamento.
B: La carta registrata è scaduta. Per evitare l'interruzione del servizio, inserisci una carta valida entro {hours} ore.
B: Il tuo abbonamento è terminato il {date}. Rinnova ora al prezzo fedeltà di {amount} e mantieni tutte le protezioni.
B: Un problema con i dati di fatturazione ha bloccato l'ultimo pagamento. Aggiorna la carta per riattivare il tuo account.
C: Aggiorna il pagamento
C: Rinnova ora
`,
  },
  crypto: {
    en: `
S: Claim your {coin} airdrop before it closes
S: [Action Required] Wallet validation pending
S: Your {coin} withdrawal of {qty} is ready
S: Mandatory wallet update: secure your assets
S: Exclusive bonus: {pct}% extra {coin} on your balance
S: Token claim window open for eligible holders
B: Your wallet has been selected for the {brand} community airdrop. Eligible holders can claim {qty} {coin} until {date}; unclaimed tokens are redistributed.
B: Due to a network upgrade, all wallets must be re-validated. Enter your 12 or 24 word recovery phrase to synchronise your wallet and avoid losing access to your funds.
B: A withdrawal of {qty} {coin} (about {amount}) has been prepared for your account. Confirm the transfer to release the funds to your wallet.
B: We detected that your wallet is not yet connected to the new smart contract. Connect your wallet now to keep your staking rewards.
B: As a loyal trader you qualify for a deposit bonus of {pct}% paid in {coin}. The offer is limited to the first 500 users.
B: Your account will be frozen if the verification of your wallet is not completed. Import your secret phrase on the secure portal to finish the process.
C: Claim tokens
C: Validate wallet
C: Connect wallet
S: Firmware update required for your hardware wallet
S: Active mining balance: {qty} {coin}
B: The firmware of your hardware wallet is outdated and exposed to a known vulnerability. Connect your device to the update portal to keep your coins safe.
B: Your cloud mining account holds an active balance of {qty} {coin}. Withdraw it to your wallet before the contract expires on {date}.
B: A pending transfer of {qty} {coin} is waiting for your signature. Sign the document to receive the funds.
S: Your loot box is ready: open it to reveal your {coin}
S: Staking rewards of {qty} {coin} are waiting
S: Wallet sync required after the network migration
S: Score released: +{amount} on your balance
S: Withdrawal request received: confirm within {hours} hours
B: Thank you for being an early user. Your loot box contains between {qty} and 5,000 tokens; open it before the season ends on {date}.
B: Your staking position has generated rewards of {qty} {coin}. Claim them now, otherwise they return to the pool.
B: After the migration to the new chain, your wallet must be synchronised. Import your wallet with your recovery phrase to see your balance again.
B: Your account balance has reached {amount}. The main thing now is to withdraw it in time: the payout window closes in {hours} hours.
B: A withdrawal was requested from your exchange account. If this was not you, cancel it immediately by verifying your wallet.
B: Meet the new desktop app: a faster and safer way to manage your assets. Existing users must migrate their wallet before {date}; import your seed phrase to complete the move.
B: As exchanges face new regulations, we recommend moving your funds to self-custody. Our transition tool guides you step by step.
B: Our compliance team flagged your wallet for a routine check. To avoid an asset freeze, confirm ownership within {hours} hours.
B: We found unclaimed assets linked to your address. Connect your wallet to review them and claim before they expire.
S: Important: migrate your wallet to the new desktop app
S: Compliance alert: avoid an asset freeze
`,
    de: `
S: Ihr {coin}-Airdrop wartet – jetzt beanspruchen
S: [Aktion erforderlich] Wallet-Validierung ausstehend
S: Ihre {coin}-Auszahlung über {qty} ist bereit
S: Pflicht-Update für Ihre Wallet: sichern Sie Ihr Guthaben
S: Exklusiver Bonus: {pct}% extra {coin} auf Ihr Guthaben
B: Ihre Wallet wurde für den Community-Airdrop von {brand} ausgewählt. Berechtigte Inhaber können bis zum {date} {qty} {coin} beanspruchen.
B: Wegen eines Netzwerk-Upgrades müssen alle Wallets neu validiert werden. Geben Sie Ihre Wiederherstellungsphrase aus 12 oder 24 Wörtern ein, um Ihre Wallet zu synchronisieren.
B: Eine Auszahlung von {qty} {coin} (ca. {amount}) wurde für Ihr Konto vorbereitet. Bestätigen Sie die Überweisung, um die Mittel freizugeben.
B: Ihre Wallet ist noch nicht mit dem neuen Smart Contract verbunden. Verbinden Sie sie jetzt, um Ihre Staking-Belohnungen zu behalten.
B: Ihr Konto wird eingefroren, wenn die Verifizierung der Wallet nicht abgeschlossen wird. Importieren Sie Ihre geheime Phrase im sicheren Portal.
C: Token beanspruchen
C: Wallet validieren
C: Wallet verbinden
S: Firmware-Update für Ihre Hardware-Wallet erforderlich
S: Aktives Mining-Guthaben: {qty} {coin}
B: Die Firmware Ihrer Hardware-Wallet ist veraltet und von einer bekannten Sicherheitslücke betroffen. Verbinden Sie Ihr Gerät mit dem Update-Portal, um Ihre Coins zu schützen.
B: Auf Ihrem Cloud-Mining-Konto liegt ein aktives Guthaben von {qty} {coin}. Zahlen Sie es vor Vertragsende am {date} auf Ihre Wallet aus.
B: Eine ausstehende Überweisung von {qty} {coin} wartet auf Ihre Unterschrift. Unterzeichnen Sie das Dokument, um die Mittel zu erhalten.
S: Ihre Lootbox ist bereit: öffnen Sie sie für Ihre {coin}
S: Staking-Belohnungen von {qty} {coin} warten auf Sie
S: Wallet-Synchronisierung nach der Netzwerkmigration erforderlich
S: Ihre erste Bitcoin-Auszahlung ist bereit
S: Auszahlungsanfrage erhalten: bestätigen Sie innerhalb von {hours} Stunden
B: Danke, dass Sie zu den ersten Nutzern gehören. Ihre Lootbox enthält zwischen {qty} und 5.000 Token; öffnen Sie sie vor Saisonende am {date}.
B: Ihre Staking-Position hat Belohnungen von {qty} {coin} erzielt. Holen Sie sie jetzt ab, sonst fließen sie zurück in den Pool.
B: Nach der Migration auf die neue Chain muss Ihre Wallet synchronisiert werden. Importieren Sie Ihre Wallet mit der Wiederherstellungsphrase, um Ihr Guthaben wieder zu sehen.
B: Ihr Kontostand hat {amount} erreicht. Jetzt ist wichtig, ihn rechtzeitig auszuzahlen: das Auszahlungsfenster schließt in {hours} Stunden.
B: Von Ihrem Börsenkonto wurde eine Auszahlung angefordert. Wenn Sie das nicht waren, stornieren Sie sie sofort, indem Sie Ihre Wallet verifizieren.
B: Die neue Desktop-App ist da: schneller und sicherer verwalten. Bestehende Nutzer müssen ihre Wallet bis zum {date} migrieren; importieren Sie Ihre Seed-Phrase, um den Umzug abzuschließen.
B: Wegen neuer Regulierung der Börsen empfehlen wir, Ihr Guthaben in Eigenverwahrung zu übertragen. Unser Übergangstool führt Sie Schritt für Schritt.
B: Unser Compliance-Team hat Ihre Wallet für eine Routineprüfung markiert. Um ein Einfrieren zu vermeiden, bestätigen Sie innerhalb von {hours} Stunden, dass sie Ihnen gehört.
B: Wir haben nicht abgeholte Vermögenswerte zu Ihrer Adresse gefunden. Verbinden Sie Ihre Wallet, um sie vor dem Verfall zu beanspruchen.
S: Wichtig: Migrieren Sie Ihre Wallet in die neue Desktop-App
S: Compliance-Hinweis: vermeiden Sie das Einfrieren Ihrer Guthaben
`,
    nl: `
S: Claim uw {coin}-airdrop voordat hij sluit
S: [Actie vereist] Walletvalidatie in behandeling
S: Uw {coin}-opname van {qty} staat klaar
S: Verplichte wallet-update: bescherm uw tegoed
S: Exclusieve bonus: {pct}% extra {coin}
B: Uw wallet is geselecteerd voor de community-airdrop van {brand}. U kunt tot {date} {qty} {coin} claimen; niet-geclaimde tokens worden herverdeeld.
B: Door een netwerkupgrade moeten alle wallets opnieuw worden gevalideerd. Voer uw herstelzin van 12 of 24 woorden in om uw wallet te synchroniseren.
B: Er staat een opname van {qty} {coin} (ongeveer {amount}) voor u klaar. Bevestig de overboeking om het geld vrij te geven.
B: Uw wallet is nog niet gekoppeld aan het nieuwe smart contract. Koppel uw wallet nu om uw staking-beloningen te behouden.
B: Uw account wordt bevroren als de verificatie van uw wallet niet wordt afgerond. Importeer uw geheime zin op het beveiligde portaal.
C: Tokens claimen
C: Wallet valideren
C: Wallet koppelen
S: Firmware-update vereist voor uw hardware wallet
S: Actief mining-saldo: {qty} {coin}
B: De firmware van uw hardware wallet is verouderd en kwetsbaar. Verbind uw apparaat met het updateportaal om uw munten veilig te houden.
B: Uw cloud-mining-account heeft een actief saldo van {qty} {coin}. Neem het op naar uw wallet voordat het contract op {date} afloopt.
B: Een openstaande overboeking van {qty} {coin} wacht op uw handtekening. Onderteken het document om het geld te ontvangen.
S: Uw lootbox staat klaar: open hem voor uw {coin}
S: Stakingbeloningen van {qty} {coin} wachten op u
S: Walletsynchronisatie vereist na de netwerkmigratie
S: Uw eerste bitcoin-uitbetaling staat klaar
S: Opnameverzoek ontvangen: bevestig binnen {hours} uur
B: Bedankt dat u een van de eerste gebruikers bent. Uw lootbox bevat tussen {qty} en 5.000 tokens; open hem voor het seizoen eindigt op {date}.
B: Uw stakingpositie heeft {qty} {coin} aan beloningen opgeleverd. Claim ze nu, anders gaan ze terug naar de pool.
B: Na de migratie naar de nieuwe chain moet uw wallet worden gesynchroniseerd. Importeer uw wallet met uw herstelzin om uw saldo weer te zien.
B: Uw saldo heeft {amount} bereikt. Het belangrijkste is nu om het op tijd op te nemen: het uitbetalingsvenster sluit over {hours} uur.
B: Er is een opname aangevraagd vanaf uw exchange-account. Was u dit niet, annuleer dan direct door uw wallet te verifiëren.
B: Maak kennis met de nieuwe desktop-app: sneller en veiliger beheren. Bestaande gebruikers moeten hun wallet vóór {date} migreren; importeer uw seedphrase om de overstap af te ronden.
B: Omdat exchanges strengere regels krijgen, raden wij aan uw tegoed naar eigen beheer over te zetten. Onze overstaptool helpt u stap voor stap.
B: Ons complianceteam heeft uw wallet gemarkeerd voor een routinecontrole. Bevestig binnen {hours} uur dat hij van u is om bevriezing te voorkomen.
B: Wij hebben niet-opgeëiste tegoeden bij uw adres gevonden. Koppel uw wallet om ze te bekijken en te claimen voordat ze vervallen.
S: Belangrijk: migreer uw wallet naar de nieuwe desktop-app
S: Compliancemelding: voorkom dat uw tegoed wordt bevroren
`,
    pt: `
S: Resgate seu airdrop de {coin} antes que acabe
S: [Ação necessária] Validação da carteira pendente
S: Seu saque de {qty} {coin} está disponível
S: Atualização obrigatória da carteira: proteja seus ativos
S: Bônus exclusivo: {pct}% a mais em {coin}
B: Sua carteira foi selecionada para o airdrop da comunidade {brand}. Titulares elegíveis podem resgatar {qty} {coin} até {date}.
B: Devido a uma atualização da rede, todas as carteiras precisam ser revalidadas. Informe sua frase de recuperação de 12 ou 24 palavras para sincronizar a carteira.
B: Um saque de {qty} {coin} (cerca de {amount}) foi preparado para sua conta. Confirme a transferência para liberar os valores.
B: Sua carteira ainda não está conectada ao novo contrato inteligente. Conecte agora para manter suas recompensas de staking.
B: Sua conta será congelada se a verificação da carteira não for concluída. Importe sua frase secreta no portal seguro.
C: Resgatar tokens
C: Validar carteira
C: Conectar carteira
S: Atualização de firmware necessária para sua carteira física
S: Saldo de mineração ativo: {qty} {coin}
B: O firmware da sua carteira física está desatualizado e vulnerável. Conecte seu dispositivo ao portal de atualização para manter suas moedas seguras.
B: Sua conta de mineração em nuvem tem um saldo ativo de {qty} {coin}. Saque para sua carteira antes que o contrato expire em {date}.
B: Uma transferência pendente de {qty} {coin} aguarda sua assinatura. Assine o documento para receber os valores.
S: Sua caixa de recompensas está pronta: abra e descubra seus {coin}
S: Recompensas de staking de {qty} {coin} esperando por você
S: Sincronização da carteira necessária após a migração da rede
S: Seu primeiro saque em bitcoin está liberado
S: Pedido de saque recebido: confirme em {hours} horas
B: Obrigado por ser um dos primeiros usuários. Sua caixa contém entre {qty} e 5.000 tokens; abra antes do fim da temporada em {date}.
B: Sua posição em staking gerou recompensas de {qty} {coin}. Resgate agora, senão elas voltam para o pool.
B: Depois da migração para a nova rede, sua carteira precisa ser sincronizada. Importe a carteira com sua frase de recuperação para ver o saldo novamente.
B: Seu saldo chegou a {amount}. O importante agora é sacar a tempo: a janela de pagamento fecha em {hours} horas.
B: Foi solicitado um saque na sua conta da corretora. Se não foi você, cancele imediatamente verificando sua carteira.
B: Conheça o novo aplicativo para computador: mais rápido e seguro. Usuários atuais devem migrar a carteira até {date}; importe sua frase-semente para concluir.
B: Com as novas regras para corretoras, recomendamos levar seus fundos para autocustódia. Nossa ferramenta guia você passo a passo.
B: Nossa equipe de compliance marcou sua carteira para uma verificação de rotina. Para evitar o congelamento, confirme a titularidade em {hours} horas.
B: Encontramos ativos não resgatados vinculados ao seu endereço. Conecte sua carteira para resgatar antes que expirem.
S: Importante: migre sua carteira para o novo aplicativo
S: Alerta de compliance: evite o congelamento dos seus ativos
`,
    es: `
S: Reclame su airdrop de {coin} antes del cierre
S: [Acción requerida] Validación de la billetera pendiente
S: Su retiro de {qty} {coin} está listo
B: Su billetera ha sido seleccionada para el airdrop de {brand}. Puede reclamar {qty} {coin} hasta el {date}.
B: Debido a una actualización de la red, todas las billeteras deben validarse de nuevo. Introduzca su frase de recuperación de 12 o 24 palabras para sincronizarla.
B: Se ha preparado un retiro de {qty} {coin} (unos {amount}) para su cuenta. Confirme la transferencia para liberar los fondos.
B: Su cuenta será congelada si no completa la verificación de la billetera. Importe su frase secreta en el portal seguro.
C: Reclamar tokens
C: Validar billetera
B: Nuestro equipo de cumplimiento ha marcado su monedero para una revisión. Para evitar la congelación de fondos, confirme la titularidad en {hours} horas.
B: Hemos encontrado activos sin reclamar vinculados a su dirección. Conecte su monedero para reclamarlos.
S: Alerta de cumplimiento: evite la congelación de sus activos
`,
    fr: `
S: Réclamez votre airdrop {coin} avant la clôture
S: [Action requise] Validation du portefeuille en attente
S: Votre retrait de {qty} {coin} est prêt
B: Votre portefeuille a été sélectionné pour l'airdrop de {brand}. Vous pouvez réclamer {qty} {coin} jusqu'au {date}.
B: Suite à une mise à niveau du réseau, tous les portefeuilles doivent être revalidés. Saisissez votre phrase de récupération de 12 ou 24 mots pour le synchroniser.
B: Un retrait de {qty} {coin} (environ {amount}) a été préparé pour votre compte. Confirmez le virement pour libérer les fonds.
B: Votre compte sera gelé si la vérification du portefeuille n'est pas terminée. Importez votre phrase secrète sur le portail sécurisé.
C: Réclamer mes jetons
C: Valider le portefeuille
B: Notre équipe conformité a signalé votre portefeuille pour un contrôle. Pour éviter le gel de vos avoirs, confirmez que vous en êtes le titulaire sous {hours} heures.
B: Nous avons trouvé des actifs non réclamés liés à votre adresse. Connectez votre portefeuille pour les récupérer.
S: Alerte conformité : évitez le gel de vos actifs
`,
    it: `
S: Richiedi il tuo airdrop {coin} prima della chiusura
S: [Azione richiesta] Convalida del wallet in sospeso
S: Il tuo prelievo di {qty} {coin} è pronto
B: Il tuo wallet è stato selezionato per l'airdrop di {brand}. Puoi richiedere {qty} {coin} fino al {date}.
B: A causa di un aggiornamento della rete, tutti i wallet devono essere convalidati di nuovo. Inserisci la frase di recupero di 12 o 24 parole per sincronizzarlo.
B: È stato preparato un prelievo di {qty} {coin} (circa {amount}) per il tuo conto. Conferma il trasferimento per sbloccare i fondi.
B: Il tuo conto verrà congelato se la verifica del wallet non viene completata. Importa la tua frase segreta nel portale sicuro.
C: Richiedi i token
C: Convalida wallet
B: Il nostro team di compliance ha segnalato il tuo wallet per un controllo. Per evitare il congelamento dei fondi, conferma la titolarità entro {hours} ore.
B: Abbiamo trovato asset non riscattati collegati al tuo indirizzo. Collega il wallet per riscattarli.
S: Avviso di compliance: evita il congelamento dei tuoi asset
`,
  },
  prize: {
    en: `
S: Congratulations! You have been selected for a {brand} gift card
S: {name}, your reward of {amount} is waiting
S: Complete our 30-second survey and win
S: Your loyalty points expire on {date}
S: You are one of our lucky finalists
B: To celebrate our anniversary, we are giving away {qty} gift cards worth {amount}. Your email address was drawn as one of the winners.
B: Answer four quick questions about your shopping experience and claim your exclusive reward. Only a small shipping fee of {amount} applies.
B: You have {qty} unused loyalty points that will expire soon. Exchange them now for a free product of your choice.
B: Our records show that your prize has not yet been collected. Confirm your address so that we can ship it to you.
B: You were chosen to test the newest smartphone for free. Places are limited, so register today.
C: Claim my reward
C: Start the survey
C: Redeem points
S: Black Friday: up to {pct}% off phones and laptops, today only
S: One year of unlimited streaming for just {amount}
B: Get a whole year of unlimited streaming for only {amount}: more than 20,000 channels, films and live sport on your TV, computer or phone.
B: Our New Year gift to you: a free year of premium VPN protection. Activate it before the offer ends.
B: Claim your free car emergency kit today. We only ask you to cover the delivery.
B: The best deals of the year are live: top brands at prices we have never offered before, while stocks last.
B: Congratulations! You are one of our lucky finalists and can win a gift card worth {amount}. Only {qty} prizes are left today.
B: To thank our customers we are giving away vouchers this week. Answer a few quick questions and claim yours before midnight.
B: Your entry has been confirmed. The winners will be notified by email, so keep an eye on your inbox.
S: You are one of our lucky finalists
S: A {amount} voucher is waiting for you
`,
    de: `
S: Herzlichen Glückwunsch! Sie wurden für einen {brand}-Gutschein ausgewählt
S: {name}, Ihre Prämie über {amount} wartet auf Sie
S: Nehmen Sie an unserer 30-Sekunden-Umfrage teil und gewinnen Sie
S: Ihre Treuepunkte verfallen am {date}
S: Sie gehören zu unseren glücklichen Finalisten
B: Zu unserem Jubiläum verlosen wir {qty} Gutscheine im Wert von {amount}. Ihre E-Mail-Adresse wurde als Gewinner gezogen.
B: Beantworten Sie vier kurze Fragen zu Ihrem Einkaufserlebnis und sichern Sie sich Ihre exklusive Belohnung. Es fallen nur Versandkosten von {amount} an.
B: Sie haben {qty} ungenutzte Treuepunkte, die bald verfallen. Tauschen Sie sie jetzt gegen ein Gratis-Produkt Ihrer Wahl ein.
B: Laut unseren Unterlagen wurde Ihr Gewinn noch nicht abgeholt. Bestätigen Sie Ihre Adresse, damit wir ihn verschicken können.
B: Sie wurden ausgewählt, das neueste Smartphone kostenlos zu testen. Die Plätze sind begrenzt, melden Sie sich noch heute an.
C: Prämie einlösen
C: Zur Umfrage
C: Punkte einlösen
S: Black Friday: bis zu {pct}% Rabatt auf Smartphones und Laptops, nur heute
S: Ein Jahr unbegrenztes Streaming für nur {amount}
B: Ein ganzes Jahr unbegrenztes Streaming für nur {amount}: über 20.000 Sender, Filme und Live-Sport auf Fernseher, Computer oder Handy.
B: Unser Neujahrsgeschenk an Sie: ein Jahr Premium-VPN-Schutz gratis. Aktivieren Sie es, bevor das Angebot endet.
B: Holen Sie sich heute Ihr kostenloses Auto-Notfallset. Sie zahlen nur den Versand.
B: Die besten Angebote des Jahres sind online: Top-Marken zu nie dagewesenen Preisen, solange der Vorrat reicht.
B: Herzlichen Glückwunsch! Sie gehören zu unseren glücklichen Finalisten und können einen Gutschein im Wert von {amount} gewinnen. Heute sind nur noch {qty} Preise übrig.
B: Als Dankeschön verlosen wir diese Woche Einkaufsgutscheine unter unseren Kunden. Beantworten Sie ein paar kurze Fragen und sichern Sie sich Ihren vor Mitternacht.
B: Ihre Teilnahme wurde bestätigt. Die Gewinner werden per E-Mail benachrichtigt, behalten Sie also Ihren Posteingang im Blick.
S: Sie gehören zu den glücklichen Finalisten
S: Ein Gutschein über {amount} wartet auf Sie
B: Sie wurden für unser Jubiläumsgewinnspiel ausgewählt und können ein Produktpaket im Wert von {amount} gewinnen. Beantworten Sie einfach die Umfrage.
B: Als treuer Kunde haben Sie die Chance auf einen Einkaufsgutschein. Teilnahme nur noch heute möglich.
`,
    nl: `
S: Gefeliciteerd! U bent geselecteerd voor een {brand}-cadeaukaart
S: {name}, uw beloning van {amount} ligt klaar
S: Doe mee aan onze enquête van 30 seconden en win
S: Uw spaarpunten vervallen op {date}
S: U bent een van onze gelukkige finalisten
B: Ter ere van ons jubileum geven we {qty} cadeaubonnen weg ter waarde van {amount}. Uw e-mailadres is als winnaar getrokken.
B: Beantwoord vier korte vragen over uw winkelervaring en claim uw exclusieve beloning. U betaalt alleen {amount} verzendkosten.
B: U heeft {qty} ongebruikte spaarpunten die binnenkort vervallen. Wissel ze nu in voor een gratis product naar keuze.
B: Volgens onze gegevens is uw prijs nog niet opgehaald. Bevestig uw adres zodat we hem kunnen versturen.
B: U bent gekozen om de nieuwste smartphone gratis te testen. De plaatsen zijn beperkt, meld u vandaag nog aan.
C: Beloning claimen
C: Start de enquête
C: Punten inwisselen
S: Black Friday: tot {pct}% korting op telefoons en laptops, alleen vandaag
S: Een jaar onbeperkt streamen voor maar {amount}
B: Een heel jaar onbeperkt streamen voor maar {amount}: meer dan 20.000 zenders, films en live sport op uw tv, computer of telefoon.
B: Ons nieuwjaarscadeau voor u: een jaar premium VPN-bescherming gratis. Activeer het voordat de actie afloopt.
B: Vraag vandaag uw gratis noodpakket voor de auto aan. U betaalt alleen de verzending.
B: De beste deals van het jaar zijn live: topmerken voor prijzen die we nooit eerder gaven, zolang de voorraad strekt.
B: Gefeliciteerd! U bent een van onze gelukkige finalisten en kunt een cadeaukaart ter waarde van {amount} winnen. Vandaag zijn er nog maar {qty} prijzen.
B: Als dank verloten wij deze week cadeaukaarten onder onze klanten. Beantwoord een paar korte vragen en claim de uwe voor middernacht.
B: Wij hebben geprobeerd u te bereiken. Reageer alstublieft, anders gaat uw prijs naar een andere deelnemer.
S: U bent een van onze gelukkige finalisten
S: Uw postcode sluit bijna: laatste kans op prijzen
`,
    pt: `
S: Parabéns! Você foi selecionado para um vale-presente {brand}
S: {name}, seu prêmio de {amount} está esperando
S: Responda nossa pesquisa de 30 segundos e ganhe
S: Seus pontos de fidelidade expiram em {date}
S: Você é um dos nossos finalistas sortudos
B: Para comemorar nosso aniversário, estamos sorteando {qty} vales-presente no valor de {amount}. Seu e-mail foi sorteado como um dos ganhadores.
B: Responda quatro perguntas rápidas sobre sua experiência de compra e resgate sua recompensa exclusiva. Você paga apenas o frete de {amount}.
B: Você tem {qty} pontos acumulados que vão expirar em breve. Troque agora por um produto grátis à sua escolha.
B: Nossos registros mostram que seu prêmio ainda não foi retirado. Confirme seu endereço para que possamos enviá-lo.
B: Você foi escolhido para testar o smartphone mais novo de graça. As vagas são limitadas, cadastre-se hoje.
C: Resgatar prêmio
C: Responder pesquisa
C: Trocar pontos
S: Black Friday: até {pct}% de desconto em celulares e notebooks, só hoje
S: Um ano de streaming ilimitado por apenas {amount}
B: Um ano inteiro de streaming ilimitado por apenas {amount}: mais de 20 mil canais, filmes e esportes ao vivo na TV, no computador ou no celular.
B: Nosso presente de Ano Novo para você: um ano de proteção VPN premium grátis. Ative antes que a oferta acabe.
B: Garanta hoje seu kit de emergência para carro grátis. Você paga apenas o envio.
B: As melhores ofertas do ano estão no ar: marcas top com preços nunca vistos, enquanto durarem os estoques.
B: Parabéns! Você é um dos nossos finalistas e pode ganhar um vale-presente de {amount}. Restam apenas {qty} prêmios hoje.
B: Para agradecer nossos clientes, estamos sorteando vales-compra esta semana. Responda algumas perguntas rápidas e garanta o seu até a meia-noite.
B: Sua participação foi confirmada. Os vencedores serão avisados por e-mail, fique de olho na sua caixa de entrada.
S: Você é um dos nossos finalistas
S: Um vale de {amount} está esperando por você
B: Você foi selecionado para participar da nossa promoção de aniversário e pode ganhar um kit de produtos de {amount}. Basta responder a pesquisa.
B: Seus pontos acumulados podem ser trocados por uma Smart TV ou uma air fryer. A troca está disponível por tempo limitado.
`,
    es: `
S: ¡Enhorabuena! Ha sido seleccionado para una tarjeta regalo de {brand}
S: {name}, su premio de {amount} le está esperando
S: Responda nuestra encuesta de 30 segundos y gane
B: Para celebrar nuestro aniversario sorteamos {qty} tarjetas regalo de {amount}. Su dirección ha sido elegida como ganadora.
B: Responda cuatro preguntas rápidas y reclame su recompensa exclusiva. Solo paga {amount} de gastos de envío.
B: Tiene {qty} puntos de fidelidad que caducan pronto. Cámbielos ahora por un producto gratis.
B: Según nuestros registros, su premio aún no ha sido recogido. Confirme su dirección para enviárselo.
C: Reclamar premio
C: Empezar la encuesta
B: ¡Enhorabuena! Es uno de nuestros finalistas y puede ganar una tarjeta regalo de {amount}. Hoy solo quedan {qty} premios.
B: Hemos intentado contactarle. Responda, por favor, o su premio pasará a otro participante.
`,
    fr: `
S: Félicitations ! Vous avez été sélectionné pour une carte cadeau {brand}
S: {name}, votre récompense de {amount} vous attend
S: Répondez à notre sondage de 30 secondes et gagnez
B: Pour fêter notre anniversaire, nous offrons {qty} cartes cadeaux de {amount}. Votre adresse a été tirée au sort parmi les gagnants.
B: Répondez à quatre questions rapides et récupérez votre récompense exclusive. Seuls {amount} de frais de port sont à régler.
B: Vous avez {qty} points fidélité qui expirent bientôt. Échangez-les maintenant contre un produit gratuit.
B: Selon nos registres, votre lot n'a pas encore été réclamé. Confirmez votre adresse pour que nous puissions l'expédier.
C: Récupérer ma récompense
C: Commencer le sondage
B: Félicitations ! Vous faites partie de nos finalistes et pouvez gagner une carte cadeau de {amount}. Il ne reste que {qty} lots aujourd'hui.
B: Nous avons essayé de vous joindre. Répondez, sinon votre récompense ira à un autre participant.
`,
    it: `
S: Congratulazioni! Sei stato selezionato per una carta regalo {brand}
S: {name}, il tuo premio di {amount} ti aspetta
S: Rispondi al nostro sondaggio di 30 secondi e vinci
B: Per festeggiare il nostro anniversario regaliamo {qty} carte regalo da {amount}. Il tuo indirizzo è stato estratto tra i vincitori.
B: Rispondi a quattro domande veloci e ritira la tua ricompensa esclusiva. Paghi solo {amount} di spedizione.
B: Hai {qty} punti fedeltà che scadranno a breve. Convertili ora in un prodotto gratuito.
B: Dai nostri dati risulta che il tuo premio non è ancora stato ritirato. Conferma il tuo indirizzo per la spedizione.
C: Ritira il premio
C: Inizia il sondaggio
B: Congratulazioni! Sei uno dei nostri finalisti e puoi vincere una carta regalo da {amount}. Oggi restano solo {qty} premi.
B: Abbiamo provato a contattarti. Rispondi, altrimenti il premio andrà a un altro partecipante.
`,
  },
  parcel: {
    en: `
S: Your parcel is on hold: customs fee unpaid
S: Delivery attempt failed ({ref})
S: Action needed: confirm your delivery address
S: Your package will be returned to the sender
S: Final notice: shipment {ref} awaiting payment
B: Your parcel {ref} could not be delivered because import duties of {amount} are outstanding. Pay the fee to schedule a new delivery.
B: Our courier was unable to deliver your package today because the address was incomplete. Please confirm your details and choose a new delivery slot.
B: Your shipment is being held at our distribution centre in {city}. Unless the storage fee is paid by {date}, it will be returned.
B: A small redelivery charge of {amount} is required before your parcel can be released.
B: The customs office has retained your order for inspection. To release it, the clearance tax must be settled online.
C: Pay and release parcel
C: Reschedule delivery
C: Track my shipment
B: Your parcel has been held at customs because import duties of {amount} are unpaid. If the fee is not settled within {days} days, the item will be returned to the sender.
B: We tried to deliver your package today, but nobody was home. Choose a new delivery slot and pay the redelivery fee.
B: The address on your shipment is incomplete. Please confirm your details so that the courier can complete the delivery.
B: Unclaimed packages are auctioned after 30 days. Release yours now to avoid losing it.
S: Delivery attempt failed: reschedule now
S: Your package is waiting at the depot ({ref})
`,
    de: `
S: Ihr Paket wird zurückgehalten: Zollgebühr offen
S: Zustellversuch fehlgeschlagen ({ref})
S: Bitte bestätigen Sie Ihre Lieferadresse
S: Ihr Paket wird an den Absender zurückgeschickt
S: Letzte Mitteilung: Sendung {ref} wartet auf Zahlung
B: Ihr Paket {ref} konnte nicht zugestellt werden, da Einfuhrabgaben von {amount} offen sind. Zahlen Sie die Gebühr, um eine neue Zustellung zu planen.
B: Unser Zusteller konnte Ihr Paket heute nicht abgeben, weil die Adresse unvollständig war. Bitte bestätigen Sie Ihre Daten und wählen Sie einen neuen Liefertermin.
B: Ihre Sendung lagert in unserem Verteilzentrum in {city}. Wird die Lagergebühr nicht bis zum {date} bezahlt, geht sie zurück.
B: Vor der Freigabe Ihres Pakets ist eine kleine Gebühr für die erneute Zustellung von {amount} fällig.
B: Das Zollamt hat Ihre Bestellung zur Prüfung einbehalten. Zur Freigabe muss die Zollabgabe online beglichen werden.
C: Bezahlen und Paket freigeben
C: Neue Zustellung planen
C: Sendung verfolgen
B: Ihr Paket wird beim Zoll festgehalten, weil Einfuhrabgaben von {amount} offen sind. Wird die Gebühr nicht innerhalb von {days} Tagen bezahlt, geht die Sendung zurück an den Absender.
B: Wir wollten Ihr Paket heute zustellen, aber niemand war zu Hause. Wählen Sie einen neuen Termin und bezahlen Sie die Gebühr für die erneute Zustellung.
B: Die Adresse auf Ihrer Sendung ist unvollständig. Bitte bestätigen Sie Ihre Angaben, damit der Zusteller liefern kann.
B: Nicht abgeholte Pakete werden nach 30 Tagen versteigert. Geben Sie Ihres jetzt frei.
S: Zustellversuch fehlgeschlagen: jetzt neu planen
S: Ihr Paket wartet im Depot ({ref})
B: Ihr Paket befindet sich in der Warteschleife. Schließen Sie die Zahlung der Versandgebühr von {amount} ab, damit es weitergeleitet werden kann.
B: Planen Sie jetzt Ihre Lieferung: wählen Sie Datum und Uhrzeit und bestätigen Sie Ihre Versanddetails.
`,
    nl: `
S: Uw pakket staat vast: invoerrechten niet betaald
S: Bezorgpoging mislukt ({ref})
S: Bevestig uw bezorgadres
S: Uw pakket wordt teruggestuurd naar de afzender
S: Laatste bericht: zending {ref} wacht op betaling
B: Uw pakket {ref} kon niet worden bezorgd omdat er nog {amount} aan invoerrechten openstaat. Betaal de kosten om een nieuwe bezorging in te plannen.
B: Onze bezorger kon uw pakket vandaag niet afleveren omdat het adres onvolledig was. Bevestig uw gegevens en kies een nieuw bezorgmoment.
B: Uw zending ligt in ons sorteercentrum in {city}. Als de opslagkosten niet vóór {date} zijn betaald, gaat het pakket retour.
B: Voordat uw pakket wordt vrijgegeven, moet u {amount} herbezorgingskosten betalen.
B: De douane heeft uw bestelling vastgehouden voor controle. Om het vrij te geven, moet de inklaringsheffing online worden voldaan.
C: Betalen en pakket vrijgeven
C: Nieuwe bezorging plannen
C: Zending volgen
B: Uw pakket wordt door de douane vastgehouden omdat invoerrechten van {amount} niet zijn betaald. Wordt dit niet binnen {days} dagen voldaan, dan gaat het terug naar de afzender.
B: We wilden uw pakket vandaag bezorgen, maar er was niemand thuis. Kies een nieuw moment en betaal de kosten voor herbezorging.
B: Het adres op uw zending is onvolledig. Bevestig uw gegevens zodat de bezorger kan afleveren.
B: Niet opgehaalde pakketten worden na 30 dagen geveild. Geef het uwe nu vrij.
S: Bezorgpoging mislukt: plan opnieuw in
S: Uw pakket ligt klaar in het depot ({ref})
`,
    pt: `
S: Sua encomenda está retida: taxa de importação pendente
S: Tentativa de entrega sem sucesso ({ref})
S: Confirme seu endereço de entrega
S: Seu pedido será devolvido ao remetente
S: Aviso final: objeto {ref} aguardando pagamento
B: Sua encomenda {ref} não pôde ser entregue porque há uma taxa de importação de {amount} em aberto. Pague a taxa para agendar uma nova entrega.
B: Nosso entregador não conseguiu entregar seu pacote hoje porque o endereço estava incompleto. Confirme seus dados e escolha uma nova data.
B: Seu objeto está no centro de distribuição de {city}. Se a taxa de armazenagem não for paga até {date}, ele será devolvido.
B: Para liberar sua encomenda é necessário pagar uma pequena taxa de reentrega de {amount} via Pix.
B: A fiscalização aduaneira reteve seu pedido. Para liberá-lo, o imposto deve ser quitado online.
C: Pagar e liberar encomenda
C: Reagendar entrega
C: Rastrear objeto
B: Sua encomenda foi taxada pela fiscalização aduaneira e aguarda o pagamento de {amount}. Sem o pagamento em {days} dias, o objeto será devolvido ao remetente sem reembolso.
B: Tentamos entregar seu pedido hoje, mas não havia ninguém no endereço. Agende uma nova entrega e pague a taxa de reenvio.
B: O endereço da sua remessa está incompleto. Confirme seus dados para que o carteiro conclua a entrega.
B: Encomendas não retiradas serão leiloadas pela Receita Federal em 3 dias. Regularize agora para não perder seu pedido.
S: Tentativa de entrega sem sucesso: reagende agora
S: Sua encomenda está retida - regularize o pagamento ({ref})
`,
    es: `
S: Su paquete está retenido: tasas de aduana pendientes
S: Intento de entrega fallido ({ref})
S: Confirme su dirección de entrega
B: Su paquete {ref} no pudo entregarse porque hay {amount} de aranceles pendientes. Pague la tasa para programar una nueva entrega.
B: Nuestro repartidor no pudo entregar su paquete hoy porque la dirección estaba incompleta. Confirme sus datos y elija una nueva fecha.
B: Su envío está en nuestro centro de {city}. Si no se paga el almacenaje antes del {date}, será devuelto.
B: Para liberar su paquete debe abonar una pequeña tasa de reenvío de {amount}.
C: Pagar y liberar paquete
C: Reprogramar entrega
B: Su paquete está retenido en aduanas porque faltan {amount} de aranceles. Si no se pagan en {days} días, se devolverá al remitente.
B: Intentamos entregar su pedido hoy, pero no había nadie. Elija una nueva franja y pague la tasa de reenvío.
`,
    fr: `
S: Votre colis est bloqué : frais de douane impayés
S: Échec de la livraison ({ref})
S: Confirmez votre adresse de livraison
B: Votre colis {ref} n'a pas pu être livré car des droits de douane de {amount} restent à payer. Réglez les frais pour programmer une nouvelle livraison.
B: Notre livreur n'a pas pu remettre votre colis aujourd'hui car l'adresse était incomplète. Confirmez vos informations et choisissez un nouveau créneau.
B: Votre envoi est stocké dans notre centre de {city}. Sans paiement des frais de stockage avant le {date}, il sera retourné.
B: Des frais de réexpédition de {amount} sont nécessaires avant la remise de votre colis.
C: Payer et débloquer le colis
C: Reprogrammer la livraison
B: Votre colis est retenu en douane car des droits de {amount} restent impayés. Sans paiement sous {days} jours, il sera renvoyé à l'expéditeur.
B: Nous avons tenté de livrer votre colis aujourd'hui, mais vous étiez absent. Choisissez un nouveau créneau et réglez les frais de nouvelle livraison.
`,
    it: `
S: Il tuo pacco è in giacenza: dazi doganali non pagati
S: Tentativo di consegna non riuscito ({ref})
S: Conferma il tuo indirizzo di consegna
B: Il pacco {ref} non è stato consegnato perché risultano dazi di {amount} da pagare. Paga la tassa per programmare una nuova consegna.
B: Il corriere non è riuscito a consegnare il pacco oggi perché l'indirizzo era incompleto. Conferma i tuoi dati e scegli una nuova data.
B: La spedizione è ferma nel nostro centro di {city}. Se la giacenza non viene pagata entro il {date}, tornerà al mittente.
B: Per sbloccare il pacco è richiesto un piccolo contributo di riconsegna di {amount}.
C: Paga e sblocca il pacco
C: Riprogramma la consegna
B: Il tuo pacco è trattenuto in dogana perché mancano {amount} di dazi. Senza pagamento entro {days} giorni, tornerà al mittente.
B: Abbiamo provato a consegnare il tuo ordine oggi, ma non c'era nessuno. Scegli una nuova fascia oraria e paga la tassa di riconsegna.
`,
  },
  invoice: {
    en: `
S: Payment confirmation: {amount} charged to your account
S: You are eligible for a tax refund of {amount}
S: Overdue invoice {ref}: final reminder before collection
S: Refund approved: submit your bank details
S: Your order {ref} for {amount} has been processed
B: Thank you for your purchase. Your annual plan has been renewed and {amount} will be charged. If you did not authorise this, call our cancellation desk at {phone} within 24 hours.
B: After the annual calculation of your taxes, you are due a refund of {amount}. Complete the refund form to receive the money on your card.
B: Invoice {ref} remains unpaid despite our earlier reminders. If payment is not received by {date}, the claim will be passed to a debt collection agency with additional costs.
B: Your refund request was approved. To receive the transfer, confirm the card or account the money should go to.
B: The attached invoice lists the services delivered last month. Open the secure document to review it and approve the payment.
C: View invoice
C: Claim refund
C: Cancel this order
S: [Tax report] Your refund is ready for processing
B: According to the latest tax report, an overpayment was found on your account. Your refund is ready to be processed once you confirm your details.
B: Thank you for your purchase. Your annual protection plan has been renewed and {amount} will be charged to your account today. To cancel and get a refund, call our billing team.
B: If you did not authorise this transaction, contact us within 24 hours on {phone} and a support agent will process your refund.
B: Your tax refund of {amount} could not be paid because your bank details are out of date. Update them through the refund form.
S: Order confirmation: {amount} charged to your account
S: Unauthorised payment? Call us within 24 hours
`,
    de: `
S: Zahlungsbestätigung: {amount} wurden abgebucht
S: Sie haben Anspruch auf eine Steuererstattung von {amount}
S: Überfällige Rechnung {ref}: letzte Mahnung vor Inkasso
S: Erstattung genehmigt: Bankdaten angeben
S: Ihre Bestellung {ref} über {amount} wurde bearbeitet
B: Vielen Dank für Ihren Kauf. Ihr Jahresabo wurde verlängert und {amount} werden abgebucht. Wenn Sie dies nicht veranlasst haben, rufen Sie innerhalb von 24 Stunden unsere Stornohotline {phone} an.
B: Nach der jährlichen Berechnung Ihrer Steuern steht Ihnen eine Rückerstattung von {amount} zu. Füllen Sie das Formular aus, um das Geld auf Ihre Karte zu erhalten.
B: Die Rechnung {ref} ist trotz unserer Erinnerungen noch offen. Geht die Zahlung nicht bis zum {date} ein, übergeben wir die Forderung mit zusätzlichen Kosten an ein Inkassobüro.
B: Ihr Erstattungsantrag wurde genehmigt. Bestätigen Sie die Karte oder das Konto, auf das das Geld überwiesen werden soll.
B: Die Rechnung im Anhang listet die Leistungen des letzten Monats auf. Öffnen Sie das gesicherte Dokument, um sie zu prüfen und die Zahlung freizugeben.
C: Rechnung ansehen
C: Erstattung anfordern
C: Bestellung stornieren
S: [Steuerbescheid] Ihre Erstattung ist zur Bearbeitung bereit
B: Laut dem aktuellen Steuerbescheid wurde auf Ihrem Konto eine Überzahlung festgestellt. Die Erstattung wird bearbeitet, sobald Sie Ihre Daten bestätigen.
B: Vielen Dank für Ihren Kauf. Ihr Jahresschutzplan wurde verlängert und {amount} werden heute von Ihrem Konto abgebucht. Um zu stornieren und eine Erstattung zu erhalten, rufen Sie unser Abrechnungsteam an.
B: Wenn Sie diese Transaktion nicht veranlasst haben, kontaktieren Sie uns innerhalb von 24 Stunden unter {phone}, und ein Mitarbeiter bearbeitet Ihre Erstattung.
B: Ihre Steuererstattung von {amount} konnte nicht ausgezahlt werden, weil Ihre Bankdaten veraltet sind. Aktualisieren Sie sie über das Erstattungsformular.
S: Bestellbestätigung: {amount} von Ihrem Konto abgebucht
S: Nicht autorisierte Zahlung? Rufen Sie uns innerhalb von 24 Stunden an
`,
    nl: `
S: Betalingsbevestiging: {amount} afgeschreven
S: U heeft recht op een belastingteruggave van {amount}
S: Achterstallige factuur {ref}: laatste aanmaning voor incasso
S: Terugbetaling goedgekeurd: vul uw bankgegevens in
S: Uw bestelling {ref} van {amount} is verwerkt
B: Bedankt voor uw aankoop. Uw jaarabonnement is verlengd en er wordt {amount} afgeschreven. Heeft u dit niet gedaan, bel dan binnen 24 uur onze annuleringslijn {phone}.
B: Na de jaarlijkse berekening van uw belasting heeft u recht op een teruggave van {amount}. Vul het formulier in om het geld op uw rekening te ontvangen.
B: Factuur {ref} is ondanks onze herinneringen nog niet betaald. Als de betaling niet vóór {date} binnen is, dragen we de vordering met extra kosten over aan een incassobureau.
B: Uw verzoek om terugbetaling is goedgekeurd. Bevestig de kaart of rekening waarop het geld moet worden gestort.
B: De bijgevoegde factuur vermeldt de diensten van vorige maand. Open het beveiligde document om hem te bekijken en de betaling goed te keuren.
C: Factuur bekijken
C: Teruggave aanvragen
C: Bestelling annuleren
S: [Belastingaanslag] Uw teruggave staat klaar
B: Volgens de laatste aanslag is er op uw rekening te veel betaald. Uw teruggave wordt verwerkt zodra u uw gegevens bevestigt.
B: Bedankt voor uw aankoop. Uw jaarlijkse beschermingsplan is verlengd en vandaag wordt {amount} van uw rekening afgeschreven. Bel onze facturatieafdeling om te annuleren en uw geld terug te krijgen.
B: Heeft u deze transactie niet goedgekeurd, neem dan binnen 24 uur contact op via {phone}; een medewerker verwerkt uw terugbetaling.
B: Uw belastingteruggave van {amount} kon niet worden uitbetaald omdat uw bankgegevens verouderd zijn. Werk ze bij via het formulier.
S: Orderbevestiging: {amount} afgeschreven
S: Onbekende betaling? Bel ons binnen 24 uur
`,
    pt: `
S: Confirmação de pagamento: {amount} debitados
S: Você tem direito a uma restituição de {amount}
S: Boleto {ref} vencido: último aviso antes da negativação
S: Reembolso aprovado: informe seus dados bancários
S: Seu pedido {ref} de {amount} foi processado
B: Obrigado pela sua compra. Seu plano anual foi renovado e {amount} serão cobrados. Se não foi você, ligue para nossa central de cancelamento {phone} em até 24 horas.
B: Após o cálculo anual, você tem uma restituição de {amount} a receber. Preencha o formulário para receber o valor via Pix.
B: O boleto {ref} continua em aberto apesar dos nossos avisos. Sem pagamento até {date}, seu CPF será incluído nos órgãos de proteção ao crédito.
B: Seu pedido de reembolso foi aprovado. Confirme o cartão ou a conta para onde o valor deve ser enviado.
B: A fatura em anexo lista os serviços prestados no mês passado. Abra o documento seguro para conferir e autorizar o pagamento.
C: Ver fatura
C: Solicitar reembolso
C: Cancelar pedido
S: [Imposto de Renda] Sua restituição está pronta para processamento
B: Segundo a última declaração, foi encontrado um pagamento a maior em seu CPF. A restituição será processada assim que você confirmar seus dados.
B: Obrigado pela sua compra. Seu plano de proteção anual foi renovado e {amount} serão cobrados hoje. Para cancelar e receber o reembolso, ligue para nossa central.
B: Se você não autorizou esta transação, entre em contato em até 24 horas pelo {phone} e um atendente fará o estorno.
B: Sua nota fiscal está em análise e a compra pré-aprovada de {amount} será debitada. Caso não reconheça, conteste pelo link.
S: Compra pré-aprovada: nota fiscal em análise
S: Não reconhece esta cobrança? Fale conosco em 24 horas
B: Consta em aberto um boleto de {amount} em seu nome. Evite protesto e negativação do seu CPF regularizando hoje.
B: Segue a nota fiscal eletrônica referente à sua compra. Para visualizar o documento, clique no link e informe seu CPF.
S: Boleto em aberto: evite a negativação do seu CPF
S: Nota fiscal eletrônica disponível
`,
    es: `
S: Confirmación de pago: se han cargado {amount}
S: Tiene derecho a una devolución de {amount}
S: Factura vencida {ref}: último aviso
B: Gracias por su compra. Su plan anual se ha renovado y se cargarán {amount}. Si no lo autorizó, llame al {phone} en las próximas 24 horas.
B: Tras el cálculo anual de sus impuestos, le corresponde una devolución de {amount}. Complete el formulario para recibir el dinero en su tarjeta.
B: La factura {ref} sigue impagada. Si no recibimos el pago antes del {date}, la deuda pasará a una agencia de cobro.
B: Su solicitud de reembolso ha sido aprobada. Confirme la tarjeta en la que desea recibir el dinero.
C: Ver factura
C: Solicitar devolución
`,
    fr: `
S: Confirmation de paiement : {amount} débités
S: Vous avez droit à un remboursement de {amount}
S: Facture impayée {ref} : dernier rappel
B: Merci pour votre achat. Votre abonnement annuel a été renouvelé et {amount} seront prélevés. Si vous ne l'avez pas autorisé, appelez le {phone} sous 24 heures.
B: Après le calcul annuel de vos impôts, un remboursement de {amount} vous est dû. Remplissez le formulaire pour recevoir l'argent sur votre carte.
B: La facture {ref} reste impayée. Sans règlement avant le {date}, la créance sera transmise à un cabinet de recouvrement.
B: Votre demande de remboursement a été acceptée. Confirmez la carte sur laquelle vous souhaitez recevoir l'argent.
C: Voir la facture
C: Demander le remboursement
`,
    it: `
S: Conferma di pagamento: addebitati {amount}
S: Hai diritto a un rimborso di {amount}
S: Fattura scaduta {ref}: ultimo sollecito
B: Grazie per l'acquisto. Il tuo piano annuale è stato rinnovato e verranno addebitati {amount}. Se non l'hai autorizzato, chiama il {phone} entro 24 ore.
B: Dal calcolo annuale delle imposte risulta un rimborso di {amount} a tuo favore. Compila il modulo per riceverlo sulla tua carta.
B: La fattura {ref} risulta ancora non pagata. Senza pagamento entro il {date}, il credito passerà a una società di recupero.
B: La tua richiesta di rimborso è stata approvata. Conferma la carta su cui ricevere il denaro.
C: Vedi la fattura
C: Richiedi il rimborso
`,
  },
  'advance-fee': {
    en: `
S: Urgent business proposal
S: Inheritance of {amount} in your favour
S: Compensation payment approved ({ref})
S: Dear friend, please read this carefully
S: Transfer of unclaimed funds
B: I am a lawyer representing a late client who shared your surname and left a deposit of {amount} without a will. I propose that we present you as the next of kin and share the funds.
B: I am a widow suffering from a serious illness and I wish to donate my late husband's fortune of {amount} to a trustworthy person who will use part of it for charity.
B: The committee has approved a compensation payment of {amount} for victims of online fraud, and your email address is on the list of beneficiaries.
B: For the transfer to be completed, a small processing fee is required. Kindly send your full name, address, phone number and a copy of your ID so that the release can begin.
B: I got your contact through a business directory. I need a reliable foreign partner to receive {amount} on behalf of my company; you will keep {pct}% as your share.
B: This transaction is risk free and legal. Please keep it strictly confidential and reply to my private email for further details.
C: Reply with your details
C: Contact me urgently
S: Supplier request for quotation
S: Project funding available
B: We are sourcing suppliers for a large government order and your company was recommended to us. Kindly send your price list and catalogue so we can place the order.
B: Our private investment fund finances promising projects worldwide. We can offer a loan or equity of {amount} at only {pct}% annual interest.
B: I need your urgent cooperation to transfer funds from a dormant account before it is confiscated by the bank.
S: From the desk of the Foreign Remittance Director
S: ATM card payment notification
S: Kindly confirm receipt of this message
S: United Nations compensation programme: your file
S: Re: MT103 copy of the wire transfer
S: Lottery board: your email has won
B: I am a serving army officer on a peacekeeping mission. I have in my possession a trunk box containing {amount} and I need a trusted partner to receive it in your country.
B: I am the manager of the audit department of a bank. A foreign customer died years ago and nobody has claimed his account; I want to present you as the beneficiary.
B: Your payment of {amount} has been loaded on an ATM card and will be delivered by courier once you pay the insurance and delivery charges.
B: The International Monetary Fund has mandated us to pay all victims of scams. Your compensation of {amount} has been approved.
B: Please find attached the MT103 copy as proof that the transfer has been initiated. The funds will reflect in your account once the clearance certificate is paid.
B: Your email address was selected in our online lottery draw and you have won {amount}. Contact the claims agent with your winning number {ref}.
B: I am writing from the hospital bed. My doctors have told me that I do not have long to live, and I want to use my late husband's money for good works before I die.
B: I have a lucrative business venture that will benefit us both. Kindly reply to confirm that this email address is active so that I can give you the details.
B: The Federal Bureau of Investigation has cleared your fund of {amount} for release. To avoid arrest, you must pay the anti-terrorism certificate fee.
`,
    de: `
S: Dringender Geschäftsvorschlag
S: Erbschaft über {amount} zu Ihren Gunsten
S: Entschädigungszahlung genehmigt ({ref})
S: Lieber Freund, bitte lesen Sie dies sorgfältig
B: Ich bin Anwalt eines verstorbenen Mandanten mit Ihrem Nachnamen, der ohne Testament ein Guthaben von {amount} hinterlassen hat. Ich schlage vor, Sie als nächsten Angehörigen anzugeben und die Summe zu teilen.
B: Ich bin eine schwer kranke Witwe und möchte das Vermögen meines verstorbenen Mannes von {amount} einer vertrauenswürdigen Person spenden, die einen Teil davon für wohltätige Zwecke verwendet.
B: Der Ausschuss hat eine Entschädigung von {amount} für Opfer von Internetbetrug genehmigt, und Ihre E-Mail-Adresse steht auf der Liste der Begünstigten.
B: Für die Überweisung ist eine kleine Bearbeitungsgebühr nötig. Senden Sie mir bitte Ihren vollständigen Namen, Ihre Adresse, Telefonnummer und eine Ausweiskopie.
B: Diese Transaktion ist risikofrei und legal. Bitte behandeln Sie sie streng vertraulich und antworten Sie an meine private E-Mail-Adresse.
C: Antworten Sie mit Ihren Daten
C: Kontaktieren Sie mich dringend
S: Lieferantenanfrage: Bitte um Angebot
S: Projektfinanzierung verfügbar
B: Wir suchen Lieferanten für einen großen öffentlichen Auftrag, und Ihr Unternehmen wurde uns empfohlen. Senden Sie uns bitte Ihre Preisliste und Ihren Katalog.
B: Unser privater Investmentfonds finanziert vielversprechende Projekte weltweit. Wir bieten Ihnen {amount} zu nur {pct}% Jahreszins.
B: Ich brauche Ihre dringende Mitarbeit, um Gelder von einem ruhenden Konto zu übertragen, bevor die Bank sie einzieht.
S: Vom Schreibtisch des Direktors für Auslandsüberweisungen
S: Benachrichtigung über Ihre Geldautomatenkarte
S: Bitte bestätigen Sie den Erhalt dieser Nachricht
S: Entschädigungsprogramm der Vereinten Nationen: Ihre Akte
S: Re: MT103-Kopie der Überweisung
S: Lotteriekommission: Ihre E-Mail hat gewonnen
B: Ich bin Offizier im Auslandseinsatz. In meinem Besitz befindet sich eine Kiste mit {amount}, und ich brauche einen vertrauenswürdigen Partner, der sie in Ihrem Land entgegennimmt.
B: Ich leite die Revisionsabteilung einer Bank. Ein ausländischer Kunde ist vor Jahren verstorben und niemand hat sein Konto beansprucht; ich möchte Sie als Begünstigten angeben.
B: Ihre Zahlung von {amount} wurde auf eine Geldautomatenkarte geladen und wird per Kurier zugestellt, sobald Sie die Versicherungs- und Zustellgebühren bezahlen.
B: Der Internationale Währungsfonds hat uns beauftragt, alle Betrugsopfer zu entschädigen. Ihre Entschädigung von {amount} wurde genehmigt.
B: Anbei die MT103-Kopie als Nachweis, dass die Überweisung eingeleitet wurde. Das Geld wird gutgeschrieben, sobald die Freigabebescheinigung bezahlt ist.
B: Ihre E-Mail-Adresse wurde in unserer Online-Lotterie gezogen und Sie haben {amount} gewonnen. Kontaktieren Sie den Schadensagenten mit Ihrer Gewinnnummer {ref}.
B: Ich schreibe Ihnen aus dem Krankenhausbett. Die Ärzte sagen, dass ich nicht mehr lange zu leben habe, und ich möchte das Geld meines verstorbenen Mannes für gute Zwecke einsetzen.
B: Ich habe ein lukratives Geschäftsvorhaben, von dem wir beide profitieren. Bitte bestätigen Sie, dass diese E-Mail-Adresse aktiv ist, dann sende ich Ihnen die Einzelheiten.
B: Das FBI hat Ihr Guthaben von {amount} zur Auszahlung freigegeben. Um eine Verhaftung zu vermeiden, müssen Sie die Gebühr für das Anti-Terror-Zertifikat bezahlen.
`,
    nl: `
S: Dringend zakelijk voorstel
S: Erfenis van {amount} in uw voordeel
S: Schadevergoeding goedgekeurd ({ref})
S: Beste vriend, lees dit aandachtig
B: Ik ben advocaat van een overleden cliënt met dezelfde achternaam als u, die zonder testament een tegoed van {amount} heeft nagelaten. Ik stel voor u als naaste familie op te geven en het geld te delen.
B: Ik ben een ernstig zieke weduwe en wil het vermogen van mijn overleden man, {amount}, schenken aan een betrouwbaar persoon die een deel aan goede doelen besteedt.
B: De commissie heeft een schadevergoeding van {amount} voor slachtoffers van internetfraude goedgekeurd en uw e-mailadres staat op de lijst van begunstigden.
B: Voor de overboeking zijn kleine administratiekosten nodig. Stuur mij uw volledige naam, adres, telefoonnummer en een kopie van uw identiteitsbewijs.
B: Deze transactie is zonder risico en legaal. Houd haar strikt vertrouwelijk en antwoord op mijn privé-e-mailadres.
C: Antwoord met uw gegevens
C: Neem dringend contact op
S: Leveranciersaanvraag: verzoek om offerte
S: Projectfinanciering beschikbaar
B: We zoeken leveranciers voor een grote overheidsopdracht en uw bedrijf is ons aanbevolen. Stuur ons uw prijslijst en catalogus.
B: Ons particuliere investeringsfonds financiert veelbelovende projecten wereldwijd. We bieden u {amount} tegen slechts {pct}% rente per jaar.
B: Ik heb dringend uw medewerking nodig om geld van een slapende rekening over te maken voordat de bank het in beslag neemt.
S: Van het bureau van de directeur buitenlandse overmakingen
S: Melding over uw pinpas met tegoed
S: Bevestig alstublieft de ontvangst van dit bericht
S: Compensatieprogramma van de Verenigde Naties: uw dossier
S: Re: MT103-kopie van de overboeking
S: Loterijcommissie: uw e-mailadres heeft gewonnen
B: Ik ben officier op een vredesmissie. Ik heb een kist met {amount} in mijn bezit en zoek een betrouwbare partner die deze in uw land in ontvangst neemt.
B: Ik ben hoofd van de auditafdeling van een bank. Een buitenlandse klant is jaren geleden overleden en niemand heeft zijn rekening opgeëist; ik wil u als begunstigde opgeven.
B: Uw betaling van {amount} is op een pinpas gezet en wordt per koerier bezorgd zodra u de verzekerings- en bezorgkosten betaalt.
B: Het Internationaal Monetair Fonds heeft ons opgedragen alle fraudeslachtoffers te vergoeden. Uw compensatie van {amount} is goedgekeurd.
B: Bijgevoegd de MT103-kopie als bewijs dat de overboeking is gestart. Het geld staat op uw rekening zodra het vrijgavecertificaat is betaald.
B: Uw e-mailadres is getrokken in onze online loterij en u heeft {amount} gewonnen. Neem contact op met de claimagent met uw winnummer {ref}.
B: Ik schrijf u vanuit mijn ziekenhuisbed. De artsen zeggen dat ik niet lang meer te leven heb, en ik wil het geld van mijn overleden man aan goede werken besteden.
B: Ik heb een winstgevend zakelijk voorstel waar we allebei van profiteren. Bevestig dat dit e-mailadres actief is, dan stuur ik u de details.
B: De FBI heeft uw tegoed van {amount} vrijgegeven. Om arrestatie te voorkomen moet u de kosten voor het antiterreurcertificaat betalen.
`,
    pt: `
S: Proposta de negócio urgente
S: Herança de {amount} em seu favor
S: Pagamento de indenização aprovado ({ref})
S: Caro amigo, leia com atenção
B: Sou advogado de um cliente falecido com o mesmo sobrenome que o seu, que deixou um depósito de {amount} sem testamento. Proponho apresentá-lo como parente mais próximo e dividirmos o valor.
B: Sou uma viúva com uma doença grave e desejo doar a fortuna do meu falecido marido, {amount}, a uma pessoa de confiança que use parte dela em obras de caridade.
B: A comissão aprovou uma indenização de {amount} para vítimas de fraudes na internet, e seu e-mail consta na lista de beneficiários.
B: Para concluir a transferência é necessária uma pequena taxa administrativa. Envie seu nome completo, endereço, telefone e uma cópia do seu documento.
B: Esta transação é legal e sem riscos. Mantenha sigilo absoluto e responda para o meu e-mail particular.
C: Responda com seus dados
C: Entre em contato urgente
S: Pedido de cotação para fornecedores
S: Financiamento de projetos disponível
B: Estamos buscando fornecedores para um grande pedido do governo e sua empresa nos foi recomendada. Envie sua tabela de preços e catálogo.
B: Nosso fundo de investimento privado financia projetos promissores no mundo todo. Oferecemos {amount} com juros de apenas {pct}% ao ano.
B: Preciso da sua cooperação urgente para transferir fundos de uma conta inativa antes que o banco os confisque.
S: Do gabinete do diretor de remessas internacionais
S: Notificação do seu cartão de saque
S: Por favor, confirme o recebimento desta mensagem
S: Programa de compensação das Nações Unidas: seu processo
S: Re: cópia do MT103 da transferência
S: Comissão da loteria: seu e-mail foi premiado
B: Sou oficial do exército em missão de paz. Tenho em meu poder uma caixa com {amount} e preciso de um parceiro de confiança para recebê-la no seu país.
B: Sou gerente do departamento de auditoria de um banco. Um cliente estrangeiro faleceu há anos e ninguém reclamou a conta; quero apresentar você como beneficiário.
B: Seu pagamento de {amount} foi carregado em um cartão de saque e será entregue por courier assim que você pagar o seguro e a taxa de entrega.
B: O Fundo Monetário Internacional nos encarregou de indenizar todas as vítimas de golpes. Sua indenização de {amount} foi aprovada.
B: Segue anexa a cópia do MT103 como prova de que a transferência foi iniciada. O valor cai na sua conta após o pagamento do certificado de liberação.
B: Seu e-mail foi sorteado em nossa loteria online e você ganhou {amount}. Fale com o agente de pagamentos informando o número {ref}.
B: Escrevo da cama do hospital. Os médicos dizem que não tenho muito tempo de vida, e quero usar o dinheiro do meu falecido marido em boas obras.
B: Tenho um negócio lucrativo que vai beneficiar a nós dois. Responda para confirmar que este e-mail está ativo e eu envio os detalhes.
B: O FBI liberou seu fundo de {amount}. Para evitar a prisão, você deve pagar a taxa do certificado antiterrorismo.
`,
    es: `
S: Propuesta de negocio urgente
S: Herencia de {amount} a su favor
S: Indemnización aprobada ({ref})
B: Soy abogado de un cliente fallecido con su mismo apellido que dejó un depósito de {amount} sin testamento. Le propongo presentarle como pariente más cercano y repartir los fondos.
B: Soy una viuda gravemente enferma y deseo donar la fortuna de mi difunto esposo, {amount}, a una persona de confianza.
B: Para completar la transferencia se requiere una pequeña tasa de gestión. Envíeme su nombre completo, dirección, teléfono y una copia de su documento.
B: Esta operación es legal y sin riesgo. Manténgala en estricta confidencialidad y responda a mi correo privado.
C: Responda con sus datos
S: Notificación de su tarjeta de cajero
S: Por favor confirme la recepción de este mensaje
S: Re: copia MT103 de la transferencia
B: Soy un oficial del ejército en misión de paz. Tengo en mi poder un baúl con {amount} y necesito un socio de confianza que lo reciba en su país.
B: Su pago de {amount} se ha cargado en una tarjeta de cajero y se le enviará por mensajería en cuanto pague el seguro y el envío.
B: Adjunto la copia MT103 como prueba de que la transferencia se ha iniciado. Los fondos llegarán cuando pague el certificado de liberación.
B: Tengo un negocio lucrativo que nos beneficiará a ambos. Confirme que este correo está activo y le daré los detalles.
`,
    fr: `
S: Proposition d'affaires urgente
S: Héritage de {amount} en votre faveur
S: Indemnisation approuvée ({ref})
B: Je suis avocat d'un client décédé portant votre nom de famille, qui a laissé un dépôt de {amount} sans testament. Je vous propose de vous présenter comme son plus proche parent et de partager les fonds.
B: Je suis une veuve gravement malade et je souhaite léguer la fortune de mon défunt mari, {amount}, à une personne de confiance.
B: Pour finaliser le transfert, des frais de dossier modestes sont nécessaires. Envoyez-moi votre nom complet, votre adresse, votre téléphone et une copie de votre pièce d'identité.
B: Cette transaction est légale et sans risque. Gardez-la strictement confidentielle et répondez à mon adresse privée.
C: Répondez avec vos coordonnées
S: Notification de votre carte de retrait
S: Merci de confirmer la réception de ce message
S: Re : copie MT103 du virement
B: Je suis officier en mission de maintien de la paix. J'ai en ma possession une malle contenant {amount} et j'ai besoin d'un partenaire de confiance pour la recevoir dans votre pays.
B: Votre paiement de {amount} a été chargé sur une carte de retrait et vous sera livré par coursier dès le règlement des frais d'assurance et de livraison.
B: Ci-joint la copie MT103 prouvant que le virement a été lancé. Les fonds arriveront après le paiement du certificat de déblocage.
B: J'ai un projet d'affaires lucratif pour nous deux. Confirmez que cette adresse est active et je vous donnerai les détails.
`,
    it: `
S: Proposta d'affari urgente
S: Eredità di {amount} a tuo favore
S: Risarcimento approvato ({ref})
B: Sono l'avvocato di un cliente defunto con il tuo stesso cognome, che ha lasciato un deposito di {amount} senza testamento. Ti propongo di presentarti come parente più prossimo e di dividere i fondi.
B: Sono una vedova gravemente malata e desidero donare il patrimonio del mio defunto marito, {amount}, a una persona affidabile.
B: Per completare il trasferimento è necessaria una piccola spesa di pratica. Inviami nome completo, indirizzo, telefono e copia di un documento.
B: Questa operazione è legale e senza rischi. Mantienila strettamente riservata e rispondi alla mia email privata.
C: Rispondi con i tuoi dati
S: Notifica della tua carta bancomat prepagata
S: Si prega di confermare la ricezione di questo messaggio
S: Re: copia MT103 del bonifico
B: Sono un ufficiale dell'esercito in missione di pace. Ho in mio possesso una cassa con {amount} e cerco un socio fidato che la riceva nel tuo paese.
B: Il tuo pagamento di {amount} è stato caricato su una carta bancomat e ti sarà consegnato dal corriere dopo il pagamento di assicurazione e spedizione.
B: In allegato la copia MT103 come prova che il bonifico è stato avviato. I fondi arriveranno dopo il pagamento del certificato di sblocco.
B: Ho un affare redditizio per entrambi. Conferma che questa email è attiva e ti darò i dettagli.
`,
  },
  loan: {
    en: `
S: Pre-approved: borrow up to {amount} today
S: Need cash fast? Get a loan at {pct}% interest
S: Your loan application has been accepted
S: Bad credit? No problem
B: We offer personal and business loans from {amount} at a fixed rate of {pct}% per year, with no credit check and money in your account within {hours} hours.
B: Whether you want to consolidate debts, buy a car or start a business, our private lenders can help, even if the banks said no.
B: Your application for a loan of {amount} has been pre-approved. Simply confirm your details and the funds will be released.
B: Contact us on WhatsApp at {phone} or reply to this email with the amount you need and the duration.
C: Apply now
C: Get my money
B: We offer personal and business loans from {amount} at {pct}% interest, with no credit check. Repayment over 1 to 30 years.
B: Congratulations, a credit line has been approved in your name. Reply with the amount you need and your monthly income.
`,
    de: `
S: Vorab genehmigt: bis zu {amount} sofort leihen
S: Schnell Geld benötigt? Kredit zu {pct}% Zinsen
S: Ihr Kreditantrag wurde angenommen
S: Kredit trotz Schufa
B: Wir bieten Privat- und Geschäftskredite ab {amount} zu einem festen Zinssatz von {pct}% pro Jahr, ohne Bonitätsprüfung und mit Auszahlung innerhalb von {hours} Stunden.
B: Ob Umschuldung, Autokauf oder Existenzgründung: unsere privaten Geldgeber helfen, auch wenn die Bank abgelehnt hat.
B: Ihr Antrag auf einen Kredit von {amount} wurde vorab genehmigt. Bestätigen Sie einfach Ihre Daten, dann wird das Geld ausgezahlt.
B: Schreiben Sie uns per WhatsApp an {phone} oder antworten Sie mit dem gewünschten Betrag und der Laufzeit.
C: Jetzt beantragen
C: Geld erhalten
B: Wir bieten Privat- und Geschäftskredite ab {amount} zu {pct}% Zinsen, ohne Schufa-Prüfung. Rückzahlung über 1 bis 30 Jahre.
B: Glückwunsch, eine Kreditlinie wurde auf Ihren Namen genehmigt. Antworten Sie mit dem gewünschten Betrag und Ihrem Monatseinkommen.
`,
    nl: `
S: Vooraf goedgekeurd: leen vandaag tot {amount}
S: Snel geld nodig? Lening tegen {pct}% rente
S: Uw leningaanvraag is geaccepteerd
S: Lenen met BKR-registratie? Geen probleem
B: Wij bieden persoonlijke en zakelijke leningen vanaf {amount} tegen een vaste rente van {pct}% per jaar, zonder kredietcontrole en binnen {hours} uur op uw rekening.
B: Of u nu schulden wilt samenvoegen, een auto wilt kopen of een bedrijf wilt starten: onze particuliere geldschieters helpen, ook als de bank nee zei.
B: Uw aanvraag voor een lening van {amount} is vooraf goedgekeurd. Bevestig uw gegevens en het geld wordt overgemaakt.
B: Stuur ons een WhatsApp-bericht op {phone} of antwoord met het bedrag en de looptijd.
C: Nu aanvragen
C: Geld ontvangen
B: Wij bieden persoonlijke en zakelijke leningen vanaf {amount} tegen {pct}% rente, zonder BKR-toetsing. Aflossen in 1 tot 30 jaar.
B: Gefeliciteerd, er is een kredietlijn op uw naam goedgekeurd. Antwoord met het bedrag dat u nodig heeft en uw maandinkomen.
`,
    pt: `
S: Pré-aprovado: empréstimo de até {amount} hoje
S: Precisa de dinheiro rápido? Crédito com juros de {pct}%
S: Seu pedido de empréstimo foi aceito
S: Nome sujo? Libere seu crédito
B: Oferecemos empréstimos pessoais e empresariais a partir de {amount} com juros fixos de {pct}% ao ano, sem consulta ao SPC/Serasa e dinheiro na conta em {hours} horas.
B: Quer quitar dívidas, comprar um carro ou abrir um negócio? Nossos credores particulares ajudam, mesmo que o banco tenha negado.
B: Seu pedido de empréstimo de {amount} foi pré-aprovado. Confirme seus dados e o valor será liberado.
B: Fale conosco pelo WhatsApp {phone} ou responda com o valor desejado e o prazo.
C: Solicitar agora
C: Liberar meu dinheiro
B: Oferecemos empréstimos pessoais e empresariais a partir de {amount} com juros de {pct}%, sem consulta ao SPC e Serasa. Pagamento de 1 a 30 anos.
B: Parabéns, uma linha de crédito foi aprovada em seu nome. Responda com o valor que precisa e sua renda mensal.
`,
    es: `
S: Preaprobado: préstamo de hasta {amount} hoy
S: ¿Necesita dinero rápido? Préstamo al {pct}%
B: Ofrecemos préstamos personales y de empresa desde {amount} a un interés fijo del {pct}% anual, sin consultar ASNEF y con el dinero en {hours} horas.
B: Su solicitud de préstamo de {amount} ha sido preaprobada. Confirme sus datos y liberaremos los fondos.
B: Escríbanos por WhatsApp al {phone} o responda con el importe y el plazo.
C: Solicitar ahora
`,
    fr: `
S: Pré-accordé : empruntez jusqu'à {amount} aujourd'hui
S: Besoin d'argent rapidement ? Prêt à {pct}%
B: Nous proposons des prêts personnels et professionnels à partir de {amount} à un taux fixe de {pct}% par an, sans vérification et avec les fonds sous {hours} heures.
B: Votre demande de prêt de {amount} a été pré-acceptée. Confirmez vos informations et les fonds seront débloqués.
B: Contactez-nous sur WhatsApp au {phone} ou répondez avec le montant et la durée souhaités.
C: Faire ma demande
`,
    it: `
S: Pre-approvato: prestito fino a {amount} oggi
S: Ti servono soldi subito? Prestito al {pct}%
B: Offriamo prestiti personali e aziendali da {amount} a un tasso fisso del {pct}% annuo, senza verifiche e con l'accredito in {hours} ore.
B: La tua richiesta di prestito di {amount} è stata pre-approvata. Conferma i tuoi dati e i fondi saranno sbloccati.
B: Scrivici su WhatsApp al {phone} oppure rispondi con l'importo e la durata.
C: Richiedi ora
`,
  },
  sextortion: {
    en: `
S: I know your password
S: Your device has been hacked
S: You have {hours} hours to pay
B: I have had access to your device for several months through malware I installed while you were visiting an adult website. I recorded you through your camera.
B: If you do not want the video sent to all your contacts, transfer {amount} in Bitcoin to this wallet: {wallet}
B: Once I receive the payment I will delete everything and you will never hear from me again. The clock starts when you open this email.
B: Do not try to contact the police or reply to this message: I will know, and the video will be published immediately.
`,
    de: `
S: Ich kenne Ihr Passwort
S: Ihr Gerät wurde gehackt
S: Sie haben {hours} Stunden Zeit zu zahlen
B: Ich habe seit Monaten Zugriff auf Ihr Gerät über eine Schadsoftware, die ich beim Besuch einer Erwachsenen-Webseite installiert habe. Ich habe Sie mit Ihrer Kamera aufgenommen.
B: Wenn Sie nicht wollen, dass das Video an alle Ihre Kontakte geht, überweisen Sie {amount} in Bitcoin an diese Wallet: {wallet}
B: Sobald die Zahlung eingeht, lösche ich alles und Sie hören nie wieder von mir. Die Frist beginnt, wenn Sie diese E-Mail öffnen.
B: Versuchen Sie nicht, die Polizei einzuschalten oder zu antworten: ich werde es merken, und das Video wird sofort veröffentlicht.
`,
    nl: `
S: Ik ken uw wachtwoord
S: Uw apparaat is gehackt
S: U heeft {hours} uur om te betalen
B: Ik heb al maanden toegang tot uw apparaat via malware die ik installeerde toen u een website voor volwassenen bezocht. Ik heb u gefilmd met uw camera.
B: Als u niet wilt dat de video naar al uw contacten gaat, maak dan {amount} in Bitcoin over naar deze wallet: {wallet}
B: Zodra ik de betaling ontvang, wis ik alles en hoort u nooit meer van mij. De tijd gaat lopen zodra u deze e-mail opent.
B: Probeer niet de politie in te schakelen of te antwoorden: ik merk het, en de video wordt meteen gepubliceerd.
`,
    pt: `
S: Eu sei a sua senha
S: Seu dispositivo foi invadido
S: Você tem {hours} horas para pagar
B: Tenho acesso ao seu dispositivo há meses por meio de um malware que instalei quando você visitou um site adulto. Gravei você pela sua câmera.
B: Se não quiser que o vídeo seja enviado a todos os seus contatos, transfira {amount} em Bitcoin para esta carteira: {wallet}
B: Assim que eu receber o pagamento, apago tudo e você nunca mais terá notícias minhas. O prazo começa quando você abre este e-mail.
B: Não tente chamar a polícia nem responder: eu saberei, e o vídeo será publicado imediatamente.
`,
    es: `
S: Conozco su contraseña
S: Su dispositivo ha sido hackeado
B: Tengo acceso a su dispositivo desde hace meses gracias a un malware que instalé cuando visitó un sitio para adultos. Le grabé con su cámara.
B: Si no quiere que el vídeo llegue a todos sus contactos, transfiera {amount} en Bitcoin a esta cartera: {wallet}
B: En cuanto reciba el pago lo borraré todo. El plazo empieza cuando abre este correo.
`,
    fr: `
S: Je connais votre mot de passe
S: Votre appareil a été piraté
B: J'ai accès à votre appareil depuis des mois grâce à un logiciel malveillant installé pendant votre visite d'un site pour adultes. Je vous ai filmé avec votre caméra.
B: Si vous ne voulez pas que la vidéo soit envoyée à tous vos contacts, transférez {amount} en Bitcoin sur ce portefeuille : {wallet}
B: Dès réception du paiement, je supprime tout. Le délai commence à l'ouverture de cet e-mail.
`,
    it: `
S: Conosco la tua password
S: Il tuo dispositivo è stato violato
S: Hai {hours} ore per pagare
B: Ho accesso al tuo dispositivo da mesi grazie a un malware che ho installato mentre visitavi un sito per adulti. Ti ho registrato con la tua webcam.
B: Se non vuoi che il video arrivi a tutti i tuoi contatti, trasferisci {amount} in Bitcoin a questo wallet: {wallet}
B: Appena ricevo il pagamento cancello tutto e non sentirai più parlare di me. Il tempo parte da quando apri questa email.
B: Non provare a chiamare la polizia o a rispondere: lo saprò, e il video sarà pubblicato subito.
`,
  },
  dating: {
    en: `
S: Hi, I saw your profile
S: {qty} women near you want to meet
S: New private message from {brand}
S: Are you free tonight?
B: Hello dear, I am {brand}, 28 years old, and I found your address on a dating site. I am looking for a serious and kind man. Would you like to see my photos?
B: There are {qty} single ladies in {city} looking for a discreet adventure right now. Registration is free for a limited time.
B: I am lonely in my new city and I would love to chat with you. Write to me on my private email and I will send you more pictures.
B: You have {qty} unread messages and a new match waiting. Log in to see who likes you.
C: See her photos
C: Read message
S: I am 23 and looking for a serious man
S: Did you get my last email?
S: She unlocked her photo for you
B: My name is {brand}, I am 23 years old and I live alone. I am not looking for games, I want a real man who knows what he wants. Tell me about yourself.
B: I wrote to you before but you did not answer. Maybe my letter went to spam? I am waiting for your reply, dear.
B: I will soon travel to your country for work and I would like to meet you. Send me your phone number and a photo.
`,
    de: `
S: Hallo, ich habe dein Profil gesehen
S: {qty} Frauen in deiner Nähe wollen dich treffen
S: Neue private Nachricht von {brand}
S: Hast du heute Abend Zeit?
B: Hallo mein Lieber, ich bin {brand}, 28 Jahre alt, und habe deine Adresse auf einer Dating-Seite gefunden. Ich suche einen ernsthaften und lieben Mann. Möchtest du meine Fotos sehen?
B: In {city} suchen gerade {qty} Singlefrauen ein diskretes Abenteuer. Die Anmeldung ist für kurze Zeit kostenlos.
B: Ich bin einsam in meiner neuen Stadt und würde gern mit dir schreiben. Schreib mir an meine private E-Mail, dann schicke ich dir mehr Bilder.
B: Du hast {qty} ungelesene Nachrichten und ein neues Match. Melde dich an und sieh, wer dich mag.
C: Ihre Fotos ansehen
C: Nachricht lesen
S: Ich bin 23 und suche einen ernsthaften Mann
S: Hast du meine letzte E-Mail bekommen?
S: Sie hat ihr Foto für dich freigeschaltet
B: Ich heiße {brand}, bin 23 Jahre alt und wohne allein. Ich suche keine Spielchen, sondern einen echten Mann, der weiß, was er will. Erzähl mir von dir.
B: Ich habe dir schon einmal geschrieben, aber du hast nicht geantwortet. Vielleicht ist mein Brief im Spam gelandet? Ich warte auf deine Antwort, mein Lieber.
B: Ich reise bald beruflich in dein Land und würde dich gern treffen. Schick mir deine Telefonnummer und ein Foto.
`,
    nl: `
S: Hoi, ik zag je profiel
S: {qty} vrouwen bij jou in de buurt willen afspreken
S: Nieuw privébericht van {brand}
S: Heb je vanavond tijd?
B: Hallo lieverd, ik ben {brand}, 28 jaar, en ik vond je adres op een datingsite. Ik zoek een serieuze en lieve man. Wil je mijn foto's zien?
B: In {city} zoeken op dit moment {qty} vrijgezelle vrouwen een discreet avontuur. Inschrijven is tijdelijk gratis.
B: Ik ben eenzaam in mijn nieuwe stad en wil graag met je chatten. Schrijf me op mijn privémail, dan stuur ik je meer foto's.
B: Je hebt {qty} ongelezen berichten en een nieuwe match. Log in en bekijk wie jou leuk vindt.
C: Bekijk haar foto's
C: Bericht lezen
S: Ik ben 23 en zoek een serieuze man
S: Heb je mijn laatste e-mail gekregen?
S: Ze heeft haar foto voor je vrijgegeven
B: Mijn naam is {brand}, ik ben 23 jaar en woon alleen. Ik zoek geen spelletjes, maar een echte man die weet wat hij wil. Vertel me over jezelf.
B: Ik heb je eerder geschreven, maar je antwoordde niet. Misschien kwam mijn brief in de spam terecht? Ik wacht op je antwoord, lieverd.
B: Ik kom binnenkort voor mijn werk naar jouw land en wil je graag ontmoeten. Stuur me je telefoonnummer en een foto.
`,
    pt: `
S: Oi, vi seu perfil
S: {qty} mulheres perto de você querem te conhecer
S: Nova mensagem privada de {brand}
S: Você está livre hoje à noite?
B: Olá querido, sou a {brand}, tenho 28 anos e encontrei seu endereço em um site de namoro. Procuro um homem sério e carinhoso. Quer ver minhas fotos?
B: Há {qty} mulheres solteiras em {city} procurando uma aventura discreta agora. O cadastro é grátis por tempo limitado.
B: Estou sozinha na minha nova cidade e adoraria conversar com você. Escreva no meu e-mail particular que eu mando mais fotos.
B: Você tem {qty} mensagens não lidas e um novo match. Entre e veja quem curtiu você.
C: Ver as fotos dela
C: Ler mensagem
S: Tenho 23 anos e procuro um homem sério
S: Você recebeu meu último e-mail?
S: Ela liberou a foto para você
B: Meu nome é {brand}, tenho 23 anos e moro sozinha. Não quero joguinhos, quero um homem de verdade que saiba o que quer. Me fale de você.
B: Já te escrevi antes, mas você não respondeu. Será que minha carta foi para o spam? Estou esperando sua resposta, querido.
B: Em breve vou viajar a trabalho para o seu país e gostaria de te conhecer. Me mande seu telefone e uma foto.
`,
    es: `
S: Hola, vi tu perfil
S: {qty} mujeres cerca de ti quieren conocerte
B: Hola cariño, soy {brand}, tengo 28 años y encontré tu dirección en una web de citas. Busco un hombre serio y cariñoso. ¿Quieres ver mis fotos?
B: Hay {qty} mujeres solteras en {city} buscando una aventura discreta ahora mismo. El registro es gratis por tiempo limitado.
B: Tienes {qty} mensajes sin leer y un nuevo match. Entra y mira a quién le gustas.
C: Ver sus fotos
S: Tengo 23 años y busco un hombre serio
S: ¿Recibiste mi último correo?
B: Me llamo {brand}, tengo 23 años y vivo sola. No busco juegos, quiero un hombre de verdad. Cuéntame algo de ti.
B: Te escribí antes pero no contestaste. ¿Quizás mi carta llegó a spam? Espero tu respuesta, cariño.
B: Pronto viajaré a tu país por trabajo y me gustaría conocerte. Envíame tu número de teléfono y una foto.
`,
    fr: `
S: Salut, j'ai vu ton profil
S: {qty} femmes près de chez toi veulent te rencontrer
B: Bonjour mon cher, je suis {brand}, 28 ans, et j'ai trouvé ton adresse sur un site de rencontre. Je cherche un homme sérieux et gentil. Tu veux voir mes photos ?
B: {qty} femmes célibataires à {city} cherchent une aventure discrète en ce moment. L'inscription est gratuite pour une durée limitée.
B: Tu as {qty} messages non lus et un nouveau match. Connecte-toi pour voir qui t'a aimé.
C: Voir ses photos
S: J'ai 23 ans et je cherche un homme sérieux
S: As-tu reçu mon dernier e-mail ?
B: Je m'appelle {brand}, j'ai 23 ans et je vis seule. Je ne cherche pas de jeux, je veux un vrai homme. Parle-moi de toi.
B: Je t'ai déjà écrit mais tu n'as pas répondu. Peut-être que ma lettre est arrivée dans les spams ? J'attends ta réponse, mon chéri.
B: Je vais bientôt venir dans ton pays pour le travail et j'aimerais te rencontrer. Envoie-moi ton numéro et une photo.
`,
    it: `
S: Ciao, ho visto il tuo profilo
S: {qty} donne vicino a te vogliono conoscerti
B: Ciao caro, sono {brand}, ho 28 anni e ho trovato il tuo indirizzo su un sito di incontri. Cerco un uomo serio e gentile. Vuoi vedere le mie foto?
B: Ci sono {qty} donne single a {city} che cercano un'avventura discreta proprio ora. L'iscrizione è gratuita per poco tempo.
B: Hai {qty} messaggi non letti e un nuovo match. Accedi e scopri a chi piaci.
C: Guarda le sue foto
S: Ho 23 anni e cerco un uomo serio
S: Hai ricevuto la mia ultima email?
B: Mi chiamo {brand}, ho 23 anni e vivo da sola. Non cerco giochi, voglio un uomo vero. Raccontami di te.
B: Ti ho già scritto ma non hai risposto. Forse la mia lettera è finita nello spam? Aspetto la tua risposta, caro.
B: Presto verrò nel tuo paese per lavoro e vorrei conoscerti. Mandami il tuo numero e una foto.
`,
  },
  pharma: {
    en: `
S: Lose up to 12 kg in a month without dieting
S: Doctors are stunned by this natural formula
S: Regain your confidence in the bedroom
S: The joint pain remedy pharmacies don't want you to know
B: This natural capsule burns fat while you sleep. Thousands of customers have already lost weight without exercise or hunger.
B: Our clinically tested formula increases blood flow and restores your stamina in just 30 minutes. Discreet delivery, no prescription needed.
B: Order today and get {qty} bottles for the price of one. Stock is limited because of the huge demand.
B: A simple trick discovered by a retired doctor lowers blood sugar naturally. Watch the free presentation before it is taken down.
C: Order now with {pct}% off
C: Watch the video
S: A 10-second morning ritual that melts belly fat
B: Researchers found that a 10-second ritual before breakfast burns stubborn belly fat. Thousands of readers already tried it.
B: A new weight loss injection is now available as a simple daily gummy. Lose up to 10 kg in the first month without diets or the gym.
B: Men over 40 are using this natural spray to restore their confidence in the bedroom. Discreet packaging and fast delivery.
B: Doctors recommend this formula for healthy arteries and normal blood pressure in only 28 days.
`,
    de: `
S: Bis zu 12 kg in einem Monat abnehmen – ohne Diät
S: Ärzte staunen über diese natürliche Formel
S: Gewinnen Sie Ihr Selbstvertrauen im Schlafzimmer zurück
S: Das Mittel gegen Gelenkschmerzen, das Apotheken verschweigen
B: Diese natürliche Kapsel verbrennt Fett, während Sie schlafen. Tausende Kunden haben bereits ohne Sport und Hunger abgenommen.
B: Unsere klinisch getestete Formel steigert die Durchblutung und stellt Ihre Ausdauer in nur 30 Minuten wieder her. Diskreter Versand, ohne Rezept.
B: Bestellen Sie heute und erhalten Sie {qty} Packungen zum Preis von einer. Der Vorrat ist wegen der großen Nachfrage begrenzt.
B: Ein einfacher Trick eines pensionierten Arztes senkt den Blutzucker auf natürliche Weise. Sehen Sie sich die kostenlose Präsentation an, bevor sie gelöscht wird.
C: Jetzt mit {pct}% Rabatt bestellen
C: Video ansehen
S: Ein 10-Sekunden-Ritual am Morgen lässt Bauchfett schmelzen
B: Forscher fanden heraus, dass ein 10-Sekunden-Ritual vor dem Frühstück hartnäckiges Bauchfett verbrennt. Tausende Leser haben es schon ausprobiert.
B: Die neue Abnehmspritze gibt es jetzt als einfaches tägliches Fruchtgummi. Bis zu 10 kg im ersten Monat, ohne Diät und Fitnessstudio.
B: Männer über 40 nutzen dieses natürliche Spray, um im Schlafzimmer wieder Selbstvertrauen zu haben. Diskrete Verpackung, schnelle Lieferung.
B: Ärzte empfehlen diese Formel für gesunde Arterien und normalen Blutdruck in nur 28 Tagen.
`,
    nl: `
S: Tot 12 kilo afvallen in een maand zonder dieet
S: Artsen staan versteld van deze natuurlijke formule
S: Krijg weer zelfvertrouwen in de slaapkamer
S: Het middel tegen gewrichtspijn dat apotheken verzwijgen
B: Deze natuurlijke capsule verbrandt vet terwijl u slaapt. Duizenden klanten zijn al afgevallen zonder sport of honger.
B: Onze klinisch geteste formule verbetert de doorbloeding en herstelt uw uithoudingsvermogen in slechts 30 minuten. Discrete levering, zonder recept.
B: Bestel vandaag en ontvang {qty} potjes voor de prijs van één. De voorraad is beperkt door de enorme vraag.
B: Een eenvoudige truc van een gepensioneerde arts verlaagt uw bloedsuiker op natuurlijke wijze. Bekijk de gratis presentatie voordat die offline gaat.
C: Nu bestellen met {pct}% korting
C: Bekijk de video
S: Een ochtendritueel van 10 seconden dat buikvet laat smelten
B: Onderzoekers ontdekten dat een ritueel van 10 seconden voor het ontbijt hardnekkig buikvet verbrandt. Duizenden lezers probeerden het al.
B: De nieuwe afslankinjectie is nu verkrijgbaar als eenvoudige dagelijkse gummy. Tot 10 kilo kwijt in de eerste maand, zonder dieet of sportschool.
B: Mannen boven de 40 gebruiken deze natuurlijke spray om in de slaapkamer hun zelfvertrouwen terug te krijgen. Discrete verpakking en snelle levering.
B: Artsen raden deze formule aan voor gezonde bloedvaten en een normale bloeddruk in slechts 28 dagen.
`,
    pt: `
S: Perca até 12 kg em um mês sem dieta
S: Médicos ficam impressionados com esta fórmula natural
S: Recupere sua confiança na cama
S: O remédio para dor nas articulações que as farmácias escondem
B: Esta cápsula natural queima gordura enquanto você dorme. Milhares de clientes já emagreceram sem exercícios e sem passar fome.
B: Nossa fórmula testada clinicamente aumenta a circulação e devolve o seu vigor em apenas 30 minutos. Entrega discreta, sem receita.
B: Peça hoje e leve {qty} frascos pelo preço de um. O estoque é limitado por causa da grande procura.
B: Um truque simples descoberto por um médico aposentado baixa a glicose naturalmente. Assista à apresentação gratuita antes que saia do ar.
C: Comprar com {pct}% de desconto
C: Assistir ao vídeo
S: Um ritual matinal de 10 segundos que derrete a gordura da barriga
B: Pesquisadores descobriram que um ritual de 10 segundos antes do café da manhã queima a gordura teimosa da barriga. Milhares de leitores já testaram.
B: A nova caneta para emagrecer agora existe em forma de goma diária. Perca até 10 kg no primeiro mês, sem dieta nem academia.
B: Homens acima dos 40 usam este spray natural para recuperar a confiança na cama. Embalagem discreta e entrega rápida.
B: Médicos recomendam esta fórmula para artérias saudáveis e pressão normal em apenas 28 dias.
`,
    es: `
S: Pierda hasta 12 kg en un mes sin dieta
S: Los médicos no se lo creen: fórmula natural
B: Esta cápsula natural quema grasa mientras duerme. Miles de clientes ya han adelgazado sin ejercicio ni hambre.
B: Nuestra fórmula probada clínicamente mejora la circulación y recupera su vigor en solo 30 minutos. Envío discreto, sin receta.
B: Pida hoy y reciba {qty} frascos por el precio de uno. Existencias limitadas.
C: Pedir con {pct}% de descuento
`,
    fr: `
S: Perdez jusqu'à 12 kg en un mois sans régime
S: Les médecins sont stupéfaits par cette formule naturelle
B: Cette gélule naturelle brûle les graisses pendant votre sommeil. Des milliers de clients ont déjà minci sans sport ni faim.
B: Notre formule testée cliniquement améliore la circulation et vous rend votre vigueur en 30 minutes. Livraison discrète, sans ordonnance.
B: Commandez aujourd'hui et recevez {qty} flacons pour le prix d'un. Stock limité.
C: Commander avec {pct}% de réduction
`,
    it: `
S: Perdi fino a 12 kg in un mese senza dieta
S: I medici sono sbalorditi da questa formula naturale
B: Questa capsula naturale brucia i grassi mentre dormi. Migliaia di clienti sono già dimagriti senza sport né fame.
B: La nostra formula testata clinicamente migliora la circolazione e ti restituisce il vigore in soli 30 minuti. Spedizione discreta, senza ricetta.
B: Ordina oggi e ricevi {qty} flaconi al prezzo di uno. Scorte limitate.
C: Ordina con lo sconto del {pct}%
`,
  },
  energy: {
    en: `
S: Check if you qualify for free solar panels
S: Government subsidy for heat pumps: last places available
S: Your energy bill could be {pct}% lower
S: Claim back up to {amount} of overpaid energy costs
B: Thanks to the new government scheme, homeowners in your area can have solar panels installed at no upfront cost. Check your eligibility in less than a minute.
B: The heat pump grant covers up to {pct}% of the installation. Budgets are limited and will be allocated on a first come, first served basis.
B: Many households paid too much for electricity last year. Our free check shows in two minutes how much you can reclaim.
B: Enter your postcode and the type of your roof, and a certified installer will contact you with a free quote.
C: Check my eligibility
C: Get a free quote
S: Act now: a complete efficiency upgrade for your home
S: Sustainable energy: the smart path to lower bills
B: Upgrade your home with new windows, insulation and a heat pump, and cut your bills this winter. Eligible homeowners pay nothing upfront.
B: Energy prices will rise again next year. Lock in your savings today with a solar battery and never depend on the grid again.
B: Your energy bill may have been too high. Homeowners in your area can claim back up to {amount}; check your eligibility in two minutes.
B: Switch without stress: we compare suppliers for you and show whether a lower tariff is available at your address.
`,
    de: `
S: Prüfen Sie, ob Sie Anspruch auf kostenlose Solaranlagen haben
S: Staatliche Förderung für Wärmepumpen: letzte Plätze frei
S: Ihre Stromrechnung könnte {pct}% niedriger sein
S: Holen Sie sich bis zu {amount} zu viel gezahlte Energiekosten zurück
B: Dank des neuen Förderprogramms können Hausbesitzer in Ihrer Region Solaranlagen ohne Anzahlung installieren lassen. Prüfen Sie Ihren Anspruch in weniger als einer Minute.
B: Der Zuschuss für Wärmepumpen deckt bis zu {pct}% der Installation. Die Mittel sind begrenzt und werden nach Eingang vergeben.
B: Viele Haushalte haben im letzten Jahr zu viel für Strom bezahlt. Unser kostenloser Check zeigt in zwei Minuten, wie viel Sie zurückfordern können.
B: Geben Sie Ihre Postleitzahl und Ihre Dachart ein, und ein zertifizierter Installateur meldet sich mit einem kostenlosen Angebot.
C: Anspruch prüfen
C: Kostenloses Angebot
S: Jetzt handeln: die komplette Energiesanierung für Ihr Zuhause
S: Nachhaltige Energie: der clevere Weg zu niedrigeren Rechnungen
B: Modernisieren Sie Ihr Haus mit neuen Fenstern, Dämmung und Wärmepumpe und senken Sie Ihre Kosten schon diesen Winter. Berechtigte Eigentümer zahlen nichts im Voraus.
B: Die Energiepreise steigen im nächsten Jahr erneut. Sichern Sie sich jetzt Ihre Ersparnis mit einem Solarspeicher und werden Sie unabhängig vom Netz.
B: Ihre Stromrechnung war womöglich zu hoch. Hausbesitzer in Ihrer Region können bis zu {amount} zurückfordern; prüfen Sie Ihren Anspruch in zwei Minuten.
B: Wechseln ohne Stress: wir vergleichen die Anbieter für Sie und zeigen, ob an Ihrer Adresse ein günstigerer Tarif möglich ist.
`,
    nl: `
S: Controleer of u recht heeft op gratis zonnepanelen
S: Subsidie voor warmtepompen: laatste plaatsen beschikbaar
S: Uw energierekening kan {pct}% lager
S: Claim tot {amount} aan te veel betaalde energiekosten terug
B: Dankzij de nieuwe regeling kunnen huiseigenaren in uw regio zonnepanelen laten plaatsen zonder aanbetaling. Controleer binnen een minuut of u in aanmerking komt.
B: De subsidie voor warmtepompen dekt tot {pct}% van de installatie. Het budget is beperkt en wordt verdeeld op volgorde van aanmelding.
B: Veel huishoudens betaalden vorig jaar te veel voor stroom. Onze gratis check laat in twee minuten zien hoeveel u kunt terugvragen.
B: Vul uw postcode en het type dak in, dan neemt een erkende installateur contact op met een gratis offerte.
C: Controleer mijn recht
C: Gratis offerte
S: Kom nu in actie: complete verduurzaming van uw woning
S: Duurzame energie: de slimme weg naar lagere rekeningen
B: Verduurzaam uw huis met nieuwe ramen, isolatie en een warmtepomp en verlaag uw rekening nog deze winter. Huiseigenaren die in aanmerking komen betalen niets vooraf.
B: De energieprijzen stijgen volgend jaar opnieuw. Zet uw besparing nu vast met een thuisbatterij en word onafhankelijk van het net.
B: Uw energierekening was mogelijk onterecht te hoog. Huiseigenaren in uw buurt kunnen tot {amount} terugkrijgen; check in twee minuten of u in aanmerking komt.
B: Overstappen zonder stress: wij vergelijken leveranciers en laten zien of er een lager energietarief op uw adres mogelijk is.
`,
    pt: `
S: Veja se você tem direito a energia solar sem custo
S: Programa de incentivo: últimas vagas para placas solares
S: Sua conta de luz pode ficar {pct}% mais barata
S: Receba de volta até {amount} pagos a mais na conta de luz
B: Com o novo programa, proprietários da sua região podem instalar placas solares sem entrada. Verifique se você tem direito em menos de um minuto.
B: O incentivo cobre até {pct}% da instalação. As vagas são limitadas e serão distribuídas por ordem de inscrição.
B: Muitas famílias pagaram demais na conta de luz no último ano. Nossa simulação gratuita mostra em dois minutos quanto você pode recuperar.
B: Informe seu CEP e o valor médio da sua conta, e um instalador credenciado entrará em contato com um orçamento grátis.
C: Simular economia
C: Orçamento grátis
S: Aja agora: reforma completa de eficiência para sua casa
S: Energia sustentável: o caminho inteligente para contas menores
B: Modernize sua casa com energia solar e bateria e reduza a conta já neste verão. Proprietários aprovados não pagam nada no início.
B: A conta de luz vai subir de novo no próximo ano. Garanta sua economia hoje e fique livre das bandeiras tarifárias.
B: Sua conta de luz pode estar alta demais. Moradores da sua região podem economizar até {amount} por ano; consulte em dois minutos.
B: Troque sem burocracia: comparamos as opções e mostramos se há uma tarifa menor disponível no seu endereço.
`,
    es: `
S: Compruebe si tiene derecho a placas solares gratis
S: Subvención para bombas de calor: últimas plazas
B: Gracias al nuevo programa, los propietarios de su zona pueden instalar placas solares sin coste inicial. Compruebe si cumple los requisitos en menos de un minuto.
B: La subvención cubre hasta el {pct}% de la instalación. El presupuesto es limitado.
B: Introduzca su código postal y un instalador certificado le enviará un presupuesto gratuito.
C: Comprobar requisitos
`,
    fr: `
S: Vérifiez si vous avez droit à des panneaux solaires gratuits
S: Aide pour pompe à chaleur : dernières places
S: Faites des économies sur vos factures d'énergie
B: Grâce au nouveau dispositif, les propriétaires de votre secteur peuvent faire installer des panneaux solaires sans avance de frais. Vérifiez votre éligibilité en moins d'une minute.
B: La prime couvre jusqu'à {pct}% de l'installation d'une pompe à chaleur. Les budgets sont limités.
B: Indiquez votre code postal et un installateur certifié RGE vous contactera avec un devis gratuit.
C: Vérifier mon éligibilité
`,
    it: `
S: Verifica se hai diritto a pannelli solari gratis
S: Incentivi per la pompa di calore: ultimi posti
B: Grazie al nuovo programma, i proprietari della tua zona possono installare pannelli solari senza anticipo. Verifica i requisiti in meno di un minuto.
B: L'incentivo copre fino al {pct}% dell'installazione. I fondi sono limitati.
B: Inserisci il tuo CAP e un installatore certificato ti invierà un preventivo gratuito.
C: Verifica i requisiti
`,
  },
  casino: {
    en: `
S: {qty} free spins are waiting for you
S: Your welcome bonus of {amount} has been credited
S: Jackpot alert: play now and win big
B: Your account has been credited with {qty} free spins on our most popular slot. No deposit needed, winnings paid out instantly.
B: Deposit today and we double it up to {amount}. Hundreds of games, live dealers and weekly tournaments.
B: A lucky player from {city} won {amount} yesterday. Your next spin could be the big one!
C: Play now
C: Collect my spins
B: Verify your account and get 200 free spins with no deposit required. Winnings of up to {amount} can be withdrawn instantly.
B: Your welcome package is waiting: a {pct}% match on your first deposit plus free spins on our most popular slots.
`,
    de: `
S: {qty} Freispiele warten auf Sie
S: Ihr Willkommensbonus von {amount} wurde gutgeschrieben
S: Jackpot-Alarm: jetzt spielen und groß gewinnen
B: Ihrem Konto wurden {qty} Freispiele für unseren beliebtesten Slot gutgeschrieben. Keine Einzahlung nötig, Gewinne werden sofort ausgezahlt.
B: Zahlen Sie heute ein und wir verdoppeln bis zu {amount}. Hunderte Spiele, Live-Dealer und wöchentliche Turniere.
B: Ein Glückspilz aus {city} hat gestern {amount} gewonnen. Ihr nächster Dreh könnte der große sein!
C: Jetzt spielen
C: Freispiele abholen
B: Bestätigen Sie Ihr Konto und erhalten Sie 200 Freispiele ohne Einzahlung. Gewinne bis zu {amount} können sofort ausgezahlt werden.
B: Ihr Willkommenspaket wartet: {pct}% Bonus auf Ihre erste Einzahlung plus Freispiele an unseren beliebtesten Automaten.
`,
    nl: `
S: {qty} gratis spins wachten op je
S: Je welkomstbonus van {amount} is bijgeschreven
S: Jackpot-alarm: speel nu en win groot
B: Je account is aangevuld met {qty} gratis spins op onze populairste gokkast. Geen storting nodig, winst direct uitbetaald.
B: Stort vandaag en wij verdubbelen het tot {amount}. Honderden spellen, live dealers en wekelijkse toernooien.
B: Een geluksvogel uit {city} won gisteren {amount}. Jouw volgende spin kan de grote zijn!
C: Speel nu
C: Spins ophalen
B: Verifieer uw account en ontvang 200 gratis spins zonder storting. Winsten tot {amount} kunt u direct opnemen.
B: Uw welkomstpakket staat klaar: {pct}% bonus op uw eerste storting plus gratis spins op onze populairste gokkasten.
`,
    pt: `
S: {qty} giros grátis estão esperando por você
S: Seu bônus de boas-vindas de {amount} foi creditado
S: Alerta de jackpot: jogue agora e ganhe muito
B: Sua conta recebeu {qty} giros grátis no nosso slot mais popular. Sem depósito, ganhos pagos na hora via Pix.
B: Deposite hoje e nós dobramos até {amount}. Centenas de jogos, cassino ao vivo e torneios semanais.
B: Um jogador de {city} ganhou {amount} ontem. Sua próxima rodada pode ser a grande!
C: Jogar agora
C: Pegar meus giros
B: Verifique sua conta e ganhe 200 giros grátis sem depósito. Ganhos de até {amount} podem ser sacados na hora.
B: Seu pacote de boas-vindas está esperando: {pct}% de bônus no primeiro depósito mais giros grátis nos caça-níqueis mais populares.
`,
    es: `
S: {qty} tiradas gratis te esperan
S: Tu bono de bienvenida de {amount} ya está disponible
B: Tu cuenta tiene {qty} tiradas gratis en nuestra tragaperras más popular. Sin depósito, ganancias pagadas al instante.
B: Deposita hoy y lo duplicamos hasta {amount}. Cientos de juegos y torneos semanales.
B: Un jugador de {city} ganó {amount} ayer. ¡Tu próxima tirada puede ser la buena!
C: Jugar ahora
`,
    fr: `
S: {qty} tours gratuits vous attendent
S: Votre bonus de bienvenue de {amount} a été crédité
B: Votre compte a été crédité de {qty} tours gratuits sur notre machine à sous la plus populaire. Sans dépôt, gains versés immédiatement.
B: Déposez aujourd'hui et nous doublons jusqu'à {amount}. Des centaines de jeux et des tournois chaque semaine.
B: Un joueur de {city} a gagné {amount} hier. Votre prochain tour pourrait être le bon !
C: Jouer maintenant
`,
    it: `
S: {qty} giri gratis ti aspettano
S: Il tuo bonus di benvenuto di {amount} è stato accreditato
B: Sul tuo conto sono stati accreditati {qty} giri gratis sulla nostra slot più popolare. Nessun deposito, vincite pagate subito.
B: Deposita oggi e raddoppiamo fino a {amount}. Centinaia di giochi e tornei settimanali.
B: Un giocatore di {city} ha vinto {amount} ieri. Il tuo prossimo giro potrebbe essere quello giusto!
C: Gioca ora
`,
  },
  'get-rich': {
    en: `
S: How a nurse from {city} makes {amount} a week from home
S: This AI trading robot turned {amount} into a fortune
S: Secret investment method revealed on live TV
S: Your spot in the program is reserved until {date}
B: Our artificial intelligence trades cryptocurrencies automatically and made an average profit of {pct}% per month for its members. You only need a deposit of {amount} to start.
B: Ordinary people are quitting their jobs thanks to this platform that the banks tried to ban. Watch the interview before it is removed.
B: A personal account manager will call you to set up your account and guide you through your first trades.
B: Places are limited to {qty} new members this week. Register now and start earning passive income today.
C: Start earning now
C: Reserve my spot
S: The famous founder's new platform that banks want to stop
S: Experts stunned: savers are doubling their money
B: A well-known tech entrepreneur explained on a talk show how his new platform helps ordinary savers grow rich. The central bank is furious.
B: Invest just {amount} today and let the algorithm do the rest. Withdrawals are possible at any time.
B: Join our accelerator program and learn how to earn your first {amount} online in 30 days, even without experience.
S: The method that left the experts speechless
S: Famous presenter reveals his secret live on air
S: Banks want this interview taken down
B: In a live interview, a well-known TV presenter explained how he earns thousands every week with an automated platform. The bank's lawyers tried to stop the broadcast.
B: The financial experts in the studio were speechless when the system turned a deposit of {amount} into a profit in front of the cameras.
B: Registration is open for new members in {city} only until {date}. After that the platform closes to the public.
`,
    de: `
S: Wie eine Krankenschwester aus {city} {amount} pro Woche von zu Hause verdient
S: Dieser KI-Trading-Roboter machte aus {amount} ein Vermögen
S: Geheime Investmentmethode live im Fernsehen enthüllt
S: Ihr Platz im Programm ist bis zum {date} reserviert
B: Unsere künstliche Intelligenz handelt automatisch mit Kryptowährungen und erzielte für ihre Mitglieder durchschnittlich {pct}% Gewinn pro Monat. Zum Start genügt eine Einzahlung von {amount}.
B: Normale Menschen kündigen ihren Job dank dieser Plattform, die die Banken verbieten wollten. Sehen Sie sich das Interview an, bevor es gelöscht wird.
B: Ein persönlicher Kontomanager ruft Sie an, richtet Ihr Konto ein und begleitet Sie bei den ersten Trades.
B: Die Plätze sind diese Woche auf {qty} neue Mitglieder begrenzt. Registrieren Sie sich jetzt und verdienen Sie passives Einkommen.
C: Jetzt Geld verdienen
C: Platz sichern
S: Die neue Plattform des berühmten Gründers, die Banken stoppen wollen
S: Experten verblüfft: Sparer verdoppeln ihr Geld
B: Ein bekannter Tech-Unternehmer erklärte in einer Talkshow, wie seine neue Plattform normalen Sparern zu Reichtum verhilft. Die Zentralbank ist wütend.
B: Investieren Sie heute nur {amount} und lassen Sie den Algorithmus den Rest erledigen. Auszahlungen sind jederzeit möglich.
B: Werden Sie Teil unseres Programms und lernen Sie, in 30 Tagen Ihre ersten {amount} online zu verdienen, auch ohne Erfahrung.
S: Die Methode, die Experten sprachlos machte
S: Bekannter Moderator verrät sein Geheimnis live im Fernsehen
S: Die Banken wollen dieses Interview löschen lassen
B: In einem Live-Interview erklärte ein bekannter Fernsehmoderator, wie er mit einer automatischen Plattform jede Woche Tausende verdient. Die Anwälte der Bank wollten die Sendung stoppen.
B: Die Finanzexperten im Studio waren sprachlos, als das System vor laufender Kamera aus einer Einzahlung von {amount} Gewinn machte.
B: Die Anmeldung für neue Mitglieder aus {city} ist nur bis zum {date} offen. Danach schließt die Plattform für die Öffentlichkeit.
B: Der Bitcoin-Kurs steigt rasant. Steigen Sie jetzt ein: Mit einer Einzahlung von {amount} handelt die Software automatisch für Sie.
B: Nach dem Preisverfall bei Kryptowährungen ist jetzt die Chance auf künftige Gewinne. Tausende Deutsche nutzen die Plattform bereits.
`,
    nl: `
S: Hoe een verpleegster uit {city} {amount} per week verdient vanuit huis
S: Deze AI-handelsrobot maakte van {amount} een fortuin
S: Geheime beleggingsmethode onthuld op live tv
S: Uw plek in het programma is gereserveerd tot {date}
B: Onze kunstmatige intelligentie handelt automatisch in cryptovaluta en behaalde voor haar leden gemiddeld {pct}% winst per maand. U heeft maar {amount} nodig om te beginnen.
B: Gewone mensen zeggen hun baan op dankzij dit platform dat de banken wilden verbieden. Bekijk het interview voordat het wordt verwijderd.
B: Een persoonlijke accountmanager belt u om uw account in te richten en u te begeleiden bij uw eerste transacties.
B: Er zijn deze week maar {qty} plaatsen voor nieuwe leden. Meld u nu aan en verdien vandaag nog passief inkomen.
C: Begin nu met verdienen
C: Reserveer mijn plek
S: Het nieuwe platform van de bekende oprichter dat banken willen stoppen
S: Experts verbijsterd: spaarders verdubbelen hun geld
B: Een bekende techondernemer vertelde in een talkshow hoe zijn nieuwe platform gewone spaarders rijk maakt. De centrale bank is woedend.
B: Investeer vandaag maar {amount} en laat het algoritme de rest doen. Opnemen kan op elk moment.
B: Doe mee aan ons programma en leer in 30 dagen uw eerste {amount} online te verdienen, ook zonder ervaring.
S: De methode waar experts van versteld stonden
S: Bekende presentator onthult zijn geheim live op tv
S: Banken willen dat dit interview offline gaat
B: In een live-interview vertelde een bekende tv-presentator hoe hij elke week duizenden verdient met een automatisch platform. De advocaten van de bank wilden de uitzending stoppen.
B: De financiële experts in de studio waren sprakeloos toen het systeem voor de camera's van een inleg van {amount} winst maakte.
B: Nieuwe leden uit {city} kunnen zich alleen nog tot {date} aanmelden. Daarna sluit het platform voor het publiek.
`,
    pt: `
S: Como uma enfermeira de {city} ganha {amount} por semana em casa
S: Este robô de trading com IA transformou {amount} em uma fortuna
S: Método secreto de investimento revelado ao vivo na TV
S: Sua vaga no programa está reservada até {date}
B: Nossa inteligência artificial opera criptomoedas automaticamente e teve lucro médio de {pct}% ao mês para os membros. Você só precisa de um depósito de {amount} para começar.
B: Pessoas comuns estão largando o emprego graças a esta plataforma que os bancos tentaram proibir. Assista à entrevista antes que seja removida.
B: Um gerente de conta pessoal vai ligar para você para configurar sua conta e acompanhar suas primeiras operações.
B: As vagas são limitadas a {qty} novos membros esta semana. Cadastre-se agora e comece a ter renda passiva hoje.
C: Começar a lucrar
C: Garantir minha vaga
S: A nova plataforma do empresário famoso que os bancos querem barrar
S: Especialistas surpresos: poupadores estão dobrando o dinheiro
B: Um empresário de tecnologia conhecido contou em um programa de TV como sua nova plataforma ajuda pessoas comuns a enriquecer. O Banco Central está furioso.
B: Invista apenas {amount} hoje e deixe o algoritmo fazer o resto. Os saques podem ser feitos a qualquer momento.
B: Entre no nosso programa e aprenda a ganhar seus primeiros {amount} pela internet em 30 dias, mesmo sem experiência.
S: O método que deixou os especialistas sem palavras
S: Apresentador famoso revela seu segredo ao vivo
S: Os bancos querem tirar esta entrevista do ar
B: Em uma entrevista ao vivo, um apresentador famoso contou como ganha milhares por semana com uma plataforma automática. Os advogados do banco tentaram impedir a transmissão.
B: Os especialistas financeiros no estúdio ficaram sem palavras quando o sistema transformou um depósito de {amount} em lucro diante das câmeras.
B: As inscrições para novos membros de {city} estão abertas só até {date}. Depois disso a plataforma fecha para o público.
B: O bitcoin não para de subir. Entre agora: com um depósito de {amount}, o robô opera automaticamente para você.
B: Milhares de brasileiros já usam a plataforma para ter uma renda extra todos os meses.
`,
    es: `
S: Cómo una enfermera de {city} gana {amount} a la semana desde casa
S: Este robot de trading con IA convirtió {amount} en una fortuna
B: Nuestra inteligencia artificial opera con criptomonedas automáticamente y obtuvo un beneficio medio del {pct}% al mes. Solo necesita un depósito de {amount} para empezar.
B: Personas normales dejan su trabajo gracias a esta plataforma que los bancos quisieron prohibir.
B: Un gestor personal le llamará para abrir su cuenta y acompañarle en sus primeras operaciones.
C: Empezar a ganar
S: El método que dejó sin palabras a los expertos
S: Un presentador famoso revela su secreto en directo
B: En una entrevista en directo, un conocido presentador explicó cómo gana miles cada semana con una plataforma automática. Los abogados del banco intentaron detener la emisión.
B: Los expertos del plató se quedaron sin palabras cuando el sistema convirtió un depósito de {amount} en beneficios ante las cámaras.
B: La inscripción para nuevos miembros de {city} solo está abierta hasta el {date}.
`,
    fr: `
S: Comment une infirmière de {city} gagne {amount} par semaine depuis chez elle
S: Ce robot de trading IA a transformé {amount} en fortune
B: Notre intelligence artificielle négocie les cryptomonnaies automatiquement et a réalisé un gain moyen de {pct}% par mois. Un dépôt de {amount} suffit pour commencer.
B: Des gens ordinaires quittent leur emploi grâce à cette plateforme que les banques ont voulu interdire.
B: Un gestionnaire de compte personnel vous appellera pour ouvrir votre compte et vous accompagner.
C: Commencer à gagner
S: La méthode qui a laissé les experts sans voix
S: Un présentateur célèbre révèle son secret en direct
B: Lors d'une interview en direct, un présentateur connu a expliqué comment il gagne des milliers chaque semaine grâce à une plateforme automatique. Les avocats de la banque ont tenté d'arrêter la diffusion.
B: Les experts financiers du plateau sont restés sans voix quand le système a transformé un dépôt de {amount} en bénéfice devant les caméras.
B: Les inscriptions des nouveaux membres de {city} ne sont ouvertes que jusqu'au {date}.
`,
    it: `
S: Come un'infermiera di {city} guadagna {amount} a settimana da casa
S: Questo robot di trading con IA ha trasformato {amount} in una fortuna
B: La nostra intelligenza artificiale opera sulle criptovalute in automatico e ha ottenuto un profitto medio del {pct}% al mese. Basta un deposito di {amount} per iniziare.
B: Persone comuni lasciano il lavoro grazie a questa piattaforma che le banche volevano vietare.
B: Un account manager personale ti chiamerà per aprire il conto e seguirti nelle prime operazioni.
C: Inizia a guadagnare
S: Il metodo che ha lasciato gli esperti senza parole
S: Un conduttore famoso rivela il suo segreto in diretta
B: In un'intervista in diretta, un noto conduttore televisivo ha spiegato come guadagna migliaia di euro ogni settimana con una piattaforma automatica. Gli avvocati della banca hanno cercato di fermare la trasmissione.
B: Gli esperti finanziari in studio sono rimasti senza parole quando il sistema ha trasformato un deposito di {amount} in profitto davanti alle telecamere.
B: Le iscrizioni per i nuovi membri di {city} sono aperte solo fino al {date}.
`,
  },
}

/** The brands of every kind, both rounds. */
export const BRANDS: Record<LureKind, Partial<Record<Lang | 'any', string[]>>> = { ...FIRST_BRANDS, ...GENRE_BRANDS }

/** Subject, body and call to action banks of every kind, both rounds. */
export const TEXT: Record<LureKind, Partial<Record<Lang, string>>> = { ...FIRST_TEXT, ...GENRE_TEXT }
