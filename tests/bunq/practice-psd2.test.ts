// The protocol core's PSD2 flow against the practice bank, in process (docs/protocol.md §4.8):
// key pair -> installation -> credential from a self-signed certificate -> device -> session as a
// UserPaymentServiceProvider -> an OAuth client with a callback URL. The signature the core makes
// in WebCrypto is checked on the wire with node:crypto against the certificate's public key.
import { createVerify, X509Certificate } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { psd2SignedText } from '../../src/bunq/flows'
import { makeTestCertificate } from '../practice-bank/support/psd2-certificate'
import { practiceClient } from './helpers/onboarded-client'
import { practiceBankOnFakeClock } from './helpers/practice-bank'

describe('PSD2 credential flow against the practice bank', () => {
  it('signs the installed key and token, takes token_value as its key and opens a provider session', async () => {
    const world = await practiceBankOnFakeClock()
    const { platform, bank } = world
    const sent: { path: string; body: string }[] = []
    const client = practiceClient(world, {
      transport: async (request) => {
        sent.push({ path: new URL(request.url).pathname, body: await request.clone().text() })
        return bank.handle(request)
      },
    })
    await client.generateKeyPair()
    await client.install()
    const cert = makeTestCertificate('Core PISP AISP')
    const certificateKey = await crypto.subtle.importKey(
      'pkcs8',
      cert.testOnlyPrivateKey.export({ type: 'pkcs8', format: 'der' }),
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['sign'],
    )
    const context = await client.createPsd2Credential({
      certificatePem: cert.pem,
      chainPems: [cert.pem],
      certificateKey,
    })
    expect(context.apiKey).toMatch(/^[0-9a-f]{64}$/)

    const wire = JSON.parse(
      sent.find((s) => s.path === '/v1/payment-service-provider-credential')!.body,
    )
    const signed = `${context.publicKeyPem}${context.installation!.token}`
    expect(psd2SignedText(context.publicKeyPem!, context.installation!.token)).toBe(signed)
    expect(
      createVerify('sha256')
        .update(signed)
        .verify(
          new X509Certificate(cert.pem).publicKey,
          wire.client_public_key_signature,
          'base64',
        ),
    ).toBe(true)
    expect(wire.client_payment_service_provider_certificate_chain).toBe(cert.pem)

    await client.registerDevice({ description: 'psd2 core test' })
    const sessionSentAt = platform.now()
    const withSession = await client.openSession()
    expect(withSession.session!.userType).toBe('UserPaymentServiceProvider')
    expect(withSession.session!.user.certificate_distinguished_name).toBe('CN=Core PISP AISP, C=NL')
    // The provider's session_timeout (3600 s) sets the expiry (docs/protocol.md §4.6, §4.8).
    expect(withSession.session!.expiresAt - sessionSentAt).toBe(3600e3)

    const created = await client.call('POST', '/user/{userID}/oauth-client', { status: 'ACTIVE' })
    const clientId = (created.items[0].value as { id: number }).id
    await client.call('POST', `/user/{userID}/oauth-client/${clientId}/callback-url`, {
      url: 'https://tpp.example/callback',
    })
    const read = await client.call('GET', `/user/{userID}/oauth-client/${clientId}`)
    expect(read.items[0].type).toBe('OauthClient')
    expect(read.items[0].value.callback_url).toEqual([
      expect.objectContaining({ url: 'https://tpp.example/callback' }),
    ])
  })
})
