/**
 * The console's operation page: one operation of bunq's catalogue with its path parameters,
 * paging, body and the checks made before anything is sent (docs/decisions/0013). Sending goes
 * through the console model's one pipeline (signed in the page); nothing here is stored: ids seen
 * in answers are kept in memory for this context only, to offer them as path parameters.
 *
 * Loaded with the catalogue (a lazy chunk), never by the first screen.
 */
import type { ExchangeEvent } from '../bunq/exchange'
import type { CatalogueOperation } from '../spec/catalogue'
import { driftCheck, type DriftReport } from '../spec/drift'
import { optionalFields, seedBody, setInBody } from '../spec/seed'
import { validateOperation, type SchemaProblem } from '../spec/validate'
import type { ConsoleModel, ConsoleRequest, UiError } from './models'
import { idsFromAnswer, isNotEmulated, operationOfExchange } from './operation-answers'

/** Path parameters the session fills (docs/protocol.md §10). */
const SESSION_PARAMS = new Set(['userID', 'monetary-accountID'])
const PAGING = ['count', 'older_id', 'newer_id'] as const
export type PagingField = (typeof PAGING)[number]

export interface InputProblem {
  /** The input at fault: a path parameter name, "count"/"older_id"/"newer_id" or "body". */
  field: string
  message: string
}

export interface OperationResult {
  event: ExchangeEvent | null
  error: UiError | null
  drift: DriftReport | null
  /** The practice bank answered 404/405 "route" for an operation it does not emulate. */
  notEmulated: boolean
}

export class OperationConsole {
  op = $state.raw<CatalogueOperation | null>(null)
  params = $state<Record<string, string>>({})
  paging = $state<Record<PagingField, string>>({ count: '', older_id: '', newer_id: '' })
  body = $state('')
  sendAnyway = $state(false)
  /** Set by a send refused for bad input, cleared by the next edit or pick. */
  refused = $state(false)
  result = $state.raw<OperationResult | null>(null)
  #sending = $state(false)
  /** Ids seen in answers of this context, by the path segment they belong to ("bunqme-tab"). */
  #seen = $state.raw<{ context: string; ids: Record<string, number[]> }>({ context: '', ids: {} })
  readonly #console: ConsoleModel

  constructor(console: ConsoleModel) {
    this.#console = console
  }

  get sending(): boolean {
    return this.#sending
  }

  pick(op: CatalogueOperation): void {
    this.op = op
    this.params = Object.fromEntries(op.pathParams.map((p) => [p.name, '']))
    this.paging = { count: '', older_id: '', newer_id: '' }
    this.body = seedBody(op)
    this.sendAnyway = false
    this.refused = false
    this.result = null
  }

  /** What a parameter is filled with: the typed text, else the session's value. */
  valueOf(name: string): string {
    const typed = (this.params[name] ?? '').trim()
    if (typed !== '') return typed
    return SESSION_PARAMS.has(name) ? (this.#console.placeholders[name] ?? '') : ''
  }

  isSessionParam(name: string): boolean {
    return SESSION_PARAMS.has(name)
  }

  /** Ids seen earlier in this context for the parameter `name` of the picked operation. */
  idsFor(name: string): number[] {
    const op = this.op
    if (!op || SESSION_PARAMS.has(name) || this.#seen.context !== this.#contextKey()) return []
    const segment = segmentBefore(op.path, name)
    return segment ? (this.#seen.ids[segment] ?? []) : []
  }

  /** Problems that stop a send: an unfilled or non-numeric id, bad paging, a body that is not JSON. */
  get inputProblems(): InputProblem[] {
    const op = this.op
    if (!op) return []
    const problems: InputProblem[] = []
    for (const param of op.pathParams) {
      const value = this.valueOf(param.name)
      if (value === '') problems.push({ field: param.name, message: unfilledMessage(param.name) })
      else if (param.type === 'integer' && !/^\d{1,18}$/.test(value)) {
        problems.push({
          field: param.name,
          message: `{${param.name}} must be a number (bunq ids are whole numbers), not “${value}”.`,
        })
      } else if (param.type === 'string' && /[/?#]/.test(value)) {
        problems.push({ field: param.name, message: `{${param.name}} cannot contain /, ? or #.` })
      }
    }
    if (op.paging) {
      for (const name of PAGING) {
        const value = this.paging[name].trim()
        if (value !== '' && !/^\d{1,18}$/.test(value)) {
          problems.push({ field: name, message: `${name} must be a whole number, not “${value}”.` })
        } else if (name === 'count' && value !== '' && (Number(value) < 1 || Number(value) > 200)) {
          problems.push({
            field: name,
            message: 'count must be between 1 and 200 (bunq’s maximum).',
          })
        }
      }
    }
    if (op.body === 'bytes') {
      problems.push({
        field: 'body',
        message:
          'This operation uploads a file’s raw bytes, which the console does not send. Copy it as curl and add the file with --data-binary.',
      })
    } else if (op.body === 'json' && this.body.trim() !== '') {
      try {
        JSON.parse(this.body)
      } catch (error) {
        problems.push({
          field: 'body',
          message: `The body is not valid JSON: ${(error as Error).message}.`,
        })
      }
    }
    return problems
  }

  /** The body checked against the request schema (only once it parses). */
  get schemaProblems(): SchemaProblem[] {
    const op = this.op
    if (!op || op.body !== 'json' || !op.request || this.body.trim() === '') return []
    let value: unknown
    try {
      value = JSON.parse(this.body)
    } catch {
      return []
    }
    return validateOperation(op, 'request', value)
  }

  /** The request as it will be signed and sent, or null while an input problem remains. */
  get request(): ConsoleRequest | null {
    const op = this.op
    if (!op || this.inputProblems.length > 0) return null
    let path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(this.valueOf(name)),
    )
    const query = op.paging ? PAGING.filter((n) => this.paging[n].trim() !== '') : []
    if (query.length > 0) path += '?' + query.map((n) => `${n}=${this.paging[n].trim()}`).join('&')
    return { method: op.method, path, body: op.body === 'json' ? this.body : '' }
  }

  optionalFields(): { name: string; example: unknown }[] {
    return this.op ? optionalFields(this.op) : []
  }

  setField(path: string[], value: unknown): void {
    this.body = setInBody(this.body, path, value)
  }

  /**
   * Sends through the console model, unless an input problem remains, or schema problems remain
   * and "send anyway" is off: then nothing is sent and nothing is stored.
   */
  async send(): Promise<boolean> {
    const request = this.request
    if (!request || (this.schemaProblems.length > 0 && !this.sendAnyway)) {
      this.refused = true
      return false
    }
    const op = this.op!
    this.refused = false
    this.#sending = true
    try {
      const before = this.#console.last
      await this.#console.send(request)
      const event = this.#console.last !== before ? this.#console.last : null
      this.result = this.#resultOf(op, event, this.#console.error)
      if (event) this.record(event)
      return true
    } finally {
      this.#sending = false
    }
  }

  /** Remembers the ids an answer names (created, listed or read), for this context only. */
  record(event: ExchangeEvent): void {
    const found = operationOfExchange(event.redacted)
    if (!found) return
    const context = this.#contextKey()
    const ids = this.#seen.context === context ? { ...this.#seen.ids } : {}
    for (const [segment, list] of Object.entries(
      idsFromAnswer(found.op, found.path, event.redacted),
    )) {
      const merged = [...list, ...(ids[segment] ?? [])]
      ids[segment] = merged.filter((id, i) => merged.indexOf(id) === i).slice(0, 12)
    }
    this.#seen = { context, ids }
  }

  #resultOf(
    op: CatalogueOperation,
    event: ExchangeEvent | null,
    error: UiError | null,
  ): OperationResult {
    const response = event?.redacted.response ?? null
    let drift: DriftReport | null = null
    if (response?.status === 200 && op.responseBody === 'json') {
      try {
        drift = driftCheck(op, JSON.parse(response.body))
      } catch {
        drift = { checked: false, problems: [] }
      }
    }
    return { event, error, drift, notEmulated: event ? isNotEmulated(event.redacted) : false }
  }

  /** The session's user: ids of one user's objects mean nothing in another context. */
  #contextKey(): string {
    return this.#console.placeholders.userID ?? ''
  }
}

function unfilledMessage(name: string): string {
  if (name === 'userID') return '{userID} is not known yet: open a session first (Onboarding).'
  if (name === 'monetary-accountID')
    return '{monetary-accountID} is not known yet: open a session, or pick an account on Accounts.'
  return `{${name}} is not filled in: type an id, or pick one seen in an earlier answer.`
}

/** "bunqme-tab" for {itemId} in /user/{userID}/monetary-account/{monetary-accountID}/bunqme-tab/{itemId}. */
export function segmentBefore(path: string, param: string): string | null {
  const segments = path.split('/')
  const index = segments.indexOf(`{${param}}`)
  return index > 0 && !segments[index - 1].startsWith('{') ? segments[index - 1] : null
}
