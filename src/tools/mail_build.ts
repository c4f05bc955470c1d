// Pieces of a synthetic message shared by the generators of our own mail
// (src/tools/synth.ts: transactional and newsletter ham; src/tools/synth_lures.ts:
// lures): picking with the seeded PRNG, invented recipients, the transfer
// encodings, RFC 2047 subjects, Message-IDs in the style of the sending
// software and the MIME assembly.

import fs from 'node:fs'
import path from 'node:path'

/** the sending software: how Message-ID, X-Mailer and the MIME layout look */
export type Mailer = 'nodemailer' | 'phpmailer' | 'exchange' | 'postfix' | 'rails' | 'django'
export const MAILERS: Mailer[] = ['nodemailer', 'phpmailer', 'exchange', 'postfix', 'rails', 'django']

export const FIRST = ['Anna', 'Ben', 'Chloé', 'David', 'Eva', 'Farid', 'Greta', 'Hiro', 'Inês', 'Jonas', 'Katarzyna', 'Luis', 'Maya', 'Nikolai', 'Olivia', 'Pieter', 'Quentin', 'Rosa', 'Sven', 'Tomás', 'Uma', 'Vera', 'Wei', 'Yusuf', 'Zoë']
export const LAST = ['Müller', 'Smith', 'de Vries', 'Rossi', 'García', 'Dubois', 'Kowalski', 'Silva', 'Tanaka', 'Okafor', 'Johansson', 'Novak', 'Schmidt', 'Brown', 'Costa']
export const RCPT_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'web.de', 'icloud.com', 'proton.me', 'ziggo.nl', 'orange.fr', 'libero.it', 'uol.com.br', 'acme-corp.com', 'stadtwerke-nord.de']
export const CITIES = ['Berlin', 'Rotterdam', 'Leeds', 'Lyon', 'Porto', 'Milan', 'Austin', 'Toronto', 'Gdańsk', 'Valencia']

export const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]
export const token = (r: () => number, n: number) => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(r() * 36)]).join('')

export function qp(text: string): string {
  const bytes = Buffer.from(text, 'utf8')
  let out = ''
  let line = ''
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    let enc: string
    if (b === 10) {
      out += line.replace(/[ \t]$/, (m) => `=${m.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) + '\r\n'
      line = ''
      continue
    }
    if (b === 13) continue
    if ((b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9) enc = String.fromCharCode(b)
    else enc = `=${b.toString(16).toUpperCase().padStart(2, '0')}`
    if (line.length + enc.length > 75) {
      out += line + '=\r\n'
      line = ''
    }
    line += enc
  }
  return out + line
}

export function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n')
}

export function encodeWord(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`
}

/** A Message-ID in the style of the sending software. */
export function messageId(r: () => number, mailer: Mailer, domain: string, date: Date): string {
  switch (mailer) {
    case 'nodemailer': return `<${[token(r, 8), token(r, 4), token(r, 4), token(r, 4), token(r, 12)].join('-')}@${domain}>`
    case 'phpmailer': return `<${token(r, 32)}@${domain}>`
    case 'exchange': return `<${token(r, 20).toUpperCase()}@EXCH0${1 + Math.floor(r() * 3)}.corp.${domain}>`
    case 'postfix': return `<${date.toISOString().replace(/\D/g, '').slice(0, 14)}.${token(r, 10).toUpperCase()}@mail.${domain}>`
    case 'rails': return `<${token(r, 24)}_${token(r, 4)}@app-${1 + Math.floor(r() * 9)}.${domain}.mail>`
    case 'django': return `<${Math.floor(r() * 1e15)}.${Math.floor(r() * 1e4)}.${Math.floor(r() * 1e18)}@web${Math.floor(r() * 5)}.${domain}>`
  }
}

/**
 * Headers plus body as a gateway receives it: text/plain (quoted-printable) when
 * there is no HTML, else multipart/alternative with the HTML quoted-printable or
 * base64 at random; htmlOnly sends the HTML as the only part (as much bulk mail does).
 */
export function mimeMessage(r: () => number, headers: string[], html: string | undefined, text: string, htmlOnly = false): string {
  const h = [...headers]
  if (!html) {
    h.push('Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable')
    return `${h.join('\r\n')}\r\n\r\n${qp(text)}\r\n`
  }
  if (htmlOnly) {
    const enc = r() < 0.5 ? 'quoted-printable' : 'base64'
    h.push('Content-Type: text/html; charset=utf-8', `Content-Transfer-Encoding: ${enc}`)
    return `${h.join('\r\n')}\r\n\r\n${enc === 'base64' ? b64(html) : qp(html)}\r\n`
  }
  const boundary = `----=_Part_${Math.floor(r() * 1e6)}_${token(r, 10)}.${Date.UTC(2025, 0, 1)}`
  h.push(`Content-Type: multipart/alternative; boundary="${boundary}"`)
  const htmlEncoding = r() < 0.5 ? 'quoted-printable' : 'base64'
  const parts = [
    `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(text)}\r\n`,
    `--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: ${htmlEncoding}\r\n\r\n${htmlEncoding === 'base64' ? b64(html) : qp(html)}\r\n`,
  ]
  return `${h.join('\r\n')}\r\n\r\n${parts.join('')}--${boundary}--\r\n`
}


/** Writes each message to OUT/<its part>/FOLDER/<its name>; returns the counts per part ("train/FOLDER": n). */
export function writeMessages(out: string, folder: string, messages: Iterable<{ split: string; name: string; raw: string }>): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const m of messages) {
    const dir = path.join(out, m.split, folder)
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, m.name), m.raw)
    counts[`${m.split}/${folder}`] = (counts[`${m.split}/${folder}`] ?? 0) + 1
  }
  return counts
}
