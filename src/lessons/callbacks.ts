/**
 * Lesson 4: callbacks with notification filters (docs/protocol.md §10.6). bunq POSTs an event to
 * your URL when something happens, per category (MUTATION, PAYMENT, REQUEST…), at user or account
 * level. A page cannot receive callbacks, so the in-page practice bank records the bodies it
 * would have sent; across a network the lesson reads the event list instead.
 */
import type { NotificationFilter } from '../bunq/types'
import { expectThat, type Lesson } from './types'

const YOU = 'you'
/** A documentation address (RFC 2606): nothing real receives these, and no secret is in it. */
export const CALLBACK_URL = 'https://callbacks.example.com/bunq/mutation'

const mutation: NotificationFilter = { category: 'MUTATION', notification_target: CALLBACK_URL }

export const callbacks: Lesson = {
  id: 'callbacks',
  title: 'Callbacks with notification filters',
  summary:
    'Ask bunq to call your server on every mutation, watch a top-up trigger it, then switch it off again.',
  minutes: 10,
  steps: [
    {
      id: 'setup',
      title: 'A user with a session',
      explain: ['One user, bootstrapped in one go as in lesson 1.'],
      calls: ['the bootstrap calls'],
      run: async (world) => {
        await world.onboard(YOU)
        return 'Ready.'
      },
      check: async (world) =>
        expectThat(world.client(YOU).context.session !== null, 'A session is open.'),
    },
    {
      id: 'set-filter',
      title: 'Subscribe to MUTATION',
      explain: [
        'POST /user/{userID}/notification-filter-url replaces the whole list of filters at user level with what you send: here one filter, category MUTATION, target your HTTPS URL. Send an empty list to remove them all.',
        'A MUTATION is any change to a balance: payments in and out, and Sugar Daddy’s money.',
      ],
      calls: ['POST /user/{userID}/notification-filter-url'],
      run: async (world) => {
        await world.client(YOU).notificationFilters.set([mutation])
        return `Filter set: MUTATION → ${CALLBACK_URL}`
      },
      check: async (world) => {
        const filters = await world.client(YOU).notificationFilters.get()
        const ok = filters.some(
          (f) => f.category === 'MUTATION' && f.notification_target === CALLBACK_URL,
        )
        return expectThat(ok, `GET answers ${filters.length} filter(s), MUTATION among them.`)
      },
    },
    {
      id: 'trigger',
      title: 'Make something happen',
      explain: [
        'A top-up from Sugar Daddy changes the balance, so bunq sends a callback: a POST to your URL whose body is a NotificationUrl with the category, the event type and the object (here the Payment).',
        'In this page, the practice bank shows the callback it would have sent. Public sources do not settle whether bunq signs callbacks, so treat one as a hint: fetch the object from the API before you act on it. (Production callbacks come from 185.40.108.0/22.)',
      ],
      calls: ['POST …/request-inquiry (to sugardaddy@bunq.com)'],
      run: async (world) => {
        await world.topUp(YOU, '20.00')
        await world.waitFor(
          () => world.balance(YOU),
          (v) => v === '20.00',
        )
        return 'Sugar Daddy paid 20 EUR.'
      },
      check: async (world) => {
        const bank = world.backend.bank
        if (bank) {
          const seen = bank.inspector.callbacks.filter(
            (c) => c.target_url === CALLBACK_URL && c.category === 'MUTATION',
          )
          return expectThat(
            seen.length > 0,
            `The bank would have sent ${seen.length} MUTATION callback(s) to your URL.`,
          )
        }
        const events = await world.client(YOU).events.list({ count: 10 })
        return expectThat(
          events.items.length > 0,
          `The event list shows ${events.items.length} event(s).`,
        )
      },
    },
    {
      id: 'remove',
      title: 'Switch it off',
      explain: [
        'POST the same endpoint with an empty list: every filter at user level is gone. Filters at account level (…/monetary-account/{id}/notification-filter-url) are a separate list and stay as they are.',
      ],
      calls: [
        'POST /user/{userID}/notification-filter-url',
        'GET /user/{userID}/notification-filter-url',
      ],
      run: async (world) => {
        await world.client(YOU).notificationFilters.set([])
        return 'Filters removed.'
      },
      check: async (world) => {
        const filters = await world.client(YOU).notificationFilters.get()
        return expectThat(filters.length === 0, `GET answers ${filters.length} filter(s).`)
      },
    },
  ],
}
