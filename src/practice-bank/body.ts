import { utf8Decode } from '../crypto/bytes'
import { badRequest } from './bank-error'

/**
 * Reads a request body as bunq does (docs/protocol.md §17): JSON whatever the Content-Type (or
 * none), pretty-printed or compact, `\/` escapes; an empty body is `{}`; explicit `null` members
 * count as absent (the PHP SDK sends them). Anything that is not a JSON object is a 400.
 *
 * Hostile input is answered here, once, for every handler (docs/security.md, "practice bank"):
 * nesting deeper than MAX_DEPTH is a 400 before anything recursive sees it, and the keys
 * `__proto__`, `constructor` and `prototype` are dropped at every level, so a body can never set
 * an object's prototype or shadow a field a handler reads.
 */
export const MAX_DEPTH = 64

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export function parseBody(bytes: Uint8Array): Record<string, unknown> {
  const text = utf8Decode(bytes).replace(/^\uFEFF/, '')
  if (text.trim() === '') return {}
  if (nestingDepth(text) > MAX_DEPTH) {
    throw badRequest(`The request body is nested more than ${MAX_DEPTH} levels deep.`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw badRequest('The request body is not valid JSON.')
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('The request body must be a JSON object.')
  }
  return clean(value as Record<string, unknown>)
}

/** The deepest bracket nesting of a JSON text, counted outside strings, in one linear pass. */
export function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth)
    else if (c === 0x7d || c === 0x5d) depth--
  }
  return deepest
}

/** Drops null members and unsafe keys; recursion is bounded by MAX_DEPTH (checked above). */
function clean(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(object)) {
    if (value === null || UNSAFE_KEYS.has(key)) continue
    // defineProperty, not assignment: even a key that slipped through can never act as a setter.
    Object.defineProperty(out, key, {
      value: cleanValue(value),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out
}

function cleanValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanValue)
  if (value && typeof value === 'object') return clean(value as Record<string, unknown>)
  return value
}
