import { authenticate, checkSignature, installationOfToken } from './auth'
import type { Bank } from './bank'
import { BankError, badRequest } from './bank-error'
import { parseBody } from './body'
import type { Inspector, InspectedRequest } from './inspector'
import type { BankStore } from './persist'
import { limitFor, tooManyError, type RateLimiter } from './rate-limit'
import { buildResponse, errorPayload, okPayload } from './respond'
import type { Route } from './route'
import { matchRoute, type RouteMatch } from './router'
import { checkRequestBody } from './request-check'
import { answeredRoutes } from './answered-routes'

/**
 * The largest request body read (docs/decisions/0021-generic-engine.md): bunq's own uploads stop
 * well below it, and a bigger one is answered 413 before it is parsed or stored.
 */
export const MAX_BODY_BYTES = 1024 * 1024

/**
 * One request, start to finish (docs/architecture.md, "practice bank handler table"): route -> rate limit -> token -> body -> request
 * signature -> handler -> persist -> signed response. A handler that throws leaves no trace: the
 * state is rolled back to the snapshot taken before it ran, and only a successful change is saved.
 */
export interface PipelineDeps {
  bank: Bank
  routes: Route[]
  limiter: RateLimiter
  inspector: Inspector
  store: BankStore
  faults: { next429: boolean; corruptNextSignature: boolean }
  seenRequestIds: Map<number, Set<string>>
}

/** The methods any route uses (route.ts); others are refused before routing (docs/security.md). */
const ROUTE_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE'])

function belowV1(url: string): string | null {
  let pathname: string
  try {
    pathname = new URL(url).pathname
  } catch {
    return null
  }
  if (pathname !== '/v1' && !pathname.startsWith('/v1/')) return null
  return '/' + pathname.slice(4).replace(/\/+$/, '')
}

export async function processRequest(
  deps: PipelineDeps,
  request: Request,
  alreadyCounted: boolean,
): Promise<Response> {
  const { bank, inspector, faults } = deps
  const method = request.method.toUpperCase()
  const path = belowV1(request.url)
  const token = request.headers.get('X-Bunq-Client-Authentication')
  const entry: InspectedRequest = {
    at: bank.now(),
    method,
    path: path ?? request.url,
    status: 200,
    signature: 'not-checked',
    signatureRequired: false,
    emulatorText: false,
    errorText: null,
    warnings: [],
  }
  if (!request.headers.has('Cache-Control')) entry.warnings.push('No Cache-Control header (§5).')
  let snapshot: string | null = null
  let emulation: string | null = null
  let signWith: CryptoKey | null = null
  let response: Response
  try {
    if (faults.next429) {
      faults.next429 = false
      throw tooManyError(limitFor(method, path ?? ''), bank.options.retryAfterHeader)
    }
    if (!ROUTE_METHODS.has(method)) {
      throw new BankError(405, `Method ${method} is not allowed on this endpoint.`, {
        emulatorText: true,
      })
    }
    if (path === null) throw new BankError(404, 'Route not found.', { emulatorText: true })
    const { route, params } = matchRoute(answeredRoutes(deps.routes, bank.options), method, path)
    emulation = route.emulation ?? 'semantic'
    if (bank.options.rateLimits === 'enforce' && !alreadyCounted) {
      const limit = limitFor(method, route.pattern)
      const key = `${bank.options.callerIp} ${method} ${route.pattern}`
      if (deps.limiter.take(key, limit, bank.now()) > 0) {
        throw tooManyError(limit, bank.options.retryAfterHeader)
      }
    }
    let bytes: Uint8Array<ArrayBuffer>
    try {
      bytes = new Uint8Array(method === 'GET' ? new ArrayBuffer(0) : await request.arrayBuffer())
    } catch {
      throw badRequest('The request body could not be read.')
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new BankError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`, {
        emulatorText: true,
      })
    }
    const caller = await authenticate(bank, route, token)
    if (caller.installation) signWith = await bank.serverKey()
    rejectReusedRequestId(deps, caller.installation?.id, request)
    const body = route.body === 'ignore' || method === 'GET' ? {} : parseBody(bytes)
    const required = signatureRequired(bank, route, body, method)
    entry.signatureRequired = required
    entry.signature = await checkSignature(
      bank,
      caller.installation,
      required,
      request.headers.get('X-Bunq-Client-Signature'),
      bytes,
    )
    if (route.body !== 'ignore') checkRequestBody(method, path, body)
    if (method !== 'GET') snapshot = JSON.stringify(bank.state)
    const result = await route.handle({
      bank,
      params,
      query: new URL(request.url).searchParams,
      body,
      path,
      bytes,
      headers: request.headers,
      authToken: token,
      ...caller,
    })
    if (result.installationResponse) {
      signWith = bank.options.signInstallationResponse ? await bank.serverKey() : null
    }
    if (bank.dirty) await deps.store.save(bank.state)
    bank.dirty = false
    response = await respond(
      deps,
      request,
      200,
      result.raw ?? okPayload(result.items, result.pagination),
      signWith,
      { 'X-Practice-Bank-Emulation': emulation },
    )
  } catch (error) {
    if (snapshot !== null) bank.replaceState(JSON.parse(snapshot))
    bank.dirty = false
    const refusal =
      error instanceof BankError
        ? error
        : new BankError(500, 'The practice bank failed on this request.', { emulatorText: true })
    entry.status = refusal.status
    entry.errorText = refusal.message
    entry.emulatorText = refusal.emulatorText
    const key = bank.options.signErrorResponses && (await installationOfToken(bank, token))
    response = await respond(
      deps,
      request,
      refusal.status,
      errorPayload(refusal.message),
      key ? await bank.serverKey() : null,
      emulation ? { ...refusal.headers, 'X-Practice-Bank-Emulation': emulation } : refusal.headers,
    )
  }
  inspector.record(entry)
  return response
}

function signatureRequired(
  bank: Bank,
  route: Route,
  body: Record<string, unknown>,
  method: string,
): boolean {
  if (route.signature === 'required') return true
  if (typeof route.signature === 'function' && route.signature(body)) return true
  return bank.options.enforceSignature === 'all-bodies' && route.auth !== 'none' && method !== 'GET'
}

/** Switch requestIdReuse 'reject' (§5, §15.1 #7): a request id may be used once per installation. */
function rejectReusedRequestId(
  deps: PipelineDeps,
  installationId: number | undefined,
  request: Request,
) {
  const id = request.headers.get('X-Bunq-Client-Request-Id')
  if (deps.bank.options.requestIdReuse !== 'reject' || installationId === undefined || !id) return
  const seen = deps.seenRequestIds.get(installationId) ?? new Set<string>()
  if (seen.has(id)) {
    throw badRequest(
      'This X-Bunq-Client-Request-Id was already used; send a fresh one per request.',
    )
  }
  seen.add(id)
  deps.seenRequestIds.set(installationId, seen)
}

async function respond(
  deps: PipelineDeps,
  request: Request,
  status: number,
  payload: unknown,
  signWith: CryptoKey | null,
  headers: Record<string, string> = {},
): Promise<Response> {
  const corrupt = signWith !== null && deps.faults.corruptNextSignature
  if (corrupt) deps.faults.corruptNextSignature = false
  return buildResponse({
    status,
    payload,
    responseId: deps.bank.uuid(),
    requestId: request.headers.get('X-Bunq-Client-Request-Id'),
    signWith,
    corruptSignature: corrupt,
    headers,
    subtle: deps.bank.platform.subtle,
  })
}

/** For 'delay' rate limiting: the route a request would hit, or null (the pipeline answers it). */
export function tryMatch(routes: Route[], request: Request): RouteMatch | null {
  const path = belowV1(request.url)
  if (path === null) return null
  try {
    return matchRoute(routes, request.method.toUpperCase(), path)
  } catch {
    return null
  }
}
