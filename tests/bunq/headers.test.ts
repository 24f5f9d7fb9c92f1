// Header set and the token per endpoint (docs/protocol.md §4 table, §5).
import { describe, expect, it } from 'vitest'
import { authTokenFor, buildHeaders } from '../../src/bunq/headers'
import { authKindFor, endpointPattern, joinUrl, normalisePath } from '../../src/bunq/paths'
import { emptyContext, type ApiContext } from '../../src/bunq/context'

const context: ApiContext = {
  ...emptyContext(),
  installation: { id: 1, token: 'install-tok', serverPublicKeyPem: 'pem' },
  session: {
    id: 2,
    token: 'session-tok',
    expiresAt: 1,
    userId: 3,
    userType: 'UserPerson',
    user: {},
  },
}

describe('token per endpoint', () => {
  const cases: Array<[string, string, string | null]> = [
    ['POST', '/sandbox-user-person', null],
    ['POST', '/sandbox-user-company', null],
    ['POST', '/installation', null],
    ['POST', '/device-server', 'install-tok'],
    ['POST', '/session-server', 'install-tok'],
    ['POST', '/payment-service-provider-credential', 'install-tok'],
    ['GET', '/installation', 'session-tok'],
    ['GET', '/user', 'session-tok'],
    ['POST', '/user/3/monetary-account/4/payment', 'session-tok'],
    ['DELETE', '/session/0', 'session-tok'],
  ]
  for (const [method, path, token] of cases) {
    it(`${method} ${path} -> ${token ?? 'no token'}`, () => {
      expect(authTokenFor(method, path, context).token).toBe(token)
    })
  }

  it('names the missing step instead of sending without a token', () => {
    expect(() => authTokenFor('POST', '/device-server', emptyContext())).toThrow(/installation/)
    expect(() => authTokenFor('GET', '/user', emptyContext())).toThrow(/session/)
  })

  it('reads paths with /v1, queries and trailing slashes alike', () => {
    expect(authKindFor('POST', '/v1/installation/')).toBe('none')
    expect(normalisePath('/v1/user/1/?count=2')).toBe('/user/1')
    expect(endpointPattern('/user/1/monetary-account/7/payment?count=2')).toBe(
      '/user/{id}/monetary-account/{id}/payment',
    )
    expect(joinUrl('https://h/v1/', '/v1/user?x=1')).toBe('https://h/v1/user?x=1')
    expect(joinUrl('https://h/v1', '/user')).toBe('https://h/v1/user')
  })
})

describe('buildHeaders', () => {
  it('sends the documented defaults, a request id, and Content-Type only with a body', () => {
    const h = buildHeaders({ requestId: 'id-1', authToken: 'tok', hasBody: true, signature: 'sig' })
    expect(h).toMatchObject({
      'Cache-Control': 'no-cache',
      'X-Bunq-Language': 'en_US',
      'X-Bunq-Region': 'nl_NL',
      'X-Bunq-Geolocation': '0 0 0 0 000',
      'X-Bunq-Client-Request-Id': 'id-1',
      'Content-Type': 'application/json',
      'X-Bunq-Client-Authentication': 'tok',
      'X-Bunq-Client-Signature': 'sig',
    })
    const bare = buildHeaders({
      requestId: 'id-2',
      authToken: null,
      hasBody: false,
      signature: null,
    })
    expect(bare['Content-Type']).toBeUndefined()
    expect(bare['X-Bunq-Client-Authentication']).toBeUndefined()
    expect(bare['X-Bunq-Client-Signature']).toBeUndefined()
  })
})
