/**
 * Validation of what the user types before anything is signed and sent ("validation of
 * amount and counterparty before sending"). Each returns an error message or null.
 */

/** A positive amount with at most two decimals, e.g. "10", "0.10", "12.5" (docs/protocol.md §10.3). */
export function validateAmount(text: string, max?: number): string | null {
  const value = text.trim().replace(',', '.')
  if (!value) return 'Enter an amount.'
  // "-5" or "-0.50" is a sign problem, not a format one: say what is wrong with it.
  if (/^-\s*\d/.test(value)) return 'The amount must be more than 0.'
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return 'Use a number with at most 2 decimals, like 12.50.'
  const n = Number(value)
  if (n <= 0) return 'The amount must be more than 0.'
  if (max !== undefined && n > max) return `At most ${max.toFixed(2)} EUR.`
  return null
}

/** The amount as bunq wants it: a string with two decimals. Call after validateAmount. */
export function normaliseAmount(text: string): string {
  return Number(text.trim().replace(',', '.')).toFixed(2)
}

export function validateEmail(text: string): string | null {
  const value = text.trim()
  if (!value) return 'Enter an email address.'
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? null : 'That is not an email address.'
}

/** E.164: a plus, a country code and up to 15 digits in all, e.g. +31612345678. */
export function validatePhone(text: string): string | null {
  const value = text.replace(/[\s-]/g, '')
  if (!value) return 'Enter a phone number.'
  return /^\+[1-9]\d{6,14}$/.test(value)
    ? null
    : 'Use the international form with a plus and country code, like +31612345678.'
}

/** ISO 13616 IBAN with the mod-97 check. */
export function validateIban(text: string): string | null {
  const iban = text.replace(/\s+/g, '').toUpperCase()
  if (!iban) return 'Enter an IBAN.'
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban))
    return 'An IBAN looks like NL12 BUNQ 0123 4567 89.'
  return ibanChecksumOk(iban) ? null : 'This IBAN has a typo: its check digits do not match.'
}

export function ibanChecksumOk(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const ch of rearranged) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55)
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97
  }
  return remainder === 1
}

export function validateName(text: string): string | null {
  return text.trim() ? null : 'A name is required for payments to an IBAN.'
}

/** A passphrase typed twice: wrong only once the repeat has begun and differs. */
export function validatePassphraseRepeat(passphrase: string, repeat: string): string | null {
  return repeat.length > 0 && repeat !== passphrase ? 'The two passphrases differ.' : null
}
