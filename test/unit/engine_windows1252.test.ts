// windows-1252 read as the WHATWG Encoding Standard reads it (src/engine/windows1252.ts), whatever the Node running the
// tests: Node 20's TextDecoder reads bytes 0x80-0x9F of windows-1252, iso-8859-1 and us-ascii as C1 control characters
// (nodejs/node#56542), Node 22's as the standard says. These tests failed on Node 20 before the engine decoded these
// charsets itself (issue 10, thirty-eighth round).
import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../src/engine/message'
import { c1AsWindows1252, decodeWindows1252, readsAsWindows1252 } from '../../src/engine/windows1252'

/** WHATWG's index-windows-1252 for bytes 0x80-0x9F (the five undefined bytes map to their C1 code points). */
const INDEX_0X80 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

function mail(headers: string[], body: string): Buffer {
  return Buffer.from([...headers, '', body, ''].join('\r\n'), 'latin1')
}

describe('windows-1252', () => {
  it('decodes every byte as WHATWG does: 0x80-0x9F by its index, the rest as Latin-1', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    const decoded = [...decodeWindows1252(all)].map((c) => c.codePointAt(0))
    expect(decoded.slice(0x80, 0xa0)).toEqual(INDEX_0X80)
    expect(decoded.slice(0, 0x80)).toEqual(Array.from({ length: 0x80 }, (_, i) => i))
    expect(decoded.slice(0xa0)).toEqual(Array.from({ length: 0x60 }, (_, i) => 0xa0 + i))
    expect(c1AsWindows1252('don\u0092t pay \u0080 10 \u0096 now\u0085')).toBe('don’t pay € 10 – now…')
    expect(c1AsWindows1252('plain text')).toBe('plain text')
  })

  it('is the charset of the labels WHATWG reads as windows-1252 and of a label it does not know, not of others', () => {
    for (const label of ['windows-1252', 'ISO-8859-1', 'latin1', 'us-ascii', 'ascii', 'cp1252', ' iso_8859-1 ', 'x-no-such-charset']) expect(readsAsWindows1252(label), label).toBe(true)
    for (const label of ['utf-8', undefined, 'iso-8859-2', 'iso-8859-15', 'windows-1250', 'koi8-r', 'gb2312']) expect(readsAsWindows1252(label), String(label)).toBe(false)
  })

  it('a quoted-printable windows-1252 text and its encoded subject and sender name are read with their curly quotes, dash and euro sign', async () => {
    const msg = await parseMessage(
      mail(
        ['From: =?windows-1252?Q?J=92s_Shop?= <shop@example.com>', 'To: tom@example.org', 'Subject: =?iso-8859-1?Q?Refund_of_=80_10_=96_don=92t_wait?=',
          'Content-Type: text/plain; charset=windows-1252', 'Content-Transfer-Encoding: quoted-printable'],
        'We=92ve limited =93your=94 account =96 pay =8010=85',
      ),
    )
    expect(msg.subject).toBe('Refund of € 10 – don’t wait')
    expect(msg.from?.name).toBe('J’s Shop')
    expect(msg.text.trim()).toBe('We’ve limited “your” account – pay €10…')
  })

  it('a base64 iso-8859-1 HTML part, a raw 8-bit part of an unknown charset and an attachment name are read so too', async () => {
    const html = Buffer.from('<p>We\x92ve limited your account \x80 5</p>', 'latin1').toString('base64')
    const msg = await parseMessage(
      mail(
        ['From: a@example.com', 'To: b@example.org', 'Subject: x', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"'],
        ['--b', 'Content-Type: text/html; charset=iso-8859-1', 'Content-Transfer-Encoding: base64', '', html,
          '--b', 'Content-Type: text/plain; charset=x-unknown', 'Content-Transfer-Encoding: 8bit', '', 'raw \x92 byte \x80',
          '--b', 'Content-Type: application/pdf; name="=?windows-1252?Q?Rechnung_=96_M=E4rz.pdf?="', 'Content-Transfer-Encoding: base64', '', 'JVBERi0xLjQK',
          '--b--'].join('\r\n'),
      ),
    )
    expect(msg.htmlText).toContain('We’ve limited your account € 5')
    expect(msg.text).toContain('raw ’ byte €')
    expect(msg.attachments.map((a) => a.filename)).toEqual(['Rechnung – März.pdf'])
  })

  it('a raw 8-bit byte in a quoted-printable windows-1252 part is read as the escaped one is (thirty-ninth round)', async () => {
    // postal-mime's quoted-printable decoder decoded each encoded line with the part's charset, encoded it back as UTF-8
    // and decoded the part's bytes again at the end: a raw 0x92 came out as "â€™" (on Node 20 "Â’"); the engine now
    // keeps the lines as their bytes (src/engine/postal.ts, BINARY_LINES) and decodes the part once
    const msg = await parseMessage(mail(['From: a@example.com', 'Subject: x', 'Content-Type: text/plain; charset=windows-1252', 'Content-Transfer-Encoding: quoted-printable'], 'raw \x92 and =92 escaped'))
    expect(msg.text.trim()).toBe('raw ’ and ’ escaped')
  })

  it('a UTF-8 text part keeps what it says: a C1 character written in UTF-8 is not read as windows-1252', async () => {
    const msg = await parseMessage(mail(['From: a@example.com', 'Subject: x', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit'], 'caf\xc3\xa9 \xc2\x92 \xe2\x80\x99'))
    expect(msg.text.trim()).toBe('café \u0092 ’')
  })
})
