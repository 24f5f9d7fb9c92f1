/** Renders the real App over the fake models at a route, for view tests. */
import { render } from '@testing-library/svelte'
import App from '../../src/App.svelte'
import type { AppModels } from '../../src/state/models'
import { createFakeModels, type FakeModelOptions } from '../support/fakes'
import { Router, memoryLocation, type Route } from '../../src/state/router.svelte'

export function renderApp(
  route: Route,
  options: FakeModelOptions = {},
  overrides: Partial<AppModels> = {},
) {
  const models: AppModels = { ...createFakeModels(options), ...overrides }
  const location = memoryLocation(`#/${route}`)
  const router = new Router(location)
  const result = render(App, { props: { models, router } })
  return { ...result, models, router, location }
}
