/**
 * The mask for one secret value (docs/architecture.md, security stance): it keeps a short prefix
 * where that is safe, so two tokens can still be told apart (`sandbox_4f2a…`), and says plainly
 * that something was hidden. A module of its own because the onboarding steps' result lines need
 * only this, not the whole exchange redaction (src/bunq/redact.ts), on the first screen.
 */

export const REDACTED = '•••• redacted'

/** Masks one secret value, keeping a short recognisable prefix where that is safe. */
export function maskSecret(value: string): string {
  if (value.includes('PRIVATE KEY')) return `-----BEGIN PRIVATE KEY----- ${REDACTED}`
  const sandbox = /^sandbox_/.exec(value)
  if (sandbox) return `sandbox_${value.slice(8, 12)}…`
  if (value.length >= 24) return `${value.slice(0, 4)}… ${REDACTED}`
  return REDACTED
}
