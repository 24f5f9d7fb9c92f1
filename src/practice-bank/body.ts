import { utf8Decode } from '../crypto/bytes'
import { badRequest } from './bank-error'

/**
 * Reads a request body as bunq does (docs/protocol.md §17): JSON whatever the Content-Type (or
 * none), pretty-printed or compact, `\/` escapes; an empty body is `{}`; explicit `null` members
 * count as absent (the PHP SDK sends them). Anything that is not a JSON object is a 400.
 */
export function parseBody(bytes: Uint8Array): Record<string, unknown> {
  const text = utf8Decode(bytes).replace(/^\uFEFF/, '')
  if (text.trim() === '') return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw badRequest('The request body is not valid JSON.')
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('The request body must be a JSON object.')
  }
  return dropNulls(value as Record<string, unknown>)
}

function dropNulls(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(object)) {
    if (value === null) continue
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value)
        ? dropNulls(value as Record<string, unknown>)
        : value
  }
  return out
}
