/** Accounts, payments and requests for the fakes: plausible sandbox data, no real person. */
import type { Account, PaymentItem, RequestItem } from '../../../src/state/models'
import { bunqTime } from './sample-exchanges'

export function sampleAccounts(): Account[] {
  return [
    {
      id: 101,
      description: 'bunq account',
      iban: 'NL12BUNQ2025000101',
      displayName: 'Ada Fakename',
      balance: { value: '487.40', currency: 'EUR' },
      status: 'ACTIVE',
    },
    {
      id: 102,
      description: 'Savings for a rainy day',
      iban: 'NL77BUNQ2025000102',
      displayName: 'Ada Fakename',
      balance: { value: '25.00', currency: 'EUR' },
      status: 'ACTIVE',
    },
  ]
}

const PEOPLE = ['Sugar Daddy', 'Grace Example', 'Linus Sample', 'Coffee Corner', 'Rent BV']
const WHAT = ['Sandbox money', 'Lunch', 'Coffee', 'Books', 'Rent share', 'Concert tickets']

/** `count` payments, newest first, ids descending from `topId`. */
export function samplePayments(count: number, topId: number, at: number): PaymentItem[] {
  return Array.from({ length: count }, (_, i) => {
    const id = topId - i
    const incoming = id % 4 === 0
    const cents = ((id * 7919) % 9000) + 100
    return {
      id,
      created: bunqTime(at - i * 3_600_000),
      amount: {
        value: `${incoming ? '' : '-'}${(cents / 100).toFixed(2)}`,
        currency: 'EUR',
      },
      counterpartyName: PEOPLE[id % PEOPLE.length],
      counterpartyIban: `NL${String(10 + (id % 89))}BUNQ20250${String(id).padStart(5, '0')}`,
      description: WHAT[id % WHAT.length],
      type: 'BUNQ',
    }
  })
}

export function sampleRequests(count: number, topId: number, at: number): RequestItem[] {
  const statuses = ['ACCEPTED', 'ACCEPTED', 'PENDING', 'REJECTED']
  return Array.from({ length: count }, (_, i) => ({
    id: topId - i,
    created: bunqTime(at - i * 7_200_000),
    amount: { value: (100 + ((topId - i) % 5) * 50).toFixed(2), currency: 'EUR' },
    counterpartyName: 'Sugar Daddy',
    description: 'You’re the best!',
    status: statuses[(topId - i) % statuses.length],
  }))
}
