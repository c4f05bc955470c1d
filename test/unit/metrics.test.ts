// haraka.ini [metrics] listen, and the exposition format of the registry.
import { describe, expect, it } from 'vitest'
import { parseHarakaIni } from '../../src/lib/haraka_ini'
import { Counter, Histogram, readMetricsConfig } from '../../src/lib/metrics'

const cfg = (text: string) => readMetricsConfig(parseHarakaIni(text))

describe('haraka.ini [metrics]', () => {
  it('is off by default and when listen is empty', () => {
    expect(cfg('')).toEqual({})
    expect(cfg('[metrics]\nlisten =\n')).toEqual({})
  })
  it('takes a loopback ADDRESS:PORT, IPv4 or IPv6', () => {
    expect(cfg('[metrics]\nlisten = 127.0.0.1:9101\n')).toEqual({ listen: { host: '127.0.0.1', port: 9101 } })
    expect(cfg('[metrics]\nlisten = [::1]:9101\n')).toEqual({ listen: { host: '::1', port: 9101 } })
  })
  it('refuses anything else, naming file, line, key and what was expected', () => {
    expect(() => cfg('[metrics]\nlisten = 0.0.0.0:9101\n')).toThrow(/haraka\.ini:2: .*listen.*loopback/)
    expect(() => cfg('[metrics]\nlisten = 9101\n')).toThrow(/expected ADDRESS:PORT on loopback/)
    expect(() => cfg('[metrics]\nlisten = 127.0.0.1:99999\n')).toThrow(/expected ADDRESS:PORT/)
    expect(() => cfg('[metrics]\nlisen = 127.0.0.1:9101\n')).toThrow(/lisen/)
  })
})

describe('exposition', () => {
  it('renders counters with labels and cumulative histogram buckets', () => {
    const c = new Counter('x_total', 'x', [{ reason: 'a' }])
    c.inc({ reason: 'a' })
    c.inc({ reason: 'b"q' }, 2)
    expect(c.render()).toEqual(['x_total{reason="a"} 1', 'x_total{reason="b\\"q"} 2'])
    const h = new Histogram('h', 'h', [1, 5])
    h.observe(0.5)
    h.observe(3)
    h.observe(9)
    expect(h.render()).toEqual(['h_bucket{le="1"} 1', 'h_bucket{le="5"} 2', 'h_bucket{le="+Inf"} 3', 'h_sum 12.5', 'h_count 3'])
  })
})
