/**
 * The bunq client: the one object the UI state classes use.
 *
 * ```ts
 * const client = createBunqClient({
 *   platform, transport, transportKind: 'practice', baseUrl: PRACTICE_BASE_URL,
 *   context: { get: () => ctx, set: (next) => { ctx = next; return vault.save(next) } },
 *   onExchange: ({ redacted, raw }) => history.add(redacted),
 * })
 * await client.createSandboxUser('person') // each flow returns the new ApiContext and set()s it
 * await client.generateKeyPair(); await client.install()
 * await client.registerDevice({ description: 'laptop' }); await client.openSession()
 * const { account } = await client.monetaryAccounts.primary()
 * await client.payments.create(account.id, { amount, counterparty_alias, description })
 * const page = await client.payments.list(account.id, { count: 10 })
 * const older = page.pagination.older && (await client.payments.list(account.id, page.pagination.older))
 * await client.call('GET', '/user/{userID}/monetary-account/{monetary-accountID}/event')
 * client.rateLimiter.budgets() // for a budget meter; client.rateLimiter.subscribe(fn) for changes
 * ```
 *
 * Every call runs the one pipeline (pipeline.ts), queued by the rate limiter (rate-limit.ts).
 * Around it: a session with < 30 s left is renewed first; a 'session-expired' answer to a GET renews
 * and retries that GET once; a 429 to a GET is retried (bounded) after a back-off. A POST, PUT or
 * DELETE is never re-sent by the client (docs/architecture.md, "never replay a signed POST"). Errors are typed (errors.ts).
 */
import type { Platform, Transport } from '../platform/platform'
import { afterFailedRenewal } from './api-error-factory'
import { bindEndpoints, type BunqEndpoints } from './client-endpoints'
import type { ApiContext } from './context'
import { NoContextError, RateLimitError, SessionExpiredError } from './errors'
import type { ExchangeListener } from './exchange'
import * as flows from './flows'
import { KeyRing, type SigningKeyProvider } from './key-ring'
import { authKindFor } from './paths'
import { sendOnce, type BunqRequest, type BunqResponse, type PipelineDeps } from './pipeline'
import { RateLimiter, type BUNQ_RATE_RULES } from './rate-limit'
import { canOpenSession, needsRenewal } from './session'

/** Where the client reads and writes the ApiContext; `set` may persist (e.g. to the vault). */
export interface ContextHolder {
  get(): ApiContext
  set(next: ApiContext): void | Promise<void>
}

export interface BunqClientOptions {
  platform: Platform
  /** Defaults to platform.fetch. */
  transport?: Transport
  /** 'practice' | 'direct' | 'relay', recorded in each exchange. */
  transportKind?: string
  /** Ends in /v1, e.g. SANDBOX_BASE_URL. */
  baseUrl: string
  context: ContextHolder
  /**
   * The signing key when the context does not carry its private PEM (docs/architecture.md, "non-extractable keys"): the vault's
   * non-extractable CryptoKey for the context's public key. Without it, the context's PEM signs.
   */
  signingKey?: SigningKeyProvider
  onExchange?: ExchangeListener
  /** `marginMs`: extra time per window for send-to-arrival latency (rate-limit.ts, default 250). */
  rateLimit?: { enabled?: boolean; rules?: typeof BUNQ_RATE_RULES; marginMs?: number }
  /**
   * Retries of a GET after 429 (default 2). With the limiter on, the endpoint's window is filled
   * so the retry waits a full window; with it off, backoffMs × attempt (default 3000).
   */
  retry?: { maxRateLimitRetries?: number; backoffMs?: number }
}

export interface BunqClient extends BunqEndpoints {
  readonly context: ApiContext
  readonly rateLimiter: RateLimiter
  /** One request through the full pipeline with the current context. */
  request(request: BunqRequest): Promise<BunqResponse>
  createSandboxUser(kind?: flows.SandboxUserKind): Promise<ApiContext>
  generateKeyPair(): Promise<ApiContext>
  install(): Promise<ApiContext>
  registerDevice(options?: flows.RegisterDeviceOptions): Promise<ApiContext>
  /** PSD2 (§4.8): after install, turn a certificate into the API key device and session take. */
  createPsd2Credential(input: flows.Psd2CredentialInput): Promise<ApiContext>
  openSession(): Promise<ApiContext>
  endSession(): Promise<ApiContext>
  /** Forget the in-memory CryptoKeys (on vault lock). */
  forgetKeys(): void
}

export function createBunqClient(options: BunqClientOptions): BunqClient {
  const { platform, context: holder } = options
  const keys = new KeyRing(platform.subtle, options.signingKey ?? null)
  const limiter = new RateLimiter(platform, options.rateLimit)
  const maxRetries = options.retry?.maxRateLimitRetries ?? 2
  const backoffMs = options.retry?.backoffMs ?? 3000
  const deps: PipelineDeps = {
    platform,
    transport: options.transport ?? platform.fetch,
    transportKind: options.transportKind ?? 'direct',
    baseUrl: options.baseUrl,
    keys,
    onExchange: options.onExchange,
  }

  /** Limiter + pipeline + bounded 429 retries for GETs. No session logic (flows use this). */
  async function send(req: BunqRequest, context: () => ApiContext): Promise<BunqResponse> {
    for (let attempt = 1; ; attempt++) {
      await limiter.acquire(req.method, req.path)
      try {
        return await sendOnce(deps, context(), req)
      } catch (error) {
        if (!(error instanceof RateLimitError) || req.method !== 'GET' || attempt > maxRetries)
          throw error
        // The limiter then holds this endpoint for a full window; without it, sleep ourselves.
        if (limiter.enabled) limiter.penalise(req.method, req.path)
        else await platform.sleep(backoffMs * attempt)
      }
    }
  }

  const flowCore: flows.FlowCore = { send: (req, ctx) => send(req, () => ctx), platform, keys }

  let renewing: Promise<void> | null = null
  /** Opens a new session (one at a time, however many calls ask). */
  function renewSession(): Promise<void> {
    renewing ??= (async () => {
      try {
        await holder.set(await flows.openSession(flowCore, holder.get()))
      } catch (error) {
        throw afterFailedRenewal(error)
      }
    })().finally(() => {
      renewing = null
    })
    return renewing
  }

  async function request(req: BunqRequest): Promise<BunqResponse> {
    const usesSession = authKindFor(req.method, req.path) === 'session'
    if (usesSession && needsRenewal(holder.get(), platform.now()) && canOpenSession(holder.get()))
      await renewSession()
    try {
      return await send(req, () => holder.get())
    } catch (error) {
      const retryOnce =
        error instanceof SessionExpiredError &&
        req.method === 'GET' &&
        usesSession &&
        canOpenSession(holder.get())
      if (!retryOnce) throw error
      await renewSession()
      return send(req, () => holder.get())
    }
  }

  async function runFlow(step: (ctx: ApiContext) => Promise<ApiContext>): Promise<ApiContext> {
    const next = await step(holder.get())
    await holder.set(next)
    return next
  }

  const endpointCore = {
    request,
    userId(): number {
      const session = holder.get().session
      if (!session) throw new NoContextError('a session', 'Open a session')
      return session.userId
    },
  }

  return {
    get context() {
      return holder.get()
    },
    rateLimiter: limiter,
    request,
    createSandboxUser: (kind) => runFlow((c) => flows.createSandboxUser(flowCore, c, kind)),
    generateKeyPair: () => runFlow((c) => flows.generateKeyPair(flowCore, c)),
    install: () => runFlow((c) => flows.install(flowCore, c)),
    registerDevice: (opts) => runFlow((c) => flows.registerDevice(flowCore, c, opts)),
    createPsd2Credential: (input) => runFlow((c) => flows.createPsd2Credential(flowCore, c, input)),
    // An explicit open refused with "Insufficient authorisation": the installation token is gone.
    openSession: () =>
      runFlow((c) => flows.openSession(flowCore, c)).catch((error: unknown) => {
        throw afterFailedRenewal(error, ['session-expired'])
      }),
    endSession: () => runFlow((c) => flows.endSession(flowCore, c)),
    forgetKeys: () => keys.clear(),
    ...bindEndpoints(endpointCore),
  }
}

/** A plain in-memory ContextHolder (tests, or a UI that persists elsewhere). */
export function memoryContextHolder(initial: ApiContext): ContextHolder {
  let current = initial
  return {
    get: () => current,
    set: (next) => {
      current = next
    },
  }
}
