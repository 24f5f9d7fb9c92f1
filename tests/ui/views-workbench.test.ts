import { screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { FakeHistory } from '../support/fakes/fake-history.svelte'
import { renderApp } from './render-app'

describe('console view', () => {
  test('picks a catalogue entry, reports JSON errors, sends and shows the exchange', async () => {
    const user = userEvent.setup()
    renderApp('console')
    await user.click(screen.getByRole('button', { name: /Make a payment/ }))
    expect(screen.getByLabelText('Method')).toHaveValue('POST')
    expect(screen.getByLabelText('Path (after /v1)')).toHaveValue(
      '/user/{userID}/monetary-account/{monetary-accountID}/payment',
    )
    const body = screen.getByLabelText(/JSON body/)
    await user.type(body, '{{')
    expect(screen.getByText(/Not valid JSON/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Send signed' })).toBeDisabled()
    await user.clear(body)
    await user.click(screen.getByRole('button', { name: /Who am I/ }))
    await user.click(screen.getByRole('button', { name: 'Send signed' }))
    const exchange = await screen.findByRole('region', { name: 'Last exchange' })
    expect(exchange).toHaveTextContent('GET https://practice.bunq.invalid/v1/user')
    expect(exchange).toHaveTextContent('HTTP 200')
  })

  test('without a session the placeholders are named as unknown', () => {
    renderApp('console', { scenario: 'onboarding' })
    expect(screen.getByText(/Not known yet: userID/)).toBeInTheDocument()
  })
})

describe('history view', () => {
  test('stays virtualised with 5,000 exchanges: only the visible rows are built', async () => {
    const user = userEvent.setup()
    const history = new FakeHistory(5000)
    renderApp('history', {}, { history })
    expect(screen.getByText(/5,000 exchanges/)).toBeInTheDocument()
    const list = screen.getByRole('list', { name: 'Exchanges' })
    const rows = within(list).getAllByRole('listitem')
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThan(60)
    expect(history.built).toBeLessThan(60)
    expect(rows[0]).toHaveAttribute('aria-setsize', '5000')

    // Scrolling far down renders rows from there, still only a window of them.
    const scroller = screen.getByRole('region', { name: 'Exchanges' })
    scroller.scrollTop = 48 * 4000
    scroller.dispatchEvent(new Event('scroll'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    const after = within(list).getAllByRole('listitem')
    expect(Number(after[0].getAttribute('aria-posinset'))).toBeGreaterThan(3900)
    expect(after.length).toBeLessThan(60)
    expect(history.built).toBeLessThan(120)

    await user.click(within(after[0]).getByRole('button'))
    expect(screen.getByRole('region', { name: 'Request and response' })).toBeInTheDocument()
    expect(screen.getByText('As curl')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Python SDK' }))
    expect(await screen.findByText('As Python SDK')).toBeInTheDocument()
  })

  test('an empty history says so', () => {
    renderApp('history', { scenario: 'new' })
    expect(screen.getByText(/Nothing yet/)).toBeInTheDocument()
  })
})

describe('settings view', () => {
  test('production unlocks only after typing the confirmation phrase', async () => {
    const user = userEvent.setup()
    const { models } = renderApp('settings')
    await user.click(screen.getByRole('button', { name: 'Unlock production…' }))
    const dialog = screen.getByRole('dialog', { name: 'Unlock production?' })
    expect(dialog).toHaveTextContent('send real payments')
    const confirm = within(dialog).getByRole('button', { name: 'Unlock production' })
    expect(confirm).toBeDisabled()
    // The exact phrase to type is quoted on its own, set apart as a code block.
    const phrase = within(dialog).getByText('real money', { selector: 'code' })
    expect(phrase).toHaveClass('phrase')
    expect(phrase.textContent).toBe('real money')
    await user.type(within(dialog).getByLabelText(/to confirm: real money/), 'real mon')
    expect(confirm).toBeDisabled()
    await user.type(within(dialog).getByLabelText(/to confirm: real money/), 'ey')
    await user.click(confirm)
    expect(models.settings.productionUnlocked).toBe(true)
    expect(screen.getByText(/Production is unlocked for this tab/)).toBeInTheDocument()
  })

  test('theme, presenter mode, and the transport check with a CORS diagnosis', async () => {
    const user = userEvent.setup()
    const { container, models } = renderApp('settings')
    await user.click(screen.getByRole('radio', { name: 'Dark' }))
    expect(container.querySelector('.app')).toHaveAttribute('data-theme', 'dark')
    // One presenter switch in the app: the header's button; Settings only points to it.
    expect(screen.queryByRole('checkbox', { name: /Presenter mode/ })).toBeNull()
    expect(screen.getAllByRole('button', { name: /^Presenter/ })).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Presenter' }))
    expect(container.querySelector('.app')).toHaveClass('presenter')
    await user.click(screen.getByRole('radio', { name: /bunq sandbox \(direct\)/ }))
    expect(models.settings.transport).toEqual({
      kind: 'direct',
      baseUrl: 'https://public-api.sandbox.bunq.com/v1',
    })
    await user.click(screen.getByRole('button', { name: 'Check the connection' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('cross-origin rules')
    expect(screen.getByRole('alert')).toHaveTextContent('npm run relay')
  })

  test('states plainly what the passphrase does not protect', () => {
    renderApp('settings')
    expect(screen.getByText(/any script/)).toHaveTextContent('running in this page’s origin')
  })
})
