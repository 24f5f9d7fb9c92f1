import { fireEvent, screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { FAKE_API_KEY, FAKE_SESSION_TOKEN } from '../support/fakes'
import { FakeOnboarding } from '../support/fakes/fake-onboarding.svelte'
import { FakeVault } from '../support/fakes/fake-vault.svelte'
import { renderApp } from './render-app'

describe('API key and onboarding views', () => {
  test('a new user creates a sandbox user; the key shows masked until revealed', async () => {
    const user = userEvent.setup()
    // A new user with the vault just created (a missing vault shows the vault gate instead).
    renderApp('api-key', { scenario: 'new' }, { vault: new FakeVault({ status: 'unlocked' }) })
    expect(screen.getByRole('heading', { level: 1, name: 'API key' })).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Company' }))
    await user.click(screen.getByRole('button', { name: 'Create sandbox company' }))
    expect(await screen.findByText('Sandbox company created.')).toBeInTheDocument()
    expect(document.body.textContent).not.toContain(FAKE_API_KEY)
    await user.click(screen.getByRole('button', { name: 'Reveal API key' }))
    expect(document.body.textContent).toContain(FAKE_API_KEY)
  })

  test("the API key page's Next is the next real step: onboarding while steps are left, then accounts", async () => {
    const user = userEvent.setup()
    const halfway = renderApp('api-key', { scenario: 'onboarding' })
    expect(screen.getByRole('button', { name: 'Next: onboarding steps' })).toBeInTheDocument()
    halfway.unmount()
    const done = renderApp('api-key', { scenario: 'signed-in' })
    expect(screen.queryByRole('button', { name: 'Next: onboarding steps' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Next: your accounts' }))
    expect(done.router.route).toBe('accounts')
  })

  test('a pasted key that is not a sandbox key is refused with the production explainer', async () => {
    const user = userEvent.setup()
    // A new user with the vault just created (a missing vault shows the vault gate instead).
    renderApp('api-key', { scenario: 'new' }, { vault: new FakeVault({ status: 'unlocked' }) })
    await user.type(screen.getByLabelText('API key'), 'abc123productionlooking')
    expect(screen.getByRole('note')).toHaveTextContent('looks like a production key')
    await user.click(screen.getByRole('button', { name: 'Use this key' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Production is locked')
  })

  test('the five steps run in order; a done step shows its exchange and signature lab', async () => {
    const user = userEvent.setup()
    renderApp('onboarding', { scenario: 'onboarding' })
    const device = screen.getByRole('article', { name: /Device registration/ })
    expect(within(device).getByText('Ready')).toBeInTheDocument()
    const session = screen.getByRole('article', { name: /Open a session/ })
    expect(within(session).getByText('Finish the step above first.')).toBeInTheDocument()
    await user.click(within(device).getByRole('button', { name: /Run: device registration/ }))
    expect(await within(device).findByText('Done')).toBeInTheDocument()
    await user.click(within(device).getByRole('button', { name: 'Show the raw exchange' }))
    const lab = within(device).getByRole('region', { name: 'Signature lab' })
    expect(lab).toHaveTextContent('Verified')
    // The device-server body carries the API key, so the lab shows it redacted and says so.
    expect(lab).toHaveTextContent(/Bytes signed \(redacted for display; \d+ bytes were signed\)/)
    expect(within(device).getByRole('region', { name: 'Request and response' })).toHaveTextContent(
      'POST https://practice.bunq.invalid/v1/device-server',
    )
    expect(within(session).getByText('Ready')).toBeInTheDocument()
  })

  test('a failed step explains the error and can be retried', async () => {
    const onboarding = new FakeOnboarding({
      done: 4,
      fail: {
        step: 'session',
        error: {
          code: 'bad-api-key-or-ip',
          message: 'bunq refused the key',
          bunqText: 'User credentials are incorrect. Incorrect API key or IP address.',
          responseId: 'fake0000-resp-id',
          status: 400,
        },
      },
    })
    const user = userEvent.setup()
    renderApp('onboarding', { scenario: 'onboarding' }, { onboarding })
    const session = screen.getByRole('article', { name: /Open a session/ })
    await user.click(within(session).getByRole('button', { name: /Run: open a session/ }))
    const alert = await within(session).findByRole('alert')
    expect(alert).toHaveTextContent('API key or IP address not accepted')
    expect(alert).toHaveTextContent('User credentials are incorrect.')
    expect(alert).toHaveTextContent('fake0000-resp-id')
    await user.click(within(session).getByRole('button', { name: 'Retry' }))
    expect(await within(session).findByText('Done')).toBeInTheDocument()
    expect(within(session).queryByRole('alert')).toBeNull()
  })

  test('presenter mode masks every secret and removes the reveal toggles', async () => {
    const { models } = renderApp('onboarding', { scenario: 'signed-in' })
    models.settings.setPresenter(true)
    for (const button of screen.getAllByRole('button', { name: 'Show the raw exchange' }))
      await fireEvent.click(button)
    expect(screen.queryByLabelText('Reveal secrets')).toBeNull()
    expect(screen.queryByRole('button', { name: /Reveal/ })).toBeNull()
    expect(document.body.textContent).not.toContain(FAKE_SESSION_TOKEN)
    expect(document.body.textContent).not.toContain(FAKE_API_KEY)
  })
})
