import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { NotAFeedbackReport, parseFeedbackReport } from '../../src/reputation/feedback'

const dir = path.join(__dirname, '..', 'fixtures', 'reputation')
const sample = (name: string): Buffer => fs.readFileSync(path.join(dir, name))

describe('parseFeedbackReport', () => {
  it('reads an RFC 5965 ARF report with the original attached', async () => {
    const r = await parseFeedbackReport(sample('arf-rfc5965.eml'))
    expect(r).toMatchObject({
      format: 'arf',
      feedbackType: 'abuse',
      reporter: 'feedbackloop@mailbox.example.net',
      userAgent: 'ExampleFBL/1.0',
      messageId: '20261203085500.77a1c3@example.org',
      originalMailFrom: 'alice@example.org',
      originalFrom: 'alice@example.org',
      complainant: 'complainer@mailbox.example.net',
      sourceIp: '203.0.113.25',
      subject: 'Quarterly report',
      hasOriginal: true,
    })
  })

  it('reads an ARF report that carries only the original headers (text/rfc822-headers)', async () => {
    const r = await parseFeedbackReport(sample('arf-headers-only.eml'))
    expect(r).toMatchObject({
      format: 'arf',
      feedbackType: 'abuse',
      userAgent: 'AOL SComp',
      messageId: '20261203090011.4f2e@example.org',
      originalMailFrom: 'bob@sales.example.org',
      originalFrom: 'bob@sales.example.org',
      sourceIp: '203.0.113.25',
    })
  })

  it('reads real ARF reports from the sisimai set (Yahoo via Amazon SES; Return Path, original redacted)', async () => {
    const yahoo = await parseFeedbackReport(sample('sisimai-arf-14.eml'))
    expect(yahoo).toMatchObject({
      format: 'arf',
      feedbackType: 'abuse',
      userAgent: 'Yahoo!-Mail-Feedback/2.0',
      messageId: '2222222222222222-00000000-eeee-eeee-ffff-222222222222-111111@email.amazonses.com',
      originalFrom: 'kijitora@example.jp',
      complainant: 'kijitora@y.example.com',
    })
    expect(yahoo.originalMailFrom).toMatch(/@amazonses\.com$/)
    const rp = await parseFeedbackReport(sample('sisimai-arf-25.eml'))
    expect(rp).toMatchObject({ format: 'arf', feedbackType: 'abuse', originalMailFrom: 'alice@example.com', sourceIp: '10.0.0.1', messageId: undefined })
  })

  it("reads Microsoft JMRP's own format with the original attached", async () => {
    const r = await parseFeedbackReport(sample('jmrp-attached.eml'))
    expect(r).toMatchObject({
      format: 'jmrp',
      feedbackType: 'abuse',
      reporter: 'staff@hotmail.com',
      messageId: '20261203111058.5d0e91@example.org',
      originalMailFrom: 'alice@example.org',
      originalFrom: 'alice@example.org',
      pra: 'alice@example.org',
      complainant: 'carol.complainer@outlook.com',
      sourceIp: '203.0.113.25',
      hasOriginal: true,
    })
  })

  it('reads the older JMRP form with the original inline', async () => {
    const r = await parseFeedbackReport(sample('jmrp-inline.eml'))
    expect(r).toMatchObject({
      format: 'jmrp',
      messageId: '20261203120137.0c11@example.org',
      originalMailFrom: 'bounces+newsletter@example.org',
      originalFrom: 'newsletter@example.org',
      pra: 'newsletter@example.org',
      complainant: 'dave.d@hotmail.com',
    })
  })

  it('refuses ordinary mail, a report without its machine-readable part, and oversized input', async () => {
    await expect(parseFeedbackReport(Buffer.from('From: a@example.org\r\nSubject: hi\r\n\r\nhello\r\n'))).rejects.toBeInstanceOf(NotAFeedbackReport)
    const broken = sample('arf-rfc5965.eml').toString().replace('Content-Type: message/feedback-report', 'Content-Type: text/plain')
    await expect(parseFeedbackReport(Buffer.from(broken))).rejects.toThrow(/without a message\/feedback-report part/)
    await expect(parseFeedbackReport(Buffer.alloc(3 * 1024 * 1024, 0x41))).rejects.toThrow(/larger than/)
  })
})
