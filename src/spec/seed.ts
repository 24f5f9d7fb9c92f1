/**
 * A request body to start from, made from the operation's request schema: required fields first,
 * then the Amount and Pointer fields and a description (the spec's required lists are sparse:
 * Payment has none; docs/protocol.md §14); other optional fields are offered to add one by one;
 * read-only fields left out;
 * the first enum value where the spec gives enums; Amount and Pointer as bunq expects them
 * (docs/protocol.md §10: amounts are strings with two decimals, aliases are type/value/name).
 */
import { definition, resolveSchema } from './catalogue.ts'
import type { CatalogueOperation, JsonSchema } from './types.ts'

export type HelperKind = 'amount' | 'pointer'

export interface BodyHelper {
  /** Field path in the body, e.g. ["bunqme_tab_entry", "amount_inquired"]. */
  path: string[]
  kind: HelperKind
}

/** The alias types bunq takes in a Pointer (docs/protocol.md §10). */
export const POINTER_TYPES = ['EMAIL', 'PHONE_NUMBER', 'IBAN'] as const

const MAX_DEPTH = 4

function refName(schema: JsonSchema | undefined): string | null {
  return schema?.$ref ? schema.$ref.replace(/^#\/definitions\//, '') : null
}

/**
 * Amount by its definition; Pointer by its definition, and counterparty_alias too: the spec types
 * it LabelMonetaryAccount while clients send a Pointer (docs/protocol.md §14).
 */
function helperKind(name: string, schema: JsonSchema | undefined): HelperKind | null {
  const ref = refName(schema)
  if (ref === 'Amount') return 'amount'
  if (ref === 'Pointer' || name === 'counterparty_alias' || name.endsWith('_alias'))
    return ref ? 'pointer' : null
  return null
}

/** Property names of an object schema, required ones first, read-only ones left out. */
export function orderedFields(
  schema: JsonSchema | undefined,
): { name: string; required: boolean; schema: JsonSchema }[] {
  const resolved = resolveSchema(schema)
  const properties = resolved?.properties ?? {}
  const required = new Set(resolved?.required ?? [])
  const names = Object.keys(properties).filter((name) => !properties[name].readOnly)
  return [...names.filter((n) => required.has(n)), ...names.filter((n) => !required.has(n))].map(
    (name) => ({
      name,
      required: required.has(name),
      schema: properties[name],
    }),
  )
}

function exampleOf(
  name: string,
  schema: JsonSchema | undefined,
  depth: number,
  seen: Set<string>,
): unknown {
  const kind = helperKind(name, schema)
  if (kind === 'amount') return { value: '0.00', currency: 'EUR' }
  if (kind === 'pointer') return { type: 'EMAIL', value: '', name: '' }
  const ref = refName(schema)
  const resolved = resolveSchema(schema)
  if (!resolved) return null
  if (resolved.enum && resolved.enum.length > 0) return resolved.enum[0]
  const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type
  if (type === 'string') return ''
  if (type === 'integer' || type === 'number') return 0
  if (type === 'boolean') return false
  if (type === 'array') return []
  if (depth >= MAX_DEPTH || (ref && seen.has(ref))) return {}
  const inner = new Set(seen)
  if (ref) inner.add(ref)
  return objectExample(resolved, depth + 1, inner)
}

function objectExample(
  schema: JsonSchema,
  depth: number,
  seen: Set<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of orderedFields(schema)) {
    if (!seeded(field)) continue
    out[field.name] = exampleOf(field.name, field.schema, depth, seen)
  }
  return out
}

function seeded(field: { name: string; required: boolean; schema: JsonSchema }): boolean {
  return (
    field.required || helperKind(field.name, field.schema) !== null || field.name === 'description'
  )
}

/** The top-level writable fields a seeded body leaves out, each with a value to start from. */
export function optionalFields(op: CatalogueOperation): { name: string; example: unknown }[] {
  if (op.body !== 'json' || !op.request) return []
  return orderedFields(op.request)
    .filter((field) => !seeded(field))
    .map((field) => ({
      name: field.name,
      example: exampleOf(field.name, field.schema, 1, new Set()),
    }))
}

/** The body text to start from: '' when the operation takes no JSON body. */
export function seedBody(op: CatalogueOperation): string {
  if (op.body !== 'json' || !op.request) return ''
  const example = exampleOf('', op.request, 0, new Set())
  return JSON.stringify(example ?? {}, null, 2)
}

/** The Amount and Pointer fields of a request schema (nested too), for the editor's helpers. */
export function bodyHelpers(op: CatalogueOperation): BodyHelper[] {
  if (op.body !== 'json' || !op.request) return []
  const out: BodyHelper[] = []
  const walk = (schema: JsonSchema | undefined, path: string[], seen: Set<string>) => {
    if (path.length > MAX_DEPTH) return
    for (const field of orderedFields(schema)) {
      const kind = helperKind(field.name, field.schema)
      if (kind) {
        out.push({ path: [...path, field.name], kind })
        continue
      }
      const ref = refName(field.schema)
      if (ref && !seen.has(ref) && definition(ref)?.properties) {
        walk(field.schema, [...path, field.name], new Set([...seen, ref]))
      }
    }
  }
  walk(op.request, [], new Set())
  return out
}

/** The body text with `value` set at `path` (objects made on the way), pretty-printed. */
export function setInBody(bodyText: string, path: string[], value: unknown): string {
  let root: unknown
  try {
    root = bodyText.trim() === '' ? {} : JSON.parse(bodyText)
  } catch {
    throw new Error('The body is not valid JSON yet: fix it, then use the helper.')
  }
  if (!root || typeof root !== 'object' || Array.isArray(root)) root = {}
  let current = root as Record<string, unknown>
  for (const key of path.slice(0, -1)) {
    const next = current[key]
    if (!next || typeof next !== 'object' || Array.isArray(next)) current[key] = {}
    current = current[key] as Record<string, unknown>
  }
  current[path[path.length - 1]] = value
  return JSON.stringify(root, null, 2)
}

/** The value at `path` of a body text, or undefined (unparsable text included). */
export function getInBody(bodyText: string, path: string[]): unknown {
  try {
    let current: unknown = JSON.parse(bodyText)
    for (const key of path) {
      if (!current || typeof current !== 'object') return undefined
      current = (current as Record<string, unknown>)[key]
    }
    return current
  } catch {
    return undefined
  }
}
