/**
 * Every route's view: the chunk that holds it (one chunk per view) and the props App
 * passes it. `routeView` ties the two together, so svelte-check checks each route's props against
 * its component's Props (a missing, misnamed or mistyped prop fails the type check) even though
 * App renders whichever component is current through one dynamic `<View {...props} />`.
 */
import type { Component } from 'svelte'
import type { AppModels } from '../state/models'
import type { Workshop } from '../state/lessons-workshop.svelte'
import type { Route } from '../state/router.svelte'

/** What App has to build a view's props from. */
export interface ViewSources {
  models: AppModels
  /** Loaded on the workshop's routes only (src/boot/lazy-workshop.svelte.ts). */
  workshop?: Workshop
  navigate: (route: Route) => void
}

/** One route, typed: the component's Props are the props function's result. */
export interface RouteView<Props extends object> {
  load: () => Promise<{ default: Component<Props> }>
  /** The view's props, or undefined while the route has nothing to show (no workshop yet...). */
  props: (sources: ViewSources) => Props | undefined
}

/** A module with a Svelte component as its default export, whatever its Props. */
// Views take different props: the table's entries are checked one by one in `routeView`, and
// stored behind this one type so App can look any of them up by route.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ViewModule = { default: Component<any> }

/** A table entry once checked (App only passes the props on, it never reads them). */
export interface AnyRouteView {
  load: () => Promise<ViewModule>
  props: (sources: ViewSources) => object | undefined
}

/** `Given` with every key the component does not declare turned into `never`. */
type NoExtra<Props, Given> = Given & { [K in Exclude<keyof Given, keyof Props>]: never }

/**
 * A route's entry. Props are inferred from the component; the props function's result must be
 * assignable to them (right names, right types, nothing required missing) and name no prop the
 * component does not declare (a returned object literal gets no excess-property check otherwise).
 */
function routeView<Props extends object, Given extends Props>(
  load: () => Promise<{ default: Component<Props> }>,
  props: (sources: ViewSources) => NoExtra<Props, Given> | undefined,
): RouteView<Props> {
  return { load, props }
}

/** The app's table: every view is a dynamic import, so Vite gives each a chunk of its own. */
export const ROUTE_TABLE: Record<Route, AnyRouteView> = {
  start: routeView(
    () => import('../ui/views/StartView.svelte'),
    ({ models, navigate }) => ({
      vault: models.vault,
      settings: models.settings,
      onboarding: models.onboarding,
      navigate,
    }),
  ),
  'api-key': routeView(
    () => import('../ui/views/ApiKeyView.svelte'),
    ({ models, navigate }) => ({
      onboarding: models.onboarding,
      settings: models.settings,
      vault: models.vault,
      navigate,
    }),
  ),
  onboarding: routeView(
    () => import('../ui/views/OnboardingView.svelte'),
    ({ models, navigate }) => ({ onboarding: models.onboarding, vault: models.vault, navigate }),
  ),
  accounts: routeView(
    () => import('../ui/views/AccountsView.svelte'),
    ({ models, navigate }) => ({ accounts: models.accounts, vault: models.vault, navigate }),
  ),
  console: routeView(
    () => import('../ui/views/ConsoleView.svelte'),
    ({ models }) => ({ console: models.console, vault: models.vault }),
  ),
  history: routeView(
    () => import('../ui/views/HistoryView.svelte'),
    ({ models }) => ({ history: models.history }),
  ),
  lessons: routeView(
    () => import('../ui/views/LessonsView.svelte'),
    ({ models, workshop }) => workshop && { lessons: workshop.lessons, settings: models.settings },
  ),
  cast: routeView(
    () => import('../ui/views/CastView.svelte'),
    ({ models, workshop }) => workshop && { cast: workshop.cast, settings: models.settings },
  ),
  'practice-bank': routeView(
    () => import('../ui/views/PracticeBankView.svelte'),
    // The practice bank's page exists only where the app has one (models.practice).
    ({ models }) =>
      models.practice && {
        controls: models.practice,
        active: models.settings.transport.kind === 'practice',
      },
  ),
  settings: routeView(
    () => import('../ui/views/SettingsView.svelte'),
    ({ models }) => ({ settings: models.settings, vault: models.vault }),
  ),
}
