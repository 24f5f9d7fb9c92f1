import '@testing-library/jest-dom/vitest'
// App.svelte loads each view as a chunk (src/boot/route-views.svelte.ts); component tests render
// synchronously, so every view is loaded before they start.
import { ROUTES } from '../src/state/router.svelte'
import { appRouteViews } from '../src/boot/route-views.svelte'
await appRouteViews.loadAll(ROUTES)
import { loadExplainers } from '../src/ui/explainers-lazy.svelte'
await loadExplainers()
