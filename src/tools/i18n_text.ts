// The text of our synthetic legitimate mail in seven languages
// (src/tools/synth_i18n.ts): written for this project, in our own words, as an
// organisation's billing system, shop, IT department, HR, school or staff
// would write it, and as a web service writes to the holder of an account. Nothing is copied from any corpus or from the hand-written
// check messages. Every bank is a block of lines: `O:` an organisation (its
// domain is derived from the name, under .example), `S:` a subject, `B:` a body
// sentence or paragraph, `C:` the text of a link to the sender's own site, `A:`
// the stem of an attached PDF's file name. Placeholders in braces are filled by
// the generator: {name} {first} {last} {title} {dear} {org} {domain} {amount} {ref}
// {date} {month} {iban} {carrier} {tracking} {time} {sender} {days} {points}
// {street} {city} {phone}.
//
// The split into a training and an evaluation part is by sentence: in every
// list the entries at positions 2, 5, 8, ... (and the last of a two-entry list)
// belong to the evaluation part only (isEvalEntry in synth_lures.ts).
import type { Lang } from './lure_text'

export const HAM_KINDS = [
  'invoice', 'statement', 'utility', 'order', 'it-security', 'subscription', 'rewards', 'newsletter', 'appointment', 'hr', 'community', 'business', 'account',
] as const
export type HamKind = (typeof HAM_KINDS)[number]

export interface Names {
  f: string[]
  m: string[]
  last: string[]
  /** how a formal greeting addresses a woman and a man */
  title: [string, string]
  /** the formal salutation before the last name, for a woman and a man */
  dear: [string, string]
  streets: string[]
  cities: string[]
  phones: string[]
  /** the recipients' mail providers (customers) */
  mailDomains: string[]
  /** the recipients' companies (business mail), as organisation names */
  companies: string[]
}

export interface HamCommon {
  greetNamed: string[]
  greetAnon: string[]
  greetPerson: string[]
  signoff: string[]
  signoffPerson: string[]
  footer: string[]
  safety: string[]
  /** local parts of the sender address per kind (default for the rest) */
  locals: Record<string, string[]>
  /** display names of the sending department per kind, besides the organisation's name */
  senders: Partial<Record<HamKind, string[]>>
}

const NAMES_EN: Names = {
  f: ['Emma', 'Olivia', 'Sophie', 'Grace', 'Hannah', 'Priya', 'Chloe', 'Megan'],
  m: ['James', 'Oliver', 'Daniel', 'Thomas', 'Samuel', 'Ravi', 'Liam', 'George'],
  last: ['Walker', 'Hughes', 'Patel', 'Robinson', 'Clarke', 'Evans', 'Bennett', 'Turner', 'Ahmed', 'Fletcher'],
  title: ['Ms', 'Mr'],
  dear: ['Dear Ms', 'Dear Mr'],
  streets: ['12 Mill Lane', '48 Station Road', 'Unit 7, Riverside Park', '3 Kings Court', '221 High Street'],
  cities: ['Leeds LS1 4AP', 'Bristol BS1 6QH', 'Norwich NR2 1DJ', 'York YO1 7HH', 'Cardiff CF10 1EP'],
  phones: ['0113 496 0321', '0117 496 0754', '020 7946 0112', '0161 496 0988'],
  mailDomains: ['mailbox.example', 'homemail.example', 'post.example', 'inbox.example'],
  companies: ['Fenwick Joinery Ltd', 'Larkspur Design', 'Ashdown Logistics', 'Greenhill Dental'],
}

const COMMON_EN: HamCommon = {
  greetNamed: ['{dear} {last},', 'Hello {first},', 'Dear {name},', 'Hi {first},', 'Dear {first},'],
  greetAnon: ['Dear customer,', 'Hello,', 'Dear member,', 'Good morning,', 'Dear Sir or Madam,'],
  greetPerson: ['Hi {first},', 'Dear {first},', 'Hello {first},', '{dear} {last},', '{first},', 'Morning {first},'],
  signoff: ['Kind regards,', 'Best regards,', 'Many thanks,', 'Yours sincerely,', 'With best wishes,', 'Thank you,'],
  signoffPerson: ['Best,', 'Thanks,', 'Kind regards,', 'Cheers,', 'Many thanks,', 'All the best,'],
  footer: [
    '{org} · {street} · {city} · Registered in England and Wales, company no. 0{ref}',
    '{org}, {street}, {city}. Tel. {phone}. VAT reg. GB {ref}',
    'You are receiving this email because you have an account with {org}. Manage your email preferences at www.{domain}/preferences.',
    '{org} | {street} | {city} | www.{domain}',
    'This message was sent to you by {org}, {street}, {city}. Questions? Call us on {phone}.',
    '{org} · {city} · Privacy notice: www.{domain}/privacy',
  ],
  safety: [
    'We will never ask for your password, PIN or full card number by email or phone.',
    'Please note: {org} staff will never ask you to share your password or security codes.',
    'If something looks unusual, go to www.{domain} yourself rather than following a link.',
    'Never share your recovery phrase or one-time codes with anyone, including us.',
    'If you did not expect this message, you can contact us through the number on our website.',
  ],
  senders: {
    'it-security': ['IT Service Desk', 'IT Support', '{org} Service Desk', 'Helpdesk', 'IT Department'],
    hr: ['HR Team', 'Payroll', '{org} People Team', 'Human Resources', 'HR Service Centre'],
    invoice: ['{org} Accounts', 'Accounts Receivable', '{org} Billing', 'Finance Team', 'Credit Control'],
    order: ['{org} Customer Service', '{org} Orders', 'Customer Care', '{org} Shop', 'Delivery Team'],
    account: ['{org} Account Team', '{org} Security', '{org} Support', 'The {org} Team'],
  },
  locals: {
    default: ['info', 'service', 'customerservice', 'hello'],
    invoice: ['accounts', 'billing', 'invoices', 'finance'],
    'it-security': ['it-support', 'servicedesk', 'helpdesk', 'it'],
    hr: ['hr', 'people', 'payroll'],
    newsletter: ['news', 'newsletter', 'updates'],
    order: ['orders', 'shop', 'noreply'],
    account: ['no-reply', 'accounts', 'security', 'support'],
  },
}

const EN: Record<HamKind, string> = {
  invoice: `
O: Fenwick Joinery Ltd
O: Hollis & Baker Accountants
O: Brightwater Print Services
O: Marlow Office Supplies
S: Invoice {ref} from {org}
S: Your invoice for {month}
S: Payment reminder: invoice {ref}
S: Invoice {ref} – due {date}
S: Statement of account and open invoices
S: Friendly reminder about invoice {ref}
B: Please find attached invoice {ref} for {amount}.
B: The amount is due on {date}. You can pay by bank transfer to {iban}, quoting the invoice number as reference.
B: Our records show that invoice {ref} for {amount} is still open. If you have already paid, please ignore this reminder.
B: Thank you for your business. The invoice covers the work carried out in {month}.
B: Payment terms are {days} days from the invoice date.
B: If you have any questions about this invoice, just reply to this email or call us on {phone}.
B: A copy of the invoice is also available in your customer account.
B: We have set up a direct debit for this amount, so there is nothing you need to do.
B: If the amount is not correct, please let us know and we will send a corrected invoice.
C: View invoice
C: Download PDF
C: Your customer account
A: Invoice-{ref}
A: invoice_{ref}
S: Your toll statement for {month}
B: Your toll account statement for {month} is attached; the amount will be collected by direct debit.
B: As agreed, we have charged the parking and toll costs of the site visits at cost price.
`,
  statement: `
O: Harbourside Building Society
O: Northgate Insurance
O: Alder Pension Trust
S: Your {month} statement is ready
S: Your policy documents
S: New document in your account
S: Your annual statement
S: Your renewal documents for policy {ref}
B: Your account statement for {month} is now available to view in online banking.
B: We have added a new document to your account: your policy schedule for the coming year.
B: You can view and download your statements at any time by logging in to your account.
B: There is nothing you need to do; this email is just to let you know the document is ready.
B: Your annual premium is {amount}, payable in monthly instalments.
B: To stop receiving paper statements, change your preferences in the account settings.
B: Please check the details and tell us if anything has changed, for example your address.
C: Log in to view
C: See your documents
C: Account settings
A: Statement-{month}
A: Policy-schedule-{ref}
S: Your tax certificate for last year is available
B: Your annual tax certificate has been added to the documents section of your account. You will need it for your tax return.
B: The renewal agreement is ready for your electronic signature in the customer portal. You can also sign the paper copy we posted to you.
B: We will never send you a password for a PDF by email and never ask for your email password.
`,
  utility: `
O: Westmoor Energy
O: Clearwater Water Services
O: Brightside Power & Gas
S: Your energy bill for {month}
S: Your new tariff from {date}
S: Meter reading reminder
S: Your bill is ready
S: Changes to your direct debit
B: Your latest bill is ready. The total for this period is {amount}, which will be collected by direct debit on {date}.
B: From {date} your unit rate will change. Your new estimated monthly payment is {amount}.
B: Please submit a meter reading before {date} so that your next bill is accurate.
B: You can compare your usage with last year in your online account.
B: If you are worried about paying your bill, please get in touch: we can help.
B: You do not need to do anything if you are happy with your current plan.
C: View your bill
C: Submit a reading
C: Compare tariffs
`,
  order: `
O: Kestrel Outdoor
O: Pemberton Books
O: The Kitchen Drawer
O: Larch & Co Furniture
S: Order confirmation {ref}
S: Your order has been dispatched
S: Your delivery is booked for {date}
S: Thanks for your order!
S: Your parcel is on its way ({carrier})
S: Delivery update for order {ref}
B: Thanks for your order {ref}. We will email you again when it ships.
B: Good news: your order has left our warehouse and is on its way with {carrier}. Your tracking number is {tracking}.
B: Your delivery is booked for {date} between {time} and the end of the day.
B: Order total: {amount}, paid by card.
B: If you need to change the delivery date, you can do so in your account up to the day before.
B: Returns are free within {days} days.
B: You can follow your parcel on our website using the order number.
B: Our driver will call you about 30 minutes before arrival.
C: Track your order
C: View order
C: Manage delivery
`,
  'it-security': `
O: Ashdown Logistics IT Services
O: Greenhill Group IT
O: Riverside College IT Services
S: Your password expires in {days} days
S: Your password was changed
S: New sign-in to your account
S: We are introducing two-factor authentication
S: Action needed: set up multi-factor authentication by {date}
S: Planned maintenance this weekend
B: Your network password will expire on {date}. You can change it at any time from your work laptop with Ctrl+Alt+Del, or on the self-service portal.
B: The password for your account was changed on {date} at {time}. If this was you, no action is needed.
B: We noticed a new sign-in to your account from a Windows device. If this was not you, contact the service desk on {phone}.
B: From {date} all staff will need an authenticator app to sign in to email from outside the office.
B: The IT team will be in the canteen on Tuesday and Thursday to help anyone who needs a hand setting it up.
B: Email and the intranet will be unavailable on Saturday between 8:00 and 12:00 while we install updates.
B: The service desk will never ask you for your password.
B: If you have questions, raise a ticket or call extension 4455.
C: Self-service portal
C: Setup guide on the intranet
C: Service desk
S: Your mailbox is almost full
B: Your mailbox is at 90 % of its quota. Please archive or delete old messages; if you need more space, ask the service desk.
B: Over the weekend we are moving all mailboxes to the new mail platform. You do not need to do anything, and your messages and calendar will move with you.
B: Teams voicemail: missed calls now leave a voicemail in your mailbox, which you can play in Outlook or in the Teams app.
S: Sign-in from a new device
B: Your account was just used to sign in on a new device (iPhone, {city}). If this was you, you can ignore this message.
B: Your verification code is {ref}. It is valid for 10 minutes. Our staff will never ask you for this code.
B: You can see all devices that are signed in to your account, and sign them out, under Security in your profile.
B: Your password was reset using the link we sent to this address. You are now signed out on all other devices.
`,
  subscription: `
O: Tessellate Cloud
O: Quillbox
O: Harbour Gym
S: Your subscription renews on {date}
S: Your card is about to expire
S: Receipt for your renewal
S: Your plan will renew soon
S: Update your payment details
B: Your annual plan renews on {date}. We will charge {amount} to the card on file.
B: The card we have on file expires at the end of this month. To avoid any interruption, please add a new card in your account settings.
B: Thank you for renewing. Your receipt is available under Billing in your account.
B: If you want to change or cancel your plan, you can do it from the billing page before the renewal date.
B: Nothing changes for you if your details are up to date.
B: Prices for the coming year stay the same.
C: Billing settings
C: Manage subscription
C: Update card
S: Your cloud storage plan renews on {date}
B: You are using most of the storage in your plan. If you need more space, you can change plan in your account settings at any time.
B: Your photos and files stay in your account whatever plan you choose.
`,
  rewards: `
O: Ashdown Logistics Social Committee
O: Pemberton Books Rewards
O: Greenhill Group Staff Club
S: Winners of the summer raffle
S: You have {points} points to spend
S: Your voucher is ready
S: Congratulations: you won the staff prize draw!
S: Long service award
B: Congratulations! Your ticket was drawn in the staff raffle and you have won a £50 gift card. Collect it from reception any day this week.
B: Thanks to everyone who bought tickets: together we raised {amount} for the local hospice.
B: You have collected {points} loyalty points, worth a discount on your next order.
B: Your voucher code is printed in the app and can be used in store or online until {date}.
B: Points expire after 24 months without a purchase.
B: The next draw takes place at the Christmas party.
C: See your points
C: Rewards terms
C: Your voucher
`,
  newsletter: `
O: Coinvale Exchange
O: Harbourside Building Society
O: Westmoor Energy
S: What's new in {month}
S: Your monthly update from {org}
S: Product news: faster transfers and new app features
S: Security tips and what's new
S: {month} newsletter
B: This month we launched recurring purchases in the app, so you can invest a fixed amount every week.
B: Our savings account rate goes up to 3.1 % from {date}.
B: We have opened a new customer centre in {city}.
B: Reminder: we will never ask for your password or recovery phrase. Anyone who does is not from {org}.
B: Scammers sometimes pretend to be our support team. Only trust messages in your account inbox.
B: Read our guide to saving energy at home this winter.
B: Thank you for being a customer. As always, you can reply to this email with feedback.
C: Read more
C: Open the app
C: Our blog
`,
  appointment: `
O: Greenhill Dental
O: Parkside Medical Practice
O: Millbrook Motors
S: Appointment reminder: {date} at {time}
S: Your car is due for its service
S: Confirmation of your appointment
S: Your MOT is due
S: Please confirm your appointment
B: This is a reminder of your appointment on {date} at {time} with Dr {last}.
B: Please arrive ten minutes early and bring a list of your current medication.
B: Your car is booked in for its annual service on {date} at {time}. The estimated cost is {amount}.
B: If you cannot make it, please call us on {phone} at least 24 hours in advance.
B: We will call you when the car is ready for collection.
B: You can reschedule online at any time.
C: Manage appointment
C: Reschedule
C: Directions
`,
  hr: `
O: Ashdown Logistics HR
O: Greenhill Group People Team
O: Marlow Office Supplies Payroll
S: Your payslip for {month} is available
S: Holiday request approved
S: Reminder: annual leave for next year
S: Your P60 is available
S: Updated staff handbook
B: Your payslip for {month} is now available in the HR portal.
B: Your holiday request from {date} has been approved by your manager.
B: Please book any remaining days off for this year before the end of November.
B: The updated staff handbook is on the intranet; please read the section on flexible working.
B: If anything on your payslip looks wrong, please contact payroll before the 20th.
B: Pension contributions will be shown as a separate line from next month.
C: HR portal
C: Staff handbook
C: Intranet
A: Payslip-{month}
A: Handbook-2026
S: Your application for the position of project coordinator
B: Thank you for your application. We would like to invite you to an interview at our office on {date} at {time}.
B: Please bring your passport or ID card to your first day so that we can complete the right-to-work check.
B: We are recruiting for two positions in the warehouse. If you know someone suitable, the job descriptions are on the intranet.
`,
  community: `
O: St Mary's Primary School
O: Riverside Rowing Club
O: Oakfield Tennis Club
S: Newsletter – {month}
S: Dates for your diary
S: Club news and AGM
S: Letter to parents: school trip
S: Summer fixtures and membership renewal
B: A big thank you to all parents who helped at the summer fair: we raised {amount} for new library books.
B: Year 4 will visit the science museum on {date}. Please return the consent form by Friday.
B: Membership fees for next season are {amount}. You can pay by bank transfer or at the clubhouse.
B: The annual general meeting will be held in the clubhouse on {date} at 19:30.
B: School closes at 13:30 on the last day of term.
B: We are looking for volunteers to help with the junior training sessions on Saturday mornings.
C: School calendar
C: Club website
C: Book a court
`,
  business: `
O: Larkspur Design
O: Fenwick Joinery Ltd
O: Hollis & Baker Accountants
O: Ashdown Logistics
S: Meeting next week
S: Quote for the office refurbishment
S: Following up on our call
S: Documents for Thursday
S: Thank you
S: Minutes from today
S: Quick question about the project plan
B: Thanks for your time on the phone today. As promised, I have attached our quote for the work we discussed.
B: Would Tuesday at {time} work for you? Otherwise I am free most of Thursday.
B: Please find attached the signed contract and the updated schedule.
B: Just following up on my email from last week: have you had a chance to look at the proposal?
B: The total comes to {amount} excluding VAT; the price is valid for {days} days.
B: Many thanks for a great meeting yesterday, it was good to finally meet the whole team.
B: I will be out of the office on Friday, so let's aim to wrap this up by Thursday.
B: Could you send me the latest figures when you get a moment?
B: Let me know if anything is unclear and I'm happy to jump on a quick call.
A: Quote-{ref}
A: Contract_signed
S: Shared folder for the project
B: I have shared the folder with the drawings and the site photos with you on our drive; you should have received an invitation.
B: I left you a voicemail earlier, but it is easier by email: can we move the delivery to next week?
B: Our accountant will send the tax return to you for signature by the end of the month.
B: Please sign the attached agreement and send a scanned copy back to me.
`,
  account: `
O: Kitebird
O: Pennant Tickets
O: Lumen Notes
O: Hartwell Savings
S: Confirm your email address
S: Reset your password
S: Your password reset link
S: Your {org} verification code
S: New sign-in to your {org} account
S: Was this you? A sign-in from a new device
S: Two-step verification is now on
S: Your payment didn't go through
S: Action needed: update your payment method
S: The card on your account expires soon
S: Your subscription has been renewed
S: Your account has been closed
S: Your data export is ready to download
S: How did we do? Your request #{ref}
S: Your request #{ref} has been solved
S: Welcome to {org}! Please activate your account
B: Thanks for signing up! Please confirm your email address so we know it's really you. The link below expires in 48 hours.
B: We received a request to reset the password for your {org} account. If you didn't ask for this, you can ignore this email and your password will stay the same.
B: The link to choose a new password works for 60 minutes and can be used only once.
B: Your sign-in code is {ref}. It expires in 15 minutes. Don't share this code with anyone: we will never call or message you to ask for it.
B: Someone signed in to your account from Chrome on Windows on {date} at {time}. If this was you, there's nothing you need to do.
B: Don't recognise this activity? Change your password in your account settings and sign out of all other sessions.
B: Two-step verification is now on. Next time you sign in on a new device, we'll ask for a code from your authenticator app as well as your password.
B: The email address for your account was changed on {date}. We're sending this message to your previous address as well, so you know about the change.
B: The card ending in 4417 expires at the end of this month. Add a new card under Billing so your plan keeps running without a break.
B: We tried to collect your monthly payment of {amount}, but your bank declined it. We'll try again in 3 days, and you can update your payment method in your account at any time.
B: If the next attempt fails as well, your account will be paused. Your files and settings stay safe and come back as soon as the payment goes through.
B: The mobile number used for two-step verification was changed on {date}. If you didn't make this change, please call us on {phone}.
B: Your subscription has been renewed for another year. We charged {amount} to your card, and the receipt is under Billing in your account.
B: As you asked, we have closed your {org} account. You can no longer sign in, and we will delete your personal data within 30 days, apart from what we must keep by law.
B: Your plan changes to Family on {date}. The difference for the rest of this billing period, {amount}, will be added to your next invoice.
B: Our support team has replied to your request #{ref}. You can read the reply in the help centre, or simply reply to this email to carry on the conversation.
B: We've marked your request as solved. How did we do? Let us know with one click below; it takes less than a minute.
B: If the problem comes back, reply to this email within 14 days and your ticket will reopen automatically.
B: If you did not create an account with {org}, you can safely ignore this email; without confirmation the account will not be activated.
B: Your data export is ready. For your security, the download link only works after you sign in, and it expires in 7 days.
C: Confirm email address
C: Reset password
C: Review recent activity
C: Update your payment details
C: Rate your experience
`,
}

const NAMES_DE: Names = {
  f: ['Anna', 'Julia', 'Katrin', 'Sabine', 'Lena', 'Monika', 'Sophie', 'Birgit'],
  m: ['Thomas', 'Michael', 'Jan', 'Stefan', 'Lukas', 'Andreas', 'Felix', 'Jürgen'],
  last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Krüger', 'Wagner', 'Lehmann'],
  title: ['Frau', 'Herr'],
  dear: ['Sehr geehrte Frau', 'Sehr geehrter Herr'],
  streets: ['Hauptstraße 12', 'Industriestraße 48', 'Am Markt 3', 'Bahnhofstraße 27', 'Lindenweg 5'],
  cities: ['28195 Bremen', '04109 Leipzig', '50667 Köln', '90402 Nürnberg', '24103 Kiel'],
  phones: ['0421 555 0132', '0341 555 0788', '0221 555 0456', '+49 911 555 0190'],
  mailDomains: ['posteingang.example', 'mailwelt.example', 'netzpost.example', 'heimmail.example'],
  companies: ['Brandt Haustechnik GmbH', 'Kanzlei Vogel', 'Nordlicht Medien', 'Elbtal Logistik GmbH'],
}

const COMMON_DE: HamCommon = {
  greetNamed: ['{dear} {last},', 'Hallo {first} {last},', 'Guten Tag {title} {last},', 'Hallo {first},', 'Liebe Kundin, lieber Kunde,'],
  greetAnon: ['Sehr geehrte Damen und Herren,', 'Guten Tag,', 'Sehr geehrte Kundin, sehr geehrter Kunde,', 'Hallo,', 'Liebes Mitglied,'],
  greetPerson: ['Hallo {first},', 'Moin {first},', '{dear} {last},', 'Guten Morgen {first},', 'Hi {first},', 'Servus {first},'],
  signoff: ['Mit freundlichen Grüßen', 'Freundliche Grüße', 'Viele Grüße', 'Beste Grüße', 'Mit freundlichem Gruß', 'Herzliche Grüße'],
  signoffPerson: ['Viele Grüße', 'Beste Grüße', 'Schöne Grüße', 'LG', 'Danke und Gruß', 'Mit freundlichen Grüßen'],
  footer: [
    '{org} · {street} · {city} · Amtsgericht Bremen HRB {ref} · USt-IdNr. DE{ref}',
    '{org}, {street}, {city}, Telefon {phone}, www.{domain}',
    'Sie erhalten diese E-Mail, weil Sie Kunde bei {org} sind. Ihre E-Mail-Einstellungen ändern Sie unter www.{domain}/einstellungen.',
    '{org} | {street} | {city} | Geschäftsführung: {sender}',
    'Diese Nachricht wurde automatisch erstellt. Bei Fragen erreichen Sie uns unter {phone}.',
    '{org} · {city} · Datenschutz: www.{domain}/datenschutz',
  ],
  safety: [
    'Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem Passwort oder einer TAN.',
    'Bitte beachten Sie: Mitarbeitende von {org} werden Sie nie nach Ihren Zugangsdaten fragen.',
    'Im Zweifel rufen Sie www.{domain} selbst im Browser auf, statt einem Link zu folgen.',
    'Geben Sie Ihre Wiederherstellungsphrase oder Einmalcodes niemals weiter, auch nicht an uns.',
    'Wenn Ihnen diese Nachricht ungewöhnlich vorkommt, wenden Sie sich an die Rufnummer auf unserer Website.',
  ],
  senders: {
    'it-security': ['IT-Servicedesk', 'IT-Support', '{org} Servicedesk', 'Helpdesk', 'IT-Abteilung'],
    hr: ['Personalabteilung', 'Lohnbuchhaltung', '{org} Personal', 'HR-Team', 'Personalservice'],
    invoice: ['{org} Buchhaltung', 'Debitorenbuchhaltung', '{org} Rechnungswesen', 'Finanzbuchhaltung', 'Forderungsmanagement'],
    order: ['{org} Kundenservice', '{org} Bestellungen', 'Kundenbetreuung', '{org} Onlineshop', 'Versandabteilung'],
    account: ['{org} Kundenkonto', '{org} Sicherheit', '{org} Support', 'Ihr Team von {org}'],
  },
  locals: {
    default: ['info', 'service', 'kundenservice', 'kontakt'],
    invoice: ['buchhaltung', 'rechnung', 'rechnungen', 'finanzen'],
    'it-security': ['it-support', 'servicedesk', 'helpdesk', 'it'],
    hr: ['personal', 'hr', 'lohnbuchhaltung'],
    newsletter: ['newsletter', 'news', 'aktuell'],
    order: ['bestellung', 'shop', 'versand'],
    account: ['no-reply', 'konto', 'sicherheit', 'support'],
  },
}

const DE: Record<HamKind, string> = {
  invoice: `
O: Brandt Haustechnik GmbH
O: Steuerkanzlei Vogel & Partner
O: Druckerei Lindner
O: Bürobedarf Hansen GmbH
S: Rechnung {ref}
S: Ihre Rechnung für {month}
S: Zahlungserinnerung zur Rechnung {ref}
S: Rechnung Nr. {ref} vom {date}
S: Kontoauszug und offene Posten
S: Erinnerung: Rechnung {ref}
B: Anbei erhalten Sie unsere Rechnung {ref} über {amount}.
B: Bitte überweisen Sie den Betrag bis zum {date} auf unser Konto {iban} und geben Sie die Rechnungsnummer als Verwendungszweck an.
B: Bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass die Rechnung {ref} über {amount} noch offen ist. Sollten Sie bereits bezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.
B: Vielen Dank für Ihren Auftrag. Die Rechnung umfasst die im {month} erbrachten Leistungen.
B: Zahlbar innerhalb von {days} Tagen ohne Abzug.
B: Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail oder rufen Sie uns unter {phone} an.
B: Die Rechnung finden Sie außerdem in Ihrem Kundenkonto.
B: Der Betrag wird wie vereinbart per Lastschrift von Ihrem Konto eingezogen.
B: Falls der Betrag nicht stimmt, geben Sie uns bitte Bescheid, wir schicken Ihnen dann eine korrigierte Rechnung.
C: Rechnung ansehen
C: PDF herunterladen
C: Zum Kundenkonto
A: Rechnung_{ref}
A: RE-{ref}
S: Ihre Mautabrechnung für {month}
B: Anbei Ihre Mautabrechnung für {month}; der Betrag wird per Lastschrift eingezogen.
B: Wie vereinbart haben wir die Park- und Mautkosten der Baustellentermine zum Selbstkostenpreis berechnet.
`,
  statement: `
O: Volksbank Weserland
O: Hanse Versicherung AG
O: Sparkasse Elbtal
S: Ihr Kontoauszug für {month}
S: Ihre Versicherungsunterlagen
S: Neues Dokument in Ihrem Postfach
S: Ihre Jahresübersicht
S: Ihre Vertragsunterlagen zur Police {ref}
B: Ihr Kontoauszug für {month} steht ab sofort im Online-Banking für Sie bereit.
B: In Ihrem elektronischen Postfach liegt ein neues Dokument: der Versicherungsschein für das kommende Jahr.
B: Sie können Ihre Auszüge jederzeit nach der Anmeldung im Online-Banking abrufen und herunterladen.
B: Sie müssen nichts weiter tun, diese Nachricht ist nur ein Hinweis.
B: Ihr Jahresbeitrag beträgt {amount} und wird monatlich abgebucht.
B: Papierauszüge können Sie in den Einstellungen Ihres Kontos abbestellen.
B: Bitte prüfen Sie die Angaben und teilen Sie uns Änderungen, etwa eine neue Adresse, mit.
C: Zum Online-Banking
C: Dokumente ansehen
C: Einstellungen
A: Kontoauszug_{month}
A: Versicherungsschein_{ref}
S: Ihre Steuerbescheinigung für das Vorjahr ist verfügbar
B: Ihre Jahressteuerbescheinigung liegt im Postfach Ihres Online-Bankings. Sie benötigen sie für Ihre Steuererklärung.
B: Die Verlängerungsvereinbarung liegt im Kundenportal zur elektronischen Unterschrift bereit. Sie können auch das Papierexemplar unterschreiben, das wir Ihnen geschickt haben.
B: Wir senden Ihnen niemals ein PDF-Passwort per E-Mail und fragen nie nach Ihrem E-Mail-Passwort.
`,
  utility: `
O: Stadtwerke Nordheide
O: Energieversorgung Mittelland
O: Wasserverband Kieler Bucht
S: Ihre Jahresabrechnung {month}
S: Neuer Tarif ab {date}
S: Bitte teilen Sie uns Ihren Zählerstand mit
S: Ihre Stromrechnung ist da
S: Änderung Ihres Abschlags
B: Ihre Abrechnung liegt vor. Der Betrag für diesen Zeitraum beträgt {amount} und wird am {date} per Lastschrift eingezogen.
B: Ab dem {date} ändert sich Ihr Arbeitspreis. Ihr neuer monatlicher Abschlag beträgt {amount}.
B: Bitte übermitteln Sie uns Ihren Zählerstand bis zum {date}, damit Ihre nächste Abrechnung genau ist.
B: Im Kundenportal können Sie Ihren Verbrauch mit dem Vorjahr vergleichen.
B: Wenn Sie Fragen zu Ihrer Abrechnung haben, helfen wir Ihnen gern weiter.
B: Wenn Sie mit Ihrem Tarif zufrieden sind, müssen Sie nichts tun.
C: Abrechnung ansehen
C: Zählerstand eingeben
C: Tarife vergleichen
`,
  order: `
O: Bergfreund Outdoor
O: Buchhandlung Seitenweise
O: Küchenwelt Ostsee
O: Möbelhaus Holzgut
S: Bestellbestätigung {ref}
S: Ihre Bestellung wurde versandt
S: Ihr Liefertermin am {date}
S: Vielen Dank für Ihre Bestellung!
S: Ihr Paket ist unterwegs ({carrier})
S: Neuigkeiten zu Ihrer Bestellung {ref}
B: Vielen Dank für Ihre Bestellung {ref}. Wir melden uns wieder, sobald sie verschickt wird.
B: Gute Nachrichten: Ihre Bestellung hat unser Lager verlassen und ist mit {carrier} unterwegs. Die Sendungsnummer lautet {tracking}.
B: Die Lieferung ist für den {date} ab {time} Uhr geplant.
B: Gesamtbetrag: {amount}, bezahlt per PayPal.
B: Den Liefertermin können Sie bis einen Tag vorher in Ihrem Kundenkonto ändern.
B: Rücksendungen sind innerhalb von {days} Tagen kostenlos.
B: Den Status Ihrer Sendung sehen Sie jederzeit auf unserer Website.
B: Unser Fahrer ruft Sie etwa 30 Minuten vor der Ankunft an.
C: Sendung verfolgen
C: Bestellung ansehen
C: Lieferung verwalten
`,
  'it-security': `
O: Elbtal Logistik IT
O: Nordlicht Medien IT-Service
O: Hochschule Weserbergland Rechenzentrum
S: Ihr Passwort läuft in {days} Tagen ab
S: Ihr Passwort wurde geändert
S: Neue Anmeldung bei Ihrem Konto
S: Einführung der Zwei-Faktor-Authentifizierung
S: Bitte richten Sie bis zum {date} die Mehrfaktor-Anmeldung ein
S: Geplante Wartungsarbeiten am Wochenende
B: Ihr Windows-Passwort läuft am {date} ab. Sie können es jederzeit am Arbeitsplatz mit Strg+Alt+Entf oder im Self-Service-Portal ändern.
B: Das Passwort Ihres Kontos wurde am {date} um {time} Uhr geändert. Wenn Sie das waren, ist nichts weiter zu tun.
B: Wir haben eine neue Anmeldung an Ihrem Konto von einem Windows-Gerät festgestellt. Falls Sie das nicht waren, wenden Sie sich bitte an den Servicedesk unter {phone}.
B: Ab dem {date} benötigen alle Mitarbeitenden eine Authenticator-App, um von außerhalb auf E-Mails zuzugreifen.
B: Das IT-Team ist am Dienstag und Donnerstag in der Kantine und hilft gern bei der Einrichtung.
B: E-Mail und Intranet sind am Samstag zwischen 8 und 12 Uhr wegen Updates nicht erreichbar.
B: Der Servicedesk fragt Sie niemals nach Ihrem Passwort.
B: Bei Fragen eröffnen Sie bitte ein Ticket oder rufen Sie die Durchwahl 4455 an.
C: Self-Service-Portal
C: Anleitung im Intranet
C: Servicedesk
S: Ihr Postfach ist fast voll
B: Ihr Postfach ist zu 90 % belegt. Bitte archivieren oder löschen Sie alte Nachrichten; wenn Sie mehr Platz brauchen, wenden Sie sich an den Service Desk.
B: Am Wochenende ziehen wir alle Postfächer auf die neue Mailplattform um. Sie müssen nichts tun, Ihre Nachrichten und Termine ziehen mit.
B: Teams-Voicemail: Verpasste Anrufe hinterlassen jetzt eine Sprachnachricht in Ihrem Postfach, die Sie in Outlook oder in der Teams-App abspielen können.
S: Anmeldung auf einem neuen Gerät
B: Ihr Konto wurde gerade auf einem neuen Gerät angemeldet (iPhone, {city}). Wenn Sie das waren, können Sie diese Nachricht ignorieren.
B: Ihr Bestätigungscode lautet {ref}. Er ist 10 Minuten gültig. Unsere Mitarbeiter fragen Sie nie nach diesem Code.
B: Unter Sicherheit in Ihrem Profil sehen Sie alle angemeldeten Geräte und können sie abmelden.
B: Ihr Passwort wurde über den Link zurückgesetzt, den wir an diese Adresse geschickt haben. Auf allen anderen Geräten sind Sie jetzt abgemeldet.
`,
  subscription: `
O: Wolkenwerk Cloud
O: Zeitungsverlag Nordkurier Digital
O: Fitnessstudio Kraftwerk
S: Ihr Abonnement verlängert sich am {date}
S: Ihre Kreditkarte läuft bald ab
S: Beleg zu Ihrer Verlängerung
S: Ihr Tarif wird bald verlängert
S: Bitte aktualisieren Sie Ihre Zahlungsdaten
B: Ihr Jahresabo verlängert sich am {date}. Wir belasten dann {amount} auf die hinterlegte Karte.
B: Die hinterlegte Karte läuft Ende des Monats ab. Damit es keine Unterbrechung gibt, hinterlegen Sie bitte in Ihrem Konto unter Zahlungsarten eine neue Karte.
B: Vielen Dank für Ihre Verlängerung. Den Beleg finden Sie in Ihrem Konto unter Rechnungen.
B: Wenn Sie Ihren Tarif ändern oder kündigen möchten, geht das bis zum Verlängerungsdatum auf der Abrechnungsseite.
B: Sind Ihre Daten aktuell, ändert sich für Sie nichts.
B: Die Preise für das kommende Jahr bleiben unverändert.
C: Zahlungsarten
C: Abo verwalten
C: Karte aktualisieren
S: Ihr Cloud-Speicherplan verlängert sich am {date}
B: Sie nutzen den Großteil des Speichers Ihres Tarifs. Wenn Sie mehr Platz brauchen, können Sie den Tarif jederzeit in den Kontoeinstellungen ändern.
B: Ihre Fotos und Dateien bleiben in Ihrem Konto, egal welchen Tarif Sie wählen.
`,
  rewards: `
O: Elbtal Logistik Betriebsrat
O: Buchhandlung Seitenweise Bonusprogramm
O: Nordlicht Medien Mitarbeiterclub
S: Gewinner der Sommertombola
S: Sie haben {points} Bonuspunkte
S: Ihr Gutschein ist da
S: Herzlichen Glückwunsch: Sie haben bei der Verlosung gewonnen!
S: Jubiläum im Unternehmen
B: Herzlichen Glückwunsch! Ihr Los wurde bei der Betriebstombola gezogen, Sie haben einen Einkaufsgutschein über 50 Euro gewonnen. Sie können ihn diese Woche am Empfang abholen.
B: Danke an alle, die Lose gekauft haben: Zusammen sind {amount} für das Kinderhospiz zusammengekommen.
B: Sie haben {points} Bonuspunkte gesammelt, die Sie beim nächsten Einkauf einlösen können.
B: Ihr Gutscheincode steht in der App und gilt bis zum {date} im Laden und online.
B: Punkte verfallen nach 24 Monaten ohne Einkauf.
B: Die nächste Verlosung findet bei der Weihnachtsfeier statt.
C: Punktestand ansehen
C: Teilnahmebedingungen
C: Zum Gutschein
`,
  newsletter: `
O: Münzhafen Krypto-Börse
O: Sparkasse Elbtal
O: Stadtwerke Nordheide
S: Neuigkeiten im {month}
S: Ihr monatlicher Überblick von {org}
S: Produktneuheiten: schnellere Überweisungen und neue App-Funktionen
S: Sicherheitstipps und Neues
S: Newsletter {month}
B: Diesen Monat haben wir Sparpläne in der App eingeführt: Sie können jede Woche einen festen Betrag anlegen.
B: Der Zins für unser Tagesgeldkonto steigt ab dem {date} auf 3,1 %.
B: In {city} haben wir ein neues Kundencenter eröffnet.
B: Zur Erinnerung: Wir fragen Sie niemals nach Ihrem Passwort oder Ihrer Wiederherstellungsphrase. Wer das tut, ist nicht von {org}.
B: Betrüger geben sich manchmal als unser Kundenservice aus. Vertrauen Sie nur Nachrichten im Postfach Ihres Kontos.
B: Lesen Sie unsere Tipps zum Energiesparen im Winter.
B: Danke, dass Sie bei uns Kunde sind. Wie immer freuen wir uns über Ihre Rückmeldung.
C: Weiterlesen
C: App öffnen
C: Zum Blog
`,
  appointment: `
O: Zahnarztpraxis Dr. Brandt
O: Hausarztpraxis am Markt
O: Autohaus Kessler
S: Terminerinnerung: {date} um {time} Uhr
S: Ihr Fahrzeug ist zur Inspektion fällig
S: Bestätigung Ihres Termins
S: HU/AU steht an
S: Bitte bestätigen Sie Ihren Termin
B: Wir erinnern Sie an Ihren Termin am {date} um {time} Uhr bei Dr. {last}.
B: Bitte kommen Sie zehn Minuten früher und bringen Sie Ihre Versichertenkarte mit.
B: Ihr Fahrzeug ist am {date} um {time} Uhr zur Inspektion angemeldet. Die voraussichtlichen Kosten betragen {amount}.
B: Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher unter {phone} ab.
B: Wir rufen Sie an, sobald das Fahrzeug abholbereit ist.
B: Sie können den Termin auch online verschieben.
C: Termin verwalten
C: Termin verschieben
C: Anfahrt
`,
  hr: `
O: Elbtal Logistik Personalabteilung
O: Nordlicht Medien Personal
O: Brandt Haustechnik Lohnbuchhaltung
S: Ihre Gehaltsabrechnung für {month} ist verfügbar
S: Urlaubsantrag genehmigt
S: Erinnerung: Resturlaub
S: Ihre Lohnsteuerbescheinigung
S: Neue Betriebsvereinbarung
B: Ihre Gehaltsabrechnung für {month} steht im Personalportal bereit.
B: Ihr Urlaubsantrag ab dem {date} wurde von Ihrer Führungskraft genehmigt.
B: Bitte planen Sie Ihren Resturlaub für dieses Jahr bis Ende November ein.
B: Die neue Betriebsvereinbarung zum mobilen Arbeiten finden Sie im Intranet.
B: Wenn auf Ihrer Abrechnung etwas nicht stimmt, melden Sie sich bitte vor dem 20. bei der Lohnbuchhaltung.
B: Die Beiträge zur betrieblichen Altersvorsorge werden ab nächsten Monat gesondert ausgewiesen.
C: Personalportal
C: Betriebsvereinbarung
C: Intranet
A: Entgeltabrechnung_{month}
A: Betriebsvereinbarung_2026
S: Ihre Bewerbung als Projektkoordinator/in
B: Vielen Dank für Ihre Bewerbung. Wir möchten Sie am {date} um {time} zu einem Vorstellungsgespräch in unser Büro einladen.
B: Bitte bringen Sie an Ihrem ersten Arbeitstag Ihren Personalausweis und Ihre Steuer-ID mit.
B: Wir besetzen zwei Stellen im Lager. Wenn Sie jemanden kennen, finden Sie die Stellenbeschreibungen im Intranet.
`,
  community: `
O: Grundschule am Lindenhof
O: Ruderverein Weser 1885 e.V.
O: TSV Nordheide Tennisabteilung
S: Elternbrief {month}
S: Termine zum Vormerken
S: Vereinsnachrichten und Mitgliederversammlung
S: Elterninformation: Klassenfahrt
S: Sommertraining und Mitgliedsbeitrag
B: Ein großes Dankeschön an alle Eltern, die beim Sommerfest geholfen haben: Wir haben {amount} für neue Bücher gesammelt.
B: Die Klasse 4b besucht am {date} das Naturkundemuseum. Bitte geben Sie die Einverständniserklärung bis Freitag ab.
B: Der Mitgliedsbeitrag für die neue Saison beträgt {amount}. Sie können ihn überweisen oder im Vereinsheim bar zahlen.
B: Die Jahreshauptversammlung findet am {date} um 19:30 Uhr im Vereinsheim statt.
B: Am letzten Schultag endet der Unterricht um 11:30 Uhr.
B: Wir suchen Helferinnen und Helfer für das Jugendtraining am Samstagvormittag.
C: Schulkalender
C: Vereinswebsite
C: Platz buchen
`,
  business: `
O: Nordlicht Medien
O: Brandt Haustechnik GmbH
O: Steuerkanzlei Vogel & Partner
O: Elbtal Logistik GmbH
S: Termin nächste Woche
S: Angebot Büroumbau
S: Nachfrage zu unserem Telefonat
S: Unterlagen für Donnerstag
S: Vielen Dank
S: Protokoll von heute
S: Kurze Frage zum Projektplan
B: Danke für das nette Telefonat heute. Wie besprochen sende ich Ihnen anbei unser Angebot.
B: Würde Ihnen Dienstag um {time} Uhr passen? Sonst habe ich am Donnerstag fast den ganzen Tag Zeit.
B: Anbei der unterschriebene Vertrag und der aktualisierte Zeitplan.
B: Ich wollte kurz nachhaken: Hatten Sie schon Gelegenheit, sich unseren Vorschlag anzusehen?
B: Die Summe beträgt {amount} netto; das Angebot ist {days} Tage gültig.
B: Vielen Dank für das gute Gespräch gestern, schön, dass wir uns endlich alle kennengelernt haben.
B: Am Freitag bin ich nicht im Büro, lass uns das also bis Donnerstag abschließen.
B: Kannst du mir bei Gelegenheit die aktuellen Zahlen schicken?
B: Melden Sie sich gern, wenn etwas unklar ist, dann telefonieren wir kurz.
A: Angebot_{ref}
A: Vertrag_unterschrieben
S: Freigegebener Ordner für das Projekt
B: Ich habe den Ordner mit den Zeichnungen und den Baustellenfotos auf unserem Laufwerk für Sie freigegeben; die Einladung sollte angekommen sein.
B: Ich habe Ihnen vorhin auf die Mailbox gesprochen, aber per E-Mail ist es einfacher: Können wir die Lieferung auf nächste Woche verschieben?
B: Unser Steuerberater schickt Ihnen die Steuererklärung bis Monatsende zur Unterschrift.
B: Bitte unterschreiben Sie die angehängte Vereinbarung und senden Sie mir einen Scan zurück.
`,
  account: `
O: Wolkenwerk
O: Kiezkasse
O: Lesezeichen Hörbücher
O: Stadtrad Nordhafen
S: Bitte bestätigen Sie Ihre E-Mail-Adresse
S: Passwort zurücksetzen
S: Ihr Link für ein neues Passwort
S: Ihr Anmeldecode für {org}
S: Neue Anmeldung in Ihrem Konto bei {org}
S: Waren Sie das? Anmeldung auf einem unbekannten Gerät
S: Zwei-Faktor-Authentifizierung aktiviert
S: Ihre Zahlung ist fehlgeschlagen
S: Bitte aktualisieren Sie Ihre Zahlungsmethode
S: Ihre hinterlegte Karte läuft bald ab
S: Ihr Abo wurde verlängert
S: Ihr Konto wurde gelöscht
S: Ihr Datenexport steht zum Download bereit
S: Wie zufrieden waren Sie? Ihre Anfrage #{ref}
S: Ihre Anfrage #{ref} wurde gelöst
S: Willkommen bei {org} – bitte aktivieren Sie Ihr Konto
B: Vielen Dank für Ihre Registrierung! Bitte bestätigen Sie über den Link unten Ihre E-Mail-Adresse, damit wir Ihr Konto freischalten können. Der Link ist 48 Stunden gültig.
B: Wir haben eine Anfrage erhalten, das Passwort für Ihr Konto bei {org} zurückzusetzen. Falls Sie das nicht waren, können Sie diese E-Mail einfach ignorieren – Ihr Passwort bleibt unverändert.
B: Der Link zum Festlegen eines neuen Passworts ist 60 Minuten gültig und kann nur einmal verwendet werden.
B: Ihr Anmeldecode: {ref}. Er ist 15 Minuten lang gültig. Geben Sie diesen Code an niemanden weiter – auch unser Kundenservice wird Sie nie danach fragen.
B: Am {date} um {time} Uhr wurde Ihr Konto mit Firefox unter Windows angemeldet. Wenn Sie das waren, müssen Sie nichts weiter tun.
B: Sie erkennen diese Anmeldung nicht? Dann ändern Sie bitte in den Kontoeinstellungen Ihr Passwort und melden Sie alle anderen Sitzungen ab.
B: Die Zwei-Faktor-Authentifizierung ist jetzt für Ihr Konto aktiv. Wenn Sie sich künftig auf einem neuen Gerät anmelden, fragen wir zusätzlich nach einem Code aus Ihrer Authenticator-App.
B: Die E-Mail-Adresse Ihres Kontos wurde am {date} geändert. Zur Sicherheit schicken wir diese Nachricht auch an Ihre bisherige Adresse.
B: Die hinterlegte Karte mit der Endung 4417 läuft Ende dieses Monats ab. Bitte hinterlegen Sie unter „Zahlungen“ eine neue Karte, damit Ihr Tarif ohne Unterbrechung weiterläuft.
B: Leider konnten wir den Monatsbeitrag von {amount} nicht einziehen, weil Ihre Bank die Zahlung abgelehnt hat. Wir versuchen es in drei Tagen erneut; Ihre Zahlungsmethode können Sie jederzeit in Ihrem Kundenkonto ändern.
B: Schlägt auch der nächste Versuch fehl, pausieren wir Ihr Konto. Ihre Daten bleiben erhalten und stehen wieder zur Verfügung, sobald die Zahlung eingegangen ist.
B: Die Mobilnummer für die Zwei-Faktor-Authentifizierung wurde am {date} geändert. Wenn Sie diese Änderung nicht selbst vorgenommen haben, rufen Sie uns bitte unter {phone} an.
B: Ihr Abonnement wurde um ein weiteres Jahr verlängert. Wir haben {amount} von Ihrer Karte abgebucht; die Rechnung finden Sie in Ihrem Kundenkonto unter „Rechnungen“.
B: Wie gewünscht haben wir Ihr Konto bei {org} geschlossen. Eine Anmeldung ist nicht mehr möglich; Ihre personenbezogenen Daten löschen wir innerhalb von 30 Tagen, soweit wir sie nicht aus gesetzlichen Gründen aufbewahren müssen.
B: Ab dem {date} gilt für Sie der Tarif Familie. Die Differenz für den laufenden Abrechnungszeitraum, {amount}, erscheint auf Ihrer nächsten Rechnung.
B: Unser Support-Team hat auf Ihre Anfrage #{ref} geantwortet. Sie können die Antwort im Hilfe-Center lesen oder einfach auf diese E-Mail antworten.
B: Wir haben Ihre Anfrage als gelöst markiert. Wie zufrieden waren Sie mit unserer Hilfe? Ein Klick genügt, die Umfrage dauert keine Minute.
B: Falls das Problem wieder auftritt, antworten Sie einfach innerhalb von 14 Tagen auf diese E-Mail; Ihr Ticket wird dann automatisch wieder geöffnet.
B: Wenn Sie sich nicht bei {org} registriert haben, können Sie diese E-Mail ignorieren. Ohne Bestätigung wird das Konto nicht aktiviert.
B: Ihr Datenexport ist fertig. Aus Sicherheitsgründen funktioniert der Download-Link nur, wenn Sie angemeldet sind, und er ist sieben Tage lang gültig.
C: E-Mail-Adresse bestätigen
C: Passwort zurücksetzen
C: Letzte Aktivitäten prüfen
C: Zahlungsdaten ändern
C: Support bewerten
`,
}

const NAMES_NL: Names = {
  f: ['Sanne', 'Lotte', 'Anouk', 'Femke', 'Marieke', 'Esther', 'Noor', 'Ingrid'],
  m: ['Jeroen', 'Bas', 'Thijs', 'Pieter', 'Daan', 'Ruud', 'Maarten', 'Sander'],
  last: ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Vermeulen', 'van Dijk'],
  title: ['mevrouw', 'heer'],
  dear: ['Geachte mevrouw', 'Geachte heer'],
  streets: ['Kerkstraat 12', 'Industrieweg 48', 'Marktplein 3', 'Stationsweg 27', 'Lindelaan 5'],
  cities: ['3011 AB Rotterdam', '9711 LM Groningen', '5611 EM Eindhoven', '3511 AE Utrecht', '2011 HN Haarlem'],
  phones: ['010 555 0132', '050 555 0788', '040 555 0456', '+31 30 555 0190'],
  mailDomains: ['postvak.example', 'thuismail.example', 'netpost.example', 'mijnmail.example'],
  companies: ['Van Dam Installatietechniek B.V.', 'Bureau Kooistra', 'Polderlicht Media', 'Rijnmond Transport B.V.'],
}

const COMMON_NL: HamCommon = {
  greetNamed: ['{dear} {last},', 'Beste {first},', 'Beste {name},', 'Hallo {first},', 'Beste {title} {last},'],
  greetAnon: ['Beste klant,', 'Geachte heer, mevrouw,', 'Beste relatie,', 'Hallo,', 'Beste lid,'],
  greetPerson: ['Hoi {first},', 'Beste {first},', 'Hallo {first},', '{dear} {last},', 'Goedemorgen {first},', 'Dag {first},'],
  signoff: ['Met vriendelijke groet,', 'Vriendelijke groeten,', 'Met hartelijke groet,', 'Groet,', 'Hartelijke groeten,', 'Met vriendelijke groeten,'],
  signoffPerson: ['Groetjes,', 'Groet,', 'Met vriendelijke groet,', 'Fijne dag,', 'Alvast bedankt,', 'Gr.,'],
  footer: [
    '{org} · {street} · {city} · KvK {ref} · btw NL{ref}B01',
    '{org}, {street}, {city}, telefoon {phone}, www.{domain}',
    'U ontvangt deze e-mail omdat u klant bent bij {org}. Uw e-mailvoorkeuren wijzigt u via www.{domain}/voorkeuren.',
    '{org} | {street} | {city} | Op al onze diensten zijn onze algemene voorwaarden van toepassing.',
    'Dit bericht is automatisch verstuurd. Vragen? Bel ons op {phone}.',
    '{org} · {city} · Privacyverklaring: www.{domain}/privacy',
  ],
  safety: [
    'Wij vragen u nooit per e-mail of telefoon om uw wachtwoord of pincode.',
    'Let op: medewerkers van {org} vragen nooit naar uw inloggegevens.',
    'Twijfelt u? Ga dan zelf naar www.{domain} in plaats van op een link te klikken.',
    'Deel uw herstelzin of eenmalige codes nooit met iemand, ook niet met ons.',
    'Vertrouwt u dit bericht niet, neem dan contact op via het telefoonnummer op onze website.',
  ],
  senders: {
    'it-security': ['ICT Servicedesk', 'ICT-ondersteuning', '{org} Servicedesk', 'Helpdesk', 'Afdeling ICT'],
    hr: ['Afdeling HR', 'Salarisadministratie', '{org} P&O', 'HR-team', 'Personeelszaken'],
    invoice: ['{org} Administratie', 'Debiteurenadministratie', '{org} Facturatie', 'Financiële administratie', 'Crediteurenbeheer'],
    order: ['{org} Klantenservice', '{org} Bestellingen', 'Klantcontact', '{org} Webwinkel', 'Bezorgservice'],
    account: ['{org} Accountteam', '{org} Beveiliging', '{org} Klantenservice', 'Team {org}'],
  },
  locals: {
    default: ['info', 'klantenservice', 'service', 'contact'],
    invoice: ['administratie', 'facturen', 'debiteuren', 'financien'],
    'it-security': ['ict', 'servicedesk', 'helpdesk', 'it'],
    hr: ['hr', 'personeelszaken', 'salarisadministratie'],
    newsletter: ['nieuwsbrief', 'nieuws', 'updates'],
    order: ['bestellingen', 'webshop', 'verzending'],
    account: ['no-reply', 'account', 'beveiliging', 'support'],
  },
}

const NL: Record<HamKind, string> = {
  invoice: `
O: Van Dam Installatietechniek B.V.
O: Administratiekantoor Kooistra
O: Drukkerij Het Anker
O: Kantoorhuis Brabant B.V.
S: Factuur {ref}
S: Uw factuur over {month}
S: Betalingsherinnering factuur {ref}
S: Factuur {ref} van {org}
S: Overzicht openstaande posten
S: Herinnering: factuur {ref}
B: Hierbij ontvangt u onze factuur {ref} ter hoogte van {amount}.
B: Wij vragen u vriendelijk het bedrag vóór {date} te voldoen op rekeningnummer {iban} t.n.v. {org}, met vermelding van het factuurnummer.
B: Volgens onze administratie staat factuur {ref} van {amount} nog open. Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.
B: Bedankt voor uw opdracht. De factuur betreft de werkzaamheden in {month}.
B: Onze betalingstermijn is {days} dagen na factuurdatum.
B: Heeft u vragen over deze factuur? Beantwoord dan deze e-mail of bel ons op {phone}.
B: De factuur staat ook voor u klaar in uw klantomgeving.
B: Het bedrag wordt zoals afgesproken automatisch van uw rekening afgeschreven.
B: Klopt het bedrag niet? Laat het ons weten, dan sturen wij u een creditnota en een nieuwe factuur.
C: Factuur bekijken
C: PDF downloaden
C: Naar uw klantomgeving
A: Factuur_{ref}
A: factuur-{ref}
S: Uw tolafrekening over {month}
B: Bijgevoegd vindt u de tolafrekening over {month}; het bedrag wordt automatisch afgeschreven.
B: Zoals afgesproken hebben wij de parkeer- en tolkosten van de bouwbezoeken tegen kostprijs doorberekend.
`,
  statement: `
O: Rijnland Spaarbank
O: Polderzeker Verzekeringen
O: Pensioenfonds Bouw & Techniek
S: Uw rekeningoverzicht van {month} staat klaar
S: Uw polisdocumenten
S: Nieuw document in uw berichtenbox
S: Uw jaaroverzicht
S: Uw nieuwe polisblad voor polis {ref}
B: Uw rekeningafschrift over {month} staat vanaf nu voor u klaar in internetbankieren.
B: Er staat een nieuw document in uw berichtenbox: het polisblad voor het komende jaar.
B: U kunt uw afschriften op elk moment bekijken en downloaden nadat u bent ingelogd.
B: U hoeft niets te doen, dit bericht is alleen ter informatie.
B: Uw jaarpremie bedraagt {amount} en wordt maandelijks geïncasseerd.
B: Wilt u geen papieren afschriften meer ontvangen? Pas dat aan in uw instellingen.
B: Controleer de gegevens en geef wijzigingen, zoals een nieuw adres, aan ons door.
C: Inloggen
C: Bekijk uw documenten
C: Instellingen
A: Rekeningafschrift_{month}
A: Polisblad_{ref}
S: Uw jaaroverzicht voor de belastingaangifte staat klaar
B: Uw fiscaal jaaroverzicht staat bij de documenten in uw account. U heeft het nodig voor uw belastingaangifte.
B: De verlengingsovereenkomst staat in het klantportaal klaar voor digitale ondertekening. U kunt ook het papieren exemplaar tekenen dat wij u stuurden.
B: Wij sturen u nooit een wachtwoord voor een pdf per e-mail en vragen nooit naar uw e-mailwachtwoord.
`,
  utility: `
O: Lumen Energie
O: Waterbedrijf Noord
O: Polderstroom Energie
S: Uw jaarnota {month}
S: Uw nieuwe tarief per {date}
S: Geef uw meterstanden door
S: Uw energierekening staat klaar
S: Wijziging van uw termijnbedrag
B: Uw jaarafrekening staat klaar. Het bedrag over deze periode is {amount} en wordt op {date} automatisch geïncasseerd.
B: Per {date} verandert uw leveringstarief. Uw nieuwe maandelijkse termijnbedrag is {amount}.
B: Geef uw meterstanden vóór {date} door, zodat uw volgende nota klopt.
B: In Mijn Omgeving vergelijkt u uw verbruik met vorig jaar.
B: Heeft u moeite met betalen? Neem contact met ons op, samen zoeken we een oplossing.
B: Bent u tevreden met uw huidige contract, dan hoeft u niets te doen.
C: Bekijk uw nota
C: Meterstanden doorgeven
C: Tarieven vergelijken
`,
  order: `
O: Buitensport Veluwe
O: Boekhandel De Leeshoek
O: Keukenhuis Zeeland
O: Meubelmakerij Eikenhout
S: Orderbevestiging {ref}
S: Je bestelling is verzonden
S: Je bezorgafspraak op {date}
S: Bedankt voor je bestelling!
S: Je pakket is onderweg ({carrier})
S: Update over bestelling {ref}
B: Bedankt voor je bestelling {ref}. We sturen je een bericht zodra die verzonden is.
B: Goed nieuws: je bestelling heeft ons magazijn verlaten en is onderweg met {carrier}. Je track-en-trace-code is {tracking}.
B: De bezorging staat gepland op {date} vanaf {time} uur.
B: Totaalbedrag: {amount}, betaald met iDEAL.
B: Je kunt de bezorgdatum tot een dag van tevoren wijzigen in je account.
B: Retourneren is binnen {days} dagen gratis.
B: Je volgt je pakket op onze website met je ordernummer.
B: Onze bezorger belt je ongeveer een half uur voor aankomst.
C: Volg je bestelling
C: Bestelling bekijken
C: Bezorging wijzigen
`,
  'it-security': `
O: Rijnmond Transport ICT
O: Polderlicht Media ICT
O: Hogeschool Zuidrand Servicedesk
S: Je wachtwoord verloopt over {days} dagen
S: Je wachtwoord is gewijzigd
S: Nieuwe aanmelding op je account
S: We voeren tweestapsverificatie in
S: Stel vóór {date} meervoudige verificatie in
S: Gepland onderhoud dit weekend
B: Je netwerkwachtwoord verloopt op {date}. Je wijzigt het op je werkplek met Ctrl+Alt+Del of via het selfserviceportaal.
B: Het wachtwoord van je account is op {date} om {time} gewijzigd. Was jij dit, dan hoef je niets te doen.
B: We zagen een nieuwe aanmelding op je account vanaf een Windows-apparaat. Was jij dit niet, bel dan de servicedesk op {phone}.
B: Vanaf {date} heeft iedereen een authenticator-app nodig om van buiten kantoor bij de mail te kunnen.
B: Het ICT-team zit dinsdag en donderdag in de kantine om te helpen met het instellen.
B: Mail en intranet zijn zaterdag tussen 8:00 en 12:00 uur niet beschikbaar vanwege updates.
B: De servicedesk vraagt nooit naar je wachtwoord.
B: Vragen? Maak een melding aan of bel toestel 4455.
C: Selfserviceportaal
C: Handleiding op intranet
C: Servicedesk
S: Uw mailbox is bijna vol
B: Uw mailbox is voor 90 % gevuld. Archiveer of verwijder oude berichten; heeft u meer ruimte nodig, vraag het dan aan de servicedesk.
B: Dit weekend verhuizen wij alle mailboxen naar het nieuwe mailplatform. U hoeft niets te doen, uw berichten en agenda verhuizen mee.
B: Teams-voicemail: bij een gemiste oproep komt er nu een voicemail in uw mailbox, die u in Outlook of in de Teams-app kunt afspelen.
S: Inloggen op een nieuw apparaat
B: Er is zojuist met uw account ingelogd op een nieuw apparaat (iPhone, {city}). Was u dit zelf, dan kunt u dit bericht negeren.
B: Uw verificatiecode is {ref}. Hij is 10 minuten geldig. Onze medewerkers vragen nooit naar deze code.
B: Onder Beveiliging in uw profiel ziet u alle ingelogde apparaten en kunt u ze afmelden.
B: Uw wachtwoord is opnieuw ingesteld via de link die wij naar dit adres stuurden. Op alle andere apparaten bent u nu uitgelogd.
`,
  subscription: `
O: Wolkwerk Cloud
O: Dagblad Noord Digitaal
O: Sportschool De Kracht
S: Je abonnement wordt verlengd op {date}
S: Je creditcard verloopt binnenkort
S: Betaalbewijs van je verlenging
S: Je abonnement loopt bijna af
S: Werk je betaalgegevens bij
B: Je jaarabonnement wordt op {date} verlengd. We schrijven dan {amount} af van de opgeslagen kaart.
B: De kaart die we van je hebben verloopt aan het eind van de maand. Voeg in je account een nieuwe kaart toe om onderbreking te voorkomen.
B: Bedankt voor je verlenging. Het betaalbewijs vind je onder Facturen in je account.
B: Wil je je abonnement wijzigen of opzeggen? Dat kan tot de verlengdatum op de pagina Betalingen.
B: Kloppen je gegevens, dan verandert er niets voor je.
B: De prijzen voor het komende jaar blijven gelijk.
C: Betaalinstellingen
C: Abonnement beheren
C: Kaart bijwerken
S: Uw cloudopslagabonnement wordt verlengd op {date}
B: U gebruikt het grootste deel van de opslag in uw abonnement. Heeft u meer ruimte nodig, dan kunt u op elk moment een ander abonnement kiezen in uw accountinstellingen.
B: Uw foto's en bestanden blijven in uw account, welk abonnement u ook kiest.
`,
  rewards: `
O: Rijnmond Transport Personeelsvereniging
O: Boekhandel De Leeshoek Spaarprogramma
O: Polderlicht Media Personeelsclub
S: Winnaars van de zomerloterij
S: Je hebt {points} spaarpunten
S: Je cadeaubon staat klaar
S: Gefeliciteerd: je hebt gewonnen bij de personeelsloterij!
S: Jubileum bij het bedrijf
B: Gefeliciteerd! Je lot is getrokken bij de personeelsloterij en je hebt een cadeaubon van 50 euro gewonnen. Je kunt hem deze week ophalen bij de receptie.
B: Dank aan iedereen die loten kocht: samen haalden we {amount} op voor het hospice.
B: Je hebt {points} spaarpunten verzameld, goed voor korting op je volgende aankoop.
B: Je kortingscode staat in de app en is tot {date} geldig in de winkel en online.
B: Punten vervallen na 24 maanden zonder aankoop.
B: De volgende trekking is op de kerstborrel.
C: Bekijk je punten
C: Voorwaarden
C: Naar je cadeaubon
`,
  newsletter: `
O: Muntwerf Crypto
O: Rijnland Spaarbank
O: Lumen Energie
S: Nieuws van {month}
S: Je maandelijkse update van {org}
S: Productnieuws: snellere overboekingen en nieuwe functies in de app
S: Veiligheidstips en wat er nieuw is
S: Nieuwsbrief {month}
B: Deze maand introduceerden we periodiek beleggen in de app: je legt elke week een vast bedrag in.
B: De rente op onze spaarrekening gaat per {date} omhoog naar 3,1 %.
B: In {city} hebben we een nieuw klantencentrum geopend.
B: Ter herinnering: wij vragen nooit om je wachtwoord of herstelzin. Wie dat wel doet, is niet van {org}.
B: Oplichters doen zich soms voor als onze klantenservice. Vertrouw alleen berichten in je eigen account.
B: Lees onze tips om deze winter energie te besparen.
B: Bedankt dat je klant bent. Zoals altijd horen we graag je reactie.
C: Lees verder
C: Open de app
C: Naar ons blog
`,
  appointment: `
O: Tandartspraktijk Centrum
O: Huisartsenpraktijk De Linde
O: Autobedrijf Van Leeuwen
S: Herinnering afspraak: {date} om {time}
S: Je auto is toe aan een onderhoudsbeurt
S: Bevestiging van uw afspraak
S: Uw APK verloopt binnenkort
S: Bevestig uw afspraak
B: Wij herinneren u aan uw afspraak op {date} om {time} uur bij dokter {last}.
B: Kom alstublieft tien minuten eerder en neem uw medicijnoverzicht mee.
B: Uw auto staat op {date} om {time} uur ingepland voor de onderhoudsbeurt. De verwachte kosten zijn {amount}.
B: Kunt u niet komen? Meld u dan minimaal 24 uur van tevoren af via {phone}.
B: Wij bellen u zodra de auto klaarstaat.
B: U kunt de afspraak ook online verzetten.
C: Afspraak beheren
C: Afspraak verzetten
C: Route
`,
  hr: `
O: Rijnmond Transport HR
O: Polderlicht Media P&O
O: Van Dam Installatietechniek Salarisadministratie
S: Je loonstrook van {month} staat klaar
S: Verlofaanvraag goedgekeurd
S: Herinnering: resterende vakantiedagen
S: Je jaaropgave staat klaar
S: Nieuw personeelshandboek
B: Je loonstrook over {month} staat klaar in het HR-portaal.
B: Je verlofaanvraag vanaf {date} is goedgekeurd door je leidinggevende.
B: Plan je resterende vakantiedagen voor dit jaar vóór eind november in.
B: Het nieuwe personeelshandboek staat op intranet; lees vooral het deel over thuiswerken.
B: Klopt er iets niet op je loonstrook? Meld het dan vóór de 20e bij de salarisadministratie.
B: De pensioenpremie staat vanaf volgende maand als aparte regel op je loonstrook.
C: HR-portaal
C: Personeelshandboek
C: Intranet
A: Loonstrook_{month}
A: Personeelshandboek_2026
S: Uw sollicitatie als projectcoördinator
B: Bedankt voor uw sollicitatie. Wij nodigen u graag uit voor een gesprek op ons kantoor op {date} om {time}.
B: Neem op uw eerste werkdag uw paspoort of identiteitskaart mee, zodat wij de identiteitscontrole kunnen afronden.
B: Wij zoeken twee collega's voor het magazijn. Kent u iemand, dan staan de vacatureteksten op het intranet.
`,
  community: `
O: Basisschool De Regenboog
O: Roeivereniging De Amstel
O: Tennisvereniging Het Park
S: Nieuwsbrief {month}
S: Data om te noteren
S: Verenigingsnieuws en ledenvergadering
S: Ouderbrief: schoolreisje
S: Zomercompetitie en contributie
B: Veel dank aan alle ouders die hielpen op de zomermarkt: we haalden {amount} op voor nieuwe leesboeken.
B: Groep 6 gaat op {date} naar het natuurmuseum. Lever het toestemmingsformulier vóór vrijdag in.
B: De contributie voor het nieuwe seizoen is {amount}. U kunt overmaken of contant betalen in de kantine.
B: De algemene ledenvergadering is op {date} om 19:30 uur in het clubhuis.
B: Op de laatste schooldag zijn de kinderen om 12:00 uur vrij.
B: We zoeken vrijwilligers voor de jeugdtraining op zaterdagochtend.
C: Schoolkalender
C: Website van de vereniging
C: Baan reserveren
`,
  business: `
O: Polderlicht Media
O: Van Dam Installatietechniek B.V.
O: Administratiekantoor Kooistra
O: Rijnmond Transport B.V.
S: Afspraak volgende week
S: Offerte verbouwing kantoor
S: Even navragen na ons gesprek
S: Stukken voor donderdag
S: Bedankt!
S: Verslag van vandaag
S: Korte vraag over de planning
B: Bedankt voor het prettige telefoongesprek van vandaag. Zoals afgesproken stuur ik je in de bijlage onze offerte.
B: Komt dinsdag om {time} uur jou uit? Anders heb ik donderdag bijna de hele dag tijd.
B: Bijgaand het ondertekende contract en de bijgewerkte planning.
B: Ik wilde even navragen of je al naar ons voorstel hebt kunnen kijken.
B: Het totaal komt op {amount} exclusief btw; de offerte is {days} dagen geldig.
B: Dank voor het fijne overleg gisteren, leuk om eindelijk het hele team te ontmoeten.
B: Vrijdag ben ik niet op kantoor, dus laten we het donderdag afronden.
B: Kun je me als je tijd hebt de laatste cijfers sturen?
B: Laat gerust weten als iets niet duidelijk is, dan bellen we even.
A: Offerte_{ref}
A: Contract_getekend
S: Gedeelde map voor het project
B: Ik heb de map met de tekeningen en de bouwfoto's op onze schijf met je gedeeld; je zou een uitnodiging moeten hebben gekregen.
B: Ik heb je vanochtend een voicemail ingesproken, maar per mail is makkelijker: kunnen we de levering naar volgende week verschuiven?
B: Onze boekhouder stuurt je de aangifte voor het einde van de maand ter ondertekening.
B: Wil je de bijgevoegde overeenkomst ondertekenen en een scan terugsturen?
`,
  account: `
O: Wolkbox
O: Fietsvak
O: Kaartje Tickets
O: Spaarhuys
S: Bevestig uw e-mailadres
S: Stel een nieuw wachtwoord in
S: Uw link voor een nieuw wachtwoord
S: Uw verificatiecode voor {org}
S: Nieuwe inlog op uw account bij {org}
S: Was u dit? Inlog vanaf een nieuw apparaat
S: Tweestapsverificatie is ingeschakeld
S: Uw betaling is niet gelukt
S: Actie nodig: werk uw betaalmethode bij
S: Uw opgeslagen betaalkaart verloopt binnenkort
S: Uw abonnement is verlengd
S: Uw account is opgeheven
S: Uw gegevensexport staat klaar
S: Hoe hebben we het gedaan? Uw vraag #{ref}
S: Uw vraag #{ref} is opgelost
S: Welkom bij {org}! Activeer uw account
B: Bedankt voor uw aanmelding! Bevestig binnen 48 uur uw e-mailadres via de link hieronder, dan activeren we uw account.
B: We hebben een verzoek ontvangen om het wachtwoord van uw account bij {org} opnieuw in te stellen. Heeft u dit niet aangevraagd? Dan kunt u deze e-mail negeren; uw wachtwoord blijft ongewijzigd.
B: De link om een nieuw wachtwoord te kiezen is 60 minuten geldig en werkt maar één keer.
B: Uw eenmalige code is {ref}. De code is 15 minuten geldig. Deel deze code met niemand, ook niet met onze medewerkers.
B: Op {date} om {time} is er op uw account ingelogd vanaf een Android-telefoon. Was u dit zelf? Dan hoeft u niets te doen.
B: Herkent u deze inlog niet? Wijzig dan uw wachtwoord via Instellingen > Beveiliging en log op alle andere apparaten uit.
B: Tweestapsverificatie staat nu aan voor uw account. Logt u voortaan in op een nieuw apparaat, dan vragen we naast uw wachtwoord ook een code uit uw authenticator-app.
B: Het e-mailadres van uw account is op {date} gewijzigd. We sturen dit bericht ook naar uw oude adres, zodat u op de hoogte bent.
B: De betaalkaart die eindigt op 4417 verloopt aan het eind van deze maand. Voeg onder Betalingen een nieuwe kaart toe, dan loopt uw abonnement gewoon door.
B: Het is ons niet gelukt het maandbedrag van {amount} te innen, omdat uw bank de betaling heeft geweigerd. Over drie dagen proberen we het opnieuw. Uw betaalmethode past u altijd aan in uw account.
B: Mislukt ook de volgende poging, dan zetten we uw account tijdelijk stil. Uw gegevens blijven bewaard en zijn direct weer beschikbaar zodra de betaling binnen is.
B: Het mobiele nummer voor tweestapsverificatie is op {date} gewijzigd. Heeft u dit niet zelf gedaan? Bel ons dan op {phone}.
B: Uw abonnement is met een jaar verlengd. We hebben {amount} van uw kaart afgeschreven; de factuur vindt u in uw account onder Facturen.
B: Zoals gevraagd hebben we uw account bij {org} opgeheven. U kunt niet meer inloggen. Uw persoonsgegevens verwijderen we binnen 30 dagen, behalve wat we wettelijk moeten bewaren.
B: Vanaf {date} heeft u het Gezinsabonnement. Het verschil voor de rest van deze periode, {amount}, staat op uw volgende factuur.
B: Ons supportteam heeft gereageerd op uw vraag #{ref}. U leest het antwoord in het klantenportaal, of u antwoordt gewoon op deze e-mail.
B: We hebben uw vraag als opgelost gemarkeerd. Hoe tevreden bent u over onze hulp? Laat het ons weten met één klik; het duurt nog geen minuut.
B: Is het probleem toch niet verholpen? Reageer dan binnen 14 dagen op deze e-mail en uw vraag wordt automatisch heropend.
B: Heeft u geen account aangemaakt bij {org}? Dan kunt u deze e-mail negeren; zonder bevestiging wordt het account niet geactiveerd.
B: Uw gegevensexport is klaar. Voor uw veiligheid werkt de downloadlink alleen nadat u bent ingelogd, en hij blijft zeven dagen geldig.
C: E-mailadres bevestigen
C: Nieuw wachtwoord instellen
C: Recente activiteit bekijken
C: Betaalmethode wijzigen
C: Geef uw beoordeling
`,
}

const NAMES_PT: Names = {
  f: ['Ana', 'Beatriz', 'Camila', 'Juliana', 'Fernanda', 'Mariana', 'Patrícia', 'Luíza'],
  m: ['João', 'Pedro', 'Rafael', 'Lucas', 'Gustavo', 'Rodrigo', 'Marcelo', 'Thiago'],
  last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Almeida', 'Ferreira', 'Ribeiro', 'Carvalho'],
  title: ['Sra.', 'Sr.'],
  dear: ['Prezada Sra.', 'Prezado Sr.'],
  streets: ['Rua das Flores, 120', 'Av. Paulista, 1480', 'Rua XV de Novembro, 33', 'Av. Brasil, 2700', 'Rua do Comércio, 58'],
  cities: ['São Paulo – SP, 01310-100', 'Curitiba – PR, 80020-310', 'Belo Horizonte – MG, 30130-110', 'Recife – PE, 50030-230', 'Porto Alegre – RS, 90010-150'],
  phones: ['(11) 5555-0132', '(41) 5555-0788', '(31) 5555-0456', '0800 555 0190'],
  mailDomains: ['caixapostal.example', 'meuemail.example', 'correiodigital.example', 'emailcasa.example'],
  companies: ['Construtora Ipê Ltda.', 'Escritório Contábil Andrade', 'Agência Maré Alta', 'Transportes Serra Azul Ltda.'],
}

const COMMON_PT: HamCommon = {
  greetNamed: ['{dear} {last},', 'Olá, {first}!', 'Prezado(a) {name},', 'Oi, {first},', 'Caro(a) {first},'],
  greetAnon: ['Prezado cliente,', 'Olá,', 'Prezado(a) associado(a),', 'Bom dia,', 'Prezados,'],
  greetPerson: ['Oi, {first}!', 'Olá, {first},', 'Bom dia, {first}!', '{dear} {last},', '{first}, tudo bem?', 'Boa tarde, {first},'],
  signoff: ['Atenciosamente,', 'Cordialmente,', 'Abraços,', 'Obrigado,', 'Um abraço,', 'Atenciosamente, equipe'],
  signoffPerson: ['Abs,', 'Abraço,', 'Obrigada,', 'Att.,', 'Até mais,', 'Valeu,'],
  footer: [
    '{org} · {street} · {city} · CNPJ 12.{ref}/0001-90',
    '{org}, {street}, {city}, telefone {phone}, www.{domain}',
    'Você recebeu este e-mail porque é cliente da {org}. Altere suas preferências em www.{domain}/preferencias.',
    '{org} | {street} | {city} | SAC {phone}',
    'Esta é uma mensagem automática. Dúvidas? Ligue para {phone}.',
    '{org} · {city} · Política de privacidade: www.{domain}/privacidade',
  ],
  safety: [
    'Nunca pedimos sua senha, token ou dados completos do cartão por e-mail ou telefone.',
    'Atenção: funcionários da {org} nunca pedem seus dados de acesso.',
    'Em caso de dúvida, digite www.{domain} no navegador em vez de clicar em links.',
    'Nunca compartilhe sua frase de recuperação ou códigos de verificação com ninguém, nem conosco.',
    'Se estranhar esta mensagem, fale conosco pelo telefone que consta no nosso site.',
  ],
  senders: {
    'it-security': ['Suporte de TI', 'Service Desk', '{org} Suporte', 'Helpdesk', 'Departamento de TI'],
    hr: ['Recursos Humanos', 'Departamento Pessoal', '{org} RH', 'Equipe de RH', 'Gente e Gestão'],
    invoice: ['{org} Financeiro', 'Contas a Receber', '{org} Cobrança', 'Equipe Financeira', 'Faturamento'],
    order: ['{org} Atendimento', '{org} Pedidos', 'Central de Atendimento', 'Loja {org}', 'Equipe de Entregas'],
    account: ['Conta {org}', 'Segurança {org}', 'Atendimento {org}', 'Equipe {org}'],
  },
  locals: {
    default: ['contato', 'atendimento', 'sac', 'relacionamento'],
    invoice: ['financeiro', 'cobranca', 'faturamento', 'contas'],
    'it-security': ['ti', 'suporte', 'servicedesk', 'helpdesk'],
    hr: ['rh', 'pessoas', 'folha'],
    newsletter: ['novidades', 'newsletter', 'news'],
    order: ['pedidos', 'loja', 'entregas'],
    account: ['nao-responda', 'conta', 'seguranca', 'suporte'],
  },
}

const PT: Record<HamKind, string> = {
  invoice: `
O: Construtora Ipê Ltda.
O: Escritório Contábil Andrade
O: Gráfica Boa Vista
O: Papelaria Central Ltda.
S: Seu boleto de {month} já está disponível
S: Nota fiscal e boleto – pedido {ref}
S: Lembrete de vencimento: fatura {ref}
S: Fatura {ref} da {org}
S: Segunda via do boleto
S: Aviso de pagamento em aberto
B: Segue em anexo a nota fiscal {ref} no valor de {amount}.
B: O boleto vence em {date}. Você também pode pagar via Pix usando o código que aparece na área do cliente.
B: Identificamos que a fatura {ref}, no valor de {amount}, ainda está em aberto. Caso já tenha efetuado o pagamento, por favor desconsidere este aviso.
B: Agradecemos a preferência. A fatura se refere aos serviços prestados em {month}.
B: O prazo de pagamento é de {days} dias a partir da emissão.
B: Em caso de dúvidas sobre esta cobrança, responda este e-mail ou ligue para {phone}.
B: A segunda via do boleto também está disponível na área do cliente.
B: O valor será debitado automaticamente na sua conta, conforme combinado.
B: Se houver alguma divergência no valor, avise-nos e emitiremos um novo documento.
C: Ver fatura
C: Baixar boleto em PDF
C: Área do cliente
A: Boleto_{ref}
A: NF-{ref}
S: Seu extrato de pedágio de {month}
B: Segue em anexo o extrato da sua tag de pedágio de {month}; o valor será debitado automaticamente.
B: Conforme combinado, cobramos as despesas de estacionamento e pedágio das visitas à obra pelo preço de custo.
`,
  statement: `
O: Banco Cooperativo Serra Verde
O: Seguradora Horizonte
O: Previdência Aliança
S: Seu extrato de {month} está disponível
S: Documentos da sua apólice
S: Novo documento na sua conta
S: Informe de rendimentos
S: Renovação da apólice {ref}
B: O extrato da sua conta referente a {month} já está disponível no internet banking.
B: Há um novo documento na sua área do cliente: a apólice para o próximo período.
B: Você pode consultar e baixar seus extratos a qualquer momento após entrar na sua conta.
B: Você não precisa fazer nada; esta mensagem é apenas um aviso.
B: O prêmio anual é de {amount}, pago em parcelas mensais.
B: Para deixar de receber extratos em papel, altere suas preferências nas configurações.
B: Confira os dados e nos avise se algo mudou, como seu endereço.
C: Acessar minha conta
C: Ver documentos
C: Configurações
A: Extrato_{month}
A: Apolice_{ref}
S: Seu informe de rendimentos está disponível
B: O informe de rendimentos do ano passado já está na área de documentos da sua conta. Você vai precisar dele para a declaração do imposto de renda.
B: O termo de renovação está disponível para assinatura eletrônica no portal do cliente. Se preferir, assine a via impressa que enviamos pelo correio.
B: Nunca enviamos senha de PDF por e-mail e nunca pedimos a senha do seu e-mail.
`,
  utility: `
O: Companhia Energética Vale Norte
O: Saneamento Águas Claras
O: Luz do Sul Energia
S: Sua conta de luz de {month}
S: Reajuste da tarifa a partir de {date}
S: Informe a leitura do medidor
S: Sua conta já está disponível
S: Mudança no débito automático
B: Sua conta deste mês já está disponível. O valor é de {amount}, com vencimento em {date}.
B: A partir de {date} a tarifa terá reajuste conforme autorizado pela agência reguladora. A estimativa da sua conta mensal passa a ser {amount}.
B: Informe a leitura do seu medidor até {date} para que a próxima conta seja exata.
B: No aplicativo você pode comparar o seu consumo com o do ano passado.
B: Se estiver com dificuldade para pagar, fale conosco: podemos parcelar.
B: Se está satisfeito com o seu plano, não precisa fazer nada.
C: Ver conta
C: Informar leitura
C: Comparar planos
`,
  order: `
O: Trilha Aventura Esportes
O: Livraria Página Aberta
O: Casa & Cozinha Utilidades
O: Móveis Jatobá
S: Confirmação do pedido {ref}
S: Seu pedido foi enviado
S: Entrega agendada para {date}
S: Obrigado pela sua compra!
S: Seu pacote está a caminho ({carrier})
S: Atualização do pedido {ref}
B: Obrigado pelo seu pedido {ref}. Avisaremos por e-mail assim que ele for enviado.
B: Boa notícia: seu pedido saiu do nosso centro de distribuição e está a caminho com a {carrier}. O código de rastreamento é {tracking}.
B: A entrega está agendada para {date}, a partir das {time}.
B: Total do pedido: {amount}, pago no cartão em 3x sem juros.
B: Você pode alterar a data de entrega na sua conta até o dia anterior.
B: A troca ou devolução é gratuita em até {days} dias.
B: Acompanhe a entrega no nosso site usando o número do pedido.
B: O entregador vai ligar cerca de 30 minutos antes de chegar.
C: Rastrear pedido
C: Ver pedido
C: Gerenciar entrega
`,
  'it-security': `
O: Transportes Serra Azul TI
O: Agência Maré Alta TI
O: Faculdade Vale do Sol Suporte
S: Sua senha expira em {days} dias
S: Sua senha foi alterada
S: Novo acesso à sua conta
S: Vamos adotar a autenticação em dois fatores
S: Configure a verificação em duas etapas até {date}
S: Manutenção programada neste fim de semana
B: Sua senha de rede expira em {date}. Você pode trocá-la no computador do escritório com Ctrl+Alt+Del ou no portal de autoatendimento.
B: A senha da sua conta foi alterada em {date} às {time}. Se foi você, não é preciso fazer nada.
B: Notamos um novo acesso à sua conta a partir de um computador Windows. Se não foi você, ligue para o suporte no {phone}.
B: A partir de {date} todos os colaboradores vão precisar de um aplicativo autenticador para acessar o e-mail fora do escritório.
B: A equipe de TI estará no refeitório na terça e na quinta para ajudar na configuração.
B: O e-mail e a intranet ficarão indisponíveis no sábado, das 8h às 12h, para atualizações.
B: O suporte nunca vai pedir a sua senha.
B: Dúvidas? Abra um chamado ou ligue no ramal 4455.
C: Portal de autoatendimento
C: Manual na intranet
C: Suporte de TI
S: Sua caixa de correio está quase cheia
B: Sua caixa de correio está com 90 % da cota ocupada. Arquive ou apague mensagens antigas; se precisar de mais espaço, fale com o service desk.
B: Neste fim de semana vamos migrar todas as caixas para a nova plataforma de e-mail. Você não precisa fazer nada; mensagens e agenda serão migradas junto.
B: Correio de voz do Teams: chamadas perdidas agora deixam uma mensagem de voz na sua caixa, que você pode ouvir no Outlook ou no aplicativo do Teams.
S: Acesso em um novo dispositivo
B: Sua conta acabou de ser acessada em um novo dispositivo (iPhone, {city}). Se foi você, pode ignorar esta mensagem.
B: Seu código de verificação é {ref}. Ele vale por 10 minutos. Nossa equipe nunca pede este código.
B: Em Segurança, no seu perfil, você vê todos os dispositivos conectados à sua conta e pode desconectá-los.
B: Sua senha foi redefinida pelo link que enviamos para este endereço. Você foi desconectado de todos os outros dispositivos.
`,
  subscription: `
O: Nuvem Clara Software
O: Jornal do Planalto Digital
O: Academia Movimento
S: Sua assinatura será renovada em {date}
S: Seu cartão está perto do vencimento
S: Comprovante da sua renovação
S: Seu plano será renovado em breve
S: Atualize sua forma de pagamento
B: Sua assinatura anual será renovada em {date}. Vamos cobrar {amount} no cartão cadastrado.
B: O cartão cadastrado vence no fim deste mês. Para não haver interrupção, cadastre um novo cartão nas configurações da sua conta.
B: Obrigado por renovar. O comprovante está disponível em Pagamentos na sua conta.
B: Se quiser mudar ou cancelar o plano, é possível até a data da renovação na página de pagamentos.
B: Se seus dados estão em dia, nada muda para você.
B: Os preços para o próximo ano continuam os mesmos.
C: Pagamentos
C: Gerenciar assinatura
C: Atualizar cartão
S: Seu plano de armazenamento em nuvem será renovado em {date}
B: Você está usando quase todo o armazenamento do seu plano. Se precisar de mais espaço, pode mudar de plano a qualquer momento nas configurações da conta.
B: Suas fotos e arquivos continuam na sua conta, qualquer que seja o plano escolhido.
`,
  rewards: `
O: Transportes Serra Azul – Comitê de Integração
O: Livraria Página Aberta Fidelidade
O: Agência Maré Alta – Clube dos Colaboradores
S: Ganhadores do sorteio de fim de ano
S: Você tem {points} pontos
S: Seu vale-presente chegou
S: Parabéns: você foi sorteado na rifa dos colaboradores!
S: Homenagem por tempo de casa
B: Parabéns! Seu número foi sorteado na rifa interna e você ganhou um vale-presente de R$ 200. Retire na recepção ainda esta semana.
B: Obrigado a todos que participaram: juntos arrecadamos {amount} para a creche do bairro.
B: Você acumulou {points} pontos, que valem desconto na próxima compra.
B: O código do seu vale está no aplicativo e vale até {date} na loja e no site.
B: Os pontos expiram após 24 meses sem compras.
B: O próximo sorteio será na festa de fim de ano.
C: Ver meus pontos
C: Regulamento
C: Meu vale-presente
`,
  newsletter: `
O: Moeda Forte Exchange
O: Banco Cooperativo Serra Verde
O: Luz do Sul Energia
S: Novidades de {month}
S: Seu resumo mensal da {org}
S: Novidades: transferências mais rápidas e novos recursos no app
S: Dicas de segurança e novidades
S: Newsletter de {month}
B: Neste mês lançamos a compra recorrente no aplicativo: você investe um valor fixo toda semana.
B: O rendimento da nossa conta poupança sobe para 3,1 % a partir de {date}.
B: Abrimos uma nova agência de atendimento em {city}.
B: Lembrete: nunca pedimos sua senha ou sua frase de recuperação. Quem pede não é da {org}.
B: Golpistas às vezes se passam pela nossa central. Confie apenas nas mensagens da caixa de entrada da sua conta.
B: Confira nossas dicas para economizar energia em casa.
B: Obrigado por ser nosso cliente. Como sempre, sua opinião é bem-vinda.
C: Leia mais
C: Abrir o app
C: Nosso blog
`,
  appointment: `
O: Clínica Odontológica Sorriso
O: Consultório Dr. Almeida
O: Oficina Mecânica Rota Certa
S: Lembrete de consulta: {date} às {time}
S: Está na hora da revisão do seu carro
S: Confirmação do seu agendamento
S: Revisão dos 20 mil km
S: Por favor, confirme sua consulta
B: Lembramos da sua consulta em {date} às {time} com a Dra. {last}.
B: Chegue com dez minutos de antecedência e traga seus exames recentes.
B: Seu carro está agendado para a revisão em {date} às {time}. O valor estimado é {amount}.
B: Se não puder comparecer, avise com pelo menos 24 horas de antecedência pelo {phone}.
B: Ligaremos quando o carro estiver pronto para retirada.
B: Você também pode remarcar pelo site.
C: Gerenciar agendamento
C: Remarcar
C: Como chegar
`,
  hr: `
O: Transportes Serra Azul RH
O: Agência Maré Alta – Gente & Gestão
O: Construtora Ipê Departamento Pessoal
S: Seu holerite de {month} está disponível
S: Férias aprovadas
S: Lembrete: programação de férias
S: Informe de rendimentos disponível
S: Novo manual do colaborador
B: Seu holerite de {month} já está disponível no portal do colaborador.
B: Sua solicitação de férias a partir de {date} foi aprovada pelo seu gestor.
B: Programe as férias do próximo período até o fim de novembro.
B: O novo manual do colaborador está na intranet; leia a parte sobre trabalho remoto.
B: Se houver algo errado no holerite, fale com o departamento pessoal até o dia 20.
B: A contribuição da previdência privada aparecerá em linha separada a partir do próximo mês.
C: Portal do colaborador
C: Manual do colaborador
C: Intranet
A: Holerite_{month}
A: Manual_colaborador_2026
S: Sua candidatura para a vaga de coordenador de projetos
B: Obrigado pela sua candidatura. Gostaríamos de convidar você para uma entrevista em nosso escritório em {date} às {time}.
B: No primeiro dia, traga seu RG, CPF e carteira de trabalho para o cadastro no RH.
B: Estamos contratando para duas vagas no almoxarifado. Se conhecer alguém, as descrições das vagas estão na intranet.
`,
  community: `
O: Escola Municipal Monteiro Lobato
O: Clube de Remo Guaíba
O: Associação de Tênis Jardim
S: Informativo de {month}
S: Datas importantes
S: Notícias do clube e assembleia
S: Comunicado aos pais: passeio escolar
S: Torneio de verão e mensalidade
B: Muito obrigado a todas as famílias que ajudaram na festa junina: arrecadamos {amount} para a biblioteca.
B: O 4º ano visitará o museu de ciências em {date}. Devolvam a autorização assinada até sexta-feira.
B: A mensalidade da nova temporada é de {amount}. O pagamento pode ser feito por Pix ou na secretaria.
B: A assembleia geral será em {date}, às 19h30, na sede do clube.
B: No último dia de aula a saída será às 11h30.
B: Procuramos voluntários para os treinos das crianças no sábado de manhã.
C: Calendário escolar
C: Site do clube
C: Reservar quadra
`,
  business: `
O: Agência Maré Alta
O: Construtora Ipê Ltda.
O: Escritório Contábil Andrade
O: Transportes Serra Azul Ltda.
S: Reunião na próxima semana
S: Orçamento da reforma do escritório
S: Retorno sobre nossa conversa
S: Documentos para quinta-feira
S: Obrigado!
S: Ata da reunião de hoje
S: Dúvida rápida sobre o cronograma
B: Obrigado pela conversa por telefone hoje. Conforme combinado, segue em anexo o nosso orçamento.
B: Terça às {time} fica bom para você? Se não, estou livre quase a quinta inteira.
B: Segue em anexo o contrato assinado e o cronograma atualizado.
B: Passando para saber se você já conseguiu ver a nossa proposta.
B: O total fica em {amount}; a proposta vale por {days} dias.
B: Obrigado pela ótima reunião de ontem, foi bom conhecer a equipe toda.
B: Na sexta não estarei no escritório, então vamos tentar fechar isso até quinta.
B: Quando puder, me manda os números mais recentes?
B: Qualquer dúvida, me avise que a gente conversa rapidinho por telefone.
A: Orcamento_{ref}
A: Contrato_assinado
S: Pasta compartilhada do projeto
B: Compartilhei com você a pasta com os desenhos e as fotos da obra no nosso drive; o convite já deve ter chegado.
B: Deixei um recado na sua caixa postal mais cedo, mas por e-mail é mais fácil: podemos passar a entrega para a semana que vem?
B: Nosso contador vai enviar a declaração para sua assinatura até o fim do mês.
B: Por favor, assine o contrato em anexo e me devolva uma cópia digitalizada.
`,
  account: `
O: Caju Pay
O: Livraria Sabiá
O: Bilheteria Farol
O: Academia Ipê
S: Confirme seu endereço de e-mail
S: Redefinição de senha da sua conta
S: Seu link para criar uma nova senha
S: Seu código de verificação {org}
S: Novo login na sua conta {org}
S: Foi você? Login em um aparelho novo
S: Verificação em duas etapas ativada
S: Não conseguimos processar seu pagamento
S: Ação necessária: atualize os dados de pagamento
S: Seu cartão cadastrado vence este mês
S: Sua assinatura foi renovada
S: Sua conta foi encerrada
S: Seus dados estão prontos para download
S: Como foi seu atendimento? Chamado #{ref}
S: Seu chamado #{ref} foi resolvido
S: Boas-vindas à {org}! Ative sua conta
B: Obrigado por se cadastrar! Confirme seu endereço de e-mail em até 48 horas pelo link abaixo para ativar sua conta.
B: Recebemos uma solicitação para redefinir a senha da sua conta {org}. Se não foi você quem pediu, é só ignorar este e-mail: sua senha continua a mesma.
B: O link para criar uma nova senha vale por 60 minutos e só pode ser usado uma vez.
B: Seu código de acesso é {ref}. Ele expira em 15 minutos. Não compartilhe este código com ninguém; nossa equipe nunca vai pedi-lo.
B: Identificamos um login na sua conta em {date}, às {time}, pelo Chrome no Windows. Se foi você, não precisa fazer nada.
B: Não reconhece este acesso? Troque sua senha em Configurações > Segurança e encerre as sessões nos outros aparelhos.
B: A verificação em duas etapas está ativada. A partir de agora, ao entrar por um aparelho novo, vamos pedir também um código do seu aplicativo autenticador.
B: O e-mail da sua conta foi alterado em {date}. Enviamos este aviso também para o endereço anterior, para você ficar sabendo da alteração.
B: O cartão final 4417 cadastrado na sua conta vence no fim deste mês. Cadastre um novo cartão em Pagamentos para não interromper seu plano.
B: Não conseguimos cobrar a mensalidade de {amount} porque o pagamento foi recusado pelo banco emissor do cartão. Vamos tentar de novo em 3 dias; você pode trocar a forma de pagamento na sua conta quando quiser.
B: Se a próxima tentativa também não der certo, sua conta ficará suspensa até o pagamento ser regularizado. Seus dados não serão apagados.
B: O número de celular usado na verificação em duas etapas foi alterado em {date}. Se você não fez essa alteração, ligue para {phone}.
B: Sua assinatura foi renovada por mais um ano. Cobramos {amount} no seu cartão, e a nota fiscal está disponível na sua conta, em Pagamentos.
B: Conforme solicitado, encerramos sua conta na {org}. Não é mais possível entrar, e seus dados pessoais serão excluídos em até 30 dias, exceto os que a lei nos obriga a guardar.
B: A partir de {date} seu plano passa a ser o Família. A diferença proporcional, {amount}, virá na próxima fatura.
B: Nossa equipe de atendimento respondeu ao seu chamado #{ref}. Você pode ler a resposta na Central de Ajuda ou simplesmente responder a este e-mail.
B: Marcamos seu chamado como resolvido. Como foi o atendimento? Avalie com um clique; leva menos de um minuto.
B: Se o problema voltar, responda a este e-mail em até 14 dias e o chamado será reaberto automaticamente.
B: Se você não criou uma conta na {org}, pode ignorar este e-mail; sem a confirmação, a conta não será ativada.
B: A cópia dos seus dados está pronta. Por segurança, o link de download só funciona depois que você entra na sua conta e expira em 7 dias.
C: Confirmar e-mail
C: Redefinir senha
C: Ver atividade recente
C: Atualizar forma de pagamento
C: Avaliar atendimento
`,
}

const NAMES_ES: Names = {
  f: ['Lucía', 'María', 'Carmen', 'Laura', 'Elena', 'Paula', 'Marta', 'Sofía'],
  m: ['Javier', 'Carlos', 'Pablo', 'Sergio', 'Alejandro', 'Miguel', 'Daniel', 'Álvaro'],
  last: ['García', 'Martínez', 'López', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Ruiz', 'Moreno', 'Gil'],
  title: ['Sra.', 'Sr.'],
  dear: ['Estimada Sra.', 'Estimado Sr.'],
  streets: ['Calle Mayor, 12', 'Avenida de la Constitución, 48', 'Plaza del Mercado, 3', 'Calle de Alcalá, 227', 'Paseo de Gracia, 55'],
  cities: ['28013 Madrid', '46002 Valencia', '41004 Sevilla', '50001 Zaragoza', '08007 Barcelona'],
  phones: ['910 555 132', '963 555 788', '954 555 456', '+34 976 555 190'],
  mailDomains: ['correo-casa.example', 'buzon.example', 'micorreo.example', 'postal-digital.example'],
  companies: ['Carpintería Hermanos Ruiz S.L.', 'Asesoría Navarro', 'Estudio Brisa Creativa', 'Transportes Meseta S.L.'],
}

const COMMON_ES: HamCommon = {
  greetNamed: ['{dear} {last}:', 'Hola, {first}:', 'Estimado/a {name}:', 'Hola {first},', 'Buenos días, {first}:'],
  greetAnon: ['Estimado cliente:', 'Hola:', 'Estimado/a socio/a:', 'Buenos días:', 'Estimados señores:'],
  greetPerson: ['Hola {first},', 'Buenas, {first}:', 'Buenos días {first},', '{dear} {last}:', '¿Qué tal, {first}?', 'Hola de nuevo, {first}:'],
  signoff: ['Atentamente,', 'Un saludo,', 'Saludos cordiales,', 'Gracias,', 'Un cordial saludo,', 'Reciba un saludo,'],
  signoffPerson: ['Un abrazo,', 'Saludos,', 'Gracias,', 'Un saludo,', 'Hablamos,', 'Gracias de antemano,'],
  footer: [
    '{org} · {street} · {city} · CIF B{ref}',
    '{org}, {street}, {city}, teléfono {phone}, www.{domain}',
    'Recibe este correo porque es cliente de {org}. Puede cambiar sus preferencias en www.{domain}/preferencias.',
    '{org} | {street} | {city} | Inscrita en el Registro Mercantil',
    'Este mensaje se ha generado automáticamente. ¿Dudas? Llámenos al {phone}.',
    '{org} · {city} · Política de privacidad: www.{domain}/privacidad',
  ],
  safety: [
    'Nunca le pediremos su contraseña, PIN ni los datos completos de su tarjeta por correo o teléfono.',
    'Recuerde: el personal de {org} nunca le pedirá sus claves de acceso.',
    'Si tiene dudas, escriba usted mismo www.{domain} en el navegador en lugar de pulsar un enlace.',
    'No comparta nunca su frase de recuperación ni sus códigos de un solo uso, tampoco con nosotros.',
    'Si este mensaje le parece extraño, llámenos al teléfono que figura en nuestra web.',
  ],
  senders: {
    'it-security': ['Centro de Atención al Usuario', 'Soporte IT', '{org} Sistemas', 'Helpdesk', 'Departamento de Informática'],
    hr: ['Recursos Humanos', 'Nóminas', '{org} Personas', 'Equipo de RR. HH.', 'Administración de Personal'],
    invoice: ['{org} Administración', 'Departamento de Cobros', '{org} Facturación', 'Contabilidad', 'Gestión de Cobros'],
    order: ['{org} Atención al Cliente', '{org} Pedidos', 'Servicio al Cliente', 'Tienda {org}', 'Equipo de Envíos'],
    account: ['{org} Cuentas', 'Seguridad de {org}', 'Soporte de {org}', 'El equipo de {org}'],
  },
  locals: {
    default: ['info', 'atencionalcliente', 'clientes', 'contacto'],
    invoice: ['administracion', 'facturacion', 'facturas', 'contabilidad'],
    'it-security': ['informatica', 'soporte', 'cau', 'sistemas'],
    hr: ['rrhh', 'personas', 'nominas'],
    newsletter: ['boletin', 'novedades', 'noticias'],
    order: ['pedidos', 'tienda', 'envios'],
    account: ['no-reply', 'cuentas', 'seguridad', 'soporte'],
  },
}

const ES: Record<HamKind, string> = {
  invoice: `
O: Carpintería Hermanos Ruiz S.L.
O: Asesoría Fiscal Navarro
O: Imprenta La Estrella
O: Suministros de Oficina Levante S.L.
S: Factura {ref}
S: Su factura de {month}
S: Recordatorio de pago: factura {ref}
S: Factura n.º {ref} de {org}
S: Extracto de facturas pendientes
S: Aviso: factura {ref} pendiente
B: Le adjuntamos la factura {ref} por importe de {amount}.
B: El vencimiento es el {date}. Puede pagar por transferencia a la cuenta {iban} indicando el número de factura como concepto.
B: Según nuestros registros, la factura {ref} de {amount} sigue pendiente de pago. Si ya la ha abonado, no tenga en cuenta este aviso.
B: Gracias por confiar en nosotros. La factura corresponde a los trabajos realizados en {month}.
B: La forma de pago es a {days} días fecha factura.
B: Si tiene cualquier pregunta sobre la factura, responda a este correo o llámenos al {phone}.
B: También tiene la factura disponible en su área de cliente.
B: El importe se cargará en su cuenta mediante domiciliación bancaria, como acordamos.
B: Si el importe no es correcto, avísenos y le enviaremos una factura rectificativa.
C: Ver factura
C: Descargar PDF
C: Área de cliente
A: Factura_{ref}
A: FRA-{ref}
`,
  statement: `
O: Caja Rural del Ebro
O: Seguros Horizonte
O: Mutualidad Previsión Sur
S: Su extracto de {month} ya está disponible
S: Documentación de su póliza
S: Nuevo documento en su buzón
S: Su resumen anual
S: Renovación de la póliza {ref}
B: El extracto de su cuenta correspondiente a {month} ya está disponible en la banca online.
B: Tiene un nuevo documento en su buzón: las condiciones particulares de su póliza para el próximo año.
B: Puede consultar y descargar sus extractos en cualquier momento una vez haya accedido a su cuenta.
B: No tiene que hacer nada; este mensaje es solo informativo.
B: La prima anual es de {amount}, que se cobra en recibos mensuales.
B: Si ya no desea recibir extractos en papel, cámbielo en la configuración de su cuenta.
B: Revise los datos y comuníquenos cualquier cambio, por ejemplo de domicilio.
C: Acceder a mi cuenta
C: Ver documentos
C: Configuración
A: Extracto_{month}
A: Poliza_{ref}
S: Su certificado fiscal del año pasado está disponible
B: Su certificado fiscal anual está en la sección de documentos de su cuenta. Lo necesitará para la declaración de la renta.
B: El acuerdo de renovación está listo para su firma electrónica en el área de clientes. También puede firmar la copia en papel que le enviamos.
B: Nunca le enviaremos la contraseña de un PDF por correo ni le pediremos la contraseña de su correo.
`,
  utility: `
O: Energía Clara Comercializadora
O: Aguas del Valle
O: Eléctrica del Norte
S: Su factura de luz de {month}
S: Nueva tarifa a partir del {date}
S: Envíenos la lectura del contador
S: Su factura ya está disponible
S: Cambio en su domiciliación
B: Ya tiene disponible su factura. El importe de este periodo es {amount} y se cargará en su cuenta el {date}.
B: A partir del {date} cambia el precio del kWh. Su nueva cuota mensual estimada es de {amount}.
B: Envíenos la lectura de su contador antes del {date} para que la próxima factura sea exacta.
B: En el área de cliente puede comparar su consumo con el del año pasado.
B: Si tiene dificultades para pagar, póngase en contacto con nosotros: podemos ayudarle.
B: Si está conforme con su tarifa actual, no tiene que hacer nada.
C: Ver factura
C: Enviar lectura
C: Comparar tarifas
`,
  order: `
O: Deportes Sierra Norte
O: Librería El Pliego
O: Menaje Mediterráneo
O: Muebles Roble y Pino
S: Confirmación del pedido {ref}
S: Tu pedido ha sido enviado
S: Entrega programada para el {date}
S: ¡Gracias por tu compra!
S: Tu paquete está en camino ({carrier})
S: Novedades sobre el pedido {ref}
B: Gracias por tu pedido {ref}. Te escribiremos de nuevo cuando salga de nuestro almacén.
B: Buenas noticias: tu pedido ya ha salido y viaja con {carrier}. El número de seguimiento es {tracking}.
B: La entrega está prevista para el {date} a partir de las {time}.
B: Total del pedido: {amount}, pagado con tarjeta.
B: Puedes cambiar la fecha de entrega desde tu cuenta hasta el día anterior.
B: Las devoluciones son gratuitas durante {days} días.
B: Puedes seguir el envío en nuestra web con el número de pedido.
B: El repartidor te llamará unos 30 minutos antes de llegar.
C: Seguir mi pedido
C: Ver pedido
C: Gestionar entrega
`,
  'it-security': `
O: Transportes Meseta Sistemas
O: Estudio Brisa Creativa IT
O: Universidad del Levante CAU
S: Tu contraseña caduca en {days} días
S: Se ha cambiado tu contraseña
S: Nuevo inicio de sesión en tu cuenta
S: Implantamos la verificación en dos pasos
S: Configura la autenticación multifactor antes del {date}
S: Mantenimiento programado este fin de semana
B: Tu contraseña de red caduca el {date}. Puedes cambiarla en tu equipo con Ctrl+Alt+Supr o en el portal de autoservicio.
B: La contraseña de tu cuenta se cambió el {date} a las {time}. Si fuiste tú, no tienes que hacer nada.
B: Hemos detectado un nuevo inicio de sesión desde un equipo Windows. Si no has sido tú, llama al centro de atención al usuario al {phone}.
B: A partir del {date} toda la plantilla necesitará una aplicación de autenticación para acceder al correo desde fuera de la oficina.
B: El equipo de sistemas estará en la cafetería el martes y el jueves para ayudar con la configuración.
B: El correo y la intranet no estarán disponibles el sábado de 8:00 a 12:00 por actualizaciones.
B: El CAU nunca te pedirá tu contraseña.
B: ¿Dudas? Abre una incidencia o llama a la extensión 4455.
C: Portal de autoservicio
C: Guía en la intranet
C: Centro de atención al usuario
S: Su buzón está casi lleno
B: Su buzón está al 90 % de su cuota. Archive o borre mensajes antiguos; si necesita más espacio, pídalo al servicio de soporte.
B: Este fin de semana trasladamos todos los buzones a la nueva plataforma de correo. No tiene que hacer nada; sus mensajes y su calendario se trasladan con usted.
S: Inicio de sesión en un dispositivo nuevo
B: Se acaba de iniciar sesión con su cuenta en un dispositivo nuevo (iPhone, {city}). Si ha sido usted, puede ignorar este mensaje.
B: Su código de verificación es {ref}. Es válido durante 10 minutos. Nuestro personal nunca le pedirá este código.
B: En Seguridad, dentro de su perfil, puede ver todos los dispositivos conectados y cerrar su sesión.
B: Su contraseña se ha restablecido con el enlace que enviamos a esta dirección. Se ha cerrado la sesión en los demás dispositivos.
`,
  subscription: `
O: Nube Serena Software
O: Diario del Sur Digital
O: Gimnasio Forma Activa
S: Tu suscripción se renueva el {date}
S: Tu tarjeta caduca pronto
S: Recibo de tu renovación
S: Tu plan se renovará en breve
S: Actualiza tu método de pago
B: Tu plan anual se renueva el {date}. Cargaremos {amount} en la tarjeta guardada.
B: La tarjeta que tenemos guardada caduca a final de mes. Para evitar cortes, añade una nueva tarjeta en la configuración de tu cuenta.
B: Gracias por renovar. Tienes el recibo en la sección Facturación de tu cuenta.
B: Si quieres cambiar o cancelar tu plan, puedes hacerlo hasta la fecha de renovación desde la página de facturación.
B: Si tus datos están al día, no cambia nada para ti.
B: Los precios del próximo año se mantienen.
C: Facturación
C: Gestionar suscripción
C: Actualizar tarjeta
`,
  rewards: `
O: Transportes Meseta – Comité de Empresa
O: Librería El Pliego Club de Lectores
O: Estudio Brisa Creativa – Club Social
S: Ganadores del sorteo de verano
S: Tienes {points} puntos
S: Tu cheque regalo ya está listo
S: ¡Enhorabuena: te ha tocado el sorteo de la plantilla!
S: Reconocimiento por antigüedad
B: ¡Enhorabuena! Tu papeleta ha salido en el sorteo interno y has ganado una tarjeta regalo de 50 euros. Puedes recogerla en recepción esta semana.
B: Gracias a todos los que comprasteis papeletas: hemos recaudado {amount} para el banco de alimentos.
B: Has acumulado {points} puntos, que puedes canjear por un descuento en tu próxima compra.
B: El código de tu cheque está en la app y es válido hasta el {date} en tienda y online.
B: Los puntos caducan tras 24 meses sin compras.
B: El próximo sorteo será en la cena de Navidad.
C: Ver mis puntos
C: Bases del programa
C: Mi cheque regalo
`,
  newsletter: `
O: Cripto Faro Exchange
O: Caja Rural del Ebro
O: Energía Clara Comercializadora
S: Novedades de {month}
S: Tu resumen mensual de {org}
S: Novedades: transferencias más rápidas y nuevas funciones en la app
S: Consejos de seguridad y novedades
S: Boletín de {month}
B: Este mes hemos lanzado las compras periódicas en la app: inviertes una cantidad fija cada semana.
B: La remuneración de nuestra cuenta de ahorro sube al 3,1 % a partir del {date}.
B: Hemos abierto una nueva oficina de atención al cliente en {city}.
B: Recuerda: nunca te pediremos tu contraseña ni tu frase de recuperación. Quien lo haga no es de {org}.
B: A veces los estafadores se hacen pasar por nuestro servicio de atención. Fíate solo de los mensajes del buzón de tu cuenta.
B: Lee nuestros consejos para ahorrar energía en casa este invierno.
B: Gracias por ser cliente. Como siempre, puedes responder a este correo con tus comentarios.
C: Leer más
C: Abrir la app
C: Nuestro blog
`,
  appointment: `
O: Clínica Dental Sonrisa
O: Centro Médico San Rafael
O: Taller Mecánico Hermanos Gil
S: Recordatorio de cita: {date} a las {time}
S: Tu coche necesita la revisión
S: Confirmación de su cita
S: La ITV de su vehículo caduca pronto
S: Confirme su cita, por favor
B: Le recordamos su cita del {date} a las {time} con la doctora {last}.
B: Por favor, llegue diez minutos antes y traiga la tarjeta sanitaria.
B: Su vehículo tiene cita para la revisión anual el {date} a las {time}. El coste estimado es de {amount}.
B: Si no puede acudir, avísenos con al menos 24 horas de antelación en el {phone}.
B: Le llamaremos cuando el coche esté listo para recoger.
B: También puede cambiar la cita por internet.
C: Gestionar cita
C: Cambiar cita
C: Cómo llegar
`,
  hr: `
O: Transportes Meseta RR. HH.
O: Estudio Brisa Creativa Personas
O: Carpintería Hermanos Ruiz Nóminas
S: Tu nómina de {month} está disponible
S: Solicitud de vacaciones aprobada
S: Recordatorio: días de vacaciones pendientes
S: Tu certificado de retenciones
S: Nuevo manual de acogida
B: Tu nómina de {month} ya está disponible en el portal del empleado.
B: Tu solicitud de vacaciones a partir del {date} ha sido aprobada por tu responsable.
B: Por favor, planifica los días de vacaciones que te quedan antes de finales de noviembre.
B: El nuevo manual de acogida está en la intranet; lee el apartado sobre teletrabajo.
B: Si algo de tu nómina no cuadra, avisa al departamento de nóminas antes del día 20.
B: La aportación al plan de pensiones aparecerá en una línea aparte a partir del mes que viene.
C: Portal del empleado
C: Manual de acogida
C: Intranet
A: Nomina_{month}
A: Manual_acogida_2026
S: Su candidatura al puesto de coordinador de proyectos
B: Gracias por su candidatura. Nos gustaría invitarle a una entrevista en nuestra oficina el {date} a las {time}.
B: Estamos cubriendo dos puestos en el almacén. Las descripciones están en la intranet.
`,
  community: `
O: CEIP Miguel Hernández
O: Club de Remo Guadalquivir
O: Club de Tenis Los Pinos
S: Boletín de {month}
S: Fechas para apuntar
S: Noticias del club y asamblea
S: Circular a las familias: excursión
S: Liga de verano y cuota de socio
B: Muchas gracias a todas las familias que colaboraron en la fiesta de fin de curso: recaudamos {amount} para la biblioteca.
B: 4.º de Primaria irá al museo de ciencias el {date}. Entregad la autorización firmada antes del viernes.
B: La cuota para la nueva temporada es de {amount}. Se puede pagar por transferencia o en la secretaría del club.
B: La asamblea general se celebrará el {date} a las 19:30 en la sede del club.
B: El último día de clase la salida será a las 13:00.
B: Buscamos voluntarios para los entrenamientos de los peques los sábados por la mañana.
C: Calendario escolar
C: Web del club
C: Reservar pista
`,
  business: `
O: Estudio Brisa Creativa
O: Carpintería Hermanos Ruiz S.L.
O: Asesoría Fiscal Navarro
O: Transportes Meseta S.L.
S: Reunión la semana que viene
S: Presupuesto para la reforma de la oficina
S: Seguimiento de nuestra llamada
S: Documentación para el jueves
S: ¡Gracias!
S: Acta de la reunión de hoy
S: Duda rápida sobre el calendario
B: Gracias por la llamada de hoy. Tal y como quedamos, te adjunto nuestro presupuesto.
B: ¿Te vendría bien el martes a las {time}? Si no, el jueves lo tengo casi libre.
B: Adjunto el contrato firmado y el calendario actualizado.
B: Te escribo para saber si has podido echar un vistazo a la propuesta.
B: El total asciende a {amount} más IVA; el presupuesto es válido durante {days} días.
B: Muchas gracias por la reunión de ayer, fue un placer conocer por fin a todo el equipo.
B: El viernes no estaré en la oficina, así que intentemos cerrarlo el jueves.
B: ¿Me puedes mandar las últimas cifras cuando tengas un momento?
B: Si algo no queda claro, dímelo y lo hablamos por teléfono.
A: Presupuesto_{ref}
A: Contrato_firmado
S: Carpeta compartida del proyecto
B: He compartido contigo la carpeta con los planos y las fotos de la obra en nuestra unidad; te habrá llegado una invitación.
B: Te he dejado un mensaje de voz esta mañana, pero por correo es más fácil: ¿podemos pasar la entrega a la semana que viene?
B: Firma el acuerdo adjunto y devuélveme una copia escaneada, por favor.
`,
  account: `
O: Brisa Cloud
O: Librería Alcaraván
O: Entradas Farol
O: Banca Olivo
S: Confirme su dirección de correo electrónico
S: Restablezca su contraseña
S: Su enlace para crear una contraseña nueva
S: Su código de verificación de {org}
S: Nuevo inicio de sesión en su cuenta de {org}
S: ¿Ha sido usted? Inicio de sesión desde un dispositivo nuevo
S: Verificación en dos pasos activada
S: No hemos podido cobrar su pago
S: Acción necesaria: actualice su método de pago
S: Su tarjeta guardada caduca pronto
S: Su suscripción se ha renovado
S: Su cuenta se ha cerrado
S: Su exportación de datos está lista
S: ¿Qué tal le atendimos? Solicitud n.º {ref}
S: Su solicitud n.º {ref} se ha resuelto
S: Le damos la bienvenida a {org}: active su cuenta
B: ¡Gracias por registrarse! Confirme su dirección de correo en las próximas 48 horas con el enlace de abajo para activar su cuenta.
B: Hemos recibido una solicitud para restablecer la contraseña de su cuenta de {org}. Si no la ha hecho usted, ignore este correo: su contraseña seguirá siendo la misma.
B: El enlace para elegir una contraseña nueva es válido durante 60 minutos y solo puede usarse una vez.
B: Su código de verificación es {ref}. Caduca en 15 minutos. No lo comparta con nadie; nuestro equipo nunca se lo pedirá.
B: El {date} a las {time} se inició sesión en su cuenta desde Chrome en Windows. Si fue usted, no tiene que hacer nada.
B: ¿No reconoce este acceso? Cambie su contraseña en Ajustes > Seguridad y cierre la sesión en todos los demás dispositivos.
B: La verificación en dos pasos ya está activada en su cuenta. A partir de ahora, cuando inicie sesión en un dispositivo nuevo, le pediremos también un código de su aplicación de autenticación.
B: La dirección de correo de su cuenta se cambió el {date}. Enviamos este aviso también a su dirección anterior para que esté al tanto.
B: La tarjeta terminada en 4417 caduca a final de mes. Añada una tarjeta nueva en el apartado Pagos para que su plan siga activo sin interrupciones.
B: No hemos podido cobrar la cuota mensual de {amount} porque su banco ha rechazado el pago. Lo volveremos a intentar dentro de 3 días; puede cambiar el método de pago en su cuenta cuando quiera.
B: Si el próximo intento también falla, su cuenta quedará en pausa. Sus datos se conservan y volverán a estar disponibles en cuanto se complete el pago.
B: El número de móvil de la verificación en dos pasos se cambió el {date}. Si no ha hecho usted este cambio, llámenos al {phone}.
B: Su suscripción se ha renovado por un año más. Hemos cargado {amount} en su tarjeta y tiene la factura en su cuenta, en el apartado Facturas.
B: Tal como nos pidió, hemos cerrado su cuenta de {org}. Ya no podrá iniciar sesión y eliminaremos sus datos personales en un plazo de 30 días, salvo los que debamos conservar por ley.
B: A partir del {date} su plan pasa a ser el Familiar. La diferencia de este periodo, {amount}, aparecerá en su próxima factura.
B: Nuestro equipo de soporte ha respondido a su solicitud n.º {ref}. Puede leer la respuesta en el centro de ayuda o contestar directamente a este correo.
B: Hemos marcado su solicitud como resuelta. ¿Qué tal le hemos atendido? Cuéntenoslo con un solo clic; no le llevará ni un minuto.
B: Si el problema vuelve a aparecer, responda a este correo en los próximos 14 días y su solicitud se reabrirá automáticamente.
B: Si no ha creado una cuenta en {org}, puede ignorar este correo; sin la confirmación, la cuenta no se activará.
B: Su exportación de datos está lista. Por seguridad, el enlace de descarga solo funciona después de iniciar sesión y caduca en 7 días.
C: Confirmar correo electrónico
C: Restablecer contraseña
C: Revisar la actividad reciente
C: Cambiar el método de pago
C: Valorar la atención
`,
}

const NAMES_FR: Names = {
  f: ['Camille', 'Julie', 'Claire', 'Sophie', 'Manon', 'Élodie', 'Isabelle', 'Léa'],
  m: ['Julien', 'Nicolas', 'Thomas', 'Antoine', 'Mathieu', 'Olivier', 'Hugo', 'François'],
  last: ['Martin', 'Bernard', 'Dubois', 'Laurent', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Roux', 'Mercier'],
  title: ['Madame', 'Monsieur'],
  dear: ['Madame', 'Monsieur'],
  streets: ['12 rue de la République', '48 avenue Jean Jaurès', '3 place du Marché', '27 boulevard Victor Hugo', '5 allée des Tilleuls'],
  cities: ['69002 Lyon', '31000 Toulouse', '44000 Nantes', '67000 Strasbourg', '33000 Bordeaux'],
  phones: ['04 72 55 01 32', '05 61 55 07 88', '02 40 55 04 56', '+33 3 88 55 01 90'],
  mailDomains: ['courriel-maison.example', 'maboite.example', 'postenet.example', 'webcourrier.example'],
  companies: ['Menuiserie Fontaine SARL', 'Cabinet Mercier Expertise', 'Atelier Lumière Com', 'Transports Rhône Alpes SAS'],
}

const COMMON_FR: HamCommon = {
  greetNamed: ['{dear} {last},', 'Bonjour {first},', 'Bonjour {title} {last},', 'Chère cliente, cher client,', 'Bonjour {name},'],
  greetAnon: ['Madame, Monsieur,', 'Bonjour,', 'Chère adhérente, cher adhérent,', 'Cher client,', 'Bonjour à tous,'],
  greetPerson: ['Bonjour {first},', 'Salut {first},', 'Bonjour {title} {last},', 'Hello {first},', '{first},', 'Re-bonjour {first},'],
  signoff: ['Cordialement,', 'Bien cordialement,', 'Meilleures salutations,', 'Avec nos remerciements,', 'Bien à vous,', 'Sincères salutations,'],
  signoffPerson: ['Bonne journée,', 'À bientôt,', 'Bien à toi,', 'Cordialement,', 'Merci d\'avance,', 'Belle soirée,'],
  footer: [
    '{org} · {street} · {city} · SIRET 512 {ref} 00018 · RCS Lyon',
    '{org}, {street}, {city}, tél. {phone}, www.{domain}',
    'Vous recevez cet e-mail car vous êtes client de {org}. Gérez vos préférences sur www.{domain}/preferences.',
    '{org} | {street} | {city} | TVA intracommunautaire FR{ref}',
    'Ce message a été envoyé automatiquement. Une question ? Appelez-nous au {phone}.',
    '{org} · {city} · Politique de confidentialité : www.{domain}/confidentialite',
  ],
  safety: [
    'Nous ne vous demanderons jamais votre mot de passe ni votre code confidentiel par e-mail ou par téléphone.',
    'Rappel : les collaborateurs de {org} ne vous demanderont jamais vos identifiants.',
    'En cas de doute, saisissez vous-même www.{domain} dans votre navigateur plutôt que de suivre un lien.',
    'Ne communiquez jamais votre phrase de récupération ni vos codes à usage unique, même à nous.',
    'Si ce message vous semble inhabituel, contactez-nous au numéro indiqué sur notre site.',
  ],
  senders: {
    'it-security': ['Support informatique', 'Service Desk', '{org} DSI', 'Helpdesk', 'Service informatique'],
    hr: ['Ressources humaines', 'Service paie', '{org} RH', 'Équipe RH', 'Gestion du personnel'],
    invoice: ['{org} Comptabilité', 'Service recouvrement', '{org} Facturation', 'Service comptable', 'Comptabilité clients'],
    order: ['{org} Service client', '{org} Commandes', 'Relation client', 'Boutique {org}', 'Service livraison'],
    account: ['{org} Compte client', '{org} Sécurité', 'Support {org}', "L'équipe {org}"],
  },
  locals: {
    default: ['contact', 'service-client', 'info', 'relation-client'],
    invoice: ['comptabilite', 'facturation', 'factures', 'compta'],
    'it-security': ['informatique', 'support', 'dsi', 'helpdesk'],
    hr: ['rh', 'paie', 'ressources-humaines'],
    newsletter: ['newsletter', 'actualites', 'infos'],
    order: ['commandes', 'boutique', 'expedition'],
    account: ['ne-pas-repondre', 'compte', 'securite', 'support'],
  },
}

const FR: Record<HamKind, string> = {
  invoice: `
O: Menuiserie Fontaine SARL
O: Cabinet Comptable Mercier
O: Imprimerie du Vieux Port
O: Fournitures de Bureau Garonne
S: Facture {ref}
S: Votre facture de {month}
S: Relance : facture {ref}
S: Facture n° {ref} de {org}
S: Relevé de factures en attente
S: Rappel amical concernant la facture {ref}
B: Veuillez trouver ci-joint la facture {ref} d'un montant de {amount}.
B: Le règlement est attendu pour le {date}, par virement sur le compte {iban} en indiquant le numéro de facture en référence.
B: Sauf erreur de notre part, la facture {ref} de {amount} reste impayée à ce jour. Si vous avez déjà effectué le règlement, merci de ne pas tenir compte de ce message.
B: Nous vous remercions de votre confiance. La facture porte sur les travaux réalisés en {month}.
B: Nos conditions de paiement sont de {days} jours à réception de facture.
B: Pour toute question sur cette facture, répondez simplement à cet e-mail ou appelez-nous au {phone}.
B: La facture est également disponible dans votre espace client.
B: Le montant sera prélevé sur votre compte, comme convenu.
B: Si le montant n'est pas correct, prévenez-nous et nous vous enverrons un avoir.
C: Voir la facture
C: Télécharger le PDF
C: Espace client
A: Facture_{ref}
A: FA{ref}
`,
  statement: `
O: Crédit Mutualiste du Rhône
O: Assurances Horizon
O: Caisse de Retraite Atlantique
S: Votre relevé de {month} est disponible
S: Vos documents contractuels
S: Nouveau document dans votre espace
S: Votre relevé annuel
S: Avis d'échéance du contrat {ref}
B: Votre relevé de compte de {month} est disponible dans votre banque en ligne.
B: Un nouveau document a été déposé dans votre espace client : vos conditions particulières pour l'année à venir.
B: Vous pouvez consulter et télécharger vos relevés à tout moment après connexion.
B: Vous n'avez rien à faire, ce message est simplement informatif.
B: Votre cotisation annuelle s'élève à {amount}, payable par prélèvement mensuel.
B: Pour ne plus recevoir de relevés papier, modifiez vos préférences dans votre espace.
B: Merci de vérifier vos informations et de nous signaler tout changement, par exemple d'adresse.
C: Me connecter
C: Voir mes documents
C: Mes préférences
A: Releve_{month}
A: Avis_echeance_{ref}
S: Votre attestation fiscale de l'an dernier est disponible
B: Votre attestation fiscale annuelle a été ajoutée à l'espace documents de votre compte. Elle vous servira pour votre déclaration de revenus.
B: L'avenant de renouvellement est prêt pour votre signature électronique dans l'espace client. Vous pouvez aussi signer l'exemplaire papier envoyé par courrier.
B: Nous ne vous enverrons jamais le mot de passe d'un PDF par e-mail et ne vous demanderons jamais celui de votre messagerie.
`,
  utility: `
O: Énergie Claire
O: Eaux du Grand Ouest
O: Lumière Verte Électricité
S: Votre facture d'électricité de {month}
S: Votre nouveau tarif à partir du {date}
S: Transmettez votre relevé de compteur
S: Votre facture est disponible
S: Modification de votre échéancier
B: Votre facture est disponible. Le montant pour cette période est de {amount}, prélevé le {date}.
B: À partir du {date}, le prix du kWh évolue. Votre nouvelle mensualité estimée est de {amount}.
B: Merci de nous transmettre votre relevé avant le {date} afin que votre prochaine facture soit exacte.
B: Dans votre espace client, vous pouvez comparer votre consommation avec celle de l'an dernier.
B: Si vous rencontrez des difficultés de paiement, contactez-nous : nous pouvons vous aider.
B: Si votre offre actuelle vous convient, vous n'avez rien à faire.
C: Voir ma facture
C: Saisir mon relevé
C: Comparer les offres
`,
  order: `
O: Sports Montagne Vercors
O: Librairie La Page Blanche
O: Cuisine et Maison Provence
O: Meubles Chêne Massif
S: Confirmation de commande {ref}
S: Votre commande a été expédiée
S: Livraison prévue le {date}
S: Merci pour votre commande !
S: Votre colis est en route ({carrier})
S: Suivi de votre commande {ref}
B: Merci pour votre commande {ref}. Nous vous écrirons dès son expédition.
B: Bonne nouvelle : votre commande a quitté notre entrepôt et voyage avec {carrier}. Votre numéro de suivi est {tracking}.
B: La livraison est prévue le {date} à partir de {time}.
B: Montant total : {amount}, réglé par carte bancaire.
B: Vous pouvez modifier la date de livraison depuis votre compte jusqu'à la veille.
B: Les retours sont gratuits pendant {days} jours.
B: Suivez votre colis sur notre site avec votre numéro de commande.
B: Le livreur vous appellera environ 30 minutes avant son arrivée.
C: Suivre ma commande
C: Voir la commande
C: Gérer la livraison
`,
  'it-security': `
O: Transports Rhône Alpes DSI
O: Atelier Lumière Com Informatique
O: Université du Littoral Service Informatique
S: Votre mot de passe expire dans {days} jours
S: Votre mot de passe a été modifié
S: Nouvelle connexion à votre compte
S: Mise en place de la double authentification
S: Activez l'authentification multifacteur avant le {date}
S: Maintenance prévue ce week-end
B: Votre mot de passe réseau expire le {date}. Vous pouvez le changer sur votre poste avec Ctrl+Alt+Suppr ou sur le portail en libre-service.
B: Le mot de passe de votre compte a été modifié le {date} à {time}. Si c'était vous, aucune action n'est nécessaire.
B: Nous avons constaté une nouvelle connexion à votre compte depuis un poste Windows. Si ce n'était pas vous, appelez le support au {phone}.
B: À partir du {date}, tous les collaborateurs auront besoin d'une application d'authentification pour accéder à leur messagerie hors du bureau.
B: L'équipe informatique sera à la cafétéria mardi et jeudi pour aider à la configuration.
B: La messagerie et l'intranet seront indisponibles samedi de 8 h à 12 h pour des mises à jour.
B: Le support ne vous demandera jamais votre mot de passe.
B: Une question ? Ouvrez un ticket ou appelez le poste 4455.
C: Portail libre-service
C: Guide sur l'intranet
C: Support informatique
S: Votre boîte aux lettres est presque pleine
B: Votre boîte aux lettres est remplie à 90 % de son quota. Archivez ou supprimez les anciens messages ; si vous avez besoin de plus d'espace, contactez le support.
B: Ce week-end, nous migrons toutes les boîtes vers la nouvelle plateforme de messagerie. Vous n'avez rien à faire ; vos messages et votre agenda suivent.
S: Connexion depuis un nouvel appareil
B: Votre compte vient d'être utilisé pour se connecter sur un nouvel appareil (iPhone, {city}). Si c'était vous, vous pouvez ignorer ce message.
B: Votre code de vérification est {ref}. Il est valable 10 minutes. Nos équipes ne vous demanderont jamais ce code.
B: Dans la rubrique Sécurité de votre profil, vous voyez tous les appareils connectés à votre compte et pouvez les déconnecter.
B: Votre mot de passe a été réinitialisé avec le lien envoyé à cette adresse. Vous êtes déconnecté de tous les autres appareils.
`,
  subscription: `
O: Nuage Serein Logiciels
O: Le Quotidien de l'Ouest Numérique
O: Salle de Sport Énergie
S: Votre abonnement sera renouvelé le {date}
S: Votre carte arrive bientôt à expiration
S: Reçu de votre renouvellement
S: Votre formule sera bientôt renouvelée
S: Mettez à jour votre moyen de paiement
B: Votre abonnement annuel sera renouvelé le {date}. Nous débiterons {amount} sur la carte enregistrée.
B: La carte enregistrée expire à la fin du mois. Pour éviter toute interruption, ajoutez une nouvelle carte dans les paramètres de votre compte.
B: Merci pour votre renouvellement. Votre reçu se trouve dans la rubrique Facturation de votre compte.
B: Pour changer ou résilier votre formule, rendez-vous sur la page de facturation avant la date de renouvellement.
B: Si vos informations sont à jour, rien ne change pour vous.
B: Les tarifs de l'année prochaine restent inchangés.
C: Facturation
C: Gérer mon abonnement
C: Mettre à jour ma carte
`,
  rewards: `
O: Transports Rhône Alpes – Comité Social et Économique
O: Librairie La Page Blanche Fidélité
O: Atelier Lumière Com – Amicale du personnel
S: Les gagnants de la tombola d'été
S: Vous avez {points} points
S: Votre bon d'achat est disponible
S: Félicitations : vous avez gagné au tirage du CSE !
S: Médaille du travail
B: Félicitations ! Votre ticket a été tiré au sort lors de la tombola du CSE et vous gagnez une carte cadeau de 50 euros, à retirer à l'accueil cette semaine.
B: Merci à tous ceux qui ont acheté des tickets : ensemble nous avons récolté {amount} pour les Restos du cœur du quartier.
B: Vous avez cumulé {points} points de fidélité, qui vous donnent droit à une remise sur votre prochain achat.
B: Le code de votre bon figure dans l'application et reste valable jusqu'au {date} en magasin et en ligne.
B: Les points expirent après 24 mois sans achat.
B: Le prochain tirage aura lieu à la soirée de fin d'année.
C: Voir mes points
C: Règlement du programme
C: Mon bon d'achat
`,
  newsletter: `
O: Phare Crypto Exchange
O: Crédit Mutualiste du Rhône
O: Énergie Claire
S: Les nouveautés de {month}
S: Votre point mensuel avec {org}
S: Nouveautés : virements plus rapides et nouvelles fonctions dans l'appli
S: Conseils de sécurité et actualités
S: Lettre d'information de {month}
B: Ce mois-ci, nous avons lancé l'investissement programmé dans l'application : vous investissez un montant fixe chaque semaine.
B: Le taux de notre livret d'épargne passe à 3,1 % à partir du {date}.
B: Nous avons ouvert une nouvelle agence à {city}.
B: Rappel : nous ne vous demanderons jamais votre mot de passe ni votre phrase de récupération. Quiconque le fait n'est pas {org}.
B: Des escrocs se font parfois passer pour notre service client. Ne faites confiance qu'aux messages de la messagerie de votre compte.
B: Découvrez nos conseils pour économiser l'énergie cet hiver.
B: Merci de votre fidélité. Comme toujours, vos retours sont les bienvenus.
C: Lire la suite
C: Ouvrir l'application
C: Notre blog
`,
  appointment: `
O: Cabinet Dentaire du Parc
O: Cabinet Médical des Lilas
O: Garage Central Automobiles
S: Rappel de rendez-vous : {date} à {time}
S: Votre véhicule doit passer à la révision
S: Confirmation de votre rendez-vous
S: Contrôle technique à prévoir
S: Merci de confirmer votre rendez-vous
B: Nous vous rappelons votre rendez-vous du {date} à {time} avec le docteur {last}.
B: Merci d'arriver dix minutes en avance avec votre carte Vitale.
B: Votre véhicule est attendu pour sa révision le {date} à {time}. Le coût estimé est de {amount}.
B: En cas d'empêchement, prévenez-nous au moins 24 heures à l'avance au {phone}.
B: Nous vous appellerons dès que le véhicule sera prêt.
B: Vous pouvez aussi déplacer le rendez-vous en ligne.
C: Gérer mon rendez-vous
C: Déplacer le rendez-vous
C: Plan d'accès
`,
  hr: `
O: Transports Rhône Alpes RH
O: Atelier Lumière Com Ressources humaines
O: Menuiserie Fontaine Service paie
S: Votre bulletin de paie de {month} est disponible
S: Demande de congés acceptée
S: Rappel : congés restants
S: Votre attestation fiscale
S: Nouveau livret d'accueil
B: Votre bulletin de paie de {month} est disponible dans votre coffre-fort RH.
B: Votre demande de congés à partir du {date} a été validée par votre responsable.
B: Pensez à poser vos jours de congés restants avant la fin novembre.
B: Le nouveau livret d'accueil est sur l'intranet ; lisez notamment la partie sur le télétravail.
B: Si quelque chose vous semble incorrect sur votre bulletin, contactez le service paie avant le 20.
B: La cotisation de retraite complémentaire apparaîtra sur une ligne distincte à partir du mois prochain.
C: Portail RH
C: Livret d'accueil
C: Intranet
A: Bulletin_paie_{month}
A: Livret_accueil_2026
S: Votre candidature au poste de coordinateur de projet
B: Merci pour votre candidature. Nous aimerions vous inviter à un entretien dans nos locaux le {date} à {time}.
B: Nous recrutons pour deux postes à l'entrepôt. Les fiches de poste sont sur l'intranet.
`,
  community: `
O: École élémentaire Jules Ferry
O: Aviron Club de la Saône
O: Tennis Club des Tilleuls
S: Lettre d'information – {month}
S: Dates à retenir
S: Nouvelles du club et assemblée générale
S: Mot aux parents : sortie scolaire
S: Tournoi d'été et cotisation
B: Un grand merci à tous les parents qui ont aidé à la kermesse : nous avons récolté {amount} pour la bibliothèque.
B: La classe de CM1 ira au muséum le {date}. Merci de rendre l'autorisation signée avant vendredi.
B: La cotisation pour la nouvelle saison est de {amount}, à régler par virement ou au club-house.
B: L'assemblée générale aura lieu le {date} à 19 h 30 au club-house.
B: Le dernier jour d'école, la sortie aura lieu à 11 h 30.
B: Nous cherchons des bénévoles pour encadrer l'école de tennis le samedi matin.
C: Calendrier de l'école
C: Site du club
C: Réserver un court
`,
  business: `
O: Atelier Lumière Com
O: Menuiserie Fontaine SARL
O: Cabinet Comptable Mercier
O: Transports Rhône Alpes SAS
S: Rendez-vous la semaine prochaine
S: Devis pour l'aménagement des bureaux
S: Suite à notre échange
S: Documents pour jeudi
S: Merci !
S: Compte rendu de la réunion
S: Petite question sur le planning
B: Merci pour notre échange téléphonique de ce matin. Comme convenu, vous trouverez ci-joint notre devis.
B: Mardi à {time}, cela vous conviendrait ? Sinon je suis disponible presque toute la journée de jeudi.
B: Ci-joint le contrat signé et le planning mis à jour.
B: Je me permets de revenir vers vous au sujet de notre proposition : avez-vous pu en prendre connaissance ?
B: Le total s'élève à {amount} HT ; le devis est valable {days} jours.
B: Merci pour la réunion d'hier, ravi d'avoir enfin rencontré toute l'équipe.
B: Je ne serai pas au bureau vendredi, essayons donc de boucler cela jeudi.
B: Tu peux m'envoyer les derniers chiffres quand tu as un moment ?
B: N'hésitez pas si quelque chose n'est pas clair, on peut s'appeler rapidement.
A: Devis_{ref}
A: Contrat_signe
S: Dossier partagé pour le projet
B: Je t'ai partagé le dossier avec les plans et les photos du chantier sur notre drive ; tu as dû recevoir une invitation.
B: Je t'ai laissé un message vocal ce matin, mais c'est plus simple par e-mail : peut-on décaler la livraison à la semaine prochaine ?
B: Merci de signer l'accord ci-joint et de me renvoyer une copie scannée.
`,
  account: `
O: Nuage Bleu
O: Billetterie Phare
O: Carnet Malin
O: Banque Ardoise
S: Confirmez votre adresse e-mail
S: Réinitialisation de votre mot de passe
S: Votre lien pour choisir un nouveau mot de passe
S: Votre code de vérification {org}
S: Nouvelle connexion détectée sur votre compte {org}
S: C'était bien vous ? Connexion sur un appareil inconnu
S: Validation en deux étapes activée
S: Votre paiement n'a pas abouti
S: Action requise : mettez à jour votre moyen de paiement
S: Votre carte enregistrée expire bientôt
S: Votre abonnement a été renouvelé
S: Votre compte a été clôturé
S: L'export de vos données est prêt
S: Votre avis compte : demande n° {ref}
S: Votre demande n° {ref} est résolue
S: Bienvenue chez {org} ! Activez votre compte
B: Merci pour votre inscription ! Confirmez votre adresse e-mail dans les 48 heures grâce au lien ci-dessous pour activer votre compte.
B: Nous avons reçu une demande de réinitialisation du mot de passe de votre compte {org}. Si vous n'êtes pas à l'origine de cette demande, ignorez simplement cet e-mail : votre mot de passe reste inchangé.
B: Le lien pour choisir un nouveau mot de passe est valable 60 minutes et ne peut servir qu'une seule fois.
B: Voici votre code de connexion : {ref}. Il expire dans 15 minutes. Ne le communiquez à personne ; nos conseillers ne vous le demanderont jamais.
B: Une connexion à votre compte a eu lieu le {date} à {time} depuis Firefox sous Windows. Si c'était vous, vous n'avez rien à faire.
B: Vous ne reconnaissez pas cette connexion ? Changez votre mot de passe dans Paramètres > Sécurité et déconnectez toutes les autres sessions.
B: La validation en deux étapes est désormais activée sur votre compte. Lors de votre prochaine connexion sur un nouvel appareil, nous vous demanderons aussi un code de votre application d'authentification.
B: L'adresse e-mail de votre compte a été modifiée le {date}. Nous envoyons aussi ce message à votre ancienne adresse pour que vous soyez informé du changement.
B: La carte se terminant par 4417 expire à la fin du mois. Ajoutez une nouvelle carte dans la rubrique Paiement pour que votre formule continue sans interruption.
B: Nous n'avons pas pu prélever votre mensualité de {amount} : votre banque a refusé le paiement. Nous réessaierons dans 3 jours ; vous pouvez modifier votre moyen de paiement à tout moment dans votre espace client.
B: Si la prochaine tentative échoue aussi, votre compte sera suspendu. Vos données sont conservées et redeviennent accessibles dès réception du paiement.
B: Le numéro de mobile utilisé pour la validation en deux étapes a été modifié le {date}. Si vous n'êtes pas à l'origine de ce changement, appelez-nous au {phone}.
B: Votre abonnement a été renouvelé pour un an. Nous avons débité {amount} sur votre carte ; la facture est disponible dans votre espace client, rubrique Factures.
B: Comme vous l'avez demandé, nous avons clôturé votre compte {org}. Vous ne pouvez plus vous connecter, et nous supprimerons vos données personnelles sous 30 jours, sauf celles que la loi nous oblige à conserver.
B: À partir du {date}, vous passez à la formule Famille. La différence pour la période en cours, {amount}, figurera sur votre prochaine facture.
B: Notre équipe support a répondu à votre demande n° {ref}. Vous pouvez lire la réponse dans le centre d'aide ou simplement répondre à cet e-mail.
B: Nous avons marqué votre demande comme résolue. Êtes-vous satisfait de notre aide ? Donnez-nous votre avis en un clic, cela prend moins d'une minute.
B: Si le problème réapparaît, répondez à cet e-mail dans les 14 jours et votre demande sera automatiquement rouverte.
B: Si vous n'avez pas créé de compte chez {org}, vous pouvez ignorer cet e-mail ; sans confirmation, le compte ne sera pas activé.
B: L'export de vos données est prêt. Par sécurité, le lien de téléchargement ne fonctionne qu'une fois que vous êtes connecté à votre compte et expire dans 7 jours.
C: Confirmer mon adresse e-mail
C: Réinitialiser le mot de passe
C: Voir l'activité récente
C: Mettre à jour le moyen de paiement
C: Donner mon avis
`,
}

const NAMES_IT: Names = {
  f: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Elena', 'Valentina', 'Martina', 'Paola'],
  m: ['Marco', 'Luca', 'Andrea', 'Matteo', 'Stefano', 'Davide', 'Paolo', 'Giorgio'],
  last: ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti'],
  title: ['Sig.ra', 'Sig.'],
  dear: ['Gentile Sig.ra', 'Gentile Sig.'],
  streets: ['Via Roma 12', 'Corso Vittorio Emanuele 48', 'Piazza del Mercato 3', 'Via Garibaldi 27', 'Viale dei Tigli 5'],
  cities: ['20121 Milano', '40121 Bologna', '10121 Torino', '50123 Firenze', '35121 Padova'],
  phones: ['02 5550 132', '051 555 0788', '011 555 0456', '+39 055 555 0190'],
  mailDomains: ['postacasa.example', 'miaposta.example', 'retemail.example', 'casellaweb.example'],
  companies: ['Falegnameria Colombo S.r.l.', 'Studio Commercialista Ricci', 'Agenzia Onda Creativa', 'Trasporti Padani S.p.A.'],
}

const COMMON_IT: HamCommon = {
  greetNamed: ['{dear} {last},', 'Ciao {first},', 'Gentile {name},', 'Buongiorno {first},', 'Gentile cliente,'],
  greetAnon: ['Gentile cliente,', 'Buongiorno,', 'Gentile socio,', 'Salve,', 'Spettabile ditta,'],
  greetPerson: ['Ciao {first},', 'Buongiorno {first},', '{dear} {last},', 'Ciao {first}!', '{first},', 'Buonasera {first},'],
  signoff: ['Cordiali saluti,', 'Distinti saluti,', 'Un cordiale saluto,', 'Grazie,', 'Saluti,', 'Con i migliori saluti,'],
  signoffPerson: ['Un saluto,', 'A presto,', 'Grazie mille,', 'Ciao,', 'Buona giornata,', 'Grazie in anticipo,'],
  footer: [
    '{org} · {street} · {city} · P.IVA IT0{ref}0158',
    '{org}, {street}, {city}, tel. {phone}, www.{domain}',
    'Ricevi questa e-mail perché sei cliente di {org}. Puoi modificare le preferenze su www.{domain}/preferenze.',
    '{org} | {street} | {city} | Capitale sociale i.v. 50.000 euro',
    'Questo messaggio è stato inviato automaticamente. Domande? Chiamaci al {phone}.',
    '{org} · {city} · Informativa privacy: www.{domain}/privacy',
  ],
  safety: [
    'Non ti chiederemo mai password, PIN o dati completi della carta via e-mail o telefono.',
    'Ricorda: il personale di {org} non ti chiederà mai le tue credenziali.',
    'Nel dubbio, digita tu stesso www.{domain} nel browser invece di seguire un link.',
    'Non condividere mai la tua frase di recupero o i codici monouso, nemmeno con noi.',
    'Se questo messaggio ti sembra strano, contattaci al numero indicato sul nostro sito.',
  ],
  senders: {
    'it-security': ['Help Desk IT', 'Supporto IT', '{org} Sistemi Informativi', 'Helpdesk', 'Ufficio IT'],
    hr: ['Risorse Umane', 'Ufficio Paghe', '{org} HR', 'Team HR', 'Ufficio Personale'],
    invoice: ['{org} Amministrazione', 'Ufficio Crediti', '{org} Fatturazione', 'Contabilità', 'Ufficio Amministrativo'],
    order: ['{org} Servizio Clienti', '{org} Ordini', 'Assistenza Clienti', 'Negozio {org}', 'Ufficio Spedizioni'],
    account: ['{org} Account', 'Sicurezza {org}', 'Assistenza {org}', 'Il team di {org}'],
  },
  locals: {
    default: ['info', 'servizioclienti', 'assistenza', 'contatti'],
    invoice: ['amministrazione', 'fatturazione', 'fatture', 'contabilita'],
    'it-security': ['it', 'helpdesk', 'sistemi', 'supporto'],
    hr: ['hr', 'risorseumane', 'paghe'],
    newsletter: ['newsletter', 'novita', 'news'],
    order: ['ordini', 'shop', 'spedizioni'],
    account: ['no-reply', 'account', 'sicurezza', 'assistenza'],
  },
}

const IT: Record<HamKind, string> = {
  invoice: `
O: Falegnameria Colombo S.r.l.
O: Studio Commercialista Ricci
O: Tipografia San Marco
O: Forniture Ufficio Emilia S.r.l.
S: Fattura {ref}
S: La sua fattura di {month}
S: Sollecito di pagamento: fattura {ref}
S: Fattura n. {ref} di {org}
S: Estratto conto fatture aperte
S: Promemoria: fattura {ref}
B: In allegato trova la fattura {ref} per un importo di {amount}.
B: La scadenza è il {date}. Può pagare con bonifico sul conto {iban}, indicando il numero di fattura nella causale.
B: Dai nostri controlli la fattura {ref} di {amount} risulta ancora da saldare. Se ha già provveduto al pagamento, non tenga conto di questo avviso.
B: La ringraziamo per la fiducia. La fattura si riferisce ai lavori eseguiti a {month}.
B: Il pagamento è previsto a {days} giorni data fattura.
B: Per qualsiasi domanda sulla fattura risponda pure a questa e-mail o ci chiami al {phone}.
B: La fattura è disponibile anche nella sua area clienti.
B: L'importo sarà addebitato sul suo conto tramite RID, come concordato.
B: Se l'importo non è corretto, ce lo segnali e le invieremo una nota di credito.
C: Vedi fattura
C: Scarica il PDF
C: Area clienti
A: Fattura_{ref}
A: FT{ref}
`,
  statement: `
O: Banca di Credito Cooperativo del Po
O: Assicurazioni Orizzonte
O: Fondo Pensione Adriatico
S: Il suo estratto conto di {month} è disponibile
S: Documenti della sua polizza
S: Nuovo documento nella sua area riservata
S: Il suo rendiconto annuale
S: Rinnovo della polizza {ref}
B: L'estratto conto di {month} è ora disponibile nel suo home banking.
B: Nella sua area riservata c'è un nuovo documento: il certificato di polizza per il prossimo anno.
B: Può consultare e scaricare gli estratti conto in qualsiasi momento dopo l'accesso.
B: Non deve fare nulla, questo messaggio è solo informativo.
B: Il premio annuo è di {amount}, addebitato in rate mensili.
B: Per non ricevere più gli estratti cartacei, modifichi le preferenze nelle impostazioni.
B: La preghiamo di verificare i dati e di comunicarci eventuali variazioni, ad esempio di indirizzo.
C: Accedi
C: Vedi documenti
C: Impostazioni
A: Estratto_conto_{month}
A: Polizza_{ref}
S: La certificazione fiscale dell'anno scorso è disponibile
B: La certificazione fiscale annuale è stata aggiunta all'area documenti del tuo conto. Ti servirà per la dichiarazione dei redditi.
B: L'accordo di rinnovo è pronto per la firma elettronica nell'area clienti. Puoi anche firmare la copia cartacea che ti abbiamo spedito.
B: Non ti invieremo mai la password di un PDF via email e non ti chiederemo mai la password della tua email.
`,
  utility: `
O: Energia Chiara
O: Acque del Lago
O: Luce Verde Elettricità
S: La tua bolletta della luce di {month}
S: Nuova tariffa dal {date}
S: Comunicaci la lettura del contatore
S: La tua bolletta è disponibile
S: Modifica della domiciliazione
B: La bolletta è disponibile. L'importo per questo periodo è di {amount} e sarà addebitato il {date}.
B: Dal {date} cambia il prezzo dell'energia. La nuova rata mensile stimata è di {amount}.
B: Comunicaci l'autolettura entro il {date}, così la prossima bolletta sarà precisa.
B: Nell'area clienti puoi confrontare i consumi con quelli dell'anno scorso.
B: Se hai difficoltà a pagare, contattaci: possiamo rateizzare.
B: Se la tua offerta attuale ti soddisfa, non devi fare nulla.
C: Vedi la bolletta
C: Inserisci l'autolettura
C: Confronta le offerte
`,
  order: `
O: Sport Dolomiti Outdoor
O: Libreria Il Segnalibro
O: Casa e Cucina Toscana
O: Mobili Noce Antico
S: Conferma dell'ordine {ref}
S: Il tuo ordine è stato spedito
S: Consegna prevista il {date}
S: Grazie per il tuo ordine!
S: Il tuo pacco è in viaggio ({carrier})
S: Aggiornamento sull'ordine {ref}
B: Grazie per il tuo ordine {ref}. Ti scriveremo di nuovo quando sarà spedito.
B: Buone notizie: il tuo ordine ha lasciato il magazzino e viaggia con {carrier}. Il numero di tracciamento è {tracking}.
B: La consegna è prevista per il {date} dalle {time}.
B: Totale dell'ordine: {amount}, pagato con carta.
B: Puoi cambiare la data di consegna dal tuo account fino al giorno prima.
B: Il reso è gratuito entro {days} giorni.
B: Puoi seguire la spedizione sul nostro sito con il numero d'ordine.
B: Il corriere ti chiamerà circa 30 minuti prima dell'arrivo.
C: Traccia l'ordine
C: Vedi l'ordine
C: Gestisci la consegna
`,
  'it-security': `
O: Trasporti Padani Sistemi Informativi
O: Agenzia Onda Creativa IT
O: Università del Delta Servizi Informatici
S: La tua password scade tra {days} giorni
S: La tua password è stata modificata
S: Nuovo accesso al tuo account
S: Introduciamo l'autenticazione a due fattori
S: Configura l'autenticazione a più fattori entro il {date}
S: Manutenzione programmata questo fine settimana
B: La tua password di rete scade il {date}. Puoi cambiarla dal PC dell'ufficio con Ctrl+Alt+Canc o dal portale self-service.
B: La password del tuo account è stata cambiata il {date} alle {time}. Se sei stato tu, non devi fare nulla.
B: Abbiamo rilevato un nuovo accesso al tuo account da un PC Windows. Se non sei stato tu, chiama l'help desk al {phone}.
B: Dal {date} tutti i dipendenti avranno bisogno di un'app di autenticazione per leggere la posta fuori dall'ufficio.
B: Il team IT sarà in mensa martedì e giovedì per aiutare chi ne ha bisogno.
B: Posta e intranet non saranno disponibili sabato dalle 8 alle 12 per aggiornamenti.
B: L'help desk non ti chiederà mai la password.
B: Domande? Apri un ticket o chiama l'interno 4455.
C: Portale self-service
C: Guida sulla intranet
C: Help desk
S: La tua casella di posta è quasi piena
B: La tua casella è al 90 % della quota. Archivia o elimina i messaggi vecchi; se ti serve più spazio, chiedi all'assistenza.
B: Questo fine settimana spostiamo tutte le caselle sulla nuova piattaforma di posta. Non devi fare nulla; messaggi e calendario verranno spostati con te.
S: Accesso da un nuovo dispositivo
B: Il tuo account è appena stato usato per accedere da un nuovo dispositivo (iPhone, {city}). Se sei stato tu, puoi ignorare questo messaggio.
B: Il tuo codice di verifica è {ref}. È valido per 10 minuti. Il nostro personale non ti chiederà mai questo codice.
B: Nella sezione Sicurezza del profilo vedi tutti i dispositivi collegati al tuo account e puoi disconnetterli.
B: La password è stata reimpostata con il link inviato a questo indirizzo. Sei stato disconnesso da tutti gli altri dispositivi.
`,
  subscription: `
O: Nuvola Serena Software
O: Il Corriere del Lago Digitale
O: Palestra Energia
S: Il tuo abbonamento si rinnova il {date}
S: La tua carta sta per scadere
S: Ricevuta del tuo rinnovo
S: Il tuo piano si rinnoverà a breve
S: Aggiorna il metodo di pagamento
B: Il tuo abbonamento annuale si rinnova il {date}. Addebiteremo {amount} sulla carta salvata.
B: La carta salvata scade a fine mese. Per evitare interruzioni, aggiungi una nuova carta nelle impostazioni del tuo account.
B: Grazie per il rinnovo. Trovi la ricevuta nella sezione Pagamenti del tuo account.
B: Se vuoi cambiare o disdire il piano, puoi farlo dalla pagina dei pagamenti prima della data di rinnovo.
B: Se i tuoi dati sono aggiornati, per te non cambia nulla.
B: I prezzi per il prossimo anno restano invariati.
C: Pagamenti
C: Gestisci abbonamento
C: Aggiorna la carta
`,
  rewards: `
O: Trasporti Padani – Circolo Aziendale
O: Libreria Il Segnalibro Fedeltà
O: Agenzia Onda Creativa – Cral dei dipendenti
S: I vincitori della lotteria estiva
S: Hai {points} punti
S: Il tuo buono è pronto
S: Complimenti: hai vinto all'estrazione aziendale!
S: Premio anzianità di servizio
B: Complimenti! Il tuo biglietto è stato estratto alla lotteria aziendale e hai vinto una gift card da 50 euro. Puoi ritirarla alla reception entro questa settimana.
B: Grazie a tutti quelli che hanno comprato i biglietti: abbiamo raccolto {amount} per la mensa dei poveri.
B: Hai accumulato {points} punti, che valgono uno sconto sul prossimo acquisto.
B: Il codice del tuo buono è nell'app ed è valido fino al {date} in negozio e online.
B: I punti scadono dopo 24 mesi senza acquisti.
B: La prossima estrazione sarà alla cena di Natale.
C: I miei punti
C: Regolamento
C: Il mio buono
`,
  newsletter: `
O: Faro Cripto Exchange
O: Banca di Credito Cooperativo del Po
O: Energia Chiara
S: Le novità di {month}
S: Il tuo aggiornamento mensile da {org}
S: Novità: bonifici più veloci e nuove funzioni nell'app
S: Consigli di sicurezza e novità
S: Newsletter di {month}
B: Questo mese abbiamo introdotto i piani di accumulo nell'app: investi una cifra fissa ogni settimana.
B: Il tasso del nostro conto deposito sale al 3,1 % dal {date}.
B: Abbiamo aperto una nuova filiale a {city}.
B: Promemoria: non ti chiederemo mai la password o la frase di recupero. Chi lo fa non è {org}.
B: A volte i truffatori si fingono il nostro servizio clienti. Fidati solo dei messaggi nella casella del tuo account.
B: Leggi i nostri consigli per risparmiare energia in casa quest'inverno.
B: Grazie di essere nostro cliente. Come sempre, puoi rispondere a questa e-mail con i tuoi suggerimenti.
C: Leggi di più
C: Apri l'app
C: Il nostro blog
`,
  appointment: `
O: Studio Dentistico Sorriso
O: Poliambulatorio San Luca
O: Officina Meccanica Gallo
S: Promemoria appuntamento: {date} alle {time}
S: È ora del tagliando della tua auto
S: Conferma del suo appuntamento
S: Revisione dell'auto in scadenza
S: Per favore confermi l'appuntamento
B: Le ricordiamo l'appuntamento del {date} alle {time} con la dottoressa {last}.
B: La preghiamo di arrivare dieci minuti prima e di portare la tessera sanitaria.
B: La sua auto è prenotata per il tagliando il {date} alle {time}. Il costo stimato è di {amount}.
B: Se non può venire, ci avvisi almeno 24 ore prima al {phone}.
B: La chiameremo quando l'auto sarà pronta per il ritiro.
B: Può anche spostare l'appuntamento online.
C: Gestisci l'appuntamento
C: Sposta l'appuntamento
C: Come raggiungerci
`,
  hr: `
O: Trasporti Padani Risorse Umane
O: Agenzia Onda Creativa HR
O: Falegnameria Colombo Ufficio paghe
S: La tua busta paga di {month} è disponibile
S: Richiesta di ferie approvata
S: Promemoria: ferie residue
S: La tua Certificazione Unica
S: Nuovo regolamento aziendale
B: La tua busta paga di {month} è disponibile sul portale dipendenti.
B: La tua richiesta di ferie dal {date} è stata approvata dal tuo responsabile.
B: Ti chiediamo di pianificare le ferie residue di quest'anno entro fine novembre.
B: Il nuovo regolamento aziendale è sulla intranet; leggi in particolare la parte sullo smart working.
B: Se qualcosa nella busta paga non torna, contatta l'ufficio paghe entro il 20.
B: Dal prossimo mese il contributo al fondo pensione comparirà su una riga separata.
C: Portale dipendenti
C: Regolamento aziendale
C: Intranet
A: Busta_paga_{month}
A: Regolamento_2026
S: La tua candidatura per il ruolo di coordinatore di progetto
B: Grazie per la tua candidatura. Vorremmo invitarti a un colloquio nel nostro ufficio il {date} alle {time}.
B: Stiamo cercando due persone per il magazzino. Le descrizioni delle posizioni sono sulla intranet.
`,
  community: `
O: Scuola Primaria Gianni Rodari
O: Canottieri Ticino
O: Circolo Tennis I Platani
S: Notiziario di {month}
S: Date da ricordare
S: Notizie dal circolo e assemblea dei soci
S: Comunicazione alle famiglie: gita scolastica
S: Torneo estivo e quota associativa
B: Un grande grazie a tutte le famiglie che hanno aiutato alla festa di fine anno: abbiamo raccolto {amount} per la biblioteca.
B: La classe quarta andrà al museo di scienze il {date}. Riconsegnate l'autorizzazione firmata entro venerdì.
B: La quota per la nuova stagione è di {amount}, da versare con bonifico o in segreteria.
B: L'assemblea dei soci si terrà il {date} alle 19:30 nella sede del circolo.
B: L'ultimo giorno di scuola l'uscita è alle 12:30.
B: Cerchiamo volontari per gli allenamenti dei bambini il sabato mattina.
C: Calendario scolastico
C: Sito del circolo
C: Prenota un campo
`,
  business: `
O: Agenzia Onda Creativa
O: Falegnameria Colombo S.r.l.
O: Studio Commercialista Ricci
O: Trasporti Padani S.p.A.
S: Incontro la prossima settimana
S: Preventivo per la ristrutturazione dell'ufficio
S: Seguito alla nostra telefonata
S: Documenti per giovedì
S: Grazie!
S: Verbale della riunione di oggi
S: Domanda veloce sul cronoprogramma
B: Grazie per la telefonata di oggi. Come d'accordo, le allego il nostro preventivo.
B: Martedì alle {time} ti andrebbe bene? Altrimenti giovedì sono libero quasi tutto il giorno.
B: In allegato il contratto firmato e il cronoprogramma aggiornato.
B: Volevo sapere se avete avuto modo di guardare la nostra proposta.
B: Il totale è di {amount} più IVA; il preventivo è valido {days} giorni.
B: Grazie per la bella riunione di ieri, è stato un piacere conoscere finalmente tutto il team.
B: Venerdì non sarò in ufficio, quindi cerchiamo di chiudere entro giovedì.
B: Quando hai un attimo mi mandi gli ultimi numeri?
B: Se qualcosa non è chiaro scrivimi pure e ci sentiamo al telefono.
A: Preventivo_{ref}
A: Contratto_firmato
S: Cartella condivisa del progetto
B: Ti ho condiviso la cartella con i disegni e le foto del cantiere sul nostro drive; dovresti aver ricevuto un invito.
B: Ti ho lasciato un messaggio in segreteria stamattina, ma per email è più semplice: possiamo spostare la consegna alla settimana prossima?
B: Per favore firma l'accordo allegato e rimandami una copia scansionata.
`,
  account: `
O: Nuvola Chiara
O: Biglietti Faro
O: Libreria Gelso
O: Banca Ulivo
S: Conferma il tuo indirizzo email
S: Reimposta la tua password
S: Il tuo link per scegliere una nuova password
S: Il tuo codice di verifica {org}
S: Nuovo accesso al tuo account {org}
S: Sei stato tu? Accesso da un dispositivo sconosciuto
S: Verifica in due passaggi attivata
S: Il pagamento non è andato a buon fine
S: Azione richiesta: aggiorna il metodo di pagamento
S: La carta salvata sta per scadere
S: Il tuo abbonamento è stato rinnovato
S: Il tuo account è stato chiuso
S: L'esportazione dei tuoi dati è pronta
S: Com'è andata? Richiesta n. {ref}
S: La tua richiesta n. {ref} è stata risolta
S: Benvenuto in {org}! Attiva il tuo account
B: Grazie per esserti registrato! Conferma il tuo indirizzo email entro 48 ore con il link qui sotto per attivare l'account.
B: Abbiamo ricevuto una richiesta di reimpostazione della password del tuo account {org}. Se non sei stato tu, ignora pure questa email: la tua password resterà invariata.
B: Il link per scegliere una nuova password è valido per 60 minuti e si può usare una sola volta.
B: Ecco il tuo codice di accesso: {ref}. Scade tra 15 minuti. Non condividerlo con nessuno: il nostro personale non te lo chiederà mai.
B: Il {date} alle {time} è stato effettuato un accesso al tuo account da Chrome su Windows. Se sei stato tu, non devi fare nulla.
B: Non riconosci questo accesso? Cambia la password in Impostazioni > Sicurezza e disconnetti tutte le altre sessioni.
B: La verifica in due passaggi è ora attiva sul tuo account. D'ora in poi, quando accedi da un nuovo dispositivo, ti chiederemo anche un codice dall'app di autenticazione.
B: L'indirizzo email del tuo account è stato modificato il {date}. Inviamo questo avviso anche al tuo indirizzo precedente, così sei informato della modifica.
B: La carta che termina con 4417 scade alla fine del mese. Aggiungi una nuova carta nella sezione Pagamenti per non interrompere il tuo piano.
B: Non siamo riusciti ad addebitare la quota mensile di {amount} perché la tua banca ha rifiutato il pagamento. Riproveremo tra 3 giorni; puoi cambiare il metodo di pagamento nel tuo account in qualsiasi momento.
B: Se anche il prossimo tentativo non va a buon fine, il tuo account verrà sospeso. I tuoi dati restano al sicuro e tornano disponibili appena il pagamento viene registrato.
B: Il numero di cellulare usato per la verifica in due passaggi è stato modificato il {date}. Se non hai fatto tu questa modifica, chiamaci al {phone}.
B: Il tuo abbonamento è stato rinnovato per un altro anno. Abbiamo addebitato {amount} sulla tua carta; trovi la fattura nel tuo account, nella sezione Fatture.
B: Come richiesto, abbiamo chiuso il tuo account {org}. Non potrai più accedere e cancelleremo i tuoi dati personali entro 30 giorni, salvo quelli che la legge ci obbliga a conservare.
B: Dal {date} passi al piano Famiglia. La differenza per il periodo in corso, {amount}, comparirà nella prossima fattura.
B: Il nostro team di assistenza ha risposto alla tua richiesta n. {ref}. Puoi leggere la risposta nel centro assistenza oppure rispondere direttamente a questa email.
B: Abbiamo segnato la tua richiesta come risolta. Com'è andata? Dacci un voto con un clic: ci vuole meno di un minuto.
B: Se il problema si ripresenta, rispondi a questa email entro 14 giorni e la richiesta verrà riaperta automaticamente.
B: Se non hai creato un account su {org}, puoi ignorare questa email: senza conferma l'account non verrà attivato.
B: L'esportazione dei tuoi dati è pronta. Per sicurezza, il link per il download funziona solo dopo l'accesso al tuo account e scade tra 7 giorni.
C: Conferma indirizzo email
C: Reimposta password
C: Controlla le attività recenti
C: Aggiorna il metodo di pagamento
C: Lascia una valutazione
`,
}

const BY_LANG: Record<Lang, { names: Names; common: HamCommon; text: Record<HamKind, string> }> = {
  en: { names: NAMES_EN, common: COMMON_EN, text: EN },
  de: { names: NAMES_DE, common: COMMON_DE, text: DE },
  nl: { names: NAMES_NL, common: COMMON_NL, text: NL },
  pt: { names: NAMES_PT, common: COMMON_PT, text: PT },
  es: { names: NAMES_ES, common: COMMON_ES, text: ES },
  fr: { names: NAMES_FR, common: COMMON_FR, text: FR },
  it: { names: NAMES_IT, common: COMMON_IT, text: IT },
}

export const NAMES: Record<Lang, Names> = Object.fromEntries(Object.entries(BY_LANG).map(([l, v]) => [l, v.names])) as Record<Lang, Names>
export const HAM_COMMON: Record<Lang, HamCommon> = Object.fromEntries(Object.entries(BY_LANG).map(([l, v]) => [l, v.common])) as Record<Lang, HamCommon>
/** The bank of every kind in every language: HAM_TEXT[kind][lang]. */
export const HAM_TEXT: Record<HamKind, Record<Lang, string>> = Object.fromEntries(
  HAM_KINDS.map((k) => [k, Object.fromEntries(Object.entries(BY_LANG).map(([l, v]) => [l, v.text[k]]))]),
) as Record<HamKind, Record<Lang, string>>
