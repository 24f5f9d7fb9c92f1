import { describe, expect, it } from 'vitest'
import { faces } from './support/faces'
import { accountPath, balance, emailOf, topUp, total } from './support/ledger'

// docs/decisions/0016: hundreds of payments, batches and drafts in flight at once, in process and
// over loopback, lose no cent: the ledger's sum is the same before and after, every account's
// balance equals the sum of its payments, and each refusal (not enough money) booked nothing.
// Bounded: 4 users, 240 operations.
const eur = (value: string) => ({ value, currency: 'EUR' })
const PER_USER = 60

describe.each(faces(0))('concurrency (%s)', (_name, makeFace) => {
  it('240 payments, batches and drafts in flight lose no cent', async () => {
    const face = await makeFace()
    const users = await Promise.all([0, 1, 2, 3].map(() => face.client().bootstrap()))
    for (const u of users) await topUp(u, '50')
    const pointers = await Promise.all(users.map(emailOf))
    const before = await total(...users)
    expect(before).toBe(20000)

    const op = (i: number, from: number) => {
      const c = users[from]
      const to = pointers[(from + 1 + (i % 3)) % 4]
      const amount = eur(`${1 + (i % 7)}.${String((i * 13) % 100).padStart(2, '0')}`)
      if (i % 3 === 0) {
        return c.call('POST', `${accountPath(c)}/payment`, {
          body: { amount, counterparty_alias: to, description: `p${i}` },
        })
      }
      if (i % 3 === 1) {
        return c.call('POST', `${accountPath(c)}/payment-batch`, {
          body: {
            payments: [
              { amount, counterparty_alias: to, description: `b${i}a` },
              {
                amount: eur('0.50'),
                counterparty_alias: pointers[(from + 2) % 4],
                description: `b${i}b`,
              },
            ],
          },
        })
      }
      return (async () => {
        const made = await c.call('POST', `${accountPath(c)}/draft-payment`, {
          body: {
            number_of_required_accepts: 1,
            entries: [{ amount, counterparty_alias: to, description: `d${i}` }],
          },
        })
        const id = made.json.Response[0].Id.id
        // Accept twice at once: exactly one may pay.
        const [a, b] = await Promise.all([
          c.call('PUT', `${accountPath(c)}/draft-payment/${id}`, { body: { status: 'ACCEPTED' } }),
          c.call('PUT', `${accountPath(c)}/draft-payment/${id}`, { body: { status: 'ACCEPTED' } }),
        ])
        expect([a.status, b.status].filter((s) => s === 200).length).toBeLessThanOrEqual(1)
        return a.status === 200 ? a : b
      })()
    }
    const replies = await Promise.all(
      users.flatMap((_, from) => Array.from({ length: PER_USER }, (_, i) => op(i, from))),
    )
    const refused = replies.filter((r) => r.status !== 200)
    for (const r of refused) expect(r.json.Error[0].error_description).toMatch(/Not enough money/)
    expect(replies.length - refused.length).toBeGreaterThan(100)

    expect(await total(...users)).toBe(before)
    for (const u of users) {
      const payments = (await u.ok('GET', `${accountPath(u)}/payment?count=200`)).json.Response
      const older =
        payments.length === 200
          ? (
              await u.ok(
                'GET',
                `${accountPath(u)}/payment?count=200&older_id=${payments.at(-1).Payment.id}`,
              )
            ).json.Response
          : []
      const booked = [...payments, ...older].reduce(
        (sum: number, p: { Payment: { amount: { value: string } } }) =>
          sum + Math.round(Number(p.Payment.amount.value) * 100),
        0,
      )
      const now = await balance(u)
      expect(now).toBe(booked)
      expect(now).toBeGreaterThanOrEqual(0)
    }
  }, 120000)
})
