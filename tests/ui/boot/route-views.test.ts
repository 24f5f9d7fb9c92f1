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
