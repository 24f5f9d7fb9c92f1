import { catalogue } from '../../spec/catalogue'
import type { CatalogueOperation } from '../../spec/types'
import type { Route } from '../route'
import { handleGeneric } from './engine'
import { shapeOf } from './schemas'

/**
 * The generic rows of the handler table (docs/decisions/0021-generic-engine.md): one per operation
 * of bunq's spec that no hand-made route answers. Hand-made routes always win, so a new hand-made
 * handler takes its operation over without touching this file. A path bunq's spec does not name
 * stays a 404 (the router's rule: never a silent 200).
 */
export function genericOperations(handMade: Route[]): CatalogueOperation[] {
  const taken = new Set(handMade.map((r) => `${r.method} ${shapeOf(r.pattern)}`))
  return catalogue.operations.filter((op) => !taken.has(`${op.method} ${shapeOf(op.path)}`))
}

export function genericRoutes(handMade: Route[]): Route[] {
  return genericOperations(handMade).map((op) => ({
    method: op.method,
    pattern: op.path,
    auth: 'session',
    body: op.body === 'bytes' ? 'ignore' : 'json',
    emulation: 'generic',
    handle: (ctx) => handleGeneric(ctx, op),
  }))
}
