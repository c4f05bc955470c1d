// Reputation test helpers: config from text, and feedback reports about a
// message the gateway sent, in the formats of test/fixtures/reputation.
import fs from 'node:fs'
import path from 'node:path'
import { parseIni } from '../../src/lib/ini'
import { readReputationConfig, ReputationConfig } from '../../src/reputation/config'

export const REPUTATION_FIXTURES = path.join(__dirname, '..', 'fixtures', 'reputation')

export function parseReputation(text: string, dir = '/srv/outpost'): ReputationConfig {
  return readReputationConfig(parseIni(text, 'config/outpost_reputation.ini'), dir)
}

export function reputationFixture(name: string): string {
  return fs.readFileSync(path.join(REPUTATION_FIXTURES, name), 'utf8')
}

/** The RFC 5965 sample, about the message with this Message-ID (no brackets) and envelope sender. */
export function arfReportAbout(messageId: string, sender: string): string {
  return reputationFixture('arf-rfc5965.eml').replaceAll('20261203085500.77a1c3@example.org', messageId).replaceAll('alice@example.org', sender)
}

/** The Microsoft JMRP sample (original attached), about this message. */
export function jmrpReportAbout(messageId: string, sender: string): string {
  return reputationFixture('jmrp-attached.eml').replaceAll('20261203111058.5d0e91@example.org', messageId).replaceAll('alice@example.org', sender)
}
