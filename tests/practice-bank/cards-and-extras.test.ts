import { describe, expect, it } from 'vitest'
import { faces } from './support/faces'
import { accountPath, balance, emailOf, topUp, total } from './support/ledger'

// docs/decisions/0016: cards (data only, no money), notes on payments, push filters, invoices,
// tree-progress and OAuth clients, against both faces.
describe.each(faces(0))('cards, notes and user extras (%s)', (_name, makeFace) => {
  it('orders a debit card with a name from card-name, reads, lists and updates it; no money moves', async () => {
    const c = await (await makeFace()).client().bootstrap()
    await topUp(c, '5')
    const before = await total(c)
    const names = (await c.ok('GET', `/user/${c.userId}/card-name`)).json.Response[0].CardName
      .possible_card_name_array
    expect(names.length).toBeGreaterThan(0)
    const body = {
      second_line: 'Practice',
      name_on_card: names[0],
      type: 'MAESTRO',
      product_type: 'MAESTRO_DEBIT',
      pin_code_assignment: [
        { type: 'PRIMARY', pin_code: '1234', monetary_account_id: c.accountId },
      ],
    }
    const id = (await c.ok('POST', `/user/${c.userId}/card-debit`, { body })).json.Response[0].Id.id
    const card = (await c.ok('GET', `/user/${c.userId}/card/${id}`)).json.Response[0].CardDebit
    expect([card.status, card.name_on_card, card.second_line]).toEqual([
      'ACTIVE',
      names[0],
      'Practice',
    ])
    expect(card.pin_code_assignment[0]).toMatchObject({
      type: 'PRIMARY',
      monetary_account_id: c.accountId,
    })
    expect(JSON.stringify(card)).not.toContain('1234')
    const updated = await c.ok('PUT', `/user/${c.userId}/card/${id}`, {
      body: { status: 'DEACTIVATED', card_limit: { value: '250.00', currency: 'EUR' } },
    })
    expect(updated.json.Response[0].CardDebit.status).toBe('DEACTIVATED')
    expect(updated.json.Response[0].CardDebit.card_limit).toEqual({
      value: '250.00',
      currency: 'EUR',
    })
    const list = (await c.ok('GET', `/user/${c.userId}/card`)).json.Response
    expect(list).toHaveLength(1)
    const bad = await c.call('POST', `/user/${c.userId}/card-debit`, {
      body: { ...body, name_on_card: 'Someone Else' },
    })
    expect(bad.json.Error[0].error_description).toContain('name_on_card')
    const badType = await c.call('POST', `/user/${c.userId}/card-debit`, {
      body: { ...body, type: 'VISA' },
    })
    expect(badType.json.Error[0].error_description).toContain('type')
    const badStatus = await c.call('PUT', `/user/${c.userId}/card/${id}`, {
      body: { status: 'FROZEN' },
    })
    expect(badStatus.json.Error[0].error_description).toContain('status')
    expect(await total(c)).toBe(before)
  })

  it('notes on a payment; push filters replace and clear; invoices empty; tree-progress; oauth clients', async () => {
    const face = await makeFace()
    const c = await face.client().bootstrap()
    const d = await face.client().bootstrap()
    await topUp(c, '5')
    await c.ok('POST', `${accountPath(c)}/payment`, {
      body: {
        amount: { value: '1', currency: 'EUR' },
        counterparty_alias: await emailOf(d),
        description: 'p',
      },
    })
    expect(await balance(c)).toBe(400)
    const paymentId = (await c.ok('GET', `${accountPath(c)}/payment`)).json.Response[0].Payment.id
    const notes = `${accountPath(c)}/payment/${paymentId}/note-text`
    const noteId = (await c.ok('POST', notes, { body: { content: 'Lunch with Zoë' } })).json
      .Response[0].Id.id
    await c.ok('PUT', `${notes}/${noteId}`, { body: { content: 'Lunch' } })
    expect((await c.ok('GET', `${notes}/${noteId}`)).json.Response[0].NoteText.content).toBe(
      'Lunch',
    )
    expect(
      (await c.call('POST', notes, { body: { content: '' } })).json.Error[0].error_description,
    ).toContain('content')
    await c.ok('DELETE', `${notes}/${noteId}`)
    expect((await c.ok('GET', notes)).json.Response).toHaveLength(0)

    const push = `/user/${c.userId}/notification-filter-push`
    await c.ok('POST', push, {
      body: { notification_filters: [{ category: 'MUTATION' }, { category: 'PAYMENT' }] },
    })
    expect((await c.ok('GET', push)).json.Response).toEqual([
      { NotificationFilterPush: { category: 'MUTATION' } },
      { NotificationFilterPush: { category: 'PAYMENT' } },
    ])
    await c.ok('POST', push, { body: { notification_filters: [] } })
    expect((await c.ok('GET', push)).json.Response).toEqual([])
    const badPush = await c.call('POST', push, {
      body: { notification_filters: [{ category: 'NOPE' }] },
    })
    expect(badPush.json.Error[0].error_description).toContain('notification_filters[0].category')

    expect((await c.ok('GET', `/user/${c.userId}/invoice`)).json.Response).toEqual([])
    const tree = (await c.ok('GET', `/user/${c.userId}/tree-progress`)).json.Response[0]
      .TreeProgress
    expect(tree.number_of_tree).toBe(0)

    const oauth = `/user/${c.userId}/oauth-client`
    const clientId = (await c.ok('POST', oauth, { body: { status: 'ACTIVE' } })).json.Response[0].Id
      .id
    await c.ok('POST', `${oauth}/${clientId}/callback-url`, {
      body: { url: 'https://app.example/callback' },
    })
    const read = (await c.ok('GET', `${oauth}/${clientId}`)).json.Response[0].OauthClient
    expect(read.client_id).toMatch(/^[0-9a-f]{64}$/)
    expect(read.callback_url).toEqual([
      expect.objectContaining({ url: 'https://app.example/callback' }),
    ])
    const badUrl = await c.call('POST', `${oauth}/${clientId}/callback-url`, {
      body: { url: 'ftp://x' },
    })
    expect(badUrl.json.Error[0].error_description).toContain('url')
    expect((await c.ok('GET', oauth)).json.Response).toHaveLength(1)
    // Another user sees none of it.
    expect((await d.call('GET', `/user/${c.userId}/oauth-client/${clientId}`)).status).toBe(404)
  })
})
