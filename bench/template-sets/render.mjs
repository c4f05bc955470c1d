// Render transactional email templates shipped in npm packages into raw .eml files
// as each application (via nodemailer) would submit them (issue 10, twelfth round: template sets no rule
// or model had seen). Rerun: npm install && ./fetch.sh PKGS && node render.mjs PKGS OUT && node verify.mjs OUT
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { URL, URLSearchParams } from 'node:url';

const require = createRequire(import.meta.url);
// node render.mjs PKGS OUT: PKGS holds the unpacked tarballs (./fetch.sh PKGS), OUT receives SET/*.eml and MANIFEST.tsv
const [PKGS, OUT] = process.argv.slice(2).map((p) => path.resolve(p));
if (!PKGS || !OUT) throw new Error('usage: node render.mjs PKGS OUT');

// ---------------------------------------------------------------- helpers
let seed = 0x5eed1234;
function rnd() { // mulberry32, deterministic choices
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rnd() * a.length)];
const hex = (n) => crypto.randomBytes(n).toString('hex');
const uuid = () => crypto.randomUUID();
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n) => String(n).padStart(2, '0');
function rfc5322(date, offMin) {
  const d = new Date(date.getTime() + offMin * 60000);
  const sign = offMin >= 0 ? '+' : '-';
  const a = Math.abs(offMin);
  return `${DAYS[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${MONS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${sign}${p2(Math.floor(a / 60))}${p2(a % 60)}`;
}
function randomDate(org) {
  // between 2026-09-14 and 2026-12-04, during the org's local working-ish hours (07-22)
  const start = Date.UTC(2026, 8, 14), end = Date.UTC(2026, 11, 4);
  const day = start + Math.floor(rnd() * ((end - start) / 86400000)) * 86400000;
  const localSecs = (7 * 3600) + Math.floor(rnd() * 15 * 3600);
  const off = pick(org.tz);
  return { date: new Date(day + (localSecs - off * 60) * 1000), off };
}
function jwtSign(payload, secret, opts = {}) {
  const jwt = require('jsonwebtoken');
  return jwt.sign(payload, secret, opts);
}

const manifest = [];
const counters = {};
async function emit({ set, template, org, lang, nm, mail, date, off, pkg, license, tplPath }) {
  const MailComposer = require(`${nm}/lib/mail-composer`);
  const msg = await new Promise((res, rej) =>
    new MailComposer({ ...mail, date }).compile().build((e, m) => (e ? rej(e) : res(m.toString()))));
  // nodemailer always writes Date in UTC (+0000); restate the same instant in the org's local offset
  const sep = msg.indexOf('\r\n\r\n');
  let head = msg.slice(0, sep);
  head = head.replace(/^Date: .*$/m, `Date: ${rfc5322(date, off)}`);
  // SMTP DATA (nodemailer smtp-connection DataStream) turns every bare LF into CRLF on the wire
  const eml = (head + msg.slice(sep)).replace(/\r?\n/g, '\r\n');
  counters[set] = (counters[set] || 0) + 1;
  const file = `${set}/${String(counters[set]).padStart(3, '0')}-${template}${lang ? '-' + lang : ''}-${org.key}.eml`;
  fs.mkdirSync(path.join(OUT, set), { recursive: true });
  fs.writeFileSync(path.join(OUT, file), eml);
  manifest.push([file, pkg, license, tplPath, mail.subject]);
}

// ---------------------------------------------------------------- organisations
// tz: offsets in minutes the org's servers/users sit in
const ORGS = {
  northwind: {
    key: 'northwind', name: 'Northwind Engineering', domain: 'northwind-engineering.example', tz: [0, 60],
    staff: [{ first: 'Harriet', last: 'Oyelaran', email: 'harriet.oyelaran@northwind-engineering.example' },
      { first: 'Tomasz', last: 'Wierzbicki', email: 't.wierzbicki@northwind-engineering.example' },
      { first: 'Callum', last: 'Reid', email: 'callum.reid@northwind-engineering.example' }],
    customers: [{ first: 'Priya', last: 'Natarajan', email: 'priya.natarajan@halden-civil.example' },
      { first: 'Gareth', last: 'Pughe', email: 'gpughe@severnside-water.example' }],
    color: '#1f4e79',
  },
  kestrel: {
    key: 'kestrel', name: 'Kestrel Valley Community Trust', short: 'Kestrel Valley Trust', domain: 'kestrelvalley-trust.example', tz: [-300, -240],
    staff: [{ first: 'Marisol', last: 'Quintero', email: 'mquintero@kestrelvalley-trust.example' },
      { first: 'Dwayne', last: 'Abernathy', email: 'dwayne@kestrelvalley-trust.example' },
      { first: 'Ellen', last: 'Vogt', email: 'ellen.vogt@kestrelvalley-trust.example' }],
    customers: [{ first: 'Rosalind', last: 'Achebe', email: 'rosalind.achebe@riverbend-mail.example' },
      { first: 'Kofi', last: 'Mensah', email: 'kofi.mensah73@postbox.example' }],
    color: '#2e7d32',
  },
  lumenfold: {
    key: 'lumenfold', name: 'Lumenfold', domain: 'lumenfold.example', tz: [-480, -420],
    staff: [{ first: 'Aiko', last: 'Shimizu', email: 'aiko@lumenfold.example' },
      { first: 'Ben', last: 'Carraway', email: 'ben@lumenfold.example' },
      { first: 'Nadia', last: 'Farouk', email: 'nadia@lumenfold.example' }],
    customers: [{ first: 'Jonas', last: 'Lindqvist', email: 'jonas.lindqvist@brightharbor.example' },
      { first: 'Maya', last: 'Patel', email: 'maya@tiderow-studio.example' }],
    color: '#6b4eff',
  },
  ferncroft: {
    key: 'ferncroft', name: 'Ferncroft Veterinary Group', domain: 'ferncroft-vets.example', tz: [600, 660],
    staff: [{ first: 'Liam', last: "O'Sullivan", email: 'liam.osullivan@ferncroft-vets.example' },
      { first: 'Georgia', last: 'Tan', email: 'georgia.tan@ferncroft-vets.example' },
      { first: 'Sunita', last: 'Rao', email: 'srao@ferncroft-vets.example' }],
    customers: [{ first: 'Chloe', last: 'Whitford', email: 'chloe.whitford@outback-mail.example' },
      { first: 'Hamish', last: 'Drummond', email: 'hdrummond@coastlink.example' }],
    color: '#00796b',
  },
  saltmarsh: {
    key: 'saltmarsh', name: 'Saltmarsh Books', domain: 'saltmarshbooks.example', tz: [0, 60],
    staff: [{ first: 'Imogen', last: 'Fairley', email: 'imogen@saltmarshbooks.example' },
      { first: 'Declan', last: 'Moriarty', email: 'declan@saltmarshbooks.example' },
      { first: 'Ruth', last: 'Adeyemi', email: 'ruth.adeyemi@saltmarshbooks.example' }],
    customers: [{ first: 'Oliver', last: 'Granger', email: 'oliver.granger@wessexnet.example' },
      { first: 'Fatima', last: 'Zahir', email: 'fatima.zahir@homemail.example' }],
    color: '#8d3b2f',
  },
  quillon: {
    key: 'quillon', name: 'Quillon Analytics', domain: 'quillon.example', tz: [330],
    staff: [{ first: 'Arjun', last: 'Mehta', email: 'arjun.mehta@quillon.example' },
      { first: 'Sneha', last: 'Kulkarni', email: 'sneha.k@quillon.example' },
      { first: 'Rahul', last: 'Iyer', email: 'rahul.iyer@quillon.example' }],
    customers: [{ first: 'Deepa', last: 'Srinivasan', email: 'deepa.srinivasan@corvid-retail.example' },
      { first: 'Vikram', last: 'Bose', email: 'vikram.bose@tarangfin.example' }],
    color: '#0d47a1',
  },
};
// locale organisations for the translated Payload templates
const LOCALE_ORGS = {
  de: [
    { key: 'brandt', name: 'Brandt & Söhne Metallbau', domain: 'brandt-metallbau.example', tz: [60, 120], people: [
      { first: 'Jürgen', last: 'Weißmüller', email: 'j.weissmueller@brandt-metallbau.example' }, { first: 'Katrin', last: 'Hoffmann', email: 'k.hoffmann@brandt-metallbau.example' }] },
    { key: 'tafel-ruhr', name: 'Tafel Mülheim e.V.', domain: 'tafel-muelheim.example', tz: [60, 120], people: [
      { first: 'Sabine', last: 'Krämer', email: 'sabine.kraemer@tafel-muelheim.example' }, { first: 'Ömer', last: 'Yıldız', email: 'oemer.yildiz@tafel-muelheim.example' }] },
    { key: 'flinkwerk', name: 'Flinkwerk GmbH', domain: 'flinkwerk.example', tz: [60, 120], people: [
      { first: 'Lena', last: 'Bauer', email: 'lena@flinkwerk.example' }, { first: 'Maximilian', last: 'Vogel', email: 'max.vogel@flinkwerk.example' }] },
  ],
  fr: [
    { key: 'atelier-garance', name: 'Atelier Garance', domain: 'atelier-garance.example', tz: [60, 120], people: [
      { first: 'Élodie', last: 'Marchand', email: 'elodie.marchand@atelier-garance.example' }, { first: 'François', last: 'Lefèvre', email: 'f.lefevre@atelier-garance.example' }] },
    { key: 'restos-lyon', name: 'Association Les Jardins Partagés', domain: 'jardins-partages-lyon.example', tz: [60, 120], people: [
      { first: 'Noémie', last: 'Girard', email: 'noemie.girard@jardins-partages-lyon.example' }, { first: 'Karim', last: 'Benali', email: 'karim.benali@jardins-partages-lyon.example' }] },
    { key: 'cimeo', name: 'Cimeo SAS', domain: 'cimeo.example', tz: [60, 120], people: [
      { first: 'Hugo', last: 'Rousseau', email: 'hugo@cimeo.example' }, { first: 'Camille', last: 'Dubois', email: 'camille.dubois@cimeo.example' }] },
  ],
  es: [
    { key: 'ingenieria-alba', name: 'Ingeniería Alba', domain: 'ingenieria-alba.example', tz: [60, 120], people: [
      { first: 'Begoña', last: 'Iturriaga', email: 'b.iturriaga@ingenieria-alba.example' }, { first: 'Sergio', last: 'Peña', email: 'sergio.pena@ingenieria-alba.example' }] },
    { key: 'fundacion-sol', name: 'Fundación Solidaria del Sur', domain: 'fundacionsur.example', tz: [-180], people: [
      { first: 'Valentina', last: 'Núñez', email: 'vnunez@fundacionsur.example' }, { first: 'Matías', last: 'Rodríguez', email: 'matias.rodriguez@fundacionsur.example' }] },
    { key: 'cuadrante', name: 'Cuadrante Labs', domain: 'cuadrantelabs.example', tz: [-360, -300], people: [
      { first: 'Ximena', last: 'Gutiérrez', email: 'ximena@cuadrantelabs.example' }, { first: 'Diego', last: 'Herrera', email: 'diego@cuadrantelabs.example' }] },
  ],
  nl: [
    { key: 'dijkstra', name: 'Dijkstra Installatietechniek', domain: 'dijkstra-installatie.example', tz: [60, 120], people: [
      { first: 'Sander', last: 'van der Meer', email: 's.vandermeer@dijkstra-installatie.example' }, { first: 'Ineke', last: 'Bosman', email: 'ineke.bosman@dijkstra-installatie.example' }] },
    { key: 'voedselbank', name: 'Stichting Buurtkracht Zwolle', domain: 'buurtkracht-zwolle.example', tz: [60, 120], people: [
      { first: 'Femke', last: 'de Vries', email: 'femke@buurtkracht-zwolle.example' }, { first: 'Mohamed', last: 'El Amrani', email: 'm.elamrani@buurtkracht-zwolle.example' }] },
    { key: 'tulpsoft', name: 'Tulpsoft B.V.', domain: 'tulpsoft.example', tz: [60, 120], people: [
      { first: 'Joris', last: 'Hendriks', email: 'joris@tulpsoft.example' }, { first: 'Anouk', last: 'Smit', email: 'anouk.smit@tulpsoft.example' }] },
  ],
};
const full = (p) => `${p.first} ${p.last}`;

// ---------------------------------------------------------------- 1. Directus
async function directus() {
  const { Liquid } = await import('liquidjs');
  const { marked } = await import('marked');
  const sanitizeHTML = require('sanitize-html');
  const { Url } = await import(`${PKGS}/directus-api-39.2.1/package/dist/utils/url.js`);
  const pkgDir = `${PKGS}/directus-api-39.2.1/package`;
  const tplDir = `${pkgDir}/dist/services/mail/templates`;
  const pkg = '@directus/api@39.2.1';
  const license = JSON.parse(fs.readFileSync(`${pkgDir}/package.json`)).license + ' (MSCL-1.0-GPL)';
  const engine = new Liquid({ root: [tplDir], extname: '.liquid' });
  const md = (v) => sanitizeHTML(marked.parse(v));
  const orgs = [ORGS.northwind, ORGS.kestrel, ORGS.lumenfold];
  const setup = {
    northwind: { publicUrl: 'https://cms.northwind-engineering.example', projectName: 'Northwind CMS', projectUrl: 'https://www.northwind-engineering.example', logo: true },
    kestrel: { publicUrl: 'https://content.kestrelvalley-trust.example', projectName: 'Kestrel Valley Trust', projectUrl: '', logo: false },
    lumenfold: { publicUrl: 'https://directus.lumenfold.example', projectName: 'Lumenfold Content', projectUrl: 'https://lumenfold.example', logo: true },
  };
  const secret = hex(32);
  const templates = ['password-reset', 'user-invitation', 'user-registration', 'share-notification'];
  for (const tpl of templates) {
    for (const org of orgs) {
      const s = setup[org.key];
      const recips = tpl === 'user-registration' ? org.customers : org.staff.slice(0, 2);
      for (const r of recips) {
        const { date, off } = randomDate(org);
        const iat = Math.floor(date.getTime() / 1000);
        const defaults = {
          projectName: s.projectName,
          projectColor: org.color,
          projectLogo: s.logo ? new Url(s.publicUrl).addPath('assets', uuid()).toString()
            : new Url(s.publicUrl).addPath('admin', 'img', 'directus-white.png').toString(),
          projectUrl: s.projectUrl,
        };
        let subject, tplName, data;
        if (tpl === 'password-reset') {
          const token = jwtSign({ email: r.email, scope: 'password-reset', hash: hex(16).slice(0, 32), iat }, secret, { expiresIn: '1d', issuer: 'directus' });
          data = { url: new Url(s.publicUrl).addPath('admin', 'reset-password').setQuery('token', token).toString(), email: r.email };
          subject = 'Password Reset Request'; tplName = 'password-reset';
        } else if (tpl === 'user-invitation') {
          const token = jwtSign({ email: r.email, scope: 'invite', iat }, secret, { expiresIn: '7d', issuer: 'directus' });
          data = { url: new Url(s.publicUrl).addPath('admin', 'accept-invite').setQuery('token', token).toString(), email: r.email };
          subject = "You've been invited"; tplName = 'user-invitation';
        } else if (tpl === 'user-registration') {
          const token = jwtSign({ email: r.email, scope: 'pending-registration', iat }, secret, { expiresIn: '7d', issuer: 'directus' });
          data = { url: new Url(s.publicUrl).addPath('users', 'register', 'verify-email').setQuery('token', token).toString(), email: r.email, first_name: r.first, last_name: r.last };
          subject = 'Verify your email address'; tplName = 'user-registration';
        } else {
          // services/shares.js invite(): markdown message rendered into base.liquid
          const sharer = org.staff[2];
          const collection = pick({ northwind: ['projects', 'case_studies', 'datasheets'], kestrel: ['grant_applications', 'events', 'volunteer_roles'], lumenfold: ['changelog', 'docs_pages', 'blog_posts'] }[org.key]);
          const message = `
Hello!

${full(sharer)} has invited you to view an item in ${collection}.

[Open](${new Url(s.publicUrl).addPath('admin', 'shared', uuid()).toString()})
`;
          data = { html: md(message) };
          subject = `${full(sharer)} has shared an item with you`; tplName = 'base';
        }
        const tplPath = `dist/services/mail/templates/${tplName}.liquid`;
        const tplString = fs.readFileSync(`${tplDir}/${tplName}.liquid`, 'utf8');
        let html = await engine.parseAndRender(tplString, { ...defaults, ...data });
        html = html.split('\n').map((l) => l.trim()).join('\n');
        await emit({
          set: 'directus', template: tpl, org, nm: 'nodemailer10', date, off, pkg, license, tplPath,
          mail: { to: r.email, subject, from: { name: s.projectName, address: `no-reply@${org.domain}` }, html },
        });
      }
    }
  }
}

// ---------------------------------------------------------------- 2. n8n
async function n8n() {
  const Handlebars = require('handlebars');
  const pkgDir = `${PKGS}/n8n-2.41.3/package`;
  const tplDir = `${pkgDir}/dist/user-management/email/templates`;
  const pkg = 'n8n@2.41.3';
  const license = JSON.parse(fs.readFileSync(`${pkgDir}/package.json`)).license + ' (Sustainable Use License)';
  // NodeMailer.htmlToPlainText, copied verbatim from dist/user-management/email/node-mailer.js
  const htmlToPlainText = (html) => html
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, '$2 ($1)')
    .replace(/<mj-button\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/mj-button>/gi, '$2 ($1)')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#039;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/^[\t ]+/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const REVOKED_AT_FORMATTER = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  const orgs = [ORGS.ferncroft, ORGS.saltmarsh, ORGS.quillon];
  const setup = {
    ferncroft: { base: 'https://automation.ferncroft-vets.example', sender: 'Ferncroft Automation <n8n@ferncroft-vets.example>',
      workflows: ['Appointment reminders (SMS)', 'Lab results → patient record', 'Daily stock reorder'], creds: ['Twilio – reminders', 'VetLink API', 'Xero (accounts)'], projects: ['Clinic operations', 'Client comms'] },
    saltmarsh: { base: 'https://n8n.saltmarshbooks.example', sender: 'no-reply@saltmarshbooks.example',
      workflows: ['Shopify orders to Google Sheets', 'Pre-order notifications', 'Newsletter signup sync'], creds: ['Shopify Admin', 'Mailchimp', 'Google Sheets (shop)'], projects: ['Web shop', 'Events & signings'] },
    quillon: { base: 'https://flows.quillon.example', sender: 'Quillon Workflows <workflows@quillon.example>',
      workflows: ['Nightly ETL – client dashboards', 'Slack alert on failed ingest', 'HubSpot lead enrichment'], creds: ['Snowflake prod (read-only)', 'Slack bot', 'HubSpot private app'], projects: ['Data platform', 'Sales ops'] },
  };
  const secret = hex(32);
  const cache = {};
  const tpl = (n) => (cache[n] ??= Handlebars.compile(fs.readFileSync(`${tplDir}/${n}.handlebars`, 'utf8')));
  const kinds = ['user-invited', 'password-reset-requested', 'email-change-requested', 'email-change-completed', 'api-key-revoked',
    'mcp-client-revoked', 'workflow-failure', 'workflow-deactivated', 'workflow-shared', 'credentials-shared', 'project-shared'];
  for (const kind of kinds) {
    for (const org of orgs) {
      const s = setup[org.key];
      const baseUrl = s.base;
      const owner = org.staff[2];
      for (const r of org.staff.slice(0, 2)) {
        const { date, off } = randomDate(org);
        const iat = Math.floor(date.getTime() / 1000);
        const basePayload = { baseUrl, domain: new URL(baseUrl).hostname, currentYear: date.getUTCFullYear() };
        const userId = uuid();
        const wfId = crypto.randomBytes(12).toString('base64url').slice(0, 16);
        let subject, data;
        switch (kind) {
          case 'user-invited': {
            const token = jwtSign({ inviterId: uuid(), inviteeId: userId, iat }, secret, { expiresIn: '90d' });
            data = { email: r.email, inviteAcceptUrl: `${baseUrl}/signup?token=${token}` };
            subject = 'You have been invited to n8n'; break;
          }
          case 'password-reset-requested': {
            const url = new URL(`${baseUrl}/change-password`);
            url.searchParams.append('token', jwtSign({ sub: userId, hash: hex(5).slice(0, 10), iat }, secret, { expiresIn: '20m', audience: 'n8n-password-reset' }));
            url.searchParams.append('mfaEnabled', String(rnd() < 0.3));
            data = { email: r.email, firstName: r.first, passwordResetUrl: url.toString() };
            subject = 'n8n password reset'; break;
          }
          case 'email-change-requested': {
            const newEmail = `${r.first.toLowerCase()}.${r.last.toLowerCase().replace(/[^a-z]/g, '')}@${org.domain}`;
            const url = new URL(`${baseUrl}/confirm-email-change`);
            url.searchParams.append('token', jwtSign({ sub: userId, newEmail, hash: hex(5).slice(0, 10), iat }, secret, { expiresIn: '20m', audience: 'n8n-email-change' }));
            data = { email: newEmail, firstName: r.first, newEmail, confirmationUrl: url.toString() };
            subject = 'Confirm your n8n email change'; break;
          }
          case 'email-change-completed': {
            const newEmail = `${r.first.toLowerCase()}.${r.last.toLowerCase().replace(/[^a-z]/g, '')}@${org.domain}`;
            data = { email: r.email, firstName: r.first, newEmail };
            subject = 'Your n8n email was changed'; break;
          }
          case 'api-key-revoked': {
            const apiKey = 'n8n_api_' + hex(20);
            data = { email: r.email, firstName: r.first ?? 'there', label: pick(['CI deploy', 'Zapier migration', 'Reporting script', 'My API Key']),
              suffix: apiKey.slice(-4), revokedBy: full(owner), revokedAt: REVOKED_AT_FORMATTER.format(date), createApiKeyUrl: `${baseUrl}/settings/api` };
            subject = 'Your n8n API key was revoked'; break;
          }
          case 'mcp-client-revoked': {
            data = { email: r.email, firstName: r.first ?? 'there', clientName: pick(['Claude Desktop', 'Cursor', 'VS Code MCP']),
              revokedBy: full(owner), revokedAt: REVOKED_AT_FORMATTER.format(date), mcpSettingsUrl: `${baseUrl}/settings/mcp` };
            subject = 'Your n8n MCP client access was revoked'; break;
          }
          case 'workflow-failure': {
            data = { email: r.email, firstName: r.first ?? 'there', workflowId: wfId, workflowName: pick(s.workflows), workflowUrl: `${baseUrl}/workflow/${wfId}`, instanceURL: baseUrl };
            subject = '⚠️ Your workflow failed. Get alerts next time'; break;
          }
          case 'workflow-deactivated': {
            data = { workflowName: pick(s.workflows), workflowUrl: `${baseUrl}/workflow/${wfId}` };
            subject = 'n8n has automatically autodeactivated a workflow'; break;
          }
          case 'workflow-shared': {
            data = { workflowName: pick(s.workflows), workflowUrl: `${baseUrl}/workflow/${wfId}` };
            subject = `${owner.first} has shared an n8n workflow with you`; break;
          }
          case 'credentials-shared': {
            data = { credentialsName: pick(s.creds), credentialsListUrl: `${baseUrl}/home/credentials` };
            subject = `${owner.first} has shared an n8n credential with you`; break;
          }
          case 'project-shared': {
            data = { role: pick(['editor', 'viewer', 'admin']), projectName: pick(s.projects), projectUrl: `${baseUrl}/projects/${wfId}` };
            subject = `${owner.first} has invited you to a project`; break;
          }
        }
        const to = kind === 'email-change-requested' ? data.newEmail : r.email;
        const body = tpl(kind)({ ...basePayload, ...data });
        await emit({
          set: 'n8n', template: kind, org, nm: 'nodemailer8', date, off, pkg, license,
          tplPath: `dist/user-management/email/templates/${kind}.handlebars`,
          mail: {
            from: s.sender, to, subject, text: htmlToPlainText(body), html: body,
            attachments: [{ cid: 'n8n-logo', filename: 'n8n-logo.png', path: `${tplDir}/n8n-logo.png`, contentDisposition: 'inline' }],
          },
        });
      }
    }
  }
}

// ---------------------------------------------------------------- 3. Auth.js (@auth/core) Nodemailer provider
async function authjs() {
  const pkgDir = `${PKGS}/auth-core-0.41.3/package`;
  const { html, text } = await import(`${pkgDir}/lib/utils/email.js`);
  const pkg = '@auth/core@0.41.3';
  const license = JSON.parse(fs.readFileSync(`${pkgDir}/package.json`)).license;
  const orgs = [ORGS.lumenfold, ORGS.saltmarsh, ORGS.kestrel];
  const setup = {
    lumenfold: { origin: 'https://app.lumenfold.example', basePath: '/api/auth', from: 'Lumenfold <no-reply@lumenfold.example>', theme: { brandColor: '#6b4eff', buttonText: '' }, cb: ['https://app.lumenfold.example/dashboard', 'https://app.lumenfold.example/settings/billing'] },
    saltmarsh: { origin: 'https://www.saltmarshbooks.example', basePath: '/api/auth', from: 'Saltmarsh Books <hello@saltmarshbooks.example>', theme: { brandColor: '', buttonText: '' }, cb: ['https://www.saltmarshbooks.example/account/orders', 'https://www.saltmarshbooks.example/'] },
    kestrel: { origin: 'https://volunteers.kestrelvalley-trust.example', basePath: '/auth', from: 'Kestrel Valley Volunteers <no-reply@kestrelvalley-trust.example>', theme: { brandColor: '#2e7d32', buttonText: '#ffffff' }, cb: ['https://volunteers.kestrelvalley-trust.example/rota', 'https://volunteers.kestrelvalley-trust.example/'] },
  };
  for (const org of orgs) {
    const s = setup[org.key];
    for (const r of [org.customers[0], org.staff[1]]) {
      const { date, off } = randomDate(org);
      const token = hex(32); // randomString(32)
      const baseUrl = new URL(s.basePath, s.origin);
      const url = `${baseUrl}/callback/nodemailer?${new URLSearchParams({ callbackUrl: pick(s.cb), token, email: r.email })}`;
      const { host } = new URL(url);
      await emit({
        set: 'authjs', template: 'magic-link', org, nm: 'nodemailer8', date, off, pkg, license, tplPath: 'lib/utils/email.js (html, text) via providers/nodemailer.js',
        mail: { to: r.email, from: s.from, subject: `Sign in to ${host}`, text: text({ url, host }), html: html({ url, host, theme: s.theme }) },
      });
    }
  }
}

// ---------------------------------------------------------------- 4a. Strapi users-permissions
async function strapi() {
  const _ = require('lodash');
  const pkgDir = `${PKGS}/strapi-plugin-users-permissions-5.54.0/package`;
  const pkg = '@strapi/plugin-users-permissions@5.54.0';
  const license = JSON.parse(fs.readFileSync(`${pkgDir}/package.json`)).license + ' (MIT, EE dirs excepted)';
  // extract the shipped default templates from dist/server/bootstrap/index.js (initEmails)
  const src = fs.readFileSync(`${pkgDir}/dist/server/bootstrap/index.js`, 'utf8');
  const grab = (key) => {
    const i = src.indexOf(`${key}: {`);
    const m = src.slice(i).match(/from: \{\s*name: '([^']*)',\s*email: '([^']*)'\s*\},\s*response_email: '([^']*)',\s*object: '([^']*)',\s*message: `([\s\S]*?)`/);
    return { fromName: m[1], fromEmail: m[2], response_email: m[3], object: m[4], message: m[5] };
  };
  const T = { 'reset-password': grab('reset_password'), 'email-confirmation': grab('email_confirmation') };
  const keysDeep = (obj, prefix = '') => Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? [prefix + k, ...keysDeep(v, prefix + k + '.')] : [prefix + k]));
  const template = (layout, data) => {
    const keys = keysDeep(data).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const interpolate = new RegExp(`<%=\\s*(${keys.join('|')})\\s*%>`, 'g');
    return _.template(layout, { interpolate, evaluate: false, escape: false })(data);
  };
  const orgs = [ORGS.saltmarsh, ORGS.ferncroft, ORGS.northwind];
  const setup = {
    saltmarsh: { server: 'https://api.saltmarshbooks.example', admin: 'https://api.saltmarshbooks.example/admin', reset: 'https://www.saltmarshbooks.example/account/reset-password', fromName: 'Saltmarsh Books' },
    ferncroft: { server: 'https://cms.ferncroft-vets.example', admin: 'https://cms.ferncroft-vets.example/admin', reset: 'https://portal.ferncroft-vets.example/reset-password', fromName: 'Administration Panel' },
    northwind: { server: 'https://strapi.northwind-engineering.example', admin: 'https://strapi.northwind-engineering.example/admin', reset: 'https://portal.northwind-engineering.example/auth/reset', fromName: 'Northwind Client Portal' },
  };
  for (const kind of ['reset-password', 'email-confirmation']) {
    for (const org of orgs) {
      const s = setup[org.key];
      for (const r of org.customers) {
        const { date, off } = randomDate(org);
        const user = { id: Math.floor(rnd() * 900) + 12, documentId: hex(12).slice(0, 24), username: r.email.split('@')[0], email: r.email, provider: 'local', confirmed: kind !== 'email-confirmation', blocked: false };
        const t = T[kind];
        let body, subject;
        if (kind === 'reset-password') {
          body = template(t.message, { URL: s.reset, SERVER_URL: s.server, ADMIN_URL: s.admin, USER: user, TOKEN: crypto.randomBytes(64).toString('hex') });
          subject = template(t.object, { USER: user });
        } else {
          body = template(t.message, { URL: `${s.server}/api/auth/email-confirmation`, SERVER_URL: s.server, ADMIN_URL: s.admin, USER: user, CODE: crypto.randomBytes(20).toString('hex') });
          subject = template(t.object, { USER: user });
        }
        await emit({
          set: 'strapi', template: kind, org, nm: 'nodemailer9', date, off, pkg, license,
          tplPath: `dist/server/bootstrap/index.js (initEmails: ${kind === 'reset-password' ? 'reset_password' : 'email_confirmation'})`,
          mail: { to: r.email, from: `${s.fromName} <no-reply@${org.domain}>`, subject, text: body, html: body },
        });
      }
    }
  }
}

// ---------------------------------------------------------------- 4b. Payload CMS (translated default auth emails)
async function payload() {
  const pkgDir = `${PKGS}/payload-3.90.2/package`;
  const pkg = 'payload@3.90.2 + @payloadcms/translations@3.90.2';
  const license = JSON.parse(fs.readFileSync(`${pkgDir}/package.json`)).license;
  const { formatAdminURL } = await import(`${pkgDir}/dist/utilities/formatAdminURL.js`);
  const { t } = await import('@payloadcms/translations');
  const langs = ['en', 'de', 'fr', 'es', 'nl'];
  const enOrgs = [ORGS.quillon, ORGS.kestrel, ORGS.northwind].map((o) => ({ ...o, people: o.staff.slice(0, 2) }));
  for (const kind of ['forgot-password', 'verify-email']) {
    for (const lang of langs) {
      const translations = (await import(`@payloadcms/translations/languages/${lang}`))[`${lang}Translations`];
      const req = { t: (key, vars) => t({ key, translations, vars }) };
      const orgs = lang === 'en' ? enOrgs : LOCALE_ORGS[lang];
      for (const org of orgs) {
        const serverURL = `https://${lang === 'en' ? 'cms' : pick(['cms', 'redaktion', 'admin', 'site'])}.${org.domain}`;
        const fromName = org.short || org.name;
        for (const r of org.people) {
          const { date, off } = randomDate(org);
          const token = crypto.randomBytes(20).toString('hex');
          let html, subject, tplPath;
          if (kind === 'forgot-password') {
            const forgotURL = formatAdminURL({ adminRoute: '/admin', path: `/reset/${token}`, serverURL });
            html = `${req.t('authentication:youAreReceivingResetPassword')}
    <a href="${forgotURL}">${forgotURL}</a>
    ${req.t('authentication:youDidNotRequestPassword')}`;
            subject = req.t('authentication:resetYourPassword');
            tplPath = `dist/auth/operations/forgotPassword.js + translations dist/languages/${lang}.js`;
          } else {
            const verificationURL = formatAdminURL({ adminRoute: '/admin', path: `/users/verify/${token}`, serverURL });
            html = `${req.t('authentication:newAccountCreated', { serverURL, verificationURL })}`;
            subject = req.t('authentication:verifyYourEmail');
            tplPath = `dist/auth/sendVerificationEmail.js + translations dist/languages/${lang}.js`;
          }
          await emit({
            set: 'payload', template: kind, lang, org, nm: 'nodemailer9', date, off, pkg, license, tplPath,
            mail: { from: `"${fromName}" <no-reply@${org.domain}>`, html, subject, to: r.email },
          });
        }
      }
    }
  }
}

// ---------------------------------------------------------------- main
for (const d of ['directus', 'n8n', 'authjs', 'strapi', 'payload']) fs.rmSync(path.join(OUT, d), { recursive: true, force: true }); // keep README.md
fs.mkdirSync(OUT, { recursive: true });
await directus();
await n8n();
await authjs();
await strapi();
await payload();
fs.writeFileSync(path.join(OUT, 'MANIFEST.tsv'),
  ['file\tpackage@version\tlicence\ttemplate_path\tsubject', ...manifest.map((r) => r.join('\t'))].join('\n') + '\n');
console.log(Object.entries(counters).map(([k, v]) => `${k}: ${v}`).join('\n'), '\ntotal', manifest.length);
