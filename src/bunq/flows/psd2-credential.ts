import { utf8Encode } from '../../crypto/bytes'
import { signBytes } from '../../crypto/rsa'
import type { ApiContext } from '../context'
import { firstOf } from '../envelope'
import { MalformedResponseError, NoContextError } from '../errors'
import type { FlowCore } from './flow-core'

/**
 * The PSD2 step between installation and device (docs/protocol.md §4.8): a licensed provider
 * registers its certificate with POST /payment-service-provider-credential, using the
 * installation token, and the credential's token_value then plays the API key's part in
 * device-server and session-server, whose user is a UserPaymentServiceProvider.
 */
export interface Psd2CredentialInput {
  /** The provider's certificate, PEM (QSeal in production; self-signed is fine in the sandbox). */
  certificatePem: string
  /** Intermediate and root certificates, PEM each; the sandbox takes the certificate itself. */
  chainPems: string[]
  /** The certificate's RSA private key as a WebCrypto sign key: it signs in the page, never sent. */
  certificateKey: CryptoKey
}

/**
 * The bytes the certificate key signs: the client public key PEM as installed, ending in one
 * newline, then the installation token (sdk_python `create_for_psd2`, sdk_php `createForPsd2`).
 */
export function psd2SignedText(publicKeyPem: string, installationToken: string): string {
  const pem = publicKeyPem.replace(/\r\n/g, '\n')
  return (pem.endsWith('\n') ? pem : `${pem}\n`) + installationToken
}

/** Registers the certificate; returns the context with the credential's token as its API key. */
export async function createPsd2Credential(
  core: FlowCore,
  context: ApiContext,
  input: Psd2CredentialInput,
): Promise<ApiContext> {
  if (!context.publicKeyPem) throw new NoContextError('a key pair', 'Generate key pair')
  if (!context.installation) throw new NoContextError('an installation', 'Install')
  const signature = await signBytes(
    input.certificateKey,
    utf8Encode(psd2SignedText(context.publicKeyPem, context.installation.token)),
    core.platform.subtle,
  )
  const { envelope } = await core.send(
    {
      method: 'POST',
      path: '/payment-service-provider-credential',
      body: {
        client_payment_service_provider_certificate: input.certificatePem,
        // sdk_python joins the chain with "\n"; any separator between PEM blocks reads the same.
        client_payment_service_provider_certificate_chain: input.chainPems.join('\n'),
        client_public_key_signature: signature,
      },
    },
    context,
  )
  // Every SDK reads the answer as CredentialPasswordIp, not the {Id} swagger declares (§14).
  const credential = firstOf<{ token_value?: unknown }>(envelope, 'CredentialPasswordIp')
  if (typeof credential.token_value !== 'string' || credential.token_value === '')
    throw new MalformedResponseError('CredentialPasswordIp.token_value is missing')
  return { ...context, apiKey: credential.token_value, device: null, session: null }
}
