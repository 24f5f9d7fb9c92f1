// The core END TO END against the practice bank, in process.
// Sugar Daddy pays instantly and the bank's rate limits are off (docs/protocol.md §9, §10.2).
import { describe, expect, it } from 'vitest'
import { onboardingStage } from '../../src/bunq/context'
import { clientOnNewPracticeBank, onboard } from './helpers/onboarded-client'

const device = { description: 'practice test' }

describe('core against the practice bank', () => {
  it('bootstraps a sandbox user to a session, step by step', async () => {
    const { client, events, platform } = await clientOnNewPracticeBank()
    await client.createSandboxUser('person')
    expect(client.context.apiKey).toMatch(/^sandbox_/)
    expect(onboardingStage(client.context, platform.now())).toBe('keyed')
    await client.generateKeyPair()
    expect(client.context.publicKeyPem).toContain('-----BEGIN PUBLIC KEY-----')
    expect(client.context.privateKeyPem).toContain('-----BEGIN PRIVATE KEY-----')
    await client.install()
    expect(client.context.installation?.serverPublicKeyPem).toContain('BEGIN PUBLIC KEY')
    await client.registerDevice()
    expect(client.context.device?.id).toEqual(expect.any(Number))
    await client.openSession()
    const session = client.context.session!
    expect(session.userType).toBe('UserPerson')
    expect(session.expiresAt).toBeGreaterThan(platform.now())
    expect(onboardingStage(client.context, platform.now())).toBe('session')
    // Every call after installation was verified; the ones before were not expected to be signed.
    expect(events.map((e) => e.redacted.serverSignature)).toEqual([
      'not-expected',
      'not-expected',
      'verified',
      'verified',
    ])
    // No secret of the context appears in any redacted exchange.
    const log = JSON.stringify(events.map((e) => e.redacted))
    for (const secret of [
      client.context.apiKey!,
      client.context.installation!.token,
      session.token,
    ])
      expect(log).not.toContain(secret)
  })

  it('bootstraps a company user too', async () => {
    const { client } = await clientOnNewPracticeBank()
    await onboard(client, { kind: 'company', device })
    expect(client.context.session?.userType).toBe('UserCompany')
  })

  it('lists users and accounts after the session', async () => {
    const { client } = await clientOnNewPracticeBank()
    await onboard(client, { device })
    const users = await client.users.list()
    expect(users[0].user.id).toBe(client.context.session!.userId)
    const { items } = await client.monetaryAccounts.list()
    expect(items.length).toBeGreaterThan(0)
    const primary = await client.monetaryAccounts.primary()
    expect(primary.account.status).toBe('ACTIVE')
    const same = await client.monetaryAccounts.get(primary.account.id)
    expect(same.account.id).toBe(primary.account.id)
  })

  it('ends the session with DELETE /session/{id}; a new one opens after', async () => {
    const { client } = await clientOnNewPracticeBank()
    await onboard(client, { device })
    const ended = await client.endSession()
    expect(ended.session).toBeNull()
    await client.openSession()
    expect((await client.users.list()).length).toBe(1)
  })
})
