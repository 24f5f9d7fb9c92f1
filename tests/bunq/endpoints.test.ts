// Endpoint paths, bodies and unwrapping, against a scripted server.
import { beforeAll, describe, expect, it } from 'vitest'
import { utf8Decode } from '../../src/crypto/bytes'
import { testKeys, type TestKeys } from './helpers/keys'
import { scriptedClient } from './helpers/scripted-client'
import { ok, readyContext, type Answer } from './helpers/fake-bank'

let keys: TestKeys
beforeAll(async () => {
  keys = await testKeys()
})

function setup(answers: Answer[]) {
  const { client, requests } = scriptedClient(keys, answers, readyContext(keys))
  const sent = () =>
    requests.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`)
  return { client, requests, sent }
}
const account = (id: number, status = 'ACTIVE') => ({
  MonetaryAccountBank: { id, status, balance: { value: '0.00', currency: 'EUR' }, alias: [] },
})

describe('endpoints', () => {
  it('pages with count and older_id in the query', async () => {
    const { client, sent } = setup([{ body: ok([{ Payment: { id: 3 } }]) }])
    await client.payments.list(7, { count: 25, older_id: 224 })
    expect(sent()).toEqual(['GET /v1/user/42/monetary-account/7/payment?count=25&older_id=224'])
  })

  it('fills {userID} and {monetary-accountID} from the session and the first ACTIVE account', async () => {
    const { client, sent } = setup([
      { body: ok([account(1, 'CANCELLED'), account(2)]) },
      { body: ok([{ Event: { id: 1 } }]) },
    ])
    const result = await client.call(
      'GET',
      '/user/{userID}/monetary-account/{monetary-accountID}/event',
    )
    expect(sent()[1]).toBe('GET /v1/user/42/monetary-account/2/event')
    expect(result.items).toEqual([{ type: 'Event', value: { id: 1 } }])
  })

  it('uses an explicit account id without looking one up', async () => {
    const { client, sent } = setup([{ body: ok([]) }])
    await client.call(
      'GET',
      '/user/{userID}/monetary-account/{monetary-accountID}/payment',
      undefined,
      { accountId: 9 },
    )
    expect(sent()).toEqual(['GET /v1/user/42/monetary-account/9/payment'])
  })

  it('revokes, accepts and rejects with the right PUT bodies', async () => {
    const { client, requests } = setup([
      { body: ok([{ Id: { id: 1 } }]) },
      { body: ok([{ Id: { id: 1 } }]) },
      { body: ok([{ Id: { id: 1 } }]) },
    ])
    await client.requestInquiries.revoke(7, 11)
    await client.requestResponses.accept(7, 12, { value: '1.00', currency: 'EUR' })
    await client.requestResponses.reject(7, 13)
    expect(requests.map((r) => [r.method, JSON.parse(utf8Decode(r.body))])).toEqual([
      ['PUT', { status: 'REVOKED' }],
      ['PUT', { status: 'ACCEPTED', amount_responded: { value: '1.00', currency: 'EUR' } }],
      ['PUT', { status: 'REJECTED' }],
    ])
  })

  it('reads notification filters in either shape bunq may use', async () => {
    const nested = {
      NotificationFilterUrl: {
        notification_filters: [{ category: 'MUTATION', notification_target: 'https://a' }],
      },
    }
    const flat = {
      NotificationFilterUrl: { id: 1, category: 'PAYMENT', notification_target: 'https://b' },
    }
    const { client, sent } = setup([{ body: ok([nested, flat]) }])
    expect(await client.notificationFilters.get(7)).toEqual([
      { category: 'MUTATION', notification_target: 'https://a' },
      { category: 'PAYMENT', notification_target: 'https://b' },
    ])
    expect(sent()).toEqual(['GET /v1/user/42/monetary-account/7/notification-filter-url'])
  })

  it('filters events by account and status', async () => {
    const { client, sent } = setup([{ body: ok([]) }])
    await client.events.list({ count: 5 }, { monetaryAccountId: 7, status: 'FINALIZED' })
    expect(sent()).toEqual(['GET /v1/user/42/event?monetary_account_id=7&status=FINALIZED&count=5'])
  })
})
