// The real onboarding model against the in-process practice bank and the fake IndexedDB:
// the five steps, their exchanges and results, errors with retry, and resume after a reload.
import { PRODUCTION_BASE_URL } from '../../../src/bunq/context'
import { describe, expect, it } from 'vitest'
import { makeWorld, onboard, PASSPHRASE } from './world'

describe('live onboarding', () => {
  it('walks the five steps from an empty browser to a session, one exchange per HTTP step', async () => {
    const { models } = await makeWorld()
    expect(models.vault.status).toBe('empty')
    expect(models.onboarding.stage).toBe('no-user')
    expect(models.onboarding.steps.map((s) => s.status)).toEqual([
      'ready',
      'locked',
      'locked',
      'locked',
      'locked',
    ])

    await models.vault.create(PASSPHRASE)
    await models.onboarding.createSandboxUser('person')
    expect(models.onboarding.apiKeyAction.status).toBe('done')
    expect(models.onboarding.apiKey).toMatch(/^sandbox_/)
    expect(models.onboarding.apiKeySource).toBe('created')
    expect(models.onboarding.stage).toBe('keyed')
    expect(models.vault.contexts).toHaveLength(1)

    await models.onboarding.runAll()
    expect(models.onboarding.stage).toBe('session')
    const steps = models.onboarding.steps
    expect(steps.every((s) => s.status === 'done')).toBe(true)
    expect(
      steps.map((s) => s.exchange?.redacted.request.url.replace(/^.*\/v1/, '') ?? null),
    ).toEqual([
      '/sandbox-user-person',
      null, // the key pair is made in the page: no HTTP
      '/installation',
      '/device-server',
      '/session-server',
    ])
    // The session-server answer was signed by the bank and verified in the page.
    expect(steps[4].exchange?.redacted.serverSignature).toBe('verified')
    // The redacted copy hides the API key; the raw copy (memory only) has it.
    const apiKey = models.onboarding.apiKey as string
    expect(JSON.stringify(steps[3].exchange?.redacted)).not.toContain(apiKey)
    expect(steps[3].exchange?.raw.request.body).toContain(apiKey)
    expect(steps.every((s) => s.result)).toBe(true)
    expect(models.session.who?.userId).toBeGreaterThan(0)
    expect(models.vault.contexts[0].stage).toBe('session')
  })

  it('resumes after a reload where it stopped: the context was saved after each step', async () => {
    const world = await makeWorld()
    const { models } = world
    await models.vault.create(PASSPHRASE)
    await models.onboarding.createSandboxUser('company')
    await models.onboarding.run('key-pair')
    await models.onboarding.run('installation')
    expect(models.onboarding.stage).toBe('installed')

    const reloaded = await world.reopen()
    expect(reloaded.vault.status).toBe('locked')
    await reloaded.vault.unlock(PASSPHRASE)
    expect(reloaded.onboarding.stage).toBe('installed')
    expect(reloaded.onboarding.steps.map((s) => s.status)).toEqual([
      'done',
      'done',
      'done',
      'ready',
      'locked',
    ])
    expect(reloaded.onboarding.apiKey).toBe(models.onboarding.apiKey)
    // The private key came back from the vault: the next steps sign and succeed.
    await reloaded.onboarding.runAll()
    expect(reloaded.onboarding.stage).toBe('session')
    expect(reloaded.session.who?.userType).toBe('UserCompany')
  })

  it('after a reload, waits for History before showing done steps, then each has its exchange', async () => {
    const world = await makeWorld()
    await world.models.vault.create(PASSPHRASE)
    await world.models.onboarding.createSandboxUser('person')
    await world.models.onboarding.runAll()
    // Steps run in this tab hold their exchanges: nothing to wait for, whatever History is doing.
    expect(world.models.onboarding.restoring).toBe(false)
    await world.models.history.ready() // every exchange stored

    const reloaded = await world.reopen()
    await reloaded.vault.unlock(PASSPHRASE)
    // The first read starts History's load: the steps are done, their exchanges not read yet.
    expect(reloaded.onboarding.restoring).toBe(true)
    await reloaded.history.ready()
    expect(reloaded.onboarding.restoring).toBe(false)
    const steps = reloaded.onboarding.steps
    expect(steps.every((s) => s.status === 'done')).toBe(true)
    // Every HTTP step shows its stored (redacted) exchange; the key pair is made in the page.
    expect(steps.map((s) => s.exchange?.redacted.request.url.split('/v1')[1] ?? null)).toEqual([
      '/sandbox-user-person',
      null,
      '/installation',
      '/device-server',
      '/session-server',
    ])
  })

  it('turns a failed step into an error with the exchange, and retries it', async () => {
    const { models, bank } = await makeWorld()
    await models.vault.create(PASSPHRASE)
    await models.onboarding.createSandboxUser('person')
    await models.onboarding.run('key-pair')
    await models.onboarding.run('installation')
    bank.faults.failNextWith429()
    await models.onboarding.run('device')
    const device = models.onboarding.steps[3]
    expect(device.status).toBe('failed')
    expect(device.error?.code).toBe('rate-limited')
    expect(device.error?.status).toBe(429)
    expect(device.exchange?.redacted.response?.status).toBe(429)
    expect(models.onboarding.steps[4].status).toBe('locked')

    await models.onboarding.run('device')
    expect(models.onboarding.steps[3].status).toBe('done')
    expect(models.onboarding.steps[3].error).toBeNull()
  })

  it('refuses to start without an open vault, and says so', async () => {
    const { models } = await makeWorld()
    await models.onboarding.createSandboxUser('person')
    expect(models.onboarding.apiKeyAction.status).toBe('failed')
    expect(models.onboarding.apiKeyAction.error?.code).toBe('vault-locked')
  })

  it('checks a pasted key: sandbox_ accepted, production refused until unlocked', async () => {
    const { models } = await makeWorld()
    await models.vault.create(PASSPHRASE)
    await models.onboarding.useApiKey('  not-a-sandbox-key-0000  ')
    expect(models.onboarding.apiKeyAction.error?.code).toBe('production-locked')
    expect(models.onboarding.apiKey).toBeNull()

    await models.onboarding.useApiKey('sandbox_FAKE0000000000000000000000000000')
    expect(models.onboarding.apiKeyAction.status).toBe('done')
    expect(models.onboarding.apiKeySource).toBe('pasted')
    expect(models.onboarding.environment).toBe('SANDBOX')
    expect(models.onboarding.stage).toBe('keyed')

    models.settings.unlockProduction()
    // A production key never relabels a context of another bank (docs/decisions/0023)...
    await models.onboarding.useApiKey('FAKEPRODUCTIONKEY000000000000000000000')
    expect(models.onboarding.apiKeyAction.error?.code).toBe('wrong-bank')
    expect(models.onboarding.environment).toBe('SANDBOX')
    // ...it joins a context of bunq production once that bank is chosen.
    models.settings.setTransport({ kind: 'direct', baseUrl: PRODUCTION_BASE_URL })
    await models.onboarding.useApiKey('FAKEPRODUCTIONKEY000000000000000000000')
    expect(models.onboarding.apiKeyAction.status).toBe('done')
    expect(models.onboarding.environment).toBe('PRODUCTION')
    expect(models.workspace.context?.bank).toEqual({ kind: 'bunq-production' })
  })

  it('onboard() helper reaches a session (used by the other suites)', async () => {
    const { models } = await makeWorld()
    await onboard(models)
    expect(models.session.expiresAt).toBeGreaterThan(models.now())
  })
})
