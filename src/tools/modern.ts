// The modern development corpus (../shared/corpus/modern-dev.tar.xz, unpacked
// OUTSIDE the repository: its texts carry no redistribution licence) and its
// fixed split into a training and an evaluation part, plus the kind of mail
// each folder holds, for `outpost eval --modern DIR`.
//
// The split must not let near-duplicates straddle it: phishing_pot and the
// list spam hold many variants of one campaign (same subject once numbers are
// removed, same sender), so messages are first joined into groups (union-find
// over the normalised subject and the sender's address), and the group is
// hashed into a bucket. Ham from lists, notifications and bounces is split by
// a hash of its file name. Buckets < EVAL_PERCENT are the evaluation part.
import { foldConfusables } from '../engine/rules/lure'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** buckets 0..EVAL_PERCENT-1 (of 100) are the evaluation part, never trained on or looked at for rule design */
export const EVAL_PERCENT = 50

export type MailKind =
  | 'lists' | 'notifications' | 'bounces' | 'other-ham' | 'transactional' | 'newsletters'
  | 'phishing' | 'scams' | 'list-spam' | 'old-spam' | 'old-ham'

export interface ModernMessage {
  /** data set: the folder under ham/ or spam/ (lists-openbmc, phishingpot, ...) */
  set: string
  kind: MailKind
  file: string
  spam: boolean
  /** the group the split is decided by */
  group: string
  bucket: number
}

/**
 * The honeypot collection holds both phishing and scams; for the figures a message counts as
 * phishing when its subject or text is about what phishing steals or impersonates (accounts,
 * passwords, sign-ins, security alerts, wallets, parcels, invoices, payments, refunds, mailboxes),
 * in the seven languages, and as a scam otherwise (prizes, surveys, investments, advance fees,
 * dating, products, loans). A labelling aid for reporting only, independent of the engine's rules.
 */
const PHISHING_TOPIC = /password|passwort|kennwort|wachtwoord|senha|contraseña|mot de passe|log-?in|sign[- ]?in|anmeld|inlog|account|konto|rekening|conta\b|cuenta|compte|conto\b|verif|bestätig|bevestig|confirm|suspen|gesperrt|geblokkeerd|bloque|blocked|locked|security|sicherheit|beveiliging|segurança|seguridad|sécurité|sicurezza|wallet|seed|metamask|ledger|airdrop|parcel|package|paket|pakket|encomenda|paquete|colis|delivery|zustell|entrega|livraison|consegna|invoice|rechnung|factuur|fatura|factura|facture|fattura|payment|zahlung|betaling|pagamento|pago\b|paiement|refund|erstattung|restitui|reembolso|rembours|rimborso|mailbox|postfach|2fa|two-factor|unusual|ungewöhnlich|protocolo/i

export function phishingOrScam(subject: string, text: string): 'phishing' | 'scams' {
  // look-alike letters folded, so "Wallеt Suspеnded" with Cyrillic е reads as what it says
  return PHISHING_TOPIC.test(foldConfusables(`${subject.slice(0, 500)}\n${text.slice(0, 3000)}`)) ? 'phishing' : 'scams'
}

export function kindOfFolder(label: 'ham' | 'spam', folder: string): MailKind {
  if (label === 'spam') return folder === 'phishingpot' ? 'phishing' : 'list-spam'
  if (folder.startsWith('lists-')) return 'lists'
  if (folder === 'notifications') return 'notifications'
  if (folder === 'bounces') return 'bounces'
  return 'other-ham'
}

export function bucketOfKey(key: string): number {
  return crypto.createHash('sha256').update(key).digest().readUInt32BE(0) % 100
}

/** The top-level header block, unfolded, as lower-case name -> first value (cheap; no MIME parse). */
function headerMap(raw: Buffer): Map<string, string> {
  const text = raw.subarray(0, Math.min(raw.length, 65536)).toString('latin1')
  const end = text.search(/\r?\n\r?\n/)
  const block = (end >= 0 ? text.slice(0, end) : text).replace(/\r?\n[ \t]+/g, ' ')
  const out = new Map<string, string>()
  for (const line of block.split(/\r?\n/)) {
    const c = line.indexOf(':')
    if (c <= 0) continue
    const name = line.slice(0, c).trim().toLowerCase()
    if (!out.has(name)) out.set(name, line.slice(c + 1).trim())
  }
  return out
}

/**
 * Subject with RFC 2047 words reduced to their charset-independent payload, numbers and punctuation dropped.
 * Its own short list of reply and forward markers, not the engine's (src/engine/subject_prefix.ts): the key
 * groups campaigns for the fixed split, and a longer list would move messages between its parts.
 */
export function subjectKey(subject: string): string {
  return subject
    .toLowerCase()
    .replace(/=\?[^?]{1,40}\?[bq]\?([^?]{0,400})\?=/gi, '$1')
    .replace(/^(?:(?:re|fw|fwd|aw|wg|sv|tr)\s*:\s*)+/, '')
    .replace(/[0-9]+/g, '')
    .replace(/[^a-z\u00c0-\uffff]+/g, '')
    .slice(0, 60)
}

function addressKey(from: string): string {
  const m = /<([^<>\s]{1,200})>/.exec(from) ?? /([^\s<>"]{1,200}@[^\s<>"]{1,200})/.exec(from)
  const a = (m ? m[1] : '').toLowerCase()
  // phishing_pot anonymises recipients (and sometimes senders) to phishing@pot: no evidence of a campaign
  return a && !a.endsWith('@pot') ? a : ''
}

class UnionFind {
  private parent = new Map<string, string>()
  find(x: string): string {
    let p = this.parent.get(x) ?? x
    if (p === x) return x
    p = this.find(p)
    this.parent.set(x, p)
    return p
  }
  union(a: string, b: string): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
  }
}

/** Every message of the unpacked corpus under dir, with its kind and split bucket. */
export function modernMessages(dir: string): ModernMessage[] {
  const out: ModernMessage[] = []
  for (const label of ['ham', 'spam'] as const) {
    const base = path.join(dir, label)
    if (!fs.existsSync(base)) throw new Error(`${dir} does not look like the unpacked modern corpus (no ${label}/ folder)`)
    for (const folder of fs.readdirSync(base).sort()) {
      const fdir = path.join(base, folder)
      if (!fs.statSync(fdir).isDirectory()) continue
      for (const name of fs.readdirSync(fdir).sort()) {
        if (name.startsWith('.')) continue
        out.push({ set: folder, kind: kindOfFolder(label, folder), file: path.join(fdir, name), spam: label === 'spam', group: `${folder}/${name}`, bucket: 0 })
      }
    }
  }
  // campaign groups for spam: messages sharing a normalised subject or a sender address are one group
  const uf = new UnionFind()
  for (const m of out) {
    if (!m.spam) continue
    const h = headerMap(fs.readFileSync(m.file))
    const subj = subjectKey(h.get('subject') ?? '')
    const addrs = [addressKey(h.get('from') ?? ''), addressKey(h.get('reply-to') ?? '')].filter(Boolean)
    if (subj.length >= 8) uf.union(m.group, `s:${subj}`)
    for (const a of addrs) uf.union(m.group, `a:${a}`)
  }
  for (const m of out) {
    if (m.spam) m.group = uf.find(m.group)
    m.bucket = bucketOfKey(m.group)
  }
  return out
}

export const isModernEval = (m: { bucket: number }) => m.bucket < EVAL_PERCENT
