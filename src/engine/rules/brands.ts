// The brands the brand rules know: the shipped list (src/engine/rules/lists.ts BRANDS) with the
// admin's additions of config/outpost_policy.ini [brands]. A catalogue answers which brand a display
// name or a host names, and whether a domain is the brand's own.
import { orgDomain } from '../domains'
import { BRANDS, type Brand } from './lists'

/** [brands]: a brand's name as a display name writes it -> the domains it really sends from. */
export type BrandAdditions = Readonly<Record<string, readonly string[]>>

export const NO_BRAND_ADDITIONS: BrandAdditions = Object.freeze({})

/**
 * A text's words as the brand rules compare names: ™ ® © _ - as spaces, then, once `lower` has lower-cased
 * (and folded) the text, every run of characters other than a-z, digits, . ' & one space. Display names
 * (src/engine/rules/lure.ts) and the admin's names ([brands], brandNameKey) go through this one function,
 * so that a name given in config matches the display name that writes it.
 */
export function brandWords(text: string, lower: (text: string) => string): string {
  return lower(text.replace(/[™®©_-]/g, ' ')).replace(/[^a-z0-9.'&]+/g, ' ')
}

/** An admin's brand name as the rules compare it: accents taken off ("Crédit Mutualiste" -> "credit mutualiste"). */
export function brandNameKey(name: string): string {
  return brandWords(name, (text) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()).trim()
}

/**
 * Brand top-level domains ("bradesco" of banco.bradesco, "sbi" of onlinesbi.sbi): the top-level label of a
 * brand's own domain that is part of the brand's host token and no generic top-level domain.
 */
const GENERIC_TLDS = new Set(['com', 'net', 'org', 'info', 'biz', 'gov', 'edu', 'int', 'mil', 'app', 'dev', 'pro', 'name', 'mobi', 'shop', 'site', 'online', 'store', 'tech', 'cloud', 'bank', 'money', 'finance', 'news', 'network'])

/** A text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** What makes a domain a brand's own. */
interface Own {
  /** its organisational domains */
  orgs: Set<string>
  /** the labels of them that name it in other countries (amazon.de, amazon.co.jp) */
  labels: Set<string>
}

export class BrandCatalogue {
  readonly brands: readonly Brand[]
  /** organisational domain -> the brand it belongs to */
  readonly byDomain = new Map<string, Brand>()
  /** every brand name in one pattern: a display name that holds none of them is answered with one scan */
  readonly anyName: RegExp
  /** every host token in one pattern, likewise for a link host */
  readonly anyHost: RegExp
  private readonly own = new Map<Brand, Own>()
  private readonly tlds = new Map<string, Brand>()

  constructor(brands: readonly Brand[]) {
    this.brands = brands
    for (const b of brands) {
      const orgs = new Set<string>()
      for (const d of b.domains) {
        const org = orgDomain(d)
        orgs.add(org)
        this.byDomain.set(org, b)
        const tld = d.slice(d.lastIndexOf('.') + 1)
        if (tld.length >= 3 && !GENERIC_TLDS.has(tld) && b.host.includes(tld)) this.tlds.set(tld, b)
      }
      this.own.set(b, { orgs, labels: new Set([...orgs].map((o) => o.split('.')[0]).filter((l) => l.length >= 4)) })
    }
    this.anyName = new RegExp(brands.flatMap((b) => b.names).map(escapeRegExp).join('|'))
    this.anyHost = new RegExp(brands.filter((b) => b.host).map((b) => escapeRegExp(b.host)).join('|'))
  }

  /** The brand named as a whole word in a text written as brandNameKey writes it (" hm revenue and customs "), or undefined. */
  named(key: string): Brand | undefined {
    if (!this.anyName.test(key)) return undefined
    for (const b of this.brands) {
      for (const n of b.names) {
        const i = key.indexOf(n)
        if (i < 0) continue
        if (/[a-z0-9]/.test(key[i - 1] ?? '') || /[a-z0-9]/.test(key[i + n.length] ?? '')) continue
        return b
      }
    }
    return undefined
  }

  /** The brand one of whose listed domains this domain's organisation is ("info.coinbase.com" -> Coinbase). */
  brandOf(domain: string): Brand | undefined {
    return this.byDomain.get(orgDomain(domain))
  }

  /** Whether the domain is one the brand really sends from or links to. */
  isOwnDomain(brand: Brand, domain: string): boolean {
    const org = orgDomain(domain)
    const own = this.own.get(brand)
    // a name without a dot ("836123@bradesco", "aviso@correios") is no domain on the Internet: nobody's own
    if (!own || !org.includes('.')) return false
    if (own.orgs.has(org)) return true
    if (brand.members) {
      const dot = org.indexOf('.')
      if (dot > 0 && brand.members.tlds.includes(org.slice(org.lastIndexOf('.') + 1)) && brand.members.label.test(org.slice(0, dot))) return true
    }
    // a brand top-level domain (banco.bradesco, mabanque.bnpparibas, onlinesbi.sbi): only the brand registers under it
    const tld = org.slice(org.lastIndexOf('.') + 1)
    if (this.tlds.get(tld) === brand) return true
    // amazon.* / ebay.* style country domains: the brand's own label as the organisation
    return own.labels.has(org.split('.')[0])
  }
}

/**
 * The shipped brands with the admin's additions. A name that is one of a shipped brand's names adds
 * its domains to that brand (a genuine sender the shipped list lacks); any other name is a brand of
 * its own, recognised in display names, and in look-alike hosts by its first domain's organisational
 * label without hyphens when that has at least 5 letters or digits ("sparkassenordheim").
 */
export function brandCatalogue(additions: BrandAdditions = NO_BRAND_ADDITIONS): BrandCatalogue {
  const names = Object.keys(additions)
  if (!names.length) return SHIPPED_BRANDS
  const added = new Map(names.map((n) => [brandNameKey(n), additions[n]]))
  const brands = BRANDS.map((b) => {
    const domains = b.names.flatMap((n) => added.get(n) ?? [])
    for (const n of b.names) added.delete(n)
    return domains.length ? { ...b, domains: [...b.domains, ...domains] } : b
  })
  for (const [name, domains] of added) {
    const label = domains.length ? orgDomain(domains[0]).split('.')[0].replace(/-/g, '') : ''
    brands.push({ names: [name], host: /^[a-z0-9]{5,}$/.test(label) ? label : '', domains: [...domains] })
  }
  return new BrandCatalogue(brands)
}

export const SHIPPED_BRANDS = new BrandCatalogue(BRANDS)
