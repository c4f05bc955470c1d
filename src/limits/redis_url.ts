// Redis URLs as operators write them in haraka.ini [state] redis_url (no client needed to check one).

/** Redis URL from a config file: redis://[user:pass@]host[:port][/db] or rediss://. Returns a plain message on error. */
export function redisUrlProblem(text: string): string | undefined {
  let u: URL
  try {
    u = new URL(text)
  } catch {
    return 'expected a URL such as redis://127.0.0.1:6379'
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') return 'expected a redis:// or rediss:// URL'
  if (!u.hostname) return 'expected a URL with a host'
  if (u.pathname && u.pathname !== '/' && !/^\/\d{1,2}$/.test(u.pathname)) return 'expected an optional database number after the host, e.g. redis://127.0.0.1:6379/0'
  return undefined
}

/** The URL with any password replaced, for logs. */
export function redactRedisUrl(text: string): string {
  try {
    const u = new URL(text)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return text
  }
}
