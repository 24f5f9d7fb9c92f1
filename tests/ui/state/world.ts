// A whole live app world in process: fake clock platform, fake IndexedDB (fresh per test, see
// tests/setup-node.ts), fast PBKDF2, hand-driven idle timers and the in-process practice bank with
// rate limits off and Sugar Daddy instant. `reopen()` builds a second world over the SAME storage
// and bank, as a reloaded tab would.
import {
  createAppModels,
  type AppModelOptions,
  type LiveAppModels,
} from '../../../src/state/create-app-models'
import type { Deferred } from '../../../src/state/models'
import type { CreatePracticeBankOptions, PracticeBank } from '../../../src/practice-bank'
import { IdbVaultStore } from '../../../src/storage/idb-store'
import { createTabSync } from '../../../src/storage/tab-sync'
import type { FakePlatform } from '../../bunq/helpers/fake-platform'
import { practiceBankOnFakeClock } from '../../bunq/helpers/practice-bank'
import { ManualTimers } from '../../storage/controller-helpers'
import { FAST_KDF } from '../../storage/helpers'

export const PASSPHRASE = 'fake test passphrase'

export interface World {
  platform: FakePlatform
  bank: PracticeBank
  models: LiveAppModels
  dbName: string
  reopen(): Promise<LiveAppModels>
}

let worlds = 0

/** The app's models as main.ts builds them, over one practice bank and one IndexedDB database. */
export async function appModelsOver(
  platform: FakePlatform,
  bank: PracticeBank,
  dbName: string,
  extra: AppModelOptions = {},
) {
  return createAppModels(platform, {
    store: await IdbVaultStore.open(dbName),
    sync: createTabSync({ locks: null, channel: null }),
    timers: new ManualTimers(),
    kdf: FAST_KDF,
    practiceBank: async () => bank,
    clientOptions: { rateLimit: { enabled: false } },
    ...extra,
  })
}

export async function makeWorld(bankOptions: CreatePracticeBankOptions = {}) {
  const { platform, bank } = await practiceBankOnFakeClock(bankOptions)
  const dbName = `live-world-${++worlds}`
  const models = await appModelsOver(platform, bank, dbName)
  return {
    platform,
    bank,
    models,
    dbName,
    reopen: () => appModelsOver(platform, bank, dbName),
  } as World
}

/** Creates the vault and walks the five onboarding steps; fails loudly if one does not finish. */
export async function onboard(models: LiveAppModels, kind: 'person' | 'company' = 'person') {
  if (models.vault.status === 'empty') await models.vault.create(PASSPHRASE)
  await models.onboarding.createSandboxUser(kind)
  await models.onboarding.runAll()
  const failed = models.onboarding.steps.find((s) => s.status !== 'done')
  if (failed) throw new Error(`step ${failed.id} is ${failed.status}: ${failed.error?.message}`)
}

/** The model behind a deferred holder (docs/decisions/0029), built now if it is not yet. */
export async function built<T>(deferred: Deferred<T>): Promise<T> {
  const model = await deferred.load()
  if (!model) throw new Error('the deferred model could not be built')
  return model
}
