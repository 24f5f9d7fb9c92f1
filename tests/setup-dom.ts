import '@testing-library/jest-dom/vitest'
import { appRouteViews } from '../src/boot/route-views.svelte'
import { preloadLazyComponents } from '../src/boot/lazy-component.svelte'
import { ROUTES } from '../src/state/router.svelte'
import { loadExplainers } from '../src/ui/explainers-lazy.svelte'

// The app loads its views, the error explainers and the vault's unlocked-only parts as chunks on
// first use (src/boot). Component tests render synchronously: load them all first.
await appRouteViews.loadAll(ROUTES)
await loadExplainers()
await preloadLazyComponents() // declared by the views loaded above
