// Moved to src/lib/networks.ts: one parser of addresses and networks for every
// config file. Kept as a re-export so existing imports keep working.
export * from '../lib/networks'
