// A message the gateway cannot write to its outbound queue gets a 4xx (the
// client keeps it and retries), never Haraka's default permanent 550.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useGateway } from '../helpers/gateway'
import { makeMessage, sendMessage } from '../helpers/smtp_client'

describe('outbound queue write failure', () => {
  const gw = useGateway(() => ({ 'config/outpost_relay.ini': '[trusted_networks]\n127.0.0.10/32 = Exchange-01\n' }))

  const send = (subject: string) =>
    sendMessage({
      port: gw.haraka.port,
      localAddress: '127.0.0.10',
      from: 'alice@example.com',
      to: ['bob@external.test'],
      raw: makeMessage({ from: 'alice@example.com', to: 'bob@external.test', subject }),
    })

  it('answers 451 while the queue cannot be written, and delivers once it can', async () => {
    const queue = path.join(gw.haraka.dir, 'var', 'queue')
    // even root cannot create files under a path that is a regular file
    fs.renameSync(queue, `${queue}.away`)
    fs.writeFileSync(queue, 'not a directory\n')
    try {
      const res = await send('while the disk is broken')
      expect(res.final.code).toBe(451)
      expect(res.final.text).toMatch(/try again later/)
      await gw.haraka.waitForLog(/writing to the outbound queue failed/)
    } finally {
      fs.unlinkSync(queue)
      fs.renameSync(`${queue}.away`, queue)
    }
    // the gateway keeps serving; the client's retry is delivered once
    const retry = await send('while the disk is broken')
    expect(retry.final).toMatchObject({ code: 250 })
    expect(retry.final.text).toMatch(/^Message Queued \([0-9A-F-]+\.1\)$/)
    const [msg] = await gw.sink.waitForMessages(1)
    expect(msg.raw.toString()).toMatch(/Subject: while the disk is broken/)
    await new Promise((r) => setTimeout(r, 500))
    expect(gw.sink.messages).toHaveLength(1)
  })
})
