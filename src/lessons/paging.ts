/**
 * Lesson 3: paging through payments (docs/protocol.md §10.5). Lists are newest first; each page
 * carries a Pagination object whose older_url and newer_url hold the ids to continue from.
 */
import { SUGAR_DADDY } from '../bunq/endpoints/request-inquiries'
import type { PageCursor } from '../bunq/pagination'
import { expectThat, type Lesson } from './types'

const YOU = 'you'
const AMOUNTS = ['1.00', '2.00', '3.00', '4.00', '5.00', '6.00', '7.00']

const values = (notes: Map<string, unknown>, key: string) =>
  (notes.get(key) as string[] | undefined) ?? []

export const paging: Lesson = {
  id: 'paging',
  title: 'Paging through payments',
  summary: 'Make seven payments, then read them three at a time with older and newer cursors.',
  minutes: 10,
  steps: [
    {
      id: 'setup',
      title: 'A user with money',
      explain: ['One user with a session (lesson 1 in one go) and 100 EUR from Sugar Daddy.'],
      calls: ['the bootstrap calls', 'POST …/request-inquiry'],
      run: async (world) => {
        await world.onboard(YOU)
        await world.topUp(YOU, '100.00')
        return 'Ready, with money on the way.'
      },
      check: async (world) => {
        const balance = await world.waitFor(
          () => world.balance(YOU),
          (v) => v === '100.00',
        )
        return expectThat(balance === '100.00', `The balance is ${balance} EUR.`)
      },
    },
    {
      id: 'seven-payments',
      title: 'Seven small payments',
      explain: [
        'Seven payments of 1 to 7 EUR to Sugar Daddy, so there is something to page through. Each is its own signed POST, sent once.',
      ],
      calls: ['POST …/payment (×7)'],
      run: async (world) => {
        const { accountId } = await world.account(YOU)
        for (const value of AMOUNTS) {
          await world.client(YOU).payments.create(accountId, {
            amount: { value, currency: 'EUR' },
            counterparty_alias: SUGAR_DADDY,
            description: `Paging practice ${value}`,
          })
        }
        return 'Seven payments sent.'
      },
      check: async (world) => {
        const balance = await world.balance(YOU)
        return expectThat(balance === '72.00', `The balance is ${balance} EUR (100 − 28).`)
      },
    },
    {
      id: 'first-page',
      title: 'The newest three',
      explain: [
        'GET …/payment?count=3 answers the three newest payments (7, 6 and 5 EUR) and a Pagination object. Its older_url points below the oldest id on this page; newer_url is null, since nothing is newer.',
        'The Sugar Daddy top-up is a payment too (a positive one), so it will show up at the very end.',
      ],
      calls: ['GET …/payment?count=3'],
      run: async (world) => {
        const { accountId } = await world.account(YOU)
        const page = await world.client(YOU).payments.list(accountId, { count: 3 })
        world.notes.set(
          'page1',
          page.items.map((p) => p.amount.value),
        )
        world.notes.set('older', page.pagination.older)
        return `Page 1: ${page.items.map((p) => p.amount.value).join(', ')}.`
      },
      check: async (world) => {
        const got = values(world.notes, 'page1')
        return expectThat(
          got.join() === '-7.00,-6.00,-5.00' && world.notes.get('older') != null,
          `Page 1 holds ${got.join(', ')}, with a way to older payments.`,
        )
      },
    },
    {
      id: 'older',
      title: 'Older, and older again',
      explain: [
        'Pass the older cursor (older_id and count) back to the same list call. Keep going until older_url is null: then you have reached the first payment of the account.',
      ],
      calls: ['GET …/payment?count=3&older_id=…', 'GET …/payment?count=3&older_id=…'],
      run: async (world) => {
        const { accountId } = await world.account(YOU)
        const seen: string[] = []
        let cursor = world.notes.get('older') as PageCursor | null
        let pages = 0
        while (cursor && pages < 5) {
          const page = await world.client(YOU).payments.list(accountId, cursor)
          seen.push(...page.items.map((p) => p.amount.value))
          world.notes.set('newer', page.pagination.newer)
          cursor = page.pagination.older
          pages++
        }
        world.notes.set('olderValues', seen)
        return `${pages} more pages: ${seen.join(', ')}.`
      },
      check: async (world) => {
        const got = values(world.notes, 'olderValues')
        return expectThat(
          got.join() === '-4.00,-3.00,-2.00,-1.00,100.00',
          `Older pages hold ${got.join(', ')}: the top-up is the oldest.`,
        )
      },
    },
    {
      id: 'newer',
      title: 'And back: newer',
      explain: [
        'From the last page, the newer cursor (newer_id) walks the other way: it answers the payments just above that page (2, 3 and 4 EUR), newest first as always.',
      ],
      calls: ['GET …/payment?count=3&newer_id=…'],
      run: async (world) => {
        const { accountId } = await world.account(YOU)
        const cursor = world.notes.get('newer') as PageCursor | null
        const page = cursor ? await world.client(YOU).payments.list(accountId, cursor) : null
        world.notes.set('newerValues', page?.items.map((p) => p.amount.value) ?? [])
        return `Newer page: ${values(world.notes, 'newerValues').join(', ') || 'none'}.`
      },
      check: async (world) => {
        const got = values(world.notes, 'newerValues')
        return expectThat(
          got.join() === '-4.00,-3.00,-2.00',
          `The newer page holds ${got.join(', ')}: the payments just above the last page.`,
        )
      },
    },
  ],
}
