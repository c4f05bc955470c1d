// src/tools/reaction_mail.ts: renders a Reaction Commerce template package (laid out as the npm package
// lays it out) into messages as a shop's application sends them. Here a package of one template.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { reactionMail, readReactionTemplates } from '../../src/tools/reaction_mail'
import { parseMessage } from '../../src/engine/message'

const made: string[] = []
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true })
})

function fakePackage(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reaction-'))
  made.push(dir)
  fs.mkdirSync(path.join(dir, 'src', 'templates', 'orders'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'src', 'templates', 'coreDefault.js'), 'export default `<p>{{shop.name}}</p>`\n')
  fs.writeFileSync(
    path.join(dir, 'src', 'templates', 'orders', 'shipped.js'),
    'export default `<html><head><style>p{color:red}</style></head><body><p>Hi {{billing.address.fullName}}, your order {{order.referenceId}} from {{shopName}} is on its way with {{shipping.carrier}}.</p><a href="{{orderUrl}}">View order</a></body></html>`\n',
  )
  fs.writeFileSync(
    path.join(dir, 'src', 'templates', 'index.js'),
    [
      'export default [',
      '  { language: "en", title: "Default", name: "coreDefault", template: coreDefaultTemplate, subject: "A message from {{shop.name}}" },',
      '  { language: "en", title: "Shipped", name: "orders/shipped", template: orderShippedTemplate, subject: "{{shop.name}}: Your order has shipped - {{order.referenceId}}" },',
      ']',
    ].join('\n'),
  )
  return dir
}

describe('reaction_mail', () => {
  it('reads the templates and subjects the package lists, without the default one', () => {
    const t = readReactionTemplates(fakePackage())
    expect(t.map((x) => x.name)).toEqual(['orders/shipped'])
    expect(t[0].subject).toBe('{{shop.name}}: Your order has shipped - {{order.referenceId}}')
  })
  it('renders each template for three shops, as multipart/alternative and as HTML only, from the shop\'s own domain', async () => {
    const messages = [...reactionMail(fakePackage())]
    expect(messages.map((m) => m.name)).toEqual([1, 2, 3].flatMap((i) => [`orders-shipped-${i}-alternative.eml`, `orders-shipped-${i}-html-only.eml`]))
    const alt = await parseMessage(Buffer.from(messages[0].raw))
    expect(alt.from?.address).toBe('no-reply@harbourline.example')
    expect(alt.subject).toMatch(/^Harbourline Outfitters: Your order has shipped - HA\d{6}$/)
    expect(alt.hasPlainText && alt.hasHtml).toBe(true)
    expect(alt.text).toMatch(/Hi Susan Whistler, your order HA\d{6} from Harbourline Outfitters is on its way with UPS\./)
    expect(alt.text).not.toContain('color:red')
    expect(alt.links.some((l) => l.host === 'www.harbourline.example')).toBe(true)
    const htmlOnly = await parseMessage(Buffer.from(messages[1].raw))
    expect(htmlOnly.hasPlainText).toBe(false)
    // deterministic: the same seed, the same bytes
    expect([...reactionMail(fakePackage())].map((m) => m.raw)).toEqual(messages.map((m) => m.raw))
  })
})
