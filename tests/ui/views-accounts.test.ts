import { screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { FakeAccounts } from '../support/fakes/fake-accounts.svelte'
import { renderApp } from './render-app'

describe('accounts view', () => {
  test('without a session it points to onboarding', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('accounts', { scenario: 'onboarding' })
    await user.click(screen.getByRole('button', { name: 'Go to onboarding' }))
    expect(router.route).toBe('onboarding')
  })

  test('shows balances and IBANs, and gets sandbox money up to 500 EUR', async () => {
    const user = userEvent.setup()
    renderApp('accounts')
    expect(screen.getByText('487.40 EUR')).toBeInTheDocument()
    expect(screen.getByText('NL12 BUNQ 2025 0001 01')).toBeInTheDocument()
    const topUp = screen.getByRole('region', { name: 'Get sandbox money' })
    const amount = within(topUp).getByLabelText('Amount (EUR, max 500)')
    await user.clear(amount)
    await user.type(amount, '600')
    await user.tab()
    expect(within(topUp).getByText('At most 500.00 EUR.')).toBeInTheDocument()
    expect(within(topUp).getByRole('button', { name: 'Request money' })).toBeDisabled()
    await user.clear(amount)
    await user.type(amount, '100')
    await user.click(within(topUp).getByRole('button', { name: 'Request money' }))
    expect(await within(topUp).findByText('Request for 100.00 EUR: ACCEPTED')).toBeInTheDocument()
    expect(screen.getByText('587.40 EUR')).toBeInTheDocument()
  })

  test('pay validates first, asks for confirmation, then the payment is in the list', async () => {
    const user = userEvent.setup()
    renderApp('accounts')
    const pay = screen.getByRole('region', { name: 'Pay' })
    await user.click(within(pay).getByRole('button', { name: 'Review payment' }))
    expect(within(pay).getByText('Check the amount and the recipient above.')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()

    await user.type(within(pay).getByLabelText('Amount (EUR)'), '12.5')
    await user.click(within(pay).getByRole('radio', { name: 'IBAN' }))
    await user.type(within(pay).getByLabelText('IBAN of the recipient'), 'NL91 ABNA 0417 1643 01')
    await user.tab()
    expect(within(pay).getByText(/check digits do not match/)).toBeInTheDocument()
    await user.clear(within(pay).getByLabelText('IBAN of the recipient'))
    await user.type(within(pay).getByLabelText('IBAN of the recipient'), 'NL91 ABNA 0417 1643 00')
    await user.type(within(pay).getByLabelText('Name (required)'), 'Grace Example')
    await user.type(within(pay).getByLabelText('Description'), 'Books')
    await user.click(within(pay).getByRole('button', { name: 'Review payment' }))

    const dialog = screen.getByRole('dialog', { name: 'Send this payment?' })
    // The confirmation names what is about to happen: amount, counterparty, description and the
    // paying account's balance.
    expect(dialog).toHaveTextContent('Amount 12.50 EUR')
    expect(dialog).toHaveTextContent('To Grace Example (NL91 ABNA 0417 1643 00)')
    expect(dialog).toHaveTextContent('Description Books')
    expect(dialog).toHaveTextContent(/balance \d+\.\d{2} EUR/)
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
    await user.click(within(dialog).getByRole('button', { name: 'Send payment' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await within(pay).findByText('Payment sent.')).toBeInTheDocument()
    const payments = screen.getByRole('region', { name: 'Payments' })
    expect(within(payments).getAllByRole('listitem')[0]).toHaveTextContent('Grace Example')
    expect(within(payments).getAllByRole('listitem')[0]).toHaveTextContent('−12.50 EUR')
  })

  test('a refused payment is explained; Escape cancels the confirmation', async () => {
    const user = userEvent.setup()
    const accounts = new FakeAccounts({
      payError: { code: 'user-error', message: 'Not enough money', status: 490 },
    })
    renderApp('accounts', {}, { accounts })
    const pay = screen.getByRole('region', { name: 'Pay' })
    await user.type(within(pay).getByLabelText('Amount (EUR)'), '5')
    await user.type(within(pay).getByLabelText('Email address'), 'grace@example.com')
    await user.click(within(pay).getByRole('button', { name: 'Review payment' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    await user.click(within(pay).getByRole('button', { name: 'Review payment' }))
    await user.click(screen.getByRole('button', { name: 'Send payment' }))
    expect(await within(pay).findByRole('alert')).toHaveTextContent('bunq refused it')
  })

  test('payments page older and newer', async () => {
    const user = userEvent.setup()
    renderApp('accounts')
    const payments = screen.getByRole('region', { name: 'Payments' })
    const newer = within(payments).getByRole('button', { name: 'Newer' })
    expect(newer).toBeDisabled()
    const first = within(payments).getAllByRole('listitem')[0].textContent
    await user.click(within(payments).getByRole('button', { name: 'Older' }))
    expect(within(payments).getAllByRole('listitem')[0].textContent).not.toBe(first)
    expect(newer).toBeEnabled()
    await user.click(newer)
    expect(within(payments).getAllByRole('listitem')[0].textContent).toBe(first)
  })

  test('a second account can be opened', async () => {
    const user = userEvent.setup()
    renderApp('accounts')
    await user.type(screen.getByLabelText('Open another account'), 'Holiday')
    await user.click(screen.getByRole('button', { name: 'Open account' }))
    expect(await screen.findByText('Holiday')).toBeInTheDocument()
  })
})
