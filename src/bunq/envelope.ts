import type { UserType } from './context'
import { MalformedResponseError } from './errors'
import { parsePagination, type Pagination } from './pagination'

/**
 * The `Response` envelope (docs/protocol.md §3): `{"Response":[{"<Type>":{…}}, …], "Pagination"?}`.
 * Each element is an object with a single key, the object type. Installation and session-server
 * answers are read by position, as the Python SDK and bunqJSClient do (§4.3, §4.5).
 */

export interface EnvelopeItem {
  type: string
  value: Record<string, unknown>
}

export interface Envelope {
  items: EnvelopeItem[]
  pagination: Pagination
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Checks the shape of an already-parsed body and lists its typed elements. */
export function unwrapEnvelope(body: unknown): Envelope {
  if (!isObject(body) || !Array.isArray(body.Response))
    throw new MalformedResponseError('there is no "Response" array in the body')
  const items = body.Response.map((element, index): EnvelopeItem => {
    const keys = isObject(element) ? Object.keys(element) : []
    if (keys.length !== 1 || !isObject((element as Record<string, unknown>)[keys[0]]))
      throw new MalformedResponseError(`Response[${index}] is not a single typed object`)
    return { type: keys[0], value: (element as Record<string, Record<string, unknown>>)[keys[0]] }
  })
  return { items, pagination: parsePagination(body.Pagination) }
}

/** Every element of one of the given types (e.g. a list of `Payment`). */
export function itemsOf<T>(envelope: Envelope, ...types: string[]): T[] {
  return envelope.items.filter((i) => types.includes(i.type)).map((i) => i.value as T)
}

/** The first element of one of the given types, or a MalformedResponseError. */
export function firstOf<T>(envelope: Envelope, ...types: string[]): T {
  const item = envelope.items.find((i) => types.includes(i.type))
  if (!item) throw new MalformedResponseError(`no ${types.join(' or ')} object in the response`)
  return item.value as T
}

/** `{"Response":[{"Id":{"id":N}}]}`, the answer to every create call (§3). */
export function createdId(envelope: Envelope): number {
  const id = firstOf<{ id?: unknown }>(envelope, 'Id').id
  if (typeof id !== 'number') throw new MalformedResponseError('Id.id is not a number')
  return id
}

function at(envelope: Envelope, index: number, types: string[]): Record<string, unknown> {
  const item = envelope.items[index]
  if (!item || !types.includes(item.type))
    throw new MalformedResponseError(
      `Response[${index}] should be ${types.join(' or ')}, found ${item?.type ?? 'nothing'}`,
    )
  return item.value
}

function stringField(value: Record<string, unknown>, field: string, where: string): string {
  const v = value[field]
  if (typeof v !== 'string' || v === '')
    throw new MalformedResponseError(`${where}.${field} is missing`)
  return v
}

export interface InstallationResult {
  id: number | null
  token: string
  serverPublicKeyPem: string
}

/** Installation: `[Id, Token, ServerPublicKey]`, in that order (§4.3). */
export function unwrapInstallation(envelope: Envelope): InstallationResult {
  const id = at(envelope, 0, ['Id']).id
  const token = stringField(at(envelope, 1, ['Token']), 'token', 'Token')
  const key = stringField(
    at(envelope, 2, ['ServerPublicKey']),
    'server_public_key',
    'ServerPublicKey',
  )
  return { id: typeof id === 'number' ? id : null, token, serverPublicKeyPem: key }
}

export const SESSION_USER_TYPES: UserType[] = [
  'UserPerson',
  'UserCompany',
  'UserApiKey',
  'UserPaymentServiceProvider',
]

export interface SessionResult {
  id: number | null
  token: string
  created: string | null
  userType: UserType
  user: Record<string, unknown>
}

/** Session-server: `[Id, Token, UserPerson|UserCompany|UserApiKey|UserPaymentServiceProvider]` (§4.5). */
export function unwrapSession(envelope: Envelope): SessionResult {
  const id = at(envelope, 0, ['Id']).id
  const tokenObject = at(envelope, 1, ['Token'])
  const user = at(envelope, 2, SESSION_USER_TYPES)
  const created = tokenObject.created
  return {
    id: typeof id === 'number' ? id : null,
    token: stringField(tokenObject, 'token', 'Token'),
    created: typeof created === 'string' ? created : null,
    userType: envelope.items[2].type as UserType,
    user,
  }
}
