/**
 * The real SettingsModel. Settings hold no secret, so they may live in localStorage; the store is
 * injected (main.ts passes a localStorage-backed one, tests an in-memory one). Production starts
 * locked on every page load on purpose: the unlock is never remembered (docs/architecture.md).
 */
import type { TransportConfig } from '../bunq/context'
import type { Diagnosis, TransportLink } from '../transport'
import { IDLE, type ActionState, type UiError } from './models/base'
import type { ThemeChoice } from './models/console-history-settings'
import type { BankView } from './models/session-onboarding'
import { track } from './ui-error'

export interface StoredSettings {
  theme: ThemeChoice
  transport: TransportConfig
  autoLockMinutes: number
  /** Kept like the theme, so a reload in front of an audience does not unmask. */
  presenter: boolean
}

export interface SettingsStore {
  load(): Partial<StoredSettings> | null
  save(settings: StoredSettings): void
}

/** Probes a transport: null when reachable, else the diagnosis (cors-blocked, network-offline...). */
export type TransportProbe = (transport: TransportConfig) => Promise<UiError | null>

export const DEFAULT_SETTINGS: StoredSettings = {
  theme: 'system',
  transport: { kind: 'practice' },
  autoLockMinutes: 15,
  presenter: false,
}

/** Where the chosen bank's status comes from, and how a context is made there (the workspace). */
export interface BankChoice {
  status(): BankView
  create(): Promise<void>
}

export class Settings {
  #bankAction = $state<ActionState>(IDLE)
  #theme = $state<ThemeChoice>(DEFAULT_SETTINGS.theme)
  #transport = $state<TransportConfig>(DEFAULT_SETTINGS.transport)
  #autoLock = $state(DEFAULT_SETTINGS.autoLockMinutes)
  #production = $state(false)
  #presenter = $state(false)
  #check = $state<ActionState>(IDLE)
  #diagnosis = $state.raw<Diagnosis | null>(null)
  #notes = $state.raw<readonly string[]>([])
  /** A production transport from a link, applied only once production is unlocked. */
  #pending: TransportConfig | null = null
  #store: SettingsStore
  #probe: TransportProbe
  #bank: BankChoice | null

  constructor(store: SettingsStore, probe: TransportProbe, bank: BankChoice | null = null) {
    this.#store = store
    this.#probe = probe
    this.#bank = bank
    const saved = store.load() ?? {}
    if (saved.theme === 'light' || saved.theme === 'dark') this.#theme = saved.theme
    if (saved.transport && isTransport(saved.transport)) this.#transport = saved.transport
    if (typeof saved.autoLockMinutes === 'number')
      this.#autoLock = clampMinutes(saved.autoLockMinutes)
    if (saved.presenter === true) this.#presenter = true
  }

  get theme() {
    return this.#theme
  }
  /** The bank chosen and whether a context of it is open (docs/decisions/0023). */
  get bank(): BankView | undefined {
    return this.#bank?.status()
  }
  /** The state of that creation (its error, if any). */
  get bankAction() {
    return this.#bankAction
  }
  /** "No context for this bank yet": make one there and open it. */
  async createContextForBank() {
    const bank = this.#bank
    if (!bank) return
    await track(
      (state) => (this.#bankAction = state),
      async () => {
        await bank.create()
        return `A new context for ${bank.status().label} is open: create its user on the API key page.`
      },
    )
  }
  get transport() {
    return this.#transport
  }
  get productionUnlocked() {
    return this.#production
  }
  get autoLockMinutes() {
    return this.#autoLock
  }
  get presenter() {
    return this.#presenter
  }
  /** Result of the last transport check (CORS diagnosis). */
  get transportCheck() {
    return this.#check
  }
  /**
   * What the app last found out about reaching the live transport: from a check, or
   * from a call that failed at network level. Null for the practice bank, before any check, and
   * after a call went through. Structured, so the UI lists what was tried and what to do next.
   */
  get diagnosis() {
    return this.#diagnosis
  }
  /** Notes about the start-up link in plain words (a removed secret, production waiting). */
  get linkNotes() {
    return this.#notes
  }

  setTheme(theme: ThemeChoice) {
    this.#theme = theme
    this.#save()
  }
  setTransport(transport: TransportConfig) {
    if (JSON.stringify(transport) !== JSON.stringify(this.#transport)) this.#bankAction = IDLE
    this.#transport = transport
    this.#check = IDLE
    this.#diagnosis = null
    this.#save()
  }
  /** Call only after the typed confirmation in the UI. */
  unlockProduction() {
    this.#production = true
    const pending = this.#pending
    this.#pending = null
    if (pending) {
      this.setTransport(pending)
      this.#notes = []
    }
  }
  lockProduction() {
    this.#production = false
  }
  setAutoLockMinutes(minutes: number) {
    this.#autoLock = clampMinutes(minutes)
    this.#save()
  }
  setPresenter(on: boolean) {
    this.#presenter = on
    this.#save()
  }

  /** Applies a start-up link's transport (`?transport=...`); production waits for the unlock. */
  applyLink(link: TransportLink) {
    const notes = [...link.problems]
    if (link.config && link.production && !this.#production) {
      // bunq production moves real money: a link alone never switches to it (docs/architecture.md).
      this.#pending = link.config
      notes.push(
        'The link asks for bunq production. Unlock production below to use it; until then the backend stays as it was.',
      )
    } else if (link.config) this.setTransport(link.config)
    this.#notes = notes
  }

  /**
   * The wiring reports what a live transport found (a failed call's diagnosis, or null after a
   * call went through). A report about a transport no longer chosen is stale and ignored.
   */
  showDiagnosis(transport: TransportConfig, diagnosis: Diagnosis | null) {
    if (JSON.stringify(transport) !== JSON.stringify(this.#transport)) return
    if (diagnosis === null && this.#diagnosis?.code === 'ok') return
    this.#diagnosis = diagnosis
  }

  /** Probes the configured transport and explains what it finds (offline, CORS, ...). */
  async checkTransport() {
    this.#check = { status: 'running', message: null, error: null }
    const error = await this.#probe(this.#transport)
    this.#check = error
      ? { status: 'failed', message: null, error }
      : { status: 'done', message: 'The backend answered.', error: null }
  }

  #save() {
    this.#store.save({
      theme: this.#theme,
      transport: this.#transport,
      autoLockMinutes: this.#autoLock,
      presenter: this.#presenter,
    })
  }
}

/** Auto-lock between 1 minute and 8 hours; anything else is a typo. */
export function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return DEFAULT_SETTINGS.autoLockMinutes
  return Math.min(480, Math.max(1, Math.round(minutes)))
}

function isTransport(value: TransportConfig): boolean {
  if (value.kind === 'practice') return true
  if (value.kind === 'direct') return typeof value.baseUrl === 'string'
  return value.kind === 'relay' && typeof value.relayUrl === 'string'
}

/** A store that keeps settings in memory only (tests, screenshots). */
export function memorySettingsStore(initial: Partial<StoredSettings> = {}): SettingsStore {
  let saved: Partial<StoredSettings> = initial
  return {
    load: () => saved,
    save: (settings) => {
      saved = settings
    },
  }
}

/** Settings in a Web Storage (main.ts passes window.localStorage). Never a secret in here. */
export function webSettingsStore(storage: Storage, key = 'bunq-workbench.settings'): SettingsStore {
  return {
    load: () => {
      try {
        return JSON.parse(storage.getItem(key) ?? 'null') as Partial<StoredSettings> | null
      } catch {
        return null
      }
    },
    save: (settings) => {
      try {
        storage.setItem(key, JSON.stringify(settings))
      } catch {
        // Storage full or blocked: settings then last for this tab only, which is harmless.
      }
    },
  }
}
