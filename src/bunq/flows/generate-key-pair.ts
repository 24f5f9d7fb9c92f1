import { pemToPrivateKey, privateKeyToPem, publicKeyToPem } from '../../crypto/pem'
import { generateRsaKeyPair } from '../../crypto/rsa'
import type { ApiContext } from '../context'
import type { FlowCore } from './flow-core'

/**
 * Makes the client's RSA-2048 key pair (docs/protocol.md §4.2). It is generated extractable, once,
 * so the private key can be written as PKCS#8 PEM into the ApiContext (the vault encrypts it; a
 * bunq.conf export needs it, §13). The key that signs is a non-extractable re-import kept in the
 * key ring (docs/architecture.md, "non-extractable keys"), remembered by its public key too, so a holder that drops the PEM once
 * stored (the vault does) keeps signing with it. A new key pair needs a new installation, so
 * everything after the API key is cleared.
 */
export async function generateKeyPair(core: FlowCore, context: ApiContext): Promise<ApiContext> {
  const { subtle } = core.platform
  const pair = await generateRsaKeyPair({ extractable: true }, subtle)
  const privateKeyPem = await privateKeyToPem(pair.privateKey, subtle)
  const publicKeyPem = await publicKeyToPem(pair.publicKey, subtle)
  core.keys.remember(
    privateKeyPem,
    publicKeyPem,
    await pemToPrivateKey(privateKeyPem, { extractable: false }, subtle),
  )
  return {
    ...context,
    privateKeyPem,
    publicKeyPem,
    installation: null,
    device: null,
    session: null,
  }
}
