/**
 * The real ConsoleModel: any method and path through the one pipeline (client.call), with
 * {userID} and {monetary-accountID} filled from the session and the selected account, and "copy
 * as curl" for a request prepared here but not sent (when no transport reaches bunq).
 *
 * The body goes out exactly as typed (docs/architecture.md, "serialize once"): the text is checked to be JSON, then that
 * text, not a re-serialisation, is signed and sent (client.call with a string body), and the curl
 * snippet is made for those same bytes. What the user sees is what bunq verifies (§6.1).
 */
import type { HttpMethod } from '../../bunq/paths'
import type { ExchangeEvent } from '../../bunq/exchange'
import { BunqError } from '../../errors'
import type { UiError } from '../models/base'
import type { ConsoleRequest } from '../models/console-history-settings'
import { toUiError } from '../ui-error'
import type { Workspace } from './workspace.svelte'

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE']

/**
 * The exact body text to send: undefined for a GET or a blank editor, else the typed text itself,
 * once it is known to be JSON (bunq reads nothing else).
 */
export function consoleBody(request: ConsoleRequest): string | undefined {
  if (request.method === 'GET' || request.body.trim() === '') return undefined
  try {
    JSON.parse(request.body)
    return request.body
  } catch {
    throw new BunqError(
      'bad-request',
      'The body is not valid JSON.',
      'Fix the JSON and send again.',
    )
  }
}

export function consoleMethod(method: string): HttpMethod {
  const upper = method.toUpperCase() as HttpMethod
  if (!METHODS.includes(upper))
    throw new BunqError(
      'method-not-allowed',
      `${method} is not a method bunq uses.`,
      'Use GET, POST, PUT or DELETE.',
    )
  return upper
}

export class LiveConsole {
  /** The primary account, looked up per session when Accounts has not chosen one. */
  #primary = $state.raw<{ session: string; id: number } | null>(null)
  #lookingUp: string | null = null
  #lookUp: Promise<void> = Promise.resolve()
  #sending = $state(false)
  #last = $state.raw<ExchangeEvent | null>(null)
  #error = $state<UiError | null>(null)
  /** The context id `last` and `error` were made in. */
  #madeIn = $state<string | null>(null)
  readonly #ws: Workspace
  readonly #accountId: () => number | null

  constructor(workspace: Workspace, selectedAccountId: () => number | null) {
    this.#ws = workspace
    this.#accountId = selectedAccountId
  }

  /** Values for the placeholders, e.g. {"userID": "4217", "monetary-accountID": null}. */
  get placeholders(): Readonly<Record<string, string | null>> {
    const userId = this.#ws.context?.session?.userId
    const accountId = this.#resolvedAccountId()
    return {
      userID: userId === undefined ? null : String(userId),
      'monetary-accountID': accountId === null ? null : String(accountId),
    }
  }
  get sending() {
    return this.#sending
  }
  /** The last exchange and error belong to the context they were made in (docs/decisions/0023). */
  get last() {
    return this.#madeIn === (this.#ws.meta?.id ?? null) ? this.#last : null
  }
  get error() {
    return this.#madeIn === (this.#ws.meta?.id ?? null) ? this.#error : null
  }

  async send(request: ConsoleRequest) {
    this.#sending = true
    this.#error = null
    const here = this.#ws.meta?.id ?? null
    if (this.#madeIn !== here) this.#last = null
    this.#madeIn = here
    try {
      const method = consoleMethod(request.method)
      const body = consoleBody(request)
      const client = await this.#ws.client()
      await this.#ws.capture(
        (event) => (this.#last = event),
        () =>
          client.call(method, request.path.trim(), body, {
            accountId: this.#resolvedAccountId() ?? undefined,
          }),
      )
    } catch (error) {
      this.#error = toUiError(error)
    } finally {
      this.#sending = false
    }
  }

  /**
   * The selected account, else this session's primary one (the first ACTIVE account, §10.1).
   * Reading it with an open session and no id starts the look-up once per session; it lands
   * in state a microtask later (a template read must not change state).
   */
  #resolvedAccountId(): number | null {
    const selected = this.#accountId()
    if (selected !== null) return selected
    const session = this.#ws.context?.session
    if (!session || this.#ws.stage() !== 'session') return null
    const key = `${this.#ws.meta?.id}:${session.userId}:${session.id}`
    if (this.#primary?.session === key) return this.#primary.id
    if (this.#lookingUp !== key) {
      this.#lookingUp = key
      this.#lookUp = Promise.resolve().then(() => this.#lookUpPrimary(key))
    }
    return null
  }

  async #lookUpPrimary(key: string): Promise<void> {
    try {
      const client = await this.#ws.client()
      const { account } = await client.monetaryAccounts.primary()
      if (this.#lookingUp === key) this.#primary = { session: key, id: account.id }
    } catch {
      // Unknown stays unknown: the view keeps its hint, and the next session tries again.
    }
  }

  /** Resolves when a primary-account look-up started by reading placeholders is done (tests). */
  settled(): Promise<void> {
    return this.#lookUp
  }

  /** A runnable curl command with X-Bunq-Client-Signature computed for this exact body. */
  async toCurl(request: ConsoleRequest): Promise<string> {
    try {
      const method = consoleMethod(request.method)
      const body = consoleBody(request)
      // curl export (signing, snippets) loads on first use (first-load budget).
      const { prepareCurl } = await import('./prepare-curl')
      return await prepareCurl(this.#ws, {
        method,
        path: fillPath(request.path.trim(), this.placeholders),
        bodyText: body ?? '',
      })
    } catch (error) {
      return `# This request cannot be prepared: ${toUiError(error).message}`
    }
  }
}

/** Fills the known placeholders; unknown ones stay visible, so the user sees what is missing. */
export function fillPath(path: string, values: Readonly<Record<string, string | null>>): string {
  return path
    .replace(/\{userID\}/gi, (m) => values.userID ?? m)
    .replace(/\{monetary-?accountID\}/gi, (m) => values['monetary-accountID'] ?? m)
}
