/**
 * Presenter masking: what is projected shows no secret and only the tail of each IBAN.
 * Secrets (API keys, tokens, signatures, private keys) are replaced whole, with no prefix: a
 * prefix is harmless on a learner's own screen but has no use on a projector. IBANs keep their
 * country code and last four characters, grouped as people read them: `NL** **** **** **12 34`.
 */

const MASK = '••••'

/** `NL91BUNQ2025123412` → `NL** **** **** **34 12`; anything too short to be an IBAN → `••••`. */
export function maskIban(iban: string): string {
  const plain = iban.replace(/\s+/g, '')
  if (plain.length < 8) return MASK
  const shown = plain.slice(0, 2) + '*'.repeat(plain.length - 6) + plain.slice(-4)
  return shown.replace(/(.{4})(?=.)/g, '$1 ')
}

/** An IBAN written plain or in groups of four (2 letters, 2 digits, then 11-30 letters/digits). */
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g

/** Masks every IBAN in a text (JSON bodies, account cards, transcripts shown on screen). */
export function maskIbansIn(text: string): string {
  return text.replace(IBAN, (match) => maskIban(match))
}

/** Shapes that are secret wherever they appear, even when nobody told us the value. */
const SECRET_SHAPES = [
  /sandbox_[0-9a-zA-Z]{8,}/g, // a sandbox API key (docs/protocol.md §2)
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /\b[0-9a-f]{64}\b/g, // installation and session tokens are 64 hex characters (§4.3, §4.5)
]

/**
 * Everything presenter mode hides in one text: the known secret values, anything shaped like a
 * secret, and most of each IBAN.
 */
export function maskForPresenter(text: string, knownSecrets: Iterable<string> = []): string {
  let out = text
  const secrets = [...knownSecrets].filter((s) => s && s.length >= 6)
  for (const secret of secrets.sort((a, b) => b.length - a.length))
    out = out.split(secret).join(MASK)
  for (const shape of SECRET_SHAPES) out = out.replace(shape, MASK)
  return maskIbansIn(out)
}
