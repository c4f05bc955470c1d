// Shipped lists the modern-abuse rules read: brands phishers impersonate and
// their own domains, hosts that hide where a link leads (shorteners, open
// redirectors), free web hosting and IPFS gateways abused for phishing pages, free image hosts,
// and the click-tracking hosts of the common e-mail service providers (whose
// rewritten links are not a sign of deception). The admin extends the host
// lists in config/outpost_policy.ini [lists] and the brands in [brands]
// (src/engine/settings.ts, src/engine/rules/context.ts, src/engine/rules/brands.ts).
import type { HostSet } from '../types'

/**
 * Brands that are impersonated in phishing, as the words a display name uses,
 * with the organisational domains they really send from and link to. A brand
 * listed here and named in a From display name, or embedded in a look-alike
 * host name, while the domain is none of these, is evidence of impersonation.
 * `host` is the token looked for inside host names (letters/digits only, at
 * least 5 characters, so that short words inside ordinary names do not match);
 * '' means the brand is recognised in display names only.
 */
export interface Brand {
  names: string[]
  host: string
  domains: string[]
  /**
   * A group of independent member institutions, each with a domain of its own in the group's home
   * countries: "sparkasse-elbtal.de", "volksbank-mittelhessen.de". Their mail is the brand's own.
   */
  members?: { label: RegExp; tlds: string[] }
}

export const BRANDS: Brand[] = [
  { names: ['paypal'], host: 'paypal', domains: ['paypal.com', 'paypal.me', 'paypal.de', 'paypal.nl', 'paypal-communication.com', 'paypalobjects.com'] },
  { names: ['microsoft', 'office 365', 'office365', 'microsoft 365', 'outlook', 'onedrive', 'sharepoint', 'windows defender'], host: 'microsoft', domains: ['microsoft.com', 'office.com', 'office365.com', 'outlook.com', 'live.com', 'hotmail.com', 'microsoftonline.com', 'sharepoint.com', 'sharepointonline.com', 'microsoftstore.com', 'msn.com', 'skype.com', 'azure.com', 'bing.com', 'linkedin.com', 'onedrive.com', 'sway.office.com', 'microsoft.de', 'microsoft365.com', 'sharepoint.cn', 'sharepoint.us', 'sharepoint-mil.us', 'sharepoint.de'] },
  { names: ['apple', 'icloud', 'itunes', 'app store'], host: 'icloud', domains: ['apple.com', 'icloud.com', 'me.com', 'mac.com', 'itunes.com', 'apple.news'] },
  { names: ['amazon', 'prime video', 'amazon prime'], host: 'amazon', domains: ['amazon.com', 'amazon.de', 'amazon.co.uk', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.nl', 'amazon.com.br', 'amazon.ca', 'amazon.co.jp', 'amazon.in', 'amazon.com.mx', 'amazonses.com', 'amazonaws.com', 'primevideo.com', 'amazon.pl', 'amazon.se', 'amazon.com.be', 'a2z.com'] },
  { names: ['netflix'], host: 'netflix', domains: ['netflix.com', 'netflix.net'] },
  { names: ['google', 'gmail', 'google drive', 'google docs'], host: '', domains: ['google.com', 'gmail.com', 'googlemail.com', 'youtube.com', 'googlegroups.com', 'google.de', 'google.nl', 'google.fr', 'google.co.uk', 'googleusercontent.com', 'withgoogle.com'] },
  { names: ['dhl'], host: '', domains: ['dhl.com', 'dhl.de', 'dhl.nl', 'dhl.fr', 'dhl.it', 'dhl.es', 'dhl.co.uk', 'dhlparcel.nl', 'dhl-news.com', 'deutschepost.de', 'dpdhl.com'] },
  { names: ['fedex'], host: '', domains: ['fedex.com'] },
  { names: ['ups'], host: '', domains: ['ups.com'] },
  { names: ['usps'], host: '', domains: ['usps.com', 'usps.gov'] },
  { names: ['royal mail'], host: 'royalmail', domains: ['royalmail.com', 'royalmail.co.uk'] },
  { names: ['postnl'], host: 'postnl', domains: ['postnl.nl', 'postnl.com'] },
  { names: ['correios'], host: 'correios', domains: ['correios.com.br'] },
  { names: ['la poste', 'laposte', 'colissimo', 'chronopost'], host: 'colissimo', domains: ['laposte.fr', 'laposte.net', 'colissimo.fr', 'chronopost.fr', 'lapostemobile.fr'] },
  { names: ['poste italiane'], host: 'posteitaliane', domains: ['poste.it', 'posteitaliane.it'] },
  { names: ['gls'], host: '', domains: ['gls-group.eu', 'gls-group.com', 'gls-pakete.de', 'gls-italy.com', 'gls-spain.es', 'gls-france.com'] },
  { names: ['dpd'], host: '', domains: ['dpd.com', 'dpd.de', 'dpd.nl', 'dpd.fr', 'dpd.co.uk', 'dpdgroup.com'] },
  { names: ['hermes'], host: '', domains: ['myhermes.de', 'hermesworld.com', 'evri.com'] },
  { names: ['metamask'], host: 'metamask', domains: ['metamask.io', 'consensys.io', 'consensys.net'] },
  { names: ['coinbase'], host: 'coinbase', domains: ['coinbase.com'] },
  { names: ['ledger'], host: '', domains: ['ledger.com'] },
  { names: ['trezor'], host: 'trezor', domains: ['trezor.io'] },
  { names: ['binance'], host: 'binance', domains: ['binance.com'] },
  { names: ['kraken'], host: '', domains: ['kraken.com'] },
  { names: ['crypto.com'], host: '', domains: ['crypto.com'] },
  { names: ['trust wallet'], host: 'trustwallet', domains: ['trustwallet.com'] },
  { names: ['blockchain.com'], host: '', domains: ['blockchain.com'] },
  { names: ['opensea'], host: 'opensea', domains: ['opensea.io'] },
  { names: ['ripple'], host: '', domains: ['ripple.com', 'xrpl.org'] },
  { names: ['docusign'], host: 'docusign', domains: ['docusign.com', 'docusign.net'] },
  { names: ['dropbox'], host: 'dropbox', domains: ['dropbox.com', 'dropboxmail.com'] },
  { names: ['wetransfer'], host: 'wetransfer', domains: ['wetransfer.com'] },
  { names: ['adobe'], host: '', domains: ['adobe.com', 'adobesign.com', 'echosign.com'] },
  { names: ['facebook', 'instagram', 'whatsapp'], host: 'facebook', domains: ['facebook.com', 'facebookmail.com', 'instagram.com', 'whatsapp.com', 'meta.com', 'fb.com'] },
  { names: ['mcafee'], host: 'mcafee', domains: ['mcafee.com'] },
  { names: ['norton'], host: '', domains: ['norton.com', 'nortonlifelock.com', 'gen.digital'] },
  { names: ['avast'], host: '', domains: ['avast.com'] },
  { names: ['spotify'], host: 'spotify', domains: ['spotify.com'] },
  { names: ['steam'], host: '', domains: ['steampowered.com', 'steamcommunity.com'] },
  { names: ['ebay'], host: '', domains: ['ebay.com', 'ebay.de', 'ebay.co.uk', 'ebay.fr', 'ebay.it', 'ebay.es', 'ebay.nl'] },
  { names: ['walmart'], host: 'walmart', domains: ['walmart.com'] },
  { names: ['costco'], host: 'costco', domains: ['costco.com'] },
  { names: ['lidl'], host: '', domains: ['lidl.de', 'lidl.com', 'lidl.nl', 'lidl.fr', 'lidl.it', 'lidl.es', 'lidl.co.uk'] },
  { names: ['aldi'], host: '', domains: ['aldi.com', 'aldi-nord.de', 'aldi-sued.de', 'aldi.nl', 'aldi.co.uk'] },
  { names: ['edeka'], host: '', domains: ['edeka.de'] },
  { names: ['rewe'], host: '', domains: ['rewe.de'] },
  { names: ['albert heijn'], host: 'albertheijn', domains: ['ah.nl', 'albertheijn.nl'] },
  { names: ['kruidvat'], host: 'kruidvat', domains: ['kruidvat.nl', 'kruidvat.be'] },
  { names: ['sparkasse'], host: 'sparkasse', domains: ['sparkasse.de', 's-finanzgruppe.de'], members: { label: /^(?:[a-z0-9]{1,30}-)?(?:kreis|stadt)?sparkasse(?:-[a-z0-9]{1,30}){0,4}$/, tlds: ['de', 'at'] } },
  { names: ['volksbank', 'vr securego', 'securego'], host: 'volksbank', domains: ['volksbank.de', 'vr.de'], members: { label: /^(?:[a-z0-9]{1,30}-)?volksbank(?:-[a-z0-9]{1,30}){0,4}$/, tlds: ['de', 'at', 'it'] } },
  { names: ['commerzbank'], host: 'commerzbank', domains: ['commerzbank.de', 'commerzbank.com'] },
  { names: ['deutsche bank'], host: 'deutschebank', domains: ['deutsche-bank.de', 'db.com'] },
  { names: ['postbank'], host: 'postbank', domains: ['postbank.de'] },
  { names: ['rabobank'], host: 'rabobank', domains: ['rabobank.nl', 'rabobank.com'] },
  { names: ['abn amro'], host: 'abnamro', domains: ['abnamro.nl', 'abnamro.com'] },
  { names: ['ing bank', 'ing-bank'], host: '', domains: ['ing.nl', 'ing.de', 'ing.com', 'ing.be', 'ing.es', 'ing.it'] },
  { names: ['santander'], host: 'santander', domains: ['santander.com', 'santander.de', 'santander.es', 'santander.co.uk', 'santander.com.br', 'santander.pt', 'bancosantander.es', 'gruposantander.com', 'santanderconsumer.com'] },
  { names: ['bbva'], host: '', domains: ['bbva.com', 'bbva.es', 'bbva.mx'] },
  { names: ['caixa', 'caixabank'], host: 'caixabank', domains: ['caixabank.com', 'caixabank.es', 'caixa.gov.br', 'cgd.pt'] },
  { names: ['banco do brasil'], host: 'bancodobrasil', domains: ['bb.com.br'] },
  { names: ['bradesco'], host: 'bradesco', domains: ['bradesco.com.br', 'banco.bradesco'] },
  { names: ['itaú', 'itau'], host: '', domains: ['itau.com.br'] },
  { names: ['nubank'], host: 'nubank', domains: ['nubank.com.br', 'nu.com.mx'] },
  { names: ['intesa sanpaolo'], host: 'intesasanpaolo', domains: ['intesasanpaolo.com'] },
  { names: ['unicredit'], host: 'unicredit', domains: ['unicredit.it', 'unicredit.eu', 'unicreditgroup.eu'] },
  { names: ['bnp paribas'], host: 'bnpparibas', domains: ['bnpparibas.com', 'bnpparibas.fr', 'mabanque.bnpparibas', 'bnpparibasfortis.be', 'bnpparibas.be', 'hellobank.be'] },
  { names: ['crédit agricole', 'credit agricole'], host: 'creditagricole', domains: ['credit-agricole.fr', 'credit-agricole.com'] },
  { names: ['wells fargo'], host: 'wellsfargo', domains: ['wellsfargo.com'] },
  { names: ['chase bank', 'jpmorgan chase'], host: '', domains: ['chase.com', 'jpmorgan.com'] },
  { names: ['bank of america'], host: 'bankofamerica', domains: ['bankofamerica.com', 'bofa.com'] },
  { names: ['hsbc'], host: '', domains: ['hsbc.com', 'hsbc.co.uk'] },
  { names: ['barclays'], host: 'barclays', domains: ['barclays.com', 'barclays.co.uk'] },
  { names: ['american express', 'amex'], host: 'americanexpress', domains: ['americanexpress.com', 'aexp.com'] },
  { names: ['visa'], host: '', domains: ['visa.com'] },
  { names: ['mastercard'], host: 'mastercard', domains: ['mastercard.com'] },
  { names: ['irs'], host: '', domains: ['irs.gov'] },
  { names: ['hmrc', 'hm revenue & customs', 'hm revenue and customs'], host: '', domains: ['hmrc.gov.uk', 'gov.uk', 'service.gov.uk'] },
  { names: ['t-online', 'telekom'], host: 'telekom', domains: ['t-online.de', 'telekom.de', 'telekom.com'] },
  { names: ['vodafone'], host: 'vodafone', domains: ['vodafone.com', 'vodafone.de', 'vodafone.nl', 'vodafone.co.uk', 'vodafone.it', 'vodafone.es', 'vodafone.pt'] },
  { names: ['ziggo'], host: '', domains: ['ziggo.nl'] },
  { names: ['kpn'], host: '', domains: ['kpn.com', 'kpnmail.nl'] },
  { names: ['orange'], host: '', domains: ['orange.fr', 'orange.com'] },
  { names: ['booking.com'], host: '', domains: ['booking.com'] },
  { names: ['airbnb'], host: 'airbnb', domains: ['airbnb.com'] },
  { names: ['zoom'], host: '', domains: ['zoom.us', 'zoom.com'] },
  { names: ['openai', 'chatgpt'], host: '', domains: ['openai.com', 'chatgpt.com'] },
  // his name in the possessive is the energy-saving and crypto kits' sender ("Elon's Green Vision", "Musk's
  // Vision"); a man called Elon writes his name without it
  { names: ['elon musk', "elon's", "musk's", 'elon s', 'musk s', 'tesla'], host: '', domains: ['tesla.com', 'x.com', 'spacex.com'] },
  { names: ['tupperware'], host: '', domains: ['tupperware.com'] },
  { names: ['nespresso'], host: '', domains: ['nespresso.com'] },
  { names: ['samsung'], host: '', domains: ['samsung.com'] },
  { names: ['lowes', "lowe's"], host: '', domains: ['lowes.com'] },
  // crypto wallets and exchanges named in 2023-2025 lures
  { names: ['exodus wallet'], host: '', domains: ['exodus.com', 'exodus.io'] },
  { names: ['electrum'], host: 'electrum', domains: ['electrum.org'] },
  { names: ['phantom wallet'], host: '', domains: ['phantom.app', 'phantom.com'] },
  { names: ['uniswap'], host: 'uniswap', domains: ['uniswap.org'] },
  { names: ['bitget'], host: 'bitget', domains: ['bitget.com'] },
  { names: ['bybit'], host: 'bybit', domains: ['bybit.com'] },
  { names: ['kucoin'], host: 'kucoin', domains: ['kucoin.com'] },
  { names: ['okx'], host: '', domains: ['okx.com'] },
  { names: ['ethereum'], host: '', domains: ['ethereum.org'] },
  { names: ['lido finance', 'lido staking'], host: '', domains: ['lido.fi'] },
  { names: ['bitpanda'], host: 'bitpanda', domains: ['bitpanda.com'] },
  { names: ['blockfi', 'celsius network', 'bittrex', 'ftx'], host: '', domains: ['blockfi.com', 'celsius.network', 'bittrex.com', 'ftx.com', 'kroll.com', 'stretto.com'] },
  { names: ['tether'], host: '', domains: ['tether.to'] },
  { names: ['revolut'], host: 'revolut', domains: ['revolut.com'] },
  { names: ['n26'], host: '', domains: ['n26.com'] },
  { names: ['transferwise', 'wise.com'], host: 'transferwise', domains: ['wise.com', 'transferwise.com'] },
  // banks, cards and payment services
  { names: ['itaucard', 'ourocard'], host: 'itaucard', domains: ['itau.com.br', 'bb.com.br'] },
  { names: ['caixa econômica', 'caixa economica'], host: '', domains: ['caixa.gov.br'] },
  { names: ['mercado pago', 'mercado livre'], host: 'mercadopago', domains: ['mercadopago.com', 'mercadopago.com.br', 'mercadolivre.com.br', 'mercadolibre.com'] },
  { names: ['picpay'], host: 'picpay', domains: ['picpay.com'] },
  { names: ['livelo'], host: '', domains: ['livelo.com.br'] },
  { names: ['citibank'], host: 'citibank', domains: ['citi.com', 'citibank.com'] },
  { names: ['capital one'], host: 'capitalone', domains: ['capitalone.com'] },
  { names: ['lloyds bank'], host: 'lloydsbank', domains: ['lloydsbank.com', 'lloydsbank.co.uk', 'lloydsbankinggroup.com'] },
  { names: ['natwest'], host: 'natwest', domains: ['natwest.com'] },
  { names: ['bunq'], host: '', domains: ['bunq.com'] },
  { names: ['belfius', 'kbc bank'], host: 'belfius', domains: ['belfius.be', 'kbc.be', 'kbc.com'] },
  { names: ['klarna'], host: 'klarna', domains: ['klarna.com'] },
  { names: ['stripe'], host: '', domains: ['stripe.com'] },
  { names: ['venmo', 'cash app', 'zelle'], host: '', domains: ['venmo.com', 'cash.app', 'squareup.com', 'zellepay.com'] },
  // public bodies
  { names: ['social security administration', 'ssa', 'usagov', 'usa.gov', 'medicare'], host: '', domains: ['ssa.gov', 'usa.gov', 'medicare.gov', 'cms.gov'] },
  { names: ['receita federal', 'gov.br'], host: 'receitafederal', domains: ['gov.br'] },
  { names: ['belastingdienst', 'digid', 'mijnoverheid'], host: 'belastingdienst', domains: ['belastingdienst.nl', 'digid.nl', 'mijnoverheid.nl', 'overheid.nl'] },
  { names: ['finanzamt', 'elster'], host: '', domains: ['elster.de', 'finanzamt.de', 'bund.de'] },
  { names: ['ameli', 'impots.gouv', 'antai', 'assurance maladie', "caisse d'allocations familiales", 'caf'], host: '', domains: ['ameli.fr', 'impots.gouv.fr', 'antai.gouv.fr', 'gouv.fr', 'caf.fr'] },
  { names: ['agenzia delle entrate'], host: '', domains: ['agenziaentrate.gov.it', 'agenziaentrate.it'] },
  // shops, services and carriers named in prize, survey and invoice lures
  { names: ['temu'], host: '', domains: ['temu.com', 'temuemail.com'] },
  { names: ['shein'], host: '', domains: ['shein.com', 'sheinemail.com'] },
  { names: ['aliexpress', 'alibaba'], host: 'aliexpress', domains: ['aliexpress.com', 'alibaba.com', 'aliexpress.us'] },
  { names: ['decathlon'], host: 'decathlon', domains: ['decathlon.com', 'decathlon.de', 'decathlon.fr', 'decathlon.nl', 'decathlon.es', 'decathlon.it', 'decathlon.co.uk', 'decathlon.be'] },
  { names: ['kaufland'], host: 'kaufland', domains: ['kaufland.de', 'kaufland.com'] },
    { names: ['parfümerie douglas', 'douglas.de'], host: '', domains: ['douglas.de', 'douglas.nl', 'douglas.com'] },
  { names: ['cdiscount'], host: 'cdiscount', domains: ['cdiscount.com'] },
  { names: ['mediamarkt', 'media markt'], host: 'mediamarkt', domains: ['mediamarkt.de', 'mediamarkt.nl', 'saturn.de', 'mediamarkt.com'] },
  { names: ['ikea'], host: '', domains: ['ikea.com'] },
  { names: ['bol.com'], host: '', domains: ['bol.com'] },
  { names: ['coolblue'], host: 'coolblue', domains: ['coolblue.nl', 'coolblue.be', 'coolblue.de'] },
  { names: ['zalando'], host: 'zalando', domains: ['zalando.de', 'zalando.nl', 'zalando.com', 'zalando.fr'] },
  { names: ['home depot', 'harbor freight', 'best buy', 'kohl\'s', 'sam\'s club'], host: '', domains: ['homedepot.com', 'harborfreight.com', 'target.com', 'bestbuy.com', 'kohls.com', 'samsclub.com'] },
  { names: ['disney+', 'disney plus', 'hbo max', 'paramount+', 'dazn', 'canal+'], host: '', domains: ['disneyplus.com', 'disney.com', 'hbomax.com', 'max.com', 'paramountplus.com', 'dazn.com', 'canalplus.com'] },
  { names: ['totalav', 'total av', 'geek squad', 'bitdefender', 'kaspersky'], host: '', domains: ['totalav.com', 'geeksquad.com', 'bestbuy.com', 'bitdefender.com', 'kaspersky.com'] },
  { names: ['linkedin'], host: 'linkedin', domains: ['linkedin.com'] },
  { names: ['tiktok'], host: '', domains: ['tiktok.com', 'tiktokv.com'] },
  { names: ['github'], host: '', domains: ['github.com', 'githubusercontent.com'] },
  { names: ['yahoo'], host: '', domains: ['yahoo.com', 'yahoo.de', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.com.br', 'yahoo.co.jp'] },
    { names: ['swisspost', 'post.ch', 'bpost', 'canada post', 'australia post', 'an post'], host: '', domains: ['post.ch', 'bpost.be', 'canadapost.ca', 'canadapost-postescanada.ca', 'auspost.com.au', 'anpost.ie', 'ctt.pt'] },
  { names: ['evri', 'inpost', 'yodel'], host: '', domains: ['evri.com', 'inpost.pl', 'inpost.eu', 'yodel.co.uk', 'tnt.com'] },
  { names: ['uefa'], host: '', domains: ['uefa.com'] },
  { names: ['coca-cola', 'coca cola'], host: 'cocacola', domains: ['coca-cola.com', 'coca-colacompany.com'] },
  // ninth round: the banks, carriers, authorities, utilities, payment apps and marketplaces of the seven
  // languages' countries whose names lures put in a display name or a look-alike host (no host token
  // where the name is inside ordinary names: "endesa" in mendesarruda, "essent" in inessential,
  // "interac" in interactive, "marktplaats" and "kleinanzeigen" in other sites' names)
  { names: ['sharepoint online'], host: '', domains: ['sharepoint.com', 'sharepointonline.com', 'microsoft.com', 'office.com', 'microsoftonline.com'] },
  { names: ['meta business', 'meta for business', 'meta business support', 'meta verified'], host: 'metabusiness', domains: ['facebook.com', 'facebookmail.com', 'meta.com', 'instagram.com', 'fb.com'] },
  { names: ['correos'], host: 'correos', domains: ['correos.es', 'correos.com', 'correosexpress.com'] },
  { names: ['seur'], host: '', domains: ['seur.com', 'seur.es'] },
  { names: ['agencia tributaria', 'aeat'], host: 'agenciatributaria', domains: ['agenciatributaria.gob.es', 'agenciatributaria.es', 'aeat.es'] },
  { names: ['dgt', 'dirección general de tráfico', 'direccion general de trafico'], host: '', domains: ['dgt.es'] },
  { names: ['iberdrola'], host: 'iberdrola', domains: ['iberdrola.es', 'iberdrola.com', 'i-de.es'] },
  { names: ['endesa'], host: '', domains: ['endesa.com', 'endesa.es'] },
  { names: ['movistar'], host: 'movistar', domains: ['movistar.es', 'movistar.com', 'telefonica.com', 'telefonica.es'] },
  { names: ['bizum'], host: 'bizum', domains: ['bizum.es'] },
  { names: ['wallapop'], host: 'wallapop', domains: ['wallapop.com'] },
  { names: ['bancolombia'], host: 'bancolombia', domains: ['bancolombia.com', 'grupobancolombia.com'] },
  { names: ['edp', 'edp comercial'], host: '', domains: ['edp.pt', 'edp.com', 'edpenergia.es'] },
  { names: ['mb way', 'mbway'], host: 'mbway', domains: ['mbway.pt', 'sibs.com', 'sibs.pt'] },
  { names: ['millennium bcp', 'millenniumbcp'], host: 'millenniumbcp', domains: ['millenniumbcp.pt'] },
  { names: ['via verde'], host: 'viaverde', domains: ['viaverde.pt'] },
  { names: ['serasa'], host: 'serasa', domains: ['serasa.com.br', 'serasaexperian.com.br'] },
  { names: ['mercado bitcoin'], host: 'mercadobitcoin', domains: ['mercadobitcoin.com.br', 'mercadobitcoin.net'] },
  { names: ['magalu', 'magazine luiza'], host: 'magazineluiza', domains: ['magazineluiza.com.br', 'magalu.com', 'magalu.com.br'] },
  { names: ['banco central do brasil'], host: '', domains: ['bcb.gov.br', 'gov.br'] },
  { names: ['postfinance'], host: 'postfinance', domains: ['postfinance.ch'] },
  { names: ['kleinanzeigen'], host: '', domains: ['kleinanzeigen.de', 'ebay-kleinanzeigen.de'] },
  { names: ['rundfunkbeitrag', 'ard zdf deutschlandradio'], host: 'rundfunkbeitrag', domains: ['rundfunkbeitrag.de'] },
  { names: ['techniker krankenkasse'], host: '', domains: ['tk.de'] },
  { names: ['asfinag'], host: 'asfinag', domains: ['asfinag.at', 'asfinag.net'] },
  { names: ['deutsche bahn'], host: 'deutschebahn', domains: ['bahn.de', 'deutschebahn.com', 'db.de'] },
  { names: ['marktplaats'], host: '', domains: ['marktplaats.nl', 'marktplaats.com'] },
  { names: ['tikkie'], host: 'tikkie', domains: ['tikkie.me', 'abnamro.nl'] },
  { names: ['ns klantenservice', 'nederlandse spoorwegen'], host: '', domains: ['ns.nl'] },
  { names: ['vattenfall'], host: 'vattenfall', domains: ['vattenfall.nl', 'vattenfall.de', 'vattenfall.com', 'vattenfall.se'] },
  { names: ['eneco'], host: 'eneco', domains: ['eneco.nl', 'eneco.com'] },
  { names: ['essent'], host: '', domains: ['essent.nl'] },
  { names: ['bitvavo'], host: 'bitvavo', domains: ['bitvavo.com'] },
  { names: ['interac'], host: '', domains: ['interac.ca'] },
  { names: ['free mobile'], host: '', domains: ['free.fr', 'free-mobile.fr'] },
  { names: ['edf'], host: '', domains: ['edf.fr', 'edf.com'] },
  { names: ['vinted'], host: 'vinted', domains: ['vinted.fr', 'vinted.com', 'vinted.de', 'vinted.nl', 'vinted.es', 'vinted.it', 'vinted.be', 'vinted.co.uk'] },
  { names: ['leboncoin'], host: 'leboncoin', domains: ['leboncoin.fr'] },
  { names: ['migros'], host: 'migros', domains: ['migros.ch'] },
  { names: ['inps'], host: '', domains: ['inps.it'] },
  { names: ['pagopa'], host: 'pagopa', domains: ['pagopa.gov.it', 'pagopa.it'] },
  { names: ['telepass'], host: 'telepass', domains: ['telepass.com', 'telepass.it'] },
  { names: ['enel energia', 'enel'], host: 'enelenergia', domains: ['enel.it', 'enel.com', 'enelenergia.it'] },
  { names: ['posteid', 'poste id'], host: 'posteid', domains: ['poste.it', 'posteitaliane.it'] },
  { names: ['postepay', 'bancoposta'], host: 'postepay', domains: ['poste.it', 'posteitaliane.it', 'postepay.it'] },
  { names: ['young platform'], host: 'youngplatform', domains: ['youngplatform.com'] },
  { names: ['sbi yono', 'state bank of india'], host: 'onlinesbi', domains: ['onlinesbi.sbi', 'sbi.co.in', 'onlinesbi.com', 'sbi.bank.in'] },
  { names: ['e-zpass', 'ezpass'], host: 'ezpass', domains: ['e-zpassny.com', 'ezpassnj.com', 'e-zpassiag.com', 'ezpassva.com', 'ezpassmd.com'] },
  { names: ['mygov'], host: '', domains: ['my.gov.au', 'servicesaustralia.gov.au', 'gov.au'] },
  { names: ['ctt expresso', 'ctt correios', 'correios de portugal'], host: '', domains: ['ctt.pt'] },
  { names: ["crit'air", 'critair'], host: 'critair', domains: ['certificat-air.gouv.fr', 'gouv.fr'] },
]

/** URL shorteners: the link hides where it leads. */
export const URL_SHORTENERS = [
  'bit.ly', 'bitly.com', 'j.mp', 'tinyurl.com', 'goo.gl', 't.co', 'ow.ly', 'is.gd', 'v.gd', 'buff.ly', 'rebrand.ly',
  'cutt.ly', 'shorturl.at', 'tiny.cc', 'rb.gy', 'bit.do', 't.ly', 's.id', 'tiny.one', 'shorte.st', 'adf.ly', 'x.co',
  'lnkd.in', 'db.tt', 'qr.ae', 'soo.gd', 'clck.ru', 'u.to', 'v.ht', 'snip.ly', 'bl.ink', 'short.io', 'tr.im', 'urlz.fr',
  'cli.gs', 'budurl.com', 'po.st', 'mcaf.ee', 'su.pr', 'yourls.org', '2no.co', 'qrco.de', 'linktr.ee', 'smarturl.it',
  'shorturl.asia', 'tinu.be', 'gg.gg', 'l.ead.me', 'han.gl', 'me-qr.com', 'surl.li', 'zpr.io', 'shrtco.de', 'kutt.it',
  'rebrandly.com', 'shor.by', 'did.li', 'urlr.me', 'linkr.it', 'n9.cl', 'acesse.dev', 'encurtador.com.br', 'l1nk.dev',
]

/**
 * Hosts that forward a visitor to any address given in the link (open
 * redirectors abused to pass a trusted-looking first host), when the link
 * actually carries a further address.
 */
export const REDIRECTORS = [
  'google.com', 'www.google.com', 'bing.com', 'www.bing.com', 'l.facebook.com', 'lm.facebook.com', 'l.instagram.com',
  'youtube.com', 'www.youtube.com', 'linkedin.com', 'www.linkedin.com', 'slack-redir.net', 'href.li', 'nullrefer.com',
  'www.nullrefer.com', 'anonym.to', 'redirect.viglink.com', 'c.vialoops.com', 'track.adform.net', 'ad.doubleclick.net',
  'adclick.g.doubleclick.net', 'clickserve.dartsearch.net', 'www.googleadservices.com', 'googleadservices.com',
  'r.search.yahoo.com', 'away.vk.com', 'vk.com', 'click.snapchat.com', 'mandrillapp.com', 'cloudflare-ipfs.com',
]

/**
 * Free web hosting, site builders, form services and file-sharing hosts on
 * which phishing pages are put up in minutes (a link to a subdomain of one of
 * these, or to the host itself for form and storage services).
 */
export const FREE_HOSTING = [
  'web.app', 'firebaseapp.com', 'firebasestorage.googleapis.com', 'storage.googleapis.com', 'appspot.com', 'pages.dev',
  'workers.dev', 'r2.dev', 'netlify.app', 'vercel.app', 'glitch.me', 'herokuapp.com', 'onrender.com', 'fly.dev',
  'repl.co', 'replit.app', 'ngrok.io', 'ngrok-free.app', 'trycloudflare.com', 'surge.sh', 'github.io', 'gitlab.io',
  '000webhostapp.com', 'weebly.com', 'weeblysite.com', 'wixsite.com', 'wix.com', 'wixstudio.io', 'webflow.io',
  'square.site', 'godaddysites.com', 'mystrikingly.com', 'strikingly.com', 'jimdosite.com', 'jimdofree.com',
  'carrd.co', 'yolasite.com', 'site123.me', 'blogspot.com', 'sites.google.com', 'forms.gle', 'docs.google.com',
  'forms.office.com', 'sway.office.com', 'typeform.com', 'jotform.com', 'formstack.com', 'wufoo.com',
  'blob.core.windows.net', 'azurewebsites.net', 'azureedge.net', 'web.core.windows.net', 's3.amazonaws.com',
  'amplifyapp.com', 'digitaloceanspaces.com', 'backblazeb2.com', 'ddns.net', 'duckdns.org', 'no-ip.org', 'hopto.org',
  'zapto.org', 'serveo.net', 'codeanyapp.com', 'codesandbox.io', 'csb.app', 'stackblitz.io', 'notion.site',
  'framer.website', 'framer.app', 'typedream.app', 'super.site', 'wordpress.com', 'altervista.org', 'tiiny.site',
  'webcindario.com', 'ukit.me', 'tilda.ws', 'bubbleapps.io', 'glide.page', 'plasmic.run', 'lovable.app', 'myshopify.com',
  // anonymous publishing (Telegraph and its mirror, Teletype): a page posted in a minute without an account, the
  // landing page of the crypto "transfer" written into web forms (thirty-first round)
  'telegra.ph', 'graph.org', 'teletype.in',
  // (thirty-seventh round, the takeover set) the page builders of design services: an Adobe Express web page, a Canva
  // website, a Gamma page, published in a minute with a button that leads on
  'express.adobe.com', 'canva.site', 'gamma.site',
]

/**
 * Free image hosts: where anyone uploads a picture and links it. Bulk and lure kits load their pictures
 * from them (a logo, a "button" drawn as an image); a company's mail carries its images itself or loads
 * them from its own site, its ESP's or its shop platform's servers. Read in the src of HTML images only
 * (HTML_IMAGE_FREE_HOST): a person's link to a screenshot is no such evidence.
 */
export const IMAGE_HOSTS = [
  'i.ibb.co', 'ibb.co', 'imgbb.com', 'imgur.com', 'i.imgur.com', 'postimg.cc', 'i.postimg.cc', 'postimages.org', 'media.gab.com',
  'imageshack.com', 'imagizer.imageshack.com', 'tinypic.com', 'prnt.sc', 'image.prntscr.com', 'gyazo.com', 'imgbox.com', 'freeimage.host',
  'iili.io', 'pixhost.to', 'imgpile.com', 'imgpx.com', 'imagebam.com', 'picsur.org', 'lensdump.com', 'catbox.moe', 'files.catbox.moe',
]

/** IPFS gateways: content addressed pages that no host can take down. */
export const IPFS_GATEWAYS = [
  'ipfs.io', 'dweb.link', 'cloudflare-ipfs.com', 'gateway.pinata.cloud', 'ipfs.fleek.co', 'nftstorage.link',
  'w3s.link', 'ipfs.w3s.link', 'infura-ipfs.io', '4everland.io', 'gateway.ipfs.io', 'ipfs.eth.aragon.network',
]

/**
 * Click-tracking and link-rewriting hosts of e-mail service providers and
 * mail security services: the visible text names the destination, the href
 * goes through the tracker. Matched on the host or its parent domains.
 */
export const ESP_TRACKING = [
  'ct.sendgrid.net', 'sendgrid.net', 'list-manage.com', 'mailchimp.com', 'mcusercontent.com', 'mailgun.org', 'mailgun.net',
  'awstrack.me', 'hubspotlinks.com', 'hubspotemail.net', 'hs-sites.com', 'hubspot.com', 'pstmrk.it', 'mtasv.net',
  'sparkpostmail.com', 'spgo.io', 'klclick.com', 'klclick1.com', 'klclick2.com', 'klclick3.com', 'kmail-lists.com',
  'klaviyomail.com', 'sendibm1.com', 'sendibm2.com', 'sendibm3.com', 'sendibt2.com', 'sendibt3.com', 'brevo.com', 'sp1-brevo.net', 'sendinblue.com',
  'rs6.net', 'exct.net', 'exacttarget.com', 'salesforce.com', 'mandrillapp.com', 'mcsv.net', 'cmail19.com', 'cmail20.com',
  'createsend.com', 'createsend1.com', 'mailjet.com', 'mjt.lu', 'postmarkapp.com', 'mailerlite.com', 'mlsend.com',
  'convertkit-mail.com', 'ck.page', 'ckarchive.com', 'substack.com', 'beehiiv.com', 'mailpoet.com', 'getresponse.com',
  'gr8.com', 'aweber.com', 'constantcontact.com', 'marketo.com', 'mktoweb.com', 'mkt.com', 'eloqua.com', 'en25.com',
  'pardot.com', 'emltrk.com', 'intercom-clicks.com', 'intercom-mail.com', 'customeriomail.com', 'customer.io',
  'iterable.com', 'links.iterable.com', 'braze.com', 'sailthru.com', 'emarsys.net', 'safelinks.protection.outlook.com',
  'urldefense.com', 'urldefense.proofpoint.com', 'linkprotect.cudasvc.com', 'mimecastprotect.com', 'protect-us.mimecast.com',
  'google.com', 'googleusercontent.com', 'github.com', 'lnks.gd', 'govdelivery.com', 'smore.com', 'mailerlite.link',
  'acemlna.com', 'acemlnb.com', 'acemlnc.com', 'acemlnd.com', 'campaign-archive.com', 'convertkit-mail2.com',
  'e2ma.net', 'bmetrack.com', 'icptrack.com', 'dripemail2.com',
  // link rewriting of mail security gateways (a forwarded message or a reply quotes them)
  'secure-web.cisco.com', 'protect2.fireeye.com', 'clicktime.symantec.com', 'shared.outlook.inky.com',
]

/**
 * The hosted invoice, checkout and billing pages of payment services, where an organisation's own invoice or
 * failed-payment notice sends its customer to pay or to change the card ("Pay invoice" on invoice.stripe.com,
 * in.xero.com, pay.gocardless.com; "Update your card" on billing.stripe.com). The page takes the card for the
 * organisation that sent the mail: a credential lure's page is its own. Not a merchant's website builder
 * (square.site is free hosting, FREE_HOSTING). Links there count as the sender's own for PHISHING_WORDS,
 * ACCOUNT_LURE and CREDENTIAL_REQUEST, and neither home nor away for the HTML rules (as NEUTRAL_LINK_HOSTS);
 * the admin adds more in [lists] payment_pages (RuleContext.paymentPages). (Issue 10, twenty-sixth round: a SaaS
 * company's HTML-only failed-payment notice, "Update your payment details" to billing.stripe.com, scored 15.)
 */
export const PAYMENT_PAGE_HOSTS = [
  'invoice.stripe.com', 'pay.stripe.com', 'checkout.stripe.com', 'billing.stripe.com', 'paypal.com', 'pay.gocardless.com', 'checkout.paddle.com',
  'xero.com', 'connect.intuit.com', 'mollie.com', 'pay.sumup.com',
]

/**
 * The services where people share and publish files (thirty-fifth round): a reply that links to an archive there ("too
 * big for an attachment, here: https://www.dropbox.com/…/photos.zip") is how files too large to attach are sent, not
 * a thread hijacker's payload on a hacked site (thread_hijack.ts).
 */
export const FILE_SHARING_HOSTS = hostSet([
  'dropbox.com', 'db.tt', 'wetransfer.com', 'we.tl', 'box.com', '1drv.ms', 'onedrive.live.com', 'sharepoint.com', 'drive.google.com',
  'docs.google.com', 'icloud.com', 'github.com', 'githubusercontent.com', 'gitlab.com', 'sourceforge.net', 'bitbucket.org',
])

/**
 * Big platforms a sender's own mail links to without sending the reader to a lure: its profiles on
 * social networks and in app stores, the meeting it invites to, the carrier's tracking page of a
 * parcel it sent. Neither home nor away when HTML_ONLY, HTML_SHORT_WITH_LINK and
 * HTML_ONLY_LINKS_ELSEWHERE ask where a message's links lead.
 */
export const NEUTRAL_LINK_HOSTS = hostSet([
  'facebook.com', 'instagram.com', 'twitter.com', 'x.com', 'linkedin.com', 'youtube.com', 'tiktok.com', 'pinterest.com',
  'xing.com', 'threads.net', 'mastodon.social', 'bsky.app', 'apps.apple.com', 'play.google.com',
  'teams.microsoft.com', 'teams.live.com', 'zoom.us', 'meet.google.com', 'webex.com', 'gotomeeting.com', 'gotowebinar.com', 'goto.com', 'whereby.com',
  // booking pages in a person's signature ("book a meeting")
  'calendly.com', 'cal.com', 'doodle.com',
  // the "built with" footer of shop software (a shop's order mail links to its shop and to this)
  'woocommerce.com', 'wordpress.org', 'shopify.com',
  // parcel carriers' own tracking pages (a parcel lure links to a look-alike, not to these)
  'dhl.com', 'dhl.de', 'dhl.nl', 'dhlparcel.nl', 'deutschepost.de', 'postnl.nl', 'ups.com', 'fedex.com', 'dpd.com', 'dpd.de', 'dpd.nl',
  'dpd.fr', 'dpd.co.uk', 'gls-group.eu', 'gls-group.com', 'gls-pakete.de', 'myhermes.de', 'evri.com', 'royalmail.com', 'usps.com',
  'correios.com.br', 'laposte.fr', 'colissimo.fr', 'chronopost.fr', 'poste.it', 'bpost.be', 'post.ch', 'post.at', 'seur.com', 'correos.es',
])

/** A host matches a list entry when it is the entry or a subdomain of it. */
export function hostSet(entries: Iterable<string>): HostSet {
  const set = new Set<string>()
  for (const e of entries) set.add(e.toLowerCase().replace(/^\.+|\.+$/g, ''))
  return {
    entries: [...set],
    has(host: string): boolean {
      let h = host.toLowerCase()
      // at most 10 labels are looked at: a host of 200 dots costs no more than one of 10
      for (let i = 0; i < 10 && h; i++) {
        if (set.has(h)) return true
        const dot = h.indexOf('.')
        if (dot < 0) return false
        h = h.slice(dot + 1)
      }
      return false
    },
  }
}

/**
 * The envelope sender (MAIL FROM, Return-Path) domains of e-mail service providers: the bounce addresses they
 * send their customers' mail with ("0100018f3a2b...@amazonses.com", "bounce-mc.us21_...@mail123.suw11.mcdlv.net",
 * "bounces+4829-...@sendgrid.net", "pm_bounces@pm.mtasv.net"). Mail an organisation sends through its ESP has the
 * ESP's envelope and the organisation's From, and that is not ENVELOPE_FROM_MISMATCH.
 */
export const ESP_BOUNCE = [
  'amazonses.com', 'sendgrid.net', 'mcsv.net', 'mcdlv.net', 'rsgsv.net', 'mandrillapp.com', 'mailgun.org', 'mailgun.net',
  'sparkpostmail.com', 'mtasv.net', 'postmarkapp.com', 'hubspotemail.net', 'exct.net', 'sendibm1.com', 'sendibm2.com',
  'sendibm3.com', 'sendibt2.com', 'sendibt3.com', 'sendinblue.com', 'mailjet.com', 'cmail19.com', 'cmail20.com',
  'createsend.com', 'mlsend.com', 'ccsend.com', 'constantcontact.com', 'mktomail.com', 'en25.com', 'klaviyomail.com',
  'intercom-mail.com', 'customeriomail.com', 'smtpcorp.com', 'elasticemail.com', 'bounces.google.com',
]

/** Admin additions to the shipped host lists ([lists] in config/outpost_policy.ini). */
export interface ListAdditions {
  shorteners: string[]
  redirectors: string[]
  free_hosting: string[]
  ipfs_gateways: string[]
  image_hosts: string[]
  esp_tracking: string[]
  esp_bounce: string[]
  /** (optional for callers from before the twenty-sixth round) */
  payment_pages?: string[]
}

export const NO_ADDITIONS: ListAdditions = Object.freeze({ shorteners: [], redirectors: [], free_hosting: [], ipfs_gateways: [], image_hosts: [], esp_tracking: [], esp_bounce: [], payment_pages: [] }) as ListAdditions
