// The VaultModel over the real vault, the practice bank in process and fake IndexedDB: the
// members the vault UI calls (protection choice, passphrase rules, auto-lock from Settings,
// bunq.conf round trip, a malformed file, confirmation codes).
import { describe, expect, it } from 'vitest'
import { wireVault } from '../../src/state/vault.svelte'
import { createTabSync } from '../../src/storage/tab-sync'
import { fakePlatform } from '../bunq/helpers/fake-platform'
import { ManualTimers } from '../storage/controller-helpers'
import { FAST_KDF } from '../storage/helpers'
import { practiceBankOnFakeClock } from '../bunq/helpers/practice-bank'
import { PASSPHRASE, appModelsOver, built, makeWorld, onboard } from './state/world'

const noSync = () => createTabSync({ locks: null, channel: null })

describe('vault model for the UI', () => {
  it('refuses a short new passphrase as weak-passphrase and stores nothing', async () => {
    const { models } = await makeWorld()
    await models.vault.create('short')
    expect(models.vault.error?.code).toBe('weak-passphrase')
    expect(models.vault.status).toBe('empty')
    await models.vault.create(PASSPHRASE)
    expect(models.vault.status).toBe('unlocked')
    await models.vault.changePassphrase(PASSPHRASE, 'tiny')
    expect(models.vault.error?.code).toBe('weak-passphrase')
    models.vault.lock()
    await models.vault.unlock(PASSPHRASE) // the old passphrase still opens it
    expect(models.vault.status).toBe('unlocked')
  })

  it('"this browser only" opens after a reload with no passphrase; a passphrase can be set', async () => {
    const world = await makeWorld()
    await world.models.vault.createWithoutPassphrase()
    await world.models.vault.addContext('Practice person', 'SANDBOX')
    expect(world.models.vault.protection).toBe('browser')
    const reloaded = await world.reopen()
    expect(reloaded.vault.status).toBe('unlocked')
    expect(reloaded.vault.contexts.map((c) => c.name)).toEqual(['Practice person'])
    await reloaded.vault.setPassphrase(PASSPHRASE)
    expect(reloaded.vault.protection).toBe('passphrase')
    const again = await world.reopen()
    expect(again.vault.status).toBe('locked')
    await again.vault.unlock(PASSPHRASE)
    expect(again.vault.activeId).toBe(again.vault.contexts[0].id)
  })

  it('applies the auto-lock minutes from Settings to the idle timer', async () => {
    const { platform, bank } = await practiceBankOnFakeClock()
    const timers = new ManualTimers()
    const models = await appModelsOver(platform, bank, 'auto-lock', { timers })
    await models.vault.create(PASSPHRASE)
    models.settings.setAutoLockMinutes(3)
    // The setting reaches the vault through an async save: poll until the idle timer has it.
    const armed = () => {
      models.vault.touch() // restarts the countdown: exactly one timer is pending
      return [...timers.pending.values()].map((t) => t.ms)
    }
    await expect.poll(armed).toEqual([3 * 60_000])
    timers.fireAll()
    expect(models.vault.status).toBe('locked')
  })

  it('exports a bunq.conf and imports it back as a new context that works', async () => {
    const { models } = await makeWorld()
    await onboard(models)
    const original = models.vault.activeId as string
    const text = await models.vault.exportBunqConf(original)
    expect(text).toContain('"installation_context"')
    await models.vault.importBunqConf(text as string, 'Imported copy')
    expect(models.vault.error).toBeNull()
    expect(models.vault.contexts.map((c) => c.name)).toContain('Imported copy')
    expect(models.vault.activeId).not.toBe(original)
    const consoleModel = await built(models.console)
    await consoleModel.send({ method: 'GET', path: '/user', body: '' })
    expect(consoleModel.error).toBeNull()
    expect(consoleModel.last?.redacted.response?.status).toBe(200)
    const postman = await models.vault.exportPostman(original)
    expect(postman?.values.map((v) => v.key)).toContain('installation_token')
  })

  it('a malformed bunq.conf names the bad field and adds nothing', async () => {
    const { models } = await makeWorld()
    await onboard(models)
    const conf = JSON.parse((await models.vault.exportBunqConf(models.vault.activeId!)) as string)
    delete conf.installation_context.token
    const before = models.vault.contexts.length
    await models.vault.importBunqConf(JSON.stringify(conf), 'Broken')
    expect(models.vault.error?.code).toBe('context-file-invalid')
    expect(models.vault.error?.message).toContain('installation_context.token')
    expect(models.vault.contexts).toHaveLength(before)
    await models.vault.importBunqConf('not json at all', 'Broken')
    expect(models.vault.error?.code).toBe('context-file-invalid')
    expect(models.vault.contexts).toHaveLength(before)
  })

  it('deleting or wiping without confirmation is confirmation-required; the UI path confirms', async () => {
    const platform = fakePlatform()
    const { vault, controller } = await wireVault({
      platform,
      kdf: FAST_KDF,
      sync: noSync(),
      timers: new ManualTimers(),
    })
    await vault.createWithoutPassphrase()
    await vault.addContext('Kept', 'SANDBOX')
    await vault.remove(vault.contexts[0].id, {} as { confirmed: true })
    expect(vault.error?.code).toBe('confirmation-required')
    await vault.wipe({} as { confirmed: true })
    expect(vault.error?.code).toBe('confirmation-required')
    expect(vault.contexts).toHaveLength(1)
    controller.dispose()

    const { models } = await makeWorld()
    await models.vault.createWithoutPassphrase()
    await models.vault.addContext('A', 'SANDBOX')
    await models.vault.addContext('B', 'SANDBOX')
    await models.vault.remove(models.vault.contexts[0].id, { confirmed: true })
    expect(models.vault.contexts.map((c) => c.name)).toEqual(['B'])
    await models.vault.wipe({ confirmed: true })
    expect(models.vault.status).toBe('empty')
    expect(models.vault.contexts).toHaveLength(0)
  })
})
