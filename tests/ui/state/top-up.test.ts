// followTopUp: one request-inquiry, then its status read back with platform sleeps between reads,
// stopping at the first answer that is not PENDING, or after a bounded number of reads.
import { describe, expect, it } from 'vitest'
import type { BunqClient } from '../../../src/bunq/client'
import { followTopUp, TOP_UP_POLL_MS, TOP_UP_POLLS } from '../../../src/state/live/top-up'

function stubClient(statuses: string[]) {
  const created: unknown[] = []
  const client = {
    requestInquiries: {
      create: async (_account: number, input: unknown) => (created.push(input), 77),
      get: async () => ({ status: statuses.shift() ?? 'PENDING' }),
    },
  } as unknown as BunqClient
  return { client, created }
}

describe('followTopUp', () => {
  it('polls until Sugar Daddy has answered, sleeping through the platform', async () => {
    const sleeps: number[] = []
    const { client, created } = stubClient(['PENDING', 'PENDING', 'ACCEPTED'])
    const status = await followTopUp(
      client,
      { sleep: async (ms) => void sleeps.push(ms) },
      5,
      '42.00',
    )
    expect(status).toBe('ACCEPTED')
    expect(sleeps).toEqual([TOP_UP_POLL_MS, TOP_UP_POLL_MS])
    expect(created).toHaveLength(1)
    expect(created[0]).toMatchObject({
      amount_inquired: { value: '42.00', currency: 'EUR' },
      counterparty_alias: { value: 'sugardaddy@bunq.com' },
    })
  })

  it('gives up after a bounded number of reads and reports PENDING', async () => {
    const sleeps: number[] = []
    const { client } = stubClient([])
    const status = await followTopUp(
      client,
      { sleep: async (ms) => void sleeps.push(ms) },
      5,
      '1.00',
    )
    expect(status).toBe('PENDING')
    expect(sleeps).toHaveLength(TOP_UP_POLLS)
  })
})
