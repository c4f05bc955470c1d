// Issue 9 item 6: bare CR and NUL in DATA (the SMTP smuggling family). Haraka
// refuses a bare LF itself; a bare CR or a NUL must not reach the smarthost
// either (a next hop that ends DATA on <CR>.<CR> would see a second message).
import { describe, expect, it } from 'vitest'
import { useGateway } from '../helpers/gateway'
import { makeMessage, smtpSession } from '../helpers/smtp_client'

const CLIENT = '127.0.0.10'
const RELAY_INI = '[trusted_networks]\n127.0.0.10/32 = Exchange-01\n'

function head(marker: string): string {
  return makeMessage({ from: 'alice@example.com', to: 'bob@external.test', subject: `bare ${marker}`, headers: { 'X-Test-Marker': marker }, body: '' })
}

const SMUGGLED = 'MAIL FROM:<ceo@tenantb.test>\r\nRCPT TO:<victim@external.test>\r\nDATA\r\nFrom: ceo@tenantb.test\r\nSubject: smuggled\r\n\r\nsmuggled\r\n'

// each is the whole DATA stream, with the terminator
const cases: Array<[string, (m: string) => string]> = [
  ['<CR>.<CR><LF> inside a line', (m) => `${head(m)}Hello\r.\r\n${SMUGGLED}.\r\n`],
  ['<CR><LF>.<CR> (dot line ended by a bare CR)', (m) => `${head(m)}Hello\r\n.\r${SMUGGLED}.\r\n`],
  ['<CR><CR><LF>.<CR><CR><LF>', (m) => `${head(m)}Hello\r\r\n.\r\r\n${SMUGGLED}.\r\n`],
  ['NUL after the dot', (m) => `${head(m)}Hello\r\n.\0\r\n${SMUGGLED}.\r\n`],
  ['a bare CR inside a body line', (m) => `${head(m)}Total:\r100 EUR\r\n.\r\n`],
  ['a bare CR inside a header', (m) => `X-Note: one\rtwo\r\n${head(m)}Hello\r\n.\r\n`],
  ['a NUL inside a body line', (m) => `${head(m)}Hel\0lo\r\n.\r\n`],
]

describe('bare CR and NUL in DATA', () => {
  const gw = useGateway(() => ({ 'config/outpost_relay.ini': RELAY_INI }))

  it.each(cases)('%s: 550 5.6.0 at end of data, nothing reaches the smarthost', async (_name, data) => {
    const marker = `cr-${Math.random().toString(36).slice(2)}`
    const s = await smtpSession({ port: gw.haraka.port, localAddress: CLIENT })
    expect((await s.greeting).code).toBe(220)
    await s.ehlo('client.test')
    expect((await s.mail('alice@example.com')).code).toBe(250)
    expect((await s.rcpt('bob@external.test')).code).toBe(250)
    const reply = await s.dataRaw(data(marker))
    expect(reply.code).toBe(550)
    expect(reply.text).toMatch(/^5\.6\.0 .*(bare CR|NUL)/)
    // the session goes on: a clean message on the same connection is delivered
    expect((await s.mail('alice@example.com')).code).toBe(250)
    expect((await s.rcpt('bob@external.test')).code).toBe(250)
    const clean = `${marker}-clean`
    expect((await s.data(makeMessage({ from: 'alice@example.com', to: 'bob@external.test', headers: { 'X-Test-Marker': clean } }))).code).toBe(250)
    await s.quit()
    const deadline = Date.now() + 15_000
    const has = (m: string) => gw.sink.messages.some((x) => x.raw.toString('latin1').includes(`X-Test-Marker: ${m}\r\n`))
    while (!has(clean) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    expect(has(clean)).toBe(true)
    expect(has(marker)).toBe(false)
    expect(gw.sink.messages.filter((x) => /smuggled/.test(x.raw.toString('latin1')) || x.to.includes('victim@external.test'))).toHaveLength(0)
    expect(gw.sink.messages.every((x) => !x.raw.includes(0) && !/\r(?!\n)/.test(x.raw.toString('latin1')))).toBe(true)
  })
})
