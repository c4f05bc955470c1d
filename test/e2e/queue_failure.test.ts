// A message the gateway cannot write to its outbound queue gets a 4xx (the
// client keeps it and retries), never Haraka's default permanent 550.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HarakaProcess, startHaraka } from '../helpers/haraka'
import { makeMessage, sendMessage } from '../helpers/smtp_client'
import { Sink, startSink } from '../helpers/smtp_sink'

describe('outbound queue write failure', () => {
  let sink: Sink
  let haraka: HarakaProcess

  beforeAll(async () => {
    sink = await startSink()
    haraka = await startHaraka({
      files: {
        'config/outpost_relay.ini': '[trusted_networks]\n127.0.0.10/32 = Exchange-01\n',
        'config/outpost_route.ini': `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`,
      },
    })
  })
  afterAll(async () => {
    await haraka?.stop()
    await sink?.close()
  })

  const send = (subject: string) =>
    sendMessage({
      port: haraka.port,
      localAddress: '127.0.0.10',
      from: 'alice@example.com',
      to: ['bob@external.test'],
      raw: makeMessage({ from: 'alice@example.com', to: 'bob@external.test', subject }),
    })

  it('answers 451 while the queue cannot be written, and delivers once it can', async () => {
    const queue = path.join(haraka.dir, 'var', 'queue')
    // even root cannot create files under a path that is a regular file
    fs.renameSync(queue, `${queue}.away`)
    fs.writeFileSync(queue, 'not a directory\n')
    try {
      const res = await send('while the disk is broken')
      expect(res.final.code).toBe(451)
      expect(res.final.text).toMatch(/try again later/)
      await haraka.waitForLog(/writing to the outbound queue failed/)
    } finally {
      fs.unlinkSync(queue)
      fs.renameSync(`${queue}.away`, queue)
    }
    // the gateway keeps serving; the client's retry is delivered once
    const retry = await send('while the disk is broken')
    expect(retry.final).toMatchObject({ code: 250 })
    expect(retry.final.text).toMatch(/^Message Queued \([0-9A-F-]+\.1\)$/)
    const [msg] = await sink.waitForMessages(1)
    expect(msg.raw.toString()).toMatch(/Subject: while the disk is broken/)
    await new Promise((r) => setTimeout(r, 500))
    expect(sink.messages).toHaveLength(1)
  })
})
