// Parse every .eml with mailparser and sanity-check structure against MANIFEST.tsv
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
// node verify.mjs OUT
const OUT = path.resolve(process.argv[2] ?? '');
if (!process.argv[2]) throw new Error('usage: node verify.mjs OUT');
const rows = fs.readFileSync(`${OUT}/MANIFEST.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
let bad = 0;
const shapes = {};
for (const [file, , , , subject] of rows) {
  const raw = fs.readFileSync(path.join(OUT, file));
  const errs = [];
  const s = raw.toString('latin1');
  const sep = s.indexOf('\r\n\r\n');
  if (sep < 0) errs.push('no header/body separator');
  const head = s.slice(0, sep);
  if (/[^\x00-\x7f]/.test(head)) errs.push('8-bit header');
  for (const h of ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version']) if (!new RegExp(`^${h}:`, 'mi').test(head)) errs.push('missing ' + h);
  for (const h of ['Received', 'Return-Path', 'List-Unsubscribe', 'List-Id']) if (new RegExp(`^${h}:`, 'mi').test(head)) errs.push('has ' + h);
  if (/(^|[^\r])\n/.test(s)) errs.push('bare LF');
  // boundaries
  for (const m of head.matchAll(/boundary="([^"]+)"/g)) if (!s.includes(`--${m[1]}--`)) errs.push('unterminated boundary');
  for (const m of s.matchAll(/boundary="([^"]+)"/g)) if (!s.includes(`\r\n--${m[1]}--`)) errs.push('unterminated boundary ' + m[1]);
  const p = await simpleParser(raw);
  if (p.subject !== subject) errs.push(`subject mismatch ${p.subject} vs ${subject}`);
  if (!p.html) errs.push('no html');
  if (!p.from?.value?.[0]?.address?.endsWith('.example')) errs.push('from');
  const dom = p.from.value[0].address.split('@')[1];
  if (!p.messageId?.endsWith(`@${dom}>`)) errs.push('msgid domain ' + p.messageId);
  if (!(p.date instanceof Date) || isNaN(p.date)) errs.push('date');
  const ct = p.headers.get('content-type').value;
  const shape = file.split('/')[0] + ': ' + ct + (p.attachments.length ? ` +${p.attachments.length} inline` : '') + (p.text && ct.startsWith('multipart') ? ' (text+html)' : '');
  shapes[shape] = (shapes[shape] || 0) + 1;
  if (errs.length) { bad++; console.log(file, errs); }
}
console.log(shapes);
console.log(`${rows.length} messages, ${bad} with problems`);
