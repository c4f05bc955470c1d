// Attachment rules: file names and the first bytes of their content.
import type { RuleFamily } from '../types'

/** extensions Windows or a mail client runs on a double click */
export const EXECUTABLE_EXTENSIONS = new Set([
  'exe', 'scr', 'com', 'pif', 'bat', 'cmd', 'cpl', 'js', 'jse', 'vbs', 'vbe', 'wsf', 'wsh', 'ws', 'hta', 'msi', 'msp',
  'jar', 'ps1', 'psm1', 'reg', 'lnk', 'dll', 'sys', 'application', 'gadget', 'msc', 'inf', 'scf', 'appx', 'msix',
  'iso', 'img', 'vhd', 'vhdx', 'chm', 'sct', 'url', 'xll', 'one',
])
const MACRO_EXTENSIONS = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'pptm', 'potm', 'ppam', 'ppsm', 'sldm'])
const HTML_EXTENSIONS = new Set(['htm', 'html', 'shtml', 'xhtml', 'svg'])
const DOCUMENT_EXTENSIONS = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'txt', 'rtf', 'jpg', 'jpeg', 'png', 'gif', 'zip', 'rar', 'csv'])

function extensions(name: string): string[] {
  // the last 255 characters are enough for the extensions; trimmed in a loop, not /[\s.]+$/ (quadratic on inner runs)
  const tail = name.length > 255 ? name.slice(-255) : name
  let end = tail.length
  while (end > 0 && /[\s.]/.test(tail[end - 1])) end--
  return tail.slice(0, end).toLowerCase().split('.').slice(1)
}

export const attachmentRules: RuleFamily = {
  family: 'attachment',
  rules: [
    { name: 'EXECUTABLE_ATTACHMENT', score: 5.0, description: 'an attached program or script (.exe, .scr, .js, .vbs, .bat, ... or Windows executable content)' },
    { name: 'DOUBLE_EXTENSION_ATTACHMENT', score: 4, description: 'an executable disguised with a document extension first (invoice.pdf.exe)' },
    { name: 'MACRO_ATTACHMENT', score: 1.5, description: 'a macro-enabled Office document (.docm, .xlsm, ...)' },
    { name: 'HTML_ATTACHMENT', score: 1.0, description: 'an attached HTML/SVG file (a classic credential-phishing carrier)' },
  ],
  check(msg, _facts, hit) {
    const names: Array<{ name: string; head?: Uint8Array }> = msg.attachments.map((a) => ({ name: a.filename, head: a.head }))
    for (const n of msg.namesBeyondCap) names.push({ name: n })
    const fired = new Set<string>()
    const once = (rule: string, evidence: string) => {
      if (!fired.has(rule)) {
        fired.add(rule)
        hit(rule, evidence.slice(0, 120))
      }
    }
    for (const { name, head } of names) {
      const exts = extensions(name)
      const last = exts[exts.length - 1] ?? ''
      const isMz = !!head && head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a
      if (EXECUTABLE_EXTENSIONS.has(last)) {
        once('EXECUTABLE_ATTACHMENT', name)
        if (exts.length >= 2 && DOCUMENT_EXTENSIONS.has(exts[exts.length - 2])) once('DOUBLE_EXTENSION_ATTACHMENT', name)
      } else if (isMz) {
        once('EXECUTABLE_ATTACHMENT', `${name || 'unnamed part'} (Windows executable content)`)
      }
      if (MACRO_EXTENSIONS.has(last)) once('MACRO_ATTACHMENT', name)
      if (HTML_EXTENSIONS.has(last)) once('HTML_ATTACHMENT', name)
    }
  },
}
