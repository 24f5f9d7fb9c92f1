import { utf8Encode } from '../../../src/crypto/bytes'
import { signBytes } from '../../../src/crypto/rsa'
import type { ApiContext, BankBinding } from '../../../src/bunq/context'
import type { Transport } from '../../../src/platform/platform'
import { EPOCH } from './fake-platform'
import type { TestKeys } from './keys'

/**
 * A tiny scripted server for fault tests: each call pops the next answer. Answers are signed with
 * the test server key unless told otherwise. Every request is kept (with its body bytes) so tests
 * can check what was sent and signed.
 */
export type Signing = 'valid' | 'missing' | 'wrong' | 'none'

export interface Answer {
  status?: number
  body: string | object
  signing?: Signing
  headers?: Record<string, string>
  /** Sign this text but send `body` (e.g. a truncated body with the full body's signature). */
  signOver?: string
}

export interface Recorded {
  method: string
  url: string
  headers: Headers
  body: Uint8Array
}

export function scriptedTransport(
  keys: TestKeys,
  answers: Array<Answer | ((r: Recorded) => Answer)>,
) {
  const requests: Recorded[] = []
  const transport: Transport = async (request) => {
    const recorded: Recorded = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: new Uint8Array(await request.arrayBuffer()),
    }
    requests.push(recorded)
    const next = answers.shift()
    if (!next) throw new Error(`unexpected request ${request.method} ${request.url}`)
    const answer = typeof next === 'function' ? next(recorded) : next
    return respond(keys, answer)
  }
  return { transport, requests }
}

export async function respond(keys: TestKeys, answer: Answer): Promise<Response> {
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)
  const headers = new Headers({
    'Content-Type': 'application/json',
    'X-Bunq-Client-Response-Id': 'fake-response-id-0001',
    ...answer.headers,
  })
  const signing = answer.signing ?? ((answer.status ?? 200) === 200 ? 'valid' : 'none')
  if (signing === 'valid')
    headers.set(
      'X-Bunq-Server-Signature',
      await signBytes(keys.server.privateKey, utf8Encode(answer.signOver ?? text)),
    )
  if (signing === 'wrong')
    headers.set(
      'X-Bunq-Server-Signature',
      await signBytes(keys.server.privateKey, utf8Encode(text + ' ')),
    )
  return new Response(utf8Encode(text), { status: answer.status ?? 200, headers })
}

/** The fake bank's base URL, and the bank its contexts belong to (src/bunq/bank.ts). */
export const FAKE_BANK_URL = 'https://bank.test/v1'
export const FAKE_BANK: BankBinding = { kind: 'practice-server', baseUrl: FAKE_BANK_URL }

export const FAKE_API_KEY = 'sandbox_fakefakefake0123456789abcdef0123456789abcdef0123'
export const FAKE_INSTALLATION_TOKEN =
  'installation-token-fake-0000000000000000000000000000000000000000'
export const FAKE_SESSION_TOKEN = 'session-token-fake-11111111111111111111111111111111111111111111'

/** A context with every bootstrap step done (session valid for a week from EPOCH). */
export function readyContext(keys: TestKeys, overrides: Partial<ApiContext> = {}): ApiContext {
  return {
    bank: FAKE_BANK,
    environment: 'SANDBOX',
    apiKey: FAKE_API_KEY,
    privateKeyPem: keys.clientPrivatePem,
    publicKeyPem: keys.clientPublicPem,
    installation: {
      id: 1,
      token: FAKE_INSTALLATION_TOKEN,
      serverPublicKeyPem: keys.serverPublicPem,
    },
    device: { id: 2, description: 'test device' },
    session: {
      id: 3,
      token: FAKE_SESSION_TOKEN,
      expiresAt: EPOCH + 604_800_000,
      userId: 42,
      userType: 'UserPerson',
      user: { id: 42, session_timeout: 604800 },
    },
    ...overrides,
  }
}

export const ok = (items: object[], extra: object = {}) => ({ Response: items, ...extra })
export const bunqError = (text: string) => ({
  Error: [{ error_description: text, error_description_translated: text }],
})
