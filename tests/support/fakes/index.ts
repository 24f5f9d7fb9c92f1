/**
 * Fake models for component tests, screenshots and the component harness (tests/ui/harness): every
 * view renders with realistic data and no bank. Each fake implements its model's public type
 * (src/state/models), so a change to a model's contract fails the type check here.
 */
import type { TransportConfig } from '../../../src/bunq/context'
import type { AppModels, Connectivity, UiError } from '../../../src/state/models'
import {
  Settings,
  memorySettingsStore,
  type StoredSettings,
} from '../../../src/state/settings.svelte'
import { DeferredModel } from '../../../src/state/deferred-model.svelte'
import { FakeAccounts } from './fake-accounts.svelte'
import { FakeConsole } from './fake-console.svelte'
import { FakeHistory } from './fake-history.svelte'
import { FakeOnboarding } from './fake-onboarding.svelte'
import { FakeSession } from './fake-session.svelte'
import { FakeVault } from './fake-vault.svelte'

export { FAKE_PASSPHRASE } from './fake-vault.svelte'
export { FAKE_API_KEY, FAKE_SESSION_TOKEN, FAKE_SIGNATURE } from './sample-exchanges'

/** `new`: first visit. `onboarding`: vault open, three steps done. `signed-in`: all done. */
export type FakeScenario = 'new' | 'locked' | 'onboarding' | 'signed-in'

export interface FakeModelOptions {
  scenario?: FakeScenario
  now?: () => number
  historySize?: number
  persistent?: boolean
  online?: boolean
  settings?: Partial<StoredSettings>
  /** Use this settings model instead of an in-memory one (main.ts passes the persisted one). */
  settingsModel?: Settings
  connectivity?: Connectivity
}

/** A fixed clock: 2026-01-01 00:00 UTC. */
export const FAKE_NOW = 1_767_225_600_000

export function createFakeModels(options: FakeModelOptions = {}): AppModels {
  const scenario = options.scenario ?? 'signed-in'
  const now = options.now ?? (() => FAKE_NOW)
  const signedIn = scenario === 'signed-in'
  const settings =
    options.settingsModel ?? new Settings(memorySettingsStore(options.settings), fakeProbe)
  const vault = new FakeVault({
    now,
    persistent: options.persistent ?? true,
    status: scenario === 'new' ? 'empty' : scenario === 'locked' ? 'locked' : 'unlocked',
    contexts:
      scenario === 'new'
        ? []
        : [
            {
              id: 'ctx-1',
              name: 'Sandbox person',
              environment: 'SANDBOX',
              stage: signedIn ? 'session' : 'installed',
              updatedAt: now(),
            },
          ],
  })
  const session = new FakeSession({
    signedIn,
    now,
    transport: () => settings.transport,
    onLock: () => vault.lock(),
  })
  return {
    vault,
    session,
    onboarding: new FakeOnboarding({ now, done: signedIn ? 5 : scenario === 'onboarding' ? 3 : 0 }),
    accounts: new FakeAccounts({ now, empty: !signedIn }),
    console: DeferredModel.of(new FakeConsole({ now, signedIn })),
    history: new FakeHistory(options.historySize ?? (signedIn ? 40 : 0), now),
    settings,
    connectivity: options.connectivity ?? { online: options.online ?? true },
    now,
  } satisfies AppModels
}

/** The practice bank is always reachable; direct calls to bunq are "blocked by CORS". */
export async function fakeProbe(transport: TransportConfig): Promise<UiError | null> {
  if (transport.kind !== 'direct') return null
  return {
    code: 'cors-blocked',
    message: `The browser blocked the call to ${transport.baseUrl} (cross-origin rules).`,
  }
}
