import { screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { renderApp } from './render-app'

/** The Pay form on the Accounts view . */
function payForm() {
  renderApp('accounts')
  const pay = screen.getByRole('region', { name: 'Pay' })
  return {
    pay,
    amount: within(pay).getByLabelText('Amount (EUR)'),
    review: within(pay).getByRole('button', { name: 'Review payment' }),
  }
}

describe('pay form', () => {
  test('Review payment shows every field error, even of fields never touched', async () => {
    const user = userEvent.setup()
    const { pay, review } = payForm()
    await user.click(review)
    expect(within(pay).getByText('Enter an amount.')).toBeInTheDocument()
    expect(within(pay).getByText('Enter an email address.')).toBeInTheDocument()
    expect(within(pay).getByLabelText('Amount (EUR)')).toHaveAttribute('aria-invalid', 'true')
    await user.click(within(pay).getByRole('radio', { name: 'IBAN' }))
    expect(within(pay).getByText('Enter an IBAN.')).toBeInTheDocument()
    expect(within(pay).getByText(/A name is required/)).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  test('a negative amount says it must be more than 0', async () => {
    const user = userEvent.setup()
    const { pay, amount } = payForm()
    await user.type(amount, '-5')
    await user.tab()
    expect(within(pay).getByText('The amount must be more than 0.')).toBeInTheDocument()
  })

  test('after a payment the emptied amount is not marked wrong', async () => {
    const user = userEvent.setup()
    const { pay, amount, review } = payForm()
    await user.type(amount, '3')
    await user.type(within(pay).getByLabelText('Email address'), 'grace@example.com')
    await user.tab()
    await user.click(review)
    await user.click(screen.getByRole('button', { name: 'Send payment' }))
    expect(await within(pay).findByText('Payment sent.')).toBeInTheDocument()
    expect(amount).toHaveValue('')
    expect(amount).toHaveAttribute('aria-invalid', 'false')
    expect(within(pay).queryByText('Enter an amount.')).toBeNull()
    expect(within(pay).queryByRole('alert')).toBeNull()
  })

  test('the "Payment sent" line goes once the form is edited again', async () => {
    const user = userEvent.setup()
    const { pay, amount, review } = payForm()
    await user.type(amount, '3')
    await user.type(within(pay).getByLabelText('Email address'), 'grace@example.com')
    await user.click(review)
    await user.click(screen.getByRole('button', { name: 'Send payment' }))
    expect(await within(pay).findByText('Payment sent.')).toBeInTheDocument()
    await user.type(amount, '€5')
    expect(within(pay).queryByText('Payment sent.')).toBeNull()
  })

  test('the confirmation shows the IBAN as it will be sent, grouped for reading', async () => {
    const user = userEvent.setup()
    const { pay, amount, review } = payForm()
    await user.type(amount, '1.50')
    await user.click(within(pay).getByRole('radio', { name: 'IBAN' }))
    await user.type(within(pay).getByLabelText('IBAN of the recipient'), 'nl91 abna 0417 1643 00')
    await user.type(within(pay).getByLabelText(/Name/), 'Grace')
    await user.click(review)
    const dialog = screen.getByRole('dialog')
    expect(within(dialog).getByText(/NL91 ABNA 0417 1643 00/)).toBeInTheDocument()
    expect(within(dialog).queryByText(/nl91 abna/)).toBeNull()
  })
})

describe('pay form against the balance', () => {
  test('an amount above the balance is stopped before the dialog, saying the balance', async () => {
    const user = userEvent.setup()
    const { pay, amount, review } = payForm()
    // The fake signed-in user's selected account holds 487.40 EUR.
    await user.type(amount, '500')
    await user.type(within(pay).getByLabelText('Email address'), 'sugardaddy@bunq.com')
    await user.click(review)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(within(pay).getByRole('alert')).toHaveTextContent(
      '500.00 EUR is more than the balance of bunq account (487.40 EUR)',
    )
  })

  test('the confirmation shows amount, counterparty, description and the balance it comes from', async () => {
    const user = userEvent.setup()
    const { pay, amount, review } = payForm()
    await user.type(amount, '12.5')
    await user.type(within(pay).getByLabelText('Email address'), 'sugardaddy@bunq.com')
    await user.type(within(pay).getByLabelText('Description'), 'Lunch on Friday')
    await user.click(review)
    const dialog = screen.getByRole('dialog')
    expect(dialog).toHaveTextContent('12.50 EUR')
    expect(dialog).toHaveTextContent('sugardaddy@bunq.com')
    expect(dialog).toHaveTextContent('Lunch on Friday')
    expect(dialog).toHaveTextContent('bunq account, balance 487.40 EUR')
  })
})
