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
 * A view whose model is rarely used names it in `needs` (docs/decisions/0029): App builds it
 * together with the view's chunk, and the props function returns undefined until it is there.
 *
 * Loading them is src/boot/route-views.svelte.ts; the workshop's lazy props are
 * src/boot/lazy-workshop.svelte.ts.
 *
 * `routeView` ties each loader to its props, so svelte-check checks each route's props against its
 * component's Props (a missing, misnamed or mistyped prop fails the type check) even though App
 * renders whichever component is current through one dynamic `<View {...props} />`.
 */
import type { Component } from 'svelte'
import type { AppModels, Deferred } from '../state/models'
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
  /** Loaded on the workshop's routes only (`appPropsWithLazyWorkshop`, lazy-workshop.svelte.ts). */
  workshop?: WorkshopViews
  navigate: (route: Route) => void
}

/** The models built when a route first opens (absent ones, as with fake models, are skipped). */
export type RouteNeeds = (models: AppModels) => readonly (Deferred<unknown> | undefined)[]

/** One route, typed: the component's Props are the props function's result. */
export interface RouteView<Props extends object> {
  label: string
  load: () => Promise<{ default: Component<Props> }>
  /** The view's props, or undefined while the route has nothing to show (no workshop yet...). */
  props: (sources: ViewSources) => Props | undefined
  /** A workshop route: its view needs the workshop, loaded when the route first opens. */
  workshop: boolean
  needs?: RouteNeeds
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
  needs?: RouteNeeds
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
  options: { workshop?: boolean; needs?: RouteNeeds } = {},
): RouteView<Props> {
  return { label, load, props, workshop: options.workshop ?? false, needs: options.needs }
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
    { needs: ({ accounts }) => [accounts.extras, accounts.statements] },
  ),
  console: routeView(
    'Console',
    () => import('../ui/views/ConsoleView.svelte'),
    ({ models }) =>
      models.console.current && { console: models.console.current, vault: models.vault },
    { needs: ({ console }) => [console] },
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
      models.practice?.current && {
        controls: models.practice.current,
        active: models.settings.transport.kind === 'practice',
      },
    { needs: ({ practice }) => [practice] },
  ),
  settings: routeView(
    'Settings',
    () => import('../ui/views/SettingsView.svelte'),
    ({ models }) => ({ settings: models.settings, vault: models.vault }),
  ),
}

/** The models the route's view needs built before it shows (docs/decisions/0029). */
export function routeModels(route: Route, models: AppModels): Deferred<unknown>[] {
  const needs = ROUTE_TABLE[route].needs?.(models) ?? []
  return needs.filter((model) => model !== undefined)
}

/** The label the navigation and the page title show for each route. */
export const ROUTE_LABELS = Object.fromEntries(
  ROUTES.map((route) => [route, ROUTE_TABLE[route].label]),
) as Record<Route, string>

/** The routes whose views need the workshop (lessons, cast). */
export const WORKSHOP_ROUTES: readonly Route[] = ROUTES.filter(
  (route) => ROUTE_TABLE[route].workshop,
)
