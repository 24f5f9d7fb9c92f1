// The pasted-key checks on their own (docs/protocol.md §2): shape, environment, production lock.
import { describe, expect, it } from 'vitest'
import { BunqError } from '../../../src/errors'
import { acceptPastedKey, checkApiKey } from '../../../src/state/live/check-api-key'

const codeOf = (work: () => unknown): string | null => {
  try {
    work()
    return null
  } catch (error) {
    return error instanceof BunqError ? error.code : 'not-a-bunq-error'
  }
}

describe('checkApiKey', () => {
  it('knows a sandbox key by its prefix', () => {
    expect(checkApiKey('sandbox_fake0000', false)).toBe('SANDBOX')
  })
  it('refuses an empty key and one with spaces inside', () => {
    expect(codeOf(() => checkApiKey('', true))).toBe('bad-api-key-or-ip')
    expect(codeOf(() => checkApiKey('sandbox_fake 0000', true))).toBe('bad-api-key-or-ip')
  })
  it('refuses a production key until production is unlocked', () => {
    expect(codeOf(() => checkApiKey('fakeproductionkey', false))).toBe('production-locked')
    expect(checkApiKey('fakeproductionkey', true)).toBe('PRODUCTION')
  })
})

describe('acceptPastedKey', () => {
  it('trims the pasted key', () => {
    expect(acceptPastedKey('  sandbox_fake0000\n', false, false)).toEqual({
      apiKey: 'sandbox_fake0000',
      environment: 'SANDBOX',
    })
  })
  it('wants a passphrase vault for a production key', () => {
    expect(codeOf(() => acceptPastedKey('fakeproductionkey', true, false))).toBe(
      'production-locked',
    )
    expect(acceptPastedKey('fakeproductionkey', true, true).environment).toBe('PRODUCTION')
  })
})
