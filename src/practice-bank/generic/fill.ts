import { resolveSchema } from '../../spec/catalogue'
import type { JsonSchema, SchemaType } from '../../spec/types'
import { bunqTime } from '../format'

/**
 * Values of a schema's shape for the generic engine (docs/decisions/0021-generic-engine.md):
 * `project` keeps what a stored object already has where names and types match the schema and
 * fills every other listed field with a plausible value of the right type. Fills are derived from
 * the object (its id and times), never random, so the same object reads the same twice and the
 * saved state holds only what a client sent.
 */
export interface FillSeed {
  id: number
  created: number
  updated: number
  /** The owner's user id: fields naming a user get it. */
  userId: number
}

/** Nested objects deeper than this are left out (the spec's labels nest avatars in images in ...). */
const MAX_DEPTH = 4

function mainType(schema: JsonSchema): SchemaType | undefined {
  const type = schema.type
  if (Array.isArray(type)) return type.find((t) => t !== 'null')
  if (type) return type
  return schema.properties ? 'object' : undefined
}

function matches(type: SchemaType | undefined, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value)
    default:
      return false
  }
}

/** A plausible string for a field, from its name (bunq's formats: docs/protocol.md §3, §10.3). */
function plausibleString(name: string, seed: FillSeed): string {
  if (name === 'created') return bunqTime(seed.created)
  if (name === 'updated') return bunqTime(seed.updated)
  if (/(^|_)(time|date)(_|$)|^(expiry|expires)/.test(name)) {
    return /date/.test(name) && !/time/.test(name)
      ? bunqTime(seed.created).slice(0, 10)
      : bunqTime(seed.created)
  }
  if (/uuid$/.test(name)) return uuidFor(seed.id)
  if (name === 'currency') return 'EUR'
  if (name === 'value') return '0.00'
  if (name === 'iban') return 'NL00BUNQ' + String(seed.id).padStart(10, '0')
  if (name === 'country') return 'NL'
  if (name === 'language' || name === 'locale') return 'en_US'
  if (/url$/.test(name)) return 'https://practice.bunq.invalid/' + seed.id
  if (/email/.test(name)) return `practice-${seed.id}@bunq.invalid`
  return `practice ${name.replace(/_/g, ' ')}`
}

/** A stable UUID-shaped string for an object id (version nibble 4, variant 8). */
export function uuidFor(id: number): string {
  const hex = id.toString(16).padStart(12, '0').slice(-12)
  return `00000000-0000-4000-8000-${hex}`
}

function plausible(name: string, schema: JsonSchema, seed: FillSeed, depth: number): unknown {
  if (schema.enum && schema.enum.length > 0) return schema.enum[0]
  switch (mainType(schema)) {
    case 'string':
      return plausibleString(name, seed)
    case 'integer':
      if (name === 'id') return seed.id
      if (/user_id$|^user_/.test(name)) return seed.userId
      return /_id$/.test(name) ? seed.id : 0
    case 'number':
      return 0
    case 'boolean':
      return false
    case 'array':
      return []
    case 'object':
      return depth >= MAX_DEPTH ? undefined : project(schema, {}, seed, depth + 1)
    default:
      return undefined
  }
}

/**
 * `value` reshaped to `schemaOrRef`: listed fields only, each kept when its type matches (objects
 * and list items recursively), otherwise filled. Unlisted schemas (no properties) keep the value.
 */
export function project(
  schemaOrRef: JsonSchema | undefined,
  value: Record<string, unknown>,
  seed: FillSeed,
  depth = 0,
): Record<string, unknown> {
  const schema = resolveSchema(schemaOrRef)
  const out: Record<string, unknown> = {}
  if (!schema?.properties) return out
  for (const [name, raw] of Object.entries(schema.properties)) {
    const field = resolveSchema(raw) ?? {}
    const type = mainType(field)
    const given = Object.hasOwn(value, name) ? value[name] : undefined
    let result: unknown
    if (given !== undefined && matches(type, given) && enumAllows(field, given)) {
      if (type === 'object')
        result = project(field, given as Record<string, unknown>, seed, depth + 1)
      else if (type === 'array') result = projectItems(field, given as unknown[], seed, depth)
      else result = given
    } else result = plausible(name, field, seed, depth)
    if (result !== undefined) out[name] = result
  }
  return out
}

function enumAllows(schema: JsonSchema, value: unknown): boolean {
  return !schema.enum || schema.enum.includes(value)
}

function projectItems(
  schema: JsonSchema,
  items: unknown[],
  seed: FillSeed,
  depth: number,
): unknown[] {
  const itemSchema = resolveSchema(schema.items) ?? {}
  const type = mainType(itemSchema)
  const out: unknown[] = []
  for (const item of items) {
    if (!matches(type, item) || !enumAllows(itemSchema, item)) continue
    out.push(
      type === 'object'
        ? depth >= MAX_DEPTH
          ? {}
          : project(itemSchema, item as Record<string, unknown>, seed, depth + 1)
        : item,
    )
  }
  return out
}

/**
 * What a request may store: the body's fields that the object schema names with a matching type
 * (nested objects kept whole, they are re-projected on every read).
 */
export function copyable(
  schemaOrRef: JsonSchema | undefined,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const schema = resolveSchema(schemaOrRef)
  const out: Record<string, unknown> = {}
  if (!schema?.properties) return out
  for (const [name, raw] of Object.entries(schema.properties)) {
    if (!Object.hasOwn(body, name)) continue
    const field = resolveSchema(raw) ?? {}
    if (matches(mainType(field), body[name]) && enumAllows(field, body[name]))
      out[name] = body[name]
  }
  return out
}
