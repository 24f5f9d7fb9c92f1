/**
 * The one validator: a value against an operation's request or 200-response schema, with every
 * problem naming its field path. @cfworker/json-schema interprets schemas without generating code,
 * so it runs under the page's CSP (no 'unsafe-eval'; docs/decisions/0004) as well as in Node
 * (docs/decisions/0013-spec-catalogue-and-validator.md).
 *
 * Objects that list their properties are checked closed: a field the spec does not name is a
 * problem ("unknown"), which catches a typo in a request and shows drift in an answer.
 */
import { dereference, validate, type OutputUnit, type Schema } from '@cfworker/json-schema'
import { catalogue, resolveSchema } from './catalogue.ts'
import type { CatalogueOperation, JsonSchema } from './types.ts'

export type ProblemKind = 'missing' | 'type' | 'unknown' | 'enum' | 'format' | 'other'

export interface SchemaProblem {
  /** Dotted field path: "bunqme_tab_entry.amount_inquired.value", "[2].id", "" for the whole value. */
  path: string
  kind: ProblemKind
  /** Plain words, naming the field. */
  message: string
}

export type Direction = 'request' | 'response'

const BASE = 'urn:bunq-catalogue'
const DRAFT = '2019-09'

/** One table of indexed schemas for every operation; definitions join it as operations need them. */
const lookup: Record<string, Schema | boolean> = Object.create(null)
const indexed = new Set<string>()
const rootSchemas = new Map<string, Schema>()

/**
 * Indexes the definitions a schema reaches, each closed (additionalProperties: false where
 * properties are listed) and once: indexing all 700 up front cost ~300 ms on first use.
 */
function indexDefinitionsOf(schema: unknown): void {
  const pending = refsIn(schema)
  while (pending.length > 0) {
    const name = pending.pop()!
    if (indexed.has(name)) continue
    indexed.add(name)
    const source = catalogue.definitions[name]
    if (!source) continue
    const closed = closeObjects(source) as Schema
    dereference(closed, lookup, new URL(BASE), `/definitions/${name}`)
    pending.push(...refsIn(source))
  }
}

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out))
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string')
        out.push(inner.replace(/^.*#\/definitions\//, ''))
      else refsIn(inner, out)
    }
  }
  return out
}

/** A deep copy with additionalProperties: false on each object schema that lists properties. */
function closeObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(closeObjects)
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$ref' && typeof inner === 'string') out[key] = inner.replace(/^#/, `${BASE}#`)
    else if (key === 'properties' || key === 'definitions') {
      out[key] = Object.fromEntries(
        Object.entries(inner as object).map(([k, v]) => [k, closeObjects(v)]),
      )
    } else out[key] = closeObjects(inner)
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false
  return out
}

function rootFor(op: CatalogueOperation, direction: Direction): Schema | null {
  const schema = direction === 'request' ? op.request : op.response
  if (!schema) return null
  const key = `${op.id}/${direction}`
  let root = rootSchemas.get(key)
  if (!root) {
    indexDefinitionsOf(schema)
    root = {
      ...(closeObjects(schema) as Schema),
      $id: `urn:bunq-operation:${encodeURIComponent(key)}`,
    }
    dereference(root, lookup)
    rootSchemas.set(key, root)
  }
  return root
}

/**
 * Problems of `value` against the operation's request or response schema; [] when it conforms or
 * when the operation has no schema for that direction.
 */
export function validateOperation(
  op: CatalogueOperation,
  direction: Direction,
  value: unknown,
): SchemaProblem[] {
  const root = rootFor(op, direction)
  if (!root) return []
  const result = validate(value, root, DRAFT, lookup, false)
  return result.valid ? [] : toProblems(result.errors, value)
}

/** The keywords that point at the field at fault; the rest ("properties", "$ref", "items") wrap them. */
const LEAF_KEYWORDS = new Set([
  'type',
  'required',
  'false',
  'enum',
  'format',
  'const',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
])

function toProblems(errors: OutputUnit[], value: unknown): SchemaProblem[] {
  const seen = new Set<string>()
  const problems: SchemaProblem[] = []
  for (const error of errors) {
    if (!LEAF_KEYWORDS.has(error.keyword)) continue
    const problem = describe(error, value)
    const key = `${problem.kind} ${problem.path}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push(problem)
  }
  return problems
}

function describe(error: OutputUnit, value: unknown): SchemaProblem {
  const segments = pointerSegments(error.instanceLocation)
  const path = formatPath(segments)
  const field = path === '' ? 'the body' : path
  switch (error.keyword) {
    case 'required': {
      const name = /"([^"]+)"/.exec(error.error)?.[1] ?? '?'
      const missing = formatPath([...segments, name])
      return { path: missing, kind: 'missing', message: `${missing} is required` }
    }
    case 'false':
      return { path, kind: 'unknown', message: `${field} is not a field bunq's spec names here` }
    case 'type': {
      const expected = /Expected "([^"]+)"/.exec(error.error)?.[1]
      const actual = describeType(valueAt(value, segments))
      return {
        path,
        kind: 'type',
        message: `${field} should be ${expected ? article(expected) : 'another type'}, not ${actual}`,
      }
    }
    case 'enum':
      return { path, kind: 'enum', message: `${field} is not one of the values the spec allows` }
    case 'format':
      return { path, kind: 'format', message: `${field} does not have the format the spec gives` }
    default:
      return { path, kind: 'other', message: `${field}: ${error.error}` }
  }
}

function pointerSegments(pointer: string): string[] {
  const body = pointer.replace(/^#/, '')
  if (body === '' || body === '/') return []
  return body
    .split('/')
    .slice(1)
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
}

function formatPath(segments: string[]): string {
  let out = ''
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) out += `[${segment}]`
    else out += out === '' ? segment : `.${segment}`
  }
  return out
}

function valueAt(value: unknown, segments: string[]): unknown {
  let current = value
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}

function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string')
    return `a string (${JSON.stringify(value.length > 24 ? value.slice(0, 24) + '…' : value)})`
  if (typeof value === 'number') return `the number ${value}`
  return typeof value
}

function article(type: string): string {
  const words: Record<string, string> = {
    object: 'an object',
    array: 'a list',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    null: 'null',
  }
  return words[type] ?? type
}

/** The schema that a request body's top level follows, $refs followed (for forms and seeding). */
export function requestObjectSchema(op: CatalogueOperation): JsonSchema | undefined {
  return resolveSchema(op.request ?? undefined)
}
