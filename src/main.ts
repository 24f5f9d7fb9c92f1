/**
 * The composition root (architecture.md): the only module that reads browser globals. It builds
 * the Platform, the settings, the router and the models, and mounts the app.
 */
import { mount } from 'svelte'
import App from './App.svelte'
import { createBrowserPlatform } from './platform/browser-platform'
import type { AppModels } from './state/models'
import { Router, windowLocation } from './state/router.svelte'
import { Settings, webSettingsStore } from './state/settings.svelte'
import { OnlineStatus } from './ui/online.svelte'

/**
 * While the real models (vault, protocol core, transports) are being written, the app runs on the
 * fake models from src/state/fakes. Set to false once `createRealModels` below is implemented.
 */
const USE_FAKE_MODELS = true

const target = document.getElementById('app')
if (!target) throw new Error('index.html has no #app element')

const platform = createBrowserPlatform()
const connectivity = new OnlineStatus(window)

async function createModels(): Promise<AppModels> {
  if (USE_FAKE_MODELS) {
    const fakes = await import('./state/fakes')
    const settings = new Settings(webSettingsStore(window.localStorage), fakes.fakeProbe)
    return fakes.createFakeModels({
      now: platform.now,
      scenario: 'new',
      settingsModel: settings,
      connectivity,
    })
  }
  // The real wiring goes here: see the "plugging in real models" notes in docs (E-ui report).
  throw new Error('Real models are not wired yet: set USE_FAKE_MODELS or implement them.')
}

const models = await createModels()
const router = new Router(windowLocation(window))

export default mount(App, { target, props: { models, router } })
