import { screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { FAKE_PASSPHRASE } from '../support/fakes'
import { renderApp } from './render-app'

describe('app shell', () => {
  test('landmarks, navigation with the current page, and focus moves to the new heading', async () => {
    const { router, location } = renderApp('start', { scenario: 'new' })
    expect(screen.getByRole('banner')).toBeInTheDocument()
    expect(screen.getByRole('main')).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(within(nav).getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page')
    location.set('#/console')
    expect(await screen.findByRole('heading', { level: 1, name: 'Console' })).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }))
    expect(within(nav).getByRole('link', { name: 'Console' })).toHaveAttribute('href', '#/console')
    expect(router.route).toBe('console')
  })

  test('session bar: who, environment, transport, countdown, renew, end, lock', async () => {
    const user = userEvent.setup()
    const { models } = renderApp('accounts')
    const bar = screen.getByRole('region', { name: 'Session' })
    expect(bar).toHaveTextContent('Ada Fakename')
    expect(bar).toHaveTextContent('Sandbox')
    expect(bar).toHaveTextContent('Practice bank')
    expect(bar).toHaveTextContent('6d 23h')
    await user.click(within(bar).getByRole('button', { name: 'Renew' }))
    expect(bar).toHaveTextContent('7d 0h')
    await user.click(within(bar).getByRole('button', { name: 'End session' }))
    // Ending asks first.
    const dialog = screen.getByRole('dialog', { name: 'End this session?' })
    await user.click(within(dialog).getByRole('button', { name: 'End session' }))
    expect(bar).toHaveTextContent('No session')
    await user.click(within(bar).getByRole('button', { name: 'Lock' }))
    expect(models.vault.status).toBe('locked')
    expect(bar).toHaveTextContent('Vault locked — Unlock')
  })

  test('banners for memory-only storage and offline', () => {
    renderApp('start', { persistent: false, online: false })
    expect(screen.getByText(/Memory only/)).toBeInTheDocument()
    expect(screen.getByText(/Offline/)).toBeInTheDocument()
  })

  test('start: create a vault, then unlock after lock with the right passphrase', async () => {
    const user = userEvent.setup()
    const { models } = renderApp('start', { scenario: 'new' })
    await user.type(screen.getByLabelText('Passphrase'), 'long enough phrase')
    await user.type(screen.getByLabelText('Repeat passphrase'), 'long enough phras')
    expect(screen.getByText('The two passphrases differ.')).toBeInTheDocument()
    await user.type(screen.getByLabelText('Repeat passphrase'), 'e')
    await user.click(screen.getByRole('button', { name: 'Create vault' }))
    expect(models.vault.status).toBe('unlocked')
    models.vault.lock()
    await user.type(await screen.findByLabelText('Passphrase'), 'wrong one')
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong passphrase')
    // The wrong text stays selected in the focused field: typing replaces it.
    await waitFor(() => expect(screen.getByLabelText('Passphrase')).toHaveFocus())
    await user.keyboard(FAKE_PASSPHRASE)
    await user.click(screen.getByRole('button', { name: 'Unlock' }))
    expect(models.vault.status).toBe('unlocked')
    expect(screen.getByRole('button', { name: 'Next: get an API key' })).toBeInTheDocument()
  })

  test('Alt+P toggles presenter mode', async () => {
    const user = userEvent.setup()
    const { models } = renderApp('start')
    await user.keyboard('{Alt>}p{/Alt}')
    expect(models.settings.presenter).toBe(true)
    expect(screen.getByText(/Presenter mode\./)).toBeInTheDocument()
  })
})
