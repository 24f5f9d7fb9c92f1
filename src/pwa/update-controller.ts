/**
 * The service-worker update flow as a small, testable state machine (docs/decisions/0003).
 *
 * A new service worker never takes over by itself (registerType 'prompt'): it waits until the
 * user asks for the update, and the page reloads only when no request is in flight, so a signed
 * POST (a payment) is never cut off by a reload (docs/architecture.md, "never replay a signed POST").
 */

/** What the prompt shows. */
export interface UpdateState {
  /** A new version is installed and waiting for the user's go-ahead. */
  needRefresh: boolean
  /** The app shell is cached: the app now works with no network. */
  offlineReady: boolean
  /** The user asked for the update; it waits for in-flight requests to finish. */
  waitingForRequests: boolean
}

/** The callbacks of vite-plugin-pwa's `registerSW` that this controller uses. */
export interface RegisterSwOptions {
  onNeedRefresh?: () => void
  onOfflineReady?: () => void
  /** Called once the new worker controls the page; replaces the plugin's immediate reload. */
  onNeedReload?: () => void
  onRegisterError?: (error: unknown) => void
}

/** vite-plugin-pwa's `registerSW` shape: returns a function that activates the waiting worker. */
export type RegisterSw = (options: RegisterSwOptions) => (reloadPage?: boolean) => Promise<void>

/** Side effects, injected so tests need no browser and no real time. */
export interface UpdateControllerDeps {
  registerSW: RegisterSw
  reload: () => void
  sleep: (ms: number) => Promise<void>
  /** True while the app has a request in flight; the reload waits for false. */
  isBusy?: () => boolean
  /** True when a service worker already controlled the page at load (a returning visit). */
  controlledAtStart?: boolean
  /**
   * Subscribes to `navigator.serviceWorker`'s controllerchange. Needed because workbox-window
   * reports a takeover as `isUpdate` only if the page was controlled at load: a first-visit page
   * that later accepts an update would otherwise never reload onto the new release.
   */
  watchController?: (onChange: () => void) => void
  /** Hide "Ready to work offline" after this long (it is news, not a task); unset keeps it. */
  offlineNoticeMs?: number
  /** How often to look again while busy. */
  pollMs?: number
  onError?: (error: unknown) => void
}

/** A Svelte-store-compatible controller: `$controller` in a component reads the state. */
export interface UpdateController {
  subscribe(run: (state: UpdateState) => void): () => void
  readonly state: UpdateState
  /** Activate the waiting version and reload, once no request is in flight. */
  update(): Promise<void>
  /** Hide the prompt; the new version still applies on the next visit. */
  dismiss(): void
  /** Let the app say when it is busy (e.g. `() => requestsInFlight.count > 0`). */
  setBusyProbe(isBusy: () => boolean): void
}

/** Starts registration and returns the controller. */
export function createUpdateController(deps: UpdateControllerDeps): UpdateController {
  let state: UpdateState = { needRefresh: false, offlineReady: false, waitingForRequests: false }
  let isBusy = deps.isBusy ?? (() => false)
  const pollMs = deps.pollMs ?? 100
  const subscribers = new Set<(state: UpdateState) => void>()
  let reloading = false

  const set = (patch: Partial<UpdateState>) => {
    state = { ...state, ...patch }
    for (const run of subscribers) run(state)
  }
  const untilIdle = async () => {
    if (!isBusy()) return
    set({ waitingForRequests: true })
    while (isBusy()) await deps.sleep(pollMs)
    set({ waitingForRequests: false })
  }
  // Also reached when another tab activated the new worker: this tab waits for its own requests.
  const reloadWhenIdle = async () => {
    if (reloading) return
    reloading = true
    await untilIdle()
    deps.reload()
  }

  // The first controllerchange of a first visit is clientsClaim taking the page: no reload.
  // Any later one is a new release taking over (from this tab or another): reload, when idle.
  let controlled = deps.controlledAtStart ?? false
  deps.watchController?.(() => {
    if (controlled) void reloadWhenIdle()
    controlled = true
  })

  const activate = deps.registerSW({
    onNeedRefresh: () => set({ needRefresh: true }),
    onOfflineReady: () => {
      set({ offlineReady: true })
      if (deps.offlineNoticeMs !== undefined) {
        void deps.sleep(deps.offlineNoticeMs).then(() => set({ offlineReady: false }))
      }
    },
    onNeedReload: () => void reloadWhenIdle(),
    onRegisterError: (error) => deps.onError?.(error),
  })

  return {
    subscribe(run) {
      subscribers.add(run)
      run(state)
      return () => subscribers.delete(run)
    },
    get state() {
      return state
    },
    async update() {
      if (!state.needRefresh) return
      await untilIdle()
      await activate(true)
    },
    dismiss() {
      set({ needRefresh: false, offlineReady: false })
    },
    setBusyProbe(probe) {
      isBusy = probe
    },
  }
}
