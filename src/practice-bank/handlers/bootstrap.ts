import { publicKeyToPem, pemToPublicKey } from '../../crypto/pem'
import { rsaModulusBits } from '../../crypto/rsa'
import { BankError, TEXT, badRequest } from '../bank-error'
import { createSandboxUser } from '../create-user'
import { bunqTime } from '../format'
import { renderUser, sessionTimeoutOf } from '../render-user'
import { idItem, sessionOf, type Route } from '../route'
import { bindWindowMs, deviceFor, openSession } from './session-rules'

/**
 * The bootstrap calls (docs/protocol.md §4): sandbox users, installation, device-server,
 * session-server, and ending a session.
 */
const sandboxUser = (kind: 'UserPerson' | 'UserCompany'): Route['handle'] => {
  return async ({ bank }) => ({
    items: [{ ApiKey: { api_key: await createSandboxUser(bank, kind) } }],
  })
}

export const bootstrapRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/sandbox-user-person',
    auth: 'none',
    body: 'ignore',
    handle: sandboxUser('UserPerson'),
  },
  {
    method: 'POST',
    pattern: '/sandbox-user-company',
    auth: 'none',
    body: 'ignore',
    handle: sandboxUser('UserCompany'),
  },
  {
    // §4.3: unsigned, unauthenticated; answer [Id, Token, ServerPublicKey] in that order.
    method: 'POST',
    pattern: '/installation',
    auth: 'none',
    async handle({ bank, body }) {
      const pem = body.client_public_key
      if (typeof pem !== 'string') throw badRequest('The field client_public_key is required.')
      let key: CryptoKey
      try {
        key = await pemToPublicKey(pem, bank.platform.subtle)
      } catch {
        throw badRequest('The client_public_key is not a valid RSA public key in PEM format.')
      }
      const bits = rsaModulusBits(key)
      if (!bank.options.acceptedKeyBits.includes(bits)) {
        throw badRequest(
          `The client key has ${bits} bits; this bank accepts ${bank.options.acceptedKeyBits.join(' or ')}-bit RSA keys: generate an RSA-2048 key pair.`,
        )
      }
      const now = bank.now()
      const token = bank.hex(32)
      const inst = {
        id: bank.nextId(),
        tokenId: bank.nextId(),
        tokenHash: await bank.secretHash(token),
        created: now,
        // Normalised (LF, SPKI) so a CRLF PEM is stored the way we would send it (§4.2).
        clientPublicKeyPem: await publicKeyToPem(key, bank.platform.subtle),
      }
      bank.state.installations.push(inst)
      const created = bunqTime(now)
      return {
        installationResponse: true,
        items: [
          idItem(inst.id),
          { Token: { id: inst.tokenId, created, updated: created, token } },
          { ServerPublicKey: { server_public_key: bank.state.serverPublicKeyPem } },
        ],
      }
    },
  },
  {
    method: 'GET',
    pattern: '/installation',
    auth: 'session',
    handle: ({ session }) => ({ items: [idItem(session?.installationId ?? 0)] }),
  },
  {
    method: 'GET',
    pattern: '/installation/{installationID}/server-public-key',
    auth: 'session',
    handle(ctx) {
      if (ctx.params.installationID !== sessionOf(ctx).installationId) {
        throw new BankError(404, 'Installation not found.', { emulatorText: true })
      }
      return {
        items: [{ ServerPublicKey: { server_public_key: ctx.bank.state.serverPublicKeyPem } }],
      }
    },
  },
  {
    // §4.4: description and secret required; bind the key to the caller's IP unless "*".
    method: 'POST',
    pattern: '/device-server',
    auth: 'installation',
    async handle({ bank, body, installation }) {
      const { description, secret } = body
      if (typeof description !== 'string') throw badRequest('The field description is required.')
      if (typeof secret !== 'string') throw badRequest('The field secret is required.')
      const secretHash = await bank.secretHash(secret)
      const apiKey = bank.state.apiKeys.find((k) => k.keyHash === secretHash)
      if (!apiKey) throw new BankError(400, TEXT.credentials)
      const window = bindWindowMs(bank)
      const now = bank.now()
      if (apiKey.boundAt === null && now - apiKey.created > window) {
        throw new BankError(400, TEXT.credentials)
      }
      const ips = Array.isArray(body.permitted_ips) ? body.permitted_ips : []
      if (!ips.every((ip) => typeof ip === 'string')) {
        throw badRequest('permitted_ips must be a list of IPv4 addresses or "*".')
      }
      const concrete = (ips as string[]).filter((ip) => ip !== '*')
      if (concrete.some((ip) => !/^(\d{1,3})(\.\d{1,3}){3}$/.test(ip))) {
        throw badRequest('Only IPv4 addresses are supported in permitted_ips.')
      }
      const wildcard = ips.includes('*')
      const device = {
        id: bank.nextId(),
        installationId: installation!.id,
        apiKeyHash: secretHash,
        description,
        created: now,
        ips: concrete.length > 0 || wildcard ? concrete : [bank.options.callerIp],
        wildcard,
      }
      apiKey.boundAt ??= now
      bank.state.devices.push(device)
      return { items: [idItem(device.id)] }
    },
  },
  {
    method: 'GET',
    pattern: '/device-server',
    auth: 'session',
    handle({ bank, session }) {
      const devices = bank.state.devices.filter((d) => d.installationId === session!.installationId)
      return {
        items: devices.map((d) => ({
          DeviceServer: {
            id: d.id,
            created: bunqTime(d.created),
            updated: bunqTime(d.created),
            description: d.description,
            ip: d.wildcard ? '*' : d.ips[0],
            status: 'ACTIVE',
          },
        })),
      }
    },
  },
  {
    // §4.5: signature mandatory; answer [Id, Token, UserPerson|UserCompany|UserPaymentServiceProvider].
    method: 'POST',
    pattern: '/session-server',
    auth: 'installation',
    signature: 'required',
    async handle({ bank, body, installation }) {
      if (typeof body.secret !== 'string') throw badRequest('The field secret is required.')
      const device = await deviceFor(bank, installation!, body.secret)
      const apiKey = bank.state.apiKeys.find((k) => k.keyHash === device.apiKeyHash)!
      const user = bank.user(apiKey.userId)
      const timeout = sessionTimeoutOf(bank, user)
      const { session, token } = await openSession(bank, installation!, user.id, timeout)
      const created = bunqTime(session.created)
      return {
        items: [
          idItem(session.id),
          { Token: { id: session.id, created, updated: created, token } },
          renderUser(bank, user),
        ],
      }
    },
  },
  {
    // §4.7: the id is a dummy (SDKs send 0); end the session of the token used.
    method: 'DELETE',
    pattern: '/session/{sessionID}',
    auth: 'session',
    handle(ctx) {
      const session = sessionOf(ctx)
      ctx.bank.state.sessions = ctx.bank.state.sessions.filter((s) => s.id !== session.id)
      ctx.bank.dirty = true
      return { items: [] }
    },
  },
]
