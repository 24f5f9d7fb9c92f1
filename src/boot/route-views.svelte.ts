import type { AppModels } from '../state/models'
import { ROUTE_TABLE, ROUTES, routeModels, type Route, type ViewModule } from './routes.svelte'

/**
 * The loaded views (the route table's loaders, src/boot/routes.svelte.ts). Loaded components are kept as state, so App renders a view synchronously once
 * it is loaded (a later visit never shows a gap), and re-renders when a pending load arrives.
 */
export type ViewLoaders = Record<Route, () => Promise<ViewModule>>

/** The app's loaders: each route's view, from the table above. */
export const APP_VIEW_LOADERS = Object.fromEntries(
  ROUTES.map((route) => [route, ROUTE_TABLE[route].load]),
) as ViewLoaders

export class RouteViews {
  #loaded = $state.raw<Partial<Record<Route, ViewModule['default']>>>({})
  #failed = $state.raw<Partial<Record<Route, true>>>({})
  // Not state: pending loads are bookkeeping, never rendered.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #pending = new Map<Route, Promise<void>>()
  readonly #loaders: ViewLoaders

  constructor(loaders: ViewLoaders) {
    this.#loaders = loaders
  }

  /** The route's component once loaded, else undefined (App shows a loading line). */
  get(route: Route): ViewModule['default'] | undefined {
    return this.#loaded[route]
  }

  /** True after the route's chunk failed to load (offline before it was cached); cleared on retry. */
  failed(route: Route): boolean {
    return this.#failed[route] === true
  }

  /**
   * Loads the route's chunk once. Resolves when it is in the table (never rejects: a failure is
   * kept in `failed` and the next call tries again, e.g. once the network is back).
   */
  load(route: Route): Promise<void> {
    if (this.#loaded[route]) return Promise.resolve()
    let pending = this.#pending.get(route)
    if (!pending) {
      if (this.#failed[route]) this.#failed = { ...this.#failed, [route]: undefined }
      pending = this.#loaders[route]().then(
        (module) => {
          this.#loaded = { ...this.#loaded, [route]: module.default }
        },
        (error: unknown) => {
          this.#pending.delete(route)
          this.#failed = { ...this.#failed, [route]: true }
          console.error(`The ${route} view could not be loaded:`, error)
        },
      )
      this.#pending.set(route, pending)
    }
    return pending
  }

  /**
   * Everything the route shows: its view's chunk and the models it needs built
   * (docs/decisions/0029), together. Never rejects; `openFailed` tells whether a part failed.
   */
  async open(route: Route, models: AppModels): Promise<void> {
    await Promise.all([this.load(route), ...routeModels(route, models).map((m) => m.load())])
  }

  /** True when the route's view or a model it needs could not be loaded; `open` tries again. */
  openFailed(route: Route, models: AppModels): boolean {
    return this.failed(route) || routeModels(route, models).some((model) => model.failed)
  }

  /** Loads several routes' chunks (prefetch, or every view for component tests). */
  async loadAll(routes: readonly Route[]): Promise<void> {
    await Promise.all(routes.map((route) => this.load(route)))
  }
}

/** The views the app uses (main.ts starts the first route's load beside App and the models). */
export const appRouteViews = new RouteViews(APP_VIEW_LOADERS)
