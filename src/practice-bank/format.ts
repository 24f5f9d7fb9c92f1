/**
 * Wire formats the practice bank writes: bunq's timestamps (§3), ASCII-only JSON (§17) and money
 * as integer cents in memory, 2-decimal strings on the wire (§10.3).
 */

/** UTC `YYYY-MM-DD hh:mm:ss.ffffff` (docs/protocol.md §3); our clock has millisecond precision. */
export function bunqTime(epochMs: number): string {
  const iso = new Date(epochMs).toISOString() // 2025-03-05T16:12:11.918Z
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000`
}

/**
 * JSON with every non-ASCII character escaped as \uXXXX, as bunq's servers answer: bunqJSClient
 * verifies the decoded string one byte per character, so raw UTF-8 would break its check (§17).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  )
}

/** Cents as bunq's amount string: 1234 -> "12.34", -10 -> "-0.10". */
export function centsToValue(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

export function money(cents: number, currency = 'EUR'): { value: string; currency: string } {
  return { value: centsToValue(cents), currency }
}

/**
 * Reads an amount value: a positive decimal with at most 2 places ("100", "0.1", "12.34").
 * Numbers are accepted unless `strict` (§10.3, switch strictAmountStrings). Returns cents, or null
 * when the value is not such an amount.
 */
export function parseAmountValue(value: unknown, strict: boolean): number | null {
  let text: string
  if (typeof value === 'string') text = value.trim()
  else if (typeof value === 'number' && !strict && Number.isFinite(value)) text = String(value)
  else return null
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text)
  if (!match) return null
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return cents > 0 ? cents : null
}
