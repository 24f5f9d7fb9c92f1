import { describe, expect, it } from 'vitest'
import { faces } from './support/faces'
import { accountPath, balance, emailOf, topUp, total } from './support/ledger'

// docs/decisions/0016: payment-batch (all or none) and draft-payment (moves money once), against
// both faces, with every flow checked by summing balances before and after.
const eur = (value: string) => ({ value, currency: 'EUR' })

describe.each(faces(0))('payment-batch and draft-payment (%s)', (_name, makeFace) => {
  it('pays a batch all at once, lists and reads it, and keeps the ledger whole', async () => {
    const face = await makeFace()
    const payer = await face.client().bootstrap()
    const a = await face.client().bootstrap()
    const b = await face.client().bootstrap()
    await topUp(payer, '100')
    const before = await total(payer, a, b)
    const made = await payer.ok('POST', `${accountPath(payer)}/payment-batch`, {
      body: {
        payments: [
          { amount: eur('10.00'), counterparty_alias: await emailOf(a), description: 'one' },
          { amount: eur('2.50'), counterparty_alias: await emailOf(b), description: 'two' },
          { amount: eur('0.01'), counterparty_alias: await emailOf(a), description: 'three' },
        ],
      },
    })
    const id = made.json.Response[0].Id.id
    expect(await total(payer, a, b)).toBe(before)
    expect(await balance(payer)).toBe(10000 - 1251)
    expect(await balance(a)).toBe(1001)
    expect(await balance(b)).toBe(250)
    const read = (await payer.ok('GET', `${accountPath(payer)}/payment-batch/${id}`)).json
      .Response[0].PaymentBatch
    expect(read.payments.Payment).toHaveLength(3)
    expect(read.payments.Payment.every((p: { batch_id: number }) => p.batch_id === id)).toBe(true)
    const list = (await payer.ok('GET', `${accountPath(payer)}/payment-batch`)).json.Response
    expect(list.map((x: { PaymentBatch: { id: number } }) => x.PaymentBatch.id)).toEqual([id])
    // The payee's copy carries the batch id as well.
    const incoming = (await a.ok('GET', `${accountPath(a)}/payment`)).json.Response
    expect(incoming[0].Payment.batch_id).toBe(id)
  })

  it('refuses a batch whose total exceeds the balance, or with one bad entry, and books nothing', async () => {
    const face = await makeFace()
    const payer = await face.client().bootstrap()
    const a = await face.client().bootstrap()
    await topUp(payer, '10')
    const to = await emailOf(a)
    const before = await total(payer, a)
    const tooMuch = await payer.call('POST', `${accountPath(payer)}/payment-batch`, {
      body: {
        payments: [
          { amount: eur('6'), counterparty_alias: to, description: 'a' },
          { amount: eur('5'), counterparty_alias: to, description: 'b' },
        ],
      },
    })
    expect(tooMuch.status).toBe(400)
    expect(tooMuch.json.Error[0].error_description).toContain('11.00')
    const bad = await payer.call('POST', `${accountPath(payer)}/payment-batch`, {
      body: {
        payments: [
          { amount: eur('1'), counterparty_alias: to, description: 'a' },
          { amount: eur('-1'), counterparty_alias: to, description: 'b' },
        ],
      },
    })
    expect(bad.status).toBe(400)
    expect(bad.json.Error[0].error_description).toContain('payments[1].amount')
    const nobody = await payer.call('POST', `${accountPath(payer)}/payment-batch`, {
      body: {
        payments: [
          { amount: eur('1'), counterparty_alias: to, description: 'a' },
          {
            amount: eur('1'),
            counterparty_alias: { type: 'EMAIL', value: 'nobody@example.org', name: 'N' },
            description: 'b',
          },
        ],
      },
    })
    expect(nobody.json.Error[0].error_description).toContain('payments[1].counterparty_alias')
    const empty = await payer.call('POST', `${accountPath(payer)}/payment-batch`, {
      body: { payments: [] },
    })
    expect(empty.json.Error[0].error_description).toContain('payments')
    const unsigned = await payer.call('POST', `${accountPath(payer)}/payment-batch`, {
      sign: false,
      body: { payments: [{ amount: eur('1'), counterparty_alias: to, description: 'a' }] },
    })
    expect(unsigned.status).toBe(466)
    expect(await total(payer, a)).toBe(before)
    expect(await balance(payer)).toBe(1000)
    expect((await payer.ok('GET', `${accountPath(payer)}/payment`)).json.Response).toHaveLength(1)
    expect(
      (await payer.ok('GET', `${accountPath(payer)}/payment-batch`)).json.Response,
    ).toHaveLength(0)
  })

  it('a draft moves money only when ACCEPTED, exactly once; REJECTED and CANCELLED move nothing', async () => {
    const face = await makeFace()
    const payer = await face.client().bootstrap()
    const a = await face.client().bootstrap()
    await topUp(payer, '50')
    const to = await emailOf(a)
    const draft = async (value: string) =>
      (
        await payer.ok('POST', `${accountPath(payer)}/draft-payment`, {
          body: {
            number_of_required_accepts: 1,
            entries: [
              { amount: eur(value), counterparty_alias: to, description: `draft ${value}` },
            ],
          },
        })
      ).json.Response[0].Id.id
    const accepted = await draft('20')
    const rejected = await draft('7')
    const cancelled = await draft('8')
    const before = await total(payer, a)
    expect(await balance(payer)).toBe(5000)
    const read = (await payer.ok('GET', `${accountPath(payer)}/draft-payment/${accepted}`)).json
      .Response[0].DraftPayment
    expect(read.status).toBe('PENDING')
    expect(read.entries[0].amount).toEqual(eur('20.00'))
    expect(read.entries[0].counterparty_alias.display_name).toBeTruthy()

    const put = (id: number, status: string, sign = true) =>
      payer.call('PUT', `${accountPath(payer)}/draft-payment/${id}`, { body: { status }, sign })
    expect((await put(accepted, 'ACCEPTED', false)).status).toBe(466)
    expect((await put(accepted, 'ACCEPTED')).status).toBe(200)
    expect((await put(rejected, 'REJECTED', false)).status).toBe(200)
    expect((await put(cancelled, 'CANCELLED')).status).toBe(200)
    expect(await balance(payer)).toBe(3000)
    expect(await balance(a)).toBe(2000)
    expect(await total(payer, a)).toBe(before)
    // Never twice, never after a refusal.
    const again = await put(accepted, 'ACCEPTED')
    expect(again.status).toBe(400)
    expect(again.json.Error[0].error_description).toContain('ACCEPTED')
    expect((await put(rejected, 'ACCEPTED')).status).toBe(400)
    expect((await put(cancelled, 'ACCEPTED')).status).toBe(400)
    expect(await balance(payer)).toBe(3000)
    const all = (await payer.ok('GET', `${accountPath(payer)}/draft-payment`)).json.Response
    expect(all.map((d: { DraftPayment: { status: string } }) => d.DraftPayment.status)).toEqual([
      'CANCELLED',
      'REJECTED',
      'ACCEPTED',
    ])
    const done = all[2].DraftPayment
    expect(done.object.Payment.amount).toEqual(eur('-20.00'))
    // Events: the draft's creation and update, the payment on both sides.
    const events = (await payer.ok('GET', `/user/${payer.userId}/event?count=50`)).json.Response
    const types = events.map(
      (e: { Event: { object: Record<string, unknown> } }) => Object.keys(e.Event.object)[0],
    )
    expect(types.filter((t: string) => t === 'DraftPayment').length).toBe(6)
    expect(types.filter((t: string) => t === 'Payment').length).toBe(2)
  })

  it('refuses a draft that cannot be paid at acceptance and keeps it PENDING', async () => {
    const face = await makeFace()
    const payer = await face.client().bootstrap()
    const a = await face.client().bootstrap()
    const id = (
      await payer.ok('POST', `${accountPath(payer)}/draft-payment`, {
        body: {
          number_of_required_accepts: 1,
          entries: [{ amount: eur('5'), counterparty_alias: await emailOf(a), description: 'x' }],
        },
      })
    ).json.Response[0].Id.id
    const refused = await payer.call('PUT', `${accountPath(payer)}/draft-payment/${id}`, {
      body: { status: 'ACCEPTED' },
    })
    expect(refused.status).toBe(400)
    expect(refused.json.Error[0].error_description).toContain('Not enough money')
    const read = (await payer.ok('GET', `${accountPath(payer)}/draft-payment/${id}`)).json
      .Response[0]
    expect(read.DraftPayment.status).toBe('PENDING')
    const noEntries = await payer.call('POST', `${accountPath(payer)}/draft-payment`, {
      body: { number_of_required_accepts: 1, entries: [{ amount: eur('1'), description: 'x' }] },
    })
    expect(noEntries.json.Error[0].error_description).toContain('entries[0].counterparty_alias')
  })
})
