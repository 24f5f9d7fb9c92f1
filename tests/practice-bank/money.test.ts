import { describe, expect, it } from 'vitest'
import { faces } from './support/faces'
import type { TestClient } from './support/client'

// docs/protocol.md §10.2-§10.4: Sugar Daddy, payments between practice users, balances.
const sugar = { type: 'EMAIL', value: 'sugardaddy@bunq.com', name: 'Sugar Daddy' }
const base = (c: TestClient) => `/user/${c.userId}/monetary-account/${c.accountId}`
const balance = async (c: TestClient) =>
  (await c.ok('GET', `${base(c)}`)).json.Response[0].MonetaryAccountBank.balance.value

async function topUp(c: TestClient, value: string) {
  return c.ok('POST', `${base(c)}/request-inquiry`, {
    body: {
      amount_inquired: { value, currency: 'EUR' },
      counterparty_alias: sugar,
      description: 'top-up',
      allow_bunqme: false,
    },
  })
}

describe.each(faces(0))('money (%s)', (_name, makeFace) => {
  it('starts at 0.00 with a valid NL IBAN; Sugar Daddy pays up to 500 and rejects more', async () => {
    const c = await (await makeFace()).client().bootstrap()
    const account = (await c.ok('GET', base(c))).json.Response[0].MonetaryAccountBank
    expect(account.status).toBe('ACTIVE')
    expect(account.balance).toEqual({ value: '0.00', currency: 'EUR' })
    const iban = account.alias.find((a: { type: string }) => a.type === 'IBAN').value
    expect(iban).toMatch(/^NL\d\dBUNQ\d{10}$/)
    const small = await topUp(c, '100')
    const big = await topUp(c, '500.01')
    expect(await balance(c)).toBe('100.00')
    const status = async (id: number) =>
      (await c.ok('GET', `${base(c)}/request-inquiry/${id}`)).json.Response[0].RequestInquiry.status
    expect(await status(small.json.Response[0].Id.id)).toBe('ACCEPTED')
    expect(await status(big.json.Response[0].Id.id)).toBe('REJECTED')
  })

  it('pays another practice user by EMAIL, PHONE_NUMBER and IBAN with both sides booked', async () => {
    const face = await makeFace()
    const payer = await face.client().bootstrap()
    const payee = await face.client().bootstrap()
    await topUp(payer, '100.00')
    const them = (await payee.ok('GET', base(payee))).json.Response[0].MonetaryAccountBank
    const pointers = them.alias.map((a: { type: string; value: string }) => ({
      ...a,
      name: 'Payee',
    }))
    expect(pointers.map((p: { type: string }) => p.type).sort()).toEqual([
      'EMAIL',
      'IBAN',
      'PHONE_NUMBER',
    ])
    for (const pointer of pointers) {
      await payer.ok('POST', `${base(payer)}/payment`, {
        body: {
          amount: { value: '10.5', currency: 'EUR' },
          counterparty_alias: pointer,
          description: 'Zoë’s share',
        },
      })
    }
    expect(await balance(payer)).toBe('68.50')
    expect(await balance(payee)).toBe('31.50')
    const out = (await payer.ok('GET', `${base(payer)}/payment`)).json.Response
    expect(out[0].Payment.amount).toEqual({ value: '-10.50', currency: 'EUR' })
    expect(out[0].Payment.balance_after_mutation.value).toBe('68.50')
    expect(out[0].Payment.description).toBe('Zoë’s share')
    expect('payment_fee' in out[0].Payment).toBe(false)
    expect('payment_suspended_outgoing' in out[0].Payment).toBe(false)
    const incoming = (await payee.ok('GET', `${base(payee)}/payment`)).json.Response
    expect(
      incoming.map((p: { Payment: { amount: { value: string } } }) => p.Payment.amount.value),
    ).toEqual(['10.50', '10.50', '10.50'])
    expect(incoming[0].Payment.balance_after_mutation.value).toBe('31.50')
  })

  it('refuses bad payments with bunq-style errors and books nothing', async () => {
    const c = await (await makeFace()).client().bootstrap()
    await topUp(c, '5')
    const pay = (body: object) => c.call('POST', `${base(c)}/payment`, { body })
    const amount = { value: '1.00', currency: 'EUR' }
    const cases = [
      {
        amount,
        counterparty_alias: { type: 'IBAN', value: 'NL91ABNA0417164300', name: 'X' },
        description: 'external',
      },
      {
        amount: { value: '6.00', currency: 'EUR' },
        counterparty_alias: sugar,
        description: 'too much',
      },
      { amount: { value: '1.001', currency: 'EUR' }, counterparty_alias: sugar, description: 'x' },
      { amount: { value: '-1', currency: 'EUR' }, counterparty_alias: sugar, description: 'x' },
      { amount: { value: '1.00', currency: 'USD' }, counterparty_alias: sugar, description: 'x' },
      { amount, counterparty_alias: sugar },
    ]
    for (const body of cases) {
      const reply = await pay(body)
      expect(reply.status).toBe(400)
      expect(reply.json.Error[0].error_description).toBeTypeOf('string')
    }
    expect(await balance(c)).toBe('5.00')
    expect((await c.ok('GET', `${base(c)}/payment`)).json.Response).toHaveLength(1)
  })

  it('turns a request to another user into a RequestResponse to ACCEPT (signed) or REJECT', async () => {
    const face = await makeFace()
    const asker = await face.client().bootstrap()
    const payer = await face.client().bootstrap()
    await topUp(payer, '50')
    const email = (await payer.ok('GET', '/user')).json.Response[0].UserPerson.alias.find(
      (a: { type: string }) => a.type === 'EMAIL',
    )
    const ask = (value: string) =>
      asker.ok('POST', `${base(asker)}/request-inquiry`, {
        body: {
          amount_inquired: { value, currency: 'EUR' },
          counterparty_alias: email,
          description: 'lunch',
          allow_bunqme: false,
        },
      })
    await ask('12.00')
    await ask('3.00')
    const responses = (await payer.ok('GET', `${base(payer)}/request-response`)).json.Response
    expect(responses).toHaveLength(2)
    const [three, twelve] = responses.map(
      (r: { RequestResponse: { id: number } }) => r.RequestResponse,
    )
    expect(three.status).toBe('PENDING')
    const path = (r: { id: number }) => `${base(payer)}/request-response/${r.id}`
    const unsigned = await payer.call('PUT', path(twelve), {
      body: { status: 'ACCEPTED' },
      sign: false,
    })
    expect(unsigned.status).toBe(466)
    await payer.ok('PUT', path(twelve), { body: { status: 'ACCEPTED' } })
    await payer.ok('PUT', path(three), { body: { status: 'REJECTED' }, sign: false })
    expect(await balance(payer)).toBe('38.00')
    expect(await balance(asker)).toBe('12.00')
    const inquiries = (await asker.ok('GET', `${base(asker)}/request-inquiry`)).json.Response
    expect(
      inquiries.map((q: { RequestInquiry: { status: string } }) => q.RequestInquiry.status),
    ).toEqual(['REJECTED', 'ACCEPTED'])
  })

  it('lets the requester revoke a pending request', async () => {
    const face = await makeFace()
    const asker = await face.client().bootstrap()
    const payer = await face.client().bootstrap()
    const phone = (await payer.ok('GET', '/user')).json.Response[0].UserPerson.alias.find(
      (a: { type: string }) => a.type === 'PHONE_NUMBER',
    )
    const id = (
      await asker.ok('POST', `${base(asker)}/request-inquiry`, {
        body: {
          amount_inquired: { value: '1', currency: 'EUR' },
          counterparty_alias: phone,
          description: '',
          allow_bunqme: false,
        },
      })
    ).json.Response[0].Id.id
    const revoked = await asker.ok('PUT', `${base(asker)}/request-inquiry/${id}`, {
      body: { status: 'REVOKED' },
    })
    expect(revoked.json.Response[0].RequestInquiry.status).toBe('REVOKED')
    const r = (await payer.ok('GET', `${base(payer)}/request-response`)).json.Response[0]
      .RequestResponse
    expect(r.status).toBe('REVOKED')
    const late = await payer.call('PUT', `${base(payer)}/request-response/${r.id}`, {
      body: { status: 'ACCEPTED' },
    })
    expect(late.status).toBe(400)
  })

  it('creates up to 25 accounts and lists them', async () => {
    const c = await (await makeFace()).client().bootstrap()
    for (let i = 2; i <= 25; i++) {
      await c.ok('POST', `/user/${c.userId}/monetary-account-bank`, {
        body: { currency: 'EUR', description: `Pot ${i}` },
      })
    }
    const extra = await c.call('POST', `/user/${c.userId}/monetary-account-bank`, {
      body: { currency: 'EUR', description: 'one too many' },
    })
    expect(extra.status).toBe(400)
    const list = (await c.ok('GET', `/user/${c.userId}/monetary-account?count=200`)).json.Response
    expect(list).toHaveLength(25)
    expect(
      new Set(list.map((a: { MonetaryAccountBank: { id: number } }) => a.MonetaryAccountBank.id))
        .size,
    ).toBe(25)
  })
})
