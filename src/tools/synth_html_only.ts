// Our legitimate evaluation mail once more, sent HTML only: the same messages
// (transactional, newsletters, business mail in seven languages) with the
// text/plain alternative left out, as ERPs, shop systems (WooCommerce), CRMs and
// some mail clients send them. Evaluation only, never trained on: it measures
// whether the format alone tips ordinary mail over the threshold (issue 10;
// before HTML_ONLY asked where the links lead, 8.9 % of the business mail did).
//   written by `node dist/tools/synth.js --out DIR` to DIR/eval/html-only/KIND-NAME.eml
import fs from 'node:fs'
import path from 'node:path'
import { listMessageFiles } from '../cli/mail_files'

/** The kinds of our evaluation ham that have an HTML alternative to keep. */
export const HTML_ONLY_SOURCES = ['transactional', 'newsletters', 'i18n-ham'] as const

/** The header block of a raw message and its body (CRLF or LF line ends). */
function splitHead(raw: string): { head: string; body: string; eol: string } | undefined {
  const crlf = raw.indexOf('\r\n\r\n')
  const lf = raw.indexOf('\n\n')
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { head: raw.slice(0, crlf), body: raw.slice(crlf + 4), eol: '\r\n' }
  if (lf >= 0) return { head: raw.slice(0, lf), body: raw.slice(lf + 2), eol: '\n' }
  return undefined
}

/** Header fields (folded lines joined to their field) of a header block. */
function fields(head: string, eol: string): string[] {
  const out: string[] = []
  for (const line of head.split(eol)) {
    if (/^[ \t]/.test(line) && out.length) out[out.length - 1] += eol + line
    else out.push(line)
  }
  return out
}

/**
 * The message with only its text/html part: the top-level headers but the MIME ones, then the
 * HTML part's own Content-Type and Content-Transfer-Encoding and its body as they were. Undefined
 * for a message that is not multipart/alternative with an HTML part.
 */
export function htmlOnlyVariant(raw: string): string | undefined {
  const top = splitHead(raw)
  if (!top) return undefined
  const topFields = fields(top.head, top.eol)
  const type = topFields.find((f) => /^content-type:/i.test(f)) ?? ''
  const boundary = /^content-type:\s*multipart\/alternative;[\s\S]*?boundary="?([^";\r\n]+)"?/i.exec(type)?.[1]
  if (!boundary) return undefined
  for (const part of top.body.split(`--${boundary}`).slice(1)) {
    const p = splitHead(part.replace(/^\r?\n/, ''))
    if (!p) continue
    const partFields = fields(p.head, p.eol)
    if (!partFields.some((f) => /^content-type:\s*text\/html/i.test(f))) continue
    const kept = topFields.filter((f) => !/^(?:content-type|content-transfer-encoding|mime-version):/i.test(f))
    const mime = partFields.filter((f) => /^(?:content-type|content-transfer-encoding):/i.test(f))
    const body = p.body.replace(/\r?\n$/, '')
    return `${[...kept, 'MIME-Version: 1.0', ...mime].join(top.eol)}${top.eol}${top.eol}${body}${top.eol}`
  }
  return undefined
}

/** Writes OUT/eval/html-only/KIND-NAME.eml from the evaluation ham already written to OUT; returns the count. */
export function writeHtmlOnly(out: string): Record<string, number> {
  const dir = path.join(out, 'eval', 'html-only')
  fs.mkdirSync(dir, { recursive: true })
  let n = 0
  for (const kind of HTML_ONLY_SOURCES) {
    const source = path.join(out, 'eval', kind)
    if (!fs.existsSync(source)) continue
    for (const file of listMessageFiles(source)) {
      const variant = htmlOnlyVariant(fs.readFileSync(file, 'utf8'))
      if (!variant) continue
      fs.writeFileSync(path.join(dir, `${kind}-${path.basename(file)}`), variant)
      n++
    }
  }
  return { 'eval/html-only': n }
}
