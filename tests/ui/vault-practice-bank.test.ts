// The #/practice-bank route over a real in-process practice bank: nav shows it only with the
// practice transport; teaching switches change what the bank answers; the inspector lists the
// requests with their signature check; reset (after confirming) leaves no user behind.
import { screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { createMemoryStore, createPracticeBank } from '../../src/practice-bank'
import { PracticeControls } from '../../src/state/live/practice-controls.svelte'
import { renderApp } from './render-app'
import { DeferredModel } from '../../src/state/deferred-model.svelte'
import { built, makeWorld, onboard } from './state/world'

function bankControls() {
  const bank = createPracticeBank({ store: createMemoryStore(), sugarDaddyDelayMs: 0 })
  return { bank, controls: new PracticeControls(async () => bank) }
}

describe('practice bank route', () => {
  test('nav link only with the practice transport; switches write the bank options', async () => {
    const user = userEvent.setup()
    const { bank, controls } = bankControls()
    const { models } = renderApp('practice-bank', {}, { practice: DeferredModel.of(controls) })
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Practice bank' })).toHaveAttribute(
      'href',
      '#/practice-bank',
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Practice bank' })).toBeInTheDocument()
    const limits = await screen.findByRole('checkbox', { name: /Rate limits on/ })
    await expect.poll(() => controls.ready).toBe(true)
    expect(limits).toBeChecked()
    await user.click(limits)
    expect(bank.options.rateLimits).toBe('off')
    await user.click(screen.getByRole('radio', { name: /403/ }))
    expect(bank.options.expiredSessionError).toEqual({
      status: 403,
      text: 'Insufficient authentication.',
    })
    const delay = screen.getByLabelText(/Sugar Daddy’s delay/)
    await user.clear(delay)
    await user.type(delay, '250')
    delay.blur()
    expect(bank.options.sugarDaddyDelayMs).toBe(250)

    models.settings.setTransport({ kind: 'direct', baseUrl: 'http://127.0.0.1:5055/v1' })
    await expect.poll(() => within(nav).queryByRole('link', { name: 'Practice bank' })).toBeNull()
    expect(screen.getByRole('note')).toHaveTextContent(/not the practice bank/)
  })

  test('expired sessions answer 403 when switched; the inspector shows signature checks', async () => {
    const { models, bank } = await makeWorld()
    await onboard(models)
    const controls = new PracticeControls(async () => bank)
    await controls.load()
    controls.setExpiredSessionStatus(403)
    await controls.trigger('expire-sessions')
    // The page meets the 403 and opens a new session on its own (a read may be retried).
    await (await built(models.console)).send({ method: 'GET', path: '/user', body: '' })
    controls.refreshInspector()
    const rows = controls.requests
    const refused = rows.findIndex((r) => r.method === 'GET' && r.status === 403)
    expect(refused).toBeGreaterThan(-1)
    expect(rows[refused].errorText).toBe('Insufficient authentication.')
    const renewed = rows.findIndex((r) => r.path.endsWith('/session-server'))
    expect(renewed).toBeLessThan(refused) // newest first: the renewal came after the 403
    expect(rows[renewed]).toMatchObject({ signature: 'valid', signatureRequired: true })
    expect(rows[renewed].status).toBe(200)
  })

  test('reset asks first, then the bank has no users', async () => {
    const user = userEvent.setup()
    const { models, bank } = await makeWorld()
    await onboard(models)
    const controls = new PracticeControls(async () => bank)
    renderApp('practice-bank', {}, { practice: DeferredModel.of(controls) })
    const reset = await screen.findByRole('button', { name: 'Reset the practice bank…' })
    await expect.poll(() => controls.ready).toBe(true)
    await user.click(reset)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    const consoleModel = await built(models.console)
    await consoleModel.send({ method: 'GET', path: '/user', body: '' })
    expect(consoleModel.error).toBeNull()
    await user.click(reset)
    await user.click(screen.getByRole('button', { name: 'Reset the bank' }))
    await expect.poll(() => controls.message).toMatch(/practice bank was reset/)
    expect(await screen.findByText(/practice bank was reset/)).toBeInTheDocument()
    await consoleModel.send({ method: 'GET', path: '/user', body: '' })
    expect(consoleModel.error?.code).toBe('session-expired')
  })
})
