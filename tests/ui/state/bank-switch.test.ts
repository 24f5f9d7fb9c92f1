// One bank per context, in the live models (docs/decisions/0023): choosing another bank in
// Settings switches to a context of that bank or shows none, never relabels the current one; the
// header names the bank the identity lives in; no view keeps one context's data under another.
import { describe, expect, it } from 'vitest'
import { SANDBOX_BASE_URL, type TransportConfig } from '../../../src/bunq/context'
import { built, makeWorld, onboard, PASSPHRASE } from './world'

const SANDBOX: TransportConfig = { kind: 'direct', baseUrl: SANDBOX_BASE_URL }

/** Every request a live (direct/relay) transport tries to send, answered by nothing. */
function recordFetches(world: Awaited<ReturnType<typeof makeWorld>>): Request[] {
  const sent: Request[] = []
  world.platform.fetch = async (request) => {
    sent.push(request)
    throw new TypeError('Failed to fetch')
  }
  return sent
}

describe('choosing another bank', () => {
  it('hides the practice identity and its data, and sends nothing of it to the sandbox', async () => {
    const world = await makeWorld()
    const { models } = world
    await onboard(models)
    void models.accounts.accounts
    await models.accounts.settled()
    expect(models.accounts.accounts.length).toBeGreaterThan(0)
    const consoleModel = await built(models.console)
    await consoleModel.send({ method: 'GET', path: '/user', body: '' })
    expect(consoleModel.last).not.toBeNull()
    const practiceUser = models.session.who!.displayName
    expect(models.session.bank).toEqual({
      bank: { kind: 'practice-in-page' },
      label: 'Practice bank (this page)',
      context: 'active',
    })
    const sent = recordFetches(world)

    models.settings.setTransport(SANDBOX)
    expect(models.session.who).toBeNull()
    expect(models.session.bank).toMatchObject({ label: 'bunq sandbox', context: 'none' })
    expect(models.settings.bank).toMatchObject({ label: 'bunq sandbox', context: 'none' })
    expect(models.workspace.context).toBeNull()
    void models.accounts.accounts
    await models.accounts.settled()
    expect(models.accounts.accounts).toEqual([])
    expect(models.accounts.payments.items).toEqual([])
    expect(consoleModel.last).toBeNull()

    // Every action of Accounts and Console: refused locally, naming the missing context.
    await models.accounts.topUp('10')
    expect(models.accounts.topUpState.error?.code).toBe('no-context')
    await models.accounts.refresh()
    expect(models.accounts.error?.code).toBe('no-context')
    await consoleModel.send({ method: 'GET', path: '/user', body: '' })
    expect(consoleModel.error?.code).toBe('no-context')
    expect(consoleModel.error?.message).toContain('bunq sandbox')
    await models.session.renew()
    expect(models.session.action.error?.code).toBe('no-context')
    expect(sent).toHaveLength(0)
    expect(JSON.stringify(models.session)).not.toContain(practiceUser)

    // Back to the practice bank: the same identity, untouched.
    models.settings.setTransport({ kind: 'practice' })
    expect(models.session.who?.displayName).toBe(practiceUser)
    expect(models.vault.contexts).toHaveLength(1)
  })

  it('offers a context for the bank chosen; switching banks switches contexts both ways', async () => {
    const world = await makeWorld()
    const { models } = world
    await onboard(models)
    const practiceId = models.vault.activeId!
    recordFetches(world)

    models.settings.setTransport(SANDBOX)
    await models.settings.createContextForBank!()
    expect(models.settings.bankAction?.status).toBe('done')
    expect(models.vault.contexts).toHaveLength(2)
    const sandboxId = models.vault.activeId!
    expect(sandboxId).not.toBe(practiceId)
    expect(models.workspace.context?.bank).toEqual({ kind: 'bunq-sandbox' })
    expect(models.session.bank?.context).toBe('active')
    expect(models.onboarding.stage).toBe('no-user')

    // Settings -> practice: its context opens again.
    models.settings.setTransport({ kind: 'practice' })
    await expect.poll(() => models.vault.activeId).toBe(practiceId)
    expect(models.session.who).not.toBeNull()

    // The vault list -> the sandbox context: the bank chosen follows it.
    await models.vault.switchTo(sandboxId)
    expect(models.settings.transport).toEqual(SANDBOX)
    expect(models.session.bank).toMatchObject({ label: 'bunq sandbox', context: 'active' })
    expect(models.session.who).toBeNull()

    // A reload with the sandbox chosen opens the sandbox context, not the practice one.
    models.settings.setTransport({ kind: 'practice' })
    await expect.poll(() => models.vault.activeId).toBe(practiceId)
    models.settings.setTransport(SANDBOX)
    await expect.poll(() => models.vault.activeId).toBe(sandboxId)
    const next = await world.reopen()
    if (next.vault.status !== 'unlocked') await next.vault.unlock(PASSPHRASE)
    await expect.poll(() => next.vault.activeId).toBe(sandboxId)
    expect(next.session.bank?.label).toBe('bunq sandbox')
  })

  it('a pasted key joins only a bank of its kind', async () => {
    const { models } = await makeWorld()
    await models.vault.create(PASSPHRASE)
    await models.onboarding.useApiKey(`sandbox_${'a'.repeat(56)}`)
    expect(models.onboarding.apiKeyAction.status).toBe('done')
    expect(models.workspace.context?.bank).toEqual({ kind: 'practice-in-page' })
  })

  it('switching contexts never leaves the previous user’s accounts beside the next one’s error', async () => {
    const { models, bank } = await makeWorld()
    await onboard(models)
    const first = models.vault.activeId!
    await models.vault.addContext('Second', 'SANDBOX')
    await onboard(models)
    const second = models.vault.activeId!
    await models.vault.switchTo(first)
    void models.accounts.accounts
    await models.accounts.settled()
    const firstAccounts = models.accounts.accounts.map((a) => a.id)
    expect(firstAccounts.length).toBeGreaterThan(0)

    bank.faults.corruptNextSignature() // the second user's first read fails
    await models.vault.switchTo(second)
    void models.accounts.accounts
    await models.accounts.settled()
    expect(models.accounts.error?.code).toBe('server-signature-invalid')
    expect(models.accounts.accounts).toEqual([])
    expect(models.accounts.selectedId).toBeNull()
    expect(models.accounts.payments.items).toEqual([])
  })
})
