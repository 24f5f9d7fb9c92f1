/**
 * The route table: every view of the app, in navigation order, with its label, the chunk that holds
 * it and the props App passes it. Adding a view means a line in ROUTES and an entry in ROUTE_TABLE
 * here, the view itself, and its icon in the nav (docs/contributing.md).
 *
 * Views load on demand (docs/decisions/0007): App imports none of them; it asks `RouteViews` for the
 * current route's component. The build merges every view but the workshop's into the `app` file
 * (src/boot/chunks.ts), fetched by the first navigation or the idle prefetch after the first screen
 * (src/boot/prefetch.ts). The workshop's views and models load the first time their route opens.
 *
 * `routeView` ties each loader to its props, so svelte-check checks each route's props against its
 * component's Props (a missing, misnamed or mistyped prop fails the type check) even though App
 * renders whichever component is current through one dynamic `<View {...props} />`.
 */
import { tick, type Component } from 'svelte'
import type { AppModels } from '../state/models'
import type { CastState } from '../state/cast.svelte'
import type { LessonsState } from '../state/lessons.svelte'

/** Every route, in the order the navigation shows them; `#/name` opens one. */
export const ROUTES = [
  'start',
  'api-key',
  'onboarding',
  'accounts',
  'console',
  'history',
  'lessons',
  'cast',
  'practice-bank',
  'settings',
] as const

export type Route = (typeof ROUTES)[number]

/**
 * What the workshop's views need of the workshop (src/state/lessons-workshop.svelte.ts). Named by
 * its parts, not imported: the workshop reads the router's location, and the router reads this
 * table, so importing it here would close a loop (docs/architecture.md, "no import cycles").
 */
export interface WorkshopViews {
  lessons: LessonsState
  cast: CastState
}

/** What App has to build a view's props from. */
export interface ViewSources {
  models: AppModels
  /** Loaded on the workshop's routes only (`appPropsWithLazyWorkshop` below). */
  workshop?: WorkshopViews
  navigate: (route: Route) => void
}

/** One route, typed: the component's Props are the props function's result. */
export interface RouteView<Props extends object> {
  label: string
  load: () => Promise<{ default: Component<Props> }>
  /** The view's props, or undefined while the route has nothing to show (no workshop yet...). */
  props: (sources: ViewSources) => Props | undefined
  /** A workshop route: its view needs the workshop, loaded when the route first opens. */
  workshop: boolean
}

/** A module with a Svelte component as its default export, whatever its Props. */
// Views take different props: the table's entries are checked one by one in `routeView`, and
// stored behind this one type so App can look any of them up by route.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ViewModule = { default: Component<any> }

/** A table entry once checked (App only passes the props on, it never reads them). */
export interface AnyRouteView {
  label: string
  load: () => Promise<ViewModule>
  props: (sources: ViewSources) => object | undefined
  workshop: boolean
}

/** `Given` with every key the component does not declare turned into `never`. */
type NoExtra<Props, Given> = Given & { [K in Exclude<keyof Given, keyof Props>]: never }

/**
 * A route's entry. Props are inferred from the component; the props function's result must be
 * assignable to them (right names, right types, nothing required missing) and name no prop the
 * component does not declare (a returned object literal gets no excess-property check otherwise).
 */
function routeView<Props extends object, Given extends Props>(
  label: string,
  load: () => Promise<{ default: Component<Props> }>,
  props: (sources: ViewSources) => NoExtra<Props, Given> | undefined,
  options: { workshop?: boolean } = {},
): RouteView<Props> {
  return { label, load, props, workshop: options.workshop ?? false }
}

export const ROUTE_TABLE: Record<Route, AnyRouteView> = {
  start: routeView(
    'Start',
    () => import('../ui/views/StartView.svelte'),
    ({ models, navigate }) => ({
      vault: models.vault,
      settings: models.settings,
      onboarding: models.onboarding,
      navigate,
    }),
  ),
  'api-key': routeView(
    'API key',
    () => import('../ui/views/ApiKeyView.svelte'),
    ({ models, navigate }) => ({
      onboarding: models.onboarding,
      settings: models.settings,
      vault: models.vault,
      navigate,
    }),
  ),
  onboarding: routeView(
    'Onboarding',
    () => import('../ui/views/OnboardingView.svelte'),
    ({ models, navigate }) => ({ onboarding: models.onboarding, vault: models.vault, navigate }),
  ),
  accounts: routeView(
    'Accounts',
    () => import('../ui/views/AccountsView.svelte'),
    ({ models, navigate }) => ({ accounts: models.accounts, vault: models.vault, navigate }),
  ),
  console: routeView(
    'Console',
    () => import('../ui/views/ConsoleView.svelte'),
    ({ models }) => ({ console: models.console, vault: models.vault }),
  ),
  history: routeView(
    'History',
    () => import('../ui/views/HistoryView.svelte'),
    ({ models }) => ({ history: models.history }),
  ),
  lessons: routeView(
    'Lessons',
    () => import('../ui/lessons/LessonsView.svelte'),
    ({ workshop }) => workshop && { lessons: workshop.lessons },
    { workshop: true },
  ),
  cast: routeView(
    'Cast',
    () => import('../ui/lessons/CastView.svelte'),
    ({ workshop }) => workshop && { cast: workshop.cast },
    { workshop: true },
  ),
  'practice-bank': routeView(
    'Practice bank',
    () => import('../ui/views/PracticeBankView.svelte'),
    // The practice bank's page exists only where the app has one (models.practice).
    ({ models }) =>
      models.practice && {
        controls: models.practice,
        active: models.settings.transport.kind === 'practice',
      },
  ),
  settings: routeView(
    'Settings',
    () => import('../ui/views/SettingsView.svelte'),
    ({ models }) => ({ settings: models.settings, vault: models.vault }),
  ),
}

/** The label the navigation and the page title show for each route. */
export const ROUTE_LABELS = Object.fromEntries(
  ROUTES.map((route) => [route, ROUTE_TABLE[route].label]),
) as Record<Route, string>

/** The routes whose views need the workshop (lessons, cast). */
export const WORKSHOP_ROUTES: readonly Route[] = ROUTES.filter(
  (route) => ROUTE_TABLE[route].workshop,
)

/**
 * The loaded views. Loaded components are kept as state, so App renders a view synchronously once
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

  /** Loads several routes' chunks (prefetch, or every view for component tests). */
  async loadAll(routes: readonly Route[]): Promise<void> {
    await Promise.all(routes.map((route) => this.load(route)))
  }
}

/** The views the app uses (main.ts starts the first route's load beside App and the models). */
export const appRouteViews = new RouteViews(APP_VIEW_LOADERS)

/**
 * Mount props whose `workshop` arrives only when it is needed: the lessons, the cast, their runner
 * and transcript code load the first time a workshop route opens (also when the page is opened on
 * one). `workshop` is a getter over state, so App sees it change from undefined to the loaded value.
 */
export interface AppProps<R, W extends WorkshopViews> {
  models: AppModels
  router: R
  workshop?: W
}

export interface LazyWorkshopOptions {
  /**
   * Called once the workshop view is on screen after a navigation (not on the first load). App
   * moves focus to a new view's heading one tick after a route change, which is too early for a
   * view that waits for its chunk; main.ts passes a function that focuses the heading then.
   */
  onShown?: () => void
}

/**
 * Reactive props for `mount(App, { props })`. `load` builds the workshop (a dynamic import in
 * main.ts); it runs at most once, and a failed load is retried on the next visit to the route.
 */
export function appPropsWithLazyWorkshop<
  R extends { readonly route: Route },
  W extends WorkshopViews,
>(
  models: AppModels,
  router: R,
  load: () => Promise<W>,
  options: LazyWorkshopOptions = {},
): AppProps<R, W> {
  // Raw state behind a getter: the models and the workshop are used as they are, not proxied.
  let workshop = $state.raw<W | undefined>(undefined)
  const props: AppProps<R, W> = {
    models,
    router,
    get workshop() {
      return workshop
    },
  }
  let loading: Promise<void> | null = null
  let firstRun = true
  $effect.root(() => {
    $effect(() => {
      const initial = firstRun
      firstRun = false
      if (!WORKSHOP_ROUTES.includes(router.route) || loading) return
      loading = load().then(
        async (loaded) => {
          workshop = loaded
          if (initial) return
          await tick()
          options.onShown?.()
        },
        (error) => {
          loading = null
          console.error('The workshop could not be loaded:', error)
        },
      )
    })
  })
  return props
}
