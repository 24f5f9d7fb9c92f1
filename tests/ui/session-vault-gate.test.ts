/**
 * A locked (or not yet created) vault must not dead-end the views that need it. Each
 * shows an inline unlock form (or a link to Start) instead of steps and Run buttons, and the
 * session bar says "Vault locked" with a way to the unlock form.
 */
import { screen, waitFor, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { FAKE_PASSPHRASE } from '../support/fakes'
import type { Route } from '../../src/state/router.svelte'
import { renderApp } from './render-app'

const GATED: Route[] = ['onboarding', 'api-key', 'accounts', 'console']

describe('vault gate', () => {
  test.each(GATED)('%s: a locked vault shows an unlock form, not the view', (route) => {
    renderApp(route, { scenario: 'locked' })
    const gate = screen.getByRole('region', { name: 'Vault locked' })
    expect(within(gate).getByLabelText('Passphrase')).toBeInTheDocument()
    expect(within(gate).getByRole('button', { name: 'Unlock' })).toBeDisabled()
    expect(screen.queryByRole('button', { name: /^Run/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Go to onboarding' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Send signed' })).toBeNull()
  })

  test('the inline form unlocks, a wrong passphrase is explained, then the view shows', async () => {
    const user = userEvent.setup()
    renderApp('onboarding', { scenario: 'locked' })
    const gate = screen.getByRole('region', { name: 'Vault locked' })
    await user.type(within(gate).getByLabelText('Passphrase'), 'wrong one')
    await user.click(within(gate).getByRole('button', { name: 'Unlock' }))
    expect(await within(gate).findByText('Wrong passphrase')).toBeInTheDocument()
    expect(within(gate).getByRole('alert')).toHaveAttribute('data-code', 'wrong-passphrase')
    // Focus is back in the field with the wrong text selected: typing replaces it (QA).
    const field = within(gate).getByLabelText<HTMLInputElement>('Passphrase')
    await waitFor(() => expect(field).toHaveFocus())
    expect(field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0)).toBe('wrong one')
    await user.keyboard(FAKE_PASSPHRASE)
    expect(field).toHaveValue(FAKE_PASSPHRASE)
    await user.click(within(gate).getByRole('button', { name: 'Unlock' }))
    expect(await screen.findByText(/of 5 done/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Vault locked' })).toBeNull()
  })

  test('without a vault the views send to Start to create it', () => {
    renderApp('accounts', { scenario: 'new' })
    const gate = screen.getByRole('region', { name: 'No vault yet' })
    expect(within(gate).getByRole('link', { name: /create the vault/ })).toHaveAttribute(
      'href',
      '#/start',
    )
  })

  test('an unlocked vault shows the view as before', () => {
    renderApp('onboarding', { scenario: 'onboarding' })
    expect(screen.queryByRole('region', { name: /Vault locked|No vault yet/ })).toBeNull()
    expect(screen.getByText(/of 5 done/)).toBeInTheDocument()
  })
})
