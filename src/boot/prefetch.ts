/**
 * Warm the likely next chunks once the first screen is up (first-load budget;
 * docs/performance.md "first load"). The first screen fetches only what it shows; after it has
 * painted, on the browser's next idle period, the other views and the code their first action
 * needs (the protocol core, the transports, PEM parsing, the error explainers, the
 * vault's unlocked-only parts) are fetched, so a later navigation does
 * not wait for the network. The workshop (lessons, cast) and the practice bank stay on demand:
 * they are large and many visits never open them.
 *
 * Offline use does not depend on this: the service worker precaches every chunk (src/pwa). When
 * one already controls the page, the chunks are local and nothing is prefetched.
 */
import type { RouteViews } from './route-views.svelte'
import { ROUTES, WORKSHOP_ROUTES, type Route } from './routes.svelte'

export { FIRST_SCREEN_MARK } from './first-screen-mark'

/** Views worth warming: every route but the workshop's (loaded on its routes, src/boot/routes.svelte.ts). */
export const PREFETCH_ROUTES: readonly Route[] = ROUTES.filter(
  (route) => !WORKSHOP_ROUTES.includes(route),
)

/** Chunks the first call or check needs (the same specifiers the models import on first use). */
export const PREFETCH_MODULES: readonly (() => Promise<unknown>)[] = [
  () => import('../bunq/client'),
  () => import('../transport/create-transport'),
  () => import('../crypto/pem'),
  () => import('../ui/explainers-lazy.svelte').then((m) => m.loadExplainers()),
  () => import('./lazy-component.svelte').then((m) => m.preloadLazyComponents()),
]

/** requestIdleCallback where the browser has it (Safari does not), else a macrotask. */
export type IdleScheduler = (work: () => void) => void

export const browserIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work())
  else setTimeout(work, 0)
}

/** True when a service worker serves this page: every chunk is in its precache already. */
export const servedByWorker = (): boolean =>
  Boolean(globalThis.navigator?.serviceWorker?.controller)

export interface PrefetchOptions {
  views: Pick<RouteViews, 'load'>
  /** Skips the warm-up (default: when a service worker controls the page). */
  skip?: () => boolean
  routes?: readonly Route[]
  modules?: readonly (() => Promise<unknown>)[]
  idle?: IdleScheduler
}

/**
 * Schedules the warm-up on the next idle period; resolves when every load has settled (at once
 * when skipped). A failed
 * load (offline) is only a missed warm-up: the route loads again when it opens.
 */
export function prefetchAfterFirstScreen(options: PrefetchOptions): Promise<void> {
  const { views, routes = PREFETCH_ROUTES, modules = PREFETCH_MODULES } = options
  const idle = options.idle ?? browserIdle
  const skip = options.skip ?? servedByWorker
  return new Promise((resolve) => {
    idle(() => {
      if (skip()) return resolve()
      const loads = [
        ...routes.map((route) => views.load(route)),
        ...modules.map((load) => load().catch(() => undefined)),
      ]
      void Promise.all(loads).then(() => resolve())
    })
  })
}
