/**
 * The settings model (src/state/settings.svelte.ts) wired to the real world: its store is the
 * storage layer's settings record (IndexedDB, or memory), auto-lock minutes go through the vault
 * (which owns the idle timer), a new transport rebuilds the client, and "check transport" runs
 * the CORS diagnosis of src/transport (issue 6). Settings hold no secret.
 */
import type { TransportConfig } from '../../bunq/context'
import type { Settings as StoredRecord } from '../../storage/records'
import type { VaultStore } from '../../storage/store'
import { describeNextStep, type TransportHandle } from '../../transport'
import type { UiError } from '../models'
import type { SettingsStore, StoredSettings, TransportProbe } from '../settings.svelte'
import { toUiError } from './ui-error'

export interface SettingsWiring {
  store: VaultStore
  /** What the store held when the app started (read once, before the model is built). */
  initial: StoredRecord
  onTransport: (transport: TransportConfig) => void
  onAutoLock: (minutes: number) => void
}

/** A synchronous SettingsStore whose writes go to the async storage record, in order. */
export function storageSettingsStore(wiring: SettingsWiring): SettingsStore {
  let last: StoredSettings = {
    theme: wiring.initial.theme,
    transport: wiring.initial.transport,
    autoLockMinutes: wiring.initial.autoLockMinutes,
  }
  let chain: Promise<void> = Promise.resolve()
  return {
    load: () => last,
    save: (saved) => {
      // The model's values may be $state proxies, which IndexedDB cannot clone: copy plain data.
      const next = JSON.parse(JSON.stringify(saved)) as StoredSettings
      const before = last
      last = next
      if (JSON.stringify(next.transport) !== JSON.stringify(before.transport))
        wiring.onTransport(next.transport)
      if (next.autoLockMinutes !== before.autoLockMinutes) wiring.onAutoLock(next.autoLockMinutes)
      chain = chain
        .then(async () => {
          const current = await wiring.store.getSettings()
          await wiring.store.putSettings({
            ...current,
            theme: next.theme,
            transport: next.transport,
          })
        })
        .catch(() => undefined) // settings then last for this tab only, which is harmless
    },
  }
}

/** "Check transport": null when the backend answers this page properly, else why not. */
export function diagnosisProbe(
  makeTransport: (t: TransportConfig) => TransportHandle,
): TransportProbe {
  return async (transport): Promise<UiError | null> => {
    try {
      const diagnosis = await makeTransport(transport).diagnose()
      if (!diagnosis || diagnosis.code === 'ok') return null
      return {
        code: diagnosis.code,
        message: diagnosis.summary,
        hint: diagnosis.nextSteps.map(describeNextStep).join(' '),
      }
    } catch (error) {
      return toUiError(error)
    }
  }
}
