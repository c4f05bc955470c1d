// The usual end-to-end fixture: a smarthost sink and a Haraka gateway routing
// to it, started before the tests of a describe block and stopped after them.
import { afterAll, beforeAll } from 'vitest'
import { HarakaProcess, startHaraka } from './haraka'
import { Sink, startSink } from './smtp_sink'

export interface Gateway {
  haraka: HarakaProcess
  sink: Sink
}

/** config/outpost_route.ini sending everything to the sink */
export function smarthostIni(sink: Sink): string {
  return `[smarthost]\nhost = 127.0.0.1\nport = ${sink.port}\n`
}

/**
 * Register beforeAll/afterAll for a sink and a gateway whose smarthost is the
 * sink; `files` (given the sink) adds or overrides install-dir files. The
 * returned object is filled in by beforeAll. `startTimeout` (ms) waits longer
 * for Haraka to start (the beforeAll hook gets twice that plus a margin).
 */
export function useGateway(files: (sink: Sink) => Record<string, string>, opts: { startTimeout?: number } = {}): Gateway {
  const gw = {} as Gateway
  beforeAll(async () => {
    gw.sink = await startSink()
    gw.haraka = await startHaraka({ files: { 'config/outpost_route.ini': smarthostIni(gw.sink), ...files(gw.sink) }, startTimeout: opts.startTimeout })
  }, opts.startTimeout ? opts.startTimeout * 2 + 30_000 : undefined)
  afterAll(async () => {
    await gw.haraka?.stop()
    await gw.sink?.close()
  })
  return gw
}
