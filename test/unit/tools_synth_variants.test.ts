// Our evaluation ham sent HTML only and to undisclosed recipients
// (src/tools/synth_variants.ts): the same message, with the text/plain
// alternative left out, or To/Cc replaced, and everything else kept.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../src/engine/message'
import { bccVariant, htmlOnlyVariant, writeVariants } from '../../src/tools/synth_variants'
import { mimeMessage } from '../../src/tools/mail_build'
import { prng } from '../../src/engine/logreg/model'

const HEADERS = ['From: Casa & Cozinha <loja@casa-cozinha.example>', 'To: ana@homemail.example', 'Subject: =?UTF-8?Q?Entrega_agendada?=', 'Date: Tue, 08 Jul 2025 11:10:17 +0000', 'Message-ID: <a1@casa-cozinha.example>', 'MIME-Version: 1.0']
const HTML = '<p>A entrega está agendada para 13/08/2026.</p><p><a href="https://www.casa-cozinha.example/pedidos/1">Ver pedido</a></p>'

describe('variants of our evaluation ham', () => {
  it('keeps the headers and the HTML part, and leaves out the text alternative', async () => {
    for (const seed of [1, 2, 3, 4]) {
      // both encodings of the HTML part (mimeMessage picks quoted-printable or base64 at random)
      const raw = mimeMessage(prng(seed), HEADERS, HTML, 'A entrega está agendada para 13/08/2026.')
      const original = await parseMessage(Buffer.from(raw))
      const variant = htmlOnlyVariant(raw)!
      const msg = await parseMessage(Buffer.from(variant))
      expect(msg.hasHtml && !msg.hasPlainText).toBe(true)
      expect(original.hasPlainText).toBe(true)
      expect(msg.subject).toBe('Entrega agendada')
      expect(msg.from?.address).toBe('loja@casa-cozinha.example')
      expect(msg.html).toBe(original.html)
      expect(msg.links.map((l) => l.url)).toEqual(['https://www.casa-cozinha.example/pedidos/1'])
      expect(variant.match(/^MIME-Version:/gim)).toHaveLength(1)
    }
  })
  it('has no variant of a text-only message', () => {
    expect(htmlOnlyVariant(mimeMessage(prng(1), HEADERS, undefined, 'plain words'))).toBeUndefined()
  })
  it('sends the same message to undisclosed recipients', async () => {
    const raw = mimeMessage(prng(3), [...HEADERS.slice(0, 2), 'Cc: rui@homemail.example', ...HEADERS.slice(2)], HTML, 'text')
    const msg = await parseMessage(Buffer.from(bccVariant(raw)!))
    const original = await parseMessage(Buffer.from(raw))
    expect(msg.to).toEqual([])
    expect(msg.cc).toEqual([])
    expect(msg.headers.get('to')).toEqual(['undisclosed-recipients:;'])
    expect(msg.subject).toBe(original.subject)
    expect(msg.text).toBe(original.text)
    expect(msg.html).toBe(original.html)
  })
  it('writes DIR/eval/{html-only,bcc}/KIND-NAME.eml from the evaluation ham in DIR', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outpost-variants-'))
    try {
      fs.mkdirSync(path.join(dir, 'eval', 'transactional'), { recursive: true })
      fs.writeFileSync(path.join(dir, 'eval', 'transactional', '0001-default-receipt.eml'), mimeMessage(prng(5), HEADERS, HTML, 'text'))
      fs.writeFileSync(path.join(dir, 'eval', 'transactional', '0002-plain-receipt.eml'), mimeMessage(prng(5), HEADERS, undefined, 'text'))
      expect(writeVariants(dir)).toEqual({ 'eval/html-only': 1, 'eval/bcc': 2 })
      expect(fs.readdirSync(path.join(dir, 'eval', 'html-only'))).toEqual(['transactional-0001-default-receipt.eml'])
      expect(fs.readdirSync(path.join(dir, 'eval', 'bcc')).sort()).toEqual(['transactional-0001-default-receipt.eml', 'transactional-0002-plain-receipt.eml'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
