import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIni } from '../../src/lib/ini'
import { DEFAULT_LIMITS, readLimitsConfig } from '../../src/limits/config'
import { readStateConfig } from '../../src/limits/state_config'
import { limitsForIdentity, subjectsFor } from '../../src/limits/check'

const read = (text: string) => readLimitsConfig(parseIni(text, 'config/outpost_limits.ini'))

describe('config/outpost_limits.ini', () => {
  it('the shipped file gives the documented defaults', () => {
    const shipped = fs.readFileSync(path.join(__dirname, '..', '..', 'config', 'outpost_limits.ini'), 'utf8')
    const c = read(shipped)
    expect(c).toMatchObject({ action: 'hold', notify: [], lockTimeoutMs: 0, score: 10, identity: DEFAULT_LIMITS })
    expect(c.senderDomain).toBeUndefined()
    expect(c.clientIp).toBeUndefined()
    expect(read('')).toMatchObject({ action: 'hold', identity: DEFAULT_LIMITS })
  })

  it('reads overrides, per-domain and per-IP sections', () => {
    const c = read(`[main]
action = defer
notify = admin@example.org, noc@example.org
webhook_url = http://127.0.0.1:8080/outpost
lock_timeout = 2h
[default]
messages_per_hour = 50
[identity Newsletter@Example.org]
messages_per_hour = 20000
[sender_domain]
messages_per_hour = 1000
[sender_domain example.org]
messages_per_hour = 5000
[client_ip]
`)
    expect(c).toMatchObject({ action: 'defer', notify: ['admin@example.org', 'noc@example.org'], webhookUrl: 'http://127.0.0.1:8080/outpost', lockTimeoutMs: 7_200_000 })
    expect(limitsForIdentity(c, 'newsletter@example.org')).toMatchObject({ messages_per_hour: 20000, messages_per_day: 2000 })
    expect(limitsForIdentity(c, 'someone@example.org').messages_per_hour).toBe(50)
    expect(c.clientIp).toMatchObject({ messages_per_hour: 0, recipients_per_hour: 0 })
    const subjects = subjectsFor(c, { identity: 'a@example.org', senderDomain: 'example.org', clientIp: '192.0.2.1', recipients: ['x@y.example'] }, { messages: 1 }, true)
    expect(subjects.map((s) => [s.key, s.limits.messages_per_hour])).toEqual([['id:a@example.org', 50], ['domain:example.org', 5000], ['ip:192.0.2.1', 0]])
  })

  it('refuses mistakes with file, line, section.key, value and what was expected', () => {
    expect(() => read('[main]\naction = lock\n')).toThrow('config/outpost_limits.ini:2: main.action = "lock": expected one of defer, hold, score, reject')
    expect(() => read('[main]\nnotify = admin\n')).toThrow(/config\/outpost_limits.ini:2: main.notify = "admin": "admin" is not an email address/)
    expect(() => read('[main]\nwebhook_url = ftp://x/\n')).toThrow(/main.webhook_url = "ftp:\/\/x\/": expected an http/)
    expect(() => read('[main]\nlock_timeout = soon\n')).toThrow(/main.lock_timeout = "soon": expected a duration/)
    expect(() => read('[default]\nmessages_per_hour = 1.5\n')).toThrow('config/outpost_limits.ini:2: default.messages_per_hour = "1.5": expected a whole number')
    expect(() => read('[default]\nmessages_per_hour = -1\n')).toThrow(/expected a whole number >= 0/)
    expect(() => read('[default]\nmessages_per_minute = 5\n')).toThrow('config/outpost_limits.ini:2: default.messages_per_minute: unknown setting')
    expect(() => read('[limits]\nx = 1\n')).toThrow(/\[limits\]: unknown section/)
    expect(() => read('[sender_domain example.org]\nmessages_per_hour = 1\n')).toThrow(/needs a \[sender_domain\] section/)
    expect(() => read('[sender_domain]\n[sender_domain not_a_domain]\n')).toThrow(/expected a domain/)
  })
})

describe('haraka.ini [state]', () => {
  const state = (t: string) => readStateConfig(parseIni(t, 'haraka.ini'))
  it('defaults to memory; redis needs a redis:// URL', () => {
    expect(state('')).toEqual({ backend: 'memory', redisUrl: 'redis://127.0.0.1:6379' })
    expect(state('[state]\nbackend = redis\nredis_url = redis://:pw@10.0.0.5:6380/2\n')).toEqual({ backend: 'redis', redisUrl: 'redis://:pw@10.0.0.5:6380/2' })
    expect(() => state('[state]\nbackend = memcached\n')).toThrow('haraka.ini:2: state.backend = "memcached": expected one of memory, redis')
    expect(() => state('[state]\nredis_url = http://x\n')).toThrow('haraka.ini:2: state.redis_url = "http://x": expected a redis:// or rediss:// URL')
  })
})
