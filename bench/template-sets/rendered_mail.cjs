// What vendure.cjs and supertokens.cjs share about the messages they render (measuring tools, not part of the
// product; issue 10, fourteenth round): the From display name as nodemailer writes it, and the check that parses
// every message back.
const fs = require('fs'), path = require('path')
const { encodeWord } = require(path.join(__dirname, '..', '..', 'dist/tools/mail_build.js'))

/** nodemailer's MimeNode._encodeAddressName: bare when [\w ]*, quoted when printable ASCII, else an encoded-word. */
function nodemailerName(name) {
  return /^[\w ]*$/.test(name) ? name : /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/([\\"])/g, '\\$1')}"` : encodeWord(name)
}

/**
 * Parses the rendered messages back with mailparser and checks what a renderer must have filled in.
 * written: [{ name, subject, domain, htmlOnly? }]; unrendered: what must not be left in the HTML (the template
 * engine's placeholders). Sets process.exitCode = 1 when any message fails.
 */
async function checkMessages(dir, written, unrendered) {
  const { simpleParser } = require('mailparser')
  let bad = 0
  for (const w of written) {
    const raw = fs.readFileSync(path.join(dir, w.name)), s = raw.toString('latin1'), head = s.slice(0, s.indexOf('\r\n\r\n')), errs = []
    if (/[^\x00-\x7f]/.test(head)) errs.push('8-bit header')
    if (/(^|[^\r])\n/.test(s)) errs.push('bare LF')
    const p = await simpleParser(raw)
    if (p.subject !== w.subject) errs.push('subject ' + p.subject)
    if (!p.from?.value?.[0]?.address?.endsWith('@' + w.domain)) errs.push('from')
    if (!p.messageId?.endsWith(`@${w.domain}>`) || !(p.date instanceof Date) || isNaN(p.date) || !p.to) errs.push('headers')
    if (!p.html) errs.push('no html')
    if (!w.htmlOnly && !p.text) errs.push('no text')
    if (unrendered.test(p.html || '')) errs.push('unrendered')
    for (const [k, v] of [['subject', p.subject], ['text', w.htmlOnly ? '' : p.text], ['html', p.html]]) if (/undefined|NaN|\[object Object\]/.test(v || '')) errs.push('bad value in ' + k)
    if (errs.length) { bad++; console.log(w.name, errs) }
  }
  console.log(`checked ${written.length}, ${bad} with problems`)
  if (bad) process.exitCode = 1
}

module.exports = { checkMessages, nodemailerName }
