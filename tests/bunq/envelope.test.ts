// The Response envelope, positional results and Pagination (docs/protocol.md §3, §4.3, §4.5, §10.5).
import { describe, expect, it } from 'vitest'
import {
  createdId,
  itemsOf,
  unwrapEnvelope,
  unwrapInstallation,
  unwrapSession,
} from '../../src/bunq/envelope'
import { parseCursor, parsePagination } from '../../src/bunq/pagination'

const PEM = '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'
const token = (t: string) => ({ Token: { id: 2, created: '2025-03-05 16:12:11.918100', token: t } })

describe('unwrapEnvelope', () => {
  it('lists typed elements and keeps Pagination', () => {
    const env = unwrapEnvelope({
      Response: [{ Payment: { id: 2 } }, { Payment: { id: 1 } }],
      Pagination: {
        future_url: null,
        newer_url: null,
        older_url: '/v1/user/1/monetary-account/1/payment?count=2&older_id=1',
      },
    })
    expect(itemsOf<{ id: number }>(env, 'Payment').map((p) => p.id)).toEqual([2, 1])
    expect(env.pagination.older).toEqual({ url: expect.any(String), count: 2, older_id: 1 })
    expect(env.pagination.newer).toBeNull()
  })

  it('refuses bodies that are not the envelope', () => {
    for (const body of [
      null,
      [],
      {},
      { Response: {} },
      { Response: [1] },
      { Response: [{ A: 1 }] },
      { Response: [{ A: {}, B: {} }] },
    ])
      expect(() => unwrapEnvelope(body)).toThrow(
        expect.objectContaining({ code: 'malformed-response' }),
      )
  })

  it('reads the id of a create call', () => {
    expect(createdId(unwrapEnvelope({ Response: [{ Id: { id: 77 } }] }))).toBe(77)
    expect(() => createdId(unwrapEnvelope({ Response: [{ Uuid: { uuid: 'x' } }] }))).toThrow()
  })
})

describe('positional results', () => {
  it('reads installation as [Id, Token, ServerPublicKey]', () => {
    const env = unwrapEnvelope({
      Response: [{ Id: { id: 4 } }, token('tok'), { ServerPublicKey: { server_public_key: PEM } }],
    })
    expect(unwrapInstallation(env)).toEqual({ id: 4, token: 'tok', serverPublicKeyPem: PEM })
  })

  it('refuses installation elements out of order', () => {
    const env = unwrapEnvelope({
      Response: [token('tok'), { Id: { id: 4 } }, { ServerPublicKey: { server_public_key: PEM } }],
    })
    expect(() => unwrapInstallation(env)).toThrow(/Response\[0\] should be Id/)
  })

  it('reads session-server as [Id, Token, User*] for each user type', () => {
    for (const type of ['UserPerson', 'UserCompany', 'UserApiKey', 'UserPaymentServiceProvider']) {
      const env = unwrapEnvelope({
        Response: [{ Id: { id: 9 } }, token('s'), { [type]: { id: 5 } }],
      })
      const result = unwrapSession(env)
      expect(result).toMatchObject({ id: 9, token: 's', userType: type, user: { id: 5 } })
      expect(result.created).toBe('2025-03-05 16:12:11.918100')
    }
  })

  it('refuses a session without a user object or token', () => {
    expect(() =>
      unwrapSession(unwrapEnvelope({ Response: [{ Id: { id: 9 } }, token('s'), { Payment: {} }] })),
    ).toThrow()
    expect(() =>
      unwrapSession(
        unwrapEnvelope({ Response: [{ Id: { id: 9 } }, { Token: { id: 1 } }, { UserPerson: {} }] }),
      ),
    ).toThrow(/Token.token/)
  })
})

describe('pagination', () => {
  it('parses the doc example for count=25', () => {
    const p = parsePagination({
      future_url: null,
      newer_url: '/v1/user/1/monetary-account/1/payment?count=25&newer_id=249',
      older_url: '/v1/user/1/monetary-account/1/payment?count=25&older_id=224',
    })
    expect(p.newer).toMatchObject({ count: 25, newer_id: 249 })
    expect(p.older).toMatchObject({ count: 25, older_id: 224 })
    expect(p.future).toBeNull()
  })

  it('parses links without count (bunq/postman#5)', () => {
    const p = parsePagination({
      future_url: '/v1/user/12345/event?newer_id=6789012345',
      newer_url: null,
      older_url: '/v1/user/12345/event?older_id=4567890123',
    })
    expect(p.future).toEqual({
      url: '/v1/user/12345/event?newer_id=6789012345',
      newer_id: 6789012345,
    })
    expect(p.older?.count).toBeUndefined()
  })

  it('gives null cursors for missing or odd values', () => {
    expect(parsePagination(undefined)).toEqual({ older: null, newer: null, future: null })
    expect(parseCursor('')).toBeNull()
    expect(parseCursor(42)).toBeNull()
    expect(parseCursor('/v1/x?older_id=abc')).toEqual({ url: '/v1/x?older_id=abc' })
  })
})
