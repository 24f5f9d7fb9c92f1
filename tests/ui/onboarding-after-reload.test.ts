// After a reload every HTTP onboarding step still offers its exchange, rebuilt from the
// redacted copy History kept (the raw copy never left the old tab's memory), and it is this
// context's exchange even when another context onboarded in the same vault.
import { screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from './render-app'
import { makeWorld, onboard, PASSPHRASE } from './state/world'

describe('onboarding after a reload', () => {
  it('rebuilds each done step’s exchange from History, for the active context only', async () => {
    const world = await makeWorld()
    await onboard(world.models)
    const first = world.models.onboarding.steps.map((s) => s.exchange?.redacted.id ?? null)
    await world.models.vault.addContext('Second', 'SANDBOX')
    await onboard(world.models, 'company')
    const second = world.models.onboarding.steps.map((s) => s.exchange?.redacted.id ?? null)
    const apiKey = world.models.onboarding.apiKey as string

    const reloaded = await world.reopen()
    await reloaded.vault.unlock(PASSPHRASE)
    await reloaded.history.ready()
    const ids = () => reloaded.onboarding.steps.map((s) => s.exchange?.redacted.id ?? null)
    const idOf = (name: string) => reloaded.vault.contexts.find((c) => c.name === name)?.id
    await reloaded.vault.switchTo(idOf('Second') as string)
    expect(ids()).toEqual(second)
    expect(second.filter(Boolean)).toHaveLength(4) // key-pair is local: no HTTP
    for (const step of reloaded.onboarding.steps.filter((s) => s.exchange)) {
      expect(step.exchange?.raw).toBe(step.exchange?.redacted) // no raw copy after a reload
      expect(JSON.stringify(step.exchange)).not.toContain(apiKey)
    }

    await reloaded.vault.switchTo(idOf('Sandbox person') as string)
    expect(ids()).toEqual(first)
    expect(first).not.toEqual(second)
  })

  it('shows "Show the raw exchange" on each HTTP step, saying it is History’s redacted copy', async () => {
    const world = await makeWorld()
    await onboard(world.models)
    const reloaded = await world.reopen()
    await reloaded.vault.unlock(PASSPHRASE)
    await reloaded.history.ready()
    const user = userEvent.setup()
    renderApp('onboarding', {}, { onboarding: reloaded.onboarding })
    const device = screen.getByRole('article', { name: /Device registration/ })
    expect(
      within(device).getByText('Raw bytes are kept only in memory: redacted copy from History.'),
    ).toBeInTheDocument()
    await user.click(within(device).getByRole('button', { name: 'Show the raw exchange' }))
    expect(device.textContent).toContain('/device-server')
    const buttons = screen.getAllByRole('button', { name: /the raw exchange/ })
    expect(buttons).toHaveLength(4)
  })

  it('shows the steps whole: a status line until History is read, then every step with its exchange', async () => {
    const world = await makeWorld()
    await onboard(world.models)
    const reloaded = await world.reopen()
    await reloaded.vault.unlock(PASSPHRASE)
    renderApp('onboarding', {}, { onboarding: reloaded.onboarding })
    expect(screen.getByRole('status')).toHaveTextContent(
      "Reading the finished steps' exchanges from History…",
    )
    expect(screen.queryByText('5 of 5 done')).toBeNull()
    await reloaded.history.ready()
    expect(await screen.findByText('5 of 5 done')).toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: 'Show the raw exchange' })).toHaveLength(4)
  })
})
