import type { ApiContext } from '../context'
import { unwrapInstallation } from '../envelope'
import { NoContextError } from '../errors'
import type { FlowCore } from './flow-core'

/**
 * POST /installation {client_public_key}: no token, no signature; the answer is
 * `[Id, Token, ServerPublicKey]` in that order and is not signature-checked, since there is no
 * server key yet (docs/protocol.md §4.3, §6.2). Device and session start over.
 */
export async function install(core: FlowCore, context: ApiContext): Promise<ApiContext> {
  // Only the public key is sent; the private one may live outside the context (key-ring.ts).
  if (!context.publicKeyPem) throw new NoContextError('a key pair', 'Generate key pair')
  const { envelope } = await core.send(
    { method: 'POST', path: '/installation', body: { client_public_key: context.publicKeyPem } },
    context,
  )
  const result = unwrapInstallation(envelope)
  // Import the server key now, so a malformed PEM fails here and not on the next call.
  await core.keys.serverKey(result.serverPublicKeyPem)
  return {
    ...context,
    installation: {
      id: result.id,
      token: result.token,
      serverPublicKeyPem: result.serverPublicKeyPem,
    },
    device: null,
    session: null,
  }
}
