// The real accounts model against the practice bank: lazy load, Sugar Daddy top-up followed to
// ACCEPTED, validation before anything is sent, a payment to a second user, paging, a new account.
import { describe, expect, it } from 'vitest'
import type { LiveAppModels } from '../../../src/state/create-app-models'
import { makeWorld, onboard } from './world'

/** Waits until the lazily started refresh has settled. */
async function loaded(models: LiveAppModels) {
  void models.accounts.accounts // the first read starts the load
  await models.accounts.settled()
  return models.accounts
}

describe('live accounts', () => {
  it('loads the ACTIVE accounts lazily once a session is open', async () => {
    const { models } = await makeWorld()
    expect(models.accounts.accounts).toEqual([])
    await onboard(models)
    const accounts = await loaded(models)
    expect(accounts.accounts).toHaveLength(1)
    expect(accounts.accounts[0].iban).toMatch(/^NL\d{2}/)
    expect(accounts.accounts[0].balance).toEqual({ value: '0.00', currency: 'EUR' })
    expect(accounts.selectedId).toBe(accounts.accounts[0].id)
  })

  it('tops up from Sugar Daddy and follows the request to ACCEPTED', async () => {
    const { models } = await makeWorld()
    await onboard(models)
    const accounts = await loaded(models)
    await accounts.topUp('600')
    expect(accounts.topUpState.error?.code).toBe('bad-request') // over 500: refused here
    await accounts.topUp('250,5')
    expect(accounts.topUpState.status).toBe('done')
    expect(accounts.topUpState.message).toContain('250.50 EUR')
    expect(accounts.topUpState.message).toContain('ACCEPTED')
    expect(accounts.accounts[0].balance.value).toBe('250.50')
    expect(accounts.requests.items[0]).toMatchObject({
      status: 'ACCEPTED',
      amount: { value: '250.50' },
    })
  })

  it('validates a payment before sending, then pays a second user once', async () => {
    const alice = await makeWorld()
    await onboard(alice.models)
    const accounts = await loaded(alice.models)
    await accounts.topUp('100')

    // Bob: a second practice user in a second context of the same vault.
    await alice.models.vault.addContext('Bob', 'SANDBOX')
    await onboard(alice.models)
    const bob = await loaded(alice.models)
    const bobIban = bob.accounts[0].iban as string
    await alice.models.vault.switchTo(alice.models.vault.contexts[0].id)
    const back = await loaded(alice.models)
    expect(back.accounts[0].balance.value).toBe('100.00')

    const bankCalls = alice.bank.inspector.requests.length
    await back.pay({
      amount: '0',
      counterparty: { type: 'IBAN', value: bobIban, name: 'Bob' },
      description: '',
    })
    expect(back.payState.error?.code).toBe('bad-request')
    await back.pay({
      amount: '5',
      counterparty: { type: 'IBAN', value: 'NL00BUNQ0000000000', name: 'Bob' },
      description: '',
    })
    expect(back.payState.error?.code).toBe('bad-request')
    await back.pay({
      amount: '5',
      counterparty: { type: 'IBAN', value: bobIban, name: '' },
      description: '',
    })
    expect(back.payState.error?.code).toBe('bad-request')
    expect(alice.bank.inspector.requests.length).toBe(bankCalls) // nothing was sent

    await back.pay({
      amount: '12.5',
      counterparty: { type: 'IBAN', value: bobIban, name: 'Bob' },
      description: 'Lunch',
    })
    expect(back.payState.status).toBe('done')
    expect(back.accounts[0].balance.value).toBe('87.50')
    expect(back.payments.items[0]).toMatchObject({
      amount: { value: '-12.50' },
      description: 'Lunch',
    })
    const posts = alice.bank.inspector.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/payment'),
    )
    expect(posts).toHaveLength(1)
  })

  it('pages payments older and newer, and opens a second account', async () => {
    const { models } = await makeWorld()
    await onboard(models)
    const accounts = await loaded(models)
    await accounts.topUp('100')
    await models.vault.addContext('Bob', 'SANDBOX')
    await onboard(models)
    const bobIban = (await loaded(models)).accounts[0].iban as string
    await models.vault.switchTo(models.vault.contexts[0].id)
    await loaded(models)
    for (let i = 1; i <= 12; i++)
      await accounts.pay({
        amount: `${i}`,
        counterparty: { type: 'IBAN', value: bobIban, name: 'Bob' },
        description: `p${i}`,
      })
    expect(accounts.payments.items).toHaveLength(10)
    expect(accounts.payments.items[0].description).toBe('p12')
    expect(accounts.payments.hasOlder).toBe(true)
    await accounts.older('payments')
    // p2, p1 and, oldest, Sugar Daddy's incoming 100.00 (docs/protocol.md §10.4: incoming is positive).
    expect(accounts.payments.items.map((p) => p.amount.value)).toEqual(['-2.00', '-1.00', '100.00'])
    expect(accounts.payments.hasOlder).toBe(false)
    expect(accounts.payments.hasNewer).toBe(true)
    await accounts.newer('payments')
    expect(accounts.payments.items[0].description).toBe('p12')

    await accounts.createAccount('Savings')
    expect(accounts.createState.status).toBe('done')
    expect(accounts.accounts.map((a) => a.description)).toContain('Savings')
  })
})
