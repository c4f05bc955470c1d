// Our legitimate evaluation mail once more, in two shapes ordinary outbound mail
// often has and our generators do not write: (1) sent HTML only, the text/plain
// alternative left out, as ERPs, shop systems (WooCommerce), CRMs and some mail
// clients send it; (2) sent to undisclosed recipients (Bcc), as announcements to
// customers go out. Evaluation only, never trained on: they measure whether a
// shape alone tips ordinary mail over the threshold (issue 10: HTML-only mail was
// 4.85 % flagged while HTML_ONLY fired on the format alone; Bcc'd mail 1.4 % while
// TO_UNDISCLOSED weighed 1 point on top of a classifier at its cap).
//   written by `node dist/tools/synth.js --out DIR` to DIR/eval/{html-only,bcc}/KIND-NAME.eml
import fs from 'node:fs'
import path from 'node:path'
import { listMessageFiles } from '../cli/mail_files'

/** The kinds of our evaluation ham the variants are made from. */
export const VARIANT_SOURCES = ['transactional', 'newsletters', 'i18n-ham'] as const

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

/** The message sent to undisclosed recipients: its To (and Cc) replaced by "undisclosed-recipients:;". */
export function bccVariant(raw: string): string | undefined {
  const top = splitHead(raw)
  if (!top) return undefined
  const kept = fields(top.head, top.eol).filter((f) => !/^(?:to|cc):/i.test(f))
  const at = kept.findIndex((f) => /^subject:/i.test(f))
  kept.splice(at < 0 ? kept.length : at, 0, 'To: undisclosed-recipients:;')
  return `${kept.join(top.eol)}${top.eol}${top.eol}${top.body}`
}

/** Writes OUT/eval/html-only/KIND-NAME.eml and OUT/eval/bcc/KIND-NAME.eml from the evaluation ham already written to OUT; returns the counts. */
export function writeVariants(out: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [folder, variant] of [['html-only', htmlOnlyVariant], ['bcc', bccVariant]] as const) {
    const dir = path.join(out, 'eval', folder)
    fs.mkdirSync(dir, { recursive: true })
    let n = 0
    for (const kind of VARIANT_SOURCES) {
      const source = path.join(out, 'eval', kind)
      if (!fs.existsSync(source)) continue
      for (const file of listMessageFiles(source)) {
        const raw = variant(fs.readFileSync(file, 'utf8'))
        if (!raw) continue
        fs.writeFileSync(path.join(dir, `${kind}-${path.basename(file)}`), raw)
        n++
      }
    }
    counts[`eval/${folder}`] = n
  }
  return counts
}
