/**
 * The composition root (docs/architecture.md): the only module that reads browser globals. It builds
 * the Platform, the settings, the router and the models, and mounts the app.
 *
 * Boot order (first-load budget; docs/performance.md "first load"): this entry stays
 * small. It paints a loading placeholder at once, then fetches the app shell (App.svelte), the
 * first route's view (src/boot/routes.svelte.ts) and the models (create-app-models: vault,
 * settings, IndexedDB store) in parallel: one `first-screen` file (src/boot/chunks.ts). The protocol core, the
 * transports and the other views load on first use, or on idle after the first screen
 * (src/boot/prefetch.ts). The workshop (lessons, cast) loads only when its routes open, the
 * practice bank only when a practice transport first sends.
 */
import { mount } from 'svelte'
import { showLoadFailure, showLoading } from './boot/loading'
import { FIRST_SCREEN_MARK, prefetchAfterFirstScreen } from './boot/prefetch'
import { appPropsWithLazyWorkshop } from './boot/lazy-workshop.svelte'
import { appRouteViews } from './boot/route-views.svelte'
import { createBrowserPlatform } from './platform/browser-platform'
import { requestsInFlight } from './pwa/in-flight'
import type { AppModels } from './state/models'
import { Router, windowLocation } from './state/router.svelte'
import { OnlineStatus } from './platform/online.svelte'
import './ui/styles/tokens.css'
import './ui/styles/base.css'

const target = document.getElementById('app')
if (!target) throw new Error('index.html has no #app element')
const hideLoading = showLoading(target)

const platform = createBrowserPlatform()
const connectivity = new OnlineStatus(window)
// Read before applyStartLink cleans the address bar: the workshop loads later, on its routes.
const startSearch = window.location.search

async function createModels(): Promise<AppModels> {
  const { createAppModels } = await import('./state/create-app-models')
  // Every request of the app counts in requestsInFlight: the service-worker update (src/pwa/boot.ts)
  // waits for it to reach zero, so a reload never cuts a signed POST off (docs/decisions/0003).
  const live = await createAppModels(platform, {
    connectivity,
    pageOrigin: window.location.origin,
    inFlight: requestsInFlight,
  })
  for (const type of ['pointerdown', 'keydown'])
    window.addEventListener(type, () => live.vault.touch())
  // A link may choose the transport: into the settings, then out of the address bar.
  const { applyStartLink } = await import('./state/live/live-settings')
  applyStartLink(live.settings, {
    search: window.location.search,
    replaceSearch: (search) =>
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`),
  })
  // The practice bank's controls are the #/practice-bank route (built when it first opens).
  return live
}

/** Workshop mode: lessons and the cast, on a bank of their own (src/lessons/backend.ts). */
async function loadWorkshop(models: AppModels) {
  const [{ createWorkshop }, { storeProgress }, { sharedVaultStore }] = await Promise.all([
    import('./state/lessons-workshop.svelte'),
    import('./lessons/progress'),
    import('./storage/open-store'),
  ])
  // The lessons' live requests count too (their practice bank runs in the page, no fetch).
  const fetch = requestsInFlight.wrap((request) => platform.fetch(request))
  return createWorkshop(
    { ...platform, fetch },
    {
      transport: () => models.settings.transport,
      search: startSearch,
      location: windowLocation(window),
      progress: storeProgress(sharedVaultStore),
    },
  )
}

async function start() {
  const router = new Router(windowLocation(window))
  // The first route's view loads beside App and the models (src/boot/routes.svelte.ts).
  const [{ default: App }, models] = await Promise.all([
    import('./App.svelte'),
    createModels(),
    appRouteViews.load(router.route),
  ])
  // A deep link to a view whose model is built on demand waits for it too (docs/decisions/0029):
  // its code sits in the chunk the view just loaded.
  await appRouteViews.open(router.route, models)
  const props = appPropsWithLazyWorkshop(models, router, () => loadWorkshop(models), {
    onShown: () => document.querySelector<HTMLElement>('#main h1')?.focus(),
  })
  hideLoading()
  const app = mount(App, { target: target!, props })
  // The first screen is up: mark it (the bench measures the first load up to here), then warm
  // the likely next chunks on idle (src/boot/prefetch.ts).
  performance.mark(FIRST_SCREEN_MARK)
  void prefetchAfterFirstScreen({ views: appRouteViews })
  return app
}

export default await start().catch((error: unknown) => {
  showLoadFailure(target, error)
  throw error
})
