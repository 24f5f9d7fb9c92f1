/**
 * Lesson: a bunq.me tab that the cast pays (docs/decisions/0016). Alice makes a payment link;
 * Bob and Carol open it, which puts a request to pay in front of each of them; each accepts, and
 * the tab lists their payments.
 */
import { expectThat, type Lesson } from './types'

const ALICE = 'alice'
const PAYERS = ['bob', 'carol']

async function emailOf(client: { users: { current(): Promise<{ user: unknown }> } }) {
  const { user } = await client.users.current()
  const alias = (user as { alias?: { type: string; value: string }[] }).alias ?? []
  return alias.find((a) => a.type === 'EMAIL')?.value ?? ''
}

export const bunqmeTab: Lesson = {
  id: 'bunqme-tab',
  title: 'A bunq.me tab the cast pays',
  summary:
    'Alice shares a payment link for pizza; Bob and Carol open it and pay; the tab lists both payments.',
  minutes: 10,
  steps: [
    {
      id: 'cast',
      title: 'Alice, Bob and Carol',
      explain: [
        'Three sandbox users with their own sessions. Bob and Carol get 20 EUR each from Sugar Daddy so they can pay.',
      ],
      calls: ['onboarding (×3)', 'POST …/request-inquiry (to sugardaddy@bunq.com, ×2)'],
      run: async (world) => {
        await world.onboard(ALICE)
        for (const payer of PAYERS) {
          await world.onboard(payer)
          await world.topUp(payer, '20.00')
        }
        return 'Alice, Bob and Carol have sessions; Bob and Carol have money.'
      },
      check: async (world) => {
        const balances = await Promise.all(PAYERS.map((p) => world.balance(p)))
        return expectThat(
          balances.every((b) => b === '20.00'),
          `Bob and Carol have ${balances.join(' and ')} EUR.`,
        )
      },
    },
    {
      id: 'tab',
      title: 'Alice makes a tab',
      explain: [
        'POST …/bunqme-tab with a bunqme_tab_entry: amount_inquired and a description. The answer is an Id; reading the tab gives its bunqme_tab_share_url, the link Alice shares.',
      ],
      calls: ['POST /user/{alice}/monetary-account/{id}/bunqme-tab', 'GET …/bunqme-tab/{id}'],
      run: async (world) => {
        const alice = await world.account(ALICE)
        const client = world.client(ALICE)
        const id = await client.bunqmeTabs.create(
          alice.accountId,
          { value: '12.50', currency: 'EUR' },
          'Pizza night',
        )
        const tab = await client.bunqmeTabs.get(alice.accountId, id)
        world.notes.set('tabId', id)
        world.notes.set('shareUrl', tab.bunqme_tab_share_url)
        return `Tab ${id}: ${tab.bunqme_tab_share_url}`
      },
      check: async (world) =>
        expectThat(
          String(world.notes.get('shareUrl')).startsWith('https://bunq.me/t/'),
          'The tab has a bunq.me share URL.',
        ),
    },
    {
      id: 'pay',
      title: 'Bob and Carol open the link and pay',
      explain: [
        'Opening the link in a bunq app shows a request to pay: a RequestResponse on the payer’s account, PENDING. The practice bank does what the app would do for each of them.',
        'Each accepts with the signed PUT …/request-response/{id} status ACCEPTED, exactly as in the lesson on requests: the money moves then, through the ledger.',
      ],
      calls: [
        '(open the share URL)',
        'PUT /user/{payer}/monetary-account/{id}/request-response/{id} (×2)',
      ],
      run: async (world) => {
        const bank = world.practiceBank()
        for (const payer of PAYERS) {
          const client = world.client(payer)
          const account = await world.account(payer)
          const responseId = await bank.openBunqmeTab(
            String(world.notes.get('shareUrl')),
            await emailOf(client),
          )
          await client.requestResponses.accept(account.accountId, responseId)
        }
        return 'Bob and Carol paid.'
      },
      check: async (world) => {
        const balances = await Promise.all(PAYERS.map((p) => world.balance(p)))
        return expectThat(
          balances.every((b) => b === '7.50'),
          `Bob and Carol have ${balances.join(' and ')} EUR left.`,
        )
      },
    },
    {
      id: 'result',
      title: 'The tab lists both payments',
      explain: [
        'Alice reads her tab again: result_inquiries holds one payment per payer, and her balance went up by 2 × 12.50.',
      ],
      calls: ['GET …/bunqme-tab/{id}', 'GET …/monetary-account/{id}'],
      run: async (world) => {
        const alice = await world.account(ALICE)
        const tab = await world
          .client(ALICE)
          .bunqmeTabs.get(alice.accountId, world.notes.get('tabId') as number)
        world.notes.set('paid', tab.result_inquiries.length)
        return `${tab.result_inquiries.length} payments on the tab.`
      },
      check: async (world) => {
        const balance = await world.balance(ALICE)
        return expectThat(
          world.notes.get('paid') === 2 && balance === '25.00',
          `The tab lists ${String(world.notes.get('paid'))} payments; Alice has ${balance} EUR.`,
        )
      },
    },
  ],
}
