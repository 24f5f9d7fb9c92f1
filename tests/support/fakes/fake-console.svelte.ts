/** A ConsoleModel that answers every request with a plausible exchange, or a chosen error. */
import type { ExchangeEvent } from '../../../src/bunq/exchange'
import type { ConsoleModel, ConsoleRequest, UiError } from '../../../src/state/models'
import { FAKE_USER_ID } from './onboarding-exchanges'
import { FAKE_SIGNATURE, fakeExchange } from './sample-exchanges'
import { sampleAccounts } from './sample-banking'

export interface FakeConsoleOptions {
  signedIn?: boolean
  now?: () => number
  error?: UiError
}

export class FakeConsole implements ConsoleModel {
  #sending = $state(false)
  #last = $state<ExchangeEvent | null>(null)
  #error = $state<UiError | null>(null)
  #signedIn: boolean
  #now: () => number
  #failWith: UiError | undefined
  #count = 0

  constructor(options: FakeConsoleOptions = {}) {
    this.#signedIn = options.signedIn ?? true
    this.#now = options.now ?? (() => 1_767_225_600_000)
    this.#failWith = options.error
  }

  get placeholders() {
    return this.#signedIn
      ? { userID: String(FAKE_USER_ID), 'monetary-accountID': '101' }
      : { userID: null, 'monetary-accountID': null }
  }
  get sending() {
    return this.#sending
  }
  get last() {
    return this.#last
  }
  get error() {
    return this.#error
  }

  async send(request: ConsoleRequest) {
    this.#sending = true
    this.#error = null
    await Promise.resolve()
    const path = fill(request.path, this.placeholders)
    const error = this.#failWith
    this.#last = fakeExchange({
      id: String(100 + this.#count++),
      method: request.method,
      path,
      startedAt: this.#now(),
      requestBody: request.body ? JSON.parse(request.body) : undefined,
      auth: 'session',
      signed: request.method !== 'GET',
      status: error?.status ?? 200,
      responseBody: error
        ? { Error: [{ error_description: error.bunqText ?? error.message }] }
        : { Response: sampleAccounts().map((a) => ({ MonetaryAccountBank: a })) },
    })
    this.#error = error ?? null
    this.#sending = false
  }

  async toCurl(request: ConsoleRequest) {
    const path = fill(request.path, this.placeholders)
    const lines = [
      `curl -X ${request.method} 'https://public-api.sandbox.bunq.com/v1${path}'`,
      `  -H 'Cache-Control: no-cache'`,
      `  -H 'X-Bunq-Client-Authentication: $BUNQ_SESSION_TOKEN'`,
      `  -H 'X-Bunq-Client-Signature: ${FAKE_SIGNATURE}'`,
    ]
    if (request.body) lines.push(`  --data-binary '${request.body}'`)
    return lines.join(' \\\n')
  }
}

function fill(path: string, values: Record<string, string | null>): string {
  return path.replace(/\{([^}]+)\}/g, (whole, name: string) => values[name] ?? whole)
}
