import { resolveSchema } from '../../spec/catalogue'
import type { CatalogueOperation, JsonSchema } from '../../spec/types'
import { bytesToBase64 } from '../../crypto/bytes'
import { notFound } from '../bank-error'
import { paginate } from '../pagination'
import { sessionOf, type HandlerContext, type HandlerResult } from '../route'
import { copyable, project, type FillSeed } from './fill'
import { answerKind, collectionTemplate, objectSchemaFor, wrapperName } from './schemas'
import type { GenericObject } from './state-generic'

/**
 * The generic engine (docs/decisions/0021-generic-engine.md): any operation of bunq's spec that has
 * no hand-made handler. POST stores an object under its concrete collection path, GET lists
 * (newest first, bunq's paging) or reads it, PUT merges, DELETE removes; a user reaches only
 * objects their own sessions made, under their own user and accounts.
 */

/** Largest upload kept for a generic attachment's /content (the body cap is the real limit). */
const MAX_CONTENT = 1024 * 1024

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '')
}

/** The path's parameters by name, as written in the request (ids or UUIDs). */
function pathValues(op: CatalogueOperation, path: string): Map<string, string> {
  const template = segments(op.path)
  const concrete = segments(path)
  const out = new Map<string, string>()
  template.forEach((part, i) => {
    if (part.startsWith('{')) out.set(part.slice(1, -1), concrete[i])
  })
  return out
}

/** The owner of what this request reaches: the session's user, who must own the path's user and account. */
function owner(ctx: HandlerContext, op: CatalogueOperation): number {
  const session = sessionOf(ctx)
  const values = pathValues(op, ctx.path)
  for (const [name, value] of values) {
    if (name === 'userID' || /^user-[a-z-]+ID$/.test(name)) {
      ctx.bank.ownUser(session, Number(value))
    } else if (name === 'monetary-accountID') {
      const id = Number(value)
      const own =
        ctx.bank.state.accounts.some((a) => a.id === id && a.userId === session.userId) ||
        ctx.bank.state.generic.some(
          (o) => o.id === id && o.owner === session.userId && /monetary-account/.test(o.collection),
        )
      if (!own) throw notFound('Monetary account')
    }
  }
  return session.userId
}

function seedOf(object: GenericObject): FillSeed {
  return { id: object.id, created: object.created, updated: object.updated, userId: object.owner }
}

function render(schema: JsonSchema | null, object: GenericObject, tag: string) {
  const body = project(schema ?? undefined, object.data, seedOf(object))
  if (object.uuid && 'uuid' in body) body.uuid = object.uuid
  const wrapper = wrapperName(schema ?? undefined, tag)
  return wrapper === null ? body : { [wrapper]: body }
}

function hasUuid(schema: JsonSchema | null): boolean {
  return Boolean(resolveSchema(schema ?? undefined)?.properties?.uuid)
}

function parentPath(path: string): string {
  return path.slice(0, path.lastIndexOf('/'))
}

function find(ctx: HandlerContext, op: CatalogueOperation, who: number): GenericObject {
  const collection = parentPath(ctx.path)
  const key = ctx.path.slice(collection.length + 1)
  const object = ctx.bank.state.generic.find(
    (o) =>
      o.collection === collection &&
      o.owner === who &&
      (String(o.id) === key || (o.uuid !== undefined && o.uuid === key)),
  )
  if (!object) throw notFound(wrapperName(op.response ?? undefined, op.tag) ?? op.tag)
  return object
}

function answer(op: CatalogueOperation, object: GenericObject): Record<string, unknown>[] {
  switch (answerKind(op)) {
    case 'Id':
      return [{ Id: { id: object.id } }]
    case 'Uuid':
      return [{ Uuid: { uuid: object.uuid ?? '' } }]
    case 'empty':
      return []
    default:
      return [render(op.response, object, op.tag)]
  }
}

export function handleGeneric(ctx: HandlerContext, op: CatalogueOperation): HandlerResult {
  const who = owner(ctx, op)
  const bank = ctx.bank
  const schema = objectSchemaFor(collectionTemplate(op))
  switch (op.kind) {
    case 'create': {
      const now = bank.now()
      const object: GenericObject = {
        id: bank.nextId(),
        owner: who,
        collection: ctx.path,
        created: now,
        updated: now,
        data: copyable(schema ?? undefined, ctx.body),
      }
      if (answerKind(op) === 'Uuid' || hasUuid(schema)) object.uuid = bank.uuid()
      if (op.body === 'bytes' && ctx.bytes && ctx.bytes.length <= MAX_CONTENT) {
        object.content = bytesToBase64(ctx.bytes)
      }
      bank.state.generic.push(object)
      bank.dirty = true
      return { items: answer(op, object) }
    }
    case 'list': {
      const all = bank.state.generic.filter((o) => o.collection === ctx.path && o.owner === who)
      const item = op.response?.type === 'array' ? op.response.items : op.response
      return paginate(ctx, all, (o) => render(item ?? null, o, op.tag))
    }
    case 'read': {
      if (op.responseBody === 'bytes') return contentOf(ctx, who)
      return { items: [render(op.response, find(ctx, op, who), op.tag)] }
    }
    case 'update': {
      const object = find(ctx, op, who)
      Object.assign(object.data, copyable(schema ?? undefined, ctx.body))
      object.updated = bank.now()
      bank.dirty = true
      return { items: answer(op, object) }
    }
    case 'delete': {
      const object = find(ctx, op, who)
      bank.state.generic = bank.state.generic.filter((o) => o !== object)
      bank.dirty = true
      return { items: [] }
    }
  }
}

/** GET .../{attachmentID}/content: the bytes uploaded, as bunq answers them (no JSON, §14). */
function contentOf(ctx: HandlerContext, who: number): HandlerResult {
  const key = segments(ctx.path).at(-2) ?? ''
  const object = ctx.bank.state.generic.find(
    (o) =>
      o.owner === who &&
      /attachment[^/]*$/.test(o.collection) &&
      (String(o.id) === key || o.uuid === key),
  )
  if (!object) throw notFound('Attachment')
  const bytes = Uint8Array.from(atob(object.content ?? ''), (c) => c.charCodeAt(0))
  return { items: [], raw: { bytes, contentType: 'application/octet-stream' } }
}
