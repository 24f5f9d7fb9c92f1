/**
 * The bank a context belongs to: the bank that issued its API key, and so the only place its
 * tokens may go (docs/architecture.md, security stance; docs/decisions/0023). A context records it
 * once, when it is made; the transport is derived from it (src/transport/context-transport.ts),
 * never chosen beside it, and the request pipeline refuses any request addressed elsewhere
 * (bank-guard.ts).
 *
 * Plain data, safe to keep in clear: base URLs and relay URLs only, never a secret (a relay URL
 * with credentials is refused by src/transport/base-url.ts before it gets here).
 */

export type Environment = 'SANDBOX' | 'PRODUCTION'

/** How the page reaches a bank (docs/decisions/0002). Never holds a secret. */
export type TransportConfig =
  { kind: 'practice' } | { kind: 'direct'; baseUrl: string } | { kind: 'relay'; relayUrl: string }

export const SANDBOX_BASE_URL = 'https://public-api.sandbox.bunq.com/v1'
export const PRODUCTION_BASE_URL = 'https://api.bunq.com/v1'
/** The in-page practice bank answers any host; this one names it in URLs the user sees. */
export const PRACTICE_BASE_URL = 'https://practice.bunq.invalid/v1'

/**
 * Which bank issued a context's API key, and the way the page reaches it:
 * - `practice-in-page`: the emulator running in this page (no network);
 * - `practice-server`: a practice bank server (`npm run practice-bank`) or another bunq-shaped
 *   server at `baseUrl`, reached directly;
 * - `bunq-sandbox` / `bunq-production`: bunq itself, directly, or through the relay at
 *   `relayUrl` (normalised, without /v1) when one is given.
 */
export type BankBinding =
  | { kind: 'practice-in-page' }
  | { kind: 'practice-server'; baseUrl: string }
  | { kind: 'bunq-sandbox'; relayUrl?: string }
  | { kind: 'bunq-production'; relayUrl?: string }

export type BankKind = BankBinding['kind']

export const PRACTICE_IN_PAGE: BankBinding = { kind: 'practice-in-page' }
export const BUNQ_SANDBOX: BankBinding = { kind: 'bunq-sandbox' }

/** bunq's environment for a bank: only bunq production is PRODUCTION (the emulators are sandboxes). */
export function environmentOf(bank: BankBinding): Environment {
  return bank.kind === 'bunq-production' ? 'PRODUCTION' : 'SANDBOX'
}

/** The base URL every request of a context of this bank is built on (ends in /v1). */
export function bankEndpoint(bank: BankBinding): string {
  switch (bank.kind) {
    case 'practice-in-page':
      return PRACTICE_BASE_URL
    case 'practice-server':
      return bank.baseUrl
    case 'bunq-sandbox':
      return bank.relayUrl ? `${bank.relayUrl}/v1` : SANDBOX_BASE_URL
    case 'bunq-production':
      return bank.relayUrl ? `${bank.relayUrl}/v1` : PRODUCTION_BASE_URL
  }
}

/** The transport setting that reaches this bank (src/transport builds it). */
export function transportOf(bank: BankBinding): TransportConfig {
  switch (bank.kind) {
    case 'practice-in-page':
      return { kind: 'practice' }
    case 'practice-server':
      return { kind: 'direct', baseUrl: bank.baseUrl }
    case 'bunq-sandbox':
    case 'bunq-production':
      return bank.relayUrl
        ? { kind: 'relay', relayUrl: bank.relayUrl }
        : { kind: 'direct', baseUrl: bankEndpoint(bank) }
  }
}

/**
 * The bank a transport setting reaches. A relay does not say where it forwards, so the
 * environment decides between bunq's sandbox and production; a direct URL that is neither of
 * bunq's hosts is a practice bank server. This is also how contexts saved before banks were
 * recorded are read (src/storage/context-migrations.ts): their clear, authenticated transport
 * and environment say where they were made.
 */
export function bankOf(transport: TransportConfig, environment: Environment): BankBinding {
  if (transport.kind === 'practice') return PRACTICE_IN_PAGE
  if (transport.kind === 'relay') {
    const kind = environment === 'PRODUCTION' ? 'bunq-production' : 'bunq-sandbox'
    return { kind, relayUrl: transport.relayUrl }
  }
  if (transport.baseUrl === SANDBOX_BASE_URL) return BUNQ_SANDBOX
  if (transport.baseUrl === PRODUCTION_BASE_URL) return { kind: 'bunq-production' }
  return { kind: 'practice-server', baseUrl: transport.baseUrl }
}

/**
 * True when both name the same issuing bank, whatever the route: bunq's sandbox reached directly
 * and through a relay is one bank, so its tokens are valid on both routes.
 */
export function sameIssuer(a: BankBinding, b: BankBinding): boolean {
  if (a.kind !== b.kind) return false
  return a.kind !== 'practice-server' || a.baseUrl === (b as typeof a).baseUrl
}

/** True when both are the same bank reached the same way. */
export function sameBinding(a: BankBinding, b: BankBinding): boolean {
  return sameIssuer(a, b) && bankEndpoint(a) === bankEndpoint(b)
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** The bank in words, for the header and the context list: "bunq sandbox (via relay 127.0.0.1:8787)". */
export function bankLabel(bank: BankBinding): string {
  switch (bank.kind) {
    case 'practice-in-page':
      return 'Practice bank (this page)'
    case 'practice-server':
      return `Practice bank at ${hostOf(bank.baseUrl)}`
    case 'bunq-sandbox':
      return bank.relayUrl ? `bunq sandbox (via relay ${hostOf(bank.relayUrl)})` : 'bunq sandbox'
    case 'bunq-production':
      return bank.relayUrl
        ? `bunq production (via relay ${hostOf(bank.relayUrl)})`
        : 'bunq production'
  }
}

/** True for a well-formed binding (stored data is checked before it is trusted). */
export function isBankBinding(value: unknown): value is BankBinding {
  if (typeof value !== 'object' || value === null) return false
  const bank = value as Record<string, unknown>
  const optionalUrl = bank.relayUrl === undefined || typeof bank.relayUrl === 'string'
  switch (bank.kind) {
    case 'practice-in-page':
      return true
    case 'practice-server':
      return typeof bank.baseUrl === 'string'
    case 'bunq-sandbox':
    case 'bunq-production':
      return optionalUrl
    default:
      return false
  }
}
