import { describe, expect, test } from 'vitest'
import {
  ibanChecksumOk,
  normaliseAmount,
  validateAmount,
  validateEmail,
  validateIban,
  validatePhone,
} from '../../src/ui/validation'
import { formatRemaining, maskIban } from '../../src/ui/format'

describe('validation before signing', () => {
  test('amounts: positive, at most two decimals, optional maximum', () => {
    expect(validateAmount('10')).toBeNull()
    expect(validateAmount('0.10')).toBeNull()
    expect(validateAmount('12,5')).toBeNull()
    expect(validateAmount('')).toMatch(/Enter/)
    expect(validateAmount('0')).toMatch(/more than 0/)
    expect(validateAmount('1.234')).toMatch(/2 decimals/)
    expect(validateAmount('-5')).toBe('The amount must be more than 0.')
    expect(validateAmount('-0.50')).toBe('The amount must be more than 0.')
    expect(validateAmount('0.00')).toBe('The amount must be more than 0.')
    expect(validateAmount('-')).toMatch(/2 decimals/)
    expect(validateAmount('abc')).not.toBeNull()
    expect(validateAmount('500', 500)).toBeNull()
    expect(validateAmount('500.01', 500)).toMatch(/At most 500.00/)
    expect(normaliseAmount('12,5')).toBe('12.50')
  })

  test('email and E.164 phone numbers', () => {
    expect(validateEmail('sugardaddy@bunq.com')).toBeNull()
    expect(validateEmail('not-an-email')).not.toBeNull()
    expect(validatePhone('+31612345678')).toBeNull()
    expect(validatePhone('+31 6 1234 5678')).toBeNull()
    expect(validatePhone('0612345678')).toMatch(/plus and country code/)
    expect(validatePhone('+0123456789')).not.toBeNull()
  })

  test('IBAN with the mod-97 check', () => {
    expect(validateIban('NL91 ABNA 0417 1643 00')).toBeNull()
    expect(validateIban('GB82WEST12345698765432')).toBeNull()
    expect(ibanChecksumOk('NL91ABNA0417164301')).toBe(false)
    expect(validateIban('NL91 ABNA 0417 1643 01')).toMatch(/check digits/)
    expect(validateIban('hello')).toMatch(/looks like/)
  })

  test('formatters: countdown and presenter IBAN mask', () => {
    expect(formatRemaining(0)).toBe('expired')
    expect(formatRemaining(65_000)).toBe('1:05')
    expect(formatRemaining(3 * 3_600_000 + 5 * 60_000)).toBe('3h 05m')
    expect(formatRemaining(6 * 86_400_000 + 23 * 3_600_000)).toBe('6d 23h')
    expect(maskIban('NL91ABNA0417164300')).toBe('NL** **** **** **43 00')
  })
})
