// haraka.ini [quarantine], declared once (see src/lib/config_schema.ts): read by
// the outpost_quarantine plugin and by `outpost quarantine` (src/quarantine/config.ts),
// rendered into the shipped haraka.ini and the README table.
import { bool, custom, duration, number, section, text } from '../lib/config_schema'

const ADDRESS = /^[^\s@<>()",;:]+@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i

/** An email address, or nothing (undefined). */
function optionalAddress(expected: string): (v: string) => string | undefined {
  return (v) => {
    if (v === '') return undefined
    if (!ADDRESS.test(v)) throw new Error(expected)
    return v
  }
}

export const QUARANTINE_SECTION = section('quarantine', {
  comment: [],
  keys: {
    dir: text(
      'var/quarantine',
      'Where held messages are stored (ID.eml = the exact bytes, ID.json = metadata), relative to the install directory. Must be on a local filesystem that honours fsync.',
      { ship: 'set', type: 'path', check: (v) => { if (v.trim() === '') throw new Error('expected a directory path (relative to the install directory)') } },
    ),
    retention_days: number(
      30,
      'Entries older than this many days are purged by the running gateway (every expire_interval) and by `outpost quarantine expire`; 0 keeps them until deleted. Fractions allowed. A release still pending is never purged.',
      { min: 0, ship: 'set' },
    ),
    expire_interval: duration('1h', 'How often the gateway purges expired entries and rebuilds the quarantine\'s index from the stored files.', {
      minMs: 1000,
      range: '>= 1s',
    }),
    notify: custom<string | undefined>({
      type: 'email address, or empty',
      default: undefined,
      shown: '',
      meaning: 'Administrator address for digests of newly held mail; empty = no digests.',
      ship: 'set',
      parse: optionalAddress('expected an email address such as admin@example.org, or nothing for no digests'),
    }),
    digest_interval: duration('1h', 'How often a digest is sent (only when something new was held).', { minMs: 1000, range: '>= 1s', ship: 'set' }),
    notify_sender: bool(
      false,
      'Tell the envelope sender that a message was held for review (subject, recipients, time, reference id; never the content). Never sent to a null or automatic sender (MAILER-DAEMON, postmaster, -request, owner-), nor about mail that is Auto-Submitted, Precedence: bulk/junk/list or an Outpost notice.',
      { ship: 'set' },
    ),
    notify_from: custom<string | undefined>({
      type: 'email address',
      default: undefined,
      shown: 'postmaster@ + config/me (else the host name)',
      example: 'postmaster@example.org',
      meaning: 'Header From: of digests and notices. Their envelope sender is always <>, so a bounce of a notice is never answered.',
      parse: optionalAddress('expected an email address'),
    }),
    release_poll_interval: duration('2s', 'How often the gateway checks for release requests (it also watches the pending/ directory, so releases normally start within milliseconds).', {
      minMs: 100,
      range: '>= 100ms',
    }),
  },
})
