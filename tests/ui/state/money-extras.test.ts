// The accounts model's extras against the real in-page practice bank: a draft made through the
// core is listed, accepting it pays once and reloads the balance, rejecting pays nothing; a
// savings account and a scheduled payment are listed; a context switch clears them all.
import { describe, expect, it } from 'vitest'
import type { LiveAppModels } from '../../../src/state/create-app-models'
import { built, makeWorld, onboard } from './world'

async function loaded(models: LiveAppModels) {
  void models.accounts.accounts // the first read starts the load
  await models.accounts.settled()
  return models.accounts
}

const eur = (value: string) => ({ value, currency: 'EUR' })

describe('live money extras', () => {
  it('lists a draft, accepts it once (balance changes), rejects another, lists savings and schedules', async () => {
    const { models, bank } = await makeWorld()
    await onboard(models)
    await loaded(models)
    await models.accounts.topUp('100')
    await models.vault.addContext('Bob', 'SANDBOX')
    await onboard(models)
    const bobIban = (await loaded(models)).accounts[0].iban as string
    // Loading the lists built the extras (docs/decisions/0029): no view asked for them here.
    expect(models.accounts.extras.current?.drafts).toEqual([])
    await models.vault.switchTo(models.vault.contexts[0].id)
    const accounts = await loaded(models)
    const accountId = accounts.selectedId as number
    const bob = { type: 'IBAN' as const, value: bobIban, name: 'Bob' }

    // Made through the protocol core, as another app (or a co-owner) would.
    const client = await models.workspace.client()
    const yes = await client.draftPayments.create(accountId, [
      { amount: eur('7.25'), counterparty_alias: bob, description: 'Tickets' },
    ])
    const no = await client.draftPayments.create(accountId, [
      { amount: eur('3.00'), counterparty_alias: bob, description: 'Snacks' },
    ])
    await client.savingsAccounts.create('Holiday', eur('50.00'))
    await client.schedulePayments.create(
      accountId,
      { amount: eur('2.00'), counterparty_alias: bob, description: 'Weekly' },
      { time_start: '2030-01-01 09:00:00', recurrence_unit: 'WEEKLY', recurrence_size: 1 },
    )
    await accounts.refresh()
    const extras = await built(accounts.extras)
    expect(extras.error).toBeNull()
    expect(extras.drafts.map((d) => [d.id, d.amount.value, d.description])).toEqual(
      expect.arrayContaining([
        [yes, '7.25', 'Tickets'],
        [no, '3.00', 'Snacks'],
      ]),
    )
    expect(extras.drafts).toHaveLength(2)
    expect(extras.savings).toMatchObject([{ description: 'Holiday', goal: { value: '50.00' } }])
    expect(extras.scheduled).toMatchObject([
      { description: 'Weekly', amount: { value: '2.00' }, recurrence: 'weekly' },
    ])

    const puts = () =>
      bank.inspector.requests.filter(
        (r) => r.method === 'PUT' && r.path.includes('/draft-payment/'),
      )
    await Promise.all([extras.accept(yes), extras.accept(yes)]) // a double click
    expect(extras.decisionState.status).toBe('done')
    expect(extras.decisionState.message).toContain('7.25 EUR')
    expect(accounts.accounts[0].balance.value).toBe('92.75')
    expect(extras.drafts.map((d) => d.id)).toEqual([no])
    expect(puts()).toHaveLength(1) // sent once, the second click sent nothing

    await extras.reject(no)
    expect(extras.decisionState.message).toContain('rejected')
    expect(accounts.accounts[0].balance.value).toBe('92.75')
    expect(extras.drafts).toEqual([])
    expect(puts()).toHaveLength(2)

    // Another context: nothing of this one stays.
    await models.vault.switchTo(models.vault.contexts[1].id)
    await loaded(models)
    expect(models.accounts.extras.current).toBe(extras) // built once, cleared on the switch
    expect(extras.savings).toEqual([])
    expect(extras.scheduled).toEqual([])
    expect(extras.decisionState.status).toBe('idle')
  })
})
