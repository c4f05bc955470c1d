// Builders for raw test messages (engine unit tests). Each returns a Buffer
// as SMTP DATA would carry it, with CRLF line ends.

export interface MailParts {
  headers?: Record<string, string | undefined>
  /** text/plain body, unless html or raw body is given */
  text?: string
  html?: string
  /** extra MIME parts after the body: [headers block, body] */
  attachments?: Array<{ filename: string; contentType?: string; content: Buffer | string }>
}

export const CLEAN_HEADERS: Record<string, string> = {
  From: 'Alice Example <alice@example.com>',
  To: 'Bob Partner <bob@partner.example.org>',
  Subject: 'Minutes of Tuesday meeting',
  Date: 'Tue, 14 May 2024 10:12:00 +0200',
  'Message-ID': '<20240514101200.1234@mail.example.com>',
  'MIME-Version': '1.0',
}

export const CLEAN_TEXT =
  'Hi Bob,\n\nattached are my notes from Tuesday. We agreed to move the delivery to the 24th and to\n' +
  'review the invoice figures together next week. Let me know if I missed anything.\n\nBest regards,\nAlice\n'

export function buildMail(parts: MailParts = {}): Buffer {
  const headers: Record<string, string | undefined> = { ...CLEAN_HEADERS, ...parts.headers }
  const lines: string[] = []
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) lines.push(`${k}: ${v}`)
  const text = parts.text ?? (parts.html === undefined ? CLEAN_TEXT : undefined)
  const attachments = parts.attachments ?? []
  if (!attachments.length && (text === undefined) !== (parts.html === undefined)) {
    lines.push(text !== undefined ? 'Content-Type: text/plain; charset=utf-8' : 'Content-Type: text/html; charset=utf-8')
    return Buffer.from(lines.join('\r\n') + '\r\n\r\n' + (text ?? parts.html ?? '').replace(/\r?\n/g, '\r\n'))
  }
  const b = 'b-outpost-test'
  lines.push(`Content-Type: multipart/mixed; boundary="${b}"`)
  const body: string[] = []
  if (text !== undefined && parts.html !== undefined) {
    body.push(`--${b}`, 'Content-Type: multipart/alternative; boundary="alt"', '', '--alt', 'Content-Type: text/plain; charset=utf-8', '', text,
      '--alt', 'Content-Type: text/html; charset=utf-8', '', parts.html, '--alt--')
  } else if (text !== undefined) body.push(`--${b}`, 'Content-Type: text/plain; charset=utf-8', '', text)
  else body.push(`--${b}`, 'Content-Type: text/html; charset=utf-8', '', parts.html as string)
  for (const a of attachments) {
    const content = Buffer.isBuffer(a.content) ? a.content : Buffer.from(a.content)
    body.push(`--${b}`, `Content-Type: ${a.contentType ?? 'application/octet-stream'}; name="${a.filename}"`,
      `Content-Disposition: attachment; filename="${a.filename}"`, 'Content-Transfer-Encoding: base64', '',
      content.toString('base64').replace(/.{76}/g, '$&\r\n'))
  }
  body.push(`--${b}--`, '')
  return Buffer.from(lines.join('\r\n') + '\r\n\r\n' + body.join('\r\n').replace(/\r?\n/g, '\r\n'))
}
