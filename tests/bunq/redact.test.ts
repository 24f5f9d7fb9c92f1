// Every secret kind is masked in the redacted copy, with a short visible prefix (security stance).
import { describe, expect, it } from 'vitest'
import type { Exchange } from '../../src/bunq/exchange'
import {
  maskSecret,
  REDACTED,
  redactBody,
  redactExchange,
  redactHeaders,
} from '../../src/bunq/redact'

// Obviously fake: a real key is 'sandbox_' + 64 hex digits.
const API_KEY = 'sandbox_FAKEfake-api-key-for-redaction-tests-not-real-000000000'
const TOKEN = 'a4f9c0ffee0000000000000000000000000000000000000000000000000000ab'
const PEM =
  '-----BEGIN PRIVATE KEY-----\nMIIEvFAKEFAKEFAKE\nFAKEFAKE==\n-----END PRIVATE KEY-----\n'

describe('maskSecret', () => {
  it('keeps a short prefix of an API key and of a long token', () => {
    expect(maskSecret(API_KEY)).toBe('sandbox_FAKE…')
    expect(maskSecret(TOKEN)).toBe(`a4f9… ${REDACTED}`)
    expect(maskSecret('short')).toBe(REDACTED)
    expect(maskSecret(PEM)).not.toContain('MIIE')
  })
})

describe('redactBody', () => {
  it('masks the API key sent as `secret` (device-server, session-server)', () => {
    const body = JSON.stringify({ description: 'x', secret: API_KEY, permitted_ips: ['*'] })
    const out = redactBody(body)
    expect(out).not.toContain(API_KEY)
    expect(out).toContain('sandbox_FAKE…')
    expect(out).toContain('"permitted_ips":["*"]')
  })

  it('masks tokens in responses (installation and session Token.token)', () => {
    const body = JSON.stringify({
      Response: [{ Id: { id: 1 } }, { Token: { id: 2, token: TOKEN } }],
    })
    expect(redactBody(body)).not.toContain(TOKEN)
  })

  it('masks ApiKey.api_key from sandbox-user', () => {
    const body = JSON.stringify({ Response: [{ ApiKey: { api_key: API_KEY } }] })
    expect(redactBody(body)).not.toContain(API_KEY)
  })

  it('masks private keys, raw or JSON-escaped, and keeps public keys', () => {
    const pub = '-----BEGIN PUBLIC KEY-----\nMIIBpublic\n-----END PUBLIC KEY-----\n'
    const body = JSON.stringify({ private_key_client: PEM, public_key_client: pub })
    const out = redactBody(body)
    expect(out).not.toContain('MIIEvFAKE')
    expect(out).toContain('MIIBpublic')
    expect(redactBody(`note: ${PEM}`)).not.toContain('MIIEvFAKE')
  })

  it('masks known secrets anywhere, even in a body that is not JSON', () => {
    const out = redactBody(`<html>token ${TOKEN} leaked</html>`, [TOKEN])
    expect(out).not.toContain(TOKEN)
    expect(out).toContain('<html>token a4f9…')
  })

  it('keeps the formatting of the bytes that were signed', () => {
    const body = '{\n  "secret": "' + API_KEY + '",\n  "x": 1\n}'
    expect(redactBody(body)).toBe('{\n  "secret": "sandbox_FAKE…",\n  "x": 1\n}')
  })
})

describe('redactHeaders and redactExchange', () => {
  it("masks the authentication token and the client's signature, not bunq's public one", () => {
    const out = redactHeaders({
      'X-Bunq-Client-Authentication': TOKEN,
      'x-bunq-client-signature': 'c2lnbmF0dXJlc2lnbmF0dXJl',
      'X-Bunq-Server-Signature': 'c2VydmVyc2lnbmF0dXJl',
      'Cache-Control': 'no-cache',
    })
    expect(out['X-Bunq-Client-Authentication']).toBe(`a4f9… ${REDACTED}`)
    expect(out['x-bunq-client-signature']).toBe(REDACTED)
    expect(out['X-Bunq-Server-Signature']).toBe('c2VydmVyc2lnbmF0dXJl')
    expect(out['Cache-Control']).toBe('no-cache')
  })

  it('redacts a whole exchange and leaves the raw one untouched', () => {
    const raw: Exchange = {
      id: '1',
      transport: 'practice',
      startedAt: 0,
      durationMs: 5,
      request: {
        method: 'POST',
        url: 'https://x/v1/session-server',
        headers: { 'X-Bunq-Client-Authentication': TOKEN, 'X-Bunq-Client-Signature': 'sigsig' },
        body: JSON.stringify({ secret: API_KEY }),
      },
      response: {
        status: 400,
        headers: {},
        body: `{"Error":[{"error_description":"bad ${API_KEY}"}]}`,
      },
      clientSignature: { bodySha256: 'ab', byteLength: 3, signature: 'sigsig' },
      serverSignature: 'not-expected',
      errorCode: 'bad-api-key-or-ip',
      errorMessage: `failed for ${API_KEY}`,
    }
    const copy = structuredClone(raw)
    const redacted = redactExchange(raw, [API_KEY, TOKEN])
    const text = JSON.stringify(redacted)
    for (const secret of [API_KEY, TOKEN, 'sigsig']) expect(text).not.toContain(secret)
    expect(redacted.clientSignature?.bodySha256).toBe('ab')
    expect(raw).toEqual(copy)
  })
})
