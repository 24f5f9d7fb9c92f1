/**
 * Lesson: a scheduled payment that runs when the practice clock moves forward (docs/decisions/
 * 0016). Alice schedules a weekly payment to Bob; nothing moves until its time comes; moving the
 * practice bank's clock makes each week's run a real payment, listed as a schedule-instance.
 */
import { expectThat, type Lesson } from './types'

const ALICE = 'alice'
const BOB = 'bob'
const HOUR = 3600e3

/** `YYYY-MM-DD hh:mm:ss`, UTC: the form bunq's schedule fields take. */
const bunqTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19)

export const scheduledPayment: Lesson = {
  id: 'scheduled-payment',
  title: 'A scheduled payment and the practice clock',
  summary:
    'Alice pays Bob 10 EUR every week. Move the practice clock forward and watch each run become a payment.',
  minutes: 10,
  steps: [
    {
      id: 'cast',
      title: 'Alice and Bob, and money for Alice',
      explain: [
        'Two sandbox users with their own sessions; Alice asks Sugar Daddy for 50 EUR so she can pay.',
        'A schedule pays from Alice’s account later, so the money must be there when the run comes, not now.',
      ],
      calls: ['onboarding (×2)', 'POST …/request-inquiry (to sugardaddy@bunq.com)'],
      run: async (world) => {
        await world.onboard(ALICE)
        await world.onboard(BOB)
        await world.topUp(ALICE, '50.00')
        return 'Alice has a session and asked Sugar Daddy for 50 EUR; Bob has a session.'
      },
      check: async (world) => {
        const balance = await world.waitFor(
          () => world.balance(ALICE),
          (v) => v === '50.00',
        )
        return expectThat(balance === '50.00', `Alice has ${balance} EUR.`)
      },
    },
    {
      id: 'schedule',
      title: 'Alice schedules 10 EUR a week to Bob',
      explain: [
        'POST …/schedule-payment takes the payment (amount, counterparty_alias, description) and a schedule: time_start, recurrence_unit (ONCE, HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY) and recurrence_size.',
        'The first run is one hour from now on the bank’s clock, so nothing moves yet.',
      ],
      calls: ['POST /user/{alice}/monetary-account/{id}/schedule-payment'],
      run: async (world) => {
        const alice = await world.account(ALICE)
        const bob = await world.account(BOB)
        const bank = world.practiceBank()
        const start = bank.clock.now() + HOUR
        const id = await world.client(ALICE).schedulePayments.create(
          alice.accountId,
          {
            amount: { value: '10.00', currency: 'EUR' },
            counterparty_alias: bob.pointer,
            description: 'Weekly rent share',
          },
          { time_start: bunqTime(start), recurrence_unit: 'WEEKLY', recurrence_size: 1 },
        )
        world.notes.set('scheduleId', id)
        return `Schedule ${id} starts in an hour.`
      },
      check: async (world) => {
        const bob = await world.balance(BOB)
        return expectThat(bob === '0.00', `Bob still has ${bob} EUR: the schedule has not run.`)
      },
    },
    {
      id: 'first-run',
      title: 'Move the practice clock forward two hours',
      explain: [
        'The practice bank’s clock can be moved forward (on the Practice bank page, or here). Schedules whose time has come run at once, each as a real payment from Alice to Bob.',
        'At the real bunq you would simply wait; the clock only exists in the practice bank, to make the wait short.',
      ],
      calls: ['(practice clock +2 h)', 'GET …/schedule/{id}/schedule-instance'],
      run: async (world) => {
        const ran = await world.practiceBank().clock.travel(2 * HOUR)
        return `${ran} scheduled run happened.`
      },
      check: async (world) => {
        const bob = await world.balance(BOB)
        return expectThat(bob === '10.00', `Bob has ${bob} EUR after the first run.`)
      },
    },
    {
      id: 'next-week',
      title: 'A week later, and cancelling',
      explain: [
        'One more week on the clock: the second run. Then Alice cancels the schedule with DELETE …/schedule-payment/{id}; it stays listed with status CANCELLED and never runs again.',
      ],
      calls: [
        '(practice clock +7 days)',
        'DELETE …/schedule-payment/{id}',
        'GET …/schedule-payment',
      ],
      run: async (world) => {
        const alice = await world.account(ALICE)
        await world.practiceBank().clock.travel(7 * 24 * HOUR)
        await world
          .client(ALICE)
          .schedulePayments.cancel(alice.accountId, world.notes.get('scheduleId') as number)
        await world.practiceBank().clock.travel(7 * 24 * HOUR)
        const list = await world.client(ALICE).schedulePayments.list(alice.accountId)
        world.notes.set('scheduleStatus', list.items[0]?.status)
        return `The schedule is ${String(list.items[0]?.status)}.`
      },
      check: async (world) => {
        const [a, b] = [await world.balance(ALICE), await world.balance(BOB)]
        return expectThat(
          world.notes.get('scheduleStatus') === 'CANCELLED' && a === '30.00' && b === '20.00',
          `Two runs and no more: Alice has ${a} EUR, Bob has ${b} EUR.`,
        )
      },
    },
  ],
}
