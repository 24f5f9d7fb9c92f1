import {
  createBunqClient,
  memoryContextHolder,
  type BunqClientOptions,
} from '../../../src/bunq/client'
import type { ApiContext } from '../../../src/bunq/context'
import { FAKE_BANK_URL, scriptedTransport, type Answer } from './fake-bank'
import { fakePlatform } from './fake-platform'
import type { TestKeys } from './keys'

/** A client on a scripted fake bank (one answer per call) from `context`; `extra` overrides any option. */
export function scriptedClient(
  keys: TestKeys,
  answers: Answer[],
  context: ApiContext,
  extra: Partial<BunqClientOptions> = {},
) {
  const { transport, requests } = scriptedTransport(keys, answers)
  const platform = fakePlatform()
  const client = createBunqClient({
    platform,
    transport,
    baseUrl: FAKE_BANK_URL,
    context: memoryContextHolder(context),
    ...extra,
  })
  return { client, requests, platform }
}
