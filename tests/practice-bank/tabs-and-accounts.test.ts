import { describe, expect, it } from 'vitest'
import { faces } from './support/faces'
import { accountPath, balance, topUp, total } from './support/ledger'

// docs/decisions/0016: bunqme-tab paid through a request-response; savings accounts; updating
// and closing monetary-account-bank. Both faces, balances summed around every money flow.
const eur = (value: string) => ({ value, currency: 'EUR' })

describe.each(faces(0))('bunq.me tabs and account changes (%s)', (_name, makeFace) => {
  it('a tab is paid by other practice users via request-response and lists the payments', async () => {
    const face = await makeFace()
    const owner = await face.client().bootstrap()
    const friends = [await face.client().bootstrap(), await face.client().bootstrap()]
    for (const f of friends) await topUp(f, '20')
    const made = await owner.ok('POST', `${accountPath(owner)}/bunqme-tab`, {
      body: {
        bunqme_tab_entry: {
          amount_inquired: eur('7.25'),
          description: 'Pizza',
          redirect_url: 'https://example.org/thanks',
        },
      },
    })
    const id = made.json.Response[0].Id.id
    const tab = (await owner.ok('GET', `${accountPath(owner)}/bunqme-tab/${id}`)).json.Response[0]
      .BunqMeTab
    expect(tab.status).toBe('WAITING_FOR_PAYMENT')
    expect(tab.bunqme_tab_share_url).toMatch(/^https:\/\/bunq\.me\/t\/[0-9a-f-]{36}$/)
    expect(tab.bunqme_tab_entry.amount_inquired).toEqual(eur('7.25'))
    const before = await total(owner, ...friends)
    for (const f of friends) {
      const email = (await f.ok('GET', '/user')).json.Response[0].UserPerson.alias[1].value
      const responseId = await face.bank.openBunqmeTab(tab.bunqme_tab_share_url, email)
      const pending = (await f.ok('GET', `${accountPath(f)}/request-response/${responseId}`)).json
        .Response[0].RequestResponse
      expect(pending.status).toBe('PENDING')
      expect(pending.amount_inquired).toEqual(eur('7.25'))
      await f.ok('PUT', `${accountPath(f)}/request-response/${responseId}`, {
        body: { amount_responded: eur('7.25'), status: 'ACCEPTED' },
      })
    }
    expect(await total(owner, ...friends)).toBe(before)
    expect(await balance(owner)).toBe(1450)
    const paid = (await owner.ok('GET', `${accountPath(owner)}/bunqme-tab/${id}`)).json.Response[0]
      .BunqMeTab
    expect(paid.result_inquiries).toHaveLength(2)
    expect(paid.result_inquiries[0].payment.Payment.amount).toEqual(eur('7.25'))
    expect(paid.result_inquiries[0].bunq_me_tab_id).toBe(id)
    // Cancelled: no one can open it any more; the list shows it.
    await owner.ok('PUT', `${accountPath(owner)}/bunqme-tab/${id}`, {
      body: { status: 'CANCELLED' },
    })
    await expect(
      face.bank.openBunqmeTab(tab.bunqme_tab_share_url, 'bravo@bunq.com'),
    ).rejects.toThrow('CANCELLED')
    const list = (await owner.ok('GET', `${accountPath(owner)}/bunqme-tab`)).json.Response
    expect(list[0].BunqMeTab.status).toBe('CANCELLED')
    const bad = await owner.call('POST', `${accountPath(owner)}/bunqme-tab`, {
      body: { bunqme_tab_entry: { amount_inquired: eur('0'), description: 'x' } },
    })
    expect(bad.json.Error[0].error_description).toContain('bunqme_tab_entry.amount_inquired')
  })

  it('opens savings accounts that take payments, with a goal and its progress', async () => {
    const c = await (await makeFace()).client().bootstrap()
    await topUp(c, '40')
    const id = (
      await c.ok('POST', `/user/${c.userId}/monetary-account-savings`, {
        body: { currency: 'EUR', description: 'Holiday', savings_goal: eur('100') },
      })
    ).json.Response[0].Id.id
    const before = await total(c)
    const iban = (await c.ok('GET', `/user/${c.userId}/monetary-account-savings/${id}`)).json
      .Response[0].MonetaryAccountSavings.alias[0].value
    await c.ok('POST', `${accountPath(c)}/payment`, {
      body: {
        amount: eur('25'),
        counterparty_alias: { type: 'IBAN', value: iban, name: 'Me' },
        description: 'save',
      },
    })
    expect(await total(c)).toBe(before)
    const savings = (await c.ok('GET', `/user/${c.userId}/monetary-account-savings/${id}`)).json
      .Response[0].MonetaryAccountSavings
    expect(savings.balance).toEqual(eur('25.00'))
    expect(savings.savings_goal).toEqual(eur('100.00'))
    expect(savings.savings_goal_progress).toBe(25)
    // The generic list shows both kinds (oldest first); the -bank list only bank accounts.
    const all = (await c.ok('GET', `/user/${c.userId}/monetary-account`)).json.Response
    expect(all.map((a: Record<string, unknown>) => Object.keys(a)[0])).toEqual([
      'MonetaryAccountBank',
      'MonetaryAccountSavings',
    ])
    expect(
      (await c.ok('GET', `/user/${c.userId}/monetary-account-bank`)).json.Response,
    ).toHaveLength(1)
    expect((await c.call('GET', `/user/${c.userId}/monetary-account-bank/${id}`)).status).toBe(404)
    await c.ok('PUT', `/user/${c.userId}/monetary-account-savings/${id}`, {
      body: { description: 'Summer', savings_goal: eur('50') },
    })
    const changed = (await c.ok('GET', `/user/${c.userId}/monetary-account-savings`)).json
      .Response[0].MonetaryAccountSavings
    expect([changed.description, changed.savings_goal_progress]).toEqual(['Summer', 50])
  })

  it('updates monetary-account-bank and closes it only at 0.00', async () => {
    const c = await (await makeFace()).client().bootstrap()
    await topUp(c, '10')
    const second = (
      await c.ok('POST', `/user/${c.userId}/monetary-account-bank`, {
        body: { currency: 'EUR', description: 'Side' },
      })
    ).json.Response[0].Id.id
    const path = `/user/${c.userId}/monetary-account-bank/${second}`
    await c.ok('PUT', path, { body: { description: 'Groceries', daily_limit: eur('250') } })
    const read = (await c.ok('GET', path)).json.Response[0].MonetaryAccountBank
    expect([read.description, read.daily_limit.value]).toEqual(['Groceries', '250.00'])
    const tooHigh = await c.call('PUT', path, { body: { daily_limit: eur('10000.01') } })
    expect(tooHigh.json.Error[0].error_description).toContain('daily_limit')
    const iban = read.alias[0].value
    await c.ok('POST', `${accountPath(c)}/payment`, {
      body: {
        amount: eur('3'),
        counterparty_alias: { type: 'IBAN', value: iban, name: 'Me' },
        description: 'move',
      },
    })
    const close = {
      status: 'CANCELLED',
      sub_status: 'REDEMPTION_VOLUNTARY',
      reason: 'OTHER',
      reason_description: 'done',
    }
    const refused = await c.call('PUT', path, { body: close })
    expect(refused.status).toBe(400)
    expect(refused.json.Error[0].error_description).toContain('0.00')
    const noSub = await c.call('PUT', path, { body: { status: 'CANCELLED' } })
    expect(noSub.json.Error[0].error_description).toContain('sub_status')
    const before = await total(c)
    await c.ok('POST', `${accountPath(c, second)}/payment`, {
      body: {
        amount: eur('3'),
        counterparty_alias: {
          type: 'IBAN',
          value: (await c.ok('GET', accountPath(c))).json.Response[0].MonetaryAccountBank.alias[0]
            .value,
          name: 'Me',
        },
        description: 'back',
      },
    })
    expect(await total(c)).toBe(before)
    await c.ok('PUT', path, { body: close })
    const closed = (await c.ok('GET', path)).json.Response[0].MonetaryAccountBank
    expect([closed.status, closed.sub_status, closed.reason]).toEqual([
      'CANCELLED',
      'REDEMPTION_VOLUNTARY',
      'OTHER',
    ])
    expect(await balance(c)).toBe(1000)
    // A closed account receives nothing.
    const toClosed = await c.call('POST', `${accountPath(c)}/payment`, {
      body: {
        amount: eur('1'),
        counterparty_alias: { type: 'IBAN', value: iban, name: 'Me' },
        description: 'x',
      },
    })
    expect(toClosed.status).toBe(400)
  })
})
