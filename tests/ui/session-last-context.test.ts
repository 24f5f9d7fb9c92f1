/**
 * After a reload (a new controller over the same store) or a lock, unlocking reopens
 * the context the user was working in, not the first one in the list.
 */
import { describe, expect, test } from 'vitest'
import { MemoryVaultStore } from '../../src/storage/memory-store'
import { makeController } from '../storage/controller-helpers'

const PASSPHRASE = 'fake passphrase for tests only'
const transport = { kind: 'practice' } as const

async function twoContexts() {
  const store = new MemoryVaultStore()
  const { controller } = makeController(store)
  await controller.init()
  expect(await controller.createVault({ protection: 'passphrase', passphrase: PASSPHRASE })).toBe(
    true,
  )
  await controller.createContext({ name: 'Alice', transport })
  await controller.createContext({ name: 'Bob', transport })
  const [alice, bob] = ['Alice', 'Bob'].map(
    (name) => controller.snapshot.contexts.find((c) => c.name === name)!.id,
  )
  return { store, controller, alice, bob }
}

describe('the active context survives a lock and a reload', () => {
  test('lock, then unlock: the context in use is reopened', async () => {
    const { controller, alice, bob } = await twoContexts()
    await controller.switchTo(alice)
    await controller.switchTo(bob)
    expect(controller.snapshot.contexts[0].id).not.toBe(bob) // the list order would pick Alice
    controller.lock()
    expect(controller.snapshot.active).toBeNull()
    await controller.unlock(PASSPHRASE)
    expect(controller.snapshot.active?.meta.id).toBe(bob)
  })

  test('a reload (a new controller over the same store) reopens the last context', async () => {
    const { store, controller, alice, bob } = await twoContexts()
    await controller.switchTo(bob)
    await controller.switchTo(alice)
    controller.dispose()
    const reloaded = makeController(store).controller
    await reloaded.init()
    expect(await reloaded.unlock(PASSPHRASE)).toBe(true)
    expect(reloaded.snapshot.active?.meta.id).toBe(alice)
    await reloaded.switchTo(bob)
    reloaded.lock()
    await reloaded.unlock(PASSPHRASE)
    expect(reloaded.snapshot.active?.meta.id).toBe(bob)
  })

  test('a remembered context that was deleted falls back to the first', async () => {
    const { controller, alice, bob } = await twoContexts()
    await controller.switchTo(bob)
    await controller.deleteContext(bob, { confirmed: true })
    controller.lock()
    await controller.unlock(PASSPHRASE)
    expect(controller.snapshot.active?.meta.id).toBe(alice)
  })
})
