// What the rules read besides the message: the shipped host lists and brands with the admin's
// additions ([lists] and [brands] of config/outpost_policy.ini), built once per loaded config.
import type { RuleContext } from '../types'
import { brandCatalogue, NO_BRAND_ADDITIONS, type BrandAdditions } from './brands'
import { ESP_BOUNCE, ESP_TRACKING, FREE_HOSTING, hostSet, IMAGE_HOSTS, IPFS_GATEWAYS, NO_ADDITIONS, PAYMENT_PAGE_HOSTS, REDIRECTORS, URL_SHORTENERS, type ListAdditions } from './lists'

export function ruleContext(add: ListAdditions = NO_ADDITIONS, brands: BrandAdditions = NO_BRAND_ADDITIONS): RuleContext {
  return {
    shorteners: hostSet([...URL_SHORTENERS, ...add.shorteners]),
    redirectors: hostSet([...REDIRECTORS, ...add.redirectors]),
    freeHosting: hostSet([...FREE_HOSTING, ...add.free_hosting]),
    ipfsGateways: hostSet([...IPFS_GATEWAYS, ...add.ipfs_gateways]),
    imageHosts: hostSet([...IMAGE_HOSTS, ...(add.image_hosts ?? [])]),
    espTracking: hostSet([...ESP_TRACKING, ...add.esp_tracking]),
    espBounce: hostSet([...ESP_BOUNCE, ...add.esp_bounce]),
    paymentPages: hostSet([...PAYMENT_PAGE_HOSTS, ...(add.payment_pages ?? [])]),
    brands: brandCatalogue(brands),
  }
}

/** The shipped lists and brands alone (tools and tests that do not read a config). */
export const DEFAULT_RULE_CONTEXT: RuleContext = ruleContext()
