import type { Bank } from '../bank'
import { addUser } from '../create-user'
import { notFound } from '../bank-error'
import { bunqTime } from '../format'
import { checkPsd2Request, type CheckedCertificate } from '../psd2-check'
import { sessionOf, type Route } from '../route'
import type { UserData } from '../state'
import type { PspCredentialData } from '../state-psd2'
import { bindWindowMs } from './session-rules'
import { ownUserOf } from './users'

/**
 * The PSD2 path (docs/protocol.md §4.8): after POST /installation a payment service provider sends
 * its certificate, chain and a signature to POST /payment-service-provider-credential with the
 * installation token, and gets a credential whose token_value then takes the API key's place in
 * device-server and session-server; that session's user is a UserPaymentServiceProvider. The
 * answer is `CredentialPasswordIp`, as every SDK reads it (sdk_python, sdk_php
 * PaymentServiceProviderCredentialInternal), not the `Id` swagger declares (§14).
 */

/** The provider a certificate subject names: one per distinguished name (docs/protocol.md §4.8). */
function providerFor(bank: Bank, checked: CheckedCertificate): UserData {
  const known = bank.state.users.find(
    (u) =>
      u.kind === 'UserPaymentServiceProvider' && u.certificateDistinguishedName === checked.subject,
  )
  if (known) return known
  return addUser(bank, 'UserPaymentServiceProvider', {
    firstName: checked.commonName || checked.subject,
    lastName: '',
    email: '',
    phone: '',
    dateOfBirth: '',
    chamberOfCommerce: '',
    certificateDistinguishedName: checked.subject,
  })
}

/**
 * swagger PaymentServiceProviderCredentialRead. PENDING_FIRST_USE until a device-server used the
 * token, then ACTIVE with that device. The token value is only in the answer that hands it out:
 * the bank keeps its keyed hash (docs/decisions/0017), so a later read shows null.
 */
function renderCredential(bank: Bank, c: PspCredentialData, tokenValue: string | null) {
  const key = bank.state.apiKeys.find((k) => k.keyHash === c.keyHash)
  const device = bank.state.devices.find((d) => d.apiKeyHash === c.keyHash)
  const active = key?.boundAt != null
  const window = bindWindowMs(bank)
  return {
    CredentialPasswordIp: {
      id: c.id,
      created: bunqTime(c.created),
      updated: bunqTime(active ? key.boundAt! : c.created),
      status: active ? 'ACTIVE' : 'PENDING_FIRST_USE',
      expiry_time: !active && Number.isFinite(window) ? bunqTime(c.created + window) : null,
      token_value: active ? null : tokenValue,
      permitted_device:
        active && device
          ? { description: device.description, ip: device.wildcard ? '*' : device.ips[0] }
          : null,
    },
  }
}

export const psd2Routes: Route[] = [
  {
    method: 'POST',
    pattern: '/payment-service-provider-credential',
    auth: 'installation',
    async handle({ bank, body, installation, authToken }) {
      const checked = await checkPsd2Request(bank, body, installation!, authToken ?? '')
      const user = providerFor(bank, checked)
      const now = bank.now()
      // No "sandbox_" prefix: bunq's own registration script reads token_value as [A-Za-z0-9]*.
      const tokenValue = bank.hex(32)
      const keyHash = await bank.secretHash(tokenValue)
      bank.state.apiKeys.push({ keyHash, userId: user.id, created: now, boundAt: null })
      const credential: PspCredentialData = {
        id: bank.nextId(),
        created: now,
        userId: user.id,
        keyHash,
        certificateSha256: checked.sha256,
      }
      ;(bank.state.pspCredentials ??= []).push(credential)
      return { items: [renderCredential(bank, credential, tokenValue)] }
    },
  },
  {
    method: 'GET',
    pattern: '/payment-service-provider-credential/{itemID}',
    auth: 'session',
    handle(ctx) {
      const userId = sessionOf(ctx).userId
      const credential = (ctx.bank.state.pspCredentials ?? []).find(
        (c) => c.id === ctx.params.itemID && c.userId === userId,
      )
      if (!credential) throw notFound('PaymentServiceProviderCredential')
      return { items: [renderCredential(ctx.bank, credential, null)] }
    },
  },
  {
    method: 'GET',
    pattern: '/user-payment-service-provider/{userID}',
    auth: 'session',
    handle: ownUserOf('UserPaymentServiceProvider'),
  },
]
