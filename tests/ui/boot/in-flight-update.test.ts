// docs/decisions/0003: "Update available - Reload" never reloads in the middle of a
// request. The app's models are built as main.ts builds them (inFlight: a counter), the update
// controller reads the same counter, and a practice-bank request is held by the test.
import { describe, expect, it } from 'vitest'
import { InFlightCounter } from '../../../src/pwa/in-flight'
import { createUpdateController, type RegisterSwOptions } from '../../../src/pwa/update-controller'
import { practiceBankOnFakeClock } from '../../bunq/helpers/practice-bank'
import { appModelsOver } from '../state/world'

/** A practice bank whose answers wait until the test opens the gate. */
async function heldBank() {
  const { platform, bank } = await practiceBankOnFakeClock()
  let open!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  let entered!: () => void
  const reached = new Promise<void>((resolve) => (entered = resolve))
  const handle = async (request: Request) => {
    entered()
    await gate
    return bank.handle(request)
  }
  return { platform, bank: { ...bank, handle }, open, reached }
}

const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** An update controller over `inFlight` that logs 'activate' and 'reload' instead of doing them. */
function recordingUpdateController(inFlight: InFlightCounter) {
  const log: string[] = []
  let registered: RegisterSwOptions = {}
  const controller = createUpdateController({
    registerSW: (options) => {
      registered = options
      return async () => void log.push('activate')
    },
    reload: () => log.push('reload'),
    sleep: turn,
    isBusy: inFlight.isBusy,
  })
  return { controller, log, sw: () => registered }
}

describe('the update waits for the app’s requests', () => {
  it('a held request delays the reload until it has settled', async () => {
    const held = await heldBank()
    const inFlight = new InFlightCounter()
    const models = await appModelsOver(held.platform, held.bank, 'in-flight-update', { inFlight })
    await models.vault.create('fake test passphrase')

    const { controller, log, sw } = recordingUpdateController(inFlight)

    // A signed call is on its way to the bank and held there.
    const creating = models.onboarding.createSandboxUser('person')
    await held.reached
    expect(inFlight.isBusy()).toBe(true)

    sw().onNeedRefresh?.()
    const updating = controller.update()
    for (let i = 0; i < 5; i++) await turn()
    expect(controller.state.waitingForRequests).toBe(true)
    expect(log).toEqual([])

    held.open()
    await creating
    await updating
    expect(models.onboarding.steps.find((s) => s.id === 'create-user')?.status).toBe('done')
    expect(inFlight.isBusy()).toBe(false)
    expect(controller.state.waitingForRequests).toBe(false)
    expect(log).toEqual(['activate'])
    sw().onNeedReload?.()
    await turn()
    expect(log).toEqual(['activate', 'reload'])
  })

  it('with no request in flight the update goes ahead at once', async () => {
    const inFlight = new InFlightCounter()
    const { controller, log, sw } = recordingUpdateController(inFlight)
    sw().onNeedRefresh?.()
    await controller.update()
    expect(log).toEqual(['activate'])
    expect(controller.state.waitingForRequests).toBe(false)
  })
})
