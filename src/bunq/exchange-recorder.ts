import type { BunqError } from '../errors'
import type { ApiContext } from './context'
import type {
  ClientSignature,
  Exchange,
  ExchangeListener,
  ExchangeRequest,
  ExchangeResponse,
  ServerSignatureCheck,
} from './exchange'
import { redactExchange } from './redact'

/**
 * Collects what one HTTP call did and emits it as an ExchangeEvent ({redacted, raw}), success or
 * failure. The redacted copy hides every secret the context holds plus any secret-named field in
 * the bodies (src/bunq/redact.ts); only it may be stored.
 */
export class ExchangeRecorder {
  readonly #exchange: Exchange
  readonly #secrets: string[]

  constructor(init: { id: string; transport: string; startedAt: number; context: ApiContext }) {
    this.#exchange = {
      id: init.id,
      transport: init.transport,
      startedAt: init.startedAt,
      durationMs: 0,
      request: { method: '', url: '', headers: {}, body: '' },
      response: null,
      clientSignature: null,
      serverSignature: 'not-checked',
      errorCode: null,
      errorMessage: null,
    }
    this.#secrets = secretsOf(init.context)
  }

  request(request: ExchangeRequest, clientSignature: ClientSignature | null): void {
    this.#exchange.request = request
    this.#exchange.clientSignature = clientSignature
  }

  response(response: ExchangeResponse): void {
    this.#exchange.response = response
  }

  serverSignature(check: ServerSignatureCheck): void {
    this.#exchange.serverSignature = check
  }

  /** Also hide secrets learnt during the call (a new token, a fresh API key). */
  addSecrets(...secrets: Array<string | null | undefined>): void {
    for (const s of secrets) if (s) this.#secrets.push(s)
  }

  fail(error: BunqError): void {
    this.#exchange.errorCode = error.code
    this.#exchange.errorMessage = error.message
  }

  /** Emits the event; a throwing listener never breaks the call it describes. */
  emit(finishedAt: number, listener: ExchangeListener | undefined): Exchange {
    this.#exchange.durationMs = Math.max(0, finishedAt - this.#exchange.startedAt)
    const raw = structuredClone(this.#exchange)
    const redacted = redactExchange(raw, this.#secrets)
    try {
      listener?.({ raw, redacted })
    } catch {
      // The UI's problem, not the call's: the exchange already happened.
    }
    return redacted
  }
}

/** Every secret value in a context, so they are masked wherever they show up. */
export function secretsOf(context: ApiContext): string[] {
  return [
    context.apiKey,
    context.privateKeyPem,
    context.installation?.token,
    context.session?.token,
  ].filter((s): s is string => typeof s === 'string' && s !== '')
}
