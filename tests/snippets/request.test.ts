import { describe, expect, it } from 'vitest'
import type { Exchange } from '../../src/bunq/exchange'
import { snippet } from '../../src/snippets'
import { bodyParts, relativeEndpoint, snippetRequestFrom } from '../../src/snippets/request'
import { exchangeFixture } from '../support/exchange-fixture'

const exchange: Exchange = exchangeFixture({
  id: 'x1',
  durationMs: 1,
  request: {
    method: 'POST',
    url: 'https://practice.bunq.invalid/v1/session-server',
    headers: { 'X-Bunq-Client-Signature': 'from-header', 'Cache-Control': 'no-cache' },
    body: '{"secret":"sandbox_fake00"}',
  },
  response: null,
  clientSignature: { bodySha256: '00', byteLength: 27, signature: 'from-record' },
  serverSignature: 'not-checked',
})

describe('snippet input', () => {
  it('takes the recorded client signature from an exchange', () => {
    expect(snippetRequestFrom(exchange).signature).toBe('from-record')
    expect(snippetRequestFrom({ ...exchange, clientSignature: null }).signature).toBe('from-header')
  })

  it('splits the body around API key values, keeping every other byte', () => {
    expect(bodyParts('{"secret":"k1","x":"k1k1","token":""}')).toEqual([
      { text: '{"secret":"' },
      { apiKey: true },
      { text: '","x":"' },
      { apiKey: true },
      { apiKey: true },
      { text: '","token":""}' },
    ])
    expect(bodyParts('not json "secret"')).toEqual([{ text: 'not json "secret"' }])
  })

  it('names endpoints relative to /v1 like the SDKs do', () => {
    expect(relativeEndpoint('https://api.bunq.com/v1/user/1/payment?count=2')).toBe(
      'user/1/payment?count=2',
    )
    expect(relativeEndpoint('http://127.0.0.1:8787/v1/user')).toBe('user')
  })

  it('gives every language from one entry point, secrets hidden by default', () => {
    const request = snippetRequestFrom(exchange)
    for (const language of ['curl', 'typescript', 'python'] as const) {
      const text = snippet(language, request)
      expect(text).not.toContain('sandbox_fake00')
      expect(text).not.toContain('from-record')
    }
  })
})
