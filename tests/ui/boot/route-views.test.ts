// Views as chunks (src/boot/route-views.svelte.ts): loaded once, a failure is kept and
// retried; App shows a loading line meanwhile and moves focus only once the view has rendered.
import { render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import App from '../../../src/App.svelte'
import type { ViewModule } from '../../../src/boot/routes.svelte'
import {
  APP_VIEW_LOADERS,
  RouteViews,
  type ViewLoaders,
} from '../../../src/boot/route-views.svelte'
import { DeferredModel } from '../../../src/state/deferred-model.svelte'
import type { ConsoleModel } from '../../../src/state/models'
import { createFakeModels } from '../../support/fakes'
import { memoryLocation, Router } from '../../../src/state/router.svelte'

function deferred() {
  let resolve!: (m: ViewModule) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<ViewModule>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('RouteViews', () => {
  it('loads a route once, however often it is asked', async () => {
    let calls = 0
    const gate = deferred()
    const views = new RouteViews({
      ...APP_VIEW_LOADERS,
      history: () => (calls++, gate.promise),
    } as ViewLoaders)
    const first = views.load('history')
    const second = views.load('history')
    expect(views.get('history')).toBeUndefined()
    gate.resolve(await APP_VIEW_LOADERS.history())
    await Promise.all([first, second])
    await views.load('history')
    expect(calls).toBe(1)
    expect(views.get('history')).toBe((await APP_VIEW_LOADERS.history()).default)
  })

  it('keeps a failure, then loads on the next try', async () => {
    const original = console.error
    console.error = () => undefined
    try {
      let calls = 0
      const views = new RouteViews({
        ...APP_VIEW_LOADERS,
        settings: () =>
          ++calls === 1 ? Promise.reject(new Error('offline')) : APP_VIEW_LOADERS.settings(),
      })
      await views.load('settings')
      expect(views.failed('settings')).toBe(true)
      expect(views.get('settings')).toBeUndefined()
      await views.load('settings')
      expect(views.failed('settings')).toBe(false)
      expect(views.get('settings')).toBeDefined()
      expect(calls).toBe(2)
    } finally {
      console.error = original
    }
  })
})

describe('App with a view still loading', () => {
  it('shows a loading line, then the view, and focuses its heading once rendered', async () => {
    const gate = deferred()
    const views = new RouteViews({ ...APP_VIEW_LOADERS, console: () => gate.promise })
    await views.load('start')
    const location = memoryLocation('#/start')
    const router = new Router(location)
    render(App, { props: { models: createFakeModels({}), router, views } })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Learn the bunq API')
    location.set('#/console')
    expect(await screen.findByRole('status')).toHaveTextContent('Loading…')
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
    gate.resolve(await APP_VIEW_LOADERS.console())
    const heading = await screen.findByRole('heading', { level: 1, name: 'Console' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(document.activeElement).toBe(heading)
  })
})

describe('App with a model the view needs (docs/decisions/0029)', () => {
  it('builds it with the view, shows a loading line meanwhile, then the view with focus', async () => {
    const models = createFakeModels({})
    const fake = models.console.current as ConsoleModel
    let build!: (model: ConsoleModel) => void
    let builds = 0
    models.console = new DeferredModel(
      () => (builds++, new Promise<ConsoleModel>((resolve) => (build = resolve))),
    )
    const views = new RouteViews(APP_VIEW_LOADERS)
    await views.loadAll(['start', 'console'])
    const location = memoryLocation('#/start')
    render(App, { props: { models, router: new Router(location), views } })
    expect(builds).toBe(0) // the Start screen builds no rarely used model
    location.set('#/console')
    expect(await screen.findByRole('status')).toHaveTextContent('Loading…')
    expect(builds).toBe(1)
    build(fake)
    const heading = await screen.findByRole('heading', { level: 1, name: 'Console' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(document.activeElement).toBe(heading)
  })

  it('says the page could not be loaded when the model cannot be built; Try again builds it and focuses its heading', async () => {
    const original = console.error
    console.error = () => undefined
    try {
      const models = createFakeModels({})
      const fake = models.console.current as ConsoleModel
      let builds = 0
      models.console = new DeferredModel(async () => {
        if (++builds === 1) throw new Error('offline')
        return fake
      })
      const views = new RouteViews(APP_VIEW_LOADERS)
      await views.load('console')
      render(App, { props: { models, router: new Router(memoryLocation('#/console')), views } })
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('This page could not be loaded')
      const retry = screen.getByRole('button', { name: 'Try again' })
      retry.focus()
      retry.click()
      const heading = await screen.findByRole('heading', { level: 1, name: 'Console' })
      expect(builds).toBe(2)
      // The focused button went away with the card: focus goes on to the view's heading.
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(document.activeElement).toBe(heading)
    } finally {
      console.error = original
    }
  })
})
