import type { BankOptions } from './options'
import type { Route } from './route'

const handMadeOnly = new WeakMap<Route[], Route[]>()

/**
 * The rows of the handler table that answer under the bank's current options. With schema-made
 * answers off (docs/decisions/0024-schema-made-answers-switch.md) only the hand-made rows remain,
 * so the router answers any other operation as it answers a path it has no row for: 404
 * "Route not found.", or 405 where a hand-made row has the path under another method. The
 * filtered table is made once per table, not per request.
 */
export function answeredRoutes(
  routes: Route[],
  options: Pick<BankOptions, 'genericAnswers'>,
): Route[] {
  if (options.genericAnswers) return routes
  let only = handMadeOnly.get(routes)
  if (!only) {
    only = routes.filter((route) => route.emulation !== 'generic')
    handMadeOnly.set(routes, only)
  }
  return only
}
