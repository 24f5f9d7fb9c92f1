// One factory from (status, body, headers) to a typed error; one test per code (docs/protocol.md §8).
import { describe, expect, it } from 'vitest'
import { apiErrorFrom } from '../../src/bunq/api-error-factory'
import { ERROR_CODES } from '../../src/bunq/error-codes'
import {
  ApiError,
  MalformedResponseError,
  NetworkError,
  NoContextError,
  RateLimitError,
  SessionExpiredError,
  SignatureError,
} from '../../src/bunq/errors'
import { BunqError } from '../../src/errors'
import { bunqError } from './helpers/fake-bank'

const headers = new Headers({ 'X-Bunq-Client-Response-Id': 'resp-1234' })
const make = (status: number, text?: string) =>
  apiErrorFrom(status, text === undefined ? '' : JSON.stringify(bunqError(text)), headers)

describe('apiErrorFrom', () => {
  const cases: Array<[number, string | undefined, string]> = [
    [400, 'User credentials are incorrect. Incorrect API key or IP address.', 'bad-api-key-or-ip'],
    [401, 'Insufficient authorisation.', 'session-expired'],
    [403, 'Insufficient authentication.', 'session-expired'],
    [
      466,
      'For this operation a request signature is required. Check the urls for more information.',
      'signature-required',
    ],
    [400, 'The request signature is invalid.', 'bad-request-signature'],
    [401, 'The request signature is invalid.', 'bad-request-signature'],
    [
      429,
      'Too many requests. You can do a maximum of 3 calls per 3 second to this endpoint.',
      'rate-limited',
    ],
    [400, 'Amount must be positive.', 'bad-request'],
    [401, 'Something else.', 'unauthorised'],
    [403, 'Not for you.', 'forbidden'],
    [404, 'Route not found.', 'not-found'],
    [405, 'Method not allowed.', 'method-not-allowed'],
    [490, 'User error.', 'user-error'],
    [491, 'Maintenance.', 'maintenance'],
    [500, 'Internal.', 'server-error'],
    [418, 'Teapot.', 'unknown-api-error'],
  ]
  for (const [status, text, code] of cases) {
    it(`maps ${status} "${text}" to ${code}`, () => {
      const error = make(status, text)
      expect(error).toBeInstanceOf(ApiError)
      expect(error).toBeInstanceOf(BunqError)
      expect(error.code).toBe(code)
      expect(error.status).toBe(status)
      expect(error.descriptions).toEqual([text])
      expect(error.responseId).toBe('resp-1234')
      expect(error.message).toContain(text)
      expect(error.hint).not.toBe('')
      expect(ERROR_CODES).toContain(error.code)
    })
  }

  it('treats "Insufficient authentication." with 500 as a gone session, as seen in the wild', () => {
    expect(make(500, 'Insufficient authentication.')).toBeInstanceOf(SessionExpiredError)
  })

  it('makes SessionExpiredError and RateLimitError subclasses', () => {
    expect(make(401, 'Insufficient authorisation.')).toBeInstanceOf(SessionExpiredError)
    expect(make(429, 'Too many requests.')).toBeInstanceOf(RateLimitError)
  })

  it('survives a body that is not JSON (HTML error page, truncated, empty)', () => {
    for (const body of ['<html>502</html>', '{"Error":[{"error_desc', '']) {
      const error = apiErrorFrom(500, body, new Headers())
      expect(error.code).toBe('server-error')
      expect(error.descriptions).toEqual([])
      expect(error.responseId).toBeNull()
    }
  })

  it('keeps every description in order', () => {
    const body = JSON.stringify({
      Error: [{ error_description: 'one' }, { error_description: 'two' }],
    })
    expect(apiErrorFrom(400, body, headers).descriptions).toEqual(['one', 'two'])
  })
})

describe('the rest of the family', () => {
  it('gives each class its stable code', () => {
    expect(new SignatureError('server-signature-missing').code).toBe('server-signature-missing')
    expect(new SignatureError('server-signature-invalid').code).toBe('server-signature-invalid')
    expect(new MalformedResponseError('x').code).toBe('malformed-response')
    expect(new NoContextError('a session', 'Open session').code).toBe('no-context')
    for (const code of [
      'network-offline',
      'host-unreachable',
      'cors-blocked',
      'signature-header-unreadable',
      'timeout',
    ] as const) {
      const error = new NetworkError(code, 'failed')
      expect(error.code).toBe(code)
      expect(error.hint).not.toBe('')
      expect(error.name).toBe('NetworkError')
    }
  })
})
