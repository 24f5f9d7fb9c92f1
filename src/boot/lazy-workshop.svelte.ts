/**
 * Mount props whose `workshop` arrives only when it is needed (issue 9, first-load budget): the
 * lessons, the cast, their runner and transcript code are a chunk of their own, fetched the first
 * time the Lessons or Cast route opens (also when the page is opened on such a route). The props
 * are a `$state` object, so App sees `workshop` change from undefined to the loaded value.
 */
import type { Workshop } from '../state/lessons-workshop.svelte'
import type { AppModels } from '../state/models'
import type { Router } from '../state/router.svelte'

export interface AppProps {
  models: AppModels
  router: Router
  workshop?: Workshop
}

const WORKSHOP_ROUTES = new Set(['lessons', 'cast'])

/**
 * Reactive props for `mount(App, { props })`. `load` builds the workshop (a dynamic import in
 * main.ts); it runs at most once, and a failed load is retried on the next visit to the route.
 */
export function appPropsWithLazyWorkshop(
  models: AppModels,
  router: Router,
  load: () => Promise<Workshop>,
): AppProps {
  const props: AppProps = $state({ models, router, workshop: undefined })
  let loading: Promise<void> | null = null
  $effect.root(() => {
    $effect(() => {
      if (!WORKSHOP_ROUTES.has(router.route) || loading) return
      loading = load().then(
        (workshop) => void (props.workshop = workshop),
        (error) => {
          loading = null
          console.error('The workshop could not be loaded:', error)
        },
      )
    })
  })
  return props
}
