// With a session open, {monetary-accountID} is filled from the primary account even
// when Accounts was never opened, so "Not known yet" shows only when the id really is unknown.
import { screen } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from './render-app'
import { built, makeWorld, onboard, PASSPHRASE } from './state/world'

describe('console placeholders', () => {
  it('looks up the primary account as soon as a session exists (Accounts never opened)', async () => {
    const world = await makeWorld()
    expect((await built(world.models.console)).placeholders['monetary-accountID']).toBeNull() // no session
    await onboard(world.models)
    const reloaded = await world.reopen()
    await reloaded.vault.unlock(PASSPHRASE)
    expect(reloaded.accounts.selectedId).toBeNull()
    const consoleModel = await built(reloaded.console)
    expect(consoleModel.placeholders['monetary-accountID']).toBeNull() // starts the look-up
    await consoleModel.settled()
    const { account } = await (await reloaded.workspace.client()).monetaryAccounts.primary()
    expect(consoleModel.placeholders).toEqual({
      userID: String(reloaded.session.who?.userId),
      'monetary-accountID': String(account.id),
    })
    expect(reloaded.accounts.selectedId).toBeNull() // the console did not touch Accounts
  })

  it('shows no "Not known yet" for List payments while a session is open', async () => {
    const world = await makeWorld()
    await onboard(world.models)
    const consoleModel = await built(world.models.console)
    const user = userEvent.setup()
    renderApp('console', {}, { console: world.models.console })
    await user.click(screen.getByRole('button', { name: /List payments/ }))
    const path = screen.getByLabelText('Path (after /v1)') as HTMLInputElement
    expect(path.value).toContain('{monetary-accountID}')
    await consoleModel.settled()
    await new Promise((resolve) => setTimeout(resolve, 0)) // let the view re-render
    expect(document.getElementById('console-path-msg')?.textContent).toBe('')
  })

  it('says a session is missing when there is none', async () => {
    const world = await makeWorld()
    await world.models.vault.create(PASSPHRASE)
    await built(world.models.console)
    const user = userEvent.setup()
    renderApp('console', {}, { console: world.models.console })
    await user.click(screen.getByRole('button', { name: /List payments/ }))
    expect(document.getElementById('console-path-msg')?.textContent).toContain(
      'open a session first',
    )
  })
})
