// Start-up checks of the plugins outpost_policy works with. An external engine
// set up the way its plugin ships (rspamd skips relayed mail by default) would
// give no score for any outbound message; with [engines] missing=tempfail that
// defers all mail, with missing=ignore it drops the engine without a word.
// Each finding is logged as a warning naming the file and setting to change.
import fs from 'node:fs'
import path from 'node:path'
import { IniDocument, parseIni, SectionReader } from '../lib/ini'
import type { EnginesConfig } from './config'
import { QUARANTINE_PLUGIN } from './handoff'

export interface PeerSettings {
  /** config/plugins, comments removed */
  plugins: string[]
  rspamdIni?: IniDocument
  spamassassinIni?: IniDocument
  /** config/connection.ini, for [max] bytes (the largest message Haraka accepts; 0 = no limit) */
  connectionIni?: IniDocument
}

function flag(doc: IniDocument | undefined, section: string, key: string): boolean | undefined {
  if (!doc) return undefined
  const v = SectionReader.of(doc, section).entry(key)?.value.toLowerCase()
  if (v === undefined) return undefined
  return ['true', 'yes', 'on', '1'].includes(v)
}

function value(doc: IniDocument | undefined, section: string, key: string): string | undefined {
  return doc ? SectionReader.of(doc, section).entry(key)?.value : undefined
}

export function readPluginList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith(';'))
}

export function quarantinePluginListed(plugins: string[]): boolean {
  return plugins.includes(QUARANTINE_PLUGIN)
}

export function peerWarnings(engines: EnginesConfig, peers: PeerSettings): string[] {
  const out: string[] = []
  const consequence =
    engines.missing === 'tempfail'
      ? 'so every relayed message would be deferred ([engines] missing = tempfail)'
      : 'so its score would be left out of every verdict ([engines] missing = ignore)'
  if (engines.rspamd) {
    if (!peers.plugins.includes('rspamd')) {
      out.push(`[engines] rspamd = true but rspamd is not in config/plugins, ${consequence}`)
    }
    for (const key of ['relay', 'authenticated', 'private_ip', 'local_ip']) {
      if (flag(peers.rspamdIni, 'check', key) !== true) {
        out.push(`config/rspamd.ini [check] ${key} is not true: rspamd skips such mail, ${consequence}`)
      }
    }
    if (flag(peers.rspamdIni, 'reject', 'spam') !== false) {
      out.push('config/rspamd.ini [reject] spam is not false: rspamd rejects on its own before outpost_policy applies the configured action')
    }
  }
  if (engines.spamassassin) {
    if (!peers.plugins.includes('spamassassin')) {
      out.push(`[engines] spamassassin = true but spamassassin is not in config/plugins, ${consequence}`)
    }
    for (const key of ['relay', 'authenticated', 'private_ip', 'local_ip']) {
      if (flag(peers.spamassassinIni, 'check', key) === false) {
        out.push(`config/spamassassin.ini [check] ${key} = false: spamassassin skips such mail, ${consequence}`)
      }
    }
    // the plugin treats 0 as unset (500000), so only a limit on what Haraka accepts makes it safe
    const maxSize = Number(value(peers.spamassassinIni, 'main', 'max_size')) || 500000
    const accepted = Number(value(peers.connectionIni, 'max', 'bytes')) || 0
    if (accepted === 0 || accepted > maxSize) {
      out.push(
        `config/spamassassin.ini max_size = ${maxSize} is below the largest message accepted (config/connection.ini [max] bytes = ${accepted || 'unlimited'}): larger messages get no SpamAssassin score ${engines.missing === 'tempfail' ? 'and are deferred' : 'and are judged without it'}`,
      )
    }
    for (const key of ['reject_threshold', 'relay_reject_threshold']) {
      if (value(peers.spamassassinIni, 'main', key)) {
        out.push(`config/spamassassin.ini ${key} is set: spamassassin rejects on its own before outpost_policy applies the configured action`)
      }
    }
  }
  return out
}

/** Read config/plugins, rspamd.ini and spamassassin.ini from disk (not through Haraka's
 * config reader, which would replace those plugins' own reload callbacks). */
export function loadPeerSettings(configDir: string): PeerSettings {
  const read = (name: string): string | undefined => {
    try {
      return fs.readFileSync(path.join(configDir, name), 'utf8')
    } catch {
      return undefined
    }
  }
  const ini = (name: string): IniDocument | undefined => {
    const text = read(name)
    if (text === undefined) return undefined
    try {
      return parseIni(text, `config/${name}`)
    } catch {
      return undefined
    }
  }
  return {
    plugins: readPluginList(read('plugins') ?? ''),
    rspamdIni: ini('rspamd.ini'),
    spamassassinIni: ini('spamassassin.ini'),
    connectionIni: ini('connection.ini'),
  }
}
