import { catalogue, definition, resolveSchema } from '../../spec/catalogue'
import type { CatalogueOperation, JsonSchema } from '../../spec/types'

/**
 * What the generic engine reads from the catalogue (docs/decisions/0013, 0021): for a collection
 * path, the schema its objects follow, and how an answer names its type.
 */

/** `/user/{userID}/card/{cardID}` -> `/user/{}/card/{}`: templates compared by shape. */
export function shapeOf(path: string): string {
  return path.replace(/\{[^}]+\}/g, '{}').replace(/\/+$/, '')
}

export function endsWithParam(path: string): boolean {
  return /\}$/.test(path)
}

/** The collection template an operation works on: the path itself, or its parent for item paths. */
export function collectionTemplate(op: CatalogueOperation): string {
  if (op.kind === 'create' || op.kind === 'list' || !endsWithParam(op.path)) return op.path
  return op.path.slice(0, op.path.lastIndexOf('/'))
}

const objectSchemas = new Map<string, JsonSchema | null>()

/**
 * The schema of a collection's objects: the item read's answer, else the list's item, else the
 * create's answer (a collection may lack any of them).
 */
export function objectSchemaFor(template: string): JsonSchema | null {
  const key = shapeOf(template)
  if (objectSchemas.has(key)) return objectSchemas.get(key)!
  let found: JsonSchema | null = null
  for (const op of catalogue.operations) {
    if (op.method !== 'GET' || !op.response) continue
    if (op.kind === 'read' && shapeOf(op.path) === key + '/{}') found = op.response
  }
  if (!found) {
    const list = catalogue.operations.find(
      (op) => op.kind === 'list' && shapeOf(op.path) === key && op.response?.type === 'array',
    )
    found = list?.response?.items ?? null
  }
  objectSchemas.set(key, found)
  return found
}

/**
 * The key bunq wraps an object in ({"NoteTextPayment": {...}}): the definition's name without
 * the Read/Listing/Create/Update suffix. Null when the schema already lists wrapper keys
 * (UserRead lists UserPerson, UserCompany, ...).
 */
export function wrapperName(schemaOrRef: JsonSchema | undefined, fallback: string): string | null {
  const schema = resolveSchema(schemaOrRef)
  const keys = Object.keys(schema?.properties ?? {})
  if (keys.length > 0 && keys.every((k) => /^[A-Z]/.test(k))) return null
  const ref = schemaOrRef?.$ref
  if (ref && definition(ref)) {
    return ref.replace(/^#\/definitions\//, '').replace(/(Read|Listing|Create|Update|Delete)$/, '')
  }
  return fallback
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}

/** How a create or update answers: an Id, a Uuid, or the object itself. */
export function answerKind(op: CatalogueOperation): 'Id' | 'Uuid' | 'object' | 'empty' {
  const schema = resolveSchema(op.response ?? undefined)
  const keys = Object.keys(schema?.properties ?? {})
  if (keys.length === 0) return 'empty'
  if (keys.includes('Id') || (keys.length === 1 && keys[0] === 'id')) return 'Id'
  if (keys.includes('uuid') && keys.length === 1) return 'Uuid'
  return 'object'
}
