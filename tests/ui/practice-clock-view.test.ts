// #/practice-bank over a real in-process practice bank: the practice clock moves forward and runs
// a due scheduled payment, "Run due schedules now" says what ran, and the list of what the bank
// emulates comes from its handler table (docs/decisions/0016).
import { screen, within } from '@testing-library/svelte'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { createMemoryStore, createPracticeBank } from '../../src/practice-bank'
import { DeferredModel } from '../../src/state/deferred-model.svelte'
import { PracticeControls } from '../../src/state/live/practice-controls.svelte'
import { TestClient } from '../practice-bank/support/client'
import { inPageFetch } from '../practice-bank/support/faces'
import { accountPath, balance, emailOf, topUp } from '../practice-bank/support/ledger'
import { renderApp } from './render-app'

describe('practice clock on the practice bank page', () => {
  test('+1 day runs a schedule due tomorrow; the emulated list names the money operations', async () => {
    const user = userEvent.setup()
    const bank = createPracticeBank({ store: createMemoryStore(), rateLimits: 'off' })
    const controls = new PracticeControls(async () => bank)
    const fetcher = inPageFetch(bank)
    const payer = await new TestClient(fetcher).bootstrap()
    const payee = await new TestClient(fetcher).bootstrap()
    await topUp(payer, '30')
    const tomorrow = new Date(Date.now() + 20 * 3600e3).toISOString()
    await payer.ok('POST', `${accountPath(payer)}/schedule-payment`, {
      body: {
        payment: {
          amount: { value: '10', currency: 'EUR' },
          counterparty_alias: await emailOf(payee),
          description: 'tomorrow',
        },
        schedule: { time_start: tomorrow, recurrence_unit: 'ONCE' },
      },
    })
    renderApp('practice-bank', {}, { practice: DeferredModel.of(controls) })
    const run = await screen.findByRole('button', { name: 'Run due schedules now' })
    await expect.poll(() => controls.clock.ready).toBe(true)
    await user.click(run)
    await expect.poll(() => screen.queryByText('No scheduled payment was due.')).not.toBeNull()
    expect(await balance(payer)).toBe(3000)
    await user.click(screen.getByRole('button', { name: '+1 day' }))
    await expect
      .poll(() => screen.queryByText('The practice clock moved forward. 1 scheduled payment ran.'))
      .not.toBeNull()
    expect(screen.getByTestId('clock-offset')).toHaveTextContent('1 day ahead of real time')
    expect(await balance(payer)).toBe(2000)
    expect(await balance(payee)).toBe(1000)

    const list = screen.getByRole('region', { name: 'What the practice bank emulates' })
    expect(within(list).getByText(/operations on \d+ paths/)).toHaveTextContent(
      `${bank.emulates.length} operations`,
    )
    for (const path of [
      'payment-batch',
      'draft-payment/{itemID}',
      'schedule-payment',
      'bunqme-tab',
    ]) {
      expect(
        within(list).getByText(`/v1/user/{userID}/monetary-account/{accountID}/${path}`),
      ).toBeInTheDocument()
    }
  })
})
