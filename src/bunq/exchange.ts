/**
 * One HTTP exchange as the UI shows it (onboarding panels, signature lab, history, transcripts).
 * The protocol core emits every exchange twice: `redacted` (safe to store and show) and `raw`
 * (in memory only, for the "reveal" toggle). Only `redacted` may ever be persisted or logged.
 */
export interface ExchangeRequest {
  method: string
  url: string
  headers: Record<string, string>
  /** The exact body text sent (the bytes signed), '' for none. */
  body: string
}

export interface ExchangeResponse {
  status: number
  headers: Record<string, string>
  body: string
}

export type ServerSignatureCheck =
  | 'verified' // X-Bunq-Server-Signature present and valid over the raw body bytes
  | 'missing' // a 200 after installation without the header: a SignatureError
  | 'invalid' // present but wrong: a SignatureError
  | 'not-expected' // sandbox-user, installation, and error responses (docs/protocol.md §6.2)
  | 'not-checked' // no response (network failure)

export interface ClientSignature {
  /** SHA-256 (hex) of the exact bytes signed. */
  bodySha256: string
  /** Length in bytes of what was signed. */
  byteLength: number
  /** The X-Bunq-Client-Signature value (a secret in presenter mode; redacted in `redacted`). */
  signature: string
}

export interface Exchange {
  id: string
  /** 'practice' | 'direct' | 'relay' */
  transport: string
  startedAt: number
  durationMs: number
  request: ExchangeRequest
  response: ExchangeResponse | null
  clientSignature: ClientSignature | null
  serverSignature: ServerSignatureCheck
  /** The stable BunqError code when the exchange failed. */
  errorCode: string | null
  errorMessage: string | null
}

export interface ExchangeEvent {
  redacted: Exchange
  raw: Exchange
}

export type ExchangeListener = (event: ExchangeEvent) => void
