// The parts of Haraka's plugin API the outpost_* plugins use. Haraka ships no
// type declarations; these describe Haraka 3.3.x as it behaves at run time.

export type Next = (code?: number, msg?: string | string[]) => void

export interface Results {
  add(plugin: unknown, result: Record<string, unknown>): void
  get(plugin: unknown): Record<string, any> | undefined
  has(plugin: unknown, list: string, search: string | RegExp): boolean
  push(plugin: unknown, result: Record<string, unknown>): void
}

export interface Notes {
  [key: string]: any
  get?(path: string): any
  set?(path: string, value: unknown): void
}

export interface AddressLike {
  user: string | null
  host: string | null
  original?: string
  /** the bare address (a getter in @haraka/email-address 3.x, which Haraka 3.3 uses) */
  readonly address: string
  format(): string
  isNull?(): boolean
}

export interface MessageStream {
  get_data(cb: (buf: Buffer) => void): void
  get_data(opts: Record<string, unknown>, cb: (buf: Buffer) => void): void
  pipe(dest: NodeJS.WritableStream, opts?: Record<string, unknown>): NodeJS.WritableStream
}

export interface Header {
  get(name: string): string
  get_all(name: string): string[]
  get_decoded(name: string): string
  lines(): string[]
}

export interface Transaction {
  uuid: string
  mail_from: AddressLike
  rcpt_to: AddressLike[]
  notes: Notes
  results: Results
  header: Header
  message_stream: MessageStream
  data_bytes: number
  parse_body: boolean
  add_header(name: string, value: string): void
  add_leading_header(name: string, value: string): void
  remove_header(name: string): void
}

export interface Connection {
  uuid: string
  relaying: boolean
  remote: { ip: string; host?: string; port?: number; is_private: boolean; is_local: boolean; info?: string }
  local: { ip: string; port: number; host?: string }
  hello: { host?: string; verb?: string }
  tls: { enabled: boolean }
  notes: Notes
  results: Results
  transaction: Transaction | null
  set(path: string, value: unknown): void
  respond(code: number, msg: string | string[], cb?: () => void): void
  loginfo(plugin: unknown, msg: string, data?: Record<string, unknown>): void
  lognotice(plugin: unknown, msg: string, data?: Record<string, unknown>): void
  logwarn(plugin: unknown, msg: string, data?: Record<string, unknown>): void
  logerror(plugin: unknown, msg: string, data?: Record<string, unknown>): void
  logdebug(plugin: unknown, msg: string): void
}

export interface HarakaConfig {
  get(name: string, type?: string | ((...a: unknown[]) => void) | Record<string, unknown>, cb?: unknown, opts?: unknown): any
}

export interface Plugin {
  name: string
  config: HarakaConfig
  register_hook(hook: string, method: string, priority?: number): void
  inherits(name: string): void
  loginfo(msg: string, conn?: unknown): void
  lognotice(msg: string, conn?: unknown): void
  logwarn(msg: string, conn?: unknown): void
  logerror(msg: string, conn?: unknown): void
  logdebug(msg: string, conn?: unknown): void
  [key: string]: any
}

/** The whole message of a transaction, un-stuffed (see HARAKA-NOTES: get_data). */
export function readMessage(txn: Transaction): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    try {
      txn.message_stream.get_data((buf: Buffer) => resolve(buf))
    } catch (err) {
      reject(err)
    }
  })
}
