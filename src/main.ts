/**
 * The composition root (architecture.md): the only module that reads browser globals. It builds
 * the Platform, the settings, the router and the models, and mounts the app.
 */
import { mount } from 'svelte'
import App from './App.svelte'
import { storeProgress } from './lessons/progress'
import { createBrowserPlatform } from './platform/browser-platform'
import type { AppModels } from './state/models'
import { Router, windowLocation } from './state/router.svelte'
import { createWorkshop } from './state/lessons-workshop.svelte'
import { Settings, webSettingsStore } from './state/settings.svelte'
import { sharedVaultStore } from './storage/open-store'
import { OnlineStatus } from './ui/online.svelte'

/**
 * The app runs on the real models (src/state/create-app-models.ts). The fake models of
 * src/state/fakes stay for component tests, screenshots and this switch.
 */
const USE_FAKE_MODELS = false

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
  const { createAppModels } = await import('./state/create-app-models')
  const live = await createAppModels(platform, { connectivity, pageOrigin: window.location.origin })
  for (const type of ['pointerdown', 'keydown'])
    window.addEventListener(type, () => live.vault.touch())
  // The practice bank's fault switches, below the app until a route shows them (G's report).
  const { default: PracticeBankView } = await import('./ui/views/PracticeBankView.svelte')
  const aside = document.body.appendChild(document.createElement('aside'))
  aside.className = 'app practice-controls'
  mount(PracticeBankView, { target: aside, props: { controls: live.practice } })
  return live
}

const models = await createModels()
const router = new Router(windowLocation(window))
// Workshop mode (issue 8): lessons and the cast, on a bank of their own (src/lessons/backend.ts).
const workshop = createWorkshop(platform, {
  transport: () => models.settings.transport,
  search: window.location.search,
  location: windowLocation(window),
  progress: storeProgress(sharedVaultStore),
})

export default mount(App, { target, props: { models, router, workshop } })
