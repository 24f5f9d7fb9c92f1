/**
 * A tiny hash router: `#/onboarding` etc. The hash carries only a route name, never a secret
 * (docs/architecture.md, security stance). The location is injected (`HashLocation`) so that only
 * main.ts touches `window`; tests pass `memoryLocation()`.
 */

// The routes, their labels and views are one table (src/boot/routes.svelte.ts); the router only
// reads and writes the hash.
import { ROUTES, type Route } from '../boot/routes.svelte'

export { ROUTES, ROUTE_LABELS, type Route } from '../boot/routes.svelte'

export interface HashLocation {
  read(): string
  write(hash: string): void
  /** Calls back on every outside change (back/forward, typed URL); returns an unsubscribe. */
  listen(callback: () => void): () => void
}

/** Reads a hash like "#/accounts" (or "#accounts"); anything unknown is the start view. */
export function parseHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0]
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'start'
}

/**
 * An in-page anchor such as the "Skip to content" link's `#main`: not a route (routes are
 * written `#/name`), so following it must leave the current view where it is.
 */
export function isAnchorHash(hash: string): boolean {
  if (!hash.startsWith('#') || hash.startsWith('#/')) return false
  const name = hash.slice(1).split(/[/?]/)[0]
  return name !== '' && !(ROUTES as readonly string[]).includes(name)
}

export function hashOf(route: Route): string {
  return `#/${route}`
}

export class Router {
  #route = $state<Route>('start')
  #location: HashLocation

  constructor(location: HashLocation) {
    this.#location = location
    this.#route = parseHash(location.read())
    location.listen(() => {
      const hash = location.read()
      if (!isAnchorHash(hash)) this.#route = parseHash(hash)
    })
  }

  get route(): Route {
    return this.#route
  }

  navigate(route: Route): void {
    this.#route = route
    this.#location.write(hashOf(route))
  }
}

/** The browser's hash; call only from main.ts (the one place that reads globals). */
export function windowLocation(win: Window): HashLocation {
  return {
    read: () => win.location.hash,
    write: (hash) => {
      if (win.location.hash !== hash) win.history.pushState(null, '', hash)
    },
    listen: (callback) => {
      win.addEventListener('hashchange', callback)
      win.addEventListener('popstate', callback)
      return () => {
        win.removeEventListener('hashchange', callback)
        win.removeEventListener('popstate', callback)
      }
    },
  }
}

/** An in-memory location for tests and screenshots. */
export function memoryLocation(initial = ''): HashLocation & { set(hash: string): void } {
  let hash = initial
  // Not state: listeners are callbacks, not something a view renders.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const listeners = new Set<() => void>()
  return {
    read: () => hash,
    write: (next) => {
      hash = next
    },
    listen: (callback) => {
      listeners.add(callback)
      return () => listeners.delete(callback)
    },
    set: (next) => {
      hash = next
      for (const listener of listeners) listener()
    },
  }
}
