import { utf8Decode, utf8Encode } from '../crypto/bytes'
import { sha256Hex, signBytes, verifyBytes } from '../crypto/rsa'
import { BunqError } from '../errors'
import type { Platform, Transport } from '../platform/platform'
import { apiErrorFrom } from './api-error-factory'
import { assertContextBank } from './bank-guard'
import type { ApiContext } from './context'
import { unwrapEnvelope, type Envelope } from './envelope'
import { parsePagination } from './pagination'
import { MalformedResponseError, NetworkError, NoContextError, SignatureError } from './errors'
import type { ClientSignature, ExchangeListener } from './exchange'
import { ExchangeRecorder } from './exchange-recorder'
import {
  authTokenFor,
  buildHeaders,
  headersToRecord,
  HEADER_ATTACHMENT_DESCRIPTION,
  HEADER_SERVER_SIGNATURE,
} from './headers'
import type { KeyRing } from './key-ring'
import { isPreInstallation, joinUrl, withQuery, type HttpMethod } from './paths'

/**
 * The ONE request pipeline (docs/architecture.md, "serialize once"; docs/protocol.md §5, §6): serialize once -> UTF-8 bytes
 * -> sign those bytes -> send those exact bytes -> read the raw bytes -> verify
 * X-Bunq-Server-Signature over them BEFORE parsing (every 200 after installation) -> parse ->
 * unwrap the envelope -> typed error for anything but 200. Every call that reaches the transport
 * emits one ExchangeEvent, failures included. No retries here: see client.ts.
 */

/**
 * A file sent as the body (attachment uploads, docs/protocol.md §5): its raw bytes, signed and
 * sent as they are, never JSON; bunq reads the type from Content-Type and wants a description in
 * X-Bunq-Attachment-Description.
 */
export interface BunqUpload {
  bytes: Uint8Array
  /** An image type (image/png, image/jpeg, image/gif). */
  contentType: string
  description: string
}

export interface BunqRequest {
  method: HttpMethod
  /** Relative to the base URL (`/user/1/payment`); may carry a query. */
  path: string
  query?: Record<string, string | number | undefined>
  /** Any JSON value; serialized exactly once. Omit for no body. */
  body?: unknown
  /**
   * The exact body text to sign and send, byte for byte (the console sends what the user typed,
   * not a re-serialisation of it). Wins over `body`.
   */
  bodyText?: string
  /** A file to upload instead of a JSON body; wins over `body` and `bodyText`. */
  upload?: BunqUpload
  /**
   * 'bytes' for answers that are a file (`…/content`): verified over their raw bytes like any
   * answer (§6.2), then handed back as bytes, not parsed. Errors are JSON either way. Statement
   * and attachment content are such files (docs/protocol.md §10.7).
   */
  answer?: 'json' | 'bytes'
}

export interface BunqResponse {
  envelope: Envelope
  /** The answer's Content-Type, for `answer: 'bytes'` requests. */
  contentType?: string
  headers: Headers
  /** X-Bunq-Client-Response-Id (§7). */
  responseId: string | null
  /** Our clock when the request was sent (session expiry is counted from here). */
  sentAt: number
  /** The raw answer bytes, as verified (a file's content for `answer: 'bytes'`). */
  bytes: Uint8Array<ArrayBuffer>
}

export interface PipelineDeps {
  platform: Platform
  transport: Transport
  /** 'practice' | 'direct' | 'relay', for the exchange log. */
  transportKind: string
  baseUrl: string
  keys: KeyRing
  onExchange?: ExchangeListener
}

/** Sends one request with the given context; throws a BunqError subclass on any failure. */
export async function sendOnce(
  deps: PipelineDeps,
  context: ApiContext,
  req: BunqRequest,
): Promise<BunqResponse> {
  const { platform } = deps
  const preInstallation = isPreInstallation(req.method, req.path)
  const url = joinUrl(deps.baseUrl, withQuery(req.path, req.query))
  // Local preconditions fail before anything is sent (and so before anything is logged). First of
  // all: a request goes only to the bank that issued the context (docs/decisions/0023).
  assertContextBank(context, deps.baseUrl, url)
  const auth = authTokenFor(req.method, req.path, context)
  // The key comes from the context's own PEM, the key ring or the app's provider (key-ring.ts).
  const signingKey = preInstallation ? null : await deps.keys.signingKey(context)
  if (!preInstallation && !signingKey)
    throw new NoContextError('a key pair to sign with', 'Generate key pair')
  if (!preInstallation && !context.installation)
    throw new NoContextError('the server public key from installation', 'Install')

  const bodyText = req.upload ? '' : requestBodyText(req)
  const bodyBytes = req.upload ? Uint8Array.from(req.upload.bytes) : utf8Encode(bodyText)
  const sentAt = platform.now()
  const recorder = new ExchangeRecorder({
    id: platform.randomUUID(),
    transport: deps.transportKind,
    startedAt: sentAt,
    context,
  })

  // Sign every call after installation, GETs over the empty string, as the SDKs do (§6.1).
  let clientSignature: ClientSignature | null = null
  if (signingKey) {
    clientSignature = {
      signature: await signBytes(signingKey, bodyBytes, platform.subtle),
      bodySha256: await sha256Hex(bodyBytes, platform.subtle),
      byteLength: bodyBytes.byteLength,
    }
  }
  const headers = buildHeaders({
    requestId: platform.randomUUID(),
    authToken: auth.token,
    hasBody: bodyText !== '',
    signature: clientSignature?.signature ?? null,
  })
  if (req.upload) {
    headers['Content-Type'] = req.upload.contentType
    headers[HEADER_ATTACHMENT_DESCRIPTION] = req.upload.description
  }
  // A file is shown by its size and type: its bytes are not text (the signature covers the bytes).
  const shownBody = req.upload ? fileLabel(bodyBytes.length, req.upload.contentType) : bodyText
  recorder.request({ method: req.method, url, headers, body: shownBody }, clientSignature)

  try {
    const request = new Request(url, {
      method: req.method,
      headers,
      body: req.upload || bodyText !== '' ? bodyBytes : undefined,
    })
    let response: Response
    try {
      response = await deps.transport(request)
    } catch (cause) {
      if (cause instanceof BunqError) throw cause
      throw new NetworkError(
        'host-unreachable',
        `The request to ${url} failed before an answer arrived.`,
        { cause },
      )
    }
    let raw: Uint8Array<ArrayBuffer>
    try {
      raw = new Uint8Array(await response.arrayBuffer())
    } catch (cause) {
      throw new NetworkError(
        'host-unreachable',
        'The connection dropped while the answer was being read.',
        { cause },
      )
    }
    const file = req.answer === 'bytes' && response.status === 200
    const text =
      file && !isTextFile(response.headers.get('Content-Type'))
        ? fileLabel(raw.length, response.headers.get('Content-Type'))
        : utf8Decode(raw)
    recorder.response({
      status: response.status,
      headers: headersToRecord(response.headers),
      body: text,
    })

    if (response.status !== 200) {
      recorder.serverSignature('not-expected') // bunq's error responses may be unsigned (§6.2)
      throw apiErrorFrom(response.status, text, response.headers)
    }
    if (preInstallation) recorder.serverSignature('not-expected')
    else await verifyResponse(deps, context, response.headers, raw, recorder)

    if (file) {
      recorder.emit(platform.now(), deps.onExchange)
      return {
        envelope: { items: [], pagination: parsePagination(undefined) },
        headers: response.headers,
        responseId: response.headers.get('X-Bunq-Client-Response-Id'),
        sentAt,
        bytes: raw,
        contentType: response.headers.get('Content-Type') ?? 'application/octet-stream',
      }
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new MalformedResponseError('the body is not valid JSON (it may be truncated)')
    }
    const envelope = unwrapEnvelope(parsed)
    recorder.emit(platform.now(), deps.onExchange)
    return {
      envelope,
      headers: response.headers,
      responseId: response.headers.get('X-Bunq-Client-Response-Id'),
      sentAt,
      bytes: raw,
    }
  } catch (error) {
    const typed = error instanceof BunqError ? error : new MalformedResponseError(String(error))
    recorder.fail(typed)
    recorder.emit(platform.now(), deps.onExchange)
    throw typed
  }
}

/**
 * A file a reader can follow in the exchange log as it is (a CSV or MT940 statement): text/*.
 * Anything else (an image, a PDF) is shown by its size and type.
 */
function isTextFile(contentType: string | null): boolean {
  return contentType !== null && contentType.trim().toLowerCase().startsWith('text/')
}

/** How the exchange log shows a file body: its size and type. */
function fileLabel(byteLength: number, contentType: string | null): string {
  return `[${byteLength} bytes${contentType ? `, ${contentType}` : ''}]`
}

/** The text a request sends: `bodyText` as given, else `body` serialised once, else nothing. */
export function requestBodyText(req: BunqRequest): string {
  if (req.bodyText !== undefined) return req.bodyText
  return req.body === undefined ? '' : JSON.stringify(req.body)
}

/** Verifies X-Bunq-Server-Signature over the raw bytes; a missing or bad one is never accepted (§6.2). */
async function verifyResponse(
  deps: PipelineDeps,
  context: ApiContext,
  headers: Headers,
  raw: Uint8Array<ArrayBuffer>,
  recorder: ExchangeRecorder,
): Promise<void> {
  const signature = headers.get(HEADER_SERVER_SIGNATURE)
  if (!signature) {
    recorder.serverSignature('missing')
    throw new SignatureError('server-signature-missing')
  }
  const key = await deps.keys.serverKey(context.installation!.serverPublicKeyPem)
  const ok = await verifyBytes(key, raw, signature, deps.platform.subtle)
  recorder.serverSignature(ok ? 'verified' : 'invalid')
  if (!ok) throw new SignatureError('server-signature-invalid')
}
