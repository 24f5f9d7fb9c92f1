/**
 * Builds the real models over one Platform (docs/architecture.md: settings -> transport -> vault ->
 * context holder -> BunqClient -> models). main.ts passes the browser platform and the page's
 * globals; tests pass a fake platform, a memory store and an in-process practice bank.
 *
 *   const models = await createAppModels(createBrowserPlatform(), { connectivity, pageOrigin })
 *   mount(App, { target, props: { models, router } })
 */
import { PRACTICE_BASE_URL, PRODUCTION_BASE_URL, type TransportConfig } from '../bunq/context'
import { BunqError } from '../errors'
import type { Platform } from '../platform/platform'
import type { PracticeBank } from '../practice-bank'
import type { InFlightCounter } from '../pwa/in-flight'
import type { VaultStore } from '../storage/store'
import type { TabSync } from '../storage/tab-sync'
import type { KdfPolicy } from '../storage/vault-protection'
import { normalizeDirectBaseUrl, normalizeRelayUrl } from '../transport/base-url'
import type { TransportEnvironment, TransportHandle } from '../transport/create-transport'
import { LiveAccounts } from './live/live-accounts.svelte'
import type { LiveConsole } from './live/live-console.svelte'
import { LiveHistory } from './live/live-history.svelte'
import { LiveOnboarding } from './live/live-onboarding.svelte'
import { LiveSession } from './live/live-session.svelte'
import {
  diagnosisProbe,
  reportingTransport,
  storageSettingsStore,
  type DiagnosisReport,
} from './live/live-settings'
import type { PracticeControls } from './live/practice-controls.svelte'
import { Workspace, type WorkspaceDeps } from './live/workspace.svelte'
import { DeferredModel } from './deferred-model.svelte'
import type { AppModels, Connectivity } from './models'
import { Settings } from './settings.svelte'
import { loadDiagnosisWords } from './ui-error'
import type { Timers } from './vault-idle'
import { wireVault, type Vault } from './vault.svelte'

export interface AppModelOptions {
  /** navigator.onLine as state (main.ts passes OnlineStatus over window). */
  connectivity?: Connectivity
  /** location.origin, for the CORS diagnosis and relay advice. */
  pageOrigin?: string
  /** Defaults to IndexedDB, or memory where it cannot be opened (a banner says so). */
  store?: VaultStore
  sync?: TabSync
  timers?: Timers
  /** Tests only: a lower PBKDF2 work factor. */
  kdf?: KdfPolicy
  /** The in-page practice bank; defaults to one kept in its own IndexedDB database. */
  practiceBank?: () => Promise<PracticeBank>
  clientOptions?: WorkspaceDeps['clientOptions']
  /** Counts the app's requests (main.ts: requestsInFlight) so an update never reloads mid-call. */
  inFlight?: Pick<InFlightCounter, 'wrap'>
}

export interface LiveAppModels extends AppModels {
  accounts: LiveAccounts
  console: DeferredModel<LiveConsole>
  history: LiveHistory
  vault: Vault
  practice: DeferredModel<PracticeControls>
  workspace: Workspace
}

export async function createAppModels(
  platform: Platform,
  options: AppModelOptions = {},
): Promise<LiveAppModels> {
  const connectivity = options.connectivity ?? { online: true }
  // New contexts get the workspace's transport setting (the workspace is built over the vault).
  let transport = (): TransportConfig => ({ kind: 'practice' })
  const { store, service, controller, vault } = await wireVault({
    platform,
    transport: () => transport(),
    store: options.store,
    sync: options.sync,
    timers: options.timers,
    kdf: options.kdf,
  })
  const bank = options.practiceBank ?? lazyPracticeBank(platform)

  let settings: Settings | null = null
  const makeTransport = (config: TransportConfig): TransportHandle => {
    guardProduction(config, settings?.productionUnlocked ?? false)
    const handle = deferredTransport(config, platform, {
      pageOrigin: options.pageOrigin,
      isOnline: () => connectivity.online,
      loadPracticeBank: bank,
    })
    const reported = reportingTransport(config, handle, report)
    const inFlight = options.inFlight
    return inFlight ? { ...reported, transport: inFlight.wrap(reported.transport) } : reported
  }
  const report: DiagnosisReport = (config, diagnosis) => settings?.showDiagnosis(config, diagnosis)
  const history = new LiveHistory(store)
  const initial = await store.getSettings()
  const workspace = new Workspace({
    platform,
    controller,
    service,
    makeTransport,
    initialTransport: initial.transport,
    onBankFollowed: (transport) => settings?.setTransport(transport),
    onExchange: (event) => history.record(event),
    clientOptions: options.clientOptions,
  })
  transport = () => workspace.transport
  settings = new Settings(
    storageSettingsStore({
      store,
      initial,
      onTransport: (t) => workspace.setTransport(t),
      onAutoLock: (minutes) => void controller.setAutoLockMinutes(minutes),
    }),
    diagnosisProbe(makeTransport, report),
    {
      status: () => workspace.bankStatus,
      create: () => workspace.ensureContext(`${workspace.bankStatus.label} context`),
    },
  )
  const productionUnlocked = () => settings?.productionUnlocked ?? false
  const accounts = new LiveAccounts(workspace)
  return {
    vault,
    session: new LiveSession(workspace, () => vault.lock()),
    onboarding: new LiveOnboarding({ workspace, productionUnlocked, history }),
    accounts,
    // The console and the practice bank's controls are built when their views first open, so the
    // first screen does not carry their code (docs/decisions/0029).
    console: new DeferredModel(async () => {
      const { LiveConsole } = await import('./live/live-console.svelte')
      return new LiveConsole(workspace, () => accounts.selectedId)
    }),
    history,
    settings,
    connectivity,
    now: platform.now,
    practice: new DeferredModel(async () => {
      const { PracticeControls } = await import('./live/practice-controls.svelte')
      return new PracticeControls(bank)
    }),
    workspace,
  }
}

/** Production (docs/protocol.md §2) only after the typed confirmation in Settings. */
function guardProduction(config: TransportConfig, unlocked: boolean): void {
  if (unlocked || config.kind !== 'direct') return
  const production = new URL(PRODUCTION_BASE_URL).origin
  let origin: string
  try {
    origin = new URL(normalizeDirectBaseUrl(config.baseUrl)).origin
  } catch {
    return // createTransport reports the bad URL itself
  }
  if (origin === production)
    throw new BunqError(
      'production-locked',
      'The production API is locked.',
      'Unlock production in Settings first: a production key moves real money.',
    )
}

/**
 * createTransport (src/transport) behind a dynamic import: the handle's kind and base URL are known
 * at once (a bad URL still throws here), the transport code loads with the first call or check.
 * The Start screen never sends, so it does not fetch it (first-load budget).
 */
function deferredTransport(
  config: TransportConfig,
  platform: Platform,
  environment: TransportEnvironment,
): TransportHandle {
  const baseUrl =
    config.kind === 'practice'
      ? PRACTICE_BASE_URL
      : config.kind === 'direct'
        ? normalizeDirectBaseUrl(config.baseUrl)
        : `${normalizeRelayUrl(config.relayUrl)}/v1` // as createTransport builds it
  let real: Promise<TransportHandle> | null = null
  // The words for a failed call's diagnosis come with the transport code (ui-error.ts).
  const load = () =>
    (real ??= Promise.all([import('../transport/create-transport'), loadDiagnosisWords()]).then(
      ([m]) => m.createTransport(config, platform, environment),
    ))
  return {
    kind: config.kind,
    baseUrl,
    transport: async (request) => (await load()).transport(request),
    diagnose: async () => (await load()).diagnose(),
  }
}

/** One practice bank per page, made on first use (its own chunk; its state in IndexedDB). */
function lazyPracticeBank(platform: Platform): () => Promise<PracticeBank> {
  let shared: Promise<PracticeBank> | null = null
  return () => {
    shared ??= import('../practice-bank').then(async (m) => {
      const bank = m.createPracticeBank({ platform })
      await bank.ready
      return bank
    })
    shared.catch(() => (shared = null))
    return shared
  }
}
