/**
 * The Content-Security-Policy of the built page (docs/architecture.md "Security stance"): no inline
 * script, no third-party origin, and `connect-src` limited to what the transports need.
 *
 * Pure data in, a string out, so the policy is unit-tested and the Vite plugin stays trivial.
 */

/** Origins the transports talk to (docs/protocol.md: sandbox and production base URLs). */
export const BUNQ_ORIGINS = ['https://public-api.sandbox.bunq.com', 'https://api.bunq.com'] as const

/**
 * Loopback origins on any port: a practice bank server or a relay started with `npm run relay`
 * runs there (docs/architecture.md, transports "direct" and "relay").
 */
export const LOOPBACK_ORIGINS = ['http://127.0.0.1:*', 'http://localhost:*'] as const

/** Options for {@link buildCsp}. */
export interface CspOptions {
  /** Extra `connect-src` origins, e.g. a hosted relay; from the CONNECT_SRC build variable. */
  extraConnectSrc?: readonly string[]
}

/**
 * Parses the CONNECT_SRC build variable: origins separated by spaces or commas.
 * Each must be a bare origin (scheme://host[:port], `*` allowed as port or leading
 * sub-domain label); anything else throws, so a typo cannot widen or break the policy silently.
 */
export function parseConnectSrc(value: string | undefined): string[] {
  if (!value) return []
  const origins = value.split(/[\s,]+/).filter((part) => part.length > 0)
  for (const origin of origins) {
    if (!/^(https|http|wss|ws):\/\/(\*\.)?[a-z0-9.-]+(:(\d{1,5}|\*))?$/i.test(origin)) {
      throw new Error(
        `CONNECT_SRC: "${origin}" is not an origin like https://relay.example.com or http://127.0.0.1:8080`,
      )
    }
  }
  return origins
}

/** The directives, in a fixed order so the built page is reproducible. */
export function cspDirectives(options: CspOptions = {}): [string, string[]][] {
  const connect = [
    "'self'",
    ...BUNQ_ORIGINS,
    ...LOOPBACK_ORIGINS,
    ...(options.extraConnectSrc ?? []),
  ]
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    // Svelte's component styles are extracted to a .css file at build; no inline <style> or
    // style="" attribute is allowed (see docs/decisions/0004-csp-via-meta.md).
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', [...new Set(connect)]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
    ['object-src', ["'none'"]],
  ]
}

/** The policy as one header/meta value: `directive source source; directive ...`. */
export function buildCsp(options: CspOptions = {}): string {
  return cspDirectives(options)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}
