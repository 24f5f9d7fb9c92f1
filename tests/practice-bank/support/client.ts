import {
  createPrivateKey,
  createPublicKey,
  createSign,
  createVerify,
  generateKeyPairSync,
} from 'node:crypto'
import type { KeyObject } from 'node:crypto'

/**
 * A tiny test-only bunq client (never src/bunq: the practice bank is checked independently).
 * Signs with node:crypto over the exact body bytes it sends, and verifies every server signature
 * with node:crypto too, so the bank's signing is cross-checked against a second implementation.
 */
export type Fetcher = (path: string, init?: RequestInit) => Promise<Response>

export interface Reply {
  status: number
  headers: Headers
  text: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any
  /** null: no X-Bunq-Server-Signature; otherwise whether it verified with node:crypto. */
  signatureOk: boolean | null
  raw: Buffer
}

export interface CallOptions {
  /** A JSON value (serialised once, compactly) or exact body text. */
  body?: unknown
  /** 'installation' | 'session' | 'none' or a literal token. */
  token?: 'installation' | 'session' | 'none' | (string & {})
  /** Sign the body (default: whenever a token is sent), or pass a literal header value. */
  sign?: boolean | string
  headers?: Record<string, string>
}

let cachedKeys: { privateKey: KeyObject; publicPem: string } | null = null

/** One RSA-2048 pair per test run (generated here, never a fixture). */
export function testKeys(): { privateKey: KeyObject; publicPem: string } {
  if (!cachedKeys) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
    cachedKeys = {
      privateKey: createPrivateKey(pair.privateKey.export({ type: 'pkcs8', format: 'pem' })),
      publicPem: pair.publicKey.export({ type: 'spki', format: 'pem' }) as string,
    }
  }
  return cachedKeys
}

export function signText(privateKey: KeyObject, text: string): string {
  return createSign('sha256').update(Buffer.from(text, 'utf8')).sign(privateKey, 'base64')
}

export class TestClient {
  apiKey = ''
  installationToken = ''
  serverPublicKeyPem = ''
  sessionToken = ''
  sessionId = 0
  userId = 0
  accountId = 0
  readonly keys = testKeys()

  constructor(readonly fetch: Fetcher) {}

  async call(method: string, path: string, options: CallOptions = {}): Promise<Reply> {
    const text =
      options.body === undefined
        ? ''
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body)
    const headers: Record<string, string> = { 'Cache-Control': 'no-cache', ...options.headers }
    if (text !== '' && !('Content-Type' in headers)) headers['Content-Type'] = 'application/json'
    const kind = options.token ?? (this.sessionToken ? 'session' : 'none')
    const token =
      kind === 'installation'
        ? this.installationToken
        : kind === 'session'
          ? this.sessionToken
          : kind === 'none'
            ? ''
            : kind
    if (token) headers['X-Bunq-Client-Authentication'] = token
    const sign = options.sign ?? token !== ''
    if (typeof sign === 'string') headers['X-Bunq-Client-Signature'] = sign
    else if (sign) headers['X-Bunq-Client-Signature'] = signText(this.keys.privateKey, text)
    // Content-Type '' means "send none" (the Python and PHP SDKs do, docs/protocol.md §17): a byte body gets no
    // default type from fetch, where a string body would become text/plain.
    const bare = headers['Content-Type'] === ''
    if (bare) delete headers['Content-Type']
    const payload = bare ? new Uint8Array(Buffer.from(text, 'utf8')) : text
    const response = await this.fetch(path, {
      method,
      headers,
      body: method === 'GET' || text === '' ? undefined : payload,
    })
    const raw = Buffer.from(await response.arrayBuffer())
    const signature = response.headers.get('X-Bunq-Server-Signature')
    const signatureOk = this.verify(raw, signature)
    const body = raw.toString('utf8')
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      json = null
    }
    return {
      status: response.status,
      headers: response.headers,
      text: body,
      json,
      signatureOk,
      raw,
    }
  }

  /** Checks X-Bunq-Server-Signature with node:crypto; null when there is none. */
  verify(raw: Buffer, signature: string | null): boolean | null {
    if (signature === null) return null
    if (this.serverPublicKeyPem === '') return false
    return createVerify('sha256')
      .update(raw)
      .verify(createPublicKey(this.serverPublicKeyPem), signature, 'base64')
  }

  /** Like call, but fails the test unless the answer is a 200 with a valid server signature. */
  async ok(method: string, path: string, options: CallOptions = {}): Promise<Reply> {
    const reply = await this.call(method, path, options)
    if (reply.status !== 200) throw new Error(`${method} ${path} -> ${reply.status} ${reply.text}`)
    if (this.serverPublicKeyPem && reply.signatureOk !== true) {
      throw new Error(`${method} ${path}: server signature ${reply.signatureOk}`)
    }
    return reply
  }

  async createUser(kind: 'person' | 'company' = 'person'): Promise<string> {
    const reply = await this.call('POST', `/sandbox-user-${kind}`, { token: 'none', sign: false })
    this.apiKey = reply.json.Response[0].ApiKey.api_key
    return this.apiKey
  }

  async install(publicPem = this.keys.publicPem): Promise<Reply> {
    const reply = await this.call('POST', '/installation', {
      token: 'none',
      sign: false,
      body: { client_public_key: publicPem },
    })
    this.installationToken = reply.json.Response[1].Token.token
    this.serverPublicKeyPem = reply.json.Response[2].ServerPublicKey.server_public_key
    // The key arrives in this very answer, so check its (optional, §6.2) signature now.
    return {
      ...reply,
      signatureOk: this.verify(reply.raw, reply.headers.get('X-Bunq-Server-Signature')),
    }
  }

  /** `null` leaves permitted_ips out, so the key is bound to the caller's IP (§4.4). */
  async registerDevice(permittedIps: string[] | null = ['*']): Promise<Reply> {
    const body: Record<string, unknown> = { description: 'contract test', secret: this.apiKey }
    if (permittedIps) body.permitted_ips = permittedIps
    return this.ok('POST', '/device-server', { token: 'installation', body })
  }

  async openSession(): Promise<Reply> {
    const reply = await this.ok('POST', '/session-server', {
      token: 'installation',
      body: { secret: this.apiKey },
    })
    this.sessionId = reply.json.Response[0].Id.id
    this.sessionToken = reply.json.Response[1].Token.token
    const user = reply.json.Response[2]
    this.userId = (user.UserPerson ?? user.UserCompany ?? user.UserPaymentServiceProvider).id
    return reply
  }

  /** sandbox user -> installation -> device -> session -> first account id. */
  async bootstrap(kind: 'person' | 'company' = 'person'): Promise<this> {
    await this.createUser(kind)
    await this.install()
    await this.registerDevice()
    await this.openSession()
    const accounts = await this.ok('GET', `/user/${this.userId}/monetary-account-bank`)
    this.accountId = accounts.json.Response[0].MonetaryAccountBank.id
    return this
  }
}
