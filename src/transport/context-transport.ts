/**
 * The transport of a context, derived from the bank the context belongs to (docs/decisions/0023):
 * there is no separate transport setting for a context's calls, so a context cannot be pointed at
 * a bank that did not issue its tokens by changing a setting. The protocol core still checks every
 * request against the context's bank (src/bunq/bank-guard.ts); this is the matching half, so the
 * check passes only for the right bank.
 */
import { bankEndpoint, transportOf, type BankBinding } from '../bunq/bank'
import { BunqError } from '../errors'
import type { Platform } from '../platform/platform'
import { normalizeDirectBaseUrl, normalizeRelayUrl } from './base-url'
import {
  createTransport,
  type TransportEnvironment,
  type TransportHandle,
} from './create-transport'

/**
 * The binding with its URLs in the one form the transports build (a bare origin gets /v1, no
 * trailing slash): call it when a binding is made from what the user typed, so the context's
 * endpoint and its transport's base URL are the same string. Throws for an unusable URL.
 */
export function normalizeBank(bank: BankBinding): BankBinding {
  if (bank.kind === 'practice-server')
    return { kind: bank.kind, baseUrl: normalizeDirectBaseUrl(bank.baseUrl) }
  if ((bank.kind === 'bunq-sandbox' || bank.kind === 'bunq-production') && bank.relayUrl)
    return { kind: bank.kind, relayUrl: normalizeRelayUrl(bank.relayUrl) }
  return bank.kind === 'bunq-sandbox' || bank.kind === 'bunq-production'
    ? { kind: bank.kind }
    : bank
}

/** The transport that reaches this bank, its base URL the bank's endpoint. */
export function transportForBank(
  bank: BankBinding,
  platform: Platform,
  environment: TransportEnvironment = {},
): TransportHandle {
  const handle = createTransport(transportOf(bank), platform, environment)
  if (handle.baseUrl !== bankEndpoint(bank)) {
    // A binding stored un-normalised: the core would refuse every call (bank-guard.ts); say so now.
    throw new BunqError(
      'wrong-bank',
      'This context’s bank address is not in its usual form, so no request would be accepted.',
      'Create the context again for this bank in Settings.',
    )
  }
  return handle
}
