import { describe, expect, it } from 'vitest'
import { faces } from './support/faces'
import type { TestClient } from './support/client'

// docs/protocol.md §10.5 and its emulator defaults (§15.1 #15).
const ids = (r: { json: { Response: { Payment: { id: number } }[] } }) =>
  r.json.Response.map((p) => p.Payment.id)

async function withPayments(c: TestClient, n: number): Promise<string> {
  const base = `/user/${c.userId}/monetary-account/${c.accountId}`
  const sugar = { type: 'EMAIL', value: 'sugardaddy@bunq.com', name: 'Sugar Daddy' }
  await c.ok('POST', `${base}/request-inquiry`, {
    body: {
      amount_inquired: { value: '100', currency: 'EUR' },
      counterparty_alias: sugar,
      description: 'in',
      allow_bunqme: false,
    },
  })
  for (let i = 1; i < n; i++) {
    await c.ok('POST', `${base}/payment`, {
      body: {
        amount: { value: '1', currency: 'EUR' },
        counterparty_alias: sugar,
        description: `p${i}`,
      },
    })
  }
  return `${base}/payment`
}

describe.each(faces(0))('pagination (%s)', (_name, makeFace) => {
  it('pages newest first with exclusive ids and bunq-shaped links', async () => {
    const c = await (await makeFace()).client().bootstrap()
    const path = await withPayments(c, 8)
    const all = ids(await c.ok('GET', `${path}?count=200`))
    expect(all).toHaveLength(8)
    expect([...all].sort((a, b) => b - a)).toEqual(all)

    const first = await c.ok('GET', `${path}?count=3`)
    expect(ids(first)).toEqual(all.slice(0, 3))
    expect(first.json.Pagination).toEqual({
      future_url: `/v1${path}?count=3&newer_id=${all[0]}`,
      newer_url: null,
      older_url: `/v1${path}?count=3&older_id=${all[2]}`,
    })
    const follow = (url: string) => c.ok('GET', url.replace(/^\/v1/, ''))
    const second = await follow(first.json.Pagination.older_url)
    expect(ids(second)).toEqual(all.slice(3, 6))
    expect(second.json.Pagination.future_url).toBeNull()
    expect(second.json.Pagination.newer_url).toBe(`/v1${path}?count=3&newer_id=${all[3]}`)
    const third = await follow(second.json.Pagination.older_url)
    expect(ids(third)).toEqual(all.slice(6))
    expect(third.json.Pagination.older_url).toBeNull()
    // newer_id returns the items immediately newer than the id, still newest first.
    expect(ids(await follow(second.json.Pagination.newer_url))).toEqual(all.slice(0, 3))
    expect(ids(await follow(third.json.Pagination.newer_url))).toEqual(all.slice(3, 6))
  })

  it('defaults count to 10, leaves count out of links when not sent, polls with future_url', async () => {
    const c = await (await makeFace()).client().bootstrap()
    const path = await withPayments(c, 12)
    const page = await c.ok('GET', path)
    expect(page.json.Response).toHaveLength(10)
    expect(page.json.Pagination.older_url).toMatch(new RegExp(`^/v1${path}\\?older_id=\\d+$`))
    const poll = await c.ok('GET', page.json.Pagination.future_url.replace(/^\/v1/, ''))
    expect(poll.json.Response).toEqual([])
    expect(poll.json.Pagination.future_url).toBe(page.json.Pagination.future_url)
  })

  it('refuses a count above 200 or a non-numeric id', async () => {
    const c = await (await makeFace()).client().bootstrap()
    const path = `/user/${c.userId}/monetary-account/${c.accountId}/payment`
    expect((await c.call('GET', `${path}?count=201`)).status).toBe(400)
    expect((await c.call('GET', `${path}?older_id=abc`)).status).toBe(400)
  })
})
