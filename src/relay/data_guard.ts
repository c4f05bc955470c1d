// Bare CR and NUL in DATA (the SMTP smuggling family). Haraka splits DATA
// into lines at LF and refuses a bare LF itself; a CR that is not the CR of a
// line's CRLF, or a NUL, it passes on verbatim. A next hop that ends DATA on
// <CR>.<CR> (or ignores NUL) would then read a second, unchecked message out of
// one that passed here. RFC 5321 §2.3.8 allows CR only in CRLF, RFC 5322 §2.2
// no NUL: such a message is refused, not repaired. Pure: no Haraka.

export type DataFault = 'bare CR' | 'NUL'

export interface DataFinding {
  fault: DataFault
  /** 1-based line of DATA (Haraka's own Received line not counted) */
  line: number
}

/** The first fault in one DATA line as Haraka hands it over (ending in CRLF), or undefined. */
export function lineFault(line: Buffer): DataFault | undefined {
  if (line.indexOf(0) >= 0) return 'NUL'
  const cr = line.indexOf(0x0d)
  // the only CR allowed is the one of the final CRLF
  if (cr >= 0 && !(cr === line.length - 2 && line[line.length - 1] === 0x0a)) return 'bare CR'
  return undefined
}

/** The first fault in a whole message (CRLF line ends), or undefined. */
export function messageFault(message: Buffer): DataFinding | undefined {
  const nul = message.indexOf(0)
  let firstBareCr = -1
  for (let i = message.indexOf(0x0d); i >= 0; i = message.indexOf(0x0d, i + 1)) {
    if (message[i + 1] !== 0x0a) {
      firstBareCr = i
      break
    }
  }
  const at = nul < 0 ? firstBareCr : firstBareCr < 0 ? nul : Math.min(nul, firstBareCr)
  if (at < 0) return undefined
  let line = 1
  for (let i = message.indexOf(0x0a); i >= 0 && i < at; i = message.indexOf(0x0a, i + 1)) line++
  return { fault: at === nul ? 'NUL' : 'bare CR', line }
}

export function faultReply(f: DataFinding): string {
  const what = f.fault === 'NUL' ? 'a NUL character' : 'a bare CR (a carriage return not followed by a line feed)'
  return `5.6.0 Message refused: line ${f.line} of the message contains ${what}; SMTP allows CR only as part of CRLF and no NUL (RFC 5321 2.3.8, RFC 5322 2.2)`
}
