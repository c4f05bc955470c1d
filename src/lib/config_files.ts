// Every config file of the bundle that is declared as data (src/lib/config_schema.ts):
// the list `npm run gen:config` renders into the shipped files and README tables,
// test/unit/config_schema.test.ts checks for drift, and `outpost check-config`
// walks. A new file: add its declaration to CONFIG_FILES. A new haraka.ini
// section: add it to HARAKA_INI_FILE's sections (that list is also what
// haraka.ini accepts: an undeclared section is an error).
import { file, type FileSpec } from './config_schema'
import { DNS_SECTION } from './dns_servers'
import { RELAY_FILE } from '../relay/schema'
import { POLICY_FILE } from '../policy/schema'
import { ROUTE_FILE } from '../route/schema'
import { QUARANTINE_SECTION } from '../quarantine/schema'
import { METRICS_SECTION } from './metrics'
import { IDENTITY_SECTION } from '../identity/schema'
import { LIMITS_FILE, STATE_SECTION } from '../limits/schema'
import { REPUTATION_FILE } from '../reputation/schema'

export const HARAKA_INI_FILE: FileSpec = file(
  'haraka.ini',
  [
    "Settings shared by several of Outpost's plugins and by the `outpost` command.",
    "Each plugin's own settings live in config/outpost_<plugin>.ini.",
    'Paths are relative to this directory (the Haraka install directory).',
    'Read through Haraka (changes apply without a restart unless a key says',
    'otherwise); a bad value stops start-up, a bad edit is logged and ignored.',
  ],
  [QUARANTINE_SECTION, DNS_SECTION, IDENTITY_SECTION, STATE_SECTION, METRICS_SECTION],
)

export interface ShippedFile {
  spec: FileSpec
  /** where the shipped copy lives, relative to the repository (= install) root */
  path: string
}

export const CONFIG_FILES: ShippedFile[] = [
  { spec: RELAY_FILE, path: 'config/outpost_relay.ini' },
  { spec: POLICY_FILE, path: 'config/outpost_policy.ini' },
  { spec: ROUTE_FILE, path: 'config/outpost_route.ini' },
  { spec: LIMITS_FILE, path: 'config/outpost_limits.ini' },
  { spec: REPUTATION_FILE, path: 'config/outpost_reputation.ini' },
  { spec: HARAKA_INI_FILE, path: 'haraka.ini' },
]
