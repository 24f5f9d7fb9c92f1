// The transport is derived from the context's bank (docs/decisions/0023): one factory, whose base
// URL is exactly the bank's endpoint, the one the protocol core's guard compares against.
import { describe, expect, it } from 'vitest'
import {
  bankEndpoint,
  PRACTICE_BASE_URL,
  PRODUCTION_BASE_URL,
  SANDBOX_BASE_URL,
  type BankBinding,
} from '../../src/bunq/bank'
import { normalizeBank, transportForBank } from '../../src/transport/context-transport'
import { fakePlatform } from '../bunq/helpers/fake-platform'

const platform = fakePlatform()

describe('transportForBank', () => {
  it.each<[BankBinding, string, string]>([
    [{ kind: 'practice-in-page' }, 'practice', PRACTICE_BASE_URL],
    [
      { kind: 'practice-server', baseUrl: 'http://127.0.0.1:5055/v1' },
      'direct',
      'http://127.0.0.1:5055/v1',
    ],
    [{ kind: 'bunq-sandbox' }, 'direct', SANDBOX_BASE_URL],
    [{ kind: 'bunq-production' }, 'direct', PRODUCTION_BASE_URL],
    [
      { kind: 'bunq-sandbox', relayUrl: 'http://127.0.0.1:8787' },
      'relay',
      'http://127.0.0.1:8787/v1',
    ],
  ])('%j -> %s at %s', (bank, kind, baseUrl) => {
    const handle = transportForBank(bank, platform)
    expect(handle.kind).toBe(kind)
    expect(handle.baseUrl).toBe(baseUrl)
    expect(handle.baseUrl).toBe(bankEndpoint(bank))
  })

  it('normalises typed URLs to the form the transports build', () => {
    expect(normalizeBank({ kind: 'practice-server', baseUrl: 'http://127.0.0.1:5055/' })).toEqual({
      kind: 'practice-server',
      baseUrl: 'http://127.0.0.1:5055/v1',
    })
    expect(normalizeBank({ kind: 'bunq-sandbox', relayUrl: 'http://127.0.0.1:8787/v1/' })).toEqual({
      kind: 'bunq-sandbox',
      relayUrl: 'http://127.0.0.1:8787',
    })
  })

  it('refuses a binding whose URL is not in that form, before any call', () => {
    const bank: BankBinding = { kind: 'bunq-sandbox', relayUrl: 'http://127.0.0.1:8787/' }
    expect(() => transportForBank(bank, platform)).toThrow(
      expect.objectContaining({ code: 'wrong-bank' }),
    )
  })
})
