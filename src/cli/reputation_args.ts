// Argument handling shared by `outpost feedback|snds|reputation|stats`:
// positionals, --flag VALUE / --flag=VALUE for the flags a command declares,
// boolean flags; anything else is a usage error.
export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[]
  values: Map<string, string>
  flags: Set<string>
}

export function parseArgs(args: string[], valueFlags: string[], boolFlags: string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], values: new Map(), flags: new Set() }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--') {
      out.positional.push(...args.slice(i + 1))
      break
    }
    if (a.startsWith('-') && a.length > 1) {
      const eq = a.indexOf('=')
      const name = eq > 0 ? a.slice(0, eq) : a
      if (valueFlags.includes(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : args[++i]
        if (v === undefined) throw new UsageError(`${name} needs a value`)
        out.values.set(name, v)
      } else if (boolFlags.includes(name) && eq < 0) out.flags.add(name)
      else throw new UsageError(`unknown option ${a}`)
      continue
    }
    out.positional.push(a)
  }
  return out
}

export function pad(s: string, n: number): string {
  return s.length >= n ? `${s.slice(0, n - 1)}~ ` : s.padEnd(n)
}

export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, ' ')
}

export function isoMinute(t: number | undefined): string {
  return t ? new Date(t).toISOString().slice(0, 16).replace('T', ' ') : '-'
}
