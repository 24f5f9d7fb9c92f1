import { describe, expect, it } from 'vitest'
import { InFlightCounter } from '../../src/pwa/in-flight'

/** A transport whose responses the test releases by hand. */
function heldTransport() {
  const pending: Array<(response: Response) => void> = []
  const failures: Array<(error: Error) => void> = []
  const transport = (_request: Request) =>
    new Promise<Response>((resolve, reject) => {
      pending.push(resolve)
      failures.push(reject)
    })
  return { transport, pending, failures }
}

describe('InFlightCounter', () => {
  it('is busy exactly while wrapped requests are unsettled', async () => {
    const counter = new InFlightCounter()
    const held = heldTransport()
    const send = counter.wrap(held.transport)
    expect(counter.isBusy()).toBe(false)
    const first = send(new Request('http://127.0.0.1/v1/user'))
    const second = send(new Request('http://127.0.0.1/v1/payment', { method: 'POST' }))
    expect(counter.count).toBe(2)
    held.pending[0](new Response('{}', { status: 200 }))
    expect((await first).status).toBe(200)
    expect(counter.count).toBe(1)
    held.failures[1](new TypeError('Failed to fetch'))
    await expect(second).rejects.toThrow('Failed to fetch')
    expect(counter.isBusy()).toBe(false)
  })

  it('passes the same Request through to the transport', async () => {
    const counter = new InFlightCounter()
    const seen: Request[] = []
    const send = counter.wrap(async (request) => {
      seen.push(request)
      return new Response(null, { status: 204 })
    })
    const request = new Request('http://127.0.0.1/v1/installation', { method: 'POST', body: '{}' })
    await send(request)
    expect(seen[0]).toBe(request)
  })
})
