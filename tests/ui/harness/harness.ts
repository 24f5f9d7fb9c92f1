/**
 * A test-only entry: the real App over the fake models, chosen by query parameters, for the
 * accessibility spec and the screenshots. Never part of the production build (that builds
 * /index.html); built on its own with `vite build tests/ui/harness --config vite.config.ts`.
 *
 *   ?scenario=new|locked|onboarding|signed-in  &theme=light|dark  &presenter=1  &history=5000
 */
import { mount } from 'svelte'
import App from '../../../src/App.svelte'
import { createFakeModels, type FakeScenario } from '../../support/fakes'
import { Router, windowLocation } from '../../../src/state/router.svelte'

const params = new URLSearchParams(location.search)
const scenario = (params.get('scenario') ?? 'signed-in') as FakeScenario
const theme = params.get('theme')
const models = createFakeModels({
  scenario,
  historySize: params.has('history') ? Number(params.get('history')) : undefined,
  persistent: params.get('persistent') !== '0',
  online: params.get('online') !== '0',
  settings: theme === 'light' || theme === 'dark' ? { theme } : {},
})
if (params.get('presenter') === '1') models.settings.setPresenter(true)

const target = document.getElementById('app')
if (!target) throw new Error('no #app')
mount(App, { target, props: { models, router: new Router(windowLocation(window)) } })
