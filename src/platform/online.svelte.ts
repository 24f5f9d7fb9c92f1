/** navigator.onLine as reactive state (the offline banner). The window is passed in by main.ts. */
import type { Connectivity } from '../state/models'

export class OnlineStatus implements Connectivity {
  #online = $state(true)

  constructor(win: Pick<Window, 'addEventListener'> & { navigator: { onLine: boolean } }) {
    this.#online = win.navigator.onLine
    win.addEventListener('online', () => (this.#online = true))
    win.addEventListener('offline', () => (this.#online = false))
  }

  get online() {
    return this.#online
  }
}
