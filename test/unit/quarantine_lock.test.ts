// The quarantine holder lock's one liveness check, shared by the gateway and `outpost quarantine`.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { GatewayLock, gatewayLockHeld, holderAlive, LOCK_STALE_MS } from '../../src/quarantine/lock'
import { LOCK_FILE } from '../../src/quarantine/layout'
import { makeTempDir } from '../helpers/temp_dirs'

/** the pid of a process that has exited */
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout)

function writeLock(dir: string, holder: { pid: number; host: string }, ageMs = 0): void {
  const file = path.join(dir, LOCK_FILE)
  fs.writeFileSync(file, JSON.stringify({ token: 't', since: new Date().toISOString(), ...holder }))
  const t = new Date(Date.now() - ageMs)
  fs.utimesSync(file, t, t)
}

describe('quarantine holder lock', () => {
  it('a holder is alive while its heartbeat is fresh and, on this host, its process exists', () => {
    const now = Date.now()
    expect(holderAlive({ pid: process.pid, host: os.hostname() }, now)).toBe(true)
    expect(holderAlive({ pid: process.pid, host: os.hostname() }, now - LOCK_STALE_MS)).toBe(false)
    expect(holderAlive({ pid: deadPid(), host: os.hostname() }, now)).toBe(false)
    expect(holderAlive({ pid: 1, host: 'other-host.example' }, now)).toBe(true)
  })

  it('outpost quarantine and the gateway judge the same file the same way', async () => {
    const dir = makeTempDir('outpost-lock-')
    expect(gatewayLockHeld(dir)).toBe(false)
    writeLock(dir, { pid: deadPid(), host: os.hostname() })
    expect(gatewayLockHeld(dir)).toBe(false)
    const lock = new GatewayLock(() => dir)
    expect(await lock.refresh()).toBe(true) // a dead holder's lock is taken over
    expect(gatewayLockHeld(dir)).toBe(true)
    writeLock(dir, { pid: 1, host: 'other-host.example' })
    expect(gatewayLockHeld(dir)).toBe(true)
    expect(await new GatewayLock(() => dir).refresh()).toBe(false) // a live holder elsewhere keeps it
    writeLock(dir, { pid: 1, host: 'other-host.example' }, LOCK_STALE_MS + 1000)
    expect(gatewayLockHeld(dir)).toBe(false)
    expect(await new GatewayLock(() => dir).refresh()).toBe(true)
  })
})
