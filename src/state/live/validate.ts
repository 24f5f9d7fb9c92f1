/**
 * Checks made before anything is signed and sent ("validation of amount and counterparty
 * before sending"). They throw a BunqError with code 'bad-request' that names the field, so the
 * UI shows it like any other failure and nothing reaches the bank.
 */
import { BunqError } from '../../errors'
import type { CounterpartyAlias } from '../models/accounts'

/** bunq's sandbox pays at most 500 EUR per Sugar Daddy request (docs/protocol.md §10.2). */
export const SUGAR_DADDY_MAX = 500

const invalid = (message: string, hint: string) => new BunqError('bad-request', message, hint)

/** A positive amount with at most two decimals, as bunq's string form "12.30" (§3, §10.3). */
export function normaliseAmount(input: string, max?: number): string {
  const text = input.trim().replace(',', '.')
  if (!/^\d+(\.\d{1,2})?$/.test(text))
    throw invalid(
      `"${input.trim()}" is not an amount.`,
      'Type a positive amount with at most two decimals, e.g. 12.50.',
    )
  const cents = Math.round(Number(text) * 100)
  if (cents <= 0) throw invalid('The amount must be more than zero.', 'Type e.g. 10.00.')
  if (max !== undefined && cents > max * 100)
    throw invalid(
      `The amount is over ${max.toFixed(2)} EUR.`,
      `Sugar Daddy pays at most ${max} EUR per request; ask several times for more.`,
    )
  return (cents / 100).toFixed(2)
}

/** ISO 13616 mod-97 check of an IBAN (spaces ignored). */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s+/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) =>
    String(c.charCodeAt(0) - 55),
  )
  let rest = 0
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97
  return rest === 1
}

/** A Pointer bunq accepts (§10.3): an email, an E.164 phone number, or an IBAN with a name. */
export function checkCounterparty(alias: CounterpartyAlias): CounterpartyAlias {
  const value = alias.value.trim()
  const name = alias.name.trim()
  if (alias.type === 'EMAIL' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
    throw invalid(`"${value}" is not an email address.`, 'Type e.g. someone@example.com.')
  if (alias.type === 'PHONE_NUMBER' && !/^\+[1-9]\d{6,14}$/.test(value))
    throw invalid(
      `"${value}" is not a phone number in international form.`,
      'Start with + and the country code, e.g. +31612345678.',
    )
  if (alias.type === 'IBAN') {
    if (!isValidIban(value))
      throw invalid(`"${value}" is not a valid IBAN.`, 'Check the IBAN for a typo.')
    if (!name) throw invalid('A payment to an IBAN needs the name of its holder.', 'Type the name.')
    return { type: 'IBAN', value: value.replace(/\s+/g, '').toUpperCase(), name }
  }
  return { type: alias.type, value, name }
}
