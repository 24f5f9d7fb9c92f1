import { describe, expect, it } from 'vitest'
import { fakeClock, faces } from './support/faces'
import { accountPath, balance, emailOf, topUp, total } from './support/ledger'

// docs/decisions/0016: schedule-payment, schedule-payment-batch, schedule and schedule-instance on
// the practice clock, against both faces; every run is a real payment and the ledger stays whole.
const eur = (value: string) => ({ value, currency: 'EUR' })
const DAY = 86400e3
const bunqTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '')

describe.each(faces(0))('schedules on the practice clock (%s)', (_name, makeFace) => {
  it('a WEEKLY schedule-payment runs once per week the clock moves, each run a payment', async () => {
    const clock = fakeClock()
    const face = await makeFace({ platform: clock.platform })
    const payer = await face.client().bootstrap()
    const payee = await face.client().bootstrap()
    await topUp(payer, '100')
    const before = await total(payer, payee)
    const created = await payer.ok('POST', `${accountPath(payer)}/schedule-payment`, {
      body: {
        payment: {
          amount: eur('12.50'),
          counterparty_alias: await emailOf(payee),
          description: 'rent',
        },
        schedule: {
          time_start: bunqTime(clock.t + DAY),
          time_end: bunqTime(clock.t + 20 * DAY),
          recurrence_unit: 'WEEKLY',
          recurrence_size: 1,
        },
      },
    })
    const id = created.json.Response[0].Id.id
    expect(await balance(payer)).toBe(10000)
    const read = (await payer.ok('GET', `${accountPath(payer)}/schedule-payment/${id}`)).json
      .Response[0].SchedulePayment
    expect(read.schedule.recurrence_unit).toBe('WEEKLY')
    expect(read.payment.amount).toEqual(eur('12.50'))
    expect(read.status).toBe('ACTIVE')

    // Two days on: the first run. Three more weeks: two more runs, then the schedule is finished.
    expect(await face.bank.clock.travel(2 * DAY)).toBe(1)
    expect(face.bank.clock.offsetMs()).toBe(2 * DAY)
    expect(await balance(payer)).toBe(10000 - 1250)
    expect(await face.bank.clock.travel(21 * DAY)).toBe(2)
    expect(await balance(payer)).toBe(10000 - 3 * 1250)
    expect(await balance(payee)).toBe(3 * 1250)
    expect(await total(payer, payee)).toBe(before)
    const schedule = (await payer.ok('GET', `${accountPath(payer)}/schedule/${id}`)).json
      .Response[0].Schedule
    expect(schedule.status).toBe('FINISHED')
    const instances = (
      await payer.ok('GET', `${accountPath(payer)}/schedule/${id}/schedule-instance`)
    ).json.Response
    expect(instances).toHaveLength(3)
    const first = instances[2].ScheduleInstance
    expect(first.state).toBe('FINISHED_SUCCESSFULLY')
    expect(first.result_object.Payment.scheduled_id).toBe(id)
    const one = await payer.ok(
      'GET',
      `${accountPath(payer)}/schedule/${id}/schedule-instance/${instances[0].ScheduleInstance.id}`,
    )
    expect(one.json.Response[0].ScheduleInstance.result_object.Payment.amount).toEqual(
      eur('-12.50'),
    )
    expect(await face.bank.clock.runDueSchedules()).toBe(0)
  })

  it('runs a due schedule at the next request; a run without money fails and moves nothing', async () => {
    const clock = fakeClock()
    const face = await makeFace({ platform: clock.platform })
    const payer = await face.client().bootstrap()
    const payee = await face.client().bootstrap()
    await topUp(payer, '15')
    const to = await emailOf(payee)
    const made = await payer.ok('POST', `${accountPath(payer)}/schedule-payment-batch`, {
      body: {
        payments: [
          { amount: eur('5'), counterparty_alias: to, description: 'a' },
          { amount: eur('5'), counterparty_alias: to, description: 'b' },
        ],
        schedule: {
          time_start: bunqTime(clock.t + 3600e3),
          recurrence_unit: 'DAILY',
          recurrence_size: 1,
        },
      },
    })
    const id = made.json.Response[0].Id.id
    clock.t += 2 * 3600e3 // real time passes: the next request runs the first instance
    expect(await balance(payer)).toBe(500)
    clock.t += DAY // a day later there is not enough for 10.00: the run fails
    expect(await balance(payer)).toBe(500)
    expect(await balance(payee)).toBe(1000)
    const instances = (
      await payer.ok('GET', `${accountPath(payer)}/schedule/${id}/schedule-instance`)
    ).json.Response
    expect(
      instances.map((i: { ScheduleInstance: { state: string } }) => i.ScheduleInstance.state),
    ).toEqual(['FAILED_USER_ERROR', 'FINISHED_SUCCESSFULLY'])
    expect(instances[0].ScheduleInstance.error_message[0].error_description).toContain(
      'Not enough money',
    )
    expect(instances[1].ScheduleInstance.result_object.PaymentBatch.payments.Payment).toHaveLength(
      2,
    )
    const batch = (await payer.ok('GET', `${accountPath(payer)}/schedule-payment-batch/${id}`)).json
      .Response[0].SchedulePaymentBatch
    expect(batch.payments).toHaveLength(2)
    // Cancelled: nothing more runs, whatever the clock does.
    await payer.ok('DELETE', `${accountPath(payer)}/schedule-payment-batch/${id}`)
    await topUp(payer, '100')
    expect(await face.bank.clock.travel(5 * DAY)).toBe(0)
    const all = (await payer.ok('GET', `/user/${payer.userId}/schedule`)).json.Response
    expect(all[0].Schedule.status).toBe('CANCELLED')
    expect(await balance(payer)).toBe(10500)
  })

  it('refuses bad schedules naming the field', async () => {
    const face = await makeFace()
    const payer = await face.client().bootstrap()
    const payee = await face.client().bootstrap()
    const payment = { amount: eur('1'), counterparty_alias: await emailOf(payee), description: 'x' }
    const post = (schedule: unknown, p: unknown = payment) =>
      payer.call('POST', `${accountPath(payer)}/schedule-payment`, {
        body: { payment: p, schedule },
      })
    const start = bunqTime(Date.now() + DAY)
    const cases: [unknown, string][] = [
      [undefined, 'schedule'],
      [{ time_start: 'tomorrow', recurrence_unit: 'DAILY' }, 'schedule.time_start'],
      [{ time_start: start, recurrence_unit: 'FORTNIGHTLY' }, 'schedule.recurrence_unit'],
      [
        { time_start: start, recurrence_unit: 'DAILY', recurrence_size: 0 },
        'schedule.recurrence_size',
      ],
      [
        { time_start: start, time_end: bunqTime(Date.now()), recurrence_unit: 'DAILY' },
        'schedule.time_end',
      ],
    ]
    for (const [schedule, field] of cases) {
      const reply = await post(schedule)
      expect(reply.status, field).toBe(400)
      expect(reply.json.Error[0].error_description).toContain(field)
    }
    const noAmount = await post(
      { time_start: start, recurrence_unit: 'ONCE' },
      { ...payment, amount: undefined },
    )
    expect(noAmount.json.Error[0].error_description).toContain('payment.amount')
    expect((await payer.ok('GET', `${accountPath(payer)}/schedule`)).json.Response).toHaveLength(0)
  })
})
