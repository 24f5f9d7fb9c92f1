import { createBunqClient, memoryContextHolder, type BunqClient } from '../../../src/bunq/client'
import type { BunqClientOptions } from '../../../src/bunq/client'
import { emptyContext, PRACTICE_BASE_URL } from '../../../src/bunq/context'
import type { ExchangeEvent } from '../../../src/bunq/exchange'
import type { RegisterDeviceOptions, SandboxUserKind } from '../../../src/bunq/flows'
import type { Pointer } from '../../../src/bunq/types'
import { createBrowserPlatform } from '../../../src/platform/browser-platform'
import type { CreatePracticeBankOptions } from '../../../src/practice-bank'
import { practiceBankOnFakeClock, type PracticeWorld } from './practice-bank'

/** A client on the practice bank in process, from an empty context; `extra` overrides any option. */
export function practiceClient(
  { platform, bank }: PracticeWorld,
  extra: Partial<BunqClientOptions> = {},
): BunqClient {
  return createBunqClient({
    platform,
    transport: (request) => bank.handle(request),
    transportKind: 'practice',
    baseUrl: PRACTICE_BASE_URL,
    context: memoryContextHolder(emptyContext()),
    ...extra,
  })
}

/** A client on a practice bank server over HTTP: real fetch and clock, client rate limit off. */
export function practiceServerClient(
  url: string,
  extra: Partial<BunqClientOptions> = {},
): BunqClient {
  return createBunqClient({
    platform: createBrowserPlatform(),
    transportKind: 'direct',
    baseUrl: url,
    context: memoryContextHolder(emptyContext({ kind: 'practice-server', baseUrl: url })),
    rateLimit: { enabled: false },
    ...extra,
  })
}

export interface OnboardOptions {
  kind?: SandboxUserKind
  device?: RegisterDeviceOptions
}

/** Walks a client through onboarding: sandbox user, key pair, installation, device, session. */
export async function onboard(
  client: BunqClient,
  { kind = 'person', device }: OnboardOptions = {},
): Promise<BunqClient> {
  await client.createSandboxUser(kind)
  await client.generateKeyPair()
  await client.install()
  await client.registerDevice(device)
  await client.openSession()
  return client
}

/** A practice client already onboarded to a session on `world`'s bank. */
export function onboardedClient(
  world: PracticeWorld,
  extra: Partial<BunqClientOptions> = {},
  options: OnboardOptions = {},
): Promise<BunqClient> {
  return onboard(practiceClient(world, extra), options)
}

/** A fresh practice bank with one (not yet onboarded) client on it, its exchanges kept in `events`. */
export async function clientOnNewPracticeBank(options: CreatePracticeBankOptions = {}) {
  const world = await practiceBankOnFakeClock(options)
  const events: ExchangeEvent[] = []
  const client = practiceClient(world, { onExchange: (e) => events.push(e) })
  return { ...world, client, events }
}

/** The client's primary account: its id, its IBAN, and that IBAN as a payment counterparty. */
export async function primaryIban(
  client: BunqClient,
  name?: string,
): Promise<{ id: number; iban: string; pointer: Pointer }> {
  const { account } = await client.monetaryAccounts.primary()
  const alias = account.alias.find((a) => a.type === 'IBAN')!
  const pointer: Pointer = {
    type: 'IBAN',
    value: alias.value,
    name: name ?? alias.name ?? 'Practice user',
  }
  return { id: account.id, iban: alias.value, pointer }
}

/** Two users onboarded on one bank, alice first, with their primary accounts (`a`, `b`). */
export async function aliceAndBob(world: PracticeWorld, ibanName?: string) {
  const alice = await onboardedClient(world)
  const bob = await onboardedClient(world)
  const a = await primaryIban(alice, ibanName)
  const b = await primaryIban(bob, ibanName)
  return { alice, bob, a, b }
}
