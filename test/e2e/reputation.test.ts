// Reputation end to end, through a real Haraka: feedback-loop reports sent to
// the gateway's feedback address are attributed to the sender of the original,
// and a sender over the complaint threshold is locked with an alert at the
// smarthost and the webhook; SNDS data turning an IP RED makes one alert; a
// listing of a public address in a blocklist zone on a loopback DNS server
// makes one alert per new listing, remembered across restarts.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outpost } from '../helpers/outpost_cli'
import { HarakaProcess, startHaraka } from '../helpers/haraka'
import { smarthostIni } from '../helpers/gateway'
import { DnsServer, startDnsServer } from '../helpers/dns_server'
import { startHttpServer, TestHttpServer } from '../helpers/http_server'
import { arfReportAbout, jmrpReportAbout, reputationFixture } from '../helpers/reputation'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { ReceivedMessage, Sink, startSink } from '../helpers/smtp_sink'
import { startRedis, TestRedis } from '../helpers/redis'

const UNTRUSTED = '127.0.0.2'


const RELAY_INI = '[main]\nreject_untrusted = false\n[trusted_networks]\n127.0.0.1/32 = Exchange\n[internal_networks]\n127.0.0.1/32 = Exchange\n'

function alertsIn(sink: Sink, kind: string): ReceivedMessage[] {
  return sink.messages.filter((m) => m.to.includes('admin@example.org') && m.raw.toString().includes(`X-Outpost-Notice: alert-${kind}`))
}

function messageIdOf(m: ReceivedMessage): string {
  const id = /^Message-ID:\s*<([^>]+)>/im.exec(m.raw.toString())?.[1]
  if (!id) throw new Error('no Message-ID')
  return id
}

async function until(what: string, test: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

const count = (text: string, re: RegExp): number => (text.match(new RegExp(re.source, 'g')) ?? []).length

describe('feedback loops: ARF and JMRP to the feedback address', () => {
  let sink: Sink
  let hook: TestHttpServer
  let gw: HarakaProcess
  beforeAll(async () => {
    sink = await startSink()
    hook = await startHttpServer()
    gw = await startHaraka({
      files: {
        'config/outpost_route.ini': smarthostIni(sink),
        'config/outpost_relay.ini': RELAY_INI,
        'config/outpost_reputation.ini':
          '[feedback]\naddress = fbl@gw.example.org\nmin_complaints = 2\ncomplaint_rate = 1%\n' +
          `[reputation]\nnotify = admin@example.org\nwebhook_url = ${hook.base}/hook\n`,
      },
    })
  })
  afterAll(async () => {
    await gw?.stop()
    await sink?.close()
    await hook?.close()
  })

  it('attributes an ARF and a JMRP report to the sender of the original, then locks it and alerts the admin', async () => {
    // alice sends two messages through the gateway, bob one
    for (const [from, to] of [
      ['alice@example.org', 'carol@outlook.example'],
      ['alice@example.org', 'dave@yahoo.example'],
      ['bob@example.org', 'erin@yahoo.example'],
    ]) {
      const r = await sendMessage({ port: gw.port, from, to: [to], raw: makeMessage({ from, to }) })
      expect(r.final.code).toBe(250)
    }
    const sent = await sink.waitForMessages(3)
    const [m1, m2] = sent.filter((m) => m.from === 'alice@example.org').map(messageIdOf)

    // the mailbox provider's feedback server: an untrusted client, which may not relay...
    const relay = await sendMessage({ port: gw.port, localAddress: UNTRUSTED, from: 'staff@hotmail.com', to: ['someone@elsewhere.example'], raw: makeMessage({ from: 'staff@hotmail.com', to: 'someone@elsewhere.example' }) })
    expect(relay.final.code).toBe(550)
    // ...but may deliver a report; Original-Mail-From names someone else: the Message-ID decides
    const arf = await sendMessage({ port: gw.port, localAddress: UNTRUSTED, from: 'fbl-bounces@mailbox.example.net', to: ['fbl@gw.example.org'], raw: arfReportAbout(m1, 'forged@example.org') })
    expect(arf.final.code).toBe(250)
    const list1 = await outpost(gw.dir, 'feedback', 'list', '--json')
    expect(list1.code).toBe(0)
    expect(JSON.parse(list1.stdout)).toMatchObject([{ identity: 'alice@example.org', domain: 'example.org', complaints: 1, formats: ['arf'] }])
    expect(alertsIn(sink, 'complaints')).toHaveLength(0)

    // Microsoft JMRP, the original attached: the second complaint crosses min_complaints = 2 and 1%
    const jmrp = await sendMessage({ port: gw.port, localAddress: UNTRUSTED, from: 'staff@hotmail.com', to: ['fbl@gw.example.org'], raw: jmrpReportAbout(m2, 'alice@example.org') })
    expect(jmrp.final.code).toBe(250)
    await until('the complaint alert at the smarthost', () => alertsIn(sink, 'complaints').length === 1)
    const alert = alertsIn(sink, 'complaints')[0]
    expect(alert.from).toBe('')
    expect(alert.raw.toString()).toMatch(/Subject: Outpost: alice@example\.org .*2 spam complaints/)
    expect(alert.raw.toString()).toMatch(/outpost senders unlock alice@example\.org/)
    const posted = await hook.waitForRequests('/hook', 1)
    expect(JSON.parse(posted[0].body)).toMatchObject({ kind: 'complaints', identity: 'alice@example.org', complaints: 2, messages: 2 })
    const list2 = JSON.parse((await outpost(gw.dir, 'feedback', 'list', '--json')).stdout)
    expect(list2).toMatchObject([{ identity: 'alice@example.org', complaints: 2, formats: ['arf', 'jmrp'] }])

    // the sender is locked in the sender-limit state: its next message is held, not delivered
    const show = JSON.parse((await outpost(gw.dir, 'senders', 'show', 'alice@example.org', '--json')).stdout)
    expect(show).toMatchObject({ id: 'alice@example.org', locked: true, lock: { by: 'outpost_reputation', reason: expect.stringMatching(/feedback loops: 2 complaints/) } })
    expect(alert.raw.toString()).toMatch(/The sender is now LOCKED/)
    const delivered = sink.messages.length
    const held = await sendMessage({ port: gw.port, from: 'alice@example.org', to: ['frank@outlook.example'], raw: makeMessage({ from: 'alice@example.org', to: 'frank@outlook.example' }) })
    expect(held.final.code).toBe(250)
    expect(held.final.text).toMatch(/held for review/)
    const bobAgain = await sendMessage({ port: gw.port, from: 'bob@example.org', to: ['frank@outlook.example'], raw: makeMessage({ from: 'bob@example.org', to: 'frank@outlook.example' }) })
    expect(bobAgain.final.code).toBe(250)
    await sink.waitForMessages(delivered + 1)
    expect(sink.messages.slice(delivered).map((m) => m.from)).toEqual(['bob@example.org'])

    // the reports themselves never left the gateway
    expect(sink.messages.filter((m) => m.to.includes('fbl@gw.example.org'))).toHaveLength(0)
    expect(gw.logs()).toMatch(/jmrp abuse report from staff@hotmail\.com about <[^>]+>: alice@example\.org \(by message-id\)/)
  })

  it('outpost stats shows messages, recipients, held mail and complaints per sender and per domain', async () => {
    const want = (j: any) => j.senders.find((r: any) => r.subject === 'alice@example.org')?.messages === 3
    const all = await statsOf(gw.dir, want)
    expect(all.senders.find((r: any) => r.subject === 'alice@example.org')).toMatchObject({ messages: 3, recipients: 3, quarantined: 1, complaints: 2, failures: 0 })
    expect(all.senders.find((r: any) => r.subject === 'bob@example.org')).toMatchObject({ messages: 2, complaints: 0 })
    expect(all.domains.find((r: any) => r.subject === 'example.org')).toMatchObject({ messages: 5, complaints: 2 })
    const one = await outpost(gw.dir, 'stats', '--sender', 'alice@example.org', '--since', '2h')
    expect(one.code).toBe(0)
    expect(one.stdout).toMatch(/id:alice@example\.org since .* per hour/)
    expect(one.stdout).toMatch(/total\s+3\s+3\s+0\s+1\s+2\s+0/)
  })

  it('refuses mail to the feedback address that is not a report, and reports mixed with other recipients', async () => {
    const plain = await sendMessage({ port: gw.port, localAddress: UNTRUSTED, from: 'x@elsewhere.example', to: ['fbl@gw.example.org'], raw: makeMessage({ from: 'x@elsewhere.example', to: 'fbl@gw.example.org' }) })
    expect(plain.final.code).toBe(550)
    expect(plain.final.text).toMatch(/Not a feedback report/)
    const mixed = await sendMessage({ port: gw.port, from: 'alice@example.org', to: ['carol@outlook.example', 'fbl@gw.example.org'], raw: reputationFixture('arf-rfc5965.eml') })
    expect(mixed.rcpt[1].code).toBe(452)
  })

  it('outpost feedback ingest reads a saved report and counts it once, whether or not the gateway saw it', async () => {
    const file = path.join(gw.dir, 'report.eml')
    fs.writeFileSync(file, reputationFixture('arf-headers-only.eml'))
    const first = await outpost(gw.dir, 'feedback', 'ingest', file)
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/ARF abuse from scomp@aol\.net about <20261203090011\.4f2e@example\.org>: bob@sales\.example\.org \(by sender address\); not counted: the address named in the report sent nothing/)
    const again = await outpost(gw.dir, 'feedback', 'ingest', file)
    expect(again.stdout).toMatch(/already recorded/)
    const notReport = path.join(gw.dir, 'plain.eml')
    fs.writeFileSync(notReport, 'From: a@example.org\r\nSubject: hi\r\n\r\nhello\r\n')
    const bad = await outpost(gw.dir, 'feedback', 'ingest', notReport)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/not a feedback report/)
  })
})

async function statsOf(dir: string, want: (j: any) => boolean, ...args: string[]): Promise<any> {
  // the gateway writes its counts every few seconds; the command reads what was written
  let last: any
  const deadline = Date.now() + 20_000
  for (;;) {
    const r = await outpost(dir, 'stats', '--json', ...args)
    expect(r.code).toBe(0)
    last = JSON.parse(r.stdout)
    if (want(last) || Date.now() > deadline) return last
    await new Promise((res) => setTimeout(res, 300))
  }
}

describe('SNDS', () => {
  let sink: Sink
  let snds: TestHttpServer
  let gw: HarakaProcess
  beforeAll(async () => {
    sink = await startSink()
    snds = await startHttpServer({ '/snds/data.aspx': reputationFixture('snds-data-green.csv'), '/snds/ipStatus.aspx': '' })
    gw = await startHaraka({
      files: {
        'config/outpost_route.ini': smarthostIni(sink),
        'config/outpost_reputation.ini':
          `[snds]\nkey = 0123abcd-0000-1111-2222-333344445555\ndata_url = ${snds.base}/snds/data.aspx\nstatus_url = ${snds.base}/snds/ipStatus.aspx\ninterval = 1s\n` +
          '[reputation]\nnotify = admin@example.org\n',
      },
    })
  })
  afterAll(async () => {
    await gw?.stop()
    await sink?.close()
    await snds?.close()
  })

  it('an IP turning RED makes exactly one alert, however often the same data is fetched; outpost snds status shows it', async () => {
    const fetches = await snds.waitForRequests('/snds/data.aspx', 2)
    expect(fetches[0].url).toBe('/snds/data.aspx?key=0123abcd-0000-1111-2222-333344445555')
    expect(alertsIn(sink, 'snds')).toHaveLength(0)
    snds.routes.set('/snds/data.aspx', reputationFixture('snds-data-red.csv'))
    await until('the SNDS alert', () => alertsIn(sink, 'snds').length >= 1)
    // several more fetches of the same RED data
    const fetched = count(gw.logs(), /SNDS: 2 IP rows/)
    await until('three more fetches', () => count(gw.logs(), /SNDS: 2 IP rows/) >= fetched + 3)
    expect(alertsIn(sink, 'snds')).toHaveLength(1)
    const text = alertsIn(sink, 'snds')[0].raw.toString()
    expect(text).toMatch(/Subject: Outpost: Microsoft SNDS reports RED for 203\.0\.113\.25/)
    expect(text).toMatch(/203\.0\.113\.25 is RED in SNDS/)
    expect(text).toMatch(/hit 41 spam traps/)
    expect(text).toMatch(/What to do next/)

    const status = await outpost(gw.dir, 'snds', 'status')
    expect(status.code).toBe(0)
    expect(status.stdout).toMatch(/203\.0\.113\.25\s+RED\s+/)
    expect(status.stdout).toMatch(/203\.0\.113\.26\s+GREEN\s+/)

    // the same CSV imported by hand: nothing new, no alert; the status CSV with a blocked range: one alert
    const red = path.join(gw.dir, 'red.csv')
    const blocked = path.join(gw.dir, 'status.csv')
    fs.writeFileSync(red, reputationFixture('snds-data-red.csv'))
    fs.writeFileSync(blocked, reputationFixture('snds-ipstatus.csv'))
    const imp = await outpost(gw.dir, 'snds', 'import', red)
    expect(imp.code).toBe(0)
    expect(imp.stdout).toMatch(/2 IP row\(s\), 0 blocked range\(s\); nothing new to alert on/)
    const imp2 = await outpost(gw.dir, 'snds', 'import', blocked)
    expect(imp2.stdout).toMatch(/203\.0\.113\.25 is BLOCKED by Microsoft/)
    expect(imp2.stdout).toMatch(/the running gateway sends it within seconds/)
    await until('the blocked-range alert', () => alertsIn(sink, 'snds').length === 2)
    expect(alertsIn(sink, 'snds')[1].raw.toString()).toMatch(/Subject: Outpost: Microsoft SNDS reports blocked for 203\.0\.113\.25/)
  })
})

describe('own-IP blocklist watch', () => {
  let sink: Sink
  let dns: DnsServer
  let gw: HarakaProcess
  beforeAll(async () => {
    sink = await startSink()
    dns = await startDnsServer([{ name: '25.113.0.203.bl.test.invalid', type: 'A', data: '127.0.0.2' }])
    gw = await startHaraka({
      files: {
        'config/outpost_route.ini': smarthostIni(sink),
        'haraka.ini': `[dns]\nservers = ${dns.address}\n`,
        'config/outpost_reputation.ini':
          '[reputation]\npublic_ips = 203.0.113.25, 203.0.113.26\nblocklists = bl.test.invalid\ncheck_interval = 1s\nnotify = admin@example.org\n' +
          '[blocklist bl.test.invalid]\ndelist_url = https://bl.test.invalid/remove\n',
      },
    })
  })
  afterAll(async () => {
    await gw?.stop()
    await sink?.close()
    await dns?.close()
  })

  it('alerts once per new listing, across checks and a restart, and outpost reputation check exits non-zero', async () => {
    await until('the listing alert', () => alertsIn(sink, 'blocklist').length >= 1)
    expect(gw.logs()).toMatch(/blocklist: 203\.0\.113\.25 is LISTED on bl\.test\.invalid \(127\.0\.0\.2\); delisting: https:\/\/bl\.test\.invalid\/remove/)
    await until('three more checks', () => count(gw.logs(), /blocklist check: 2 address\(es\) on 1 list\(s\): 1 known listing/) >= 3)
    expect(alertsIn(sink, 'blocklist')).toHaveLength(1)
    const text = alertsIn(sink, 'blocklist')[0].raw.toString()
    expect(text).toMatch(/Subject: Outpost: 203\.0\.113\.25 is listed on bl\.test\.invalid/)
    expect(text).toMatch(/ask for removal: https:\/\/bl\.test\.invalid\/remove/)

    // the state survives a restart: no second alert for the same listing
    await gw.stop()
    gw = await startHaraka({ dir: gw.dir, port: gw.port })
    await until('a check after the restart', () => count(gw.logs(), /1 known listing/) >= 2)
    expect(alertsIn(sink, 'blocklist')).toHaveLength(1)

    const check = await outpost(gw.dir, 'reputation', 'check')
    expect(check.code).toBe(1)
    expect(check.stdout).toMatch(/LISTED {2}203\.0\.113\.25 on bl\.test\.invalid \(127\.0\.0\.2\)/)
    expect(check.stdout).not.toMatch(/NEW/)

    // a second address gets listed: exactly one more alert
    dns.records.push({ name: '26.113.0.203.bl.test.invalid', type: 'A', data: '127.0.0.3' })
    await until('the second listing alert', () => alertsIn(sink, 'blocklist').length >= 2)
    await until('more checks', () => count(gw.logs(), /2 known listing/) >= 3)
    expect(alertsIn(sink, 'blocklist')).toHaveLength(2)
    expect(alertsIn(sink, 'blocklist')[1].raw.toString()).toMatch(/203\.0\.113\.26 is listed on bl\.test\.invalid/)
  })

  it('outpost reputation check exits 0 when nothing is listed', async () => {
    const clean = await outpost(gw.dir, 'reputation', 'check', '--dns', dns.address)
    expect(clean.code).toBe(1) // still listed
    dns.records.length = 0
    const after = await outpost(gw.dir, 'reputation', 'check', '--dns', dns.address)
    expect(after.code).toBe(0)
    expect(after.stdout).toMatch(/2 address\(es\) x 1 list\(s\): 0 listing\(s\), 0 error\(s\), 2 clean/)
  })
})

describe('statistics and sent Message-IDs on haraka.ini [state] backend = redis', () => {
  let sink: Sink
  let redis: TestRedis
  let gw: HarakaProcess
  beforeAll(async () => {
    sink = await startSink()
    redis = await startRedis()
    gw = await startHaraka({
      files: {
        'config/outpost_route.ini': smarthostIni(sink),
        'haraka.ini': `[state]\nbackend = redis\nredis_url = ${redis.url}\n`,
        'config/outpost_reputation.ini': '[feedback]\nmin_complaints = 5\n',
      },
    })
  })
  afterAll(async () => {
    await gw?.stop()
    await sink?.close()
    await redis?.stop().catch(() => undefined)
  })

  it('counts in Redis, and a report is attributed from the Message-IDs kept there', async () => {
    for (const to of ['a@outlook.example', 'b@outlook.example']) {
      expect((await sendMessage({ port: gw.port, from: 'grace@example.org', to: [to], raw: makeMessage({ from: 'grace@example.org', to }) })).final.code).toBe(250)
    }
    const [m1] = (await sink.waitForMessages(2)).map(messageIdOf)
    expect(gw.logs()).toMatch(/outpost_reputation\] state redis/)
    const stats = await statsOf(gw.dir, (j) => j.senders.some((r: any) => r.subject === 'grace@example.org' && r.messages === 2))
    expect(stats.senders.find((r: any) => r.subject === 'grace@example.org')).toMatchObject({ messages: 2, recipients: 2 })
    const file = path.join(gw.dir, 'arf.eml')
    fs.writeFileSync(file, arfReportAbout(m1, 'someone-else@example.org'))
    const r = await outpost(gw.dir, 'feedback', 'ingest', file)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/grace@example\.org \(by Message-ID\); 1 complaint\(s\) \/ 2 message\(s\)/)
  })
})
