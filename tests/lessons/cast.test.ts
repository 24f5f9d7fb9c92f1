// The cast on the practice bank, in process: three users in one action, both sides of a payment
// and of a request that one makes and another accepts.
import { describe, expect, it } from 'vitest'
import { practiceBackend } from '../../src/lessons/backend'
import { Cast, CAST } from '../../src/lessons/cast'
import { LessonWorld } from '../../src/lessons/world'
import { fakePlatform } from '../bunq/helpers/fake-platform'

async function assembled() {
  const platform = fakePlatform()
  const backend = await practiceBackend(platform, { sugarDaddyDelayMs: 1000 })
  const cast = new Cast(new LessonWorld(backend, platform))
  const progress: string[] = []
  await cast.assemble('200.00', (line) => progress.push(line))
  return { cast, progress }
}

describe('the cast', () => {
  it('creates two persons and a company, each with its own session, all funded', async () => {
    const { cast, progress } = await assembled()
    const members = await cast.members()
    expect(members.map((m) => [m.name, m.kind, m.balance])).toEqual([
      ['Anna', 'person', '200.00'],
      ['Bram', 'person', '200.00'],
      ['Acme', 'company', '200.00'],
    ])
    expect(new Set(members.map((m) => m.userId)).size).toBe(3)
    const tokens = CAST.map(({ name }) => cast.world.client(name).context.session!.token)
    expect(new Set(tokens).size).toBe(3)
    expect(progress[0]).toBe('Creating Anna (person)…')
    expect(cast.ready).toBe(true)
  })

  it('shows both sides of a payment: negative for the payer, positive for the payee', async () => {
    const { cast } = await assembled()
    const pair = await cast.pay('Anna', 'Acme', '30.00', 'Invoice 17')
    expect(pair.payer).toMatchObject({ name: 'Anna', amount: '-30.00' })
    expect(pair.payee).toMatchObject({ name: 'Acme', amount: '30.00' })
    expect(pair.payee.paymentId).not.toBeNull()
    const balances = Object.fromEntries((await cast.members()).map((m) => [m.name, m.balance]))
    expect(balances).toEqual({ Anna: '170.00', Bram: '200.00', Acme: '230.00' })
  })

  it('shows a request made by one user and accepted by another, on both sides', async () => {
    const { cast } = await assembled()
    const pending = await cast.request('Acme', 'Bram', '45.00', 'Consulting, May')
    expect(pending.asker).toMatchObject({ name: 'Acme', status: 'PENDING' })
    expect(pending.payer).toMatchObject({ name: 'Bram', status: 'PENDING' })
    const accepted = await cast.respond(pending, 'ACCEPTED')
    expect(accepted.asker.status).toBe('ACCEPTED')
    expect(accepted.payer.status).toBe('ACCEPTED')
    const balances = Object.fromEntries((await cast.members()).map((m) => [m.name, m.balance]))
    expect(balances).toMatchObject({ Acme: '245.00', Bram: '155.00' })

    const rejected = await cast.respond(
      await cast.request('Anna', 'Bram', '5.00', 'Coffee'),
      'REJECTED',
    )
    expect([rejected.asker.status, rejected.payer.status]).toEqual(['REJECTED', 'REJECTED'])
  })

  it('refuses a payment to oneself before sending anything', async () => {
    const { cast } = await assembled()
    const before = cast.world.log.length
    await expect(cast.pay('Anna', 'Anna', '1.00', 'x')).rejects.toMatchObject({
      code: 'bad-request',
    })
    expect(cast.world.log.length).toBe(before)
  })
})
