// bunq's limits, queued instead of failed, on a fake clock (docs/protocol.md §9).
import { describe, expect, it } from 'vitest'
import { DEFAULT_RATE_MARGIN_MS, RateLimiter } from '../../src/bunq/rate-limit'
import { EPOCH, fakePlatform } from './helpers/fake-platform'

/** Acquires n calls concurrently and returns the clock time at which each was let through. */
async function burst(
  limiter: RateLimiter,
  clock: { now(): number },
  n: number,
  method: string,
  path: string,
) {
  return Promise.all(
    Array.from({ length: n }, () => limiter.acquire(method, path).then(() => clock.now() - EPOCH)),
  )
}

describe('RateLimiter', () => {
  it('lets 3 GETs through per 3 s and queues the 4th', async () => {
    const clock = fakePlatform()
    const limiter = new RateLimiter(clock)
    const times = await burst(limiter, clock, 4, 'GET', '/user/1/monetary-account')
    expect(times.slice(0, 3)).toEqual([0, 0, 0])
    // bunq's 3 s window plus the 250 ms margin for latency.
    expect(times[3]).toBe(3250)
  })

  it('keeps a margin: with variable latency, bunq never sees a 4th GET within its 3 s', async () => {
    expect(DEFAULT_RATE_MARGIN_MS).toBe(250)
    const clock = fakePlatform()
    const limiter = new RateLimiter(clock)
    // Send times from the limiter; the first three calls took 200 ms to arrive, later ones 0 ms.
    const sent = await burst(limiter, clock, 7, 'GET', '/user/1/event')
    const arrived = sent.map((t, i) => t + (i < 3 ? 200 : 0))
    for (let i = 3; i < arrived.length; i++)
      expect(arrived[i] - arrived[i - 3], `call ${i + 1}`).toBeGreaterThanOrEqual(3000)
    // Without the margin the same latency earns bunq's 429: the 4th arrives 2.8 s after the 1st.
    const bare = fakePlatform()
    const tight = await burst(
      new RateLimiter(bare, { marginMs: 0 }),
      bare,
      4,
      'GET',
      '/user/1/event',
    )
    expect(tight[3] - (tight[0] + 200)).toBeLessThan(3000)
  })

  it('allows 5 POSTs, 2 PUTs, and treats DELETE like POST', async () => {
    const clock = fakePlatform()
    const limiter = new RateLimiter(clock)
    expect(
      (await burst(limiter, clock, 6, 'POST', '/user/1/monetary-account/2/payment')).filter(
        (t) => t === 0,
      ),
    ).toHaveLength(5)
    const put = fakePlatform()
    const putLimiter = new RateLimiter(put)
    expect(
      (await burst(putLimiter, put, 3, 'PUT', '/user/1/x/2')).filter((t) => t === 0),
    ).toHaveLength(2)
    const del = fakePlatform()
    const delLimiter = new RateLimiter(del)
    expect(
      (await burst(delLimiter, del, 6, 'DELETE', '/session/0')).filter((t) => t === 0),
    ).toHaveLength(5)
  })

  it('allows one session-server per 30 s', async () => {
    const clock = fakePlatform()
    const limiter = new RateLimiter(clock)
    expect(await burst(limiter, clock, 2, 'POST', '/session-server')).toEqual([0, 30250])
  })

  it('counts per endpoint pattern: other ids share a budget, other endpoints do not', async () => {
    const clock = fakePlatform()
    const limiter = new RateLimiter(clock)
    await burst(limiter, clock, 3, 'GET', '/user/1/monetary-account/7/payment')
    expect(limiter.budget('GET', '/user/1/monetary-account/8/payment').available).toBe(0)
    expect(limiter.budget('GET', '/user/1/event').available).toBe(3)
  })

  it('exposes its budget, queue and reset time, and notifies on change', async () => {
    const clock = fakePlatform()
    const limiter = new RateLimiter(clock)
    let changes = 0
    limiter.subscribe(() => changes++)
    await limiter.acquire('PUT', '/user/1/request-inquiry/2')
    clock.advance(1000)
    const budget = limiter.budget('PUT', '/user/1/request-inquiry/3')
    expect(budget).toMatchObject({
      limit: 2,
      used: 1,
      available: 1,
      queued: 0,
      resetInMs: 2250, // bunq's window (3000) + margin (250) - 1000 elapsed
      windowMs: 3000,
    })
    expect(limiter.budgets().map((b) => b.key)).toEqual(['PUT /user/{id}/request-inquiry/{id}'])
    expect(changes).toBeGreaterThan(0)
    clock.advance(2000)
    expect(limiter.budget('PUT', '/user/1/request-inquiry/3').available).toBe(1)
    clock.advance(250)
    expect(limiter.budget('PUT', '/user/1/request-inquiry/3').available).toBe(2)
  })

  it('fills the window after a 429 (penalise) so the next call waits', async () => {
    const clock = fakePlatform()
    const limiter = new RateLimiter(clock)
    limiter.penalise('GET', '/user')
    expect(await burst(limiter, clock, 1, 'GET', '/user')).toEqual([3250])
  })

  it('does nothing when disabled', async () => {
    const clock = fakePlatform()
    const limiter = new RateLimiter(clock, { enabled: false })
    expect(await burst(limiter, clock, 10, 'GET', '/user')).toEqual(Array(10).fill(0))
  })
})
