/**
 * Lesson 2: two users on one bank; one asks the other for money, the other accepts
 * (docs/protocol.md §10.2). The same request is a RequestInquiry on the asker's side and a
 * RequestResponse on the payer's side, with one status both sides agree on.
 */
import { expectThat, type Lesson } from './types'
import type { LessonWorld } from './world'

const ALICE = 'alice'
const BOB = 'bob'

/** Alice's request as her side sees it now: the RequestInquiry the 'ask' step noted. */
async function aliceInquiry(world: LessonWorld) {
  const alice = await world.account(ALICE)
  const id = world.notes.get('inquiryId') as number
  return world.client(ALICE).requestInquiries.get(alice.accountId, id)
}

/** The same request as Bob's side sees it now: the RequestResponse the 'see' step noted. */
async function bobResponse(world: LessonWorld) {
  const bob = await world.account(BOB)
  const id = world.notes.get('responseId') as number
  return world.client(BOB).requestResponses.get(bob.accountId, id)
}

export const requestAndAccept: Lesson = {
  id: 'request-and-accept',
  title: 'Two users: request money and accept it',
  summary:
    'Alice asks Bob for 25 EUR. Bob sees the request on his side, accepts it, and both balances change.',
  minutes: 15,
  steps: [
    {
      id: 'cast',
      title: 'Meet Alice and Bob',
      explain: [
        'Two sandbox users, each with their own API key, key pair, installation, device and session, on the same bank. That is the whole of lesson 1 twice, done for you in one go.',
        'They are two separate API contexts: nothing Alice does uses Bob’s token, or the other way round.',
      ],
      calls: [
        'POST /sandbox-user-person (×2)',
        'POST /installation (×2)',
        'POST /device-server (×2)',
        'POST /session-server (×2)',
      ],
      run: async (world) => {
        await world.onboard(ALICE)
        await world.onboard(BOB)
        return 'Alice and Bob each have a session.'
      },
      check: async (world) => {
        const a = world.client(ALICE).context.session
        const b = world.client(BOB).context.session
        return expectThat(
          !!a && !!b && a.userId !== b.userId,
          'Two sessions for two different users.',
        )
      },
    },
    {
      id: 'fund-bob',
      title: 'Give Bob some money',
      explain: ['Bob asks Sugar Daddy for 50 EUR, so he can pay when Alice asks.'],
      calls: ['POST …/request-inquiry (to sugardaddy@bunq.com)'],
      run: async (world) => {
        await world.topUp(BOB, '50.00')
        return 'Bob asked Sugar Daddy for 50 EUR.'
      },
      check: async (world) => {
        const balance = await world.waitFor(
          () => world.balance(BOB),
          (v) => v === '50.00',
        )
        return expectThat(balance === '50.00', `Bob has ${balance} EUR.`)
      },
    },
    {
      id: 'ask',
      title: 'Alice asks Bob for 25 EUR',
      explain: [
        'Alice posts a request-inquiry on her account, addressed to Bob’s IBAN (an IBAN pointer needs the holder’s name too). allow_bunqme is false: Bob is a bunq user, no payment link is needed.',
        'On Alice’s side this is a RequestInquiry with status PENDING.',
      ],
      calls: ['POST /user/{alice}/monetary-account/{id}/request-inquiry'],
      run: async (world) => {
        const alice = await world.account(ALICE)
        const bob = await world.account(BOB)
        const id = await world.client(ALICE).requestInquiries.create(alice.accountId, {
          amount_inquired: { value: '25.00', currency: 'EUR' },
          counterparty_alias: bob.pointer,
          description: 'Concert tickets',
          allow_bunqme: false,
        })
        world.notes.set('inquiryId', id)
        return `Request-inquiry ${id} is waiting for Bob.`
      },
      check: async (world) => {
        const inquiry = await aliceInquiry(world)
        return expectThat(inquiry.status === 'PENDING', `Alice’s side says ${inquiry.status}.`)
      },
    },
    {
      id: 'see',
      title: 'Bob sees the request',
      explain: [
        'Bob lists his request-responses: the same request, seen from the paying side. Its status is PENDING too, and its amount_inquired is what Alice asked for.',
      ],
      calls: ['GET /user/{bob}/monetary-account/{id}/request-response'],
      run: async (world) => {
        const bob = await world.account(BOB)
        const page = await world.client(BOB).requestResponses.list(bob.accountId)
        const found = page.items.find((r) => r.description === 'Concert tickets')
        if (found) world.notes.set('responseId', found.id)
        return found
          ? `Request-response ${found.id}: ${found.amount_inquired.value} EUR.`
          : 'Nothing found yet.'
      },
      check: async (world) =>
        expectThat(world.notes.has('responseId'), 'Bob has a PENDING request-response from Alice.'),
    },
    {
      id: 'accept',
      title: 'Bob accepts',
      explain: [
        'Bob answers with a PUT on his request-response: status ACCEPTED. That moves the money: a payment from Bob to Alice, booked on both accounts.',
      ],
      calls: ['PUT /user/{bob}/monetary-account/{id}/request-response/{id}'],
      run: async (world) => {
        const bob = await world.account(BOB)
        await world
          .client(BOB)
          .requestResponses.accept(bob.accountId, world.notes.get('responseId') as number)
        return 'Bob accepted.'
      },
      check: async (world) => {
        const response = await bobResponse(world)
        return expectThat(response.status === 'ACCEPTED', `Bob’s side says ${response.status}.`)
      },
    },
    {
      id: 'both-sides',
      title: 'Both sides agree',
      explain: [
        'Alice’s request-inquiry is ACCEPTED now, and the money moved: Alice has +25.00, Bob has 50.00 − 25.00 = 25.00. Each of them has a Payment for it: negative for Bob, positive for Alice.',
      ],
      calls: ['GET …/request-inquiry/{id}', 'GET …/monetary-account/{id} (×2)'],
      run: async (world) => {
        const inquiry = await aliceInquiry(world)
        world.notes.set('inquiryStatus', inquiry.status)
        return `Alice’s request-inquiry is ${inquiry.status}.`
      },
      check: async (world) => {
        const [a, b] = [await world.balance(ALICE), await world.balance(BOB)]
        const status = world.notes.get('inquiryStatus')
        return expectThat(
          status === 'ACCEPTED' && a === '25.00' && b === '25.00',
          `Alice’s request is ${String(status)}; Alice has ${a} EUR, Bob has ${b} EUR.`,
        )
      },
    },
  ],
}
