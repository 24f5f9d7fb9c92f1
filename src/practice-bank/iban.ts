/**
 * Dutch IBANs for practice accounts: NLkk BUNQ 20nn nnnn nn, with real ISO 13616 mod-97 check
 * digits so client-side IBAN validators accept them ("a valid NL IBAN").
 */
const BANK_CODE = 'BUNQ'

/** Letters become two-digit numbers (A=10 ... Z=35), as ISO 13616 prescribes. */
function toDigits(text: string): string {
  return text.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
}

function mod97(digits: string): number {
  let rest = 0
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97
  return rest
}

/** Makes the IBAN for a 10-digit account number (taken modulo 10^10). */
export function makeNlIban(accountNumber: number): string {
  const account = String(accountNumber % 1e10).padStart(10, '0')
  const bban = BANK_CODE + account
  const check = 98 - mod97(toDigits(bban + 'NL00'))
  return `NL${String(check).padStart(2, '0')}${bban}`
}

/** True when the IBAN's check digits are right (any country). */
export function isValidIban(iban: string): boolean {
  const clean = iban.replace(/\s+/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(clean)) return false
  return mod97(toDigits(clean.slice(4) + clean.slice(0, 4))) === 1
}
