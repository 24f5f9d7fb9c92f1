import { mount } from 'svelte'
import UpdatePrompt from './UpdatePrompt.svelte'
import { registerPwa } from './register'

/**
 * The PWA entry, loaded by index.html beside main.ts (a module script: no inline script, so the
 * CSP holds). It registers the service worker and shows the update/offline toast in its own
 * element, outside the app's tree, so the app needs nothing but (optionally) a busy probe.
 */
export const pwa = registerPwa()

const host = document.createElement('div')
host.id = 'pwa-prompt'
document.body.append(host)
mount(UpdatePrompt, { target: host, props: { controller: pwa } })
