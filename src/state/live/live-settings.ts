/**
 * The settings model (src/state/settings.svelte.ts) wired to the real world: its store is the
 * storage layer's settings record (IndexedDB, or memory), auto-lock minutes go through the vault
 * (which owns the idle timer), a new transport rebuilds the client, and "check transport" runs
 * the CORS diagnosis of src/transport. Settings hold no secret.
 */
import type { TransportConfig } from '../../bunq/context'
import type { Settings as StoredRecord } from '../../storage/records'
import type { VaultStore } from '../../storage/store'
// Modules, not the src/transport barrel: that would pull every transport into the first load.
// The advice and the transport errors load with the first check or failed call.
import type { TransportHandle } from '../../transport/create-transport'
import type { Diagnosis } from '../../transport/diagnosis'
import { parseTransportLink } from '../../transport/link'
import type { UiError } from '../models/base'
import type { SettingsModel } from '../models/contracts'
import type { SettingsStore, StoredSettings, TransportProbe } from '../settings.svelte'
import { toUiError } from '../ui-error'

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
    presenter: wiring.initial.presenter === true,
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
            presenter: next.presenter,
          })
        })
        .catch(() => undefined) // settings then last for this tab only, which is harmless
    },
  }
}

/** Where a live transport's findings go: Settings.showDiagnosis in the app. */
export type DiagnosisReport = (transport: TransportConfig, diagnosis: Diagnosis | null) => void

/**
 * "Check transport": null when the backend answers this page properly, else why not. The full
 * diagnosis (what was tried, what to do next) goes to `report` too.
 */
export function diagnosisProbe(
  makeTransport: (t: TransportConfig) => TransportHandle,
  report: DiagnosisReport = () => undefined,
): TransportProbe {
  return async (transport): Promise<UiError | null> => {
    try {
      const diagnosis = await makeTransport(transport).diagnose()
      report(transport, diagnosis)
      if (!diagnosis || diagnosis.code === 'ok') return null
      const { diagnosisError } = await import('../diagnosis-words') // with the transport (0029)
      return diagnosisError(diagnosis)
    } catch (error) {
      return toUiError(error)
    }
  }
}

/**
 * The handle with its calls watched: a call that fails at network level reports its diagnosis
 * (so the UI can show it wherever the user is), and a call that goes through clears a
 * failed one. Errors pass on unchanged: the model that made the call still shows its own.
 */
export function reportingTransport(
  config: TransportConfig,
  handle: TransportHandle,
  report: DiagnosisReport,
): TransportHandle {
  if (handle.kind === 'practice') return handle
  return {
    ...handle,
    transport: async (request) => {
      try {
        const response = await handle.transport(request)
        report(config, null)
        return response
      } catch (error) {
        const { TransportError } = await import('../../transport/errors')
        if (error instanceof TransportError) report(config, error.diagnosis)
        throw error
      }
    },
  }
}

/** The page's address bar, as much of it as a start-up link needs (main.ts passes window's). */
export interface LinkLocation {
  search: string
  /** history.replaceState to this query string ('' or '?...'), keeping path and hash. */
  replaceSearch(search: string): void
}

const TRANSPORT_PARAMS = ['transport', 'base', 'relay']

/**
 * Applies a link such as `?transport=relay&relay=http://127.0.0.1:8787` to the settings, then
 * cleans the address bar: parameters that looked secret go, and so do the transport parameters
 * (the choice now lives in the settings, and a reload must not undo a later change in Settings).
 */
export function applyStartLink(settings: SettingsModel, location: LinkLocation): void {
  const link = parseTransportLink(location.search)
  if (link.config === null && link.removed.length === 0 && link.problems.length === 0) return
  settings.applyLink(link)
  const params = new URLSearchParams(link.cleanSearch)
  for (const name of TRANSPORT_PARAMS) params.delete(name)
  const query = params.toString()
  location.replaceSearch(query ? `?${query}` : '')
  if (link.config && link.config.kind !== 'practice' && !link.production)
    void settings.checkTransport()
}
