/** Small pure formatters shared by the views. */
import type { Money } from '../state/models'

/** "6d 23h", "3h 05m", "4:09", "expired". */
export function formatRemaining(ms: number): string {
  if (ms <= 0) return 'expired'
  const s = Math.floor(ms / 1000)
  const d = Math.floor(s / 86400)
  const h = Math.floor((s % 86400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  if (d > 0) return `${d}d ${h}h`
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`
  return `${m}:${String(sec).padStart(2, '0')}`
}

/** "€ 487.40" style, but with the ISO code so it is unambiguous: "487.40 EUR". */
export function formatMoney(money: Money): string {
  const n = Number(money.value)
  if (!Number.isFinite(n)) return `${money.value} ${money.currency}`
  const text = Math.abs(n).toLocaleString('en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })
  return `${n < 0 ? '−' : ''}${text} ${money.currency}`
}

/** bunq's "YYYY-MM-DD hh:mm:ss.ffffff" (UTC) as "2026-01-01 00:00 UTC". */
export function formatBunqTime(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/.exec(value)
  return match ? `${match[1]} ${match[2]} UTC` : value
}

/** Epoch ms as "HH:MM:SS" in UTC (history rows); tests stay independent of the machine's zone. */
export function formatClock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19)
}

/** Splits an IBAN in groups of four, as people read them. */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ')
}

/** Presenter mode hides most of each IBAN (issue 8): "NL12 •••• •••• 0101". */
export function maskIban(iban: string): string {
  const plain = iban.replace(/\s+/g, '')
  if (plain.length < 8) return '••••'
  return `${plain.slice(0, 4)} •••• •••• ${plain.slice(-4)}`
}

/** Pretty-prints JSON text; returns the text unchanged when it is not JSON. */
export function prettyJson(text: string): string {
  if (!text) return ''
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}
