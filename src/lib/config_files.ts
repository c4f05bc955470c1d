// Every config file of the bundle that is declared as data (src/lib/config_schema.ts):
// the list `npm run gen:config` renders into the shipped files and README tables,
// test/unit/config_schema.test.ts checks for drift, and `outpost check-config`
// walks. A new file: add its declaration here. (A new haraka.ini section: add it
// to HARAKA_INI_FILE's sections.)
import type { FileSpec } from './config_schema'
import { RELAY_FILE } from '../relay/schema'

export interface ShippedFile {
  spec: FileSpec
  /** where the shipped copy lives, relative to the repository (= install) root */
  path: string
}

export const CONFIG_FILES: ShippedFile[] = [{ spec: RELAY_FILE, path: 'config/outpost_relay.ini' }]
