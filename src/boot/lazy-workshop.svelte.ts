import { tick } from 'svelte'
import type { AppModels } from '../state/models'
import { WORKSHOP_ROUTES, type Route, type WorkshopViews } from './routes.svelte'

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
