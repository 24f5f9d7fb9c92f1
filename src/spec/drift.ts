/**
 * Drift check: a 200 answer against the operation's published response schema. bunq's schemas
 * describe the inner objects only (docs/protocol.md §14), so the {"Response":[{"Type":{…}}]}
 * wrapper is taken off first; null fields count as absent, as bunq sends null for unset ones
 * (docs/protocol.md §17). The result is information, not an error.
 */
import { resolveSchema } from './catalogue.ts'
import type { CatalogueOperation } from './types.ts'
import { validateOperation, type SchemaProblem } from './validate.ts'

export interface DriftReport {
  /** false when the answer has no Response array or the operation has no JSON schema. */
  checked: boolean
  problems: SchemaProblem[]
}

export function driftCheck(op: CatalogueOperation, answer: unknown): DriftReport {
  if (!op.response || op.responseBody !== 'json') return { checked: false, problems: [] }
  const items = (answer as { Response?: unknown } | null)?.Response
  if (!Array.isArray(items)) return { checked: false, problems: [] }
  const schema = op.response
  const target = schema.type === 'array' ? resolveSchema(schema.items) : resolveSchema(schema)
  const wrapperKeys = new Set(Object.keys(target?.properties ?? {}))
  const inner = items.map((item) => withoutNulls(unwrap(item, wrapperKeys)))
  if (schema.type === 'array')
    return { checked: true, problems: validateOperation(op, 'response', inner) }
  const problems = inner.flatMap((value) => validateOperation(op, 'response', value))
  return { checked: true, problems }
}

/**
 * {"BunqMeTab": {...}} -> {...}, unless the schema itself names the wrapper key (UserRead lists
 * UserPerson, UserCompany, ...), in which case the item is compared as it is.
 */
function unwrap(item: unknown, wrapperKeys: Set<string>): unknown {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return item
  const keys = Object.keys(item)
  if (keys.length !== 1 || wrapperKeys.has(keys[0])) return item
  return (item as Record<string, unknown>)[keys[0]]
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls)
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value))
    if (inner !== null) out[key] = withoutNulls(inner)
  return out
}
