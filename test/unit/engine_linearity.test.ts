// Every rule is linear in its input: hostile messages of growing size cost the
// engine time in proportion to their size, never more. Each case is scored at
// N, 4N and 16N characters of adversarial input (5K, 20K, 80K: all below the
// size at which V8 moves strings to its large-object space, a one-off step in
// cost per string that is not growth); the CPU time (process.cpuUsage,
// the best of a few runs, each run repeated until it is long enough to measure)
// must grow by less than 10x per 4x of input. A quadratic rule grows about 16x.
// Only ratios are asserted, never durations: the machine is shared and noisy.
import { describe, expect, it } from 'vitest'
import { createEngine } from '../../src/engine/index'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'

const engine = createEngine(DEFAULT_ENGINE_SETTINGS)
const FACTS = { mailFrom: 'a@example.com', rcptTo: ['b@example.org'] }
const HEAD: Record<string, string> = {
  From: 'a@example.com',
  To: 'b@example.org',
  Subject: 'test',
  Date: 'Mon, 1 Jan 2024 10:00:00 +0000',
  'Message-ID': '<x@example.com>',
  'MIME-Version': '1.0',
}

function headers(over: Record<string, string> = {}): string {
  return Object.entries({ ...HEAD, ...over })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')
}
const b64 = (s: string) => Buffer.from(s).toString('base64').replace(/.{76}/g, '$&\r\n')
/** a base64 text/plain part holding s (decoded text reaches the body rules as is) */
const text = (s: string) => Buffer.from(headers() + 'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n' + b64(s) + '\r\n')
const html = (s: string) => Buffer.from(headers() + 'Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n' + b64(s) + '\r\n')
/** the header `name` set to value (a long value is folded, as a real client would) */
const header = (name: string, value: string) =>
  Buffer.from(headers({ [name]: value.replace(/(.{900}) /g, '$1\r\n ') }) + 'Content-Type: text/plain\r\n\r\nhello\r\n')
const raw = (body: string) => Buffer.from(headers() + 'Content-Type: text/plain\r\n\r\n' + body)

/** adversarial inputs: n is (about) the number of hostile characters */
const CASES: Record<string, (n: number) => Buffer> = {
  'digits (advance-fee amount pattern)': (n) => text('1'.repeat(n)),
  'digits with dots': (n) => text('1.'.repeat(n / 2)),
  'a long http://0x000... URL in text': (n) => text('see http://0x' + '0'.repeat(n)),
  'a long http://0x000... URL in an href': (n) => html('<a href="http://0x' + '0'.repeat(n) + '">x</a>'),
  'many URLs ending in runs of dots': (n) => text(('http://x' + '.'.repeat(1990) + 'y ').repeat(Math.ceil(n / 2000))),
  'a huge To list': (n) => header('To', Array.from({ length: n / 20 }, (_, i) => `u${i}@example.org`).join(', ')),
  'a run of spaces after a phrase start': (n) => text('verify ' + ' '.repeat(n) + 'x'),
  'a run of Unicode spaces in HTML': (n) => html('<p>a' + '\u2003'.repeat(n) + 'b</p>'),
  'a run of = signs (quoted-printable)': (n) =>
    Buffer.from(headers() + 'Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' + '='.repeat(n) + '\r\n'),
  'a run of < chars': (n) => html('<'.repeat(n)),
  'nested tags': (n) => html('<b><i>'.repeat(n / 6) + 'x'),
  'unclosed anchors': (n) => html('<a href="http://x.example/'.repeat(n / 26)),
  'unclosed comments and styles': (n) => html('<!--<style>'.repeat(n / 11)),
  'entities': (n) => html('&#'.repeat(n / 2)),
  'a word with a long run of dashes': (n) => text('a' + '-'.repeat(n) + 'a'),
  'dollar amounts': (n) => text('$1'.repeat(n / 2)),
  'bitcoin words': (n) => text('btc '.repeat(n / 4)),
  'webcam words': (n) => text('webcam '.repeat(n / 7)),
  'u.s. then spaces': (n) => text('u.s.' + ' '.repeat(n)),
  'a subject of dollar amounts': (n) => header('Subject', '$1 '.repeat(n / 3)),
  // issue 10: lure, brand and link rules
  'repeated starts of account-lure phrases': (n) => text('your account has been '.repeat(n / 22)),
  'repeated "buy" before drug names': (n) => text('buy order for sale '.repeat(n / 19)),
  'Cyrillic look-alike letters': (n) => text('\u0430\u0435'.repeat(n / 2)),
  'mathematical letters (NFKC folding)': (n) => text('\u{1D5D4}\u{1D5EE} '.repeat(n / 5)),
  'a long redirect URL with an embedded address': (n) => text('https://www.google.com/url?q=https://' + 'a'.repeat(n)),
  'many look-alike-shaped hosts': (n) => text(Array.from({ length: n / 30 }, (_, i) => `http://p${i}-paypa1.example/ `).join('')),
  'zero-width characters between letters': (n) => text('a\u200b'.repeat(n / 2)),
  'a subject with two ! far apart': (n) => header('Subject', 'a!' + 'b'.repeat(n) + '!'),
  'a long From display name': (n) => header('From', '"' + 'a'.repeat(n) + '" <a@example.com>'),
  'a Date of unclosed comments': (n) => header('Date', 'AA ('.repeat(n / 4)),
  'a Date of open parentheses': (n) => header('Date', '('.repeat(n)),
  'an unterminated Message-ID': (n) => header('Message-ID', '<' + 'a'.repeat(n)),
  'header lines without a colon': (n) => Buffer.from(headers() + 'abc\r\n'.repeat(n / 5) + 'Content-Type: text/plain\r\n\r\nhello\r\n'),
  'a Received of parentheses': (n) => header('Received', 'from x ' + '('.repeat(n)),
  'a From address ending in dots': (n) => header('From', `<a@example.${'.'.repeat(n)}x>`),
  'an attachment name of dots': (n) =>
    Buffer.from(headers() + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n' +
      `--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="a${'.'.repeat(n)}x"\r\n\r\nxx\r\n--b--\r\n`),
  'content-type: over and over': (n) => raw('content-type: '.repeat(n / 14)),
  // issue 10, second round: disguise and offer rules
  'a subject of spaced-out letters': (n) => header('Subject', 'a.'.repeat(n / 2) + 'aa'),
  'a subject of mixed-case tokens': (n) => header('Subject', 'aBcDeF1gH '.repeat(n / 10)),
  'a From name of dotted labels': (n) => header('From', '"' + 'a-'.repeat(n / 2) + '" <a@example.com>'),
  'a From name of underscored words and digit runs': (n) => header('From', '"' + 'ab_cd_1234567890 cod 12345 '.repeat(n / 27) + '" <a@example.com>'),
  'a text ending in a long run of letters': (n) => text('x '.repeat(n / 4) + 'bcdfg'.repeat(n / 10)),
  'offer words over and over': (n) => text('refinance free spins casino '.repeat(n / 28)),
  'greeting spaces': (n) => text(' '.repeat(n) + 'dear customer'),
  // issue 10, fourth round: callback, fine and underscore rules
  'dispute clauses and call words without a number': (n) => text('if you did not authorize call us at '.repeat(n / 36)),
  'order words without an amount, from a freemail sender': (n) =>
    Buffer.from(headers({ From: 'x <x@gmail.com>' }) + 'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n' + b64('order 1 '.repeat(n / 8)) + '\r\n'),
  'call words before long digit runs with separators': (n) => text('call 12-34-56-78 '.repeat(n / 17)),
  'a subject of underscores between letters': (n) => header('Subject', 'ab_'.repeat(n / 3)),
  // invisible characters (src/engine/invisible.ts)
  'a grapheme joiner after every letter': (n) => text('a\u034F'.repeat(n / 2)),
  'long runs of joiners between letters': (n) => text(('a' + '\u200D'.repeat(50) + ' ').repeat(n / 52)),
  'soft hyphens between non-letters': (n) => text('1\u00AD'.repeat(n / 2)),
  'a From name of variation selectors': (n) => header('From', '"' + '\u{E0139}'.repeat(n / 2) + 'x" <a@example.com>'),
  // issue 10, sixth round: advance fee in other languages, disguised brands, PDF passwords, shouting
  'story words and half phrases, accented': (n) => text('viúva het bedrag van milhões de '.repeat(n / 32)),
  'a subject of look-alike letters and marks': (n) => header('Subject', '=?UTF-8?B?' + Buffer.from('Am\u0430z\u073f '.repeat(n / 6)).toString('base64') + '?='),
  'password words before a PDF, no digits': (n) =>
    Buffer.from(headers() + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n' + 'senha de acesso '.repeat(n / 16) +
      '\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="a.pdf"\r\n\r\n%PDF-1.4\r\n--b--\r\n'),
  'runs of exclamation marks and upper-case tag starts': (n) => html('!!<FON'.repeat(n / 6)),
  'gift cards over and over, never a code': (n) => text('gift cards send me the '.repeat(n / 23)),
  'bank-detail words without the change': (n) => text('our bank details have new bank '.repeat(n / 31)),
  // seventh round: business e-mail compromise wordings, pressure and reply paths
  'wiring words without the instructions, pressure without a request': (n) => text('disregard the previous wiring can\'t take keep this '.repeat(n / 50)),
  'verify-by-phone halves, someone who never asks': (n) => text('confirm the change by someone never number you '.repeat(n / 47)),
  'a Reply-To of many look-alike addresses': (n) => header('Reply-To', 'a@examplle.com, '.repeat(n / 16)),
  'a Cc of many addresses of one long name': (n) => header('Cc', `x@${'a'.repeat(60)}.example, `.repeat(n / 74)),
  'no-link statements half written, never-words without a lure': (n) => text('this e-mail contains no in deze e-mail staat non ti mai '.repeat(n / 56)),
  'parcel words each warned of': (n) => text('we will never ask spese di spedizione. '.repeat(n / 39)),
  // eighth round: dating lures, freemail contact addresses, attachment pointers, dormant balances
  'seeking words without the man, self-introductions without an end': (n) => text('i am looking for a i am a very '.repeat(n / 30)),
  'contact phrases before many freemail addresses': (n) => text('reply to my private email a@gmail.com '.repeat(n / 38)),
  'a run of @ signs, and a long local part before one': (n) => text('@'.repeat(n / 2) + 'a'.repeat(n / 2) + '@gmail.com'),
  'dollar amounts written after the number, no balance': (n) => text('1,234$ on your 5$ '.repeat(n / 18)),
  'a short freemail note over a large attachment of money words': (n) =>
    Buffer.from(headers({ From: 'x <x@gmail.com>' }) + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nveja em anexo\r\n' +
      '--b\r\nContent-Type: application/pdf; name="a.pdf"\r\nContent-Disposition: attachment; filename="a.pdf"\r\n\r\n' + 'saldo pontos '.repeat(n / 13) + '\r\n--b--\r\n'),
  'extortion threats before a long run of Bitcoin-address characters': (n) => text('trojan webcam ' + 'A1'.repeat(n / 2)),
  'extortion threats before runs of ones, and half-written contact threats': (n) => text('malware microphone ' + '1'.repeat(n / 2) + ' all your '.repeat(n / 20)),
  // twenty-second round: windows around anchor words, white space runs in HTML
  'the words of every lure family over and over, never a lure': (n) => text('account bank gift day looking parcel daily wire your '.repeat(n / 54)),
  'an HTML run of spaces and wide spaces without a line break': (n) => html(`<p>x${' \u2003'.repeat(n / 2)}y</p>`),
}

/**
 * Cases whose cost blows up only at larger sizes, measured at 15K, 60K and 240K: postal-mime
 * unfolded a header's continuation lines backwards with Array.splice (20,000 lines 0.3 s, 60,000 lines 29 s).
 */
const LARGE_CASES: Record<string, (n: number) => Buffer> = {
  'a header of many short continuation lines': (n) =>
    Buffer.from(headers() + 'X-Folded: a' + '\r\n a'.repeat(n / 4) + '\r\nContent-Type: text/plain\r\n\r\nhello\r\n'),
  'a MIME part header of many short continuation lines': (n) =>
    Buffer.from(headers() + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nX-Folded: a' + '\r\n a'.repeat(n / 4) +
      '\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n'),
}

/** CPU ms of one scoring of raw: the best of 3 runs, each repeated until it took at least 20 ms in total */
async function cpuMs(raw: Buffer): Promise<number> {
  let best = Infinity
  for (let run = 0; run < 3; run++) {
    let reps = 0
    const start = process.cpuUsage()
    let spent = 0
    do {
      const r = await engine.score(raw, FACTS)
      expect(r.skipped).toBeUndefined()
      reps++
      const d = process.cpuUsage(start)
      spent = (d.user + d.system) / 1000
    } while (spent < 20 && reps < 200)
    best = Math.min(best, spent / reps)
  }
  return best
}

const SIZES = [5_000, 20_000, 80_000]
const LARGE_SIZES = [15_000, 60_000, 240_000]
/** CPU time may grow at most this much per 4x of input (linear: ~4, quadratic: ~16) */
const MAX_RATIO = 10

describe('engine: every rule is linear in its input', { timeout: 300_000 }, () => {
  const all: Array<[string, (n: number) => Buffer, number[]]> = [
    ...Object.entries(CASES).map(([name, make]): [string, (n: number) => Buffer, number[]] => [name, make, SIZES]),
    ...Object.entries(LARGE_CASES).map(([name, make]): [string, (n: number) => Buffer, number[]] => [name, make, LARGE_SIZES]),
  ]
  for (const [name, make, sizes] of all) {
    it(name, async () => {
      await engine.score(make(sizes[0]), FACTS) // warm up (JIT, lazily built tables)
      const times: number[] = []
      for (const n of sizes) {
        times.push(await cpuMs(make(n)))
        const i = times.length - 1
        if (i === 0) continue
        // a ratio over the bound is measured again (both sizes, up to twice) before it counts:
        // a collection or another process can slow one measurement; a quadratic rule is slow every time
        for (let retry = 0; retry < 2 && times[i] / times[i - 1] >= MAX_RATIO; retry++) {
          times[i - 1] = Math.min(times[i - 1], await cpuMs(make(sizes[i - 1])))
          times[i] = Math.min(times[i], await cpuMs(make(n)))
        }
        const ratio = times[i] / times[i - 1]
        const figures = sizes.slice(0, i + 1).map((s, j) => `${s / 1000}K: ${times[j].toFixed(2)} ms`).join(', ')
        if (i === sizes.length - 1) console.log(`linearity: ${name}: ${figures}`)
        expect(ratio, `${name}: ${figures}; x${ratio.toFixed(1)} for 4x input`).toBeLessThan(MAX_RATIO)
      }
    })
  }
})
