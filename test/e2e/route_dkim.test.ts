// DKIM signing and header hygiene end to end: a key made by
// `outpost dkim keygen`, published in a loopback DNS zone, and every message
// at the smarthost verified by mailauth — relayed mail, with internal headers
// stripped before signing, and mail released from quarantine.
import dns from 'node:dns'
import fs from 'node:fs'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, HarakaProcess, makeInstallDir, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'
import { DnsServer, startDnsServer } from '../helpers/dns_server'
import { run as dkimCli } from '../../src/cli/dkim'
import { CLIENT, gatewayFiles, outpost, spamMessage, waitFor } from './quarantine_fixtures'

async function keygen(dir: string, domain: string, selector: string, ...extra: string[]): Promise<string> {
  const out = new PassThrough()
  const err = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (c) => chunks.push(c))
  const code = await dkimCli(['keygen', domain, '--selector', selector, '--bits', '1024', ...extra], { dir, out, err })
  expect(code).toBe(0)
  const text = Buffer.concat(chunks).toString()
  // the printed zone line is what an admin publishes: take the TXT value from it
  const m = /IN TXT \( (.+) \)/.exec(text)
  expect(m).not.toBeNull()
  return m![1].split('" "').join('').replace(/^"|"$/g, '')
}

async function verifyDkim(raw: Buffer, dnsServer: DnsServer): Promise<Array<{ result: string; domain: string }>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { authenticate } = require('mailauth')
  const resolver = new dns.promises.Resolver()
  resolver.setServers([dnsServer.address])
  const res = await authenticate(raw, {
    ip: '127.0.0.1',
    helo: 'gateway.test',
    sender: 'alice@example.com',
    mta: 'sink.test',
    resolver: (name: string, type: string) => resolver.resolve(name, type),
  })
  return res.dkim.results.map((r: { status: { result: string }; signingDomain: string }) => ({ result: r.status.result, domain: r.signingDomain }))
}

const RELAY_INI = '[main]\nreject_untrusted = true\n[trusted_networks]\n127.0.0.10/32 = Exchange-01\n'

describe('DKIM signing and header hygiene (relayed mail)', () => {
  let sink: Sink
  let dnsServer: DnsServer
  let haraka: HarakaProcess

  beforeAll(async () => {
    sink = await startSink()
    const port = await freePort()
    const dir = makeInstallDir(
      {
        'config/plugins': 'outpost_relay\noutpost_route\noutpost_dkim\n',
        'config/outpost_relay.ini': RELAY_INI,
        'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1:${sink.port}\n[hygiene]\nstrip_received = true\nstrip_originating_ip = true\n`,
      },
      { port },
    )
    const record = await keygen(dir, 'example.com', 'gw1')
    expect(fs.statSync(path.join(dir, 'config', 'dkim', 'example.com', 'private')).mode & 0o077).toBe(0)
    dnsServer = await startDnsServer([{ name: 'gw1._domainkey.example.com', type: 'TXT', data: record }])
    haraka = await await startHaraka({ dir, port })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
    await dnsServer?.close()
  })

  it('signs with the keygen key; internal Received lines and X-Originating-IP are gone before signing', async () => {
    const raw =
      'Received: from EXCH02.corp.local (10.1.2.3) by EXCH01.corp.local (10.1.2.4) with Microsoft SMTP Server id 15.2.1\r\n' +
      'Received: from laptop.corp.local ([192.168.7.20]) by EXCH02.corp.local with MAPI\r\n' +
      'Received: from mail.partner.example (mail.partner.example [8.8.8.8]) by EXCH02.corp.local with ESMTPS\r\n' +
      makeMessage({ from: 'alice@example.com', to: 'bob@external.test', subject: 'signed', headers: { 'X-Originating-IP': '[192.168.7.20]' } })
    const res = await sendMessage({ port: haraka.port, localAddress: '127.0.0.10', from: 'alice@example.com', to: ['bob@external.test'], raw })
    expect(res.final).toMatchObject({ code: 250 })
    const [msg] = await sink.waitForMessages(1)
    const text = msg.raw.toString()
    const head = text.slice(0, text.indexOf('\r\n\r\n'))
    expect(head).toMatch(/^DKIM-Signature:[^]*?d=example\.com;/m)
    expect(head).toMatch(/s=gw1/)
    expect(head).not.toMatch(/10\.1\.2\.3|192\.168\.7\.20|127\.0\.0\.10|corp\.local \(10/)
    expect(head).not.toMatch(/^X-Originating-IP:/im)
    // the public hop (mail forwarded from outside) is kept
    expect(head).toMatch(/Received: from mail\.partner\.example \(mail\.partner\.example \[8\.8\.8\.8\]\)/)
    expect(await verifyDkim(msg.raw, dnsServer)).toEqual([{ result: 'pass', domain: 'example.com' }])
  })

  it('signs bodies with dot lines, trailing blanks, tabs, 8-bit text and trailing empty lines so that they verify', async () => {
    const body = '.leading dot\r\n..two dots\r\ntrailing blanks   \r\n\ttab\tinside\t\r\nGr\u00fc\u00dfe aus K\u00f6ln\r\n\r\n\r\n'
    const raw = makeMessage({ from: 'alice@example.com', to: 'bob@external.test', subject: 'edge body', body })
    const res = await sendMessage({ port: haraka.port, localAddress: '127.0.0.10', from: 'alice@example.com', to: ['bob@external.test'], raw })
    expect(res.final.code).toBe(250)
    const msg = await waitFor('the edge message', () => sink.messages.find((m) => m.raw.toString().includes('Subject: edge body')))
    expect(msg.raw.toString('utf8')).toContain('\r\n.leading dot\r\n..two dots\r\n')
    expect(await verifyDkim(msg.raw, dnsServer)).toEqual([{ result: 'pass', domain: 'example.com' }])
  })

  it('a key replaced with keygen --force is used without a restart', async () => {
    const record = await keygen(haraka.dir, 'example.com', 'gw2', '--force')
    dnsServer.records.push({ name: 'gw2._domainkey.example.com', type: 'TXT', data: record })
    let signed: Buffer | undefined
    const deadline = Date.now() + 30_000
    for (let i = 0; !signed && Date.now() < deadline; i++) {
      const before = sink.messages.length
      const res = await sendMessage({ port: haraka.port, localAddress: '127.0.0.10', from: 'alice@example.com', to: ['bob@external.test'], raw: makeMessage({ from: 'alice@example.com', to: 'bob@external.test', subject: `rotate ${i}` }) })
      expect(res.final.code).toBe(250)
      await sink.waitForMessages(before + 1)
      const msg = sink.messages[before]
      if (/s=gw2;/.test(msg.raw.toString())) signed = msg.raw
      else await new Promise((r) => setTimeout(r, 1000))
    }
    expect(signed).toBeDefined()
    expect(await verifyDkim(signed!, dnsServer)).toEqual([{ result: 'pass', domain: 'example.com' }])
  }, 45_000)

  it('a new domain\'s key (keygen while running) is used within seconds; before it, its mail leaves unsigned', async () => {
    const send = async (subject: string) => {
      const before = sink.messages.length
      const raw = makeMessage({ from: 'carol@new.example', to: 'bob@external.test', subject })
      expect((await sendMessage({ port: haraka.port, localAddress: '127.0.0.10', from: 'carol@new.example', to: ['bob@external.test'], raw })).final.code).toBe(250)
      await sink.waitForMessages(before + 1)
      return sink.messages[before].raw.toString()
    }
    expect(await send('before the key')).not.toMatch(/^DKIM-Signature:/m)
    const record = await keygen(haraka.dir, 'new.example', 'n1')
    dnsServer.records.push({ name: 'n1._domainkey.new.example', type: 'TXT', data: record })
    await new Promise((r) => setTimeout(r, 5_500)) // the key directory lookup is remembered for 5 s
    const signed = await send('after the key')
    expect(signed).toMatch(/^DKIM-Signature:[^]*?d=new\.example;/m)
    expect(await verifyDkim(Buffer.from(signed), dnsServer)).toEqual([{ result: 'pass', domain: 'new.example' }])
  }, 30_000)

  it('a key that does not match the published record fails verification (the check can fail)', async () => {
    const other = makeInstallDir({})
    const wrong = await keygen(other, 'example.com', 'gw1')
    const wrongDns = await startDnsServer([{ name: 'gw1._domainkey.example.com', type: 'TXT', data: wrong }])
    try {
      const [msg] = sink.messages
      const results = await verifyDkim(msg.raw, wrongDns)
      expect(results[0].result).not.toBe('pass')
    } finally {
      await wrongDns.close()
    }
  })
})

describe('DKIM signing of mail released from quarantine', () => {
  let sink: Sink
  let dnsServer: DnsServer
  let haraka: HarakaProcess

  beforeAll(async () => {
    sink = await startSink()
    const port = await freePort()
    const files = gatewayFiles(sink, 'dir = var/quarantine\nretention_days = 30\nrelease_poll_interval = 300ms', { dkim: true })
    const dir = makeInstallDir(files, { port })
    const record = await keygen(dir, 'corp.example', 'q1')
    dnsServer = await startDnsServer([{ name: 'q1._domainkey.corp.example', type: 'TXT', data: record }])
    haraka = await await startHaraka({ dir, port })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
    await dnsServer?.close()
  })

  it('a held message is signed when it is released, and the signature verifies', async () => {
    const res = await sendMessage({ port: haraka.port, localAddress: CLIENT, from: 'alice@corp.example', to: ['bob@partner.example'], raw: spamMessage('DKIM-REL') })
    expect(res.final).toMatchObject({ code: 250 })
    const listed = await waitFor('the held entry', async () => {
      const l = await outpost(haraka.dir, 'list', '--json')
      const entries = JSON.parse(l.stdout || '[]') as Array<{ id: string }>
      return entries[0]
    })
    expect(sink.messages).toEqual([])
    expect((await outpost(haraka.dir, 'release', listed.id)).code).toBe(0)
    const msg = await waitFor('the released message', () => sink.messages.find((m) => m.raw.includes('X-Test-Marker: DKIM-REL')))
    expect(msg.raw.toString()).toMatch(/^DKIM-Signature:[^]*?d=corp\.example;/m)
    expect(await verifyDkim(msg.raw, dnsServer)).toEqual([{ result: 'pass', domain: 'corp.example' }])
  })
})
