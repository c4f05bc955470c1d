// The second round of synthetic lure text (issue 10): genres the first round
// (lure_text.ts) did not cover, written for this project in our own words after
// reading which genres and pretexts exist in the TRAINING part of the modern
// corpus (no sentence of it is copied; its evaluation part was never read).
// Same format, placeholders and split rule as lure_text.ts; the generator
// (synth_lures.ts) treats these kinds like the others.
import type { Lang } from './lure_text'

export const GENRE_KINDS = [
  'points', 'document', 'fine', 'storage', 'survey', 'product', 'insurance', 'job', 'illicit', 'b2b', 'charity',
] as const
export type GenreKind = (typeof GENRE_KINDS)[number]

export const GENRE_BRANDS: Record<GenreKind, Partial<Record<Lang | 'any', string[]>>> = {
  points: {
    any: ['Rewards Club', 'Cashback Center', 'Points Program', 'Card Benefits'],
    en: ['Avios', 'Chase Rewards', 'Membership Rewards'],
    de: ['Payback', 'DeutschlandCard', 'Miles & More', 'Sparkasse'],
    nl: ['Air Miles', 'Flying Blue', 'ING', 'Rabobank'],
    pt: ['Livelo', 'Esfera', 'Smiles', 'Bradesco', 'Banco do Brasil', 'Itaú Personnalité', 'Caixa', 'Ourocard'],
    es: ['Travel Club', 'Iberia Club', 'BBVA'],
    fr: ['Chèques-Vacances', 'Flying Blue', 'Carte Club'],
    it: ['Payback Italia', 'Poste Premia', 'MilleMiglia'],
  },
  document: { any: ['DocuSign', 'Adobe Sign', 'SharePoint', 'OneDrive', 'Dropbox', 'WeTransfer', 'Google Drive', 'Voicemail Service', 'eFax', 'Microsoft Teams', 'Document Center', 'Accounts Department', 'Scan to Email'] },
  fine: {
    any: ['Government Services', 'Toll Services', 'Traffic Enforcement'],
    en: ['DVLA', 'E-ZPass', 'HMRC', 'IRS', 'Parking Services', 'Court Services', 'SSA'],
    de: ['Bußgeldstelle', 'Finanzamt', 'Maut Service', 'Polizei', 'Amtsgericht', 'Bundesamt für Justiz'],
    nl: ['CJIB', 'Belastingdienst', 'RDW', 'Parkeerbeheer', 'Toeslagen'],
    pt: ['Detran', 'Gov.br', 'Receita Federal', 'Polícia Rodoviária Federal', 'Sem Parar', 'Tribunal de Justiça'],
    es: ['DGT', 'Agencia Tributaria', 'Peajes Autopista'],
    fr: ['ANTAI', 'impots.gouv', 'Mon Compte Formation', 'Ulys'],
    it: ['Agenzia delle Entrate', 'Polizia Municipale', 'Telepass', 'Autostrade'],
  },
  storage: { any: ['iCloud', 'Google One', 'OneDrive', 'Dropbox', 'Cloud Storage', 'Photo Backup', 'Webmail Admin', 'Mail Server', 'Storage Center', 'Cloud Service'] },
  survey: {
    any: ['Customer Survey', 'Rewards Team', 'Mystery Box', 'Member Gift', 'Shell', 'Decathlon', 'Rituals', 'Douglas', 'Starbucks', 'Home Depot', 'Makita', 'DeWalt'],
    de: ['ADAC', 'DEKRA', 'Europa-Park', 'Parkside', 'EDEKA', 'REWE', 'Kaufland', 'TÜV'],
    nl: ['ANWB', 'Center Parcs', 'Landal', 'Albert Heijn', 'Kruidvat', 'Efteling'],
    pt: ['Magazine Luiza', 'Boticário', 'Americanas', 'Porto Seguro'],
    es: ['RACE', 'Leroy Merlin', 'Carrefour'],
    fr: ['Cdiscount', 'Leroy Merlin', 'Norauto'],
    it: ['ACI', 'Leroy Merlin', 'Esselunga'],
  },
  product: { any: ['Translator Pro', 'HeatBox', 'WiFi Go', 'NightView Glasses', 'PhotoStick', 'Comfort Insoles', 'Hearing Clear', 'Hair Revive', 'Joint Flex', 'CBD Relief', 'Sugar Balance', 'Posture Fix', 'Nail Clear', 'Cool Breeze'] },
  insurance: {
    any: ['Health Plan Center', 'Insurance Quotes', 'Auto Protection', 'Home Warranty', 'Subsidy Desk', 'Benefits Advisor'],
    de: ['Krankenkassen-Vergleich', 'Dämmung Förderung', 'Heimspeicher Aktion', 'Fenster-Förderung'],
    nl: ['Zorgverzekering Vergelijker', 'Isolatie Subsidie', 'Thuisbatterij Actie', 'Kozijnen Advies'],
    pt: ['Amil Saúde', 'Plano de Saúde Já', 'Seguro Auto Fácil', 'SulAmérica Saúde'],
    es: ['Seguro Salud Plus', 'Ayudas Aislamiento'],
    fr: ['Mutuelle Santé', 'Isolation Aide', 'Prime Fenêtres'],
    it: ['Assicurazione Salute', 'Bonus Infissi', 'Cappotto Termico Incentivi'],
  },
  job: { any: ['HR Department', 'Recruitment Team', 'Talent Agency', 'Remote Jobs', 'Global Staffing', 'Mrs. Linda Carter', 'Hiring Manager', 'Career Center'] },
  illicit: { any: ['Trusted Vendor', 'Discreet Shop', 'Premium Docs', 'Card Vendor', 'Shroom Store', 'Pharma Direct', 'Street Supply', 'Dark Tools'] },
  b2b: { any: ['SEO Expert', 'Web Design Team', 'Guest Post Desk', 'Digital Marketing Agency', 'Lead Generation', 'Estimating Services', 'Export Supplier', 'App Development Company'] },
  charity: { any: ['Relief Foundation', 'Children Aid Fund', 'Hope Foundation', 'Disaster Relief Team', 'Mrs. Margaret Ellis', 'Orphanage Support', 'Water for Villages'] },
}

/** Subject, body and call to action banks by kind and language (format: top of lure_text.ts). */
export const GENRE_TEXT: Record<GenreKind, Partial<Record<Lang, string>>> = {
  points: {
    en: `
S: Your {qty} reward points expire in {hours} hours
S: Last chance to redeem your cashback balance
S: {name}, your points are about to be cancelled
S: Pre-approved credit limit of {amount} on your card
S: Welcome to Premium: your new benefits are waiting
S: Redeem your points for cash today ({ref})
S: Your miles will be forfeited on {date}
S: Unclaimed cashback: {amount} available
S: Your card has been upgraded to Black
B: Your card programme shows {qty} accumulated points that will expire on {date}. Exchange them now for products, air miles or a credit on your card before they are lost.
B: You have a cashback balance of {amount} waiting for you. To transfer it to your account, confirm your card details on the redemption page.
B: Points that are not redeemed by the deadline are removed from your balance without compensation, according to the programme rules.
B: Good news: thanks to your excellent history, a new credit limit of {amount} has been pre-approved for you. Activate it in a few clicks.
B: Your account has been promoted to the Premium category. To unlock the exclusive benefits and the new limit, validate your registration.
B: The redemption is free of charge and the value is credited within 24 hours after the confirmation of your data.
B: Your points can be exchanged for cash directly in your bank account, with up to {pct}% off your next statement.
B: We noticed you have not used your accumulated bonus this year. Do not let your benefits go to waste.
B: To protect you, only customers who confirm their card number and security code can redeem the balance.
B: Your travel miles are about to lapse. Convert them into a gift card worth {amount} before the offer closes.
B: Our records show an unclaimed refund of {amount} linked to your card. Enter your details to receive it.
B: This is an automatic notice from the benefits programme about points linked to your card.
C: Redeem my points
C: Claim cashback
C: Activate limit
`,
    de: `
S: Ihre {qty} Bonuspunkte verfallen in {hours} Stunden
S: Letzte Chance: Cashback-Guthaben einlösen
S: {name}, Ihre Punkte werden bald gelöscht
S: Vorab genehmigter Kreditrahmen von {amount} für Ihre Karte
S: Willkommen bei Premium: Ihre neuen Vorteile warten
S: Punkte heute in Bargeld umwandeln ({ref})
S: Ihre Meilen verfallen am {date}
S: Nicht abgerufenes Cashback: {amount} verfügbar
S: Ihre Karte wurde auf Black hochgestuft
B: In Ihrem Kartenprogramm sind {qty} Punkte gesammelt, die am {date} verfallen. Tauschen Sie sie jetzt gegen Prämien, Meilen oder eine Gutschrift ein, bevor sie verloren gehen.
B: Auf Sie wartet ein Cashback-Guthaben von {amount}. Um es auf Ihr Konto zu übertragen, bestätigen Sie Ihre Kartendaten auf der Einlöseseite.
B: Punkte, die nicht bis zur Frist eingelöst werden, werden gemäß den Programmbedingungen ersatzlos aus Ihrem Guthaben entfernt.
B: Gute Nachricht: Dank Ihrer guten Zahlungshistorie wurde ein neuer Kreditrahmen von {amount} für Sie vorab genehmigt. Aktivieren Sie ihn mit wenigen Klicks.
B: Ihr Konto wurde in die Premium-Kategorie hochgestuft. Um die exklusiven Vorteile freizuschalten, bestätigen Sie Ihre Registrierung.
B: Die Einlösung ist kostenlos, der Betrag wird innerhalb von 24 Stunden nach Bestätigung Ihrer Daten gutgeschrieben.
B: Ihre Punkte können direkt als Bargeld auf Ihr Bankkonto ausgezahlt werden, mit bis zu {pct}% Rabatt auf Ihre nächste Abrechnung.
B: Sie haben Ihren gesammelten Bonus dieses Jahr noch nicht genutzt. Lassen Sie Ihre Vorteile nicht verfallen.
B: Zu Ihrem Schutz können nur Kunden, die Kartennummer und Prüfziffer bestätigen, das Guthaben einlösen.
B: Ihre Prämienmeilen laufen bald ab. Wandeln Sie sie in einen Gutschein über {amount} um, solange das Angebot gilt.
B: Laut unseren Unterlagen steht Ihnen eine nicht abgerufene Erstattung von {amount} zu. Geben Sie Ihre Daten ein, um sie zu erhalten.
B: Dies ist eine automatische Mitteilung des Vorteilsprogramms zu den Punkten Ihrer Karte.
C: Punkte einlösen
C: Cashback abholen
C: Kreditrahmen aktivieren
`,
    nl: `
S: Uw {qty} spaarpunten vervallen over {hours} uur
S: Laatste kans om uw cashbacktegoed te verzilveren
S: {name}, uw punten worden binnenkort geschrapt
S: Vooraf goedgekeurde kredietlimiet van {amount} op uw pas
S: Welkom bij Premium: uw nieuwe voordelen staan klaar
S: Wissel uw punten vandaag in voor geld ({ref})
S: Uw miles vervallen op {date}
S: Niet-opgehaalde cashback: {amount} beschikbaar
S: Uw creditcard is opgewaardeerd naar Black
B: In uw spaarprogramma staan {qty} punten die op {date} vervallen. Wissel ze nu in voor producten, miles of een tegoed op uw kaart voordat ze verloren gaan.
B: Er staat een cashbacktegoed van {amount} voor u klaar. Bevestig uw kaartgegevens op de inwisselpagina om het naar uw rekening over te maken.
B: Punten die niet vóór de deadline worden ingewisseld, worden volgens het reglement zonder vergoeding van uw saldo afgeschreven.
B: Goed nieuws: dankzij uw uitstekende betaalgedrag is een nieuwe kredietlimiet van {amount} vooraf voor u goedgekeurd. Activeer hem met een paar klikken.
B: Uw rekening is gepromoveerd naar de Premium-categorie. Bevestig uw registratie om de exclusieve voordelen te ontgrendelen.
B: Het inwisselen is gratis en het bedrag wordt binnen 24 uur na bevestiging van uw gegevens bijgeschreven.
B: Uw punten kunnen direct als geld naar uw bankrekening worden overgemaakt, met tot {pct}% korting op uw volgende afschrift.
B: U heeft uw opgebouwde bonus dit jaar nog niet gebruikt. Laat uw voordelen niet verloren gaan.
B: Voor uw veiligheid kunnen alleen klanten die hun kaartnummer en beveiligingscode bevestigen het tegoed innen.
B: Uw reismiles verlopen binnenkort. Zet ze om in een cadeaukaart van {amount} zolang de actie loopt.
B: Volgens onze gegevens staat er een niet-opgehaalde terugbetaling van {amount} op uw naam. Vul uw gegevens in om die te ontvangen.
B: Dit is een automatisch bericht van het voordeelprogramma over de punten op uw kaart.
C: Punten inwisselen
C: Cashback ophalen
C: Limiet activeren
`,
    pt: `
S: Seus {qty} pontos expiram em {hours} horas
S: Última chance de resgatar seu saldo de cashback
S: {name}, seus pontos serão cancelados
S: Limite pré-aprovado de {amount} no seu cartão
S: Bem-vindo ao Prime: seus novos benefícios esperam por você
S: Troque seus pontos por dinheiro hoje ({ref})
S: Suas milhas vencem em {date}
S: Valores a receber: {amount} disponível em seu CPF
S: Você alcançou o cartão Black
B: Seu programa de fidelidade mostra {qty} pontos acumulados que vencem em {date}. Troque agora por produtos, milhas aéreas ou crédito na fatura antes que sejam perdidos.
B: Você possui um saldo de cashback de {amount} aguardando resgate. Para transferir para sua conta, confirme os dados do seu cartão na página de resgate.
B: Os pontos não resgatados até o prazo final são retirados do seu saldo sem compensação, conforme o regulamento do programa.
B: Boa notícia: graças ao seu excelente histórico, um novo limite de crédito de {amount} foi pré-aprovado para você. Ative em poucos cliques.
B: Sua conta foi promovida para a categoria Prime. Para liberar os benefícios exclusivos e o novo limite, valide seu cadastro.
B: O resgate é gratuito e o valor cai na sua conta em até 24 horas após a confirmação dos dados.
B: Seus pontos podem ser trocados por dinheiro direto na conta, com até {pct}% de desconto na próxima fatura.
B: Notamos que você ainda não utilizou o bônus acumulado neste ano. Não deixe seus benefícios vencerem.
B: Para sua segurança, somente clientes que confirmarem o número do cartão e o código de segurança podem resgatar o saldo.
B: Existem valores esquecidos vinculados ao seu CPF no sistema do Banco Central. Consulte e solicite a devolução de {amount} ainda hoje.
B: Consta em nosso sistema um reembolso não resgatado de {amount} vinculado ao seu cartão. Informe seus dados para receber.
B: Este é um aviso automático do programa de benefícios sobre os pontos vinculados ao seu cartão.
C: Resgatar meus pontos
C: Resgatar cashback
C: Ativar limite
B: Informamos que seus pontos do programa de bônus vão expirar. Conclua o resgate ainda hoje e troque por produtos, milhas ou desconto na fatura.
B: Seu saldo foi liberado para resgate. Autorização: {ref}. O valor pode ser transferido para qualquer conta via Pix.
`,
    es: `
S: Sus {qty} puntos caducan en {hours} horas
S: Última oportunidad para canjear su saldo de cashback
S: Límite de crédito preaprobado de {amount} en su tarjeta
S: Canjee hoy sus puntos por dinero ({ref})
S: Sus millas caducarán el {date}
S: Su tarjeta ha sido mejorada a Black
B: Su programa de fidelidad muestra {qty} puntos acumulados que caducan el {date}. Cámbielos ahora por productos, millas o saldo antes de perderlos.
B: Tiene un saldo de cashback de {amount} pendiente. Para transferirlo a su cuenta, confirme los datos de su tarjeta en la página de canje.
B: Los puntos no canjeados antes de la fecha límite se eliminan de su saldo sin compensación.
B: Gracias a su buen historial, le hemos preaprobado un nuevo límite de {amount}. Actívelo en pocos clics.
B: El canje es gratuito y el importe se abona en 24 horas tras confirmar sus datos.
B: Por su seguridad, solo los clientes que confirmen el número de tarjeta y el código de seguridad pueden canjear el saldo.
B: Sus millas de viaje están a punto de caducar. Conviértalas en una tarjeta regalo de {amount}.
B: Este es un aviso automático del programa de ventajas sobre los puntos de su tarjeta.
C: Canjear mis puntos
C: Activar límite
`,
    fr: `
S: Vos {qty} points expirent dans {hours} heures
S: Dernière chance d'utiliser votre cagnotte cashback
S: Plafond de crédit pré-approuvé de {amount} sur votre carte
S: Convertissez vos points en argent aujourd'hui ({ref})
S: Vos Chèques-Vacances expirent le {date}
S: Votre carte passe au niveau Premium
B: Votre programme de fidélité affiche {qty} points cumulés qui expirent le {date}. Échangez-les maintenant contre des produits, des miles ou un avoir avant qu'ils ne soient perdus.
B: Une cagnotte de {amount} vous attend. Pour la virer sur votre compte, confirmez les données de votre carte sur la page de remboursement.
B: Les points non utilisés avant la date limite sont retirés de votre solde sans compensation.
B: Grâce à votre excellent historique, un nouveau plafond de {amount} vous a été pré-accordé. Activez-le en quelques clics.
B: Le remboursement est gratuit et la somme est versée sous 24 heures après confirmation de vos données.
B: Pour votre sécurité, seuls les clients qui confirment le numéro de carte et le cryptogramme peuvent récupérer le solde.
B: Vos chèques non utilisés seront perdus. Demandez dès maintenant leur conversion en carte cadeau de {amount}.
B: Ceci est un avis automatique du programme d'avantages concernant les points de votre carte.
C: Utiliser mes points
C: Activer le plafond
`,
    it: `
S: I tuoi {qty} punti scadono tra {hours} ore
S: Ultima occasione per riscattare il tuo cashback
S: Fido pre-approvato di {amount} sulla tua carta
S: Converti oggi i tuoi punti in denaro ({ref})
S: Le tue miglia scadono il {date}
S: La tua carta è passata al livello Black
B: Il tuo programma fedeltà mostra {qty} punti accumulati che scadono il {date}. Convertili ora in premi, miglia o credito prima che vadano persi.
B: Hai un saldo cashback di {amount} in attesa. Per trasferirlo sul conto, conferma i dati della carta nella pagina di riscatto.
B: I punti non riscattati entro la scadenza vengono cancellati dal saldo senza rimborso.
B: Grazie al tuo ottimo storico, ti abbiamo pre-approvato un nuovo fido di {amount}. Attivalo in pochi clic.
B: Il riscatto è gratuito e l'importo viene accreditato entro 24 ore dalla conferma dei dati.
B: Per la tua sicurezza, solo chi conferma numero della carta e codice di sicurezza può riscattare il saldo.
B: Le tue miglia stanno per scadere. Trasformale in una carta regalo da {amount}.
B: Questo è un avviso automatico del programma vantaggi sui punti della tua carta.
C: Riscatta i miei punti
C: Attiva il fido
`,
  },
  document: {
    en: `
S: {brand}: a document has been shared with you
S: Please review and sign: agreement {ref}
S: You have a new voicemail (0:{hours})
S: Incoming fax: {qty} pages received
S: Payment advice attached, remittance {ref}
S: Secure message: PDF statement enclosed
S: Pending signature: contract for {email}
S: New file waiting in your secure folder
S: Copy of your wire transfer confirmation
B: A document has been shared with you through our secure file service. To open it, sign in with your email password on the viewer page.
B: You have received a document for electronic signature. Review the terms and sign before {date}, otherwise the envelope will expire.
B: A voicemail was left for you by an external caller. Listen to the recording through the web portal; the message will be deleted after {days} days.
B: The attached remittance advice confirms a payment of {amount} to your account. The file is protected: the password is 1234.
B: Please find the invoice and the statement for {amount} in the encrypted attachment. Use the last four digits of your phone number to open it.
B: Your fax of {qty} pages could not be displayed in your mailbox. Download it from the online document centre.
B: The sender has requested a read receipt. The link expires in {hours} hours and can only be opened once.
B: This file was scanned and found to be safe. Authenticate with your company credentials to access the shared folder.
B: Our finance team sent the transfer confirmation as requested. Kindly check the attached copy and confirm receipt.
B: Due to the size of the files, they are stored on our cloud drive. Verify your email to continue to the download.
B: {name}, I have uploaded the documents you asked for. Let me know once you have reviewed them.
B: This notification was sent by the document service on behalf of the sender.
C: Open document
C: Review and sign
C: Play voicemail
`,
    de: `
S: {brand}: Ein Dokument wurde für Sie freigegeben
S: Bitte prüfen und unterschreiben: Vertrag {ref}
S: Sie haben eine neue Sprachnachricht (0:{hours})
S: Eingehendes Fax: {qty} Seiten empfangen
S: Zahlungsavis anbei, Überweisung {ref}
S: Sichere Nachricht: PDF-Kontoauszug beigefügt
S: Ausstehende Unterschrift für {email}
S: Neue Datei in Ihrem sicheren Ordner
S: Kopie Ihrer Überweisungsbestätigung
B: Über unseren sicheren Dateidienst wurde ein Dokument für Sie freigegeben. Um es zu öffnen, melden Sie sich auf der Vorschauseite mit Ihrem E-Mail-Passwort an.
B: Sie haben ein Dokument zur elektronischen Unterschrift erhalten. Prüfen und unterzeichnen Sie es vor dem {date}, sonst verfällt der Umschlag.
B: Ein externer Anrufer hat Ihnen eine Sprachnachricht hinterlassen. Hören Sie die Aufnahme im Webportal an; sie wird nach {days} Tagen gelöscht.
B: Das beigefügte Zahlungsavis bestätigt eine Zahlung von {amount} an Sie. Die Datei ist geschützt, das Passwort lautet 1234.
B: Rechnung und Kontoauszug über {amount} finden Sie im verschlüsselten Anhang. Öffnen Sie ihn mit den letzten vier Ziffern Ihrer Telefonnummer.
B: Ihr Fax mit {qty} Seiten konnte im Postfach nicht angezeigt werden. Laden Sie es im Online-Dokumentenzentrum herunter.
B: Der Absender hat eine Lesebestätigung angefordert. Der Link läuft in {hours} Stunden ab und kann nur einmal geöffnet werden.
B: Diese Datei wurde geprüft und ist sicher. Melden Sie sich mit Ihren Firmenzugangsdaten an, um den freigegebenen Ordner zu öffnen.
B: Unsere Finanzabteilung hat wie gewünscht die Überweisungsbestätigung gesendet. Bitte prüfen Sie die Kopie und bestätigen Sie den Erhalt.
B: Wegen der Dateigröße liegen die Unterlagen in unserem Cloud-Laufwerk. Bestätigen Sie Ihre E-Mail-Adresse, um zum Download zu gelangen.
B: {name}, ich habe die angeforderten Unterlagen hochgeladen. Geben Sie mir Bescheid, wenn Sie sie durchgesehen haben.
B: Diese Benachrichtigung wurde vom Dokumentendienst im Auftrag des Absenders gesendet.
C: Dokument öffnen
C: Prüfen und unterschreiben
C: Nachricht abspielen
`,
    nl: `
S: {brand}: er is een document met u gedeeld
S: Graag controleren en ondertekenen: overeenkomst {ref}
S: U heeft een nieuw voicemailbericht (0:{hours})
S: Inkomende fax: {qty} pagina's ontvangen
S: Betalingsadvies bijgevoegd, overboeking {ref}
S: Beveiligd bericht: pdf-overzicht bijgevoegd
S: Handtekening in afwachting voor {email}
S: Nieuw bestand in uw beveiligde map
S: Kopie van uw bevestiging van overboeking
B: Via onze beveiligde bestandsdienst is een document met u gedeeld. Log op de viewerpagina in met uw e-mailwachtwoord om het te openen.
B: U heeft een document ontvangen voor elektronische ondertekening. Controleer en onderteken het vóór {date}, anders vervalt de envelop.
B: Een externe beller heeft een voicemail voor u ingesproken. Beluister de opname via het webportaal; het bericht wordt na {days} dagen verwijderd.
B: Het bijgevoegde betalingsadvies bevestigt een betaling van {amount} aan u. Het bestand is beveiligd, het wachtwoord is 1234.
B: De factuur en het overzicht van {amount} vindt u in de versleutelde bijlage. Open die met de laatste vier cijfers van uw telefoonnummer.
B: Uw fax van {qty} pagina's kon niet in uw mailbox worden weergegeven. Download hem in het online documentcentrum.
B: De afzender heeft om een leesbevestiging gevraagd. De link verloopt over {hours} uur en kan maar één keer worden geopend.
B: Dit bestand is gescand en veilig bevonden. Meld u aan met uw zakelijke inloggegevens om de gedeelde map te openen.
B: Onze financiële afdeling heeft de bevestiging van de overboeking gestuurd zoals gevraagd. Controleer de kopie en bevestig de ontvangst.
B: Vanwege de grootte staan de bestanden op onze clouddrive. Verifieer uw e-mailadres om door te gaan naar de download.
B: {name}, ik heb de gevraagde documenten geüpload. Laat me weten wanneer je ze hebt bekeken.
B: Deze melding is namens de afzender verstuurd door de documentdienst.
C: Document openen
C: Controleren en ondertekenen
C: Voicemail afspelen
`,
    pt: `
S: {brand}: um documento foi compartilhado com você
S: Revise e assine: contrato {ref}
S: Você tem uma nova mensagem de voz (0:{hours})
S: Fax recebido: {qty} páginas
S: Comprovante de pagamento anexo, transferência {ref}
S: Mensagem segura: extrato em PDF anexo
S: Documento pendente de assinatura para {email}
S: Novo arquivo na sua pasta segura
S: Cópia do comprovante de transferência
B: Um documento foi compartilhado com você pelo nosso serviço seguro de arquivos. Para abri-lo, entre com a senha do seu e-mail na página de visualização.
B: Seu documento digital está pronto para análise e assinatura eletrônica. Revise os termos e assine antes de {date}, caso contrário o envelope expira.
B: Uma mensagem de voz foi deixada para você por um contato externo. Ouça a gravação no portal; ela será apagada após {days} dias.
B: O comprovante em anexo confirma um pagamento de {amount} em seu favor. O arquivo é protegido, a senha é 1234.
B: A nota fiscal e o boleto de {amount} estão no anexo criptografado. Use os quatro últimos dígitos do seu CPF para abrir.
B: Seu fax de {qty} páginas não pôde ser exibido na caixa de entrada. Baixe no centro de documentos online.
B: O remetente solicitou confirmação de leitura. O link expira em {hours} horas e só pode ser aberto uma vez.
B: Este arquivo foi verificado e é seguro. Autentique-se com suas credenciais corporativas para acessar a pasta compartilhada.
B: Nosso financeiro enviou o comprovante de transferência conforme solicitado. Confira a cópia e confirme o recebimento.
B: Devido ao tamanho, os arquivos estão em nosso drive na nuvem. Verifique seu e-mail para continuar o download.
B: {name}, subi os documentos que você pediu. Me avise quando tiver analisado.
B: Esta notificação foi enviada pelo serviço de documentos em nome do remetente.
C: Abrir documento
C: Revisar e assinar
C: Ouvir mensagem
`,
    es: `
S: {brand}: se ha compartido un documento con usted
S: Revise y firme: contrato {ref}
S: Tiene un nuevo mensaje de voz (0:{hours})
S: Justificante de transferencia adjunto {ref}
S: Mensaje seguro: extracto en PDF adjunto
S: Nuevo archivo en su carpeta segura
B: Se ha compartido un documento con usted mediante nuestro servicio seguro. Para abrirlo, inicie sesión con la contraseña de su correo.
B: Ha recibido un documento para firma electrónica. Revíselo y fírmelo antes del {date}; después el sobre caduca.
B: Un llamante externo le ha dejado un mensaje de voz. Escuche la grabación en el portal web antes de que se borre.
B: El justificante adjunto confirma un pago de {amount} a su favor. El archivo está protegido, la contraseña es 1234.
B: La factura de {amount} está en el adjunto cifrado. Ábralo con los cuatro últimos dígitos de su teléfono.
B: El remitente ha solicitado confirmación de lectura. El enlace caduca en {hours} horas.
B: Por su tamaño, los archivos están en nuestra nube. Verifique su correo para continuar con la descarga.
B: Esta notificación la envía el servicio de documentos en nombre del remitente.
C: Abrir documento
C: Revisar y firmar
`,
    fr: `
S: {brand} : un document a été partagé avec vous
S: À vérifier et signer : contrat {ref}
S: Vous avez un nouveau message vocal (0:{hours})
S: Avis de virement joint {ref}
S: Message sécurisé : relevé PDF joint
S: Nouveau fichier dans votre dossier sécurisé
B: Un document a été partagé avec vous via notre service de fichiers sécurisé. Pour l'ouvrir, connectez-vous avec le mot de passe de votre messagerie.
B: Vous avez reçu un document à signer électroniquement. Vérifiez-le et signez avant le {date}, sinon l'enveloppe expire.
B: Un correspondant externe vous a laissé un message vocal. Écoutez l'enregistrement sur le portail avant sa suppression.
B: L'avis joint confirme un paiement de {amount} en votre faveur. Le fichier est protégé, le mot de passe est 1234.
B: La facture de {amount} se trouve dans la pièce jointe chiffrée. Ouvrez-la avec les quatre derniers chiffres de votre téléphone.
B: L'expéditeur a demandé un accusé de lecture. Le lien expire dans {hours} heures.
B: En raison de leur taille, les fichiers sont stockés sur notre cloud. Vérifiez votre adresse e-mail pour poursuivre le téléchargement.
B: Cette notification est envoyée par le service de documents pour le compte de l'expéditeur.
C: Ouvrir le document
C: Vérifier et signer
`,
    it: `
S: {brand}: è stato condiviso un documento con te
S: Da verificare e firmare: contratto {ref}
S: Hai un nuovo messaggio vocale (0:{hours})
S: Contabile del bonifico allegata {ref}
S: Messaggio sicuro: estratto conto PDF allegato
S: Nuovo file nella tua cartella protetta
B: È stato condiviso un documento con te tramite il nostro servizio sicuro. Per aprirlo, accedi con la password della tua email.
B: Hai ricevuto un documento da firmare elettronicamente. Controllalo e firmalo entro il {date}, altrimenti la busta scade.
B: Un chiamante esterno ti ha lasciato un messaggio vocale. Ascolta la registrazione sul portale prima che venga eliminata.
B: La contabile allegata conferma un pagamento di {amount} a tuo favore. Il file è protetto, la password è 1234.
B: La fattura di {amount} è nell'allegato cifrato. Aprilo con le ultime quattro cifre del tuo telefono.
B: Il mittente ha richiesto una conferma di lettura. Il link scade tra {hours} ore.
B: Per le dimensioni, i file sono nel nostro cloud. Verifica la tua email per continuare il download.
B: Questa notifica è inviata dal servizio documenti per conto del mittente.
C: Apri documento
C: Verifica e firma
`,
  },
  fine: {
    en: `
S: Unpaid toll: final notice ({ref})
S: Traffic violation recorded on {date}
S: Your tax refund of {amount} is ready
S: Outstanding parking penalty: pay within {days} days
S: Notice of court proceedings against you
S: Your driving licence will be suspended
S: Important: your tax record needs updating
S: Benefit payment pending: confirm your eligibility
S: Official notice: new record available for view
B: Our records show an unpaid toll charge of {amount} for a trip on {date}. Pay the balance now to avoid a late fee and referral to a collection agency.
B: A speed camera recorded a violation by a vehicle registered in your name. Pay the fine of {amount} online to keep the reduced rate.
B: After the annual calculation of your tax, you are eligible for a refund of {amount}. Submit the refund form with your bank details to receive it.
B: If the penalty is not settled within {days} days, the amount will be doubled and points will be added to your licence.
B: A hearing has been scheduled in your case. Download the summons and the list of documents you need to bring.
B: Your tax identification number shows irregularities and will be cancelled unless you regularise your situation before {date}.
B: The payment can be made by card through the official portal. The reference number of the case is {ref}.
B: You are entitled to a one-off support payment. Confirm your identity and your bank account to receive the funds.
B: Failure to respond will result in enforcement measures, including the seizure of your vehicle.
B: Your e-toll account has insufficient funds and your tag has been deactivated. Top up to avoid penalties.
B: This message was sent by the online services portal. Please do not reply to it.
B: You can view the photo of the violation and contest it online within {days} days.
C: Pay now
C: View notice
C: Claim refund
`,
    de: `
S: Offene Mautgebühr: letzte Mahnung ({ref})
S: Verkehrsverstoß vom {date} festgestellt
S: Ihre Steuererstattung über {amount} ist bereit
S: Offenes Verwarnungsgeld: zahlbar innerhalb von {days} Tagen
S: Mitteilung über ein gerichtliches Verfahren gegen Sie
S: Ihr Führerschein wird entzogen
S: Wichtig: Ihre Steuerdaten müssen aktualisiert werden
S: Auszahlung ausstehend: bestätigen Sie Ihren Anspruch
S: Amtliche Mitteilung: neues Dokument abrufbar
B: Laut unseren Unterlagen ist eine Mautgebühr von {amount} für eine Fahrt am {date} offen. Begleichen Sie den Betrag jetzt, um Säumniszuschläge und ein Inkassoverfahren zu vermeiden.
B: Eine Radarkontrolle hat einen Verstoß eines auf Sie zugelassenen Fahrzeugs erfasst. Zahlen Sie das Bußgeld von {amount} online, um den ermäßigten Satz zu behalten.
B: Nach der jährlichen Berechnung Ihrer Steuer haben Sie Anspruch auf eine Erstattung von {amount}. Reichen Sie das Formular mit Ihrer Bankverbindung ein.
B: Wird das Verwarnungsgeld nicht innerhalb von {days} Tagen beglichen, verdoppelt sich der Betrag und es gibt Punkte in Flensburg.
B: In Ihrer Sache wurde ein Termin anberaumt. Laden Sie die Ladung und die Liste der mitzubringenden Unterlagen herunter.
B: Ihre Steuer-Identifikationsnummer weist Unregelmäßigkeiten auf und wird gelöscht, wenn Sie Ihre Angaben nicht bis zum {date} berichtigen.
B: Die Zahlung ist per Karte über das offizielle Portal möglich. Das Aktenzeichen lautet {ref}.
B: Ihnen steht eine einmalige Unterstützungszahlung zu. Bestätigen Sie Ihre Identität und Ihr Bankkonto, um das Geld zu erhalten.
B: Ohne Reaktion werden Vollstreckungsmaßnahmen eingeleitet, bis hin zur Pfändung Ihres Fahrzeugs.
B: Ihr Mautkonto ist nicht gedeckt und Ihre Box wurde deaktiviert. Laden Sie Guthaben auf, um Strafgebühren zu vermeiden.
B: Diese Nachricht wurde vom Online-Serviceportal versendet. Bitte antworten Sie nicht darauf.
B: Das Beweisfoto können Sie online ansehen und innerhalb von {days} Tagen Einspruch einlegen.
C: Jetzt bezahlen
C: Bescheid ansehen
C: Erstattung beantragen
`,
    nl: `
S: Onbetaalde tol: laatste aanmaning ({ref})
S: Verkeersovertreding geregistreerd op {date}
S: Uw belastingteruggave van {amount} staat klaar
S: Openstaande parkeerboete: betaal binnen {days} dagen
S: Kennisgeving van een gerechtelijke procedure
S: Uw rijbewijs wordt ingetrokken
S: Belangrijk: uw belastinggegevens moeten worden bijgewerkt
S: Uitbetaling in behandeling: bevestig uw recht
S: Officieel bericht: nieuw document in uw berichtenbox
B: Volgens onze gegevens staat er een tolheffing van {amount} open voor een rit op {date}. Betaal nu om een boete en incassokosten te voorkomen.
B: Een flitspaal heeft een overtreding geregistreerd van een voertuig op uw naam. Betaal de boete van {amount} online om het verlaagde tarief te houden.
B: Na de jaarlijkse berekening heeft u recht op een teruggave van {amount}. Vul het formulier met uw bankgegevens in om die te ontvangen.
B: Wordt de boete niet binnen {days} dagen betaald, dan wordt het bedrag verhoogd en volgt een dwangbevel.
B: Er is een zitting gepland in uw zaak. Download de dagvaarding en de lijst met stukken die u moet meenemen.
B: Uw burgerservicenummer vertoont onregelmatigheden en wordt geblokkeerd als u uw gegevens niet vóór {date} corrigeert.
B: U kunt betalen met iDEAL via het officiële portaal. Het dossiernummer is {ref}.
B: U heeft recht op een eenmalige energietoeslag. Bevestig uw identiteit en rekeningnummer om het bedrag te ontvangen.
B: Zonder reactie volgen invorderingsmaatregelen, tot beslaglegging op uw voertuig toe.
B: Uw tolbadge heeft onvoldoende saldo en is gedeactiveerd. Waardeer op om boetes te voorkomen.
B: Dit bericht is verstuurd door het online serviceportaal. U kunt er niet op antwoorden.
B: U kunt de foto van de overtreding online bekijken en binnen {days} dagen bezwaar maken.
C: Nu betalen
C: Bericht bekijken
C: Teruggave aanvragen
`,
    pt: `
S: Pedágio em aberto: último aviso ({ref})
S: Infração de trânsito registrada em {date}
S: Sua restituição do IRPF de {amount} foi liberada
S: Multa pendente: pague em até {days} dias
S: Notificação judicial: processo em seu nome
S: Sua CNH será suspensa
S: Importante: seu CPF será cancelado
S: Benefício pendente: confirme seus dados
S: Comunicado oficial: novo documento disponível
B: Consta em nosso sistema uma tarifa de pedágio de {amount} referente à passagem em {date}. Quite agora para evitar multa e inscrição na dívida ativa.
B: Um radar registrou uma infração cometida por veículo em seu nome. Pague a multa de {amount} online com desconto de {pct}%.
B: Após o processamento da sua declaração, você tem direito a uma restituição de {amount}. Informe seus dados bancários para receber.
B: Se a taxa de regularização não for paga em {days} dias, o valor será dobrado e pontos serão somados à sua carteira.
B: Foi aberto um processo em seu nome. Baixe a intimação e a lista de documentos para a audiência.
B: Foi iniciado o processo de cancelamento do seu Cadastro de Pessoa Física por inconsistências. Regularize sua situação até {date}.
B: O pagamento pode ser feito por Pix ou cartão no portal oficial. O número do protocolo é {ref}.
B: Você tem direito a um benefício emergencial. Confirme sua identidade e sua conta para receber o valor.
B: A falta de resposta resultará em medidas de cobrança, inclusive a apreensão do veículo.
B: Sua tag de pedágio está sem saldo e foi desativada. Recarregue para evitar multas.
B: Esta mensagem foi enviada pelo portal de serviços. Não responda.
B: Você pode ver a foto da infração e apresentar defesa online em até {days} dias.
C: Pagar agora
C: Ver notificação
C: Solicitar restituição
B: Comunicado oficial: consta uma infração com pontuação grave vinculada à sua CNH. Pague a taxa de regularização para evitar a suspensão.
B: Foi liberado um saldo de restituição do IRPF em seu nome. Confirme seus dados para receber o valor na sua conta.
`,
    es: `
S: Peaje impagado: último aviso ({ref})
S: Infracción de tráfico registrada el {date}
S: Su devolución de {amount} está lista
S: Multa pendiente: pague en {days} días
S: Notificación judicial: atención requerida
S: Su permiso de conducir será suspendido
B: Consta un peaje impagado de {amount} por un trayecto del {date}. Pague ahora para evitar recargos y el envío a una agencia de cobro.
B: Un radar ha registrado una infracción de un vehículo a su nombre. Pague la multa de {amount} online con la reducción del {pct}%.
B: Tras el cálculo anual, tiene derecho a una devolución de {amount}. Envíe el formulario con sus datos bancarios.
B: Si la sanción no se abona en {days} días, el importe se duplicará.
B: Se ha abierto un procedimiento a su nombre. Descargue la citación y la lista de documentos.
B: El pago puede hacerse con tarjeta en el portal oficial. La referencia del expediente es {ref}.
B: Sin respuesta se iniciará el embargo de su vehículo.
B: Este mensaje lo envía el portal de servicios en línea. No responda.
C: Pagar ahora
C: Ver notificación
`,
    fr: `
S: Péage impayé : dernier avis ({ref})
S: Infraction routière constatée le {date}
S: Votre remboursement d'impôt de {amount} est prêt
S: Amende en attente : à régler sous {days} jours
S: Vos droits CPF vont expirer
S: Votre permis de conduire va être suspendu
B: Un péage de {amount} pour un trajet du {date} reste impayé. Réglez-le maintenant pour éviter une majoration et le recouvrement.
B: Un radar a constaté une infraction d'un véhicule immatriculé à votre nom. Payez l'amende de {amount} en ligne au tarif minoré.
B: Après le calcul annuel de votre impôt, vous avez droit à un remboursement de {amount}. Envoyez le formulaire avec votre RIB.
B: Sans paiement sous {days} jours, l'amende sera majorée.
B: Vos droits à la formation de {amount} seront perdus s'ils ne sont pas utilisés avant le {date}. Vérifiez votre éligibilité.
B: Le paiement se fait par carte sur le portail officiel. La référence du dossier est {ref}.
B: Sans réponse, des mesures d'exécution seront engagées.
B: Ce message est envoyé par le portail des services en ligne. Merci de ne pas y répondre.
C: Payer maintenant
C: Voir l'avis
`,
    it: `
S: Pedaggio non pagato: ultimo avviso ({ref})
S: Infrazione stradale rilevata il {date}
S: Il tuo rimborso fiscale di {amount} è pronto
S: Multa in sospeso: paga entro {days} giorni
S: Notifica giudiziaria: procedimento a tuo nome
S: La tua patente sarà sospesa
B: Risulta un pedaggio non pagato di {amount} per un viaggio del {date}. Paga ora per evitare sanzioni e il recupero crediti.
B: Un autovelox ha rilevato un'infrazione di un veicolo intestato a te. Paga la multa di {amount} online con la riduzione del {pct}%.
B: Dopo il calcolo annuale, hai diritto a un rimborso di {amount}. Invia il modulo con il tuo IBAN.
B: Se la sanzione non viene pagata entro {days} giorni, l'importo raddoppia.
B: È stato aperto un procedimento a tuo nome. Scarica la citazione e l'elenco dei documenti.
B: Il pagamento si effettua con carta sul portale ufficiale. Il numero di pratica è {ref}.
B: In assenza di risposta procederemo al fermo amministrativo del veicolo.
B: Questo messaggio è inviato dal portale dei servizi online. Non rispondere.
C: Paga ora
C: Vedi avviso
`,
  },
  storage: {
    en: `
S: Your cloud storage is full: photos and videos will be deleted
S: Final warning: all your files will be removed on {date}
S: {email}: mailbox upgrade required
S: Your storage plan has expired
S: Payment failed: your backup has been stopped
S: We called you 3 times: your photos will be erased
S: Get {qty} GB free: limited offer for {email}
S: Your account is over its limit ({pct}%)
S: Storage subscription cancelled: keep your memories
B: Your storage is full. New photos and videos are no longer backed up, and your existing files will be deleted if you do not upgrade.
B: Because the payment for your storage plan failed, your cloud account will be closed on {date} and every file in it erased.
B: As a loyal customer you can get {qty} GB of extra space free of charge today. Only a card check of {amount} is required.
B: Your mailbox {email} has reached its limit and messages are bouncing. Upgrade to the new mail server to restore delivery.
B: We tried to contact you several times about your expired plan. This is the last notice before your photo library is removed.
B: Upgrade now and save {pct}% on your first year. Your files stay safe and synchronised on all your devices.
B: To avoid losing your data, update your billing information within {hours} hours.
B: Your mailbox version is outdated. Sign in to the webmail portal to complete the upgrade and keep your messages.
B: Important documents, contacts and memories will be permanently lost. The restore option will not be available after deletion.
B: The backup of your phone was interrupted on {date}. Confirm your plan to restart it.
B: Attention: your account was selected for the storage migration. Validate your credentials to transfer your data.
B: This message concerns the storage of your account {email}.
C: Upgrade storage
C: Keep my files
C: Renew plan
`,
    de: `
S: Ihr Cloud-Speicher ist voll: Fotos und Videos werden gelöscht
S: Letzte Warnung: alle Ihre Dateien werden am {date} entfernt
S: {email}: Postfach-Upgrade erforderlich
S: Ihr Speicherplan ist abgelaufen
S: Zahlung fehlgeschlagen: Ihre Sicherung wurde gestoppt
S: Wir haben Sie dreimal angerufen: Ihre Fotos werden gelöscht
S: {qty} GB gratis: befristetes Angebot für {email}
S: Ihr Konto hat das Limit überschritten ({pct}%)
S: Speicher-Abo gekündigt: bewahren Sie Ihre Erinnerungen
B: Ihr Speicher ist voll. Neue Fotos und Videos werden nicht mehr gesichert, und Ihre vorhandenen Dateien werden gelöscht, wenn Sie kein Upgrade durchführen.
B: Da die Zahlung für Ihren Speicherplan fehlgeschlagen ist, wird Ihr Cloud-Konto am {date} geschlossen und alle Dateien darin gelöscht.
B: Als treuer Kunde erhalten Sie heute {qty} GB zusätzlichen Speicher kostenlos. Es ist nur eine Kartenprüfung über {amount} nötig.
B: Ihr Postfach {email} hat sein Limit erreicht, Nachrichten werden zurückgewiesen. Wechseln Sie auf den neuen Mailserver, um die Zustellung wiederherzustellen.
B: Wir haben mehrfach versucht, Sie wegen Ihres abgelaufenen Tarifs zu erreichen. Dies ist die letzte Nachricht, bevor Ihre Fotomediathek entfernt wird.
B: Jetzt upgraden und {pct}% im ersten Jahr sparen. Ihre Dateien bleiben sicher und auf allen Geräten synchron.
B: Um keinen Datenverlust zu riskieren, aktualisieren Sie Ihre Zahlungsdaten innerhalb von {hours} Stunden.
B: Ihre Postfachversion ist veraltet. Melden Sie sich im Webmail-Portal an, um das Upgrade abzuschließen und Ihre Nachrichten zu behalten.
B: Wichtige Dokumente, Kontakte und Erinnerungen gehen unwiderruflich verloren. Nach dem Löschen ist keine Wiederherstellung möglich.
B: Die Sicherung Ihres Telefons wurde am {date} unterbrochen. Bestätigen Sie Ihren Tarif, um sie neu zu starten.
B: Achtung: Ihr Konto wurde für die Speichermigration ausgewählt. Bestätigen Sie Ihre Zugangsdaten, um Ihre Daten zu übertragen.
B: Diese Nachricht betrifft den Speicher Ihres Kontos {email}.
C: Speicher erweitern
C: Dateien behalten
C: Tarif verlängern
`,
    nl: `
S: Uw cloudopslag is vol: foto's en video's worden verwijderd
S: Laatste waarschuwing: al uw bestanden worden op {date} gewist
S: {email}: mailbox-upgrade vereist
S: Uw opslagabonnement is verlopen
S: Betaling mislukt: uw back-up is gestopt
S: We hebben u 3 keer gebeld: uw foto's worden gewist
S: {qty} GB gratis: tijdelijk aanbod voor {email}
S: Uw account zit boven de limiet ({pct}%)
S: Opslagabonnement opgezegd: bewaar uw herinneringen
B: Uw opslag is vol. Nieuwe foto's en video's worden niet meer opgeslagen en uw bestaande bestanden worden verwijderd als u niet upgradet.
B: Omdat de betaling voor uw opslagplan is mislukt, wordt uw cloudaccount op {date} gesloten en worden alle bestanden gewist.
B: Als trouwe klant krijgt u vandaag {qty} GB extra ruimte gratis. Alleen een kaartcontrole van {amount} is nodig.
B: Uw mailbox {email} heeft de limiet bereikt en berichten komen terug. Stap over op de nieuwe mailserver om de bezorging te herstellen.
B: We hebben u meerdere keren geprobeerd te bereiken over uw verlopen abonnement. Dit is het laatste bericht voordat uw fotobibliotheek wordt verwijderd.
B: Upgrade nu en bespaar {pct}% in het eerste jaar. Uw bestanden blijven veilig en gesynchroniseerd op al uw apparaten.
B: Werk binnen {hours} uur uw betaalgegevens bij om geen gegevens te verliezen.
B: Uw mailboxversie is verouderd. Log in op het webmailportaal om de upgrade af te ronden en uw berichten te behouden.
B: Belangrijke documenten, contacten en herinneringen gaan definitief verloren. Na het wissen is herstel niet meer mogelijk.
B: De back-up van uw telefoon is op {date} onderbroken. Bevestig uw abonnement om hem opnieuw te starten.
B: Let op: uw account is geselecteerd voor de opslagmigratie. Valideer uw inloggegevens om uw gegevens over te zetten.
B: Dit bericht gaat over de opslag van uw account {email}.
C: Opslag uitbreiden
C: Bestanden behouden
C: Abonnement verlengen
`,
    pt: `
S: Seu armazenamento na nuvem está cheio: fotos e vídeos serão apagados
S: Aviso final: todos os seus arquivos serão removidos em {date}
S: {email}: atualização da caixa de e-mail necessária
S: Seu plano de armazenamento expirou
S: Falha no pagamento: seu backup foi interrompido
S: Tentamos falar com você 3 vezes: suas fotos serão excluídas
S: Ganhe {qty} GB grátis: oferta limitada para {email}
S: Sua conta ultrapassou o limite ({pct}%)
S: Assinatura de armazenamento cancelada: guarde suas memórias
B: Seu armazenamento está cheio. Novas fotos e vídeos não são mais salvos, e os arquivos existentes serão apagados se você não fizer o upgrade.
B: Como o pagamento do seu plano falhou, sua conta na nuvem será encerrada em {date} e todos os arquivos serão excluídos.
B: Como cliente fiel, você pode ganhar {qty} GB extras sem custo hoje. Basta uma verificação do cartão de {amount}.
B: Sua caixa {email} atingiu o limite e as mensagens estão voltando. Migre para o novo servidor de e-mail para normalizar o recebimento.
B: Tentamos contato várias vezes sobre o seu plano vencido. Este é o último aviso antes da remoção da sua galeria de fotos.
B: Faça o upgrade agora e economize {pct}% no primeiro ano. Seus arquivos ficam seguros e sincronizados em todos os aparelhos.
B: Para não perder seus dados, atualize as informações de pagamento em até {hours} horas.
B: A versão da sua caixa de e-mail está desatualizada. Entre no portal do webmail para concluir a atualização e manter suas mensagens.
B: Documentos importantes, contatos e lembranças serão perdidos para sempre. Depois da exclusão não será possível recuperar.
B: O backup do seu celular foi interrompido em {date}. Confirme seu plano para retomar.
B: Atenção: sua conta foi selecionada para a migração de armazenamento. Valide suas credenciais para transferir seus dados.
B: Esta mensagem se refere ao armazenamento da sua conta {email}.
C: Ampliar armazenamento
C: Manter meus arquivos
C: Renovar plano
`,
    es: `
S: Su almacenamiento en la nube está lleno: se borrarán fotos y vídeos
S: Último aviso: todos sus archivos se eliminarán el {date}
S: {email}: se requiere actualizar el buzón
S: Su plan de almacenamiento ha caducado
S: Pago fallido: su copia de seguridad se ha detenido
S: Consiga {qty} GB gratis: oferta limitada
B: Su almacenamiento está lleno. Las fotos y vídeos nuevos ya no se guardan y sus archivos se eliminarán si no amplía el plan.
B: Como el pago de su plan ha fallado, su cuenta en la nube se cerrará el {date} y se borrarán todos los archivos.
B: Como cliente fiel, hoy puede obtener {qty} GB extra gratis. Solo se requiere una verificación de tarjeta de {amount}.
B: Su buzón {email} ha alcanzado el límite y los mensajes se devuelven. Migre al nuevo servidor para recuperar la entrega.
B: Amplíe ahora y ahorre un {pct}% el primer año.
B: Documentos, contactos y recuerdos se perderán para siempre. Después del borrado no habrá recuperación.
B: Su versión del buzón está obsoleta. Inicie sesión en el portal de webmail para completar la actualización.
B: Este mensaje se refiere al almacenamiento de su cuenta {email}.
C: Ampliar almacenamiento
C: Conservar mis archivos
`,
    fr: `
S: Votre stockage cloud est plein : photos et vidéos seront supprimées
S: Dernier avertissement : tous vos fichiers seront effacés le {date}
S: {email} : mise à niveau de la boîte mail requise
S: Votre forfait de stockage a expiré
S: Échec du paiement : votre sauvegarde est arrêtée
S: Obtenez {qty} Go gratuits : offre limitée
B: Votre stockage est plein. Les nouvelles photos et vidéos ne sont plus sauvegardées et vos fichiers seront supprimés sans mise à niveau.
B: Le paiement de votre forfait ayant échoué, votre compte cloud sera fermé le {date} et tous ses fichiers effacés.
B: En tant que client fidèle, vous pouvez obtenir {qty} Go supplémentaires gratuitement. Seule une vérification de carte de {amount} est nécessaire.
B: Votre boîte {email} a atteint sa limite et les messages sont rejetés. Passez au nouveau serveur de messagerie pour rétablir la réception.
B: Passez à l'offre supérieure et économisez {pct}% la première année.
B: Documents, contacts et souvenirs seront définitivement perdus. Aucune restauration ne sera possible.
B: La version de votre boîte mail est obsolète. Connectez-vous au portail webmail pour terminer la mise à niveau.
B: Ce message concerne le stockage de votre compte {email}.
C: Augmenter le stockage
C: Garder mes fichiers
`,
    it: `
S: Il tuo spazio cloud è pieno: foto e video saranno eliminati
S: Ultimo avviso: tutti i tuoi file saranno rimossi il {date}
S: {email}: aggiornamento della casella richiesto
S: Il tuo piano di archiviazione è scaduto
S: Pagamento non riuscito: il backup è stato interrotto
S: Ottieni {qty} GB gratis: offerta limitata
B: Il tuo spazio è pieno. Nuove foto e video non vengono più salvati e i file esistenti saranno eliminati se non passi al piano superiore.
B: Poiché il pagamento del piano non è riuscito, il tuo account cloud sarà chiuso il {date} e tutti i file cancellati.
B: Come cliente fedele puoi ottenere oggi {qty} GB in più gratis. Serve solo una verifica della carta di {amount}.
B: La casella {email} ha raggiunto il limite e i messaggi tornano indietro. Passa al nuovo server di posta per ripristinare la ricezione.
B: Aggiorna ora e risparmia il {pct}% il primo anno.
B: Documenti, contatti e ricordi andranno persi per sempre. Dopo la cancellazione non sarà possibile recuperarli.
B: La versione della tua casella è obsoleta. Accedi al portale webmail per completare l'aggiornamento.
B: Questo messaggio riguarda lo spazio del tuo account {email}.
C: Aumenta lo spazio
C: Conserva i miei file
`,
  },
  survey: {
    en: `
S: Congratulations, you have been selected!
S: Answer 3 questions and receive your {brand} gift
S: Your free {brand} tool set is ready to ship
S: 2nd attempt: your reward is still waiting
S: Mystery box for loyal customers ({ref})
S: You have won a car emergency kit
S: Tell us what you think and win a weekend for four
S: Your name was drawn for our customer gift
S: Last reminder: confirm your shipping address
B: You have been chosen to take part in our short customer survey. It takes only 30 seconds, and as a thank you we will send you a {brand} gift.
B: Out of all participants, your email was drawn as one of the {qty} finalists. Complete the survey to claim a complete cordless tool set.
B: Your mystery box is reserved under your name. You only pay the shipping costs of {amount}; the contents are free.
B: We have tried to reach you several times. If you do not confirm within {hours} hours, your prize will go to the next participant.
B: Help us improve our service station network and receive a free car emergency kit with first aid box, tow rope and warning triangle.
B: Take part in the survey and win four free entry tickets to the holiday park, including one night in a cottage.
B: Only one gift per household. Stocks are limited, so do not wait.
B: Your opinion matters to us. After the questionnaire you can choose between a gift card, a cookware set or a coffee machine.
B: To receive the parcel, enter your address and pay the small delivery fee by card.
B: This promotion is open to customers aged 18 and over until {date}.
B: Every participant gets a reward. Click below to begin.
B: Confirm your participation and we will ship your gift within {days} days.
C: Start the survey
C: Claim my gift
C: Confirm my reward
`,
    de: `
S: Herzlichen Glückwunsch, Sie wurden ausgewählt!
S: Beantworten Sie 3 Fragen und erhalten Sie Ihr {brand}-Geschenk
S: Ihr kostenloses {brand}-Werkzeugset ist versandbereit
S: Zweiter Versuch: Ihre Belohnung wartet noch
S: Überraschungsbox für treue Kunden ({ref})
S: Sie haben ein Auto-Notfallset gewonnen
S: Sagen Sie uns Ihre Meinung und gewinnen Sie ein Wochenende für vier
S: Ihr Name wurde für unser Kundengeschenk gezogen
S: Letzte Erinnerung: bestätigen Sie Ihre Lieferadresse
B: Sie wurden ausgewählt, an unserer kurzen Kundenumfrage teilzunehmen. Sie dauert nur 30 Sekunden, und als Dank senden wir Ihnen ein {brand}-Geschenk.
B: Unter allen Teilnehmern wurde Ihre E-Mail als einer von {qty} Finalisten gezogen. Schließen Sie die Umfrage ab, um ein komplettes Akku-Werkzeugset zu erhalten.
B: Ihre Überraschungsbox ist auf Ihren Namen reserviert. Sie zahlen nur die Versandkosten von {amount}, der Inhalt ist gratis.
B: Wir haben mehrfach versucht, Sie zu erreichen. Wenn Sie nicht innerhalb von {hours} Stunden bestätigen, geht Ihr Gewinn an den nächsten Teilnehmer.
B: Helfen Sie uns, unser Tankstellennetz zu verbessern, und erhalten Sie ein kostenloses Auto-Notfallset mit Verbandskasten, Abschleppseil und Warndreieck.
B: Nehmen Sie an der Umfrage teil und gewinnen Sie vier Eintrittskarten für den Freizeitpark mit einer Übernachtung.
B: Nur ein Geschenk pro Haushalt. Der Vorrat ist begrenzt, warten Sie nicht.
B: Ihre Meinung ist uns wichtig. Nach dem Fragebogen wählen Sie zwischen Gutschein, Kochtopfset oder Kaffeemaschine.
B: Um das Paket zu erhalten, geben Sie Ihre Adresse ein und zahlen die kleine Versandgebühr per Karte.
B: Diese Aktion gilt für Kunden ab 18 Jahren bis zum {date}.
B: Jeder Teilnehmer erhält eine Belohnung. Klicken Sie unten, um zu beginnen.
B: Bestätigen Sie Ihre Teilnahme, und wir versenden Ihr Geschenk innerhalb von {days} Tagen.
C: Umfrage starten
C: Geschenk anfordern
C: Belohnung bestätigen
B: Nehmen Sie an der kurzen Umfrage teil und erhalten Sie ein kostenloses Set aus unserem Sortiment. Sie zahlen nur den Versand.
B: Sie haben es geschafft: Sie sind dabei! Bestätigen Sie jetzt Ihre Adresse, damit wir Ihr Geschenk versenden können.
`,
    nl: `
S: Gefeliciteerd, u bent geselecteerd!
S: Beantwoord 3 vragen en ontvang uw {brand}-cadeau
S: Uw gratis {brand}-gereedschapsset staat klaar
S: Tweede poging: uw beloning wacht nog steeds
S: Mysterybox voor trouwe klanten ({ref})
S: U heeft een noodpakket voor de auto gewonnen
S: Geef uw mening en win een weekend voor vier
S: Uw naam is getrokken voor ons klantcadeau
S: Laatste herinnering: bevestig uw afleveradres
B: U bent gekozen om deel te nemen aan ons korte klantonderzoek. Het duurt maar 30 seconden en als dank sturen wij u een {brand}-cadeau.
B: Uit alle deelnemers is uw e-mailadres getrokken als een van de {qty} finalisten. Vul de enquête in om een complete accugereedschapsset te ontvangen.
B: Uw mysterybox ligt op uw naam klaar. U betaalt alleen de verzendkosten van {amount}, de inhoud is gratis.
B: We hebben u meerdere keren geprobeerd te bereiken. Bevestigt u niet binnen {hours} uur, dan gaat uw prijs naar de volgende deelnemer.
B: Help ons ons netwerk van tankstations te verbeteren en ontvang gratis een noodpakket voor de auto met verbanddoos, sleepkabel en gevarendriehoek.
B: Doe mee aan de enquête en win vier toegangskaarten voor het vakantiepark, inclusief een overnachting in een huisje.
B: Slechts één cadeau per huishouden. De voorraad is beperkt, dus wacht niet.
B: Uw mening telt. Na de vragenlijst kiest u tussen een cadeaukaart, een pannenset of een koffiemachine.
B: Om het pakket te ontvangen, vult u uw adres in en betaalt u de kleine verzendkosten.
B: Deze actie geldt voor klanten vanaf 18 jaar tot {date}.
B: Iedere deelnemer krijgt een beloning. Klik hieronder om te beginnen.
B: Bevestig uw deelname en wij verzenden uw cadeau binnen {days} dagen.
C: Start de enquête
C: Cadeau claimen
C: Beloning bevestigen
`,
    pt: `
S: Parabéns, você foi selecionado!
S: Responda 3 perguntas e receba seu presente {brand}
S: Seu kit de ferramentas {brand} grátis está pronto para envio
S: Segunda tentativa: sua recompensa ainda está esperando
S: Caixa misteriosa para clientes fiéis ({ref})
S: Você ganhou um kit de emergência para o carro
S: Dê sua opinião e ganhe um fim de semana para quatro
S: Seu nome foi sorteado para o nosso brinde
S: Último lembrete: confirme seu endereço de entrega
B: Você foi escolhido para participar da nossa pesquisa rápida. Leva só 30 segundos e, como agradecimento, enviaremos um presente {brand}.
B: Entre todos os participantes, seu e-mail foi sorteado como um dos {qty} finalistas. Conclua a pesquisa para receber um kit completo de ferramentas.
B: Sua caixa misteriosa está reservada em seu nome. Você paga apenas o frete de {amount}; o conteúdo é grátis.
B: Tentamos falar com você várias vezes. Se não confirmar em {hours} horas, o prêmio vai para o próximo participante.
B: Ajude-nos a melhorar nossa rede de postos e receba grátis um kit de emergência automotivo com caixa de primeiros socorros e triângulo.
B: Participe da pesquisa e ganhe quatro ingressos para o parque, com uma noite de hospedagem.
B: Apenas um presente por família. O estoque é limitado, não espere.
B: Sua opinião é importante. Depois do questionário, escolha entre vale-presente, jogo de panelas ou cafeteira.
B: Para receber o pacote, informe seu endereço e pague a pequena taxa de envio no cartão.
B: Promoção válida para maiores de 18 anos até {date}.
B: Todos os participantes ganham uma recompensa. Clique abaixo para começar.
B: Confirme sua participação e enviaremos o presente em até {days} dias.
C: Começar a pesquisa
C: Resgatar presente
C: Confirmar recompensa
`,
    es: `
S: ¡Enhorabuena, ha sido seleccionado!
S: Responda 3 preguntas y reciba su regalo {brand}
S: Su juego de herramientas {brand} gratis está listo
S: Segundo intento: su recompensa sigue esperando
S: Caja misteriosa para clientes fieles ({ref})
S: Ha ganado un kit de emergencia para el coche
B: Ha sido elegido para participar en nuestra breve encuesta. Solo dura 30 segundos y como agradecimiento le enviaremos un regalo {brand}.
B: Su correo ha sido sorteado como uno de los {qty} finalistas. Complete la encuesta para recibir un juego completo de herramientas.
B: Su caja misteriosa está reservada a su nombre. Solo paga el envío de {amount}.
B: Hemos intentado contactarle varias veces. Si no confirma en {hours} horas, el premio pasará al siguiente participante.
B: Solo un regalo por hogar. Existencias limitadas.
B: Tras el cuestionario podrá elegir entre una tarjeta regalo, una batería de cocina o una cafetera.
B: Para recibir el paquete, indique su dirección y pague los pequeños gastos de envío.
B: Todos los participantes reciben una recompensa.
C: Empezar la encuesta
C: Reclamar mi regalo
`,
    fr: `
S: Félicitations, vous avez été sélectionné !
S: Répondez à 3 questions et recevez votre cadeau {brand}
S: Votre coffret d'outils {brand} gratuit est prêt
S: Deuxième tentative : votre récompense vous attend toujours
S: Boîte mystère pour nos clients fidèles ({ref})
S: Vous avez gagné un kit de secours pour voiture
B: Vous avez été choisi pour participer à notre courte enquête. Elle ne prend que 30 secondes et nous vous enverrons un cadeau {brand} en remerciement.
B: Votre adresse a été tirée au sort parmi les {qty} finalistes. Terminez le questionnaire pour recevoir un coffret d'outils complet.
B: Votre boîte mystère est réservée à votre nom. Seuls les frais de port de {amount} sont à payer.
B: Nous avons essayé de vous joindre plusieurs fois. Sans confirmation sous {hours} heures, le lot ira au participant suivant.
B: Un seul cadeau par foyer. Stocks limités.
B: Après le questionnaire, choisissez entre une carte cadeau, une batterie de cuisine ou une machine à café.
B: Pour recevoir le colis, indiquez votre adresse et réglez les petits frais d'envoi.
B: Chaque participant reçoit une récompense.
C: Commencer l'enquête
C: Recevoir mon cadeau
`,
    it: `
S: Congratulazioni, sei stato selezionato!
S: Rispondi a 3 domande e ricevi il tuo regalo {brand}
S: Il tuo set di attrezzi {brand} gratuito è pronto
S: Secondo tentativo: il tuo premio ti aspetta ancora
S: Scatola misteriosa per clienti fedeli ({ref})
S: Hai vinto un kit di emergenza per l'auto
B: Sei stato scelto per partecipare al nostro breve sondaggio. Dura solo 30 secondi e come ringraziamento ti invieremo un regalo {brand}.
B: La tua email è stata estratta tra i {qty} finalisti. Completa il sondaggio per ricevere un set completo di attrezzi.
B: La tua scatola misteriosa è riservata a tuo nome. Paghi solo la spedizione di {amount}.
B: Abbiamo provato a contattarti più volte. Senza conferma entro {hours} ore, il premio passerà al prossimo partecipante.
B: Un solo regalo per famiglia. Scorte limitate.
B: Dopo il questionario potrai scegliere tra buono regalo, set di pentole o macchina del caffè.
B: Per ricevere il pacco, inserisci l'indirizzo e paga le piccole spese di spedizione.
B: Ogni partecipante riceve un premio.
C: Inizia il sondaggio
C: Ricevi il regalo
`,
  },
  product: {
    en: `
S: Doctors are stunned by this simple morning drink
S: The translator device that speaks {qty} languages
S: This tiny heater warms any room in minutes
S: Hearing loss? Try this before it is too late
S: Last day: {pct}% off the gadget everyone is talking about
S: Thinning hair? A discovery from Switzerland
S: Back and joint pain gone in {days} days
S: Portable Wi-Fi that works anywhere in the world
S: Your order reserved at a special price
B: Thousands of people over 50 have already tried this natural formula. It supports joints, blood sugar and energy without a prescription.
B: Plug it into any socket and feel the warmth in minutes. Cut your heating bill by up to {pct}% this winter.
B: Speak to anyone, anywhere: the pocket translator understands {qty} languages in real time. Perfect for travel and business.
B: The special price of {amount} is only available today, and stock is running low because of a TV report.
B: A simple trick discovered by a retired nurse reduces belly fat while you sleep.
B: Customers report that their ringing ears calmed down after only one week.
B: Order now and get a second unit free with free shipping and a 30-day money back guarantee.
B: The big pharmaceutical companies do not want you to know about this inexpensive solution.
B: Magnetic insoles relieve foot and back pain from the very first step.
B: Keep all your photos and videos safe with one click: this stick backs up your phone automatically.
B: Only {qty} packages are left at the introductory price.
B: You received this offer because you signed up for health and lifestyle news.
C: Order now
C: See the video
C: Claim discount
`,
    de: `
S: Ärzte sind verblüfft über dieses einfache Morgengetränk
S: Das Übersetzungsgerät, das {qty} Sprachen spricht
S: Dieses Mini-Heizgerät wärmt jeden Raum in Minuten
S: Hörverlust? Probieren Sie dies, bevor es zu spät ist
S: Letzter Tag: {pct}% Rabatt auf das Gerät, über das alle reden
S: Dünnes Haar? Eine Entdeckung aus der Schweiz
S: Rücken- und Gelenkschmerzen in {days} Tagen weg
S: Mobiles WLAN, das überall auf der Welt funktioniert
S: Ihre Bestellung zum Sonderpreis reserviert
B: Tausende Menschen über 50 haben diese natürliche Formel schon getestet. Sie unterstützt Gelenke, Blutzucker und Energie ohne Rezept.
B: In jede Steckdose stecken und in Minuten die Wärme spüren. Senken Sie Ihre Heizkosten diesen Winter um bis zu {pct}%.
B: Sprechen Sie mit jedem, überall: der Taschenübersetzer versteht {qty} Sprachen in Echtzeit. Ideal für Reisen und Geschäft.
B: Der Sonderpreis von {amount} gilt nur heute, und der Vorrat wird nach einem Fernsehbericht knapp.
B: Ein einfacher Trick einer pensionierten Krankenschwester reduziert Bauchfett im Schlaf.
B: Kunden berichten, dass das Ohrgeräusch schon nach einer Woche nachgelassen hat.
B: Bestellen Sie jetzt und erhalten Sie ein zweites Gerät gratis, mit kostenlosem Versand und 30 Tagen Geld-zurück-Garantie.
B: Die großen Pharmakonzerne wollen nicht, dass Sie von dieser günstigen Lösung erfahren.
B: Magnetische Einlegesohlen lindern Fuß- und Rückenschmerzen ab dem ersten Schritt.
B: Sichern Sie alle Fotos und Videos mit einem Klick: dieser Stick speichert Ihr Handy automatisch.
B: Nur noch {qty} Pakete zum Einführungspreis verfügbar.
B: Sie erhalten dieses Angebot, weil Sie Gesundheits- und Lifestyle-Nachrichten abonniert haben.
C: Jetzt bestellen
C: Video ansehen
C: Rabatt sichern
B: Ein kleines Gerät, das Ihre Räume im Sommer kühlt, ohne Klimaanlage und ohne hohe Stromrechnung.
B: Überwachen Sie Ihr Zuhause mit dieser kabellosen Kamera, die Sie bequem über Ihr Handy steuern.
`,
    nl: `
S: Artsen staan versteld van dit simpele ochtenddrankje
S: Het vertaalapparaat dat {qty} talen spreekt
S: Dit kleine kacheltje verwarmt elke kamer in minuten
S: Gehoorverlies? Probeer dit voordat het te laat is
S: Laatste dag: {pct}% korting op het apparaat waar iedereen het over heeft
S: Dunner wordend haar? Een ontdekking uit Zwitserland
S: Rug- en gewrichtspijn weg in {days} dagen
S: Draagbare wifi die overal ter wereld werkt
S: Uw bestelling gereserveerd tegen een speciale prijs
B: Duizenden 50-plussers hebben deze natuurlijke formule al geprobeerd. Ze ondersteunt gewrichten, bloedsuiker en energie, zonder recept.
B: Steek het in een stopcontact en voel binnen enkele minuten de warmte. Verlaag uw stookkosten deze winter met tot {pct}%.
B: Praat met iedereen, overal: de zakvertaler begrijpt {qty} talen in realtime. Ideaal voor reizen en zaken.
B: De speciale prijs van {amount} geldt alleen vandaag, en na een tv-reportage raakt de voorraad op.
B: Een simpele truc van een gepensioneerde verpleegster vermindert buikvet terwijl u slaapt.
B: Klanten melden dat het oorsuizen al na één week afnam.
B: Bestel nu en krijg een tweede exemplaar gratis, met gratis verzending en 30 dagen geld-terug-garantie.
B: De grote farmaceuten willen niet dat u deze goedkope oplossing kent.
B: Magnetische inlegzolen verlichten voet- en rugpijn vanaf de eerste stap.
B: Bewaar al uw foto's en video's met één klik: deze stick maakt automatisch een back-up van uw telefoon.
B: Er zijn nog maar {qty} pakketten tegen de introductieprijs.
B: U ontvangt deze aanbieding omdat u zich heeft aangemeld voor nieuws over gezondheid en lifestyle.
C: Nu bestellen
C: Bekijk de video
C: Korting claimen
`,
    pt: `
S: Médicos ficam impressionados com esta bebida matinal simples
S: O tradutor que fala {qty} idiomas
S: Este pequeno aquecedor esquenta qualquer cômodo em minutos
S: Perda auditiva? Experimente isto antes que seja tarde
S: Último dia: {pct}% de desconto no aparelho que todo mundo comenta
S: Queda de cabelo? Uma descoberta da Suíça
S: Dor nas costas e nas articulações some em {days} dias
S: Wi-Fi portátil que funciona em qualquer lugar do mundo
S: Seu pedido reservado com preço especial
B: Milhares de pessoas acima de 50 anos já experimentaram esta fórmula natural. Ela ajuda as articulações, a glicose e a energia, sem receita.
B: Ligue em qualquer tomada e sinta o calor em minutos. Reduza a conta de energia em até {pct}% neste inverno.
B: Fale com qualquer pessoa, em qualquer lugar: o tradutor de bolso entende {qty} idiomas em tempo real.
B: O preço especial de {amount} vale só hoje, e o estoque está acabando depois de uma reportagem na TV.
B: Um truque simples descoberto por uma enfermeira aposentada reduz a gordura da barriga enquanto você dorme.
B: Clientes contam que o zumbido no ouvido diminuiu em apenas uma semana.
B: Peça agora e ganhe a segunda unidade grátis, com frete grátis e garantia de 30 dias.
B: A indústria farmacêutica não quer que você conheça esta solução barata.
B: Palmilhas magnéticas aliviam a dor nos pés e nas costas desde o primeiro passo.
B: Guarde todas as suas fotos e vídeos com um clique: este pendrive faz backup do celular automaticamente.
B: Restam apenas {qty} unidades com o preço de lançamento.
B: Você recebeu esta oferta porque se cadastrou para receber novidades de saúde e bem-estar.
C: Comprar agora
C: Ver o vídeo
C: Garantir desconto
B: Um pequeno aparelho que refresca o ambiente no verão sem ar-condicionado e sem conta de luz alta.
B: Cílios mais longos em poucos dias com este sérum: as mulheres estão adorando. Experimente sem compromisso.
`,
    es: `
S: Los médicos están asombrados con esta sencilla bebida matinal
S: El traductor que habla {qty} idiomas
S: Este pequeño calefactor calienta cualquier habitación en minutos
S: ¿Pérdida de audición? Pruebe esto antes de que sea tarde
S: Último día: {pct}% de descuento en el aparato del que todos hablan
S: Dolor de espalda y articulaciones fuera en {days} días
B: Miles de personas mayores de 50 ya han probado esta fórmula natural, sin receta.
B: Enchúfelo y sienta el calor en minutos. Reduzca su factura de calefacción hasta un {pct}%.
B: Hable con cualquiera: el traductor de bolsillo entiende {qty} idiomas en tiempo real.
B: El precio especial de {amount} solo está disponible hoy y quedan pocas unidades.
B: Un truco sencillo de una enfermera jubilada reduce la grasa abdominal mientras duerme.
B: Pida ahora y reciba una segunda unidad gratis con envío gratuito.
B: Las grandes farmacéuticas no quieren que conozca esta solución barata.
B: Recibe esta oferta porque se suscribió a noticias de salud.
C: Pedir ahora
C: Ver el vídeo
`,
    fr: `
S: Les médecins sont stupéfaits par cette simple boisson du matin
S: Le traducteur qui parle {qty} langues
S: Ce petit radiateur chauffe une pièce en quelques minutes
S: Perte d'audition ? Essayez ceci avant qu'il ne soit trop tard
S: Dernier jour : -{pct}% sur l'appareil dont tout le monde parle
S: Douleurs de dos et d'articulations disparues en {days} jours
B: Des milliers de personnes de plus de 50 ans ont déjà essayé cette formule naturelle, sans ordonnance.
B: Branchez-le et sentez la chaleur en quelques minutes. Réduisez votre facture de chauffage jusqu'à {pct}%.
B: Parlez avec tout le monde : le traducteur de poche comprend {qty} langues en temps réel.
B: Le prix spécial de {amount} n'est valable qu'aujourd'hui et le stock s'épuise.
B: Une astuce simple d'une infirmière à la retraite réduit la graisse du ventre pendant le sommeil.
B: Commandez maintenant et recevez un deuxième appareil offert, livraison gratuite.
B: Les grands laboratoires ne veulent pas que vous connaissiez cette solution bon marché.
B: Vous recevez cette offre car vous êtes inscrit aux actualités santé.
C: Commander
C: Voir la vidéo
`,
    it: `
S: I medici sono sbalorditi da questa semplice bevanda del mattino
S: Il traduttore che parla {qty} lingue
S: Questa piccola stufa scalda qualsiasi stanza in pochi minuti
S: Perdita dell'udito? Prova questo prima che sia tardi
S: Ultimo giorno: {pct}% di sconto sul dispositivo di cui tutti parlano
S: Dolori a schiena e articolazioni spariti in {days} giorni
B: Migliaia di persone sopra i 50 anni hanno già provato questa formula naturale, senza ricetta.
B: Inseriscila nella presa e senti il calore in pochi minuti. Riduci la bolletta del riscaldamento fino al {pct}%.
B: Parla con chiunque: il traduttore tascabile capisce {qty} lingue in tempo reale.
B: Il prezzo speciale di {amount} vale solo oggi e le scorte stanno finendo.
B: Un semplice trucco di un'infermiera in pensione riduce il grasso addominale mentre dormi.
B: Ordina ora e ricevi il secondo pezzo in regalo con spedizione gratuita.
B: Le grandi case farmaceutiche non vogliono che tu conosca questa soluzione economica.
B: Ricevi questa offerta perché sei iscritto alle novità su salute e benessere.
C: Ordina ora
C: Guarda il video
`,
  },
  insurance: {
    en: `
S: Compare health plans and save up to {pct}%
S: Are you overpaying for car protection?
S: Government insulation grant: check your address
S: Special home warranty offer: first {days} months free
S: Only {qty} places left in your area
S: You may qualify for the new energy subsidy
S: Your new health plan quote is ready
S: Free home battery for selected homeowners
S: Medicare kit for you: claim it now
B: Families in your postcode are paying too much for private health insurance. Answer four questions and receive a quote up to {pct}% lower.
B: The government subsidy programme covers up to {amount} of the cost of roof and cavity wall insulation. Places are limited per municipality.
B: We are looking for {qty} homeowners in {city} to install a home battery at no investment. You earn from the energy you store.
B: Protect your car against expensive repairs for a low monthly fee. No inspection needed, cancel at any time.
B: New windows and doors with a grant of up to {pct}%: check today whether your home qualifies.
B: Our advisers compare more than 30 insurers for you, free of charge and without obligation.
B: Enter your postcode and date of birth to see the plans available to you.
B: The registration period closes on {date}; after that the old rates apply.
B: An adviser will call you within 24 hours to confirm your eligibility.
B: Thousands of households have already claimed their grant this year.
B: This message was sent on behalf of our partner network. You can object to further messages at any time.
B: You are pre-qualified for a plan with dental and vision cover at {amount} a month.
C: Check eligibility
C: Get my quote
C: Compare plans
`,
    de: `
S: Krankenversicherung vergleichen und bis zu {pct}% sparen
S: Zahlen Sie zu viel für Ihren Autoschutz?
S: Staatlicher Zuschuss für Dämmung: prüfen Sie Ihre Adresse
S: Sonderangebot Hausgarantie: die ersten {days} Monate gratis
S: Nur noch {qty} Plätze in Ihrer Region
S: Sie haben möglicherweise Anspruch auf die neue Energieförderung
S: Ihr neues Versicherungsangebot liegt bereit
S: Kostenloser Heimspeicher für ausgewählte Hausbesitzer
S: Förderung für neue Fenster: jetzt Anspruch prüfen
B: Familien in Ihrer Postleitzahl zahlen zu viel für die private Krankenversicherung. Beantworten Sie vier Fragen und erhalten Sie ein bis zu {pct}% günstigeres Angebot.
B: Das staatliche Förderprogramm übernimmt bis zu {amount} der Kosten für Dach- und Fassadendämmung. Die Plätze pro Gemeinde sind begrenzt.
B: Wir suchen {qty} Hausbesitzer in {city}, die ohne Investition einen Heimspeicher installieren. Sie verdienen an der gespeicherten Energie.
B: Schützen Sie Ihr Auto gegen teure Reparaturen für eine kleine Monatsgebühr. Ohne Prüfung, jederzeit kündbar.
B: Neue Fenster und Türen mit bis zu {pct}% Zuschuss: prüfen Sie noch heute, ob Ihr Haus berechtigt ist.
B: Unsere Berater vergleichen über 30 Versicherer für Sie, kostenlos und unverbindlich.
B: Geben Sie Postleitzahl und Geburtsdatum ein, um Ihre möglichen Tarife zu sehen.
B: Die Anmeldefrist endet am {date}; danach gelten die alten Konditionen.
B: Ein Berater ruft Sie innerhalb von 24 Stunden an, um Ihren Anspruch zu bestätigen.
B: Tausende Haushalte haben ihren Zuschuss dieses Jahr schon erhalten.
B: Diese Nachricht wurde im Auftrag unseres Partnernetzwerks versendet. Sie können weiteren Nachrichten jederzeit widersprechen.
B: Sie sind vorqualifiziert für einen Tarif mit Zahn- und Brillenleistungen für {amount} im Monat.
C: Anspruch prüfen
C: Angebot erhalten
C: Tarife vergleichen
`,
    nl: `
S: Vergelijk zorgverzekeringen en bespaar tot {pct}%
S: Betaalt u te veel voor uw autoverzekering?
S: Subsidie voor isolatie: check uw adres
S: Speciale aanbieding woongarantie: eerste {days} maanden gratis
S: Nog maar {qty} plekken in uw gemeente
S: U komt mogelijk in aanmerking voor de nieuwe energiesubsidie
S: Uw nieuwe offerte voor de zorgverzekering staat klaar
S: Gratis thuisbatterij voor geselecteerde huiseigenaren
S: Subsidie op nieuwe kozijnen: check nu of u recht heeft
B: Gezinnen in uw postcode betalen te veel voor hun zorgverzekering. Beantwoord vier vragen en ontvang een offerte die tot {pct}% lager is.
B: De subsidieregeling vergoedt tot {amount} van de kosten voor dak- en spouwmuurisolatie. Het aantal plekken per gemeente is beperkt.
B: Wij zoeken {qty} huiseigenaren in {city} die zonder investering een thuisbatterij laten plaatsen. U verdient aan de opgeslagen energie.
B: Bescherm uw auto tegen dure reparaties voor een laag maandbedrag. Geen keuring nodig, altijd opzegbaar.
B: Nieuwe ramen en deuren met tot {pct}% subsidie: check vandaag of uw woning in aanmerking komt.
B: Onze adviseurs vergelijken meer dan 30 verzekeraars voor u, gratis en vrijblijvend.
B: Vul uw postcode en geboortedatum in om de pakketten te zien die voor u beschikbaar zijn.
B: De aanmeldperiode sluit op {date}; daarna gelden de oude tarieven.
B: Een adviseur belt u binnen 24 uur om uw recht te bevestigen.
B: Duizenden huishoudens hebben dit jaar hun subsidie al aangevraagd.
B: Dit bericht is verstuurd namens ons partnernetwerk. U kunt zich altijd afmelden voor verdere berichten.
B: U bent voorgeselecteerd voor een pakket met tandarts- en brilvergoeding voor {amount} per maand.
C: Check of u in aanmerking komt
C: Offerte ontvangen
C: Pakketten vergelijken
`,
    pt: `
S: Compare planos de saúde e economize até {pct}%
S: Você paga caro demais pelo seguro do carro?
S: Subsídio do governo para energia solar: consulte seu endereço
S: Oferta especial de garantia residencial: {days} meses grátis
S: Restam apenas {qty} vagas na sua cidade
S: Você pode ter direito ao novo benefício de energia
S: Sua cotação do plano de saúde está pronta
S: Proposta exclusiva: plano de saúde com preços até {pct}% menores
S: Tabela promocional para empresas e famílias
B: Famílias da sua região estão pagando caro demais pelo plano de saúde. Responda quatro perguntas e receba uma cotação até {pct}% menor.
B: O programa de incentivo cobre até {amount} do custo da instalação. As vagas por município são limitadas.
B: Procuramos {qty} proprietários em {city} para instalar uma bateria residencial sem investimento.
B: Proteja seu carro contra consertos caros por uma mensalidade baixa. Sem vistoria, cancele quando quiser.
B: Planos com cobertura nacional, sem carência para consultas e com condição especial para MEI e CNPJ.
B: Nossos consultores comparam mais de 30 operadoras para você, sem custo e sem compromisso.
B: Informe seu CEP e sua data de nascimento para ver os planos disponíveis.
B: O período de adesão termina em {date}; depois valem os preços antigos.
B: Um consultor entrará em contato em até 24 horas para confirmar sua elegibilidade.
B: Milhares de famílias já garantiram seu desconto este ano.
B: Esta mensagem foi enviada em nome de nossa rede de parceiros. Você pode pedir para não receber mais mensagens.
B: Você foi pré-selecionado para um plano com odontologia por {amount} por mês.
C: Consultar elegibilidade
C: Receber cotação
C: Comparar planos
`,
    es: `
S: Compare seguros de salud y ahorre hasta un {pct}%
S: ¿Paga demasiado por proteger su coche?
S: Ayudas para aislamiento: compruebe su dirección
S: Solo quedan {qty} plazas en su zona
S: Su presupuesto de seguro de salud está listo
S: Batería doméstica gratis para propietarios seleccionados
B: Las familias de su código postal pagan demasiado por su seguro médico. Responda cuatro preguntas y reciba un presupuesto hasta un {pct}% más barato.
B: El programa de ayudas cubre hasta {amount} del aislamiento de tejados y fachadas. Plazas limitadas por municipio.
B: Buscamos {qty} propietarios en {city} para instalar una batería doméstica sin inversión.
B: Nuestros asesores comparan más de 30 aseguradoras, gratis y sin compromiso.
B: Introduzca su código postal y fecha de nacimiento para ver los planes disponibles.
B: El plazo de inscripción termina el {date}.
B: Un asesor le llamará en 24 horas para confirmar que cumple los requisitos.
B: Este mensaje se envía en nombre de nuestra red de socios.
C: Comprobar requisitos
C: Ver presupuesto
`,
    fr: `
S: Comparez les mutuelles et économisez jusqu'à {pct}%
S: Payez-vous trop cher pour votre voiture ?
S: Aide à l'isolation : vérifiez votre adresse
S: Plus que {qty} places dans votre commune
S: Votre devis mutuelle est prêt
S: Batterie domestique offerte aux propriétaires sélectionnés
B: Les familles de votre code postal paient trop cher leur mutuelle. Répondez à quatre questions et recevez un devis jusqu'à {pct}% moins cher.
B: Le programme d'aide couvre jusqu'à {amount} de l'isolation des combles et des murs. Places limitées par commune.
B: Nous recherchons {qty} propriétaires à {city} pour installer une batterie domestique sans investissement.
B: Nos conseillers comparent plus de 30 assureurs, gratuitement et sans engagement.
B: Indiquez votre code postal et votre date de naissance pour voir les offres disponibles.
B: La période d'inscription se termine le {date}.
B: Un conseiller vous appellera sous 24 heures pour confirmer votre éligibilité.
B: Ce message est envoyé pour le compte de notre réseau de partenaires.
C: Vérifier mon éligibilité
C: Obtenir mon devis
`,
    it: `
S: Confronta le assicurazioni sanitarie e risparmia fino al {pct}%
S: Paghi troppo per proteggere la tua auto?
S: Incentivi per il cappotto termico: verifica il tuo indirizzo
S: Solo {qty} posti rimasti nella tua zona
S: Il tuo preventivo per l'assicurazione sanitaria è pronto
S: Batteria domestica gratuita per proprietari selezionati
B: Le famiglie del tuo CAP pagano troppo per l'assicurazione sanitaria. Rispondi a quattro domande e ricevi un preventivo fino al {pct}% più basso.
B: Il programma di incentivi copre fino a {amount} dei lavori di isolamento. Posti limitati per comune.
B: Cerchiamo {qty} proprietari a {city} per installare una batteria domestica senza investimento.
B: I nostri consulenti confrontano oltre 30 compagnie, gratis e senza impegno.
B: Inserisci CAP e data di nascita per vedere le offerte disponibili.
B: Il periodo di adesione termina il {date}.
B: Un consulente ti chiamerà entro 24 ore per confermare i requisiti.
B: Questo messaggio è inviato per conto della nostra rete di partner.
C: Verifica i requisiti
C: Ricevi il preventivo
`,
  },
  job: {
    en: `
S: Remote position available: earn {amount} per day
S: Your profile matches our vacancy
S: Part-time job from home, no experience needed
S: Job offer: payment assistant wanted
S: We found your CV online
S: Flexible work, paid daily ({ref})
S: Hiring now: {qty} positions left
S: Interview invitation via chat
S: Work 1-2 hours a day from your phone
B: We are an international company expanding in your country and we are looking for part-time assistants. You can earn {amount} per day working from home.
B: The tasks are simple: rate products and apps online, about one hour a day. Payment is made every day to your bank account or in USDT.
B: Your profile was recommended to us by a recruitment platform. No experience is required, and training is provided.
B: As a payment assistant you will receive transfers from our clients into your account and forward them, keeping {pct}% as commission.
B: To start, send us your full name, age, city and a WhatsApp number. A coordinator will contact you today.
B: The first {qty} applicants receive a welcome bonus after completing the trial tasks.
B: The interview takes place by chat, you do not need to come to an office.
B: You must be over 22 years old and have a smartphone with internet access.
B: This is a legal job with a contract. You can do it alongside your current employment.
B: Places are filled on a first come, first served basis, so reply as soon as possible.
B: Please reply only if you are serious about earning extra income.
B: Our HR assistant will send you the onboarding details after your reply.
C: Apply now
C: Start earning
C: Contact the recruiter
`,
    de: `
S: Homeoffice-Stelle frei: {amount} pro Tag verdienen
S: Ihr Profil passt zu unserer Stelle
S: Nebenjob von zu Hause, keine Erfahrung nötig
S: Stellenangebot: Zahlungsassistent gesucht
S: Wir haben Ihren Lebenslauf online gefunden
S: Flexible Arbeit, tägliche Auszahlung ({ref})
S: Wir stellen ein: nur noch {qty} Plätze
S: Einladung zum Gespräch per Chat
S: Arbeiten Sie 1 bis 2 Stunden am Tag mit dem Handy
B: Wir sind ein internationales Unternehmen, das in Ihrem Land wächst, und suchen Teilzeitkräfte. Sie verdienen {amount} pro Tag von zu Hause aus.
B: Die Aufgaben sind einfach: Produkte und Apps online bewerten, etwa eine Stunde täglich. Die Bezahlung erfolgt jeden Tag auf Ihr Bankkonto oder in USDT.
B: Ihr Profil wurde uns von einer Jobplattform empfohlen. Erfahrung ist nicht nötig, Sie werden eingearbeitet.
B: Als Zahlungsassistent empfangen Sie Überweisungen unserer Kunden auf Ihr Konto und leiten sie weiter; {pct}% behalten Sie als Provision.
B: Senden Sie uns zum Start Ihren vollständigen Namen, Ihr Alter, Ihre Stadt und eine WhatsApp-Nummer. Ein Koordinator meldet sich heute.
B: Die ersten {qty} Bewerber erhalten nach den Probeaufgaben einen Willkommensbonus.
B: Das Gespräch findet per Chat statt, Sie müssen in kein Büro kommen.
B: Sie müssen über 22 Jahre alt sein und ein Smartphone mit Internet haben.
B: Dies ist eine legale Tätigkeit mit Vertrag, die Sie neben Ihrem Beruf ausüben können.
B: Die Plätze werden nach Eingang vergeben, antworten Sie also so schnell wie möglich.
B: Bitte antworten Sie nur, wenn Sie ernsthaft dazuverdienen möchten.
B: Unsere Personalassistentin sendet Ihnen nach Ihrer Antwort die Einzelheiten.
C: Jetzt bewerben
C: Jetzt verdienen
C: Recruiter kontaktieren
`,
    nl: `
S: Thuiswerkplek beschikbaar: verdien {amount} per dag
S: Uw profiel past bij onze vacature
S: Bijbaan vanuit huis, geen ervaring nodig
S: Vacature: betalingsassistent gezocht
S: Wij hebben uw cv online gevonden
S: Flexibel werk, dagelijks uitbetaald ({ref})
S: Wij nemen aan: nog {qty} plekken
S: Uitnodiging voor een gesprek via chat
S: Werk 1 tot 2 uur per dag met uw telefoon
B: Wij zijn een internationaal bedrijf dat in uw land uitbreidt en zoeken parttime medewerkers. U verdient {amount} per dag vanuit huis.
B: De taken zijn eenvoudig: producten en apps online beoordelen, ongeveer een uur per dag. De betaling gebeurt dagelijks op uw rekening of in USDT.
B: Uw profiel is ons aanbevolen door een wervingsplatform. Ervaring is niet nodig, u krijgt een training.
B: Als betalingsassistent ontvangt u overboekingen van onze klanten op uw rekening en stuurt u die door; {pct}% houdt u als commissie.
B: Stuur ons om te beginnen uw volledige naam, leeftijd, woonplaats en een WhatsApp-nummer. Een coördinator neemt vandaag contact op.
B: De eerste {qty} kandidaten krijgen na de proefopdrachten een welkomstbonus.
B: Het gesprek gaat via chat, u hoeft niet naar een kantoor te komen.
B: U moet ouder zijn dan 22 jaar en een smartphone met internet hebben.
B: Dit is legaal werk met een contract dat u naast uw huidige baan kunt doen.
B: Wie het eerst komt, het eerst maalt, dus reageer zo snel mogelijk.
B: Reageer alleen als u serieus wilt bijverdienen.
B: Onze HR-assistent stuurt u na uw reactie de details.
C: Nu solliciteren
C: Begin met verdienen
C: Contact met recruiter
`,
    pt: `
S: Vaga home office: ganhe {amount} por dia
S: Seu perfil combina com nossa vaga
S: Trabalho de meio período em casa, sem experiência
S: Oferta de emprego: assistente de pagamentos
S: Encontramos seu currículo na internet
S: Trabalho flexível com pagamento diário ({ref})
S: Contratando agora: restam {qty} vagas
S: Convite para entrevista pelo WhatsApp
S: Trabalhe 1 a 2 horas por dia pelo celular
B: Somos uma empresa internacional em expansão no Brasil e procuramos assistentes de meio período. Você pode ganhar {amount} por dia trabalhando de casa.
B: As tarefas são simples: avaliar produtos e aplicativos online, cerca de uma hora por dia. O pagamento é feito todos os dias via Pix.
B: Seu perfil foi indicado por uma plataforma de recrutamento. Não é preciso experiência, oferecemos treinamento.
B: Como assistente de pagamentos, você recebe transferências de nossos clientes em sua conta e repassa, ficando com {pct}% de comissão.
B: Para começar, envie nome completo, idade, cidade e um número de WhatsApp. Um coordenador vai falar com você hoje.
B: Os primeiros {qty} candidatos recebem um bônus de boas-vindas depois das tarefas de teste.
B: A entrevista é feita por mensagem, você não precisa ir a um escritório.
B: É preciso ter mais de 22 anos e um celular com internet.
B: É um trabalho legal, com contrato, que você pode fazer junto com seu emprego atual.
B: As vagas são preenchidas por ordem de chegada, responda o quanto antes.
B: Responda apenas se tiver interesse sério em ganhar uma renda extra.
B: Nossa assistente de RH enviará os detalhes depois da sua resposta.
C: Candidatar-se
C: Começar a ganhar
C: Falar com o recrutador
`,
    es: `
S: Puesto en remoto: gane {amount} al día
S: Su perfil encaja con nuestra vacante
S: Trabajo a tiempo parcial desde casa, sin experiencia
S: Oferta de empleo: asistente de pagos
S: Trabajo flexible con pago diario ({ref})
S: Trabaje 1 o 2 horas al día desde el móvil
B: Somos una empresa internacional y buscamos asistentes a tiempo parcial. Puede ganar {amount} al día desde casa.
B: Las tareas son sencillas: valorar productos y aplicaciones, una hora al día. El pago es diario a su cuenta o en USDT.
B: Como asistente de pagos recibirá transferencias de clientes en su cuenta y las reenviará, quedándose un {pct}% de comisión.
B: Para empezar, envíenos su nombre completo, edad, ciudad y un número de WhatsApp.
B: La entrevista se hace por chat, no necesita ir a ninguna oficina.
B: Debe tener más de 22 años y un smartphone con internet.
B: Las plazas se cubren por orden de llegada.
B: Responda solo si le interesa de verdad un ingreso extra.
C: Solicitar ahora
C: Empezar a ganar
`,
    fr: `
S: Poste en télétravail : gagnez {amount} par jour
S: Votre profil correspond à notre offre
S: Travail à temps partiel depuis chez vous, sans expérience
S: Offre d'emploi : assistant de paiement
S: Travail flexible payé chaque jour ({ref})
S: Travaillez 1 à 2 heures par jour sur votre téléphone
B: Nous sommes une entreprise internationale et recherchons des assistants à temps partiel. Vous pouvez gagner {amount} par jour depuis chez vous.
B: Les tâches sont simples : noter des produits et des applications, une heure par jour. Le paiement est quotidien sur votre compte ou en USDT.
B: En tant qu'assistant de paiement, vous recevez des virements de nos clients sur votre compte et les transférez, en gardant {pct}% de commission.
B: Pour commencer, envoyez-nous votre nom complet, votre âge, votre ville et un numéro WhatsApp.
B: L'entretien se fait par messagerie, inutile de vous déplacer.
B: Vous devez avoir plus de 22 ans et un smartphone avec internet.
B: Les places sont attribuées dans l'ordre d'arrivée.
B: Répondez seulement si vous souhaitez vraiment un revenu complémentaire.
C: Postuler
C: Commencer à gagner
`,
    it: `
S: Lavoro da remoto: guadagna {amount} al giorno
S: Il tuo profilo corrisponde alla nostra offerta
S: Lavoro part-time da casa, senza esperienza
S: Offerta di lavoro: assistente pagamenti
S: Lavoro flessibile pagato ogni giorno ({ref})
S: Lavora 1-2 ore al giorno dal telefono
B: Siamo un'azienda internazionale e cerchiamo assistenti part-time. Puoi guadagnare {amount} al giorno da casa.
B: I compiti sono semplici: valutare prodotti e app online, un'ora al giorno. Il pagamento è giornaliero sul conto o in USDT.
B: Come assistente pagamenti riceverai bonifici dai clienti sul tuo conto e li inoltrerai, trattenendo il {pct}% di commissione.
B: Per iniziare inviaci nome completo, età, città e un numero WhatsApp.
B: Il colloquio si svolge in chat, non serve venire in ufficio.
B: Devi avere più di 22 anni e uno smartphone con internet.
B: I posti vengono assegnati in ordine di arrivo.
B: Rispondi solo se sei davvero interessato a un guadagno extra.
C: Candidati ora
C: Inizia a guadagnare
`,
  },
  illicit: {
    en: `
S: Buy magic mushroom chocolate bars online
S: Clone cards with high balance for sale
S: Real and fake passports, driving licences, ID cards
S: Order pills online without prescription, discreet delivery
S: Fresh tools in stock: SMTP, RDP, cPanel, mailers
S: Where to order vape carts and edibles online
S: Counterfeit banknotes, undetectable quality
S: Cheap painkillers and sleeping pills, overnight shipping
S: Spice sheets and liquid in stock
B: We sell top quality psilocybin chocolate bars, gummies and capsules with fast and discreet shipping to all states. Stealth packaging guaranteed.
B: Our cloned cards come with a balance from {amount} and work at any ATM worldwide. Swift cash out, full tutorial included.
B: We produce registered passports, driving licences and residence permits that pass every database check. Delivery in {days} days.
B: No prescription needed: oxycodone, xanax, tramadol and other medications at the lowest prices. Payment in bitcoin accepted.
B: New stock every day: SMTP servers, webmail logs, RDP and shells for your campaigns. Replacement guarantee of {hours} hours.
B: Contact us on WhatsApp or Telegram for the menu and the price list. Bulk orders get {pct}% off.
B: Tracking number provided with every order, reshipment if the package is seized.
B: We also offer DMT vape pens, LSD tabs and MDMA crystals for a safe trip.
B: Serious buyers only. Minimum order {qty} units.
B: Our notes are printed with security strips and pass the pen test.
B: All products are tested in our lab before shipping.
B: We have been in business for 10 years with thousands of satisfied customers.
C: View the menu
C: Order now
C: Contact on Telegram
`,
    de: `
S: Zauberpilz-Schokolade online kaufen
S: Geklonte Karten mit hohem Guthaben zu verkaufen
S: Echte und gefälschte Pässe, Führerscheine, Ausweise
S: Tabletten ohne Rezept bestellen, diskreter Versand
S: Frische Tools auf Lager: SMTP, RDP, cPanel, Mailer
S: Vape-Kartuschen und Edibles online bestellen
S: Falschgeld in nicht erkennbarer Qualität
S: Günstige Schmerz- und Schlaftabletten, Versand über Nacht
S: Spice-Papier und Liquid vorrätig
B: Wir verkaufen Psilocybin-Schokoladen, Gummis und Kapseln in Top-Qualität mit schnellem und diskretem Versand. Neutrale Verpackung garantiert.
B: Unsere geklonten Karten haben ein Guthaben ab {amount} und funktionieren an jedem Geldautomaten weltweit. Schnelle Auszahlung, Anleitung inklusive.
B: Wir stellen registrierte Pässe, Führerscheine und Aufenthaltstitel her, die jede Datenbankprüfung bestehen. Lieferung in {days} Tagen.
B: Kein Rezept nötig: Oxycodon, Xanax, Tramadol und andere Medikamente zu den niedrigsten Preisen. Zahlung in Bitcoin möglich.
B: Jeden Tag neue Ware: SMTP-Server, Webmail-Logs, RDP und Shells für Ihre Kampagnen. Ersatzgarantie {hours} Stunden.
B: Kontaktieren Sie uns per WhatsApp oder Telegram für Menü und Preisliste. Großbestellungen erhalten {pct}% Rabatt.
B: Sendungsnummer bei jeder Bestellung, Neuversand, falls das Paket beschlagnahmt wird.
B: Außerdem bieten wir DMT-Vapes, LSD-Trips und MDMA-Kristalle an.
B: Nur ernsthafte Käufer. Mindestbestellung {qty} Stück.
B: Unsere Scheine haben Sicherheitsstreifen und bestehen den Prüfstifttest.
B: Alle Produkte werden vor dem Versand in unserem Labor getestet.
B: Seit 10 Jahren im Geschäft mit Tausenden zufriedener Kunden.
C: Menü ansehen
C: Jetzt bestellen
C: Per Telegram kontaktieren
`,
    nl: `
S: Paddo-chocoladerepen online kopen
S: Gekloonde passen met hoog saldo te koop
S: Echte en valse paspoorten, rijbewijzen, ID-kaarten
S: Pillen zonder recept bestellen, discrete levering
S: Verse tools op voorraad: SMTP, RDP, cPanel, mailers
S: Vape-cartridges en edibles online bestellen
S: Vals geld van onzichtbare kwaliteit
S: Goedkope pijnstillers en slaappillen, levering de volgende dag
S: Spice-papier en liquid op voorraad
B: Wij verkopen psilocybine-chocolade, gummies en capsules van topkwaliteit met snelle en discrete verzending. Neutrale verpakking gegarandeerd.
B: Onze gekloonde passen hebben een saldo vanaf {amount} en werken bij elke geldautomaat ter wereld. Snel opnemen, handleiding inbegrepen.
B: Wij maken geregistreerde paspoorten, rijbewijzen en verblijfsvergunningen die elke databasecontrole doorstaan. Levering in {days} dagen.
B: Geen recept nodig: oxycodon, xanax, tramadol en andere medicijnen tegen de laagste prijzen. Betaling in bitcoin mogelijk.
B: Elke dag nieuwe voorraad: SMTP-servers, webmail-logs, RDP en shells voor uw campagnes. Vervangingsgarantie {hours} uur.
B: Neem contact op via WhatsApp of Telegram voor het menu en de prijslijst. Grote bestellingen krijgen {pct}% korting.
B: Trackingnummer bij elke bestelling, opnieuw verzonden als het pakket in beslag wordt genomen.
B: Ook hebben wij DMT-vapes, LSD-trips en MDMA-kristallen.
B: Alleen serieuze kopers. Minimale bestelling {qty} stuks.
B: Onze biljetten hebben veiligheidsstrips en doorstaan de testpen.
B: Alle producten worden voor verzending in ons lab getest.
B: Al 10 jaar actief met duizenden tevreden klanten.
C: Bekijk het menu
C: Nu bestellen
C: Contact via Telegram
`,
    pt: `
S: Compre chocolate de cogumelo mágico online
S: Cartões clonados com saldo alto à venda
S: Passaportes, CNH e RG verdadeiros e falsos
S: Remédios sem receita, entrega discreta
S: Ferramentas novas em estoque: SMTP, RDP, cPanel, mailers
S: Onde comprar refis de vape e comestíveis online
S: Notas falsas de qualidade indetectável
S: Analgésicos e calmantes baratos, entrega expressa
S: Papel e líquido K em estoque
B: Vendemos chocolates, gomas e cápsulas de psilocibina de alta qualidade com envio rápido e discreto. Embalagem neutra garantida.
B: Nossos cartões clonados vêm com saldo a partir de {amount} e funcionam em qualquer caixa eletrônico do mundo. Saque rápido, tutorial incluso.
B: Fabricamos passaportes, CNH e documentos registrados que passam em qualquer consulta de sistema. Entrega em {days} dias.
B: Sem receita: oxicodona, rivotril, tramadol e outros remédios pelos menores preços. Aceitamos bitcoin.
B: Estoque novo todo dia: servidores SMTP, logs de webmail, RDP e shells para suas campanhas. Garantia de troca de {hours} horas.
B: Chame no WhatsApp ou Telegram para receber o cardápio e a tabela de preços. Pedidos grandes têm {pct}% de desconto.
B: Código de rastreio em todo pedido, reenvio se o pacote for apreendido.
B: Também temos vapes de DMT, selos de LSD e cristais de MDMA.
B: Apenas compradores sérios. Pedido mínimo de {qty} unidades.
B: Nossas notas têm faixa de segurança e passam no teste da caneta.
B: Todos os produtos são testados em nosso laboratório antes do envio.
B: Há 10 anos no mercado com milhares de clientes satisfeitos.
C: Ver cardápio
C: Comprar agora
C: Chamar no Telegram
`,
    es: `
S: Compre chocolate de hongos mágicos online
S: Tarjetas clonadas con saldo alto a la venta
S: Pasaportes y carnés de conducir auténticos y falsos
S: Pastillas sin receta, envío discreto
S: Dónde pedir cartuchos de vape y comestibles online
S: Billetes falsos de calidad indetectable
B: Vendemos chocolates, gominolas y cápsulas de psilocibina de primera calidad con envío rápido y discreto.
B: Nuestras tarjetas clonadas llevan un saldo desde {amount} y funcionan en cualquier cajero del mundo.
B: Fabricamos pasaportes, permisos de conducir y permisos de residencia registrados que pasan cualquier control. Entrega en {days} días.
B: Sin receta: oxicodona, xanax, tramadol y otros medicamentos al mejor precio. Aceptamos bitcoin.
B: Contáctenos por WhatsApp o Telegram para el menú y la lista de precios. Pedidos grandes con un {pct}% de descuento.
B: Número de seguimiento con cada pedido y reenvío si el paquete es incautado.
B: Solo compradores serios. Pedido mínimo {qty} unidades.
B: Llevamos 10 años en el negocio con miles de clientes satisfechos.
C: Ver el menú
C: Pedir ahora
`,
    fr: `
S: Achetez du chocolat aux champignons magiques en ligne
S: Cartes clonées à solde élevé à vendre
S: Vrais et faux passeports, permis de conduire, cartes d'identité
S: Médicaments sans ordonnance, livraison discrète
S: Où commander des cartouches vape et des edibles en ligne
S: Faux billets de qualité indétectable
B: Nous vendons des chocolats, gommes et gélules à la psilocybine de qualité supérieure avec livraison rapide et discrète.
B: Nos cartes clonées ont un solde à partir de {amount} et fonctionnent dans tous les distributeurs du monde.
B: Nous fabriquons des passeports, permis et titres de séjour enregistrés qui passent tous les contrôles. Livraison en {days} jours.
B: Sans ordonnance : oxycodone, xanax, tramadol et autres médicaments au meilleur prix. Paiement en bitcoin accepté.
B: Contactez-nous sur WhatsApp ou Telegram pour le menu et les tarifs. Grosses commandes : {pct}% de remise.
B: Numéro de suivi pour chaque commande, renvoi si le colis est saisi.
B: Acheteurs sérieux uniquement. Commande minimum {qty} unités.
B: Dix ans d'activité et des milliers de clients satisfaits.
C: Voir le menu
C: Commander
`,
    it: `
S: Compra cioccolato ai funghi magici online
S: Carte clonate con saldo alto in vendita
S: Passaporti, patenti e carte d'identità veri e falsi
S: Pillole senza ricetta, consegna discreta
S: Dove ordinare dmt e cartucce vape online
S: Banconote false di qualità non rilevabile
B: Vendiamo cioccolato, caramelle gommose e capsule alla psilocibina di prima qualità con spedizione rapida e discreta.
B: Le nostre carte clonate hanno un saldo a partire da {amount} e funzionano a qualsiasi bancomat del mondo.
B: Produciamo passaporti, patenti e permessi di soggiorno registrati che superano ogni controllo. Consegna in {days} giorni.
B: Senza ricetta: ossicodone, xanax, tramadolo e altri farmaci ai prezzi più bassi. Accettiamo bitcoin.
B: Contattaci su WhatsApp o Telegram per il menu e il listino. Ordini grandi con il {pct}% di sconto.
B: Numero di tracciamento per ogni ordine, rispedizione se il pacco viene sequestrato.
B: Solo acquirenti seri. Ordine minimo {qty} pezzi.
B: Siamo sul mercato da 10 anni con migliaia di clienti soddisfatti.
C: Vedi il menu
C: Ordina ora
`,
  },
  b2b: {
    en: `
S: Guest post request for your website
S: Quick question about your website's ranking
S: Website redesign proposal for your business
S: Request for quotation: bulk order
S: Construction cost estimating services
S: Get more customers: {qty} qualified leads per month
S: Product partnership proposal
S: Your site is not showing on the first page of Google
S: Mobile app development at {pct}% lower cost
B: I came across your website and I would like to publish a high-quality guest article with one do-follow link. What is your price for a sponsored post?
B: I noticed that your website is not ranking for important keywords. Our SEO team can bring you to the first page of Google within three months.
B: We are a web design agency offering a complete redesign of your site, mobile friendly and optimised for speed, starting at {amount}.
B: We are interested in your products and would like to place a bulk order. Please send your catalogue, price list and delivery terms.
B: We provide accurate material take-offs and cost estimates for contractors, with a turnaround of {hours} hours.
B: Our lead generation service delivers {qty} verified B2B contacts in your industry every month, with names, titles and emails.
B: We are looking for distributors in {city}. Our factory offers OEM production and competitive prices with low minimum order quantities.
B: If you are interested, reply to this email and I will send you our portfolio and a free audit report.
B: We have completed more than 500 projects for clients in the US, UK and Europe.
B: Our rates are affordable and we offer a money back guarantee if you are not satisfied.
B: Sorry if this email is not relevant to you. If you do not want to hear from us again, please reply with "no".
B: Looking forward to working with you.
C: See portfolio
C: Get a free audit
C: Request prices
`,
    de: `
S: Anfrage für einen Gastbeitrag auf Ihrer Website
S: Kurze Frage zum Ranking Ihrer Website
S: Angebot zur Neugestaltung Ihrer Website
S: Anfrage für Großbestellung
S: Kostenschätzung für Bauprojekte
S: Mehr Kunden: {qty} qualifizierte Leads pro Monat
S: Vorschlag für eine Produktpartnerschaft
S: Ihre Seite erscheint nicht auf der ersten Google-Seite
S: App-Entwicklung mit {pct}% geringeren Kosten
B: Ich bin auf Ihre Website gestoßen und würde gern einen hochwertigen Gastartikel mit einem Do-Follow-Link veröffentlichen. Was kostet ein gesponserter Beitrag?
B: Mir ist aufgefallen, dass Ihre Website für wichtige Suchbegriffe nicht rankt. Unser SEO-Team bringt Sie in drei Monaten auf die erste Google-Seite.
B: Wir sind eine Webdesign-Agentur und bieten eine komplette Neugestaltung Ihrer Seite an, mobil optimiert und schnell, ab {amount}.
B: Wir interessieren uns für Ihre Produkte und möchten eine Großbestellung aufgeben. Bitte senden Sie Katalog, Preisliste und Lieferbedingungen.
B: Wir erstellen Mengenermittlungen und Kostenschätzungen für Bauunternehmen, innerhalb von {hours} Stunden.
B: Unser Leadgenerierungsdienst liefert jeden Monat {qty} geprüfte B2B-Kontakte Ihrer Branche mit Namen, Position und E-Mail.
B: Wir suchen Vertriebspartner in {city}. Unsere Fabrik bietet OEM-Fertigung zu günstigen Preisen bei kleinen Mindestmengen.
B: Bei Interesse antworten Sie einfach, und ich sende Ihnen unser Portfolio und einen kostenlosen Analysebericht.
B: Wir haben über 500 Projekte für Kunden in den USA, Großbritannien und Europa abgeschlossen.
B: Unsere Preise sind fair, und wir bieten eine Geld-zurück-Garantie, wenn Sie nicht zufrieden sind.
B: Entschuldigen Sie, falls diese E-Mail nicht relevant ist. Antworten Sie mit „nein“, wenn Sie nichts mehr von uns hören möchten.
B: Ich freue mich auf die Zusammenarbeit.
C: Portfolio ansehen
C: Kostenlose Analyse
C: Preise anfragen
`,
    nl: `
S: Verzoek om een gastblog op uw website
S: Korte vraag over de ranking van uw website
S: Voorstel voor een nieuw ontwerp van uw website
S: Offerteaanvraag: grote bestelling
S: Kostenramingen voor bouwprojecten
S: Meer klanten: {qty} gekwalificeerde leads per maand
S: Voorstel voor een productpartnerschap
S: Uw site staat niet op de eerste pagina van Google
S: App-ontwikkeling tegen {pct}% lagere kosten
B: Ik kwam uw website tegen en wil graag een kwalitatief gastartikel met één do-follow-link publiceren. Wat is uw prijs voor een gesponsord bericht?
B: Het viel me op dat uw website niet scoort op belangrijke zoekwoorden. Ons SEO-team brengt u binnen drie maanden op de eerste pagina van Google.
B: Wij zijn een webdesignbureau en bieden een volledig nieuw ontwerp van uw site, mobielvriendelijk en snel, vanaf {amount}.
B: Wij zijn geïnteresseerd in uw producten en willen een grote bestelling plaatsen. Stuur ons uw catalogus, prijslijst en leveringsvoorwaarden.
B: Wij maken hoeveelheidsstaten en kostenramingen voor aannemers, binnen {hours} uur.
B: Onze leadgeneratie levert elke maand {qty} gecontroleerde B2B-contacten in uw branche met naam, functie en e-mail.
B: Wij zoeken distributeurs in {city}. Onze fabriek biedt OEM-productie tegen scherpe prijzen met lage minimumaantallen.
B: Als u interesse heeft, antwoord dan op deze e-mail en ik stuur u ons portfolio en een gratis analyse.
B: Wij hebben meer dan 500 projecten afgerond voor klanten in de VS, het VK en Europa.
B: Onze tarieven zijn betaalbaar en u krijgt uw geld terug als u niet tevreden bent.
B: Excuses als deze e-mail niet relevant is. Antwoord met "nee" als u niets meer van ons wilt horen.
B: Ik kijk uit naar de samenwerking.
C: Portfolio bekijken
C: Gratis analyse
C: Prijzen opvragen
`,
    pt: `
S: Pedido de artigo de convidado no seu site
S: Pergunta rápida sobre o ranqueamento do seu site
S: Proposta de novo design para o seu site
S: Solicitação de cotação: pedido em grande quantidade
S: Serviços de orçamento para obras
S: Mais clientes: {qty} leads qualificados por mês
S: Proposta de parceria de produto
S: Seu site não aparece na primeira página do Google
S: Desenvolvimento de aplicativos com custo {pct}% menor
B: Encontrei seu site e gostaria de publicar um artigo de convidado de qualidade com um link do-follow. Qual é o valor de um post patrocinado?
B: Percebi que seu site não aparece para palavras-chave importantes. Nossa equipe de SEO leva você à primeira página do Google em três meses.
B: Somos uma agência de web design e oferecemos um site totalmente novo, responsivo e rápido, a partir de {amount}.
B: Temos interesse em seus produtos e gostaríamos de fazer um pedido grande. Envie catálogo, tabela de preços e condições de entrega.
B: Fazemos levantamento de materiais e orçamentos para construtoras, com entrega em {hours} horas.
B: Nosso serviço entrega {qty} contatos B2B verificados do seu setor por mês, com nome, cargo e e-mail.
B: Procuramos distribuidores em {city}. Nossa fábrica oferece produção OEM com preços competitivos e pedido mínimo baixo.
B: Se tiver interesse, responda este e-mail e envio nosso portfólio e uma auditoria gratuita.
B: Já concluímos mais de 500 projetos para clientes nos EUA, no Reino Unido e na Europa.
B: Nossos preços são acessíveis e devolvemos o dinheiro se você não ficar satisfeito.
B: Desculpe se este e-mail não for relevante. Responda "não" se não quiser mais receber nossas mensagens.
B: Fico no aguardo para trabalharmos juntos.
C: Ver portfólio
C: Auditoria grátis
C: Pedir preços
`,
    es: `
S: Solicitud de artículo invitado para su web
S: Pregunta rápida sobre el posicionamiento de su web
S: Propuesta de rediseño de su página web
S: Solicitud de presupuesto: pedido al por mayor
S: Más clientes: {qty} contactos cualificados al mes
S: Su web no aparece en la primera página de Google
B: He visto su web y me gustaría publicar un artículo invitado de calidad con un enlace do-follow. ¿Cuál es su tarifa por un post patrocinado?
B: He notado que su web no posiciona para palabras clave importantes. Nuestro equipo SEO le llevará a la primera página en tres meses.
B: Somos una agencia de diseño web y ofrecemos un rediseño completo de su sitio desde {amount}.
B: Estamos interesados en sus productos y queremos hacer un pedido grande. Envíe catálogo, lista de precios y condiciones.
B: Nuestro servicio entrega {qty} contactos B2B verificados de su sector cada mes.
B: Si le interesa, responda y le enviaré nuestro portafolio y una auditoría gratuita.
B: Disculpe si este correo no le resulta relevante. Responda "no" si no desea más mensajes.
B: Quedo a la espera de poder colaborar.
C: Ver portafolio
C: Auditoría gratis
`,
    fr: `
S: Demande d'article invité sur votre site
S: Petite question sur le référencement de votre site
S: Proposition de refonte de votre site web
S: Demande de devis : commande en gros
S: Plus de clients : {qty} prospects qualifiés par mois
S: Votre site n'apparaît pas en première page de Google
B: J'ai découvert votre site et j'aimerais publier un article invité de qualité avec un lien do-follow. Quel est votre tarif pour un article sponsorisé ?
B: J'ai remarqué que votre site n'est pas classé sur des mots-clés importants. Notre équipe SEO vous amène en première page en trois mois.
B: Nous sommes une agence web et proposons une refonte complète de votre site à partir de {amount}.
B: Vos produits nous intéressent et nous souhaitons passer une commande en gros. Envoyez-nous catalogue, tarifs et conditions de livraison.
B: Notre service fournit chaque mois {qty} contacts B2B vérifiés de votre secteur.
B: Si cela vous intéresse, répondez à cet e-mail et je vous enverrai notre portfolio et un audit gratuit.
B: Désolé si cet e-mail ne vous concerne pas. Répondez « non » pour ne plus recevoir de messages.
B: Au plaisir de travailler avec vous.
C: Voir le portfolio
C: Audit gratuit
`,
    it: `
S: Richiesta di guest post sul vostro sito
S: Domanda veloce sul posizionamento del vostro sito
S: Proposta di restyling del vostro sito web
S: Richiesta di preventivo: ordine all'ingrosso
S: Più clienti: {qty} contatti qualificati al mese
S: Il vostro sito non compare nella prima pagina di Google
B: Ho visto il vostro sito e vorrei pubblicare un articolo ospite di qualità con un link do-follow. Qual è il prezzo per un post sponsorizzato?
B: Ho notato che il vostro sito non si posiziona per parole chiave importanti. Il nostro team SEO vi porta in prima pagina in tre mesi.
B: Siamo un'agenzia web e offriamo un restyling completo del sito a partire da {amount}.
B: Siamo interessati ai vostri prodotti e vorremmo fare un ordine all'ingrosso. Inviate catalogo, listino e condizioni di consegna.
B: Il nostro servizio fornisce ogni mese {qty} contatti B2B verificati del vostro settore.
B: Se siete interessati, rispondete a questa email e vi invierò il portfolio e un audit gratuito.
B: Scusate se questa email non è pertinente. Rispondete "no" per non ricevere altri messaggi.
B: In attesa di collaborare con voi.
C: Vedi portfolio
C: Audit gratuito
`,
  },
  charity: {
    en: `
S: Urgent appeal: help the flood victims
S: A gift of {amount} can save a child's life
S: Donation request from our orphanage
S: Please help us rebuild after the earthquake
S: Charity donation for you: please confirm receipt
S: I want to donate my wealth through you
S: Winter emergency: families need your support
S: Your donation will be doubled today
S: Sponsor a child for {amount} a month
B: Thousands of families lost their homes in the floods last week. Your donation provides food, clean water and shelter right now.
B: We are a small orphanage in {city} caring for {qty} children. We urgently need help to pay for food and school fees this month.
B: I am a retired businesswoman with terminal cancer. I have decided to give {amount} to charity and I need an honest person to distribute it.
B: Every gift made before midnight will be matched by a generous donor, so your help counts twice.
B: Please send your donation by bank transfer, gift card or bitcoin to the account in this message.
B: You have been chosen to receive a charity grant of {amount} from our foundation. Reply with your details to start the payment.
B: Our volunteers are already on the ground, but the needs are enormous and supplies are running out.
B: Even a small amount makes a difference. Thank you for your generosity and God bless you.
B: We are not able to receive cards at the moment, so kindly use the transfer details below.
B: Your contribution is tax deductible, and you will receive a receipt by email.
B: Reply to this email so that we can send you the donation form.
B: With love and gratitude, on behalf of the children.
C: Donate now
C: Help today
C: Reply to help
`,
    de: `
S: Dringender Aufruf: helfen Sie den Flutopfern
S: Eine Spende von {amount} kann ein Kinderleben retten
S: Spendenbitte unseres Waisenhauses
S: Bitte helfen Sie uns beim Wiederaufbau nach dem Erdbeben
S: Wohltätige Spende für Sie: bitte bestätigen Sie den Empfang
S: Ich möchte mein Vermögen über Sie spenden
S: Winternotlage: Familien brauchen Ihre Hilfe
S: Ihre Spende wird heute verdoppelt
S: Werden Sie Pate eines Kindes für {amount} im Monat
B: Tausende Familien haben bei den Überschwemmungen letzte Woche ihr Zuhause verloren. Ihre Spende sorgt sofort für Essen, sauberes Wasser und Unterkunft.
B: Wir sind ein kleines Waisenhaus in {city} und kümmern uns um {qty} Kinder. Wir brauchen dringend Hilfe für Essen und Schulgeld in diesem Monat.
B: Ich bin eine pensionierte Geschäftsfrau mit unheilbarem Krebs. Ich habe beschlossen, {amount} zu spenden, und brauche eine ehrliche Person, die das Geld verteilt.
B: Jede Spende bis Mitternacht wird von einem großzügigen Spender verdoppelt, Ihre Hilfe zählt also doppelt.
B: Bitte senden Sie Ihre Spende per Überweisung, Geschenkkarte oder Bitcoin an das Konto in dieser Nachricht.
B: Sie wurden ausgewählt, eine Spende von {amount} aus unserer Stiftung zu erhalten. Antworten Sie mit Ihren Daten, um die Auszahlung zu starten.
B: Unsere Helfer sind bereits vor Ort, aber die Not ist riesig und die Vorräte gehen zur Neige.
B: Auch ein kleiner Betrag hilft. Danke für Ihre Großzügigkeit und Gottes Segen.
B: Kartenzahlungen sind derzeit nicht möglich, bitte nutzen Sie die Bankdaten unten.
B: Ihre Spende ist steuerlich absetzbar, die Quittung erhalten Sie per E-Mail.
B: Antworten Sie auf diese E-Mail, damit wir Ihnen das Spendenformular senden können.
B: In Liebe und Dankbarkeit, im Namen der Kinder.
C: Jetzt spenden
C: Heute helfen
C: Antworten und helfen
`,
    nl: `
S: Dringende oproep: help de slachtoffers van de overstroming
S: Een gift van {amount} kan een kinderleven redden
S: Verzoek om een donatie voor ons weeshuis
S: Help ons alstublieft met de wederopbouw na de aardbeving
S: Liefdadigheidsgift voor u: bevestig de ontvangst
S: Ik wil mijn vermogen via u schenken
S: Winternood: gezinnen hebben uw steun nodig
S: Uw donatie wordt vandaag verdubbeld
S: Word sponsor van een kind voor {amount} per maand
B: Duizenden gezinnen verloren vorige week hun huis bij de overstromingen. Uw gift zorgt nu meteen voor voedsel, schoon water en onderdak.
B: Wij zijn een klein weeshuis in {city} en zorgen voor {qty} kinderen. We hebben deze maand dringend hulp nodig voor eten en schoolgeld.
B: Ik ben een gepensioneerde zakenvrouw met ongeneeslijke kanker. Ik heb besloten {amount} aan goede doelen te geven en zoek een eerlijk persoon om het te verdelen.
B: Elke gift vóór middernacht wordt verdubbeld door een gulle donateur, dus uw hulp telt dubbel.
B: Stuur uw donatie via overboeking, cadeaukaart of bitcoin naar de rekening in dit bericht.
B: U bent gekozen om een schenking van {amount} van onze stichting te ontvangen. Antwoord met uw gegevens om de betaling te starten.
B: Onze vrijwilligers zijn al ter plaatse, maar de nood is enorm en de voorraden raken op.
B: Ook een klein bedrag maakt het verschil. Dank voor uw vrijgevigheid en God zegene u.
B: Wij kunnen op dit moment geen kaarten ontvangen, gebruik daarom de rekeninggegevens hieronder.
B: Uw gift is aftrekbaar voor de belasting en u ontvangt een bewijs per e-mail.
B: Antwoord op deze e-mail zodat wij u het donatieformulier kunnen sturen.
B: Met liefde en dankbaarheid, namens de kinderen.
C: Nu doneren
C: Vandaag helpen
C: Antwoorden en helpen
`,
    pt: `
S: Apelo urgente: ajude as vítimas das enchentes
S: Uma doação de {amount} pode salvar a vida de uma criança
S: Pedido de doação do nosso orfanato
S: Ajude-nos a reconstruir depois do terremoto
S: Doação beneficente para você: confirme o recebimento
S: Quero doar minha fortuna por meio de você
S: Emergência de inverno: famílias precisam do seu apoio
S: Sua doação será dobrada hoje
S: Apadrinhe uma criança por {amount} por mês
B: Milhares de famílias perderam suas casas nas enchentes da semana passada. Sua doação garante comida, água potável e abrigo agora.
B: Somos um pequeno orfanato em {city} que cuida de {qty} crianças. Precisamos com urgência de ajuda para comida e escola este mês.
B: Sou uma empresária aposentada com câncer terminal. Decidi doar {amount} para caridade e preciso de uma pessoa honesta para distribuir.
B: Cada doação feita até a meia-noite será dobrada por um doador generoso, então sua ajuda vale em dobro.
B: Envie sua doação por Pix, cartão-presente ou bitcoin para a conta indicada nesta mensagem.
B: Você foi escolhido para receber uma doação de {amount} da nossa fundação. Responda com seus dados para iniciar o pagamento.
B: Nossos voluntários já estão no local, mas a necessidade é enorme e os suprimentos estão acabando.
B: Até um pequeno valor faz diferença. Obrigado pela sua generosidade e que Deus o abençoe.
B: No momento não conseguimos receber cartões, por favor use os dados bancários abaixo.
B: Sua contribuição pode ser deduzida do imposto, e você receberá o recibo por e-mail.
B: Responda a este e-mail para receber o formulário de doação.
B: Com amor e gratidão, em nome das crianças.
C: Doar agora
C: Ajudar hoje
C: Responder e ajudar
`,
    es: `
S: Llamamiento urgente: ayude a las víctimas de las inundaciones
S: Un donativo de {amount} puede salvar la vida de un niño
S: Petición de donación de nuestro orfanato
S: Donación benéfica para usted: confirme la recepción
S: Quiero donar mi fortuna a través de usted
S: Su donativo se duplicará hoy
B: Miles de familias perdieron su casa en las inundaciones. Su donativo proporciona comida, agua y refugio ahora mismo.
B: Somos un pequeño orfanato en {city} que cuida de {qty} niños. Necesitamos ayuda urgente para comida y colegio.
B: Soy una empresaria jubilada con cáncer terminal. He decidido donar {amount} y necesito una persona honrada que lo reparta.
B: Cada donativo antes de medianoche será duplicado por un donante generoso.
B: Envíe su donativo por transferencia, tarjeta regalo o bitcoin a la cuenta de este mensaje.
B: Ha sido elegido para recibir una donación de {amount} de nuestra fundación. Responda con sus datos.
B: Incluso una pequeña cantidad marca la diferencia. Gracias y que Dios le bendiga.
B: Responda a este correo para recibir el formulario de donación.
C: Donar ahora
C: Ayudar hoy
`,
    fr: `
S: Appel urgent : aidez les victimes des inondations
S: Un don de {amount} peut sauver la vie d'un enfant
S: Demande de don de notre orphelinat
S: Don caritatif pour vous : merci de confirmer la réception
S: Je souhaite faire don de ma fortune par votre intermédiaire
S: Votre don sera doublé aujourd'hui
B: Des milliers de familles ont perdu leur maison dans les inondations. Votre don fournit nourriture, eau potable et abri dès maintenant.
B: Nous sommes un petit orphelinat à {city} qui accueille {qty} enfants. Nous avons un besoin urgent d'aide pour la nourriture et l'école.
B: Je suis une femme d'affaires retraitée atteinte d'un cancer incurable. J'ai décidé de donner {amount} et je cherche une personne honnête pour le distribuer.
B: Chaque don fait avant minuit sera doublé par un généreux donateur.
B: Envoyez votre don par virement, carte cadeau ou bitcoin sur le compte indiqué.
B: Vous avez été choisi pour recevoir un don de {amount} de notre fondation. Répondez avec vos coordonnées.
B: Même une petite somme compte. Merci et que Dieu vous bénisse.
B: Répondez à cet e-mail pour recevoir le formulaire de don.
C: Faire un don
C: Aider aujourd'hui
`,
    it: `
S: Appello urgente: aiuta le vittime dell'alluvione
S: Una donazione di {amount} può salvare la vita di un bambino
S: Richiesta di donazione dal nostro orfanotrofio
S: Donazione benefica per te: conferma la ricezione
S: Voglio donare il mio patrimonio tramite te
S: La tua donazione sarà raddoppiata oggi
B: Migliaia di famiglie hanno perso la casa nell'alluvione. La tua donazione garantisce subito cibo, acqua e riparo.
B: Siamo un piccolo orfanotrofio a {city} che accoglie {qty} bambini. Abbiamo bisogno urgente di aiuto per cibo e scuola.
B: Sono un'imprenditrice in pensione malata di cancro. Ho deciso di donare {amount} e cerco una persona onesta che lo distribuisca.
B: Ogni donazione fatta entro mezzanotte sarà raddoppiata da un generoso donatore.
B: Invia la tua donazione con bonifico, carta regalo o bitcoin sul conto indicato.
B: Sei stato scelto per ricevere una donazione di {amount} dalla nostra fondazione. Rispondi con i tuoi dati.
B: Anche una piccola somma fa la differenza. Grazie e che Dio ti benedica.
B: Rispondi a questa email per ricevere il modulo di donazione.
C: Dona ora
C: Aiuta oggi
`,
  },
}
