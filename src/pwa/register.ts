/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register'
import { requestsInFlight } from './in-flight'
import { createUpdateController, type UpdateController } from './update-controller'

/**
 * Registers the service worker for the built app (browser only) and returns the update
 * controller. The busy probe defaults to the page's {@link requestsInFlight} counter.
 */
export function registerPwa(isBusy: () => boolean = requestsInFlight.isBusy): UpdateController {
  return createUpdateController({
    registerSW: (options) => registerSW({ ...options, immediate: true }),
    reload: () => window.location.reload(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    isBusy,
    offlineNoticeMs: 10_000,
    controlledAtStart: navigator.serviceWorker?.controller != null,
    watchController: (onChange) =>
      navigator.serviceWorker?.addEventListener('controllerchange', onChange),
    // Registration can fail (private mode, file://); the app still works online, so only note it.
    onError: (error) => console.warn('Service worker not registered:', error),
  })
}
