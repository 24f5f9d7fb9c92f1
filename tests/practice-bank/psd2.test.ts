import { createVerify, X509Certificate } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signText, type TestClient } from './support/client'
import { fakeClock, faces, type Face } from './support/faces'
import {
  makeTestCertificate,
  signLikePythonSdk,
  type TestCertificate,
} from './support/psd2-certificate'

// The PSD2 path (docs/protocol.md §4.8) against both faces: installation -> credential with a
// self-signed certificate -> device-server and session-server with its token_value -> a session
// whose user is a UserPaymentServiceProvider, who registers an OAuth client with callback URLs.

const CREDENTIAL = '/payment-service-provider-credential'

function credentialBody(cert: TestCertificate, signature: string, chain = cert.pem) {
  return {
    client_payment_service_provider_certificate: cert.pem,
    client_payment_service_provider_certificate_chain: chain,
    client_public_key_signature: signature,
  }
}

async function installed(face: Face): Promise<TestClient> {
  const c = face.client()
  await c.install()
  return c
}

/** The signature the Python SDK makes with the certificate's key over c's installed key and token. */
function installationSignature(cert: TestCertificate, c: TestClient): string {
  return signLikePythonSdk(cert.testOnlyPrivateKey, c.keys.publicPem, c.installationToken)
}

/** Installation + credential; returns the credential object answered. */
async function credential(c: TestClient, cert: TestCertificate) {
  const signature = installationSignature(cert, c)
  const reply = await c.ok('POST', CREDENTIAL, {
    token: 'installation',
    body: credentialBody(cert, signature),
  })
  return reply.json.Response[0].CredentialPasswordIp
}

function errorText(reply: { json: { Error?: { error_description: string }[] } }): string {
  return reply.json.Error?.[0]?.error_description ?? ''
}

describe.each(faces(0))('PSD2 credentials (%s)', (_name, makeFace) => {
  it('a self-signed certificate gets a credential whose token opens a UserPaymentServiceProvider session', async () => {
    const face = await makeFace()
    const c = await installed(face)
    const cert = makeTestCertificate('Practice PISP AISP')
    // The certificate is a real X.509 one, read independently by node:crypto.
    expect(new X509Certificate(cert.pem).subject).toBe('CN=Practice PISP AISP\nC=NL')

    const signature = installationSignature(cert, c)
    // What was signed, checked with node:crypto against the certificate's own public key: the
    // installed PEM (it ends in a newline) followed by the token, which is also what sdk_php signs.
    const phpText = c.keys.publicPem + c.installationToken
    expect(c.keys.publicPem.endsWith('-----END PUBLIC KEY-----\n')).toBe(true)
    expect(
      createVerify('sha256')
        .update(phpText)
        .verify(new X509Certificate(cert.pem).publicKey, signature, 'base64'),
    ).toBe(true)

    const reply = await c.ok('POST', CREDENTIAL, {
      token: 'installation',
      body: credentialBody(cert, signature),
    })
    expect(reply.signatureOk).toBe(true)
    expect(reply.headers.get('X-Practice-Bank-Emulation')).toBe('semantic')
    const cred = reply.json.Response[0].CredentialPasswordIp
    expect(cred).toMatchObject({ status: 'PENDING_FIRST_USE', permitted_device: null })
    expect(cred.token_value).toMatch(/^[A-Za-z0-9]{32,}$/)
    expect(typeof cred.id).toBe('number')
    expect(cred.expiry_time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/)

    // token_value takes the API key's place (sdk_python create_for_psd2).
    c.apiKey = cred.token_value
    await c.registerDevice()
    const session = await c.openSession()
    expect(Object.keys(session.json.Response[2])).toEqual(['UserPaymentServiceProvider'])
    const provider = session.json.Response[2].UserPaymentServiceProvider
    expect(provider).toMatchObject({
      certificate_distinguished_name: 'CN=Practice PISP AISP, C=NL',
      display_name: 'Practice PISP AISP',
      session_timeout: 3600,
      status: 'ACTIVE',
    })
    expect(c.userId).toBe(provider.id)

    const me = (await c.ok('GET', '/user')).json.Response[0]
    expect(Object.keys(me)).toEqual(['UserPaymentServiceProvider'])
    const read = await c.ok('GET', `/user-payment-service-provider/${c.userId}`)
    expect(read.json.Response[0].UserPaymentServiceProvider.id).toBe(c.userId)
    expect((await c.call('GET', `/user-person/${c.userId}`)).status).toBe(404)
    expect((await c.ok('GET', `/user/${c.userId}/monetary-account`)).json.Response).toEqual([])

    // After first use the credential is ACTIVE on that device; its token is never shown again.
    const again = (await c.ok('GET', `${CREDENTIAL}/${cred.id}`)).json.Response[0]
      .CredentialPasswordIp
    expect(again).toMatchObject({
      id: cred.id,
      status: 'ACTIVE',
      token_value: null,
      permitted_device: { description: 'contract test', ip: '*' },
    })
    expect(JSON.stringify(again)).not.toContain(cred.token_value)
  })

  it('the provider registers an OAuth client with callback URLs: create, list, get, change', async () => {
    const face = await makeFace()
    const c = await installed(face)
    c.apiKey = (await credential(c, makeTestCertificate('OAuth PISP'))).token_value
    await c.registerDevice()
    await c.openSession()
    const clients = `/user/${c.userId}/oauth-client`
    const id = (await c.ok('POST', clients, { body: { status: 'ACTIVE' } })).json.Response[0].Id.id
    const urls = `${clients}/${id}/callback-url`
    const first = (await c.ok('POST', urls, { body: { url: 'https://tpp.example/callback' } })).json
      .Response[0].Id.id
    await c.ok('POST', urls, { body: { url: 'https://tpp.example/other' } })
    expect((await c.ok('GET', `${urls}/${first}`)).json.Response[0].OauthCallbackUrl).toEqual({
      id: first,
      url: 'https://tpp.example/callback',
    })
    await c.ok('PUT', `${urls}/${first}`, { body: { url: 'https://tpp.example/changed' } })
    const listed = (await c.ok('GET', urls)).json.Response.map(
      (r: { OauthCallbackUrl: { url: string } }) => r.OauthCallbackUrl.url,
    )
    expect(listed).toEqual(['https://tpp.example/changed', 'https://tpp.example/other'])
    const client = (await c.ok('GET', `${clients}/${id}`)).json.Response[0].OauthClient
    expect(client.status).toBe('ACTIVE')
    expect(client.client_id).toMatch(/^[0-9a-f]{64}$/)
    expect(client.callback_url.map((u: { url: string }) => u.url)).toEqual(listed)
    expect((await c.ok('GET', clients)).json.Response).toHaveLength(1)
    const bad = await c.call('PUT', `${urls}/${first}`, { body: { url: 'not a url' } })
    expect([bad.status, errorText(bad)]).toEqual([400, expect.stringContaining('url')])
    expect((await c.call('GET', `${urls}/999999`)).status).toBe(404)
    // Another user reaches none of it.
    const other = await face.client().bootstrap()
    expect((await other.call('GET', `${urls}/${first}`)).status).toBe(404)
  })

  it('refuses a bad certificate, chain or signature with a 400 naming the field', async () => {
    const face = await makeFace()
    const c = await installed(face)
    const cert = makeTestCertificate()
    const good = installationSignature(cert, c)
    const post = (body: unknown) => c.call('POST', CREDENTIAL, { token: 'installation', body })
    const refused = async (body: unknown, field: string, more?: string) => {
      const reply = await post(body)
      expect(reply.status).toBe(400)
      expect(errorText(reply)).toContain(field)
      if (more) expect(errorText(reply)).toContain(more)
    }
    const CERT = 'client_payment_service_provider_certificate'
    await refused(
      { ...credentialBody(cert, good), [CERT]: 'not a certificate' },
      CERT,
      'BEGIN CERTIFICATE',
    )
    await refused(
      {
        ...credentialBody(cert, good),
        [CERT]: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
      },
      CERT,
    )
    await refused({ ...credentialBody(cert, good), [CERT]: c.keys.publicPem }, CERT)
    const ec = makeTestCertificate('EC PISP', { type: 'ec' })
    expect(new X509Certificate(ec.pem).publicKey.asymmetricKeyType).toBe('ec')
    await refused(credentialBody(ec, good), CERT, 'RSA')
    await refused(credentialBody(cert, good, 'no chain here'), `${CERT}_chain`)
    await refused(credentialBody(cert, '%%%'), 'client_public_key_signature', 'base64')
    const { client_public_key_signature: _dropped, ...missing } = credentialBody(cert, good)
    await refused(missing, 'client_public_key_signature')

    // The usual mistakes are named: the newline dropped, the token left out, the wrong key.
    const sign = (text: string) => signText(cert.testOnlyPrivateKey, text)
    await refused(
      credentialBody(cert, sign(c.keys.publicPem.trimEnd() + c.installationToken)),
      'client_public_key_signature',
      'final newline',
    )
    await refused(
      credentialBody(cert, sign(c.keys.publicPem)),
      'client_public_key_signature',
      'append the installation token',
    )
    await refused(
      credentialBody(cert, signText(c.keys.privateKey, c.keys.publicPem + c.installationToken)),
      'client_public_key_signature',
      "installation's private key",
    )
    // Another certificate's key, and a signature over another installation's token.
    const stranger = makeTestCertificate('Stranger')
    await refused(credentialBody(cert, sign(stranger.pem)), 'client_public_key_signature')
    await refused(
      credentialBody(cert, sign(`${c.keys.publicPem}${'0'.repeat(64)}`)),
      'client_public_key_signature',
    )
    // After all those refusals the right request is still accepted.
    expect((await post(credentialBody(cert, good))).status).toBe(200)
  })

  it('is called with the installation token only, and a token unused past the binding window expires', async () => {
    const clock = fakeClock()
    const face = await makeFace({ platform: clock.platform })
    const c = await installed(face)
    const cert = makeTestCertificate('Late PISP')
    const signature = installationSignature(cert, c)
    const none = await c.call('POST', CREDENTIAL, {
      token: 'none',
      body: credentialBody(cert, signature),
    })
    expect(none.status).not.toBe(200)
    const cred = (
      await c.ok('POST', CREDENTIAL, {
        token: 'installation',
        body: credentialBody(cert, signature),
      })
    ).json.Response[0].CredentialPasswordIp
    expect(cred.expiry_time).toBe('2026-01-05 10:30:00.000000')
    clock.t += 2 * 3600e3
    c.apiKey = cred.token_value
    const late = await c.call('POST', '/device-server', {
      token: 'installation',
      body: { description: 'late', secret: c.apiKey, permitted_ips: ['*'] },
    })
    expect([late.status, errorText(late)]).toEqual([
      400,
      expect.stringContaining('Incorrect API key'),
    ])
  })

  it('one certificate subject is one provider; each call gives a new credential and token', async () => {
    const clock = fakeClock()
    const face = await makeFace({ platform: clock.platform })
    const cert = makeTestCertificate('Twice PISP')
    const a = await installed(face)
    const b = await installed(face)
    const first = await credential(a, cert)
    const second = await credential(b, cert)
    expect(second.id).not.toBe(first.id)
    expect(second.token_value).not.toBe(first.token_value)
    const ids: number[] = []
    for (const [client, cred] of [
      [a, first],
      [b, second],
    ] as const) {
      client.apiKey = cred.token_value
      await client.registerDevice()
      await client.openSession()
      ids.push(client.userId)
    }
    expect(ids[0]).toBe(ids[1])
    // A provider session lasts the hour its user object says (§4.8), not the bank's week.
    clock.t += 3600e3 - 60e3
    expect((await a.call('GET', '/user')).status).toBe(200)
    clock.t += 61e3
    expect((await a.call('GET', '/user')).status).not.toBe(200)
  })
})
