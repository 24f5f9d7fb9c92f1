// Session bar (who, expiry, renew, end, lock), settings persisted through the storage settings
// record with a transport check, and the vault adapter (contexts, switch, rename, remove, lock).
import { describe, expect, it } from 'vitest'
import { DEFAULT_SESSION_TIMEOUT_S } from '../../../src/bunq/session'
import { makeWorld, onboard, PASSPHRASE } from './world'

describe('live session', () => {
  it('shows who is signed in and when the session ends; renews, ends and locks', async () => {
    const { models, platform } = await makeWorld()
    expect(models.session.who).toBeNull()
    await onboard(models)
    expect(models.session.who).toMatchObject({ userType: 'UserPerson' })
    expect(models.session.who?.displayName).not.toBe('')
    expect(models.session.transport).toEqual({ kind: 'practice' })
    expect(models.session.environment).toBe('SANDBOX')
    const first = models.session.expiresAt as number
    expect(first - models.now()).toBeLessThanOrEqual(DEFAULT_SESSION_TIMEOUT_S * 1000)

    platform.advance(60_000)
    await models.session.renew()
    expect(models.session.action.status).toBe('done')
    expect(models.session.expiresAt).toBeGreaterThan(first)

    await models.session.end()
    expect(models.session.action.status).toBe('done')
    expect(models.session.who).toBeNull()
    expect(models.onboarding.stage).toBe('device-registered')
    expect(models.onboarding.steps[4].status).toBe('ready')

    models.session.lock()
    expect(models.vault.status).toBe('locked')
    expect(models.workspace.context).toBeNull()
    await models.session.renew()
    expect(models.session.action.error?.code).toBe('vault-locked')
  })

  it('a session the bank expired gives session-expired on a payment (never re-sent)', async () => {
    const { models, bank } = await makeWorld()
    await onboard(models)
    void models.accounts.accounts
    await models.accounts.settled()
    await models.accounts.topUp('20')
    bank.faults.expireSessionsNow()
    await models.accounts.pay({
      amount: '1',
      counterparty: { type: 'EMAIL', value: 'someone@example.com', name: 'Someone' },
      description: '',
    })
    expect(models.accounts.payState.error?.code).toBe('session-expired')
    expect(models.accounts.payState.error?.bunqText).toContain('Insufficient authorisation')
    // A read renews by itself and goes through (client.ts: a GET is retried once after renewal).
    await models.accounts.refresh()
    expect(models.accounts.error).toBeNull()
  })
})

describe('live settings and vault', () => {
  it('persists theme and transport in the storage settings record, read by the next tab', async () => {
    const world = await makeWorld()
    world.models.settings.setTheme('dark')
    world.models.settings.setTransport({ kind: 'direct', baseUrl: 'http://127.0.0.1:5055/v1' })
    expect(world.models.session.transport.kind).toBe('direct')
    await new Promise((resolve) => setTimeout(resolve, 50)) // the ordered write chain
    const next = await world.reopen()
    expect(next.settings.theme).toBe('dark')
    expect(next.settings.transport).toEqual({ kind: 'direct', baseUrl: 'http://127.0.0.1:5055/v1' })
  })

  it('checks the transport: the practice bank needs no probe; production stays locked', async () => {
    const { models } = await makeWorld()
    await models.settings.checkTransport()
    expect(models.settings.transportCheck.status).toBe('done')
    models.settings.setTransport({ kind: 'direct', baseUrl: 'https://api.bunq.com/v1' })
    await models.settings.checkTransport()
    expect(models.settings.transportCheck.error?.code).toBe('production-locked')
  })

  it('adds, switches, renames and removes contexts; locks and unlocks', async () => {
    const { models } = await makeWorld()
    await models.vault.create(PASSPHRASE)
    expect(models.vault.status).toBe('unlocked')
    await models.vault.addContext('Alice', 'SANDBOX')
    await models.vault.addContext('Bob', 'SANDBOX')
    expect(models.vault.contexts.map((c) => c.name)).toEqual(['Alice', 'Bob'])
    expect(models.vault.activeId).toBe(models.vault.contexts[1].id)
    const alice = models.vault.contexts[0].id
    await models.vault.switchTo(alice)
    expect(models.workspace.meta?.name).toBe('Alice')
    await models.vault.rename(alice, 'Alice B.')
    expect(models.vault.contexts[0].name).toBe('Alice B.')
    await models.vault.remove(models.vault.contexts[1].id, { confirmed: true })
    expect(models.vault.contexts.map((c) => c.name)).toEqual(['Alice B.'])
    models.vault.lock()
    expect(models.vault.status).toBe('locked')
    await models.vault.unlock('wrong passphrase here')
    expect(models.vault.error?.code).toBe('wrong-passphrase')
    await models.vault.unlock(PASSPHRASE)
    expect(models.vault.status).toBe('unlocked')
    expect(models.workspace.meta?.name).toBe('Alice B.')
  })
})
