/**
 * Realistic exchanges for the fakes: the shapes of docs/protocol.md §4 and §10 with values that
 * are obviously fake (no real key, token or signature ever appears here). Each comes as an
 * ExchangeEvent: `raw` with the fake secrets, `redacted` with them masked, as the core emits.
 */
import type { Exchange, ExchangeEvent, ServerSignatureCheck } from '../../../src/bunq/exchange'
import { PRACTICE_BASE_URL } from '../../../src/bunq/context'

export const FAKE_API_KEY = 'sandbox_fake0000000000000000000000000000000000000000000000000'
export const FAKE_INSTALLATION_TOKEN = 'fake-installation-token-0000000000000000000000000000000'
export const FAKE_SESSION_TOKEN = 'fake-session-token-00000000000000000000000000000000000000'
export const FAKE_SIGNATURE = 'RkFLRS1zaWduYXR1cmUtbm90LXJlYWwtRkFLRS1zaWduYXR1cmUtbm90LXJlYWw='
export const FAKE_SERVER_SIGNATURE = 'RkFLRS1zZXJ2ZXItc2lnbmF0dXJlLW5vdC1yZWFsLUZBS0UtRkFLRS1GQUtF'
export const FAKE_PUBLIC_KEY_PEM =
  '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAFAKEFAKEFAKEFAKEFAKE\nFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFA\n-----END PUBLIC KEY-----\n'

const SECRETS = [FAKE_API_KEY, FAKE_INSTALLATION_TOKEN, FAKE_SESSION_TOKEN, FAKE_SIGNATURE]
export const REDACTED = '[redacted]'

export interface ExchangeSpec {
  id: string
  method: string
  path: string
  startedAt: number
  requestBody?: unknown
  auth?: 'installation' | 'session' | null
  signed?: boolean
  status?: number
  responseBody: unknown
  serverSignature?: ServerSignatureCheck
  errorCode?: string | null
  errorMessage?: string | null
}

/** Builds a raw exchange from a spec, then a redacted twin with every fake secret masked. */
export function fakeExchange(spec: ExchangeSpec): ExchangeEvent {
  const body = spec.requestBody === undefined ? '' : JSON.stringify(spec.requestBody)
  const headers: Record<string, string> = {
    'Cache-Control': 'no-cache',
    'Content-Type': 'application/json',
    'X-Bunq-Client-Request-Id': `00000000-0000-4000-8000-${spec.id.padStart(12, '0')}`,
    'X-Bunq-Geolocation': '0 0 0 0 000',
    'X-Bunq-Language': 'en_US',
    'X-Bunq-Region': 'nl_NL',
  }
  if (spec.auth === 'installation')
    headers['X-Bunq-Client-Authentication'] = FAKE_INSTALLATION_TOKEN
  if (spec.auth === 'session') headers['X-Bunq-Client-Authentication'] = FAKE_SESSION_TOKEN
  if (spec.signed) headers['X-Bunq-Client-Signature'] = FAKE_SIGNATURE
  const status = spec.status ?? 200
  const serverSignature = spec.serverSignature ?? (status === 200 ? 'verified' : 'not-expected')
  const responseHeaders: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Bunq-Client-Request-Id': headers['X-Bunq-Client-Request-Id'],
    'X-Bunq-Client-Response-Id': `fake0000-resp-4000-8000-${spec.id.padStart(12, '0')}`,
  }
  if (serverSignature === 'verified' || serverSignature === 'invalid')
    responseHeaders['X-Bunq-Server-Signature'] = FAKE_SERVER_SIGNATURE
  const raw: Exchange = {
    id: spec.id,
    transport: 'practice',
    startedAt: spec.startedAt,
    durationMs: 40 + (Number.parseInt(spec.id, 10) % 7) * 13,
    request: { method: spec.method, url: PRACTICE_BASE_URL + spec.path, headers, body },
    response: { status, headers: responseHeaders, body: JSON.stringify(spec.responseBody) },
    clientSignature: spec.signed
      ? {
          bodySha256: fakeSha256(body),
          byteLength: new TextEncoder().encode(body).length,
          signature: FAKE_SIGNATURE,
        }
      : null,
    serverSignature,
    errorCode: spec.errorCode ?? null,
    errorMessage: spec.errorMessage ?? null,
  }
  return { raw, redacted: redactFake(raw) }
}

/** Masks the fake secrets everywhere in an exchange (the real core redacts its own way). */
export function redactFake(exchange: Exchange): Exchange {
  const text = JSON.stringify(exchange)
  const masked = SECRETS.reduce((acc, secret) => acc.split(secret).join(REDACTED), text)
  return JSON.parse(masked) as Exchange
}

/** A stable 64-hex stand-in for a digest (fakes only; the real one comes from rsa.ts sha256Hex). */
function fakeSha256(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0').repeat(8)
}

/** bunq's UTC time format (§3) for an epoch-ms value. */
export function bunqTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '000')
}
