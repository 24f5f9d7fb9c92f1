import { catalogue, resolveSchema } from '../../../src/spec/catalogue'
import { driftCheck } from '../../../src/spec/drift'
import { beyondKnownGaps } from '../../../src/spec/known-gaps'
import type { CatalogueOperation, JsonSchema } from '../../../src/spec/types'
import type { TestClient } from './client'

/**
 * Walks every operation of bunq's spec in dependency order (parents before children; at each
 * depth create, list, read, update; deletes last, deepest first), chaining the ids each create
 * or list answers into the paths after it. Request bodies come from the request schema (required
 * fields and enums), except where a hand-made handler needs a meaningful body (fixtures below).
 */
/** What a hand-made handler needs to act on a request for real: its body, another token. */
export interface Fixture {
  body?: unknown
  token?: 'installation' | 'session' | 'none'
}

export interface Outcome {
  op: CatalogueOperation
  path: string
  status: number
  /** Spec problems of a 200 body beyond the known gaps (src/spec/known-gaps.ts). */
  problems: string[]
  error: string | null
  emulation: string | null
}

/** The id the walk uses where nothing it could create or list gave one. */
export const UNKNOWN_ID = '999999999'

const PHASE: Record<string, number> = { create: 0, list: 1, read: 2, update: 3, delete: 4 }

const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}')

function collectionOf(op: CatalogueOperation): string {
  if (op.kind === 'create' || op.kind === 'list' || !/\}$/.test(op.path)) return op.path
  return op.path.slice(0, op.path.lastIndexOf('/'))
}

const depth = (op: CatalogueOperation) => collectionOf(op).split('/').length

export function walkOrder(ops: CatalogueOperation[] = catalogue.operations): CatalogueOperation[] {
  const last = (op: CatalogueOperation) => op.method === 'DELETE' && op.path === '/session/{itemId}'
  return [...ops].sort((a, b) => {
    if (last(a) !== last(b)) return last(a) ? 1 : -1
    const da = a.kind === 'delete' ? 1 : 0
    const db = b.kind === 'delete' ? 1 : 0
    if (da !== db) return da - db
    if (da === 1) return depth(b) - depth(a)
    return depth(a) - depth(b) || PHASE[a.kind] - PHASE[b.kind] || a.path.localeCompare(b.path)
  })
}

/** A body of the request schema's shape: required fields, enums' first values, nested objects. */
export function sampleBody(schemaOrRef: JsonSchema | null | undefined, level = 0): unknown {
  const schema = resolveSchema(schemaOrRef ?? undefined)
  if (!schema) return {}
  if (schema.enum?.length) return schema.enum[0]
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  switch (type ?? (schema.properties ? 'object' : 'string')) {
    case 'object': {
      const out: Record<string, unknown> = {}
      if (level > 3) return out
      for (const name of schema.required ?? []) {
        out[name] = sampleBody(schema.properties?.[name], level + 1)
      }
      return out
    }
    case 'array':
      return []
    case 'integer':
    case 'number':
      return 1
    case 'boolean':
      return false
    default:
      return 'walk'
  }
}

export async function walkAll(
  c: TestClient,
  fixtures: (op: CatalogueOperation, c: TestClient) => Fixture | undefined,
): Promise<Outcome[]> {
  const ids = new Map<string, string>()
  ids.set(shape('/user'), String(c.userId))
  ids.set(shape('/user/{userID}/monetary-account'), String(c.accountId))
  ids.set('/user-person', String(c.userId))
  ids.set('/user-company', String(c.userId))
  const fill = (template: string) => {
    const parts = template.split('/')
    return parts
      .map((part, i) => {
        if (!part.startsWith('{')) return part
        if (part === '{userID}' || /^\{user-[a-z-]+ID\}$/.test(part)) return String(c.userId)
        if (part === '{monetary-accountID}') return String(c.accountId)
        return ids.get(shape(parts.slice(0, i).join('/'))) ?? UNKNOWN_ID
      })
      .join('/')
  }
  const outcomes: Outcome[] = []
  for (const op of walkOrder()) {
    const path = fill(op.path)
    const fixture = fixtures(op, c)
    const body =
      op.method === 'POST' || op.method === 'PUT'
        ? op.body === 'bytes'
          ? 'walk attachment bytes'
          : fixture && 'body' in fixture
            ? fixture.body
            : sampleBody(op.request)
        : undefined
    const headers: Record<string, string> =
      op.body === 'bytes'
        ? { 'Content-Type': 'image/png', 'X-Bunq-Attachment-Description': 'walk' }
        : {}
    const reply = await c.call(op.method, path, { body, headers, token: fixture?.token })
    const outcome: Outcome = {
      op,
      path,
      status: reply.status,
      problems: [],
      error:
        reply.status === 200 ? null : (reply.json?.Error?.[0]?.error_description ?? reply.text),
      emulation: reply.headers.get('X-Practice-Bank-Emulation'),
    }
    if (reply.status === 200 && op.responseBody === 'json') {
      const report = driftCheck(op, reply.json)
      if (!report.checked) outcome.problems.push('no Response array')
      outcome.problems.push(
        ...beyondKnownGaps('response', op.id, report.problems).map((p) => p.message),
      )
      remember(op, reply.json, ids)
    }
    outcomes.push(outcome)
  }
  return outcomes
}

/** The id (or uuid) a create or list answered, under the collection's shape. */
function remember(
  op: CatalogueOperation,
  json: { Response?: unknown[] },
  ids: Map<string, string>,
) {
  const first = json.Response?.[0] as Record<string, Record<string, unknown>> | undefined
  if (!first) return
  const key = shape(collectionOf(op))
  if (op.kind === 'create') {
    const value = first.Id?.id ?? first.Uuid?.uuid
    if (value !== undefined) ids.set(key, String(value))
  } else if (op.kind === 'list' && !ids.has(key)) {
    const inner = Object.values(first)[0]
    if (inner && typeof inner === 'object' && 'id' in inner) ids.set(key, String(inner.id))
  }
}
