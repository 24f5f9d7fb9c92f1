import { matchOperation } from '../spec/catalogue'
import { beyondKnownGaps } from '../spec/known-gaps'
import type { HttpMethod } from '../spec/types'
import { validateOperation } from '../spec/validate'
import { badRequest } from './bank-error'

/**
 * Request bodies checked against bunq's spec, for hand-made and generic operations alike
 * (docs/decisions/0021-generic-engine.md): a missing required field, a wrong type or a value
 * outside an enum is a 400 that names the field, with the one validator of src/spec/validate.ts.
 * Problems the spec's known gaps explain (src/spec/known-gaps.ts) are not refused.
 */
export function checkRequestBody(method: string, path: string, body: Record<string, unknown>) {
  if (method !== 'POST' && method !== 'PUT') return
  const op = matchOperation(method as HttpMethod, path)
  if (!op || op.body !== 'json') return
  const problems = beyondKnownGaps('request', op.id, validateOperation(op, 'request', body))
  if (problems.length === 0) return
  const first = problems[0]
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''
  throw badRequest(`Invalid request: ${first.message}${more}.`)
}
