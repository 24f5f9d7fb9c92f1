import { describe, expect, it } from 'vitest'
import {
  createUpdateController,
  type RegisterSwOptions,
  type UpdateState,
} from '../../src/pwa/update-controller'

/** A fake of vite-plugin-pwa's registerSW: the test plays the service worker's events. */
function fakeServiceWorker() {
  const sw = { options: {} as RegisterSwOptions, activations: 0 }
  const registerSW = (options: RegisterSwOptions) => {
    sw.options = options
    return async () => {
      sw.activations += 1
    }
  }
  return { sw, registerSW }
}

/** A busy flag the fake clock clears after `busyFor` sleeps; no real time passes. */
function setup(busyFor = 0) {
  const { sw, registerSW } = fakeServiceWorker()
  const log: string[] = []
  let remaining = busyFor
  const controller = createUpdateController({
    registerSW,
    reload: () => log.push('reload'),
    sleep: async (ms) => {
      log.push(`sleep ${ms}`)
      remaining -= 1
    },
    isBusy: () => remaining > 0,
    pollMs: 50,
  })
  const states: UpdateState[] = []
  controller.subscribe((state) => states.push(state))
  return { sw, controller, log, states }
}

describe('createUpdateController', () => {
  it('starts quiet, then reports offline-ready and a waiting update', () => {
    const { sw, controller, states } = setup()
    expect(states[0]).toEqual({
      needRefresh: false,
      offlineReady: false,
      waitingForRequests: false,
    })
    sw.options.onOfflineReady?.()
    expect(controller.state.offlineReady).toBe(true)
    sw.options.onNeedRefresh?.()
    expect(controller.state.needRefresh).toBe(true)
  })

  it('activates the waiting worker at once when no request is in flight', async () => {
    const { sw, controller, log } = setup(0)
    sw.options.onNeedRefresh?.()
    await controller.update()
    expect(sw.activations).toBe(1)
    expect(log).toEqual([])
    sw.options.onNeedReload?.()
    await Promise.resolve()
    expect(log).toEqual(['reload'])
  })

  it('waits for in-flight requests before activating, and says so', async () => {
    const { sw, controller, log, states } = setup(3)
    sw.options.onNeedRefresh?.()
    await controller.update()
    expect(log).toEqual(['sleep 50', 'sleep 50', 'sleep 50'])
    expect(sw.activations).toBe(1)
    expect(states.some((state) => state.waitingForRequests)).toBe(true)
    expect(controller.state.waitingForRequests).toBe(false)
  })

  it('never reloads mid-request when another tab activated the new worker', async () => {
    const { sw, controller, log } = setup(0)
    let busy = true
    controller.setBusyProbe(() => busy)
    sw.options.onNeedReload?.()
    await Promise.resolve()
    expect(log).not.toContain('reload')
    busy = false
    await new Promise((resolve) => setImmediate(resolve))
    expect(log.at(-1)).toBe('reload')
    expect(log.filter((entry) => entry === 'reload')).toHaveLength(1)
  })

  it('reloads on a takeover even when the page was uncontrolled at load (first visit)', async () => {
    const { registerSW } = fakeServiceWorker()
    const changes: Array<() => void> = []
    const reloads: string[] = []
    createUpdateController({
      registerSW,
      reload: () => reloads.push('reload'),
      sleep: async () => undefined,
      controlledAtStart: false,
      watchController: (onChange) => changes.push(onChange),
    })
    changes.forEach((change) => change()) // clientsClaim takes the fresh page: no reload
    await Promise.resolve()
    expect(reloads).toEqual([])
    changes.forEach((change) => change()) // the new release takes over
    await Promise.resolve()
    expect(reloads).toEqual(['reload'])
  })

  it('reloads on the first takeover of a page that was controlled at load', async () => {
    const { registerSW } = fakeServiceWorker()
    let change = () => {}
    const reloads: string[] = []
    createUpdateController({
      registerSW,
      reload: () => reloads.push('reload'),
      sleep: async () => undefined,
      controlledAtStart: true,
      watchController: (onChange) => (change = onChange),
    })
    change()
    await Promise.resolve()
    expect(reloads).toEqual(['reload'])
  })

  it('hides the offline-ready notice after offlineNoticeMs, but never a waiting update', async () => {
    const { sw, registerSW } = fakeServiceWorker()
    const slept: number[] = []
    const controller = createUpdateController({
      registerSW,
      reload: () => undefined,
      sleep: async (ms) => void slept.push(ms),
      offlineNoticeMs: 10_000,
    })
    sw.options.onOfflineReady?.()
    sw.options.onNeedRefresh?.()
    expect(controller.state.offlineReady).toBe(true)
    await Promise.resolve()
    expect(slept).toEqual([10_000])
    expect(controller.state).toMatchObject({ offlineReady: false, needRefresh: true })
  })

  it('does nothing on update() when no new version waits', async () => {
    const { sw, controller } = setup(0)
    await controller.update()
    expect(sw.activations).toBe(0)
  })

  it('dismiss hides the toast; unsubscribed listeners hear nothing more', () => {
    const { sw, controller, states } = setup(0)
    sw.options.onNeedRefresh?.()
    controller.dismiss()
    expect(controller.state).toMatchObject({ needRefresh: false, offlineReady: false })
    const seen: UpdateState[] = []
    const stop = controller.subscribe((state) => seen.push(state))
    stop()
    sw.options.onOfflineReady?.()
    expect(seen).toHaveLength(1)
    expect(states.at(-1)?.offlineReady).toBe(true)
  })

  it('hands registration errors to onError', () => {
    const { sw, registerSW } = fakeServiceWorker()
    const errors: unknown[] = []
    createUpdateController({
      registerSW,
      reload: () => undefined,
      sleep: async () => undefined,
      onError: (error) => errors.push(error),
    })
    sw.options.onRegisterError?.(new Error('no service worker here'))
    expect(errors).toHaveLength(1)
  })
})
