// [brands] of config/outpost_policy.ini end to end: a real Haraka (outpost_relay, outpost_policy with the
// shipped models, outpost_quarantine, outpost_route) and a smarthost on loopback. A bill notice that
// names a regional energy supplier the shipped list does not know, sent from another domain with a
// look-alike link, passes; once the admin names the brand in [brands] (a hot reload) the same notice is
// held with BRAND_IMPERSONATION and LOOKALIKE_DOMAIN; a bad [brands] line is refused and the brands stay.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sendMessage } from '../helpers/smtp_client'
import type { ReceivedMessage } from '../helpers/smtp_sink'
import { CLIENT, gatewaySuite, outpost, waitFor } from './quarantine_fixtures'

const POLICY = '[main]\nthreshold = 8\naction = quarantine\n'

function billNotice(id: string): string {
  return [
    'From: "Nordwerk Energie" <alice@corp.example>',
    'To: bob@partner.example',
    `Subject: Ihre Jahresabrechnung 2026 liegt bereit (${id})`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${id}@corp.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Guten Tag,',
    '',
    'Ihre Jahresabrechnung 2026 für Strom liegt in Ihrem Kundenkonto bereit. Wegen einer offenen Zahlung',
    'wurde Ihr Konto gesperrt. Sie können die Abrechnung hier ansehen und begleichen:',
    '',
    `https://nordwerkenergie-kundenportal.example/rechnung/2026?ref=${id}`,
    '',
    'Mit freundlichen Grüßen',
    'Ihr Kundenservice',
    '',
  ].join('\r\n')
}

describe('[brands]: the admin names a brand the shipped list lacks (issue 10)', () => {
  const gateway = gatewaySuite()

  const relay = async (raw: string) => (await sendMessage({ port: gateway.haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw })).final
  const policyFile = () => path.join(gateway.haraka.dir, 'config', 'outpost_policy.ini')

  it('unknown, the brand is nobody\'s and the notice passes; named in [brands], the same notice is held with the brand rules\' evidence', async () => {
    const before = await relay(billNotice('brand-before'))
    expect(before.code).toBe(250)
    expect(before.text).not.toMatch(/held for review/)
    await waitFor('the notice at the smarthost', () => gateway.sink.messages.find((m: ReceivedMessage) => m.raw.toString().includes('brand-before@corp.example')))

    fs.writeFileSync(policyFile(), `${POLICY}\n[brands]\nNordwerk Energie = nordwerk-energie.de\n`)
    await gateway.haraka.waitForLog(/outpost_policy\.ini reloaded/, 40_000)

    const after = await relay(billNotice('brand-after'))
    expect(after.code).toBe(250)
    expect(after.text).toMatch(/held for review as/)
    const listed = JSON.parse((await outpost(gateway.haraka.dir, 'list', '--json')).stdout)
    const entry = listed.find((e: { subject: string }) => e.subject.includes('brand-after'))
    const meta = JSON.parse((await outpost(gateway.haraka.dir, 'show', entry.id, '--json')).stdout)
    const evidence = Object.fromEntries(meta.symbols.map((s: { name: string; evidence?: string }) => [s.name, s.evidence ?? '']))
    expect(evidence.BRAND_IMPERSONATION).toContain('Nordwerk Energie')
    expect(evidence.LOOKALIKE_DOMAIN).toBe('nordwerkenergie-kundenportal.example')
    await new Promise((r) => setTimeout(r, 500))
    expect(gateway.sink.messages.find((m: ReceivedMessage) => m.raw.toString().includes('brand-after@corp.example'))).toBeUndefined()
  }, 90_000)

  it('a bad [brands] line is refused at reload, naming file, line and brands.NAME, and the brands in force stay', async () => {
    fs.writeFileSync(policyFile(), `${POLICY}\n[brands]\nNordwerk Energie = nordwerk-energie.de\nNW = nw.example\n`)
    await gateway.haraka.waitForLog(/\[ERROR\].*outpost_policy\.ini not reloaded, keeping the previous settings: config\/outpost_policy\.ini:7: brands\.NW = "nw\.example": expected a brand name of at least 3 letters/, 40_000)
    const again = await relay(billNotice('brand-kept'))
    expect(again.code).toBe(250)
    expect(again.text).toMatch(/held for review as/)
  }, 90_000)
})
