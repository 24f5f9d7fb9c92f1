// The practice bank page's "Schema-made answers" switch (docs/decisions/0024) over a real
// in-process practice bank: turned off on the page, the console's next call to an operation only
// the generic engine answers is read as "not emulated"; turned on again, the same call is a 200.
import { screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { ROUTES } from '../../src/practice-bank/handlers/index'
import { operationFor, type HttpMethod } from '../../src/spec/catalogue'
import { PracticeControls } from '../../src/state/live/practice-controls.svelte'
import { OperationConsole } from '../../src/state/operation-console.svelte'
import { renderApp } from './render-app'
import { DeferredModel } from '../../src/state/deferred-model.svelte'
import { built, makeWorld, onboard } from './state/world'

/** A list under the user that only the generic engine answers, read from the handler table. */
const GENERIC_LIST = ROUTES.find(
  (route) =>
    route.emulation === 'generic' &&
    route.method === 'GET' &&
    /^\/user\/\{userID\}\/[a-z-]+$/.test(route.pattern),
)!

test('off on the page: the console reads the refusal as not emulated; on again: answered', async () => {
  const user = userEvent.setup()
  const { models, bank } = await makeWorld()
  await onboard(models)
  const controls = new PracticeControls(async () => bank)
  renderApp('practice-bank', {}, { practice: DeferredModel.of(controls) })
  const toggle = await screen.findByRole('checkbox', { name: 'Schema-made answers' })
  await expect.poll(() => controls.ready).toBe(true)
  expect(toggle).toBeChecked()
  expect(toggle).toHaveAccessibleDescription(/refuses these as operations it does not emulate/)

  await user.click(toggle)
  expect(toggle).not.toBeChecked()
  expect(bank.options.genericAnswers).toBe(false)
  const consoleModel = await built(models.console)
  const ops = new OperationConsole(consoleModel)
  ops.pick(operationFor(GENERIC_LIST.method as HttpMethod, GENERIC_LIST.pattern)!)
  await ops.send()
  expect(ops.result?.notEmulated).toBe(true)
  expect(consoleModel.last?.redacted.response?.status).toBe(404)

  await user.click(toggle)
  expect(bank.options.genericAnswers).toBe(true)
  await ops.send()
  expect(ops.result?.notEmulated).toBe(false)
  expect(consoleModel.last?.redacted.response?.status).toBe(200)
})
